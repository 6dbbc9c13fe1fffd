package io.locutor.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The error body every door answers with: an RFC 9457 problem ({@code type}, {@code title}, {@code status},
 * {@code detail}) that also carries locutor's stable {@code code} and the {@code field} to fix, plus the original
 * {@code {"error": {"code", "message", "field"}}} object callers already read. Served as
 * {@code application/problem+json}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "code", "field", "error"})
public record Problem(String type, String title, Integer status, String detail, String code, String field, Detail error) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Problem types are URNs named by the code: stable identifiers, listed in the README's error table. */
    public static final String TYPE_PREFIX = "urn:locutor:problem:";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(String code, String message, String field) {
    }

    public static Problem of(int status, String code, String message, String field) {
        return new Problem(TYPE_PREFIX + code, title(status), status, message, code, field, new Detail(code, message, field));
    }

    /** A problem without an HTTP status (an item of a file or queue message that is not answered over HTTP). */
    public static Problem of(String code, String message, String field) {
        return new Problem(TYPE_PREFIX + code, null, null, message, code, field, new Detail(code, message, field));
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 408 -> "Request Timeout";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> status >= 500 ? "Server Error" : "Client Error";
        };
    }
}
