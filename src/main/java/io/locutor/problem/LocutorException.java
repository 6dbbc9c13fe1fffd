package io.locutor.problem;

/**
 * A failure that carries what the caller needs: an HTTP status, a stable code and a message that says what to fix.
 * Routes never show anything else to a caller.
 */
public class LocutorException extends RuntimeException {

    private final int status;
    private final String code;
    private final String field;
    private final java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();

    public LocutorException(int status, String code, String message) {
        this(status, code, message, null);
    }

    public LocutorException(int status, String code, String message, String field) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.field = field;
    }

    public static LocutorException badRequest(String field, String message) {
        return new LocutorException(400, "invalid_request", message, field);
    }

    /** A response header the caller needs to act on the refusal ({@code Retry-After}, {@code WWW-Authenticate}). */
    public LocutorException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public java.util.Map<String, String> headers() {
        return headers;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
