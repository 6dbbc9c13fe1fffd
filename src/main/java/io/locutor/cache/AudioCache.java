package io.locutor.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.locutor.cache.SingleFlight.Flight;
import io.locutor.problem.LocutorException;
import io.locutor.storage.AudioStore;
import io.locutor.synthesis.GeneratedAudio;
import io.locutor.synthesis.Speech;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * Idempotent lookup with single flight: the first request for a key generates it, identical requests arriving
 * meanwhile (in this instance or another) wait, bounded, for that one and answer from the cache. The index is trusted
 * only while storage still has the object; an object storage still has (say, after a restart) is indexed again. When
 * the cache backend does not answer, requests are served without it: generated, stored, not shared.
 */
public class AudioCache {

    /** Exchange property holding the claim on the generation this exchange owns. */
    public static final String FLIGHT = "locutorFlight";
    /** Waiters look again after this, doubling up to the longest, so a lost owner is noticed soon without busy polling. */
    private static final Duration FIRST_LOOK = Duration.ofMillis(10);
    private static final Duration LONGEST_LOOK = Duration.ofMillis(200);

    private final AudioIndex index;
    private final SingleFlight flights;
    private final AudioStore store;
    private final Duration waitLimit;
    private final Clock clock;
    private Duration localTtl;

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
     * The stored audio for this speech, waiting for an identical request in flight if there is one; or null,
     * and then this exchange generates it (owning the key's generation, unless the cache backend is down).
     */
    public AudioEntry lookupOrClaim(@ExchangeProperty("speech") Speech speech, Exchange exchange) {
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
                    exchange.setProperty(FLIGHT, flight);
                    exchange.getExchangeExtension().addOnCompletion(new ReleaseOnEnd(flight));
                    // Another request may have published between our lookup and our claim.
                    Optional<AudioEntry> raced = find(speech);
                    if (raced.isPresent()) {
                        flights.release(flight, null);
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

    /** Indexes freshly stored audio and lets every identical request waiting for it answer. */
    public AudioEntry publish(@ExchangeProperty("speech") Speech speech, @Body GeneratedAudio audio,
            @ExchangeProperty(FLIGHT) Flight flight) {
        AudioEntry entry = new AudioEntry(speech.cacheKey(), speech.format().extension(), speech.voiceId(),
                speech.modelId(), audio.characters(), audio.requestId(), clock.millis(), 0);
        try {
            index.put(entry);
        } catch (CacheUnavailableException e) {
            // stored but not indexed: the next request finds the object in storage and indexes it
        }
        if (flight != null) {
            flights.release(flight, null);
        }
        return entry;
    }

    /**
     * Called when a request fails: if it owned a generation, identical requests waiting for it get the same failure
     * now (the next one may try again), instead of when the exchange is finally cleaned up.
     */
    public void abandon(@ExchangeProperty(FLIGHT) Flight flight, @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Throwable failure) {
        if (flight != null) {
            flights.release(flight, failure);
        }
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

    /** Whatever happens to the owning exchange, the claim ends: waiters go on with the audio, or with its failure. */
    private final class ReleaseOnEnd extends SynchronizationAdapter {
        private final Flight flight;

        ReleaseOnEnd(Flight flight) {
            this.flight = flight;
        }

        @Override
        public void onDone(Exchange exchange) {
            Throwable failure = exchange.getException() != null ? exchange.getException()
                    : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
            flights.release(flight, failure != null ? failure
                    : new LocutorException(503, "generation_failed", "The identical request in flight ended without audio. Retry."));
        }
    }
}
