package io.locutor.synthesis;

import io.locutor.cache.AudioEntry;
import io.locutor.storage.AudioStore;
import io.locutor.api.PublicAddress;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;

/** Builds the answer; the URL is made per answer, so a presigned one is never stale. */
public class SynthesisResults {

    private final AudioStore store;
    private final PublicAddress address;

    public SynthesisResults(AudioStore store, PublicAddress address) {
        this.store = store;
        this.address = address;
    }

    /** The answer of every door but the audio ones: where the audio is, and what this request cost (nothing on a hit). */
    public SynthesisResult answer(@ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis, Exchange exchange) {
        Speech speech = synthesis.speech();
        AudioEntry audio = synthesis.audio();
        boolean generatedNow = synthesis.fresh();
        return new SynthesisResult(store.url(audio.cacheKey(), audio.extension(), address.baseOf(exchange)), audio.cacheKey(), !generatedNow,
                speech.voiceId(), speech.modelId(), speech.format().name(), speech.language(),
                generatedNow ? audio.characters() : 0, speech.normalizedText(), generatedNow ? audio.requestId() : null,
                speech.modelId() != null && speech.modelId().startsWith("local-") ? "local" : "elevenlabs");
    }
}
