package io.locutor.wiring;

import java.nio.file.Path;
import java.time.Clock;

import io.locutor.Settings;
import io.locutor.elevenlabs.ElevenLabsConfig;
import io.locutor.elevenlabs.ElevenLabsErrors;
import io.locutor.elevenlabs.ElevenLabsRequests;
import io.locutor.elevenlabs.ElevenLabsResponses;
import io.locutor.elevenlabs.ElevenLabsRetries;
import io.locutor.elevenlabs.ElevenLabsSlots;
import io.locutor.elevenlabs.ModelLimits;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.component.http.HttpComponent;

/**
 * The ElevenLabs call: its settings, the pooled HTTP client (the {@code http}/{@code https} components), the request
 * and answer shapes, the concurrency slots, the error reading and retry log, and the models' limits.
 */
record ElevenLabsWiring(ElevenLabsConfig config, ElevenLabsRequests requests, ElevenLabsResponses responses,
                        ElevenLabsSlots slots, ElevenLabsErrors errors, ElevenLabsRetries retries, ModelLimits modelLimits) {

    static ElevenLabsWiring wire(CamelContext camel, Settings settings, Path scratch, MeterRegistry meters, Clock clock)
            throws Exception {
        ElevenLabsConfig config = new ElevenLabsConfig(
                settings.get("locutor.elevenlabs.api-key"),
                settings.get("locutor.elevenlabs.base-url"),
                settings.integer("locutor.elevenlabs.max-connections"),
                settings.integer("locutor.elevenlabs.pool-timeout"),
                settings.integer("locutor.elevenlabs.connection-timeout"),
                settings.integer("locutor.elevenlabs.read-timeout"),
                settings.set("locutor.elevenlabs.language-code-models"));
        configureHttpClient(camel, "http", config);
        configureHttpClient(camel, "https", config);
        ElevenLabsSlots slots = new ElevenLabsSlots(settings.integer("locutor.elevenlabs.concurrency"),
                config.poolTimeoutSeconds() * 1000L);
        ElevenLabsErrors errors = new ElevenLabsErrors(slots, settings.integer("locutor.elevenlabs.max-retry-after") * 1000L);
        return new ElevenLabsWiring(config, new ElevenLabsRequests(config), new ElevenLabsResponses(scratch), slots, errors,
                new ElevenLabsRetries(errors, meters), new ModelLimits(clock));
    }

    /** One pooled HTTP client for ElevenLabs: pool size and waits from the seed's variables (seconds → ms). */
    private static void configureHttpClient(CamelContext camel, String scheme, ElevenLabsConfig config) {
        HttpComponent http = camel.getComponent(scheme, HttpComponent.class);
        // locutor's own pool, which carries the pool size (the component's maxTotalConnections and connectionsPerRoute
        // only size a pool it builds itself): it reuses connections idle under 10 s without HttpClient's 1 ms check
        http.setClientConnectionManager(io.locutor.elevenlabs.ElevenLabsConnections.pool(config));
        // The pool also carries the connect and socket (read) timeouts: with a connection manager of its own, Camel
        // 4.17's HttpComponent applies its soTimeout nowhere (it only builds a SocketConfig for a pool it makes itself).
        // These three go into each request's RequestConfig and act whoever built the pool (ElevenLabsTimeoutsTest).
        http.setConnectionRequestTimeout(config.poolTimeoutSeconds() * 1000L);
        http.setConnectTimeout(config.connectionTimeoutSeconds() * 1000L);
        http.setResponseTimeout(config.readTimeoutSeconds() * 1000L);
        // Camel's redelivery policy is the only retry: the client's own would double calls and ignore the budget.
        http.setAutomaticRetriesDisabled(true);
        http.setRedirectHandlingDisabled(true);
        // An API called with a key needs no cookies: without a cookie store, HttpClient runs no cookie interceptors and
        // Camel clears no expired cookies before every call (0.7% of a cache miss's worker samples, bench/README.md,
        // "Sixteenth run"), and no cookie an answer sets rides on the next request.
        http.setCookieManagementDisabled(true);
    }
}
