package io.locutor.elevenlabs;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.locutor.problem.LocutorException;
import org.apache.camel.Exchange;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * Classifies ElevenLabs failures: which are worth another attempt (429, 408, 5xx, I/O) and what each one means to
 * our caller. ElevenLabs sends quota and key problems as 401 with {@code detail.status} (or {@code detail.code}),
 * so the body is read, not only the status.
 */
public class ElevenLabsErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** For the error handler's {@code onWhen}: retry transient failures only; never a 4xx that cannot succeed. */
    public boolean isRetryable(Exchange exchange) {
        Throwable failure = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (failure instanceof HttpOperationFailedException http) {
            int status = http.getStatusCode();
            return status == 408 || status == 429 || status >= 500;
        }
        return failure instanceof IOException;
    }

    /** What an upstream HTTP failure means to our caller, after any retries. */
    public LocutorException describe(HttpOperationFailedException failure) {
        int status = failure.getStatusCode();
        Upstream upstream = Upstream.parse(failure.getResponseBody());
        String reason = upstream.reason();
        if (status == 401 && reason.contains("quota")) {
            return new LocutorException(502, "elevenlabs_quota_exceeded", "The ElevenLabs account has no characters left"
                    + upstream.suffix() + ". Raise the plan's quota or wait for its reset; cached audio is still served.");
        }
        if (status == 401) {
            return new LocutorException(502, "elevenlabs_invalid_api_key", "ElevenLabs rejected the API key"
                    + upstream.suffix() + ". Set a valid ELEVENLABS_API_KEY and restart locutor.");
        }
        if (status == 403) {
            return new LocutorException(502, "elevenlabs_forbidden", "ElevenLabs refused this request for the account"
                    + upstream.suffix() + ". Check the key's permissions and the plan's features (voice, model, format).");
        }
        if (status == 404) {
            return new LocutorException(400, "voice_not_found", "ElevenLabs does not know this voice" + upstream.suffix()
                    + ". List voices with GET /v1/voices.", "voice");
        }
        if (status == 400 || status == 422) {
            return new LocutorException(400, "upstream_rejected", "ElevenLabs rejected the request" + upstream.suffix() + ".",
                    upstream.field());
        }
        if (status == 429) {
            return new LocutorException(503, "elevenlabs_busy", "ElevenLabs is over its rate or concurrency limit and "
                    + "stayed so through every retry" + upstream.suffix() + ". Retry later.");
        }
        if (status == 408 || status == 504) {
            return new LocutorException(504, "elevenlabs_timeout", "ElevenLabs did not answer in time through every retry. Retry later.");
        }
        if (status >= 500) {
            return new LocutorException(503, "elevenlabs_unavailable", "ElevenLabs answered " + status
                    + " through every retry" + upstream.suffix() + ". Retry later.");
        }
        return new LocutorException(502, "elevenlabs_error", "ElevenLabs answered " + status + upstream.suffix() + ".");
    }

    /** What a network failure towards ElevenLabs means to our caller, after any retries. */
    public LocutorException describe(IOException failure) {
        if (failure instanceof SocketTimeoutException || failure.getClass().getSimpleName().contains("Timeout")) {
            return new LocutorException(504, "elevenlabs_timeout", "ElevenLabs did not answer in time through every retry. Retry later.");
        }
        return new LocutorException(503, "elevenlabs_unreachable", "ElevenLabs could not be reached through every retry ("
                + failure.getClass().getSimpleName() + "). Retry later.");
    }

    /** The useful part of an ElevenLabs error body: {@code detail} as an object, or as FastAPI's validation list. */
    record Upstream(String status, String message, String field) {

        static Upstream parse(String body) {
            try {
                JsonNode detail = JSON.readTree(body == null || body.isBlank() ? "{}" : body).path("detail");
                if (detail.isArray() && !detail.isEmpty()) {
                    JsonNode first = detail.get(0);
                    JsonNode loc = first.path("loc");
                    String field = loc.isArray() && !loc.isEmpty() ? loc.get(loc.size() - 1).asText() : null;
                    return new Upstream(first.path("type").asText(""), first.path("msg").asText(null), field);
                }
                if (detail.isObject()) {
                    String status = detail.path("status").asText(detail.path("code").asText(""));
                    return new Upstream(status, detail.path("message").asText(null), null);
                }
                if (detail.isTextual()) {
                    return new Upstream("", detail.asText(), null);
                }
            } catch (IOException e) {
                // not JSON: nothing more to say than the status
            }
            return new Upstream("", null, null);
        }

        String reason() {
            return (status + " " + (message == null ? "" : message)).toLowerCase(Locale.ROOT);
        }

        String suffix() {
            StringBuilder s = new StringBuilder();
            if (!status.isBlank()) {
                s.append(" (").append(status).append(')');
            }
            if (message != null && !message.isBlank()) {
                s.append(": ").append(message);
            }
            return s.toString();
        }
    }
}
