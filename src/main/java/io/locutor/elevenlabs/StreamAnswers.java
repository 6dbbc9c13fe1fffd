package io.locutor.elevenlabs;

import java.io.IOException;
import java.util.Map;

import io.locutor.cache.AudioEntry;
import io.locutor.problem.LocutorException;
import io.locutor.request.OutputFormat;
import io.locutor.storage.AudioStore;
import io.locutor.synthesis.Speech;
import io.locutor.synthesis.SynthesisContext;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Headers;

/** A stream request that hits the cache is answered with the stored audio and the same headers a live stream has. */
public class StreamAnswers {

    private final AudioStore store;

    public StreamAnswers(AudioStore store) {
        this.store = store;
    }

    public byte[] fromCache(@ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis,
                            @Headers Map<String, Object> headers) throws IOException {
        Speech speech = synthesis.speech();
        AudioEntry entry = synthesis.audio();
        byte[] audio = store.read(entry.cacheKey(), entry.extension()).orElseThrow(() -> new LocutorException(503,
                "storage_unavailable", "The cached audio could not be read from storage. Retry."));
        headers.clear();
        headers.put("Content-Type", speech.format().contentType());
        headers.put("Content-Disposition", disposition(speech.format()));
        headers.put("X-Locutor-Cache", "hit");
        headers.put("X-Locutor-Cache-Key", entry.cacheKey());
        return audio;
    }

    /** The seed's header: the browser or softphone saves the audio as speech.&lt;ext&gt;. */
    static String disposition(OutputFormat format) {
        return "attachment; filename=speech." + format.extension();
    }
}
