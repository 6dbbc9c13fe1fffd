package io.locutor.elevenlabs;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.locutor.problem.LocutorException;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At most {@code ELEVENLABS_CONCURRENCY} requests in flight to ElevenLabs from this instance; others wait, bounded by
 * {@code ELEVENLABS_POOL_TIMEOUT}, then fail clearly. When ElevenLabs still answers a concurrency 429, the plan allows
 * fewer than configured: the live limit drops by one (never below one), and comes back one at a time after a run of
 * successes. A semaphore, because Camel's throttle EIP
 * cannot bound the wait nor lower its limit at run time.
 */
public class ElevenLabsSlots {

    private static final Logger LOG = LoggerFactory.getLogger(ElevenLabsSlots.class);
    private static final String HELD = "locutorElevenLabsSlot";

    /** Successful calls in a row (per slot of the configured limit) after which one lowered slot is given back. */
    public static final int RECOVER_AFTER = 10;

    private final Limit permits;
    private final int configured;
    private final AtomicInteger limit;
    private final AtomicInteger successes = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final long waitMillis;

    public ElevenLabsSlots(int concurrency, long waitMillis) {
        if (concurrency < 1) {
            throw new IllegalStateException("ELEVENLABS_CONCURRENCY must be at least 1, not " + concurrency);
        }
        this.permits = new Limit(concurrency);
        this.configured = concurrency;
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

    /**
     * {@link #acquire}, {@link #succeeded} and {@link #release} as the steps of an attempt's route, bound as
     * {@code takeElevenLabsSlot}, {@code countElevenLabsSuccess} and {@code giveBackElevenLabsSlot} for
     * {@code process: ref:}: a {@code bean:} step has Camel choose the method and bind its parameters on every call,
     * three times on every cache miss (bench/README.md, "Twenty-fifth run").
     */
    public Processor acquireStep() {
        return this::acquire;
    }

    /** See {@link #acquireStep}. */
    public Processor succeededStep() {
        return exchange -> succeeded();
    }

    /** See {@link #acquireStep}. */
    public Processor releaseStep() {
        return this::release;
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

    /**
     * A call ElevenLabs answered without a concurrency refusal. After {@link #RECOVER_AFTER} times the configured limit
     * of them in a row, a lowered limit goes back up by one (never above the configured one): a single 429 (another
     * client of the same account, a moment of load) must not cost throughput for good.
     */
    public void succeeded() {
        if (limit.get() >= configured) {
            return;
        }
        if (successes.incrementAndGet() >= RECOVER_AFTER * configured) {
            successes.set(0);
            int now = limit.getAndUpdate(n -> n < configured ? n + 1 : n);
            if (now < configured) {
                permits.release();
                LOG.info("ElevenLabs took {} calls in a row without a concurrency refusal: concurrency raised from {} to {}",
                        RECOVER_AFTER * configured, now, now + 1);
            }
        }
    }

    /** ElevenLabs said we are over the plan's concurrency: run one fewer from now on. */
    public void overLimit() {
        successes.set(0);
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
