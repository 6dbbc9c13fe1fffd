package io.locutor.cache;

/** An identical request was generating this audio and failed; waiters answer with the same failure. */
public class GenerationFailedException extends RuntimeException {

    public GenerationFailedException(Throwable cause) {
        super(cause == null ? "the identical request in flight failed" : cause.getMessage(), cause, false, false);
    }
}
