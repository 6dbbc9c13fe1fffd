package io.locutor.elevenlabs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.locutor.synthesis.GeneratedAudio;
import io.locutor.synthesis.Speech;
import io.locutor.synthesis.SynthesisContext;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Headers;

/** Reads what ElevenLabs answered: the audio, its {@code request-id} and the characters it billed. */
public class ElevenLabsResponses {

    private final Path scratch;

    public ElevenLabsResponses(Path scratch) throws IOException {
        this.scratch = Files.createDirectories(scratch);
    }

    /** The whole audio of a {@code POST /v1/text-to-speech} answer, kept in a temporary file for storage. */
    public GeneratedAudio audio(InputStream body, @ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis,
                                @Headers Map<String, Object> headers) throws IOException {
        Speech speech = synthesis.speech();
        GeneratedAudio answer = kept(body, speech, headers);
        try {
            AudioSignatures.check(answer.file(), header(headers, "Content-Type"), speech.format());
        } catch (NotAudioException e) {
            Files.deleteIfExists(answer.file());
            throw e;
        }
        return answer;
    }

    /**
     * The whole answer of a {@code .../with-timestamps} call: JSON carrying the audio (base64) and its alignment, not
     * audio bytes, so it is checked to be JSON rather than for an audio signature.
     */
    public GeneratedAudio timestamped(InputStream body, @ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis,
                                      @Headers Map<String, Object> headers) throws IOException {
        Speech speech = synthesis.speech();
        GeneratedAudio answer = kept(body, speech, headers);
        String type = header(headers, "Content-Type");
        if (type != null && !type.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            Files.deleteIfExists(answer.file());
            throw new NotAudioException("answered " + type.split(";")[0].strip() + " instead of timestamped audio JSON");
        }
        return answer;
    }

    /** The answer's body kept whole in a scratch file: never a body cut short, never an empty one. */
    private GeneratedAudio kept(InputStream body, Speech speech, Map<String, Object> headers) throws IOException {
        if (body == null) {
            throw new EmptyAudioException();
        }
        Path file = newScratchFile(speech);
        try (InputStream in = body) {
            Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException cut) {
            Files.deleteIfExists(file); // a body cut short is never kept, not even as scratch
            throw cut;
        }
        if (Files.size(file) == 0) {
            Files.deleteIfExists(file);
            throw new EmptyAudioException();
        }
        return generated(file, speech, headers);
    }

    Path newScratchFile(Speech speech) throws IOException {
        return Files.createTempFile(scratch, speech.cacheKey(), "." + speech.format().extension());
    }

    static GeneratedAudio generated(Path file, Speech speech, Map<String, Object> headers) {
        return new GeneratedAudio(file, header(headers, "request-id"), billedCharacters(speech, headers));
    }

    /** ElevenLabs reports the characters it billed in {@code x-character-count}; otherwise the text's length is what it bills. */
    private static long billedCharacters(Speech speech, Map<String, Object> headers) {
        String count = header(headers, "x-character-count");
        try {
            return count == null ? speech.normalizedText().length() : Long.parseLong(count.trim());
        } catch (NumberFormatException e) {
            return speech.normalizedText().length();
        }
    }

    private static String header(Map<String, Object> headers, String name) {
        for (Map.Entry<String, Object> h : headers.entrySet()) {
            if (h.getKey().equalsIgnoreCase(name) && h.getValue() != null) {
                return h.getValue().toString();
            }
        }
        return null;
    }
}
