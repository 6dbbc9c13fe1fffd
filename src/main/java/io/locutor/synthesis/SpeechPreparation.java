package io.locutor.synthesis;

import io.locutor.cache.CacheKeys;
import io.locutor.voice.VoiceCatalog;
import org.apache.camel.Body;
import org.apache.camel.Exchange;

/**
 * The front half every door shares, in one step: voice and model, the words to speak, the audio's cache key. The
 * request's synthesis ({@link SynthesisContext}) starts here, with the prepared speech.
 */
public class SpeechPreparation {

    private final VoiceCatalog voices;
    private final SpeechText text;
    private final CacheKeys keys;

    public SpeechPreparation(VoiceCatalog voices, SpeechText text, CacheKeys keys) {
        this.voices = voices;
        this.text = text;
        this.keys = keys;
    }

    public Speech prepare(@Body Speech speech, Exchange exchange) {
        Speech prepared = prepared(speech);
        SynthesisContext.start(exchange, prepared);
        return prepared;
    }

    /** The speech with its voice, model, words and key, outside any exchange (the cache-hit door on the event loop). */
    public Speech prepared(Speech speech) {
        return keys.assign(text.normalize(voices.resolve(speech)));
    }

    /** The same when the words were read before in this process, else null ({@link SpeechText#normalizedIfRead}). */
    public Speech preparedIfRead(Speech speech) {
        Speech read = text.normalizedIfRead(voices.resolve(speech));
        return read == null ? null : keys.assign(read);
    }
}
