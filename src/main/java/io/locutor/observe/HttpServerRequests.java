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
 */
public class HttpServerRequests extends EventNotifierSupport {

    private final Supplier<MeterRegistry> registry;

    public HttpServerRequests(Supplier<MeterRegistry> registry) {
        this.registry = registry;
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
        if (exchange.getFromEndpoint() == null || !exchange.getFromEndpoint().getEndpointUri().startsWith("platform-http:")) {
            return;
        }
        MeterRegistry meters = registry.get();
        if (meters == null) {
            return;
        }
        int status = exchange.isFailed() ? 500 : exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 200, Integer.class);
        Timer.builder("http.server.requests").description("HTTP requests served, by REST route and status")
                .tag("route", exchange.getFromRouteId() == null ? "none" : exchange.getFromRouteId())
                .tag("status", Integer.toString(status))
                .register(meters).record(Duration.ofMillis(exchange.getClock().elapsed()));
    }
}
