package io.locutor.storage;

import java.io.IOException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.locutor.problem.LocutorException;
import io.locutor.request.OutputFormat;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.apache.camel.Headers;

/** Serves stored audio by file name; only names that are a cache key and a known extension, so no path can escape. */
public class StoredAudioFiles {

    private static final Pattern NAME = Pattern.compile("([0-9a-f]{64})\\.(mp3|opus|wav|pcm|ulaw|alaw)");

    private final AudioStore store;

    public StoredAudioFiles(AudioStore store) {
        this.store = store;
    }

    /** The file's bytes with its media type, or (when the store serves callers itself) a redirect to it. */
    public byte[] serve(@Header("file") String name, @Headers Map<String, Object> headers) throws IOException {
        Matcher m = NAME.matcher(name == null ? "" : name);
        if (!m.matches()) {
            throw new LocutorException(404, "not_found", "No audio named \"" + name
                    + "\": audio names are a 64-character cache key and an extension, as returned in audio_url.");
        }
        if (!store.servedByLocutor()) {
            return redirect(m.group(1), m.group(2), name, headers);
        }
        byte[] audio = store.read(m.group(1), m.group(2)).orElseThrow(() -> missing(name));
        headers.clear();
        headers.put("Content-Type", OutputFormat.contentTypeOfExtension(m.group(2)));
        return audio;
    }

    /** 302 to where the store serves the object (a fresh presigned URL), after a HEAD so a vanished one is a 404. */
    private byte[] redirect(String cacheKey, String extension, String name, Map<String, Object> headers) {
        if (!store.exists(cacheKey, extension)) {
            throw missing(name);
        }
        headers.clear();
        headers.put(Exchange.HTTP_RESPONSE_CODE, 302);
        headers.put("Location", store.url(cacheKey, extension));
        return new byte[0];
    }

    private static LocutorException missing(String name) {
        return new LocutorException(404, "not_found", "No stored audio " + name + ". It may have expired: request the synthesis again.");
    }
}
