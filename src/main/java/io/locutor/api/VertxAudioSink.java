package io.locutor.api;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.locutor.synthesis.AudioSink;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/**
 * Writes streamed audio straight into the Vert.x response: Camel's own body writer would gather 16 KiB blocks
 * before sending, and a phone call wants the first bytes at once. Writes wait while the caller is slow to read.
 */
final class VertxAudioSink implements AudioSink {

    private static final long SLOW_CALLER_SECONDS = 30;

    private final HttpServerResponse response;
    private final List<String> passedOn;

    /**
     * @param passedOn the upstream headers this door answers with as ElevenLabs sent them (none for locutor's own
     *                 door; ElevenLabs' {@code request-id} and {@code x-character-count} for the compatible one)
     */
    VertxAudioSink(HttpServerResponse response, List<String> passedOn) {
        this.response = response;
        this.passedOn = passedOn;
    }

    @Override
    public void begin(String contentType, String contentDisposition, String cacheKey, Map<String, Object> upstream) {
        response.setStatusCode(200)
                .setChunked(true)
                .putHeader("Content-Type", contentType)
                .putHeader("Content-Disposition", contentDisposition)
                .putHeader("X-Locutor-Cache", "miss")
                .putHeader("X-Locutor-Cache-Key", cacheKey);
        for (Map.Entry<String, Object> header : upstream.entrySet()) {
            if (header.getValue() != null && passedOn.stream().anyMatch(header.getKey()::equalsIgnoreCase)) {
                response.putHeader(header.getKey().toLowerCase(Locale.ROOT), header.getValue().toString());
            }
        }
    }

    @Override
    public void write(byte[] chunk, int length) throws IOException {
        if (response.closed()) {
            throw new IOException("caller closed the connection");
        }
        response.write(Buffer.buffer(length).appendBytes(chunk, 0, length));
        if (response.writeQueueFull()) {
            awaitDrain();
        }
    }

    @Override
    public void finish() {
        if (!response.closed() && !response.ended()) {
            response.end();
        }
    }

    @Override
    public void abort() {
        // Closing the connection before the last chunk tells an HTTP client the stream is incomplete.
        if (!response.closed()) {
            response.reset();
        }
    }

    private void awaitDrain() throws IOException {
        CompletableFuture<Void> drained = new CompletableFuture<>();
        response.drainHandler(v -> drained.complete(null));
        response.closeHandler(v -> drained.completeExceptionally(new IOException("caller closed the connection")));
        if (!response.writeQueueFull()) {
            return;
        }
        try {
            drained.get(SLOW_CALLER_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IOException("caller read nothing for " + SLOW_CALLER_SECONDS + " s");
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
    }
}
