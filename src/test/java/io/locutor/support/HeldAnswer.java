package io.locutor.support;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * An ElevenLabs answer held back until the test lets it go ({@link #release}), on stubs that name this transformer:
 * "still generating" is then a fact the test controls, not a fixed delay that a loaded machine can outlast (a 10 s
 * delay ended before a busy run's assertions came). A hold ends by itself after {@link #LONGEST_HOLD_SECONDS}, so a
 * failing test never leaves WireMock's threads waiting.
 */
public final class HeldAnswer implements ResponseTransformerV2 {

    public static final String NAME = "held-answer";
    private static final long LONGEST_HOLD_SECONDS = 120;
    private static final Map<String, CompletableFuture<Void>> RELEASED = new ConcurrentHashMap<>();

    /** Lets every held answer whose request contains this marker go (and any such request arriving later). */
    public static void release(String marker) {
        gate(marker).complete(null);
    }

    /** A fresh hold for requests with this marker (a marker released by an earlier test holds again). */
    public static void hold(String marker) {
        RELEASED.put(marker, new CompletableFuture<>());
    }

    private static CompletableFuture<Void> gate(String marker) {
        return RELEASED.computeIfAbsent(marker, k -> new CompletableFuture<>());
    }

    /** Runs after the request was matched (so {@link ElevenLabsSimulator#arrivalOf} has fired), before the answer. */
    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        String body = serveEvent.getRequest().getBodyAsString();
        RELEASED.forEach((marker, released) -> {
            if (body != null && body.contains(marker)) {
                try {
                    released.get(LONGEST_HOLD_SECONDS, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // held long enough: answer now
                }
            }
        });
        return response;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
