package io.locutor;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.locutor.intake.CampaignProgress;
import io.locutor.support.CapturedLog;
import io.locutor.support.LocutorTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A dropped campaign file's progress file in the outbox (also at GET /v1/campaigns/{file}), and its start and end log lines. */
class CampaignProgressTest extends LocutorTestSupport {

    @Test
    void progressFileCountsEveryRowAndTheLogSaysWhenTheFileStartsAndEnds() throws Exception {
        try (CapturedLog log = new CapturedLog(CampaignProgress.class.getName())) {
            NotifyBuilder done = new NotifyBuilder(context).fromRoute("file-intake")
                    .filter(e -> e.getProperty(Exchange.SPLIT_INDEX) == null).whenDone(1).create();
            Path staging = Files.createDirectories(dataDir().resolve("staging"));
            Files.createDirectories(dataDir().resolve("inbox"));
            Files.writeString(staging.resolve("avance.json"), "[{\"text\": \"Fila uno del avance.\"}, "
                    + "{\"text\": \"Fila dos del avance.\"}, {\"text\": \"\"}]");
            Files.move(staging.resolve("avance.json"), dataDir().resolve("inbox/avance.json"), StandardCopyOption.ATOMIC_MOVE);
            assertTrue(done.matches(30, TimeUnit.SECONDS), "the file was not processed");

            JsonNode progress = JSON.readTree(dataDir().resolve("outbox/avance.progress.json").toFile());
            assertEquals("avance.json", progress.path("file").asText());
            assertEquals("complete", progress.path("state").asText());
            assertEquals(3, progress.path("total").asInt());
            assertEquals(3, progress.path("done").asInt());
            assertEquals(2, progress.path("succeeded").asInt());
            assertEquals(1, progress.path("failed").asInt());
            assertEquals(0, progress.path("pending").asInt());
            assertEquals(0, progress.path("eta_seconds").asInt());
            assertTrue(progress.hasNonNull("started") && progress.hasNonNull("updated"), progress.toString());

            // the same over HTTP, by the file's name as dropped or without its extension
            for (String name : new String[] {"avance.json", "avance"}) {
                HttpResponse<String> answer = getText("/v1/campaigns/" + name);
                assertEquals(200, answer.statusCode(), answer.body());
                assertEquals(progress, json(answer));
            }

            List<String> lines = log.awaitLines(2, java.time.Duration.ofSeconds(10));
            assertTrue(lines.get(0).contains("Campaign file avance.json started: 3 rows"), lines.toString());
            assertTrue(lines.get(1).contains("Campaign file avance.json finished: 2 succeeded, 1 failed of 3"), lines.toString());
        }
    }

    @Test
    void anUnknownFileIs404AndOnlyPlainFileNamesAreRead() throws Exception {
        Files.createDirectories(dataDir().resolve("outbox"));
        Files.writeString(dataDir().resolve("secret.progress.json"), "{\"file\": \"outside the outbox\"}");
        Files.writeString(dataDir().resolve("outbox/.hidden.progress.json"), "{\"file\": \"hidden\"}");

        HttpResponse<String> unknown = getText("/v1/campaigns/abril.csv");
        assertEquals(404, unknown.statusCode(), unknown.body());
        assertEquals("application/problem+json", unknown.headers().firstValue("Content-Type").orElse(""));
        assertEquals("campaign_not_found", json(unknown).path("code").asText());

        for (String name : new String[] {"..%2Fsecret.json", "%2E%2E%2Fsecret", "..", ".hidden", "a%5Cb", "a%00b", "x".repeat(201)}) {
            HttpResponse<String> refused = getText("/v1/campaigns/" + name);
            assertTrue(refused.statusCode() == 400 || refused.statusCode() == 404, name + " " + refused.body());
            assertFalse(refused.body().contains("outside the outbox") || refused.body().contains("hidden\""), refused.body());
            if (refused.statusCode() == 400) {
                assertEquals("file", json(refused).path("field").asText(), refused.body());
            }
        }
        assertEquals(400, getText("/v1/campaigns/.hidden").statusCode());
    }
}
