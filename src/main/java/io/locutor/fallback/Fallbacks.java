package io.locutor.fallback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

import io.locutor.cache.AudioCache;
import io.locutor.cache.AudioEntry;
import io.locutor.observe.LogSafe;
import io.locutor.storage.AudioStore;

import io.locutor.cache.CacheKeys;
import io.locutor.elevenlabs.ElevenLabsErrors;
import io.locutor.elevenlabs.UpstreamFailure;
import io.locutor.synthesis.GeneratedAudio;
import io.locutor.synthesis.Speech;
import io.locutor.synthesis.SynthesisContext;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.ExchangePropertyKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fallback chain, each step optional: another model, another voice, then the local engine. Each stand-in is its own
 * Speech with its own cache key, so fallback audio is never stored under the key of the ElevenLabs audio it replaces.
 * Failures a fallback must not hide (our request was wrong, the key is wrong) are rethrown as they are.
 */
public class Fallbacks {

    private static final Logger LOG = LoggerFactory.getLogger(Fallbacks.class);
    private static final String STEPS = "locutorFallbackSteps";
    private static final String FAILURE = "locutorFallbackFailure";
    private static final String AUDIO = "locutorFallbackAudio";
    /** Exchange property: the current stand-in's audio when it is already stored. */
    public static final String STORED = "locutorFallbackStored";

    private final ElevenLabsErrors errors;
    private final CacheKeys keys;
    private final LocalSpeech local;
    private final AudioCache cache;
    private final AudioStore store;
    private final Path scratch;
    private final String model;
    private final String voice;
    private final boolean localEnabled;

    public Fallbacks(ElevenLabsErrors errors, CacheKeys keys, LocalSpeech local, AudioCache cache, AudioStore store,
                     Path scratch, String model, String voice, boolean localEnabled) {
        this.errors = errors;
        this.keys = keys;
        this.local = local;
        this.cache = cache;
        this.store = store;
        this.scratch = scratch;
        this.model = model == null ? "" : model.trim();
        this.voice = voice == null ? "" : voice.trim();
        this.localEnabled = localEnabled;
    }

    /** The stand-ins to try for this failure, in order; the failure itself when there are none. */
    public void plan(@ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis, Exchange exchange) {
        Speech speech = synthesis.speech();
        Throwable caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        // an open breaker did not call, so there is no exception, only its word
        boolean open = exchange.getProperty(ExchangePropertyKey.CIRCUIT_BREAKER_RESPONSE_SHORT_CIRCUITED, false, Boolean.class);
        UpstreamFailure failure = caught == null && open ? errors.circuitOpen()
                : errors.failure(caught != null ? caught : exchange.getException());
        exchange.setException(null);
        if (!failure.fallbackAllowed()) {
            throw failure;
        }
        Deque<Speech> steps = new ArrayDeque<>();
        if (!model.isEmpty() && !model.equals(speech.modelId())) {
            steps.add(keys.assign(speech.withVoice(speech.voiceId(), model)));
        }
        if (!voice.isEmpty() && !voice.equals(speech.voiceId())) {
            steps.add(keys.assign(speech.withVoice(voice, speech.modelId())));
        }
        if (localEnabled && local.canSpeak(speech)) {
            steps.add(keys.assign(speech.withVoice(speech.voiceId(), LocalSpeech.MODEL)));
        }
        if (steps.isEmpty()) {
            throw failure;
        }
        LOG.warn("ElevenLabs failed ({}): trying {} fallback(s)", failure.reason(), steps.size());
        exchange.setProperty(STEPS, steps);
        exchange.setProperty(FAILURE, failure);
    }

    /** True while no stand-in has produced audio and some are left to try. */
    public boolean pending(@ExchangeProperty(STEPS) Deque<Speech> steps, @ExchangeProperty(AUDIO) GeneratedAudio audio) {
        return audio == null && steps != null && !steps.isEmpty();
    }

    /** The next stand-in becomes the request's speech: stored, indexed and answered under its own key. */
    public void next(@ExchangeProperty(STEPS) Deque<Speech> steps,
                     @ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis) {
        synthesis.speech(steps.poll());
    }

    /**
     * The stand-in's audio when an earlier identical request already made it (and it has not expired): while
     * ElevenLabs keeps failing, the same request gets the same stand-in without another local synthesis or another
     * ElevenLabs bill for the fallback model or voice.
     */
    public AudioEntry stored(@ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis) {
        Speech speech = synthesis.speech();
        return cache.stored(speech);
    }

    /** The stored stand-in as freshly produced audio (a scratch copy: the rest of the miss path stores and indexes it). */
    public GeneratedAudio reuse(@ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis, @ExchangeProperty(STORED) AudioEntry entry)
            throws IOException {
        Speech speech = synthesis.speech();
        byte[] bytes = store.read(entry.cacheKey(), entry.extension())
                .orElseThrow(() -> new IOException("stored stand-in " + entry.cacheKey() + " vanished"));
        Files.createDirectories(scratch);
        Path file = Files.createTempFile(scratch, speech.cacheKey(), "." + entry.extension());
        Files.write(file, bytes);
        LOG.info("Fallback {} / {}: the stored stand-in is reused", LogSafe.value(speech.modelId()), LogSafe.value(speech.voiceId()));
        return new GeneratedAudio(file, entry.requestId(), 0);
    }

    public boolean isLocal(@ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis) {
        Speech speech = synthesis.speech();
        return LocalSpeech.isLocal(speech);
    }

    public void produced(GeneratedAudio audio, Exchange exchange) {
        exchange.setProperty(AUDIO, audio);
    }

    public void stepFailed(@ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis, @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Throwable why) {
        Speech speech = synthesis.speech();
        UpstreamFailure failure = errors.failure(why);
        LOG.warn("Fallback {} / {} failed: {} {}", LogSafe.value(speech.modelId()), LogSafe.value(speech.voiceId()), failure.reason(),
                "internal_error".equals(failure.reason()) ? why : "");
    }

    /** The stand-in's audio, or the original failure when every stand-in failed too. */
    public GeneratedAudio result(@ExchangeProperty(AUDIO) GeneratedAudio audio, @ExchangeProperty(FAILURE) UpstreamFailure failure) {
        if (audio == null) {
            throw failure;
        }
        return audio;
    }
}
