package io.locutor.notify;

import io.locutor.observe.LogSafe;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhook deliveries that ran out of retries, kept as files in {@code <data>/webhooks-failed/} (URL, body, error) so
 * nothing is lost; {@code POST /v1/webhooks/replay} sends them again.
 */
public class WebhookFailures {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookFailures.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Clock clock;

    public WebhookFailures(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    public void record(@ExchangeProperty(Webhooks.TARGET) String url, @Body Object body,
                       @ExchangeProperty(WebhookOutbox.DELIVERY_ID) String deliveryId,
                       @ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Throwable failure) throws IOException {
        String why = failure == null ? "unknown failure" : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", deliveryId);
        record.put("url", url);
        record.put("body", body instanceof String s ? s : JSON.writeValueAsString(body));
        record.put("error", why);
        record.put("failed_at", clock.instant().toString());
        Files.createDirectories(dir);
        Path file = dir.resolve(clock.millis() + "-" + UUID.randomUUID() + ".json");
        Files.write(file, JSON.writeValueAsBytes(record));
        LOG.warn("Webhook to {} failed after its retries ({}); kept for replay as {}", LogSafe.value(url), LogSafe.value(why),
                file.getFileName());
    }

    /** Every kept delivery, each taken out of the folder (a failed replay is recorded again). */
    public List<Map<String, String>> takeAll() throws IOException {
        List<Map<String, String>> pending = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return pending;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path file : files) {
                JsonNode record = JSON.readTree(file.toFile());
                pending.add(Map.of("id", record.path("id").asText(""), "url", record.path("url").asText(),
                        "body", record.path("body").asText()));
                Files.delete(file);
            }
        }
        return pending;
    }
}
