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

    /** @param fresh true when this very request generated the audio (and was billed for it) */
    public SynthesisResult answer(@ExchangeProperty("speech") Speech speech, @ExchangeProperty("audio") AudioEntry audio,
                                  @ExchangeProperty("fresh") Boolean fresh, Exchange exchange) {
        boolean generatedNow = Boolean.TRUE.equals(fresh);
        return new SynthesisResult(store.url(audio.cacheKey(), audio.extension(), address.baseOf(exchange)), audio.cacheKey(), !generatedNow,
                speech.voiceId(), speech.modelId(), speech.format().name(), speech.language(),
                generatedNow ? audio.characters() : 0, speech.normalizedText(), generatedNow ? audio.requestId() : null,
                speech.modelId() != null && speech.modelId().startsWith("local-") ? "local" : "elevenlabs");
    }
}
