package io.locutor.intake;


import java.util.LinkedHashMap;
import java.util.Map;

import io.locutor.problem.LocutorException;
import io.locutor.problem.Problem;
import io.locutor.problem.Problems;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.apache.camel.Headers;
import io.locutor.observe.LocutorMetrics;
import io.locutor.observe.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shapes the queue door's messages: the reply (to reply_to or the result queue) and the dead letter. */
public class QueueMessages {

    private static final Logger LOG = LoggerFactory.getLogger(QueueMessages.class);

    public static final String REASON_CODE = "LocutorErrorCode";
    public static final String REASON = "LocutorErrorMessage";
    public static final String REASON_FIELD = "LocutorErrorField";
    /** Artemis turns this JMS property into the AMQP message's content-type (and sends no property of that name). */
    public static final String AMQP_CONTENT_TYPE = "JMS_AMQP_ContentType";
    /** Why this message failed, kept for both the error reply and the dead letter. */
    public static final String PROBLEM = "queueProblem";

    private final Problems problems;
    private final String resultQueue;

    private final LocutorMetrics metrics;

    public QueueMessages(Problems problems, LocutorMetrics metrics, String resultQueue) {
        this.problems = problems;
        this.metrics = metrics;
        this.resultQueue = resultQueue;
    }

    /** The reply body: the result with {@code correlation_id}; headers name the destination and keep the id. */
    public Map<String, Object> reply(@Body Object result, @ExchangeProperty("delivery") Delivery delivery,
                                     @Headers Map<String, Object> headers, Exchange exchange) {
        replyHeaders(delivery, headers);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("correlation_id", delivery.correlationId());
        reply.put("result", result);
        metrics.settled(null, exchange);
        return reply;
    }

    /**
     * A failed request's answer, sent where its result would have gone (its reply_to / JMSReplyTo, else the result
     * queue) as well as dead-lettered: {@code {"correlation_id", "error": {"code", "message", "field"}}}.
     */
    public Map<String, Object> errorReply(@ExchangeProperty(PROBLEM) Problem.Detail why,
                                          @ExchangeProperty("delivery") Delivery delivery, @Headers Map<String, Object> headers) {
        replyHeaders(delivery, headers);
        headers.put(REASON_CODE, why.code());
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("correlation_id", delivery == null ? null : delivery.correlationId());
        reply.put("error", why);
        return reply;
    }

    /**
     * Why the message failed: the problem its synthesis came back with (described there), or the exception caught
     * reading it, described and reported here.
     */
    public Problem.Detail describe(@ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Throwable failure, @Body Object body,
                                   Exchange exchange) {
        if (body instanceof Problem problem) {
            return problem.error();
        }
        LocutorException described = problems.reported(failure);
        exchange.setProperty(LocutorMetrics.STATUS, described.status());
        return new Problem.Detail(described.code(), described.getMessage(), described.field());
    }

    /** A message that kept failing unexpectedly: it is dead-lettered by locutor, with a reason, not by the broker. */
    public Problem.Detail exhausted(@ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Throwable failure,
                                   @Header("JMSXDeliveryCount") Integer deliveries) {
        LocutorException described = problems.describe(failure);
        return new Problem.Detail(described.code(), "Failed on each of its " + deliveries + " deliveries: "
                + described.getMessage(), described.field());
    }

    /** The rollback's log line, caller values escaped. */
    public void logRollback(@ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Throwable failure,
                            @Header("JMSXDeliveryCount") Integer deliveries) {
        LOG.warn("Queue request rolled back for redelivery (delivery {}): {}", deliveries,
                LogSafe.value(failure == null ? "unknown failure" : failure.getMessage()));
    }

    private void replyHeaders(Delivery delivery, Map<String, Object> headers) {
        headers.clear();
        if (delivery != null && delivery.correlationId() != null) {
            headers.put("JMSCorrelationID", delivery.correlationId());
        }
        headers.put("CamelJmsDestinationName", delivery != null && delivery.replyTo() != null ? delivery.replyTo() : resultQueue);
        headers.put(AMQP_CONTENT_TYPE, "application/json");
    }

    /**
     * The original message, with headers saying why it is dead: {@code LocutorErrorCode}, {@code LocutorErrorMessage},
     * {@code LocutorErrorField}. The cause is the exception caught, or the problem the synthesis answered with.
     */
    public String deadLetter(@ExchangeProperty("original") String original, @ExchangeProperty(PROBLEM) Problem.Detail why,
                             @ExchangeProperty("delivery") Delivery delivery, @Headers Map<String, Object> headers,
                             Exchange exchange) {
        metrics.settled(why.code(), exchange);
        headers.clear();
        headers.put(REASON_CODE, why.code());
        headers.put(REASON, why.message());
        if (why.field() != null) {
            headers.put(REASON_FIELD, why.field());
        }
        if (delivery != null && delivery.correlationId() != null) {
            headers.put("JMSCorrelationID", delivery.correlationId());
        }
        return original;
    }
}
