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
        return of(synthesis.speech(), synthesis.audio(), synthesis.fresh(), address.baseOf(exchange));
    }

    /** The same answer outside any exchange: {@code base} is the address the caller came to (the cache-hit door). */
    public SynthesisResult of(Speech speech, AudioEntry audio, boolean generatedNow, String base) {
        return new SynthesisResult(store.url(audio.cacheKey(), audio.extension(), base), audio.cacheKey(), !generatedNow,
                speech.voiceId(), speech.modelId(), speech.format().name(), speech.language(),
                generatedNow ? audio.characters() : 0, speech.normalizedText(), generatedNow ? audio.requestId() : null,
                speech.modelId() != null && speech.modelId().startsWith("local-") ? "local" : "elevenlabs");
    }
}
