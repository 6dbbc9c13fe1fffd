package io.locutor.request;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.locutor.problem.LocutorException;
import io.locutor.synthesis.Speech;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.apache.camel.Headers;

/** Turns what a caller sent (JSON body or query parameters) into a validated {@link Speech}, or a 400 naming the field. */
public class SpeechRequests {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final int maxTextLength;

    public SpeechRequests(int maxTextLength) {
        this.maxTextLength = maxTextLength;
    }

    /** Parses and validates a JSON request body. */
    public Speech fromJson(@Body String body, @Header("Content-Type") String contentType) {
        if (body == null || body.isBlank()) {
            boolean labelledJson = contentType == null || contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
            throw LocutorException.badRequest(null, labelledJson
                    ? "The request body is empty: send a JSON object with at least \"text\"."
                    : "The request was sent as " + contentType + ": send the JSON body with the header Content-Type: application/json.");
        }
        SpeechRequest request;
        try {
            request = JSON.readValue(body, SpeechRequest.class);
        } catch (UnrecognizedPropertyException e) {
            throw LocutorException.badRequest(e.getPropertyName(), "Unknown field \"" + e.getPropertyName()
                    + "\". Known fields: text, voice, model_id, voice_settings, output_format, language, campaign.");
        } catch (JsonMappingException e) {
            String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
            throw LocutorException.badRequest(field, "Field \"" + field + "\" has the wrong type" + location(e) + ".");
        } catch (JsonProcessingException e) {
            throw LocutorException.badRequest(null, "The body is not valid JSON" + location(e) + ": " + e.getOriginalMessage());
        }
        if (request == null) {
            throw LocutorException.badRequest(null, "The request body must be a JSON object with at least \"text\".");
        }
        return validate(request);
    }

    /** Builds and validates a request from query parameters ({@code GET /audio/stream?text=...&voice_id=...}). */
    public Speech fromQuery(@Headers Map<String, Object> params) {
        SpeechRequest request = new SpeechRequest(
                string(params, "text"), string(params, "voice"), string(params, "voice_id"), string(params, "model_id"),
                new SpeechRequest.VoiceSettingsInput(number(params, "stability"), number(params, "similarity_boost"),
                        number(params, "style"), bool(params, "use_speaker_boost"), number(params, "speed")),
                string(params, "output_format"), string(params, "language"), string(params, "campaign"));
        return validate(request);
    }

    /** Control characters (but line breaks and tabs) say nothing ElevenLabs can speak; they are dropped. */
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
    /** Something written as a markup tag: {@code <name ...>}, {@code </name>} or {@code <name/>}. */
    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("</?([A-Za-z][A-Za-z0-9:_-]*)(?:\\s[^<>]*)?/?>");
    /** The SSML ElevenLabs accepts (what the normalizer's SsmlGuard passes through). */
    private static final java.util.Set<String> SSML = java.util.Set.of("break", "phoneme", "speak");

    public Speech validate(SpeechRequest request) {
        String text = request.text() == null ? null : CONTROL.matcher(request.text()).replaceAll("");
        if (text != null) {
            java.util.regex.Matcher tag = TAG.matcher(text);
            while (tag.find()) {
                if (!SSML.contains(tag.group(1).toLowerCase(java.util.Locale.ROOT))) {
                    throw LocutorException.badRequest("text", "Field \"text\" has the SSML tag <" + tag.group(1)
                            + ">, which ElevenLabs does not accept. Allowed tags: <break time=\"1s\"/>, "
                            + "<phoneme alphabet=\"ipa\" ph=\"...\">word</phoneme>, <speak>.");
                }
            }
        }
        if (text == null || text.isBlank()) {
            throw LocutorException.badRequest("text", "Field \"text\" is required and must not be empty.");
        }
        if (text.length() > maxTextLength) {
            throw new LocutorException(413, "text_too_long", "Field \"text\" has " + text.length()
                    + " characters; the limit is " + maxTextLength + ". Split the script into shorter requests.", "text");
        }
        String format = request.outputFormat() == null || request.outputFormat().isBlank()
                ? OutputFormat.DEFAULT : request.outputFormat();
        OutputFormat outputFormat;
        try {
            outputFormat = OutputFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw LocutorException.badRequest("output_format", "Unknown output_format \"" + format
                    + "\". Allowed: " + String.join(", ", OutputFormat.ALLOWED) + ".");
        }
        return Speech.requested(text.strip(), blankToNull(request.voiceAsked()), blankToNull(request.modelId()),
                settings(request.voiceSettings()), outputFormat, blankToNull(request.language()),
                blankToNull(request.campaign()));
    }

    private static VoiceSettings settings(SpeechRequest.VoiceSettingsInput in) {
        VoiceSettings d = VoiceSettings.DEFAULTS;
        if (in == null) {
            return d;
        }
        return new VoiceSettings(
                inRange("voice_settings.stability", in.stability(), d.stability(), 0, 1),
                inRange("voice_settings.similarity_boost", in.similarityBoost(), d.similarityBoost(), 0, 1),
                inRange("voice_settings.style", in.style(), d.style(), 0, 1),
                in.useSpeakerBoost() == null ? d.useSpeakerBoost() : in.useSpeakerBoost(),
                inRange("voice_settings.speed", in.speed(), d.speed(), 0.7, 1.2));
    }

    private static double inRange(String field, Double value, double fallback, double min, double max) {
        if (value == null) {
            return fallback;
        }
        if (value.isNaN() || value < min || value > max) {
            throw LocutorException.badRequest(field, "Field \"" + field + "\" is " + value + "; it must be between "
                    + min + " and " + max + ".");
        }
        return value;
    }

    private static String location(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String string(Map<String, Object> params, String name) {
        Object v = params.get(name);
        return v == null ? null : v.toString();
    }

    private static Double number(Map<String, Object> params, String name) {
        String v = string(params, name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw LocutorException.badRequest(name, "Parameter \"" + name + "\" must be a number, not \"" + v + "\".");
        }
    }

    private static Boolean bool(Map<String, Object> params, String name) {
        String v = string(params, name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            throw LocutorException.badRequest(name, "Parameter \"" + name + "\" must be true or false, not \"" + v + "\".");
        }
        return Boolean.valueOf(v);
    }
}
