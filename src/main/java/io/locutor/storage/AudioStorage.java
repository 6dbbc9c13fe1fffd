package io.locutor.storage;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.locutor.synthesis.GeneratedAudio;
import io.locutor.synthesis.Speech;
import io.locutor.synthesis.SynthesisContext;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;

/** The store step: puts freshly generated audio in the store under its cache key, with how it was made. */
public class AudioStorage {

    private final AudioStore store;

    public AudioStorage(AudioStore store) {
        this.store = store;
    }

    public GeneratedAudio store(@Body GeneratedAudio audio, @ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis) throws IOException {
        Speech speech = synthesis.speech();
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("voice-id", speech.voiceId());
        metadata.put("model-id", speech.modelId());
        metadata.put("characters", Long.toString(audio.characters()));
        if (audio.requestId() != null) {
            metadata.put("request-id", audio.requestId());
        }
        store.save(speech.cacheKey(), speech.format().extension(), speech.format().contentType(), audio.file(), metadata);
        return audio;
    }
}
