package io.locutor.support;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Plays ElevenLabs' plan concurrency: counts requests in flight on stubs that name this transformer and answers
 * 429 {@code too_many_concurrent_requests} (as ElevenLabs does) to any request beyond the limit. WireMock cannot count
 * in-flight requests by itself: a request counts from its match until its answer is completely sent.
 */
public final class InFlightLimit implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "in-flight-limit";

    private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    private static final AtomicInteger MAX_SEEN = new AtomicInteger();
    private static final AtomicInteger REJECTED = new AtomicInteger();
    private static final Set<UUID> COUNTED = ConcurrentHashMap.newKeySet();
    private static volatile int limit = Integer.MAX_VALUE;

    public static void reset(int newLimit) {
        limit = newLimit;
        MAX_SEEN.set(0);
        REJECTED.set(0);
    }

    public static int maxInFlight() {
        return MAX_SEEN.get();
    }

    public static int rejected() {
        return REJECTED.get();
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        int now = IN_FLIGHT.incrementAndGet();
        COUNTED.add(serveEvent.getId());
        MAX_SEEN.accumulateAndGet(now, Math::max);
        if (now > limit) {
            REJECTED.incrementAndGet();
            return ElevenLabsSimulator.error(429, "{\"detail\":{\"status\":\"too_many_concurrent_requests\",\"message\":"
                    + "\"Too many concurrent requests\"}}").build();
        }
        return serveEvent.getResponseDefinition();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }

    /** The other half: a request stops counting once its answer is completely sent (a listener applies to all). */
    public static final class Done implements ServeEventListener {
        @Override
        public void afterComplete(ServeEvent serveEvent, Parameters parameters) {
            if (COUNTED.remove(serveEvent.getId())) {
                IN_FLIGHT.decrementAndGet();
            }
        }

        @Override
        public String getName() {
            return NAME + "-done";
        }
    }
}
