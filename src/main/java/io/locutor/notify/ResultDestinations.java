package io.locutor.notify;

import java.util.ArrayList;
import java.util.List;

import io.locutor.intake.Deliveries;
import io.locutor.intake.Delivery;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Predicate;

/**
 * Where a result goes besides the caller's own reply (HTTP answer, queue reply or manifest): the request's or
 * campaign's webhook, and the result queue when every result is to be published there.
 */
public class ResultDestinations {

    private final boolean publishAll;

    public ResultDestinations(boolean publishAll) {
        this.publishAll = publishAll;
    }

    /** Whether the result goes anywhere besides the caller's reply (else the caller skips the fan-out). */
    public boolean any(@ExchangeProperty("delivery") Delivery delivery) {
        return !of(delivery).isEmpty();
    }

    /** {@link #any} as a route's condition, bound as {@code resultHasDestinations} for {@code ref:} (no exchange copy). */
    public Predicate anyCondition() {
        return exchange -> any(exchange.getProperty(Deliveries.PROPERTY, Delivery.class));
    }

    public List<String> of(@ExchangeProperty("delivery") Delivery delivery) {
        List<String> destinations = new ArrayList<>();
        if (delivery != null && delivery.callbackUrl() != null) {
            destinations.add("direct:webhook-outbox-enqueue"); // sent after the answer, by webhook-outbox
        }
        // The queue door already replies on the result queue.
        if (publishAll && (delivery == null || !Delivery.QUEUE.equals(delivery.door()))) {
            destinations.add("direct:publish-result");
        }
        return destinations;
    }
}
