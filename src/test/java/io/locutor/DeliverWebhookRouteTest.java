package io.locutor;

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
        p.put("locutor.intake.poll-delay", "100");
        p.put("locutor.intake.read-lock-interval", "200");
    }

    @BeforeEach
    void resetReceiver() {
        receiver.resetAll();
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
        var response = postJson("/v1/audio", "{\"text\": \"Aviso con webhook.\", \"callback_url\": " + quoted(hook("/hooks/ok")) + "}");
        assertEquals(200, response.statusCode(), response.body());

        List<LoggedRequest> hooks = receiver.findAll(postRequestedFor(urlPathEqualTo("/hooks/ok")));
        assertEquals(1, hooks.size());
        LoggedRequest hook = hooks.get(0);
        String timestamp = hook.getHeader("X-Locutor-Timestamp");
        String body = hook.getBodyAsString();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, hook.getHeader("X-Locutor-Signature"));
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
        Path staging = Files.createDirectories(dataDir().resolve("staging"));
        Files.writeString(staging.resolve("hooks.csv"), csv);
        Files.move(staging.resolve("hooks.csv"), Files.createDirectories(dataDir().resolve("inbox")).resolve("hooks.csv"));
        assertTrue(done.matches(30, TimeUnit.SECONDS));

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
        var retried = postJson("/v1/audio", "{\"text\": \"Receptor inestable.\", \"callback_url\": " + quoted(hook("/hooks/flaky")) + "}");
        assertEquals(200, retried.statusCode());
        assertEquals(2, receiver.findAll(postRequestedFor(urlPathEqualTo("/hooks/flaky"))).size(), "one failure, one retry");

        receiver.stubFor(post(urlPathEqualTo("/hooks/down")).willReturn(aResponse().withStatus(500)));
        var kept = postJson("/v1/audio", "{\"text\": \"Receptor caído.\", \"callback_url\": " + quoted(hook("/hooks/down")) + "}");
        assertEquals(200, kept.statusCode(), "a webhook failure does not fail the request");
        assertEquals(3, receiver.findAll(postRequestedFor(urlPathEqualTo("/hooks/down"))).size(), "first try and 2 retries");
        Path failed = dataDir().resolve("webhooks-failed");
        try (var files = Files.list(failed)) {
            assertEquals(1, files.count());
        }

        receiver.stubFor(post(urlPathEqualTo("/hooks/down")).atPriority(1).willReturn(aResponse().withStatus(200)));
        var replay = postJson("/v1/webhooks/replay", "");
        assertEquals(200, replay.statusCode(), replay.body());
        assertEquals(1, json(replay).path("replayed").asInt());
        assertEquals(4, receiver.findAll(postRequestedFor(urlPathEqualTo("/hooks/down"))).size());
        JsonNode replayed = JSON.readTree(receiver.findAll(postRequestedFor(urlPathEqualTo("/hooks/down"))).get(3).getBodyAsString());
        assertEquals(json(kept).path("cache_key").asText(), replayed.path("cache_key").asText());
        try (var files = Files.list(failed)) {
            assertEquals(0, files.count());
        }
    }
}
