package io.locutor.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.locutor.api.CallerResponses;
import io.locutor.problem.LocutorException;
import io.locutor.request.OutputFormat;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.apache.camel.Headers;

/**
 * Serves stored audio by file name; only names that are a cache key and a known extension, so no path can escape.
 * Answers as telephony platforms and their HTTP media caches expect of a static file: {@code HEAD}, single byte
 * {@code Range}s (206, or 416 when past the end), a strong {@code ETag} (the cache key: the audio under a key never
 * changes) with {@code If-None-Match} (304), and a year-long immutable {@code Cache-Control}. G.711 audio
 * ({@code .ulaw}, {@code .alaw}) is also served in a WAV container under the same key with {@code .wav}. Audio the
 * store keeps as a local file goes to an HTTP caller by the server's {@code sendfile}, as nginx would send it.
 */
public class StoredAudioFiles {

    /** What may follow a cache key and a dot in an audio name. */
    private static final java.util.Set<String> EXTENSIONS = java.util.Set.of("mp3", "opus", "wav", "pcm", "ulaw", "alaw");
    /** One byte range: {@code bytes=first-last}, {@code bytes=first-} or {@code bytes=-suffixLength}. */
    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    private final AudioStore store;
    private final String cacheControl;

    /** @param keysRequired when every request needs an API key, shared caches must not keep the audio for others */
    public StoredAudioFiles(AudioStore store, boolean keysRequired) {
        this.store = store;
        this.cacheControl = (keysRequired ? "private" : "public") + ", max-age=31536000, immutable";
    }

    /** True for a name this door could serve (a cache key and a known extension); anything else is a 404. */
    public static boolean isAudioName(String name) {
        // checked by hand, not by a regular expression: it runs on every stored-audio request (a fifth of a stored GET's
        // own time was two regex matches, bench/README.md "Fourth run")
        if (name == null || name.length() < 68 || name.charAt(64) != '.') {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = name.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return EXTENSIONS.contains(name.substring(65));
    }

    /** False when callers fetch audio from the store itself (S3): the answer is then a redirect there. */
    public boolean servedByLocutor() {
        return store.servedByLocutor();
    }

    /**
     * The file's bytes (or the range asked for) with its media type and caching headers, or (when the store serves
     * callers itself) a redirect to it. A HEAD request gets the same headers; the server sends no body for it.
     * The Camel door ({@code serve-audio}); {@code io.locutor.api.StoredAudioDoor} answers the same requests from the
     * HTTP server's event loop, with the same {@link #reply}.
     */
    public byte[] serve(@Header("file") String name, @Headers Map<String, Object> headers, Exchange exchange) throws IOException {
        boolean head = "HEAD".equals(header(headers, Exchange.HTTP_METHOD));
        Reply reply = reply(name, head, header(headers, "If-None-Match"), header(headers, "Range"),
                CallerResponses.canSendFile(exchange));
        headers.clear();
        reply.headers().forEach((header, value) -> {
            if (header.equals("Cache-Control")) {
                // Camel's HTTP header filter drops Cache-Control from the message: it goes on the response itself
                CallerResponses.putHeader(exchange, header, value);
            } else {
                headers.put(header, value);
            }
        });
        if (reply.status() != 200) {
            headers.put(Exchange.HTTP_RESPONSE_CODE, reply.status());
        }
        if (reply.headOnly()) {
            // HEAD: the headers and length a GET would have, and no body (Camel's HTTP layer would send one)
            CallerResponses.answerHead(exchange, reply.status(), headers, reply.length());
            return new byte[0];
        }
        if (reply.file() != null) {
            // a local file to an HTTP caller: the server sends it (zero-copy), nothing is read into the heap
            if (!CallerResponses.sendFile(exchange, reply.status(), headers, reply.file(), reply.offset(), reply.length())) {
                throw missing(name);
            }
            return new byte[0];
        }
        return reply.bytes();
    }

    /**
     * What to answer: a status, the headers, and the body as bytes, as a region of a local file (only when
     * {@code fileAllowed}: the caller's server can send files itself), or none ({@link Reply#headOnly}, 304, 416, 302).
     *
     * @throws LocutorException 404 for a name that is not stored audio
     */
    public Reply reply(String name, boolean head, String ifNoneMatch, String range, boolean fileAllowed) throws IOException {
        if (!isAudioName(name)) {
            throw new LocutorException(404, "not_found", "No audio named \"" + name
                    + "\": audio names are a 64-character cache key and an extension, as returned in audio_url.");
        }
        String key = name.substring(0, 64);
        String extension = name.substring(65);
        if ("wav".equals(extension) && !store.exists(key, "wav")) {
            for (String g711 : new String[] {"ulaw", "alaw"}) {
                var samples = store.read(key, g711);
                if (samples.isPresent()) {
                    return answer(new BytesAudio(WavContainer.wrap(g711, samples.get())), "audio/wav",
                            "\"" + key + "-" + g711 + "-wav\"", head, ifNoneMatch, range);
                }
            }
            throw missing(name);
        }
        if (!store.servedByLocutor()) {
            return redirect(key, extension, name);
        }
        String contentType = OutputFormat.contentTypeOfExtension(extension);
        String etag = "\"" + key + "\"";
        Optional<Path> file = fileAllowed ? store.localFile(key, extension) : Optional.empty();
        if (file.isPresent()) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(file.get(), BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                throw missing(name);
            }
            return answer(new FileAudio(file.get(), attributes), contentType, etag, head, ifNoneMatch, range);
        }
        byte[] audio = store.read(key, extension).orElseThrow(() -> missing(name));
        return answer(new BytesAudio(audio), contentType, etag, head, ifNoneMatch, range);
    }

    /**
     * One answer: {@code status} and {@code headers} (in the order they are sent), then {@code length} bytes from
     * {@code offset} of {@code file} (as {@code fileAttributes} found it, so the sender need not look at it again), or
     * {@code bytes}; with neither, no body ({@code headOnly}: HEAD, which announces {@code length}).
     */
    public record Reply(int status, Map<String, String> headers, byte[] bytes, Path file, BasicFileAttributes fileAttributes,
                        long offset, long length, boolean headOnly) {
        static Reply empty(int status, Map<String, String> headers) {
            return new Reply(status, headers, new byte[0], null, null, 0, 0, false);
        }
    }

    /** The audio to answer with: its length, and the body for a range of it (whole or part). */
    private interface Audio {
        long length();

        /** The answer for bytes {@code first..last} (inclusive). */
        Reply send(int status, Map<String, String> headers, long first, long last);
    }

    private record BytesAudio(byte[] bytes) implements Audio {
        public long length() {
            return bytes.length;
        }

        public Reply send(int status, Map<String, String> headers, long first, long last) {
            byte[] body = first == 0 && last == bytes.length - 1 ? bytes : Arrays.copyOfRange(bytes, (int) first, (int) last + 1);
            return new Reply(status, headers, body, null, null, 0, body.length, false);
        }
    }

    /** A file the HTTP server sends itself (zero-copy): nothing is read into the heap. */
    private record FileAudio(Path file, BasicFileAttributes attributes) implements Audio {
        public long length() {
            return attributes.size();
        }

        public Reply send(int status, Map<String, String> headers, long first, long last) {
            return new Reply(status, headers, null, file, attributes, first, last - first + 1, false);
        }
    }

    private Reply answer(Audio audio, String contentType, String etag, boolean head, String ifNoneMatch, String range) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("ETag", etag);
        headers.put("Cache-Control", cacheControl);
        headers.put("Accept-Ranges", "bytes");
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            return Reply.empty(304, headers);
        }
        Matcher r = range == null ? null : RANGE.matcher(range.strip());
        if (r == null || !r.matches() || (r.group(1).isEmpty() && r.group(2).isEmpty())) {
            // no range, several ranges or one this server does not read: the whole file (RFC 9110 14.2)
            return head ? headOnly(200, headers, audio.length()) : audio.send(200, headers, 0, audio.length() - 1);
        }
        long length = audio.length();
        long first;
        long last;
        if (r.group(1).isEmpty()) {
            first = Math.max(0, length - parse(r.group(2)));
            last = length - 1;
        } else {
            first = parse(r.group(1));
            last = r.group(2).isEmpty() ? length - 1 : Math.min(parse(r.group(2)), length - 1);
        }
        if (first >= length || first > last) {
            headers.put("Content-Range", "bytes */" + length);
            return Reply.empty(416, headers);
        }
        headers.put("Content-Range", "bytes " + first + "-" + last + "/" + length);
        return head ? headOnly(206, headers, last - first + 1) : audio.send(206, headers, first, last);
    }

    /** HEAD: the headers and length a GET would have, and no body. */
    private static Reply headOnly(int status, Map<String, String> headers, long length) {
        return new Reply(status, headers, null, null, null, 0, length, true);
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** Digits only (the pattern says so); a number past any file's length stands for "too far". */
    private static long parse(String digits) {
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    private static String header(Map<String, Object> headers, String name) {
        for (Map.Entry<String, Object> h : headers.entrySet()) {
            if (h.getKey().equalsIgnoreCase(name) && h.getValue() != null) {
                return h.getValue().toString();
            }
        }
        return null;
    }

    /** 302 to where the store serves the object (a fresh presigned URL), after a HEAD so a vanished one is a 404. */
    private Reply redirect(String cacheKey, String extension, String name) {
        if (!store.exists(cacheKey, extension)) {
            throw missing(name);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", store.url(cacheKey, extension));
        return Reply.empty(302, headers);
    }

    /** The 404 for a name that is not (or no longer) stored. */
    public static LocutorException missing(String name) {
        return new LocutorException(404, "not_found", "No stored audio " + name + ". It may have expired: request the synthesis again.");
    }
}
