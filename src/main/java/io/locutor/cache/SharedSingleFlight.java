package io.locutor.cache;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import io.locutor.problem.LocutorException;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Single flight through the shared store: the owner holds {@code locutor:flight:<key>} (SET NX PX with an expiry,
 * renewed while it works), so one instance generates and the others wait. Waiters in the owner's instance are woken
 * at once (with its failure, if it fails); waiters elsewhere look again after each short wait. If the owner dies,
 * its lock expires and the next waiter to look takes over.
 */
public class SharedSingleFlight extends ServiceSupport implements SingleFlight {

    static final String PREFIX = "locutor:flight:";

    private final SharedStore store;
    private final Duration lockTtl;
    private final String instance = UUID.randomUUID().toString();
    private final AtomicLong claims = new AtomicLong();
    /** Locks this instance holds: key → the token only its owner knows. */
    private final Map<String, String> owned = new ConcurrentHashMap<>();
    /** Wakes waiters in this instance when a local owner ends. */
    private final Map<String, CompletableFuture<Void>> signals = new ConcurrentHashMap<>();
    private final ScheduledExecutorService renewer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "locutor-flight-renewer");
        t.setDaemon(true);
        return t;
    });

    public SharedSingleFlight(SharedStore store, Duration lockTtl) {
        this.store = store;
        this.lockTtl = lockTtl;
        long every = Math.max(1, lockTtl.toMillis() / 3);
        renewer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public Flight claim(String key) {
        String token = instance + ":" + claims.incrementAndGet();
        if (!store.putIfAbsent(PREFIX + key, token, lockTtl)) {
            return null;
        }
        owned.put(key, token);
        return new Flight(key, token);
    }

    @Override
    public void release(Flight flight, Throwable failure) {
        String key = flight.key();
        String token = flight.token();
        if (!owned.remove(key, token)) {
            return;
        }
        CompletableFuture<Void> signal = signals.remove(key);
        if (signal != null) {
            if (failure == null) {
                signal.complete(null);
            } else {
                signal.completeExceptionally(failure);
            }
        }
        try {
            store.deleteIfEquals(PREFIX + key, token);
        } catch (CacheUnavailableException e) {
            // the lock expires by itself
        }
    }

    @Override
    public void awaitTurn(String key, Duration wait) {
        CompletableFuture<Void> signal = signals.computeIfAbsent(key, k -> new CompletableFuture<>());
        try {
            signal.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            signals.remove(key, signal); // the owner may be elsewhere: nothing here would ever complete it
        } catch (ExecutionException e) {
            throw new GenerationFailedException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocutorException(503, "interrupted", "locutor is shutting down. Retry.");
        }
    }

    /** Keeps this instance's locks alive while their generation runs longer than the lock's expiry. */
    private void renew() {
        owned.keySet().forEach(key -> {
            try {
                store.expire(PREFIX + key, lockTtl);
            } catch (CacheUnavailableException e) {
                // counted and logged by the backend; the next round tries again
            }
        });
    }

    @Override
    protected void doStop() {
        renewer.shutdownNow();
    }
}
