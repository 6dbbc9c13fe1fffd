package io.locutor;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.Properties;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.locutor.support.LocutorTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhook fan-out (routes/fan-out, deliver-webhook, replay-webhooks) with a second WireMock as the receiver. The
 * receiver is on loopback, so this class explicitly allows private callback targets.
 */
class DeliverWebhookRouteTest extends LocutorTestSupport {

    private static final String SECRET = "whsec_test_5b1e0c";
    /** Started before the application, like the ElevenLabs simulator. */
    private static final WireMockServer receiver = startReceiver();

    private static WireMockServer startReceiver() {
        WireMockServer server = new WireMockServer(options().dynamicPort());
        server.start();
        return server;
    }

    @Override
    protected void overrides(Properties p) {
        p.put("locutor.webhooks.allow-private", "true");
        p.put("locutor.webhooks.secret", SECRET);
        p.put("locutor.webhooks.max-retries", "2");
        p.put("locutor.webhooks.retry-delay", "10");
        p.put("locutor.webhooks.max-retry-delay", "20");
        // the hanging receiver of one test gives up in seconds, not at the 10 s default
        p.put("locutor.webhooks.timeout", "2000");
        p.put("locutor.intake.poll-delay", "100");
        p.put("locutor.intake.read-lock-interval", "200");
    }

    /**
     * The receiver forgets its stubs and requests, and deliveries kept by an earlier test go: every test waits for its
     * own deliveries to end, so none can land here later (the hanging receiver's used to, seconds after its test, and
     * the next test counted and replayed it as its own).
     */
    @BeforeEach
    void resetReceiverAndKeptDeliveries() throws Exception {
        receiver.resetAll();
        Path failed = dataDir().resolve("webhooks-failed");
        if (Files.isDirectory(failed)) {
            try (var kept = Files.list(failed)) {
                for (Path record : kept.toList()) {
                    Files.delete(record);
                }
            }
        }
    }

    @AfterAll
    void stopReceiver() {
        receiver.stop();
    }

    private String hook(String path) {
        return "http://127.0.0.1:" + receiver.port() + path;
    }

    @Test
    void resultIsPostedSignedSoTheReceiverCanVerifyIt() throws Exception {
        receiver.stubFor(post(urlPathEqualTo("/hooks/ok")).willReturn(aResponse().withStatus(204)));
        NotifyBuilder sent = deliveries("/hooks/ok", 1);
        var response = postJson("/v1/audio", "{\"text\": \"Aviso con webhook.\", \"callback_url\": " + quoted(hook("/hooks/ok")) + "}");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(sent.matches(30, TimeUnit.SECONDS), "the webhook was sent after the answer");

        List<LoggedRequest> hooks = receiver.findAll(postRequestedFor(urlPathEqualTo("/hooks/ok")));
        assertEquals(1, hooks.size());
        LoggedRequest hook = hooks.get(0);
        String timestamp = hook.getHeader("X-Locutor-Timestamp");
        String body = hook.getBodyAsString();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, hook.getHeader("X-Locutor-Signature"));
        assertTrue(hook.getHeader("Locutor-Delivery-Id").matches("[0-9a-f-]{36}"), hook.getHeader("Locutor-Delivery-Id"));
        assertTrue(hook.getHeader("Content-Type").startsWith("application/json"));
        assertEquals(json(response).path("cache_key").asText(), JSON.readTree(body).path("cache_key").asText());
        assertFalse(hook.containsHeader("xi-api-key"), "nothing of the ElevenLabs call travels to a webhook");
        // the caller's answer is untouched by the fan-out
        assertTrue(json(response).path("audio_url").asText().startsWith("http"));
    }

    @Test
    void campaignCallbackGetsEveryRowsOutcome() throws Exception {
        receiver.stubFor(post(urlPathEqualTo("/hooks/campaign")).willReturn(aResponse().withStatus(200)));
        String csv = "# callback_url: " + hook("/hooks/campaign") + "\ncontact_id,text\nk1,Primera llamada\nk2,\nk3,Tercera llamada\n";
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("file-intake")
                .filter(e -> e.getProperty(Exchange.SPLIT_INDEX) == null && "hooks.csv".equals(e.getIn().getHeader(Exchange.FILE_NAME)))
                .whenDone(1).create();
        NotifyBuilder sent = deliveries("/hooks/campaign", 3);
        Path staging = Files.createDirectories(dataDir().resolve("staging"));
        Files.writeString(staging.resolve("hooks.csv"), csv);
        Files.move(staging.resolve("hooks.csv"), Files.createDirectories(dataDir().resolve("inbox")).resolve("hooks.csv"));
        assertTrue(done.matches(30, TimeUnit.SECONDS));
        assertTrue(sent.matches(30, TimeUnit.SECONDS));

        List<LoggedRequest> hooks = receiver.findAll(postRequestedFor(urlPathEqualTo("/hooks/campaign")));
        assertEquals(3, hooks.size(), "one webhook per row, the bad one included");
        Set<String> ids = new HashSet<>();
        for (LoggedRequest hook : hooks) {
            JsonNode outcome = JSON.readTree(hook.getBodyAsString());
            ids.add(outcome.path("id").asText());
            assertEquals(outcome.path("id").asText().equals("k2"), outcome.has("error"), outcome.toString());
        }
        assertEquals(Set.of("k1", "k2", "k3"), ids);
    }

    @Test
    void failingReceiverIsRetriedThenKeptForReplayWithoutFailingTheRequest() throws Exception {
        receiver.stubFor(post(urlPathEqualTo("/hooks/flaky")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
        receiver.stubFor(post(urlPathEqualTo("/hooks/flaky")).inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(200)));
        NotifyBuilder flakySent = deliveries("/hooks/flaky", 1);
        var retried = postJson("/v1/audio", "{\"text\": \"Receptor inestable.\", \"callback_url\": " + quoted(hook("/hooks/flaky")) + "}");
        assertEquals(200, retried.statusCode());
        assertTrue(flakySent.matches(30, TimeUnit.SECONDS));
        List<LoggedRequest> flaky = receiver.findAll(postRequestedFor(urlPathEqualTo("/hooks/flaky")));
        assertEquals(2, flaky.size(), "one failure, one retry");
        assertEquals(flaky.get(0).getHeader("Locutor-Delivery-Id"), flaky.get(1).getHeader("Locutor-Delivery-Id"),
                "a retry is the same delivery");

        receiver.stubFor(post(urlPathEqualTo("/hooks/down")).willReturn(aResponse().withStatus(500)));
        NotifyBuilder downSent = deliveries("/hooks/down", 1);
        var kept = postJson("/v1/audio", "{\"text\": \"Receptor caído.\", \"callback_url\": " + quoted(hook("/hooks/down")) + "}");
        assertEquals(200, kept.statusCode(), "a webhook failure does not fail the request");
        assertTrue(downSent.matches(30, TimeUnit.SECONDS));
        assertEquals(3, receiver.findAll(postRequestedFor(urlPathEqualTo("/hooks/down"))).size(), "first try and 2 retries");
        Path failed = dataDir().resolve("webhooks-failed");
        try (var files = Files.list(failed)) {
            assertEquals(1, files.count());
        }

        receiver.stubFor(post(urlPathEqualTo("/hooks/down")).atPriority(1).willReturn(aResponse().withStatus(200)));
        // the replayed delivery, delivered: not a late event of the failed one
        NotifyBuilder replaySent = new NotifyBuilder(context).fromRoute("webhook-outbox")
                .filter(e -> String.valueOf(e.getProperty("webhookUrl")).endsWith("/hooks/down")
                        && e.getProperty(Exchange.EXCEPTION_CAUGHT) == null && !e.isFailed())
                .whenDone(1).create();
        var replay = postJson("/v1/webhooks/replay", "");
        assertEquals(200, replay.statusCode(), replay.body());
        assertEquals(1, json(replay).path("replayed").asInt());
        assertTrue(replaySent.matches(30, TimeUnit.SECONDS));
        List<LoggedRequest> down = receiver.findAll(postRequestedFor(urlPathEqualTo("/hooks/down")));
        assertEquals(down.get(0).getHeader("Locutor-Delivery-Id"), down.get(3).getHeader("Locutor-Delivery-Id"),
                "a replay is the same delivery");
        assertEquals(4, receiver.findAll(postRequestedFor(urlPathEqualTo("/hooks/down"))).size());
        JsonNode replayed = JSON.readTree(receiver.findAll(postRequestedFor(urlPathEqualTo("/hooks/down"))).get(3).getBodyAsString());
        assertEquals(json(kept).path("cache_key").asText(), replayed.path("cache_key").asText());
        try (var files = Files.list(failed)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void aReceiverThatHangsHoldsNeitherTheAnswerNorOtherDeliveries() throws Exception {
        // The slow receiver answers after far longer than the caller waits: the answer must not wait for it.
        receiver.stubFor(post(urlPathEqualTo("/hooks/slow")).willReturn(aResponse().withStatus(200).withFixedDelay(60_000)));
        receiver.stubFor(post(urlPathEqualTo("/hooks/fast")).willReturn(aResponse().withStatus(200)));
        NotifyBuilder slowEnded = deliveries("/hooks/slow", 1);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/audio"))
                .header("Content-Type", "application/json").timeout(java.time.Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Receptor lento.\", \"callback_url\": "
                        + quoted(hook("/hooks/slow")) + "}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        NotifyBuilder fastSent = deliveries("/hooks/fast", 1);
        assertEquals(200, postJson("/v1/audio", "{\"text\": \"Receptor rápido.\", \"callback_url\": "
                + quoted(hook("/hooks/fast")) + "}").statusCode());
        assertTrue(fastSent.matches(30, TimeUnit.SECONDS), "the fast receiver got its delivery while the slow one hangs");
        assertEquals(1, receiver.findAll(postRequestedFor(urlPathEqualTo("/hooks/fast"))).size());

        // Each attempt gives up at the webhook timeout; the delivery ends kept for replay, within this test.
        assertTrue(slowEnded.matches(60, TimeUnit.SECONDS), "the hanging delivery was given up");
        assertEquals(3, receiver.findAll(postRequestedFor(urlPathEqualTo("/hooks/slow"))).size(), "first try and 2 retries");
        try (var kept = Files.list(dataDir().resolve("webhooks-failed"))) {
            List<Path> records = kept.toList();
            assertEquals(1, records.size(), records.toString());
            assertTrue(JSON.readTree(records.get(0).toFile()).path("url").asText().endsWith("/hooks/slow"));
        }
    }

    /** Done once {@code count} deliveries to this receiver path have been sent (or kept for replay). */
    private NotifyBuilder deliveries(String path, int count) {
        return new NotifyBuilder(context).fromRoute("webhook-outbox")
                .filter(e -> String.valueOf(e.getProperty("webhookUrl")).endsWith(path)).whenDone(count).create();
    }
}
