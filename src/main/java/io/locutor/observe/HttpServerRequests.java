package io.locutor.observe;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.SynchronizationRouteAware;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * Every HTTP request counted in one place, when its exchange completes (whatever route answered it), instead of
 * metrics steps in the routes: {@code locutor.requests} and {@code locutor.request.duration} by door (the REST verb's
 * route) and outcome, its access log line ({@link LocutorMetrics#answeredOverHttp}), and the HTTP server's meter
 * {@code http.server.requests} (Prometheus: {@code http_server_requests_seconds}) by route and status.
 */
public class HttpServerRequests extends EventNotifierSupport {

    /** Exchange property: the id of the exchange the HTTP request came in as. */
    private static final String CALLER_EXCHANGE = "locutorHttpExchange";

    private final MeterRegistry registry;
    private final LocutorMetrics metrics;
    /** Built once per route and status, then found here: not registered again on every request. */
    private final java.util.concurrent.ConcurrentMap<TimerKey, Timer> timers = new java.util.concurrent.ConcurrentHashMap<>();

    public HttpServerRequests(MeterRegistry registry, LocutorMetrics metrics) {
        this.registry = registry;
        this.metrics = metrics;
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreExchangeSentEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeCreatedEvent || event instanceof CamelEvent.ExchangeCompletedEvent
                || event instanceof CamelEvent.ExchangeFailedEvent;
    }

    /**
     * Counted as the door's route ends, before the answer is written (a caller that reads the metrics after its answer
     * finds its request counted); timed for the HTTP server's meter once the exchange completes.
     */
    private void countAtDoor(Exchange exchange) {
        exchange.setProperty(CALLER_EXCHANGE, exchange.getExchangeId());
        exchange.getExchangeExtension().addOnCompletion(new DoorEnd());
    }

    /** Sees the exchange leave each route; the door's route is the one it came in by. */
    private final class DoorEnd extends SynchronizationAdapter implements SynchronizationRouteAware {
        @Override
        public void onBeforeRoute(Route route, Exchange exchange) {
        }

        /** Stays with the caller's exchange: copies made inside (circuit breaker, recipient list) are not the request. */
        @Override
        public boolean allowHandover() {
            return false;
        }

        @Override
        public void onAfterRoute(Route route, Exchange exchange) {
            if (route.getRouteId().equals(exchange.getFromRouteId())) {
                metrics.answeredOverHttp(exchange, status(exchange));
            }
        }
    }

    private static int status(Exchange exchange) {
        return exchange.isFailed() ? 500 : exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 200, Integer.class);
    }

    @Override
    public void notify(CamelEvent event) {
        Exchange exchange = ((CamelEvent.ExchangeEvent) event).getExchange();
        if (exchange.getFromEndpoint() == null || !exchange.getFromEndpoint().getEndpointUri().startsWith("platform-http:")) {
            return;
        }
        if (event instanceof CamelEvent.ExchangeCreatedEvent) {
            // copies made inside (circuit breaker, recipient list) are created with a correlation id
            if (exchange.getProperty(Exchange.CORRELATION_ID) == null) {
                countAtDoor(exchange);
            }
            return;
        }
        // the caller's own exchange only: copies made inside complete too, carrying the caller's marker
        if (!exchange.getExchangeId().equals(exchange.getProperty(CALLER_EXCHANGE, String.class))) {
            return;
        }
        int status = status(exchange);
        String route = exchange.getFromRouteId() == null ? "none" : exchange.getFromRouteId();
        long millis = exchange.getClock().elapsed();
        metrics.answeredOverHttp(exchange, status); // if no door route ended (counted once: it marks the exchange)
        timed(route, status, millis);
    }

    /** The HTTP server's meter for one request (also for requests answered outside Camel: the stored-audio door). */
    public void timed(String route, int status, long millis) {
        // found by a record of the two (hashes of the route's interned string and the status), not a string joined
        // and hashed anew on every request
        timers.computeIfAbsent(new TimerKey(route, status), key -> Timer.builder("http.server.requests")
                        .description("HTTP requests served, by REST route and status")
                        .tag("route", route).tag("status", Integer.toString(status)).register(registry))
                .record(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private record TimerKey(String route, int status) {
    }
}
