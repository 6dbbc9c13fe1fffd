package io.locutor.api;

import java.nio.file.Path;
import java.util.Map;

import io.vertx.core.http.HttpVersion;
import org.apache.camel.Exchange;
import org.apache.camel.component.platform.http.vertx.HttpMessage;

/**
 * What Camel's HTTP layer cannot say to a caller, said on the caller's Vert.x response itself: headers its header
 * filter drops ({@code Cache-Control}), and a HEAD answer (Camel would send the body, or a length of 0). Call while
 * the exchange still carries the HTTP message (before a bean's answer replaces it). Also stored audio sent as a file.
 */
public final class CallerResponses {

    private CallerResponses() {
    }

    public static void putHeader(Exchange exchange, String name, String value) {
        HttpMessage http = exchange.getIn(HttpMessage.class);
        if (http != null && http.getResponse() != null && !http.getResponse().headWritten()) {
            http.getResponse().putHeader(name, value);
        }
    }

    /**
     * Ends a HEAD request's response with these headers and the length a GET would send; Camel then writes nothing.
     * Returns false when the request did not come over HTTP.
     */
    public static boolean answerHead(Exchange exchange, int status, Map<String, Object> headers, long length) {
        HttpMessage http = exchange.getIn(HttpMessage.class);
        if (http == null || http.getResponse() == null || http.getResponse().headWritten()) {
            return false;
        }
        var response = http.getResponse().setStatusCode(status);
        putHeaders(response, headers);
        response.putHeader("Content-Length", Long.toString(length)).end();
        return true;
    }

    /**
     * True when this exchange is an HTTP/1.x request whose response is not started: {@link #sendFile} can answer it.
     * (Over HTTP/2, Vert.x opens the file asynchronously, so a failure could not be answered in its place.)
     */
    public static boolean canSendFile(Exchange exchange) {
        HttpMessage http = exchange.getIn(HttpMessage.class);
        return http != null && http.getRequest() != null && http.getResponse() != null && !http.getResponse().headWritten()
                && http.getRequest().version() != HttpVersion.HTTP_2;
    }

    /**
     * Sends {@code length} bytes of {@code file} from {@code offset} as the response, with these headers, by the HTTP
     * server's zero-copy {@code sendfile} (nothing read into the heap); Camel then writes nothing. Returns false when
     * the request did not come over HTTP or the file could not be opened (the response is then left untouched).
     */
    public static boolean sendFile(Exchange exchange, int status, Map<String, Object> headers, Path file, long offset, long length) {
        if (!canSendFile(exchange)) {
            return false;
        }
        var response = exchange.getIn(HttpMessage.class).getResponse();
        int before = response.getStatusCode();
        response.setStatusCode(status);
        putHeaders(response, headers);
        // Vert.x opens the file on this thread before writing anything: a file gone since it was found leaves the
        // response unwritten (its failure is reported later, on the event loop)
        response.sendFile(file.toString(), offset, length);
        if (!response.ended()) {
            headers.keySet().forEach(response.headers()::remove);
            response.setStatusCode(before);
            return false;
        }
        return true;
    }

    private static void putHeaders(io.vertx.core.http.HttpServerResponse response, Map<String, Object> headers) {
        headers.forEach((name, value) -> {
            if (!name.startsWith("Camel")) {
                response.putHeader(name, String.valueOf(value));
            }
        });
    }
}
