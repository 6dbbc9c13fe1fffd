package io.locutor.elevenlabs;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.locutor.problem.LocutorException;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most {@code ELEVENLABS_CONCURRENCY} requests in flight to ElevenLabs from this instance; others wait, bounded by
 * {@code ELEVENLABS_POOL_TIMEOUT}, then fail clearly. When ElevenLabs still answers a concurrency 429, the plan allows
 * fewer than configured: the live limit drops by one (never below one). A semaphore, because Camel's throttle EIP
 * cannot bound the wait nor lower its limit at run time.
 */
public class ElevenLabsSlots {

    private static final Logger LOG = LoggerFactory.getLogger(ElevenLabsSlots.class);
    private static final String HELD = "locutorElevenLabsSlot";

    private final Limit permits;
    private final AtomicInteger limit;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final long waitMillis;

    public ElevenLabsSlots(int concurrency, long waitMillis) {
        if (concurrency < 1) {
            throw new IllegalStateException("ELEVENLABS_CONCURRENCY must be at least 1, not " + concurrency);
        }
        this.permits = new Limit(concurrency);
        this.limit = new AtomicInteger(concurrency);
        this.waitMillis = waitMillis;
    }

    /** Takes a slot for one attempt; {@link #release} gives it back. */
    public void acquire(Exchange exchange) {
        try {
            if (!permits.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw new LocutorException(503, "elevenlabs_pool_timeout", "All " + limit.get() + " ElevenLabs slots "
                        + "stayed busy for " + waitMillis / 1000 + " s (ELEVENLABS_POOL_TIMEOUT). Retry shortly, or raise "
                        + "ELEVENLABS_CONCURRENCY if the plan allows more.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocutorException(503, "interrupted", "locutor is shutting down. Retry.");
        }
        inFlight.incrementAndGet();
        exchange.setProperty(HELD, Boolean.TRUE);
    }

    public void release(Exchange exchange) {
        if (exchange.removeProperty(HELD) != null) {
            inFlight.decrementAndGet();
            permits.release();
        }
    }

    /** A stream holds its slot until the relay ends, however it ends. */
    public void acquireUntilDone(Exchange exchange) {
        acquire(exchange);
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                release(done);
            }
        });
    }

    /** ElevenLabs said we are over the plan's concurrency: run one fewer from now on. */
    public void overLimit() {
        int now = limit.getAndUpdate(n -> n > 1 ? n - 1 : n);
        if (now > 1) {
            permits.reduce();
            LOG.warn("ElevenLabs reported too many concurrent requests: concurrency lowered from {} to {}", now, now - 1);
        }
    }

    public int limit() {
        return limit.get();
    }

    public int inFlight() {
        return inFlight.get();
    }

    /** Exposes {@link Semaphore#reducePermits}, which takes effect as running calls end. */
    private static final class Limit extends Semaphore {
        Limit(int permits) {
            super(permits, true);
        }

        void reduce() {
            reducePermits(1);
        }
    }
}
