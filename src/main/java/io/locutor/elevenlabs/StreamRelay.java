package io.locutor.elevenlabs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.locutor.cache.AudioCache;
import io.locutor.synthesis.AudioSink;
import io.locutor.synthesis.GeneratedAudio;
import io.locutor.synthesis.Speech;
import io.locutor.synthesis.SynthesisContext;
import org.apache.camel.Body;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Headers;

/**
 * Relays ElevenLabs' {@code /stream} answer to the caller chunk by chunk, as the bytes arrive, while writing them to a
 * temporary file; only a stream that reached its end is handed on for storage. The response ends after storage.
 */
public class StreamRelay {

    private static final int CHUNK = 8192;

    private final ElevenLabsResponses responses;
    private final AudioCache audioCache;

    public StreamRelay(ElevenLabsResponses responses, AudioCache audioCache) {
        this.responses = responses;
        this.audioCache = audioCache;
    }

    public GeneratedAudio relay(@Body InputStream upstream, @ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis,
                                @ExchangeProperty("audioSink") AudioSink sink, @Headers Map<String, Object> headers)
            throws IOException {
        Speech speech = synthesis.speech();
        ElevenLabsResponses.Scratch scratch = responses.newScratch(speech);
        Path file = scratch.file();
        boolean callerListening = sink != null;
        long total = 0;
        if (callerListening) {
            try {
                sink.begin(speech.format().contentType(), StreamAnswers.disposition(speech.format()), speech.cacheKey(), headers);
            } catch (RuntimeException e) {
                scratch.out().close(); // the scratch file is open from here on: not left open, nor kept
                Files.deleteIfExists(file);
                throw e;
            }
        }
        try (InputStream in = upstream; OutputStream out = scratch.out()) {
            byte[] buffer = new byte[CHUNK];
            int n;
            while ((n = in.read(buffer)) != -1) {
                // the caller first: each chunk leaves for the phone call before it is written to the scratch file
                if (callerListening) {
                    try {
                        sink.write(buffer, n);
                    } catch (IOException callerGone) {
                        // The audio is paid for: finish reading it so the next identical request is a hit.
                        callerListening = false;
                    }
                }
                out.write(buffer, 0, n);
                total += n;
            }
        } catch (IOException upstreamBroke) {
            throw broken(file, sink, synthesis, upstreamBroke.getClass().getSimpleName() + " after " + total + " bytes");
        }
        if (total == 0) {
            throw broken(file, sink, synthesis, "empty stream");
        }
        return ElevenLabsResponses.generated(file, speech, headers);
    }

    /**
     * Nothing of a broken stream is kept. The claim on its audio is released before the caller's connection is cut:
     * a caller retrying the moment it sees the cut must start afresh, not inherit this failure.
     */
    private StreamInterruptedException broken(Path file, AudioSink sink, SynthesisContext synthesis, String reason) throws IOException {
        Files.deleteIfExists(file);
        StreamInterruptedException failure = new StreamInterruptedException(reason);
        audioCache.releaseClaim(synthesis, failure);
        if (sink != null) {
            sink.abort();
        }
        return failure;
    }

    /** Ends the caller's response once the audio is stored and indexed, so a repeat right after is already a hit. */
    public void finish(@ExchangeProperty("audioSink") AudioSink sink) {
        if (sink != null) {
            sink.finish();
        }
    }
}
