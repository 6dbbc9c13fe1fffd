package io.locutor.intake;

import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.locutor.notify.CallbackGuard;
import io.locutor.problem.LocutorException;
import io.locutor.request.RequestReader;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Header;

/**
 * Separates delivery fields (callback_url, async, correlation_id, reply_to, id) from the speech fields of a request,
 * checks the callback URL, and keeps the {@link Delivery} in exchange property {@code delivery}.
 */
public class Deliveries {

    public static final String PROPERTY = "delivery";

    private final CallbackGuard guard;
    private final RequestReader reader;

    public Deliveries(CallbackGuard guard) {
        this(guard, new RequestReader());
    }

    public Deliveries(CallbackGuard guard, RequestReader reader) {
        this.guard = guard;
        this.reader = reader;
    }

    /**
     * POST /v1/audio: {@code callback_url}, and {@code async} or {@code Prefer: respond-async}. The body is read
     * once, strictly, from the bytes sent; the speech fields go on as a JSON object.
     */
    public Object fromHttp(@Body Object body, @Header("Prefer") String prefer, Exchange exchange) {
        boolean preferAsync = prefersAsync(prefer);
        exchange.setProperty(PROPERTY, rest(preferAsync));
        byte[] bytes = body instanceof String || body instanceof byte[] || body == null ? null
                : exchange.getContext().getTypeConverter().tryConvertTo(byte[].class, exchange, body);
        Object raw = bytes != null ? bytes : body;
        if (raw == null || (raw instanceof byte[] b && b.length == 0) || (raw instanceof String s && s.isBlank())) {
            return raw; // the request parser says what an empty body needs
        }
        ObjectNode request = reader.readObject(raw, "request body");
        JsonNode async = request.remove("async");
        if (async != null && !async.isBoolean()) {
            throw LocutorException.badRequest("async", "Field \"async\" must be true or false.");
        }
        Delivery delivery = new Delivery(Delivery.REST, null, callback(request), null, null,
                preferAsync || (async != null && async.asBoolean()));
        exchange.setProperty(PROPERTY, delivery);
        exchange.setProperty("async", delivery.async());
        return request;
    }

    /**
     * True when a {@code POST /v1/audio} request asks nothing of its delivery: answered now (no {@code async}, no
     * {@code Prefer: respond-async}) and sent nowhere else (no {@code callback_url}). {@link #fromHttp} would keep a
     * plain REST delivery for it; the cache-hit door answers only such requests and leaves the others to the route.
     */
    public static boolean asksNothing(ObjectNode request, String prefer) {
        return !prefersAsync(prefer) && !request.has("async") && !request.has("callback_url");
    }

    /** The plain REST delivery {@link #fromHttp} keeps for a request that {@link #asksNothing}. */
    public static Delivery plainRest() {
        return rest(false);
    }

    /** A REST caller's delivery: answered in the HTTP response, or later when it asked {@code Prefer: respond-async}. */
    private static Delivery rest(boolean preferAsync) {
        return new Delivery(Delivery.REST, null, null, null, null, preferAsync);
    }

    private static boolean prefersAsync(String prefer) {
        return prefer != null && prefer.toLowerCase(Locale.ROOT).contains("respond-async");
    }

    /** A queue message: {@code correlation_id} (else the JMS correlation id, else the message id), {@code reply_to}. */
    public Object fromQueue(@Body Object body, @Header("JMSCorrelationID") String jmsCorrelationId,
                            @Header("JMSMessageID") String messageId, @Header("JMSReplyTo") Object jmsReplyTo,
                            Exchange exchange) {
        String fallbackId = jmsCorrelationId != null ? jmsCorrelationId : messageId;
        exchange.setProperty(PROPERTY, new Delivery(Delivery.QUEUE, null, null, fallbackId, replyName(jmsReplyTo), false));
        ObjectNode request = reader.readObject(body, "message");
        String correlationId = text(request.remove("correlation_id"));
        String replyTo = text(request.remove("reply_to"));
        Delivery delivery = new Delivery(Delivery.QUEUE, null, callback(request),
                correlationId != null ? correlationId : fallbackId,
                replyTo != null ? replyTo : replyName(jmsReplyTo), false);
        exchange.setProperty(PROPERTY, delivery);
        return request;
    }

    /** One object of a JSON intake file: {@code id} names it in the manifest. */
    Delivery fromFileItem(ObjectNode request, String fallbackId, String campaignCallback) {
        String id = text(request.remove("id"));
        String callback = callback(request);
        return new Delivery(Delivery.FILE, id != null ? id : fallbackId, callback != null ? callback : campaignCallback,
                null, null, false);
    }

    /** A file's or campaign's callback URL, checked like a request's. */
    String checkedCallback(String field, String url) {
        return url == null || url.isBlank() ? null : guard.check(field, url);
    }

    private String callback(ObjectNode request) {
        JsonNode url = request.remove("callback_url");
        if (url == null || url.isNull()) {
            return null;
        }
        if (!url.isTextual()) {
            throw LocutorException.badRequest("callback_url", "Field \"callback_url\" must be a URL string.");
        }
        return guard.check("callback_url", url.asText());
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText().strip();
    }

    private static String replyName(Object destination) {
        if (destination instanceof jakarta.jms.Queue queue) {
            try {
                return queue.getQueueName();
            } catch (jakarta.jms.JMSException e) {
                return null;
            }
        }
        return destination == null ? null : destination.toString();
    }
}
