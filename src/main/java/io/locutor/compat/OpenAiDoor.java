package io.locutor.compat;

import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.locutor.problem.LocutorException;
import io.locutor.request.SpeechRequest;
import io.locutor.request.RequestReader;
import io.locutor.request.SpeechRequests;
import io.locutor.synthesis.Speech;
import org.apache.camel.Body;
import org.apache.camel.Header;

/**
 * OpenAI's {@code POST /v1/audio/speech} on locutor's port, read into the {@link Speech} every door builds.
 * OpenAI voice names map to ElevenLabs voices ({@code locutor.openai.voices}); any locutor alias or ElevenLabs voice
 * id is taken as well. {@code model}: an ElevenLabs model id ({@code eleven_...}) is used as given, OpenAI's model
 * names mean locutor's default model. {@code instructions} is accepted and ignored (ElevenLabs has no such control,
 * so it does not change the audio). Formats ElevenLabs does not produce (aac, flac) are refused with the ones it does.
 */
public class OpenAiDoor {

    static final String FIELDS = "model, input, voice, response_format, speed, instructions, stream_format";

    /** OpenAI's response formats and the ElevenLabs output format each becomes (OpenAI's pcm and wav are 24 kHz). */
    private static final Map<String, String> FORMATS = Map.of(
            "mp3", "mp3_44100_128",
            "opus", "opus_48000_64",
            "wav", "wav_24000",
            "pcm", "pcm_24000");

    record SpeechBody(
            String model,
            String input,
            String voice,
            @JsonProperty("response_format") String responseFormat,
            Double speed,
            String instructions,
            @JsonProperty("stream_format") String streamFormat) {
    }

    private final RequestReader reader;
    private final SpeechRequests requests;
    private final Map<String, String> voices;

    /** @param voices OpenAI voice name (lower case) to a locutor alias or ElevenLabs voice id */
    public OpenAiDoor(RequestReader reader, SpeechRequests requests, Map<String, String> voices) {
        this.reader = reader;
        this.requests = requests;
        this.voices = voices;
    }

    /** {@code name=voice,name=voice}: OpenAI voice names to locutor aliases or ElevenLabs voice ids. */
    public static Map<String, String> voiceMap(String configured) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        // a malformed entry stops the start with the setting's name, as every name=value setting does
        io.locutor.voice.VoiceConfig.pairs(configured, ",", "locutor.openai.voices (LOCUTOR_OPENAI_VOICES)")
                .forEach((name, voice) -> map.put(name.toLowerCase(Locale.ROOT), voice));
        return Map.copyOf(map);
    }

    public Speech speech(@Body byte[] body, @Header("X-Locutor-Campaign") String campaign) {
        SpeechBody in = StrictJson.read(reader, body, SpeechBody.class, FIELDS);
        if (in.input() == null || in.input().isBlank()) {
            throw LocutorException.badRequest("input", "Field \"input\" is required and must not be empty.");
        }
        if (in.voice() == null || in.voice().isBlank()) {
            throw LocutorException.badRequest("voice", "Field \"voice\" is required: one of " + String.join(", ",
                    new java.util.TreeSet<>(voices.keySet())) + ", or a locutor voice alias or ElevenLabs voice id.");
        }
        if (in.streamFormat() != null && !"audio".equals(in.streamFormat())) {
            throw LocutorException.badRequest("stream_format", "Field \"stream_format\" is \"" + in.streamFormat()
                    + "\"; locutor streams raw audio only: send \"audio\" or leave it out.");
        }
        String format = format(in.responseFormat());
        String voice = voices.getOrDefault(in.voice().strip().toLowerCase(Locale.ROOT), in.voice().strip());
        String model = in.model() != null && in.model().startsWith("eleven_") ? in.model() : null;
        SpeechRequest.VoiceSettingsInput settings = in.speed() == null ? null
                : new SpeechRequest.VoiceSettingsInput(null, null, null, null, in.speed());
        try {
            return requests.validate(new SpeechRequest(in.input(), voice, null, model, settings, format, null, campaign));
        } catch (LocutorException e) {
            throw inOpenAiTerms(e);
        }
    }

    private static String format(String responseFormat) {
        String asked = responseFormat == null ? "mp3" : responseFormat.strip().toLowerCase(Locale.ROOT);
        String format = FORMATS.get(asked);
        if (format == null) {
            throw LocutorException.badRequest("response_format", "response_format \"" + responseFormat + "\" is not "
                    + "available: ElevenLabs does not produce it. Use mp3, opus, wav or pcm.");
        }
        return format;
    }

    /** The shared validation names locutor's fields; an OpenAI caller sent {@code input} and {@code speed}. */
    private static LocutorException inOpenAiTerms(LocutorException e) {
        String field = e.field();
        String message = e.getMessage();
        if ("text".equals(field)) {
            field = "input";
            message = message.replace("Field \"text\"", "Field \"input\"");
        } else if ("voice_settings.speed".equals(field)) {
            field = "speed";
            message = message.replace("Field \"voice_settings.speed\"", "Field \"speed\"")
                    + " (ElevenLabs' range; OpenAI's wider 0.25 to 4.0 cannot be produced)";
        } else if ("voice".equals(field)) {
            message = message + " OpenAI voice names mapped here are set in LOCUTOR_OPENAI_VOICES.";
        }
        LocutorException mapped = new LocutorException(e.status(), e.code(), message, field);
        e.headers().forEach(mapped::withHeader);
        return mapped;
    }
}
