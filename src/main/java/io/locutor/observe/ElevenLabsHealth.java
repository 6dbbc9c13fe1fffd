package io.locutor.observe;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import io.locutor.problem.LocutorException;
import org.apache.camel.Processor;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * ElevenLabs as readiness sees it: DOWN while the last answer said the key is invalid or the quota is spent (new audio
 * cannot be made until an operator acts); UP again after the next successful generation. Without a key at all it
 * stays UP and says so: locutor was started cache-only on purpose.
 */
public class ElevenLabsHealth extends AbstractHealthCheck {

    /** The answers that no retry fixes: an operator must change the key or the plan. */
    private static final Set<String> BLOCKING = Set.of("elevenlabs_invalid_api_key", "elevenlabs_quota_exceeded", "elevenlabs_forbidden");

    private final boolean hasApiKey;
    private final Clock clock;
    private final AtomicReference<Failure> lastFailure = new AtomicReference<>();

    public ElevenLabsHealth(boolean hasApiKey, Clock clock) {
        super("locutor", "elevenlabs");
        this.hasApiKey = hasApiKey;
        this.clock = clock;
    }

    /** Told of every failure reported, at whichever door; remembers the ones that block generation. */
    public void failed(LocutorException problem) {
        if (BLOCKING.contains(problem.code())) {
            lastFailure.set(new Failure(problem.code(), problem.getMessage(), clock.instant()));
        }
    }

    /** Called after each successful generation. */
    public void succeeded() {
        lastFailure.set(null);
    }

    /**
     * {@link #succeeded} as a route's step, bound as {@code elevenLabsHealthy} for {@code process: ref:}: a
     * {@code bean:} step has Camel choose the method and bind it on every call (bench/README.md, "Twenty-fifth run").
     */
    public Processor succeededStep() {
        return exchange -> succeeded();
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        Failure failure = lastFailure.get();
        if (!hasApiKey) {
            // Deliberately started without a key: a cache-only instance is still ready for what it can do.
            builder.detail("reason", "elevenlabs_api_key_missing")
                    .message("elevenlabs_api_key_missing: ELEVENLABS_API_KEY is not set; only cached audio is served").up();
        } else if (failure != null) {
            builder.detail("reason", failure.code()).detail("since", failure.at().toString()).message(failure.code() + ": " + failure.message()).down();
        } else {
            builder.up();
        }
    }

    private record Failure(String code, String message, Instant at) {
    }
}
