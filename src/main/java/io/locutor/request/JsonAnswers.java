package io.locutor.request;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Headers;

/**
 * The body of an answer to an HTTP caller as JSON text, with its media type: one shared, thread-safe Jackson writer
 * (the same plain mapper Camel's {@code marshal: json: Jackson} uses, so the text is the same). Camel's {@code marshal}
 * looked its route up on every call (copying the route list under a lock), which parked cache hits behind each other;
 * a String is written to the caller at once, where a stream would be pumped in blocks through worker threads.
 */
public class JsonAnswers {

    public static final String JSON = "application/json";
    /** RFC 9457's media type for an error answer. */
    public static final String PROBLEM_JSON = "application/problem+json";

    private static final ObjectWriter WRITER = new ObjectMapper().writer();

    /** An answer: the body as JSON text, {@code Content-Type: application/json}. */
    public String write(@Body Object body, @Headers Map<String, Object> headers) throws JsonProcessingException {
        headers.put(Exchange.CONTENT_TYPE, JSON);
        return text(body);
    }

    /** The JSON text of an answer's body, as {@link #write} gives it (for a door answering outside Camel). */
    public static String text(Object body) throws JsonProcessingException {
        return WRITER.writeValueAsString(body);
    }

    /** An error answer: the problem as JSON text, {@code Content-Type: application/problem+json}. */
    public String problem(@Body Object body, @Headers Map<String, Object> headers) throws JsonProcessingException {
        headers.put(Exchange.CONTENT_TYPE, PROBLEM_JSON);
        return WRITER.writeValueAsString(body);
    }
}
