package io.locutor.elevenlabs;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The pool of connections to ElevenLabs, built here (rather than by Camel's HTTP component) for one setting Camel does
 * not expose: when a pooled connection is checked before reuse. HttpClient checks a connection idle for over 2 s by a
 * read that waits 1 ms for nothing to arrive, on the request's own thread: a millisecond (and a thrown timeout) added to
 * the first byte of every stream and to any miss that finds its connection idle (bench/README.md, "Fourth run").
 * Connections idle under {@link #CHECK_AFTER_IDLE} are reused unchecked, as OkHttp does (its healthy-idle limit is
 * 10 s): servers keep idle connections open far longer, and a connection the server did close in between fails its
 * request as an I/O error, which the ElevenLabs call's redelivery retries on a fresh connection.
 */
public final class ElevenLabsConnections {

    /** Idle time after which a pooled connection is checked before it is reused. */
    static final TimeValue CHECK_AFTER_IDLE = TimeValue.ofSeconds(10);

    /**
     * Each connection's read buffer: 32 KiB (HttpClient's default is 8 KiB), so an answer of a sentence's audio (the
     * bench's is 30 KB, sent chunked) is taken from the socket in one or two reads instead of four or five (strace of a
     * burst of misses, bench/README.md "Twenty-seventh run"). A read returns whatever has arrived, so a stream's chunks
     * are relayed no later. At most {@code ELEVENLABS_MAX_CONNECTIONS} of them: 8 MiB for the bench's 256.
     */
    static final int READ_BUFFER = 32 * 1024;

    private ElevenLabsConnections() {
    }

    /** Pool size and socket timeouts from the settings (the ElevenLabs HTTP client's one pool, ElevenLabsWiring). */
    public static PoolingHttpClientConnectionManager pool(ElevenLabsConfig config) {
        Timeout read = Timeout.ofSeconds(config.readTimeoutSeconds());
        return PoolingHttpClientConnectionManagerBuilder.create()
                .setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
                        .http1Config(Http1Config.custom().setBufferSize(READ_BUFFER).build())
                        .build())
                .setMaxConnTotal(config.maxConnections())
                .setMaxConnPerRoute(config.maxConnections())
                .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(read).build())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofSeconds(config.connectionTimeoutSeconds()))
                        .setSocketTimeout(read)
                        .setValidateAfterInactivity(CHECK_AFTER_IDLE)
                        .build())
                .build();
    }
}
