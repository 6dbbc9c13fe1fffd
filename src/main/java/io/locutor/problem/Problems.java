package io.locutor.problem;

import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;

import io.locutor.cache.CacheUnavailableException;
import io.locutor.cache.GenerationFailedException;
import io.locutor.elevenlabs.ElevenLabsErrors;
import io.locutor.observe.LogSafe;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import io.locutor.observe.LocutorMetrics;
import org.apache.camel.http.base.HttpOperationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns any failure into the caller's answer: a status, a code and a message that says what to fix; never a stack trace. */
public class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private final ElevenLabsErrors elevenLabsErrors;
    private volatile Consumer<LocutorException> watcher = problem -> { };

    public Problems(ElevenLabsErrors elevenLabsErrors) {
        this.elevenLabsErrors = elevenLabsErrors;
    }

    /**
     * The error body of an HTTP door (or of a failure no door took): sets the status and content type, drops every
     * other header, and keeps the code for the request's count and access log line.
     */
    public Problem respond(@ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Throwable failure, Exchange exchange) {
        LocutorException problem = reported(failure);
        exchange.setProperty(LocutorMetrics.ERROR_CODE, problem.code());
        Map<String, Object> headers = exchange.getMessage().getHeaders();
        headers.clear();
        headers.put(Exchange.HTTP_RESPONSE_CODE, problem.status());
        headers.put(Exchange.CONTENT_TYPE, Problem.MEDIA_TYPE);
        headers.putAll(problem.headers());
        return Problem.of(problem.status(), problem.code(), problem.getMessage(), problem.field());
    }

    /**
     * A failure described at its door, and reported there: logged once (a stack trace only for the unexpected: the
     * "internal_error" message promises its cause is in the log), and shown to whoever watches failures (ElevenLabs'
     * health: a key or plan no retry fixes). Every door that answers a failure describes it through this.
     */
    public LocutorException reported(Throwable failure) {
        LocutorException problem = describe(failure);
        report(problem, failure);
        return problem;
    }

    private void report(LocutorException problem, Throwable failure) {
        if (problem.status() >= 500) {
            if ("internal_error".equals(problem.code())) {
                LOG.error("Request failed unexpectedly", failure);
            } else {
                LOG.warn("Request failed: {} {}", problem.code(), LogSafe.value(problem.getMessage()));
            }
        } else {
            LOG.info("Request refused: {} {}", problem.code(), LogSafe.value(problem.getMessage()));
        }
        watcher.accept(problem);
    }

    /** Who is told of every failure reported (set once the watcher exists). */
    public void watchedBy(Consumer<LocutorException> watcher) {
        this.watcher = watcher;
    }

    public LocutorException describe(Throwable failure) {
        if (failure instanceof GenerationFailedException && failure.getCause() != null) {
            return describe(failure.getCause());
        }
        if (failure instanceof LocutorException known) {
            return known;
        }
        if (failure instanceof CacheUnavailableException) {
            return new LocutorException(503, "cache_unavailable", "The shared cache backend (Redis) is not answering, and "
                    + "this request needs it. Retry shortly; synthesis itself goes on without it.");
        }
        if (failure instanceof HttpOperationFailedException || failure instanceof IOException
                || failure instanceof CallNotPermittedException) {
            return elevenLabsErrors.failure(failure);
        }
        return new LocutorException(500, "internal_error", "locutor failed unexpectedly; the cause is in its log. Retry, "
                + "and report it if it persists.");
    }
}
