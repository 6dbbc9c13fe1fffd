package io.locutor.elevenlabs;

import io.locutor.problem.LocutorException;

/**
 * One failed ElevenLabs attempt, classified: what the caller is told if it stays failed (status, code, message), the
 * reason retries and metrics name it by, whether another attempt can succeed, and whether a fallback may stand in.
 */
public class UpstreamFailure extends LocutorException {

    private final String reason;
    private final boolean retryable;
    private final boolean fallbackAllowed;

    public UpstreamFailure(LocutorException answer, String reason, boolean retryable, boolean fallbackAllowed) {
        super(answer.status(), answer.code(), answer.getMessage(), answer.field());
        this.reason = reason;
        this.retryable = retryable;
        this.fallbackAllowed = fallbackAllowed;
    }

    /** Short, key-free name of what went wrong (e.g. {@code http_503}, {@code system_busy}, {@code connection_reset}). */
    public String reason() {
        return reason;
    }

    public boolean retryable() {
        return retryable;
    }

    /** False for failures a fallback must not hide: our request was wrong, or the key is. */
    public boolean fallbackAllowed() {
        return fallbackAllowed;
    }
}
