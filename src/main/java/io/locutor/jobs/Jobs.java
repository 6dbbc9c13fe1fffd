package io.locutor.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.locutor.cache.SharedStore;
import io.locutor.problem.LocutorException;
import io.locutor.problem.Problem;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.apache.camel.Headers;

/**
 * Asynchronous synthesis jobs: queued → running → done (with the result) or failed (with the error), kept as JSON in
 * the shared store (Redis when configured) for a configurable time, so any instance answers their status.
 */
public class Jobs {

    public static final String PROPERTY = "jobId";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SharedStore store;
    private final Duration ttl;
    private final String publicUrl;
    private final Clock clock;

    public Jobs(SharedStore store, Duration ttl, String publicUrl, Clock clock) {
        this.store = store;
        this.ttl = ttl;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** Records a new queued job and answers its id. */
    public String submit() {
        String id = UUID.randomUUID().toString();
        save(id, "queued", null, null);
        return id;
    }

    /** The 202 answer: the job id and where to ask for its status. */
    public Map<String, Object> accepted(@ExchangeProperty(PROPERTY) String id, @Headers Map<String, Object> headers) {
        headers.put(Exchange.HTTP_RESPONSE_CODE, 202);
        headers.put("Location", statusUrl(id));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("job_id", id);
        answer.put("status", "queued");
        answer.put("status_url", statusUrl(id));
        return answer;
    }

    public void running(@ExchangeProperty(PROPERTY) String id) {
        save(id, "running", null, null);
    }

    /** Done with the result, or failed with the error (the body is one or the other). */
    public void finish(@ExchangeProperty(PROPERTY) String id, @ExchangeProperty("failed") Boolean failed, @Body Object outcome) {
        if (Boolean.TRUE.equals(failed)) {
            save(id, "failed", null, ((Problem) outcome).error());
        } else {
            save(id, "done", outcome, null);
        }
    }

    /** The job's record as stored (what a webhook for the job receives). */
    public JsonNode record(@ExchangeProperty(PROPERTY) String id) {
        return status(id);
    }

    /** GET /v1/jobs/{id}; a 404 when the id is unknown or its record has expired. */
    public JsonNode status(@Header("id") String id) {
        String stored = id == null ? null : store.get(key(id)).orElse(null);
        if (stored == null) {
            throw new LocutorException(404, "job_not_found", "No job " + id + " (unknown, or finished more than "
                    + ttl.toSeconds() + " s ago).");
        }
        try {
            return JSON.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Job record " + id + " is not JSON", e);
        }
    }

    private void save(String id, String status, Object result, Object error) {
        ObjectNode job = JSON.createObjectNode();
        job.put("job_id", id);
        job.put("status", status);
        job.put("status_url", statusUrl(id));
        job.put("updated_at", clock.instant().toString());
        if (result != null) {
            job.set("result", JSON.valueToTree(result));
        }
        if (error != null) {
            job.set("error", JSON.valueToTree(error));
        }
        store.put(key(id), job.toString(), ttl);
    }

    private String statusUrl(String id) {
        return publicUrl + "/v1/jobs/" + id;
    }

    private static String key(String id) {
        return "locutor:job:" + id;
    }
}
