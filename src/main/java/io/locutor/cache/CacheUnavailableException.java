package io.locutor.cache;

/** The shared cache backend did not answer (down, or slower than its command timeout): serve without it. */
public class CacheUnavailableException extends RuntimeException {

    public CacheUnavailableException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
