package io.locutor.synthesis;

import java.io.IOException;
import java.util.Map;

/** Where streamed audio goes as it arrives: the caller's open HTTP response. */
public interface AudioSink {

    /**
     * Sends the status and headers; after this, failures can only cut the stream. {@code upstream} holds the headers
     * ElevenLabs answered the stream with, for a door that passes some of them on.
     */
    void begin(String contentType, String contentDisposition, String cacheKey, Map<String, Object> upstream);

    /** @throws IOException when the caller has gone away */
    void write(byte[] chunk, int length) throws IOException;

    /** Ends the response normally. */
    void finish();

    /** Cuts the response so the caller sees an incomplete stream, never an error body inside audio. */
    void abort();
}
