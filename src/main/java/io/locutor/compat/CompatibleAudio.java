package io.locutor.compat;

import java.io.IOException;
import java.util.Map;

import io.locutor.cache.AudioEntry;
import io.locutor.elevenlabs.StreamAnswers;
import io.locutor.synthesis.Speech;
import io.locutor.synthesis.SynthesisContext;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Headers;

/**
 * The compatible doors' answer once the core has the audio: the bytes themselves (as ElevenLabs and OpenAI answer),
 * with ElevenLabs' {@code request-id} and {@code x-character-count} (the characters this request was billed: 0 when
 * the cache answered) and locutor's cache headers.
 */
public class CompatibleAudio {

    private final StreamAnswers stored;

    public CompatibleAudio(StreamAnswers stored) {
        this.stored = stored;
    }

    public byte[] answer(@ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis, @Headers Map<String, Object> headers)
            throws IOException {
        AudioEntry audio = synthesis.audio();
        byte[] bytes = stored.fromCache(synthesis, headers);
        boolean generatedNow = synthesis.fresh();
        headers.put("X-Locutor-Cache", generatedNow ? "miss" : "hit");
        ElevenLabsDoor.costHeaders(headers, audio.requestId() != null ? audio.requestId() : audio.cacheKey(),
                generatedNow ? audio.characters() : 0);
        return bytes;
    }

    /**
     * A with-timestamps answer: ElevenLabs' JSON as it came (the alignment is not kept, so these are not cached),
     * with its cost headers. The scratch file it was read into is removed.
     */
    public String timestamped(@org.apache.camel.Body io.locutor.synthesis.GeneratedAudio generated,
                              @Headers Map<String, Object> headers) throws IOException {
        String json;
        try {
            json = java.nio.file.Files.readString(generated.file());
        } finally {
            java.nio.file.Files.deleteIfExists(generated.file());
        }
        headers.clear();
        headers.put("Content-Type", "application/json");
        ElevenLabsDoor.costHeaders(headers, generated.requestId(), generated.characters());
        return json;
    }
}
