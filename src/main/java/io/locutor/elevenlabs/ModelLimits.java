package io.locutor.elevenlabs;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Body;
import org.apache.camel.Predicate;

/**
 * The most characters each model takes in one request: {@code maximum_text_length_per_request} from
 * {@code GET /v1/models}, kept for a while; a built-in table (ElevenLabs' documented limits) until then or if that fails.
 */
public class ModelLimits {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** ElevenLabs' documented per-request limits (models page, 2025). */
    private static final Map<String, Integer> BUILT_IN = Map.of(
            "eleven_multilingual_v2", 10_000,
            "eleven_flash_v2_5", 40_000,
            "eleven_turbo_v2_5", 40_000,
            "eleven_v3", 3_000);
    private static final int UNKNOWN_MODEL = 3_000;
    private static final long KEEP_MILLIS = 3_600_000;

    private final Map<String, Integer> fetched = new ConcurrentHashMap<>();
    private final Clock clock;
    private volatile long fetchedAt = Long.MIN_VALUE;

    public ModelLimits(Clock clock) {
        this.clock = clock;
    }

    public boolean needsRefresh() {
        return fetchedAt == Long.MIN_VALUE || clock.millis() - fetchedAt > KEEP_MILLIS;
    }

    /** {@link #needsRefresh} as a route's condition, bound as {@code modelLimitsStale} for {@code ref:} (no exchange copy). */
    public Predicate needsRefreshCondition() {
        return exchange -> needsRefresh();
    }

    /** Keeps the limits from a {@code GET /v1/models} answer (a JSON array of models). */
    public void refresh(@Body String models) throws IOException {
        for (JsonNode model : JSON.readTree(models)) {
            int max = model.path("maximum_text_length_per_request").asInt(0);
            if (max > 0) {
                fetched.put(model.path("model_id").asText(), max);
            }
        }
        fetchedAt = clock.millis();
    }

    /** A failed fetch is not retried on every request: the table serves until the next refresh is due. */
    public void refreshFailed() {
        fetchedAt = clock.millis();
    }

    public int limit(String modelId) {
        Integer known = fetched.get(modelId);
        return known != null ? known : BUILT_IN.getOrDefault(modelId, UNKNOWN_MODEL);
    }
}
