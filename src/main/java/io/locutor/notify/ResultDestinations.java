package io.locutor.notify;

import java.util.ArrayList;
import java.util.List;

import io.locutor.intake.Delivery;
import org.apache.camel.ExchangeProperty;

/**
 * Where a result goes besides the caller's own reply (HTTP answer, queue reply or manifest): the request's or
 * campaign's webhook, and the result queue when every result is to be published there.
 */
public class ResultDestinations {

    private final boolean publishAll;

    public ResultDestinations(boolean publishAll) {
        this.publishAll = publishAll;
    }

    /** True when the result goes somewhere besides the caller's reply (most requests: nowhere, and no fan-out runs). */
    public boolean any(@ExchangeProperty("delivery") Delivery delivery) {
        return !of(delivery).isEmpty();
    }

    public List<String> of(@ExchangeProperty("delivery") Delivery delivery) {
        List<String> destinations = new ArrayList<>();
        if (delivery != null && delivery.callbackUrl() != null) {
            destinations.add("direct:enqueue-webhook"); // sent after the answer, by webhook-outbox
        }
        // The queue door already replies on the result queue.
        if (publishAll && (delivery == null || !Delivery.QUEUE.equals(delivery.door()))) {
            destinations.add("direct:publish-result");
        }
        return destinations;
    }
}
