package io.locutor.api;

import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.component.platform.http.vertx.HttpMessage;

/**
 * What Camel's HTTP layer cannot say to a caller, said on the caller's Vert.x response itself: headers its header
 * filter drops ({@code Cache-Control}), and a HEAD answer (Camel would send the body, or a length of 0). Call while
 * the exchange still carries the HTTP message (before a bean's answer replaces it).
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
        headers.forEach((name, value) -> {
            if (!name.startsWith("Camel")) {
                response.putHeader(name, String.valueOf(value));
            }
        });
        response.putHeader("Content-Length", Long.toString(length)).end();
        return true;
    }
}
