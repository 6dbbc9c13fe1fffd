package io.locutor.api;

import java.util.concurrent.atomic.AtomicBoolean;

import io.vertx.ext.web.Route;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP port opens before the routes start (platform-http's server is a service started ahead of them, and the
 * broker, Redis and S3 clients start after it): until every route has started, API calls get a 503 with Retry-After,
 * in the one problem+json error shape (code {@code starting}), instead of Vert.x's 404 page. {@code /observe} (health,
 * metrics) is left to the management server.
 */
public class StartupGate extends ServiceSupport implements StartupListener {

    private static final Logger LOG = LoggerFactory.getLogger(StartupGate.class);

    private final AtomicBoolean ready = new AtomicBoolean();
    private final CamelContext camel;
    private boolean guarding;
    private Route gate;

    /**
     * Added as a service first thing in the wiring, so it starts right after the HTTP server (which Camel Main adds
     * before configuration runs); added as a startup listener last, so it opens after every other listener is ready.
     */
    public StartupGate(CamelContext camel) {
        this.camel = camel;
    }

    @Override
    protected void doStart() {
        guard();
    }

    /** The last moment before routes start, should the server have started after this service. */
    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
        guard();
    }

    /**
     * Open: every request passes, so the gate leaves the router (one route less for every request to go through).
     * Camel's "started in" line comes before this moment; the "ready" line is the one to wait for (deploy scripts,
     * the packaged-jar tests).
     */
    @Override
    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
        ready.set(true);
        synchronized (this) {
            if (gate != null) {
                gate.remove();
                gate = null;
            }
        }
        LOG.info("locutor is ready: every route has started and API requests are served");
    }

    private synchronized void guard() {
        if (guarding || ready.get()) {
            return;
        }
        int port = Integer.parseInt(camel.getPropertiesComponent().resolveProperty("camel.server.port").orElse("8080").trim());
        VertxPlatformHttpRouter router = VertxPlatformHttpRouter.lookup(camel, VertxPlatformHttpRouter.getRouterNameFromPort(port));
        if (router == null) {
            LOG.debug("The HTTP server has not started yet");
            return;
        }
        guarding = true;
        gate = router.route().order(Integer.MIN_VALUE).handler(request -> {
            if (ready.get() || request.normalizedPath().startsWith("/observe")) {
                request.next();
                return;
            }
            request.response().putHeader("Retry-After", "1");
            HttpServerErrors.write(request.request(), 503, "starting", "locutor is starting: retry in a moment.");
        });
    }
}
