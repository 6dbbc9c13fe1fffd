package io.locutor.intake;

import java.util.function.Supplier;

import java.util.LinkedHashMap;
import java.util.Map;

import io.locutor.problem.LocutorException;
import io.locutor.problem.Problem;
import io.locutor.problem.Problems;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Headers;

/** Shapes the queue door's messages: the reply (to reply_to or the result queue) and the dead letter. */
public class QueueMessages {

    public static final String REASON_CODE = "LocutorErrorCode";
    public static final String REASON = "LocutorErrorMessage";
    public static final String REASON_FIELD = "LocutorErrorField";

    private final Supplier<Problems> problems;
    private final String resultQueue;

    public QueueMessages(Supplier<Problems> problems, String resultQueue) {
        this.problems = problems;
        this.resultQueue = resultQueue;
    }

    /** The reply body: the result with {@code correlation_id}; headers name the destination and keep the id. */
    public Map<String, Object> reply(@Body Object result, @ExchangeProperty("delivery") Delivery delivery,
                                     @Headers Map<String, Object> headers) {
        headers.clear();
        headers.put("JMSCorrelationID", delivery.correlationId());
        headers.put("CamelJmsDestinationName", delivery.replyTo() != null ? delivery.replyTo() : resultQueue);
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("correlation_id", delivery.correlationId());
        reply.put("result", result);
        return reply;
    }

    /**
     * The original message, with headers saying why it is dead: {@code LocutorErrorCode}, {@code LocutorErrorMessage},
     * {@code LocutorErrorField}. The cause is the exception caught, or the problem the synthesis answered with.
     */
    public String deadLetter(@ExchangeProperty("original") String original, @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Throwable failure,
                             @Body Object body, @ExchangeProperty("delivery") Delivery delivery,
                             @Headers Map<String, Object> headers) {
        Problem.Detail why;
        if (body instanceof Problem problem) {
            why = problem.error();
        } else {
            LocutorException described = problems.get().describe(failure);
            why = new Problem.Detail(described.code(), described.getMessage(), described.field());
        }
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
