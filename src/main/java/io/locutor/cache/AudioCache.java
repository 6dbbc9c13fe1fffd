package io.locutor.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
 * meanwhile wait (bounded) for that one and answer from the cache. The index is trusted only while storage still
 * has the object; an object storage still has (say, after a restart) is indexed again.
 */
public class AudioCache {

    /** Exchange property naming the cache key whose generation this exchange owns. */
    static final String FLIGHT = "locutorFlight";

    private final AudioIndex index;
    private final AudioStore store;
    private final Duration waitLimit;
    private final Clock clock;
    private final Map<String, CompletableFuture<AudioEntry>> inFlight = new ConcurrentHashMap<>();
    private Duration localTtl;

    public AudioCache(AudioIndex index, AudioStore store, Duration waitLimit, Clock clock) {
        this.index = index;
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
     * and then this exchange owns the generation until it publishes or ends.
     */
    public AudioEntry lookupOrClaim(@ExchangeProperty("speech") Speech speech, Exchange exchange) {
        String key = speech.cacheKey();
        while (true) {
            Optional<AudioEntry> stored = find(speech);
            if (stored.isPresent()) {
                return stored.get();
            }
            CompletableFuture<AudioEntry> mine = new CompletableFuture<>();
            CompletableFuture<AudioEntry> theirs = inFlight.putIfAbsent(key, mine);
            if (theirs == null) {
                exchange.setProperty(FLIGHT, key);
                exchange.getExchangeExtension().addOnCompletion(new ReleaseOnEnd(key, mine));
                // Another request may have published between our lookup and our claim.
                Optional<AudioEntry> raced = find(speech);
                if (raced.isPresent()) {
                    release(key, mine, raced.get(), null);
                    return raced.get();
                }
                return null;
            }
            AudioEntry entry = await(theirs);
            if (store.exists(entry.cacheKey(), entry.extension())) {
                return entry;
            }
        }
    }

    /** Indexes freshly stored audio and hands it to every identical request waiting for it. */
    public AudioEntry publish(@ExchangeProperty("speech") Speech speech, @Body GeneratedAudio audio) {
        AudioEntry entry = new AudioEntry(speech.cacheKey(), speech.format().extension(), speech.voiceId(),
                speech.modelId(), audio.characters(), audio.requestId(), clock.millis());
        index.put(entry);
        CompletableFuture<AudioEntry> flight = inFlight.get(speech.cacheKey());
        if (flight != null) {
            release(speech.cacheKey(), flight, entry, null);
        }
        return entry;
    }

    /**
     * Called when a request fails: if it owned a generation, identical requests waiting for it get the same failure
     * now (the next one may try again), instead of when the exchange is finally cleaned up.
     */
    public void abandon(@ExchangeProperty(FLIGHT) String key, @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Throwable failure) {
        if (key != null) {
            CompletableFuture<AudioEntry> flight = inFlight.get(key);
            if (flight != null) {
                release(key, flight, null, failure);
            }
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
            AudioEntry recovered = new AudioEntry(key, extension, speech.voiceId(), speech.modelId(), 0, null, clock.millis());
            index.put(recovered);
            return Optional.of(recovered);
        }
        return Optional.empty();
    }

    private AudioEntry await(CompletableFuture<AudioEntry> flight) {
        try {
            return flight.get(waitLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new LocutorException(504, "generation_timeout", "An identical request has been generating this audio for "
                    + waitLimit.toSeconds() + " s without finishing. Retry shortly.");
        } catch (ExecutionException e) {
            throw new GenerationFailedException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocutorException(503, "interrupted", "locutor is shutting down. Retry.");
        }
    }

    private void release(String key, CompletableFuture<AudioEntry> flight, AudioEntry entry, Throwable failure) {
        inFlight.remove(key, flight);
        if (failure == null) {
            flight.complete(entry);
        } else {
            flight.completeExceptionally(failure);
        }
    }

    /** Whatever happens to the owning exchange, waiters are released: with the audio, or with its failure. */
    private final class ReleaseOnEnd extends SynchronizationAdapter {
        private final String key;
        private final CompletableFuture<AudioEntry> flight;

        ReleaseOnEnd(String key, CompletableFuture<AudioEntry> flight) {
            this.key = key;
            this.flight = flight;
        }

        @Override
        public void onDone(Exchange exchange) {
            if (!flight.isDone()) {
                Throwable failure = exchange.getException() != null ? exchange.getException()
                        : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
                release(key, flight, null, failure != null ? failure
                        : new LocutorException(503, "generation_failed", "The identical request in flight ended without audio. Retry."));
            }
        }
    }
}
