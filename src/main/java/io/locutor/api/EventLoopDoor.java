package io.locutor.api;

import io.locutor.observe.HttpServerRequests;
import io.locutor.observe.LocutorMetrics;
import io.locutor.security.ApiKeys;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A door that answers some requests of a REST verb on the HTTP server's event loop, ahead of that verb's Camel route
 * on platform-http's router, and leaves every other request to the route ({@link StoredAudioDoor}, {@link CacheHitDoor}).
 * What the doors share: their place on the router (installed once the context has started, before every route
 * platform-http adds and after the start-up gate), the API-key check, and counting each answer as the route would
 * (locutor's meters and access line, the HTTP server's meter, a request id named as Camel names its exchanges).
 */
abstract class EventLoopDoor implements StartupListener {

    private static final Logger LOG = LoggerFactory.getLogger(EventLoopDoor.class);
    /** Before every route platform-http adds (0, 1, ...), after the start-up gate ({@link Integer#MIN_VALUE}). */
    static final int AHEAD_OF_ROUTES = -1;

    protected final ApiKeys apiKeys;
    protected final LocutorMetrics metrics;
    private final HttpServerRequests httpRequests;
    private final int port;
    private CamelContext camel;

    EventLoopDoor(ApiKeys apiKeys, LocutorMetrics metrics, HttpServerRequests httpRequests, int port) {
        this.apiKeys = apiKeys;
        this.metrics = metrics;
        this.httpRequests = httpRequests;
        this.port = port;
    }

    @Override
    public final void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
        if (alreadyStarted || camel != null || !serves()) {
            return;
        }
        VertxPlatformHttpRouter router = HttpServerErrors.router(context, port);
        if (router == null) {
            LOG.debug("No platform-http router on port {}: {} stays with the Camel routes", port, getClass().getSimpleName());
            return;
        }
        camel = context;
        install(router);
    }

    /** False when this door has nothing to answer in this configuration (then it is not installed). */
    protected boolean serves() {
        return true;
    }

    /** Adds this door's routes to the router, at order {@link #AHEAD_OF_ROUTES}. */
    protected abstract void install(VertxPlatformHttpRouter router);

    /** The id of a request answered here, named as Camel names an exchange (the access line's {@code request_id}). */
    protected final String requestId() {
        return camel.getUuidGenerator().generateUuid();
    }

    /** The HTTP server's meter ({@code http.server.requests}) for a request answered here, under its REST verb's id. */
    protected final void timed(String door, int status, long millis) {
        httpRequests.timed(door, status, millis);
    }
}
