package io.locutor.notify;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.locutor.intake.Delivery;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;

/**
 * Webhook deliveries waiting to be sent, kept as files in {@code <data>/webhooks-pending/} before anyone is answered:
 * the caller's request (or the queue transaction) only writes the record, and the {@code webhook-outbox} route sends
 * it afterwards, on its own threads, with the retries of {@code deliver-webhook}; one that runs out of retries goes to
 * the replay store ({@link WebhookFailures}). Each delivery has an id, sent as {@code Locutor-Delivery-Id} and the same
 * on every retry and replay, so receivers can drop duplicates. A crash loses nothing: the record is sent at restart.
 */
public class WebhookOutbox {

    public static final String DELIVERY_ID = "webhookDeliveryId";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Clock clock;

    public WebhookOutbox(Path dir, Clock clock) throws IOException {
        this.dir = Files.createDirectories(dir);
        this.clock = clock;
    }

    public Path dir() {
        return dir;
    }

    /** Fan-out: the result for this request's callback URL, recorded for delivery after the answer. */
    public void enqueue(@Body Object result, @ExchangeProperty("delivery") Delivery delivery) throws IOException {
        String body = result instanceof String s ? s : JSON.writeValueAsString(result);
        write(UUID.randomUUID().toString(), delivery.callbackUrl(), body);
    }

    /** Any other delivery (a usage alert): this body to the target property, sent after the caller's request. */
    public void enqueueTo(@Body String body, @ExchangeProperty(Webhooks.TARGET) String url) throws IOException {
        write(UUID.randomUUID().toString(), url, body);
    }

    /** Replay: every kept failure goes back to the outbox, under its own delivery id. */
    public int requeue(@Body List<Map<String, String>> failed) throws IOException {
        for (Map<String, String> record : failed) {
            String id = record.get("id");
            write(id == null || id.isBlank() ? UUID.randomUUID().toString() : id, record.get("url"), record.get("body"));
        }
        return failed.size();
    }

    /** The outbox route's first step: the record's body to POST; its URL and id as exchange properties. */
    public String load(@Body byte[] record, Exchange exchange) throws IOException {
        JsonNode node = JSON.readTree(record);
        exchange.setProperty(Webhooks.TARGET, node.path("url").asText());
        exchange.setProperty(DELIVERY_ID, node.path("id").asText());
        exchange.getMessage().removeHeaders("*");
        return node.path("body").asText();
    }

    private void write(String id, String url, String body) throws IOException {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", id);
        record.put("url", url);
        record.put("body", body);
        record.put("queued_at", clock.instant().toString());
        // written under a hidden name, then renamed: the outbox route never reads half a record
        Path tmp = dir.resolve("." + id + ".tmp");
        Files.write(tmp, JSON.writeValueAsBytes(record));
        Files.move(tmp, dir.resolve(clock.millis() + "-" + id + ".json"), StandardCopyOption.ATOMIC_MOVE);
    }
}
