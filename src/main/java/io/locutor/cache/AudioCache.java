package io.locutor.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.locutor.cache.SingleFlight.Flight;
import io.locutor.problem.LocutorException;
import io.locutor.storage.AudioStore;
import io.locutor.synthesis.GeneratedAudio;
import io.locutor.synthesis.Speech;
import io.locutor.synthesis.SynthesisContext;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Predicate;

/**
 * Idempotent lookup with single flight: the first request for a key generates it, identical requests arriving
 * meanwhile (in this instance or another) wait, bounded, for that one and answer from the cache. The index is trusted
 * only while storage still has the object; an object storage still has (say, after a restart) is indexed again. When
 * the cache backend does not answer, requests are served without it: generated, stored, not shared.
 */
public class AudioCache {

    /** Waiters look again after this, doubling up to the longest, so a lost owner is noticed soon without busy polling. */
    private static final Duration FIRST_LOOK = Duration.ofMillis(10);
    private static final Duration LONGEST_LOOK = Duration.ofMillis(200);

    private final AudioIndex index;
    private final SingleFlight flights;
    private final AudioStore store;
    private final Duration waitLimit;
    private final Clock clock;
    private Duration localTtl;
    private volatile Lookups lookups = (speech, hit) -> { };

    public AudioCache(AudioIndex index, SingleFlight flights, AudioStore store, Duration waitLimit, Clock clock) {
        this.index = index;
        this.flights = flights;
        this.store = store;
        this.waitLimit = waitLimit;
        this.clock = clock;
    }

    /** Audio from the local engine (model {@code local-*}) is a stand-in: it is kept only this long. */
    public AudioCache expiringLocal(Duration ttl) {
        this.localTtl = ttl;
        return this;
    }

    /**
     * True when this request must generate its audio: nothing stored (or an identical request in flight ended without
     * it), so it now owns the key's generation (unless the cache backend is down). False when the stored audio, maybe
     * an identical request's just made and waited for, is in the request's synthesis. The claim releases itself when
     * the exchange ends, if {@link #publish} has not: identical requests waiting then get this one's failure.
     */
    public boolean claimUnlessStored(@ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis,
                                     Exchange exchange) {
        AudioEntry found = lookupOrClaim(synthesis, exchange);
        synthesis.lookedUp(found);
        lookups.lookedUp(synthesis.speech(), found != null);
        return found == null;
    }

    /**
     * {@link #claimUnlessStored} as a route's condition, bound as {@code audioToGenerate} for {@code ref:}. Through
     * Camel's method language every call copied the exchange and merged its properties and headers back, on every
     * request (bench/README.md, "Twenty-third run").
     */
    public Predicate claimUnlessStoredCondition() {
        return exchange -> claimUnlessStored(SynthesisContext.of(exchange), exchange);
    }

    private AudioEntry lookupOrClaim(SynthesisContext synthesis, Exchange exchange) {
        Speech speech = synthesis.speech();
        String key = speech.cacheKey();
        long deadline = System.nanoTime() + waitLimit.toNanos();
        Duration look = FIRST_LOOK;
        try {
            while (true) {
                Optional<AudioEntry> stored = find(speech);
                if (stored.isPresent()) {
                    countHit(key);
                    return stored.get();
                }
                Flight flight = flights.claim(key);
                if (flight != null) {
                    synthesis.claimed(flight);
                    SynthesisContext.releaseWhenDone(exchange, failure -> releaseClaim(synthesis, failure != null ? failure
                            : new LocutorException(503, "generation_failed", "The identical request in flight ended without audio. Retry.")));
                    // Another request may have published between our lookup and our claim.
                    Optional<AudioEntry> raced = find(speech);
                    if (raced.isPresent()) {
                        releaseClaim(synthesis, null);
                        return raced.get();
                    }
                    return null;
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw new LocutorException(504, "generation_timeout", "An identical request has been generating this audio for "
                            + waitLimit.toSeconds() + " s without finishing. Retry shortly.");
                }
                flights.awaitTurn(key, Duration.ofNanos(Math.min(remaining, look.toNanos())));
                look = look.multipliedBy(2).compareTo(LONGEST_LOOK) > 0 ? LONGEST_LOOK : look.multipliedBy(2);
            }
        } catch (CacheUnavailableException e) {
            return null; // served without the cache: the backend counted and logged it
        }
    }

    /** The stored audio for this speech if there is some, without waiting or claiming; null also when the cache is down. */
    public AudioEntry stored(Speech speech) {
        try {
            return find(speech).orElse(null);
        } catch (CacheUnavailableException e) {
            return null;
        }
    }

    /**
     * True when {@link #stored} and {@link #servedFromStore} are answered in this process (the memory index and audio
     * kept as local files: a map read and a stat), so they may run on an HTTP event loop; with Redis or S3 each is a
     * network round trip, to run off it.
     */
    public boolean looksUpInProcess() {
        return index.inProcess() && store.servedByLocutor();
    }

    /**
     * A request is answered with this stored audio without the single-flight path ({@link #stored} found it): counted
     * as {@link #claimUnlessStored} counts a hit (the index's hit count and TTL renewal, and the hit meter).
     */
    public void servedFromStore(Speech speech) {
        countHit(speech.cacheKey());
        lookups.lookedUp(speech, true);
    }

    /** Indexes freshly stored audio and lets every identical request waiting for it answer. */
    public void publish(@ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis, @Body GeneratedAudio audio) {
        Speech speech = synthesis.speech();
        AudioEntry entry = new AudioEntry(speech.cacheKey(), speech.format().extension(), speech.voiceId(),
                speech.modelId(), audio.characters(), audio.requestId(), clock.millis(), 0);
        try {
            index.put(entry);
        } catch (CacheUnavailableException e) {
            // stored but not indexed: the next request finds the object in storage and indexes it
        }
        synthesis.generated(entry);
        releaseClaim(synthesis, null);
    }

    /**
     * Ends the request's claim, if it still holds one: identical requests waiting for it look again (and find the
     * audio), or get this failure now (the next one may try again).
     */
    public void releaseClaim(SynthesisContext synthesis, Throwable failure) {
        Flight flight = synthesis.takeClaim();
        if (flight != null) {
            flights.release(flight, failure);
        }
    }

    /** Counts each lookup's outcome (locutor's meters), set once the meters exist. */
    public void countingLookups(Lookups counter) {
        this.lookups = counter;
    }

    /** Told the outcome of every lookup: the cache's hit and miss counts. */
    @FunctionalInterface
    public interface Lookups {
        void lookedUp(Speech speech, boolean hit);
    }

    private void countHit(String key) {
        try {
            index.hit(key);
        } catch (CacheUnavailableException e) {
            // the audio is found; only its count and TTL renewal are lost
        }
    }

    private Optional<AudioEntry> find(Speech speech) {
        String key = speech.cacheKey();
        Optional<AudioEntry> indexed = index.get(key);
        if (indexed.isPresent() && localTtl != null && indexed.get().modelId() != null
                && indexed.get().modelId().startsWith("local-")
                && clock.millis() - indexed.get().createdAtMillis() > localTtl.toMillis()) {
            index.remove(key); // a stand-in past its time: ask ElevenLabs (or the local engine) again
            return Optional.empty();
        }
        if (indexed.isPresent()) {
            if (store.exists(key, indexed.get().extension())) {
                return indexed;
            }
            index.remove(key); // vanished from storage: regenerate rather than hand out a broken URL
            return Optional.empty();
        }
        String extension = speech.format().extension();
        if (store.exists(key, extension)) {
            AudioEntry recovered = new AudioEntry(key, extension, speech.voiceId(), speech.modelId(), 0, null, clock.millis(), 0);
            index.put(recovered);
            return Optional.of(recovered);
        }
        return Optional.empty();
    }
}
