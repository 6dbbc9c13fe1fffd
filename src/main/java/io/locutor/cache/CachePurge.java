package io.locutor.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.locutor.problem.LocutorException;
import io.locutor.request.OutputFormat;
import io.locutor.storage.AudioStore;
import io.locutor.voice.VoiceCatalog;
import org.apache.camel.Header;

/**
 * Forgets stored audio so the next identical request generates it again (a mispronunciation fixed, a voice changed):
 * one key, every entry of a voice, or everything. The index entry and the stored object both go: an object left
 * behind would be found in storage and indexed again, and the old audio served.
 */
public class CachePurge {

    private static final Pattern CACHE_KEY = Pattern.compile("[0-9a-f]{64}");
    /** Every extension an object can be stored under, for a key the index no longer knows. */
    private static final Set<String> EXTENSIONS = Set.copyOf(OutputFormat.ALLOWED.stream()
            .map(f -> OutputFormat.of(f).extension()).toList());

    private final AudioIndex index;
    private final AudioStore store;
    private final VoiceCatalog voices;

    public CachePurge(AudioIndex index, AudioStore store, VoiceCatalog voices) {
        this.index = index;
        this.store = store;
        this.voices = voices;
    }

    /**
     * DELETE /v1/cache/{cache_key}, /v1/cache?voice=..., /v1/cache?all=true: how many audios were purged. Everything
     * goes only when asked for in so many words: no filter, or a blank one, is a 400, never a purge of all.
     */
    public Map<String, Object> purge(@Header("cache_key") String cacheKey, @Header("voice") Object voiceParam,
                                     @Header("all") Object allParam) {
        String voice = single("voice", voiceParam);
        String all = single("all", allParam);
        if (cacheKey == null) {
            if (voice != null && voice.isBlank()) {
                throw LocutorException.badRequest("voice", "Parameter \"voice\" is empty: name the voice whose audio to "
                        + "purge (?voice=Bella), or purge everything with ?all=true.");
            }
            if (all != null && !all.equalsIgnoreCase("true") && !all.equalsIgnoreCase("false")) {
                throw LocutorException.badRequest("all", "Parameter \"all\" must be true (?all=true) to purge every cached audio; to purge one voice, send ?voice=<name>.");
            }
            boolean everything = "true".equalsIgnoreCase(all);
            if (voice != null && everything) {
                throw LocutorException.badRequest("all", "Send either ?voice=<name> or ?all=true, not both.");
            }
            if (voice == null && !everything) {
                throw LocutorException.badRequest("all", "Say what to purge: DELETE /v1/cache/{cache_key}, "
                        + "/v1/cache?voice=<name>, or /v1/cache?all=true for every cached audio.");
            }
        }
        try {
            Map<String, Object> answer = new LinkedHashMap<>();
            if (cacheKey != null) {
                if (!CACHE_KEY.matcher(cacheKey).matches()) {
                    throw LocutorException.badRequest("cache_key", "A cache key is the 64 lower-case hex characters "
                            + "an answer's cache_key gave, not \"" + cacheKey + "\".");
                }
                answer.put("cache_key", cacheKey);
                answer.put("purged", purgeKey(cacheKey) ? 1 : 0);
            } else if (voice != null) {
                String voiceId = voices.voiceIdOf(voice.trim(), "voice");
                answer.put("voice_id", voiceId);
                answer.put("purged", purgeWhere(voiceId));
            } else {
                answer.put("purged", purgeWhere(null));
            }
            return answer;
        } catch (CacheUnavailableException e) {
            throw new LocutorException(503, "cache_unavailable", "The cache backend does not answer, so nothing was purged. "
                    + "Retry when it is back (see /observe/health).");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A query parameter given once; repeating it ({@code ?voice=a&voice=}) is refused rather than guessed. */
    private static String single(String name, Object value) {
        if (value instanceof Iterable<?> many) {
            throw LocutorException.badRequest(name, "Parameter \"" + name + "\" is given more than once: send it once.");
        }
        return value == null ? null : value.toString();
    }

    private boolean purgeKey(String cacheKey) throws IOException {
        boolean indexed = index.remove(cacheKey);
        boolean stored = false;
        for (String extension : EXTENSIONS) {
            stored |= store.delete(cacheKey, extension);
        }
        return indexed || stored;
    }

    /** Removed as the SCAN walks (Redis allows it): memory stays flat however large the index. */
    private int purgeWhere(String voiceId) {
        int[] purged = {0};
        index.forEach(entry -> {
            if (voiceId == null || voiceId.equals(entry.voiceId())) {
                index.remove(entry.cacheKey());
                try {
                    store.delete(entry.cacheKey(), entry.extension());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                purged[0]++;
            }
        });
        return purged[0];
    }
}
