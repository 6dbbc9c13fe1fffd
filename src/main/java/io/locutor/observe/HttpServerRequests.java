package io.locutor.observe;

import java.time.Duration;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;

/**
 * The HTTP server's meter, {@code http.server.requests} (Prometheus: {@code http_server_requests_seconds}), by REST
 * route and status: every exchange that came in over platform-http, whatever route answered it, timed at completion.
 * Requests the synthesis doors did not already write to the access log (voices, usage, stored audio, ...) get their
 * line here, so every HTTP request has one.
 */
public class HttpServerRequests extends EventNotifierSupport {

    private final Supplier<MeterRegistry> registry;
    private final AccessLog accessLog;

    public HttpServerRequests(Supplier<MeterRegistry> registry, AccessLog accessLog) {
        this.registry = registry;
        this.accessLog = accessLog;
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreExchangeSentEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
        setIgnoreExchangeAsyncProcessingStartedEvents(true);
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeCompletedEvent || event instanceof CamelEvent.ExchangeFailedEvent;
    }

    @Override
    public void notify(CamelEvent event) {
        Exchange exchange = ((CamelEvent.ExchangeEvent) event).getExchange();
        // the caller's own exchange only: copies made inside (recipient lists, circuit breakers) carry a correlation id
        if (exchange.getFromEndpoint() == null || !exchange.getFromEndpoint().getEndpointUri().startsWith("platform-http:")
                || exchange.getProperty(Exchange.CORRELATION_ID) != null) {
            return;
        }
        int status = exchange.isFailed() ? 500 : exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 200, Integer.class);
        String route = exchange.getFromRouteId() == null ? "none" : exchange.getFromRouteId();
        long millis = exchange.getClock().elapsed();
        if (!exchange.getProperty(LocutorMetrics.LOGGED, false, Boolean.class)) {
            accessLog.write(new AccessLog.Entry(route, status >= 400 ? "error" : "ok", status, millis, 0, null, null, null,
                    exchange.getExchangeId()));
        }
        MeterRegistry meters = registry.get();
        if (meters == null) {
            return;
        }
        Timer.builder("http.server.requests").description("HTTP requests served, by REST route and status")
                .tag("route", route).tag("status", Integer.toString(status))
                .register(meters).record(Duration.ofMillis(millis));
    }
}
