package io.locutor.storage;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.locutor.problem.LocutorException;
import io.locutor.request.OutputFormat;
import org.apache.camel.Header;
import org.apache.camel.Headers;

/** Serves stored audio by file name; only names that are a cache key and a known extension, so no path can escape. */
public class StoredAudioFiles {

    private static final Pattern NAME = Pattern.compile("([0-9a-f]{64})\\.(mp3|opus|wav|pcm|ulaw|alaw)");

    private final AudioStore store;

    public StoredAudioFiles(AudioStore store) {
        this.store = store;
    }

    /** The file's bytes; sets its media type in {@code headers}. */
    public byte[] serve(@Header("file") String name, @Headers Map<String, Object> headers) throws IOException {
        Matcher m = NAME.matcher(name == null ? "" : name);
        if (!m.matches()) {
            throw new LocutorException(404, "not_found", "No audio named \"" + name
                    + "\": audio names are a 64-character cache key and an extension, as returned in audio_url.");
        }
        byte[] audio = store.read(m.group(1), m.group(2)).orElseThrow(() -> new LocutorException(404, "not_found",
                "No stored audio " + name + ". It may have expired: request the synthesis again."));
        headers.clear();
        headers.put("Content-Type", OutputFormat.contentTypeOfExtension(m.group(2)));
        return audio;
    }
}
