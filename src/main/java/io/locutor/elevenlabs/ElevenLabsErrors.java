package io.locutor.elevenlabs;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.locutor.problem.LocutorException;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.http.base.HttpOperationFailedException;

/**
 * Classifies ElevenLabs failures by HTTP status AND {@code detail.status}/{@code detail.code} (quota comes as 401):
 * which are worth another attempt, how long to wait first ({@code Retry-After}, {@code retry-after-ms}), and what each
 * one means to our caller. Concurrency 429s lower the live concurrency limit; key and quota problems reach readiness
 * through the error answer ({@code elevenLabsHealth}).
 */
public class ElevenLabsErrors {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CONCURRENCY = Set.of("too_many_concurrent_requests", "concurrent_limit_exceeded");

    private final ElevenLabsSlots slots;
    private final long maxRetryAfterMillis;

    private static final String ATTEMPT = "locutorElevenLabsAttempt";
    private static final String ATTEMPT_MAX = "locutorElevenLabsAttemptMax";

    public ElevenLabsErrors(ElevenLabsSlots slots, long maxRetryAfterMillis) {
        this.slots = slots;
        this.maxRetryAfterMillis = maxRetryAfterMillis;
    }

    /**
     * The doCatch step of one ElevenLabs attempt: rethrows the failure classified. When ElevenLabs said how long to
     * wait, that wait becomes the next redelivery's delay ({@code CamelRedeliveryDelay}, read by Camel's error handler).
     */
    public void classify(@ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Throwable failure, Exchange exchange) {
        restoreAttemptCount(exchange);
        UpstreamFailure classified = failure(failure);
        if ("concurrency_limit".equals(classified.reason())) {
            slots.overLimit();
        }
        if (failure instanceof HttpOperationFailedException http && classified.retryable()) {
            Long wait = retryAfterMillis(http.getResponseHeaders());
            if (wait != null) {
                exchange.getIn().setHeader(Exchange.REDELIVERY_DELAY, Math.min(wait, maxRetryAfterMillis));
            }
        }
        throw classified;
    }

    /**
     * Remembers which attempt this is, as the attempt's request is shaped ({@link ElevenLabsRequests#textToSpeech}).
     * Camel's error handler counts attempts in message headers, and a 200 whose body breaks while the HTTP client reads
     * it fails after the message was replaced by the response: without this, every such retry would be "retry 1" and
     * the budget never spent.
     */
    static void keepAttemptCount(Exchange exchange) {
        exchange.setProperty(ATTEMPT, exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER, Integer.class));
        exchange.setProperty(ATTEMPT_MAX, exchange.getIn().getHeader(Exchange.REDELIVERY_MAX_COUNTER, Integer.class));
    }

    private static void restoreAttemptCount(Exchange exchange) {
        Integer attempt = exchange.getProperty(ATTEMPT, Integer.class);
        Integer max = exchange.getProperty(ATTEMPT_MAX, Integer.class);
        if (attempt != null && exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER) == null) {
            exchange.getIn().setHeader(Exchange.REDELIVERY_COUNTER, attempt);
            exchange.getIn().setHeader(Exchange.REDELIVERED, Boolean.TRUE);
        }
        if (max != null && exchange.getIn().getHeader(Exchange.REDELIVERY_MAX_COUNTER) == null) {
            exchange.getIn().setHeader(Exchange.REDELIVERY_MAX_COUNTER, max);
        }
    }

    /** For the error handler's {@code onWhen}: retry transient failures only; never one that cannot succeed. */
    public boolean isRetryable(Exchange exchange) {
        Throwable failure = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (failure instanceof LocutorException && !(failure instanceof UpstreamFailure)) {
            return false;
        }
        return failure != null && failure(failure).retryable();
    }

    /** What any failure towards ElevenLabs means (no side effects); ours ({@link LocutorException}) keep their answer. */
    public UpstreamFailure failure(Throwable failure) {
        if (failure instanceof UpstreamFailure known) {
            return known;
        }
        if (failure instanceof LocutorException ours) {
            return new UpstreamFailure(ours, ours.code(), false, ours.status() >= 500);
        }
        if (failure instanceof HttpOperationFailedException http) {
            return failure(http);
        }
        if (failure instanceof CallNotPermittedException) {
            return circuitOpen();
        }
        if (failure instanceof IOException io) {
            return failure(io);
        }
        return new UpstreamFailure(new LocutorException(500, "internal_error", "locutor failed unexpectedly; the cause "
                + "is in its log. Retry, and report it if it persists."), "internal_error", false, false);
    }

    /** The circuit breaker is open: ElevenLabs was not called. */
    public UpstreamFailure circuitOpen() {
        return new UpstreamFailure(new LocutorException(503, "elevenlabs_circuit_open", "ElevenLabs has been failing, "
                + "so locutor stopped calling it for a while (circuit breaker open). Retry later."), "circuit_open", false, true);
    }

    /** What an upstream HTTP failure means to our caller. */
    UpstreamFailure failure(HttpOperationFailedException http) {
        int status = http.getStatusCode();
        Upstream upstream = Upstream.parse(http.getResponseBody());
        String detail = upstream.status().toLowerCase(Locale.ROOT);
        String reason = detail.isBlank() ? "http_" + status : detail;
        if (status == 401 && (detail.contains("quota") || upstream.reason().contains("quota"))) {
            return new UpstreamFailure(new LocutorException(502, "elevenlabs_quota_exceeded", "The ElevenLabs account has "
                    + "no characters left" + upstream.suffix() + ". Raise the plan's quota or wait for its reset; cached "
                    + "audio is still served."), "quota_exceeded", false, true);
        }
        if (status == 401 || status == 403) {
            return status == 401
                    ? new UpstreamFailure(new LocutorException(502, "elevenlabs_invalid_api_key", "ElevenLabs rejected the "
                    + "API key" + upstream.suffix() + ". Set a valid ELEVENLABS_API_KEY and restart locutor."), reason, false, false)
                    : new UpstreamFailure(new LocutorException(502, "elevenlabs_forbidden", "ElevenLabs refused this request "
                    + "for the account" + upstream.suffix() + ". Check the key's permissions and the plan's features "
                    + "(voice, model, format)."), reason, false, false);
        }
        if (status == 404) {
            return new RejectedRequest(new LocutorException(400, "voice_not_found", "ElevenLabs does not know this voice"
                    + upstream.suffix() + ". List voices with GET /v1/voices.", "voice"), reason);
        }
        if (status == 400 || status == 422) {
            return new RejectedRequest(new LocutorException(400, "upstream_rejected", "ElevenLabs rejected the request"
                    + upstream.suffix() + ".", upstream.field()), "http_" + status);
        }
        if (status == 429 && CONCURRENCY.contains(detail)) {
            return new UpstreamFailure(new LocutorException(503, "elevenlabs_busy", "ElevenLabs is over the plan's "
                    + "concurrency limit and stayed so through every retry" + upstream.suffix() + ". Retry later."),
                    "concurrency_limit", true, true);
        }
        if (status == 429) {
            return new UpstreamFailure(new LocutorException(503, "elevenlabs_busy", "ElevenLabs is over its rate limit "
                    + "and stayed so through every retry" + upstream.suffix() + ". Retry later."), reason, true, true);
        }
        if (status == 408 || status == 504) {
            return new UpstreamFailure(new LocutorException(504, "elevenlabs_timeout", "ElevenLabs did not answer in time "
                    + "through every retry. Retry later."), "http_" + status, true, true);
        }
        if (status >= 500) {
            return new UpstreamFailure(new LocutorException(503, "elevenlabs_unavailable", "ElevenLabs answered " + status
                    + " through every retry" + upstream.suffix() + ". Retry later."), "http_" + status, true, true);
        }
        return new UpstreamFailure(new LocutorException(502, "elevenlabs_error", "ElevenLabs answered " + status
                + upstream.suffix() + "."), "http_" + status, false, true);
    }

    /** Network failures: timeouts, resets, empty or truncated bodies. All transient. */
    UpstreamFailure failure(IOException io) {
        String name = io.getClass().getSimpleName();
        if (io instanceof SocketTimeoutException || name.contains("Timeout")) {
            return new UpstreamFailure(new LocutorException(504, "elevenlabs_timeout", "ElevenLabs did not answer in time "
                    + "through every retry. Retry later."), "timeout", true, true);
        }
        if (io instanceof NotAudioException notAudio) {
            return new UpstreamFailure(new LocutorException(502, "elevenlabs_invalid_audio", "ElevenLabs (or a proxy in "
                    + "front of it) " + notAudio.getMessage() + " through every retry; nothing was stored. Retry later."),
                    "not_audio", true, true);
        }
        String reason = io instanceof EmptyAudioException ? "empty_body"
                : name.contains("ConnectionClosed") || name.contains("MalformedChunk") ? "truncated_body"
                : "connection_reset";
        return new UpstreamFailure(new LocutorException(503, "elevenlabs_unreachable", "ElevenLabs could not be reached "
                + "or broke off its answer through every retry (" + reason + "). Retry later."), reason, true, true);
    }

    /** {@code retry-after-ms} (milliseconds) wins over {@code Retry-After} (seconds); null when neither is usable. */
    static Long retryAfterMillis(Map<String, String> headers) {
        if (headers == null) {
            return null;
        }
        String ms = header(headers, "retry-after-ms");
        String seconds = header(headers, "retry-after");
        try {
            if (ms != null) {
                return Math.max(0, (long) Double.parseDouble(ms.trim()));
            }
            if (seconds != null) {
                return Math.max(0, (long) (Double.parseDouble(seconds.trim()) * 1000));
            }
        } catch (NumberFormatException e) {
            // an HTTP date or garbage: the policy's own backoff applies
        }
        return null;
    }

    private static String header(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> h : headers.entrySet()) {
            if (h.getKey() != null && h.getKey().equalsIgnoreCase(name)) {
                return h.getValue();
            }
        }
        return null;
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
