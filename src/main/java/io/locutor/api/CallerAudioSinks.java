package io.locutor.api;

import java.util.List;

import io.locutor.synthesis.AudioSink;
import org.apache.camel.Exchange;
import org.apache.camel.component.platform.http.vertx.HttpMessage;

/** Finds the caller's HTTP response for a stream, before the upstream call replaces the message. */
public class CallerAudioSinks {

    /** ElevenLabs' headers its compatible door answers a live stream with, as ElevenLabs sent them. */
    private static final List<String> ELEVENLABS_HEADERS = List.of("request-id", "x-character-count");

    /** The caller's response as an {@link AudioSink}, or null when the request did not come over HTTP. */
    public AudioSink of(Exchange exchange) {
        return sink(exchange, List.of());
    }

    /** The same for the ElevenLabs-compatible door: a live stream also carries ElevenLabs' request id and billing. */
    public AudioSink elevenLabs(Exchange exchange) {
        return sink(exchange, ELEVENLABS_HEADERS);
    }

    private static AudioSink sink(Exchange exchange, List<String> passedOn) {
        HttpMessage http = exchange.getIn(HttpMessage.class);
        return http == null || http.getResponse() == null ? null : new VertxAudioSink(http.getResponse(), passedOn);
    }
}
