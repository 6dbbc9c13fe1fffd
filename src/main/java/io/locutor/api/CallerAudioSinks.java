package io.locutor.api;

import io.locutor.synthesis.AudioSink;
import org.apache.camel.Exchange;
import org.apache.camel.component.platform.http.vertx.HttpMessage;

/** Finds the caller's HTTP response for a stream, before the upstream call replaces the message. */
public class CallerAudioSinks {

    /** The caller's response as an {@link AudioSink}, or null when the request did not come over HTTP. */
    public AudioSink of(Exchange exchange) {
        HttpMessage http = exchange.getIn(HttpMessage.class);
        return http == null || http.getResponse() == null ? null : new VertxAudioSink(http.getResponse());
    }
}
