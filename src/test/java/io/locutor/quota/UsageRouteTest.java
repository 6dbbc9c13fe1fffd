package io.locutor.quota;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.locutor.support.EmbeddedRedis;
import io.locutor.support.LocutorInstance;
import io.locutor.support.LocutorTestSupport;
import io.locutor.support.PrometheusText;
import org.apache.camel.builder.NotifyBuilder;
import java.io.IOException;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchService;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * GET /v1/usage (routes/usage-report.camel.yaml), per-campaign budgets refusing before ElevenLabs is called, alerts sent
 * once per threshold and period, and one budget shared by two applications through one Redis.
 */
class UsageRouteTest extends LocutorTestSupport {

    private static final String SECRET = "whsec_locutor_test_7d1e0c55a9";

    @Override
    protected void overrides(Properties p) {
        p.put("locutor.quota.ventas.daily", "100");
        p.put("locutor.quota.soporte.daily", "120");
        p.put("locutor.alert.webhook", elevenLabs.baseUrl() + "/alerts");
        p.put("locutor.alert.webhook-secret", SECRET);
        p.put("locutor.usage.subscription-ttl", "3600");
    }

    @Test
    void budgetRefusesBeforeElevenLabsAndAlertsFireOncePerThreshold() throws Exception {
        elevenLabs.stubFor(post(urlPathEqualTo("/alerts")).willReturn(aResponse().withStatus(204)));
        NotifyBuilder twoAlertsSent = new NotifyBuilder(context).fromRoute("webhook-outbox").whenCompleted(2).create();
        String first = "Buenas tardes, le llamamos hoy.";                         // reserves ~31, billed 42
        String second = "Tenemos una oferta especial para usted esta semana."; // 42 + ~51 = 93: crosses 80%
        String third = "Gracias por su tiempo y buen día.";                     // 84 + ~33 > 100: refused

        assertEquals(200, synthesize(first, "ventas").statusCode());
        assertEquals(0, alerts().size(), "25-40% of the budget alerts nobody");
        assertEquals(200, synthesize(second, "ventas").statusCode());
        HttpResponse<String> refused = synthesize(third, "ventas");
        assertEquals(429, refused.statusCode(), refused.body());
        JsonNode error = json(refused).path("error");
        assertEquals("quota_exceeded", error.path("code").asText());
        assertTrue(error.path("message").asText().contains("\"ventas\"") && error.path("message").asText().contains("daily budget of 100"),
                error.toString());
        assertTrue(Long.parseLong(refused.headers().firstValue("Retry-After").orElse("0")) > 0);
        assertEquals(429, synthesize("Otra frase distinta que tampoco cabe.", "ventas").statusCode());
        // Cache hits cost nothing and are never refused.
        HttpResponse<String> hit = synthesize(first, "ventas");
        assertEquals(200, hit.statusCode(), hit.body());
        assertTrue(json(hit).path("cached").asBoolean());

        assertEquals(2, elevenLabs.findAll(postRequestedFor(urlPathMatching("/v1/text-to-speech/.*"))).size(),
                "refused requests never reach ElevenLabs");
        // alerts leave after the request, through the webhook sender
        assertTrue(twoAlertsSent.matches(30, TimeUnit.SECONDS), "the alerts were not sent");
        List<LoggedRequest> alerts = new ArrayList<>(alerts("campaign:ventas"));
        assertEquals(2, alerts.size(), "one alert at 80%, one at 100%, each once");
        alerts.sort(Comparator.comparingInt(a -> a.getBodyAsString().contains("\"threshold_percent\":80") ? 0 : 1));
        JsonNode at80 = JSON.readTree(alerts.get(0).getBodyAsString());
        JsonNode at100 = JSON.readTree(alerts.get(1).getBodyAsString());
        assertEquals(80, at80.path("threshold_percent").asInt());
        assertEquals("campaign:ventas", at80.path("subject").asText());
        assertEquals(100, at100.path("threshold_percent").asInt());
        assertEquals(100, at100.path("limit").asLong());
        String elevenLabsClient = elevenLabs.findAll(postRequestedFor(urlPathMatching("/v1/text-to-speech/.*"))).get(0).getHeader("User-Agent");
        Set<String> deliveryIds = new HashSet<>();
        for (LoggedRequest alert : alerts) {
            assertEquals("sha256=" + hmac(alert.getBodyAsString()), alert.getHeader("X-Locutor-Signature"));
            deliveryIds.add(alert.getHeader("Locutor-Delivery-Id"));
            // the webhooks' own client (Vert.x), never a connection of ElevenLabs' pool
            assertNotEquals(elevenLabsClient, alert.getHeader("User-Agent"));
        }
        assertEquals(2, deliveryIds.size(), "each alert has its own delivery id: " + deliveryIds);
        assertFalse(deliveryIds.contains(null));
        assertTrue(context.getEndpoints().stream().noneMatch(e -> e.getEndpointUri().contains("/alerts") && !e.getEndpointUri().startsWith("vertx-http:")),
                "an alert endpoint outside the webhook client");
        PrometheusText metrics = new PrometheusText(getText("/observe/metrics").body());
        assertEquals(1, metrics.sum("locutor_alerts_total", "subject=\"campaign:ventas\"", "threshold=\"80\""));
        assertEquals(1, metrics.sum("locutor_alerts_total", "subject=\"campaign:ventas\"", "threshold=\"100\""));
        assertEquals(84, metrics.sum("locutor_quota_used", "campaign=\"ventas\"", "period=\"daily\""));
    }

    @Test
    void usageShowsTheSubscriptionKeptBrieflyAndEachCampaignsCharacters() throws Exception {
        elevenLabs.stubFor(post(urlPathEqualTo("/alerts")).willReturn(aResponse().withStatus(204)));
        NotifyBuilder alertSent = new NotifyBuilder(context).fromRoute("webhook-outbox").whenCompleted(1).create();
        elevenLabs.stubFor(get(urlPathEqualTo("/v1/user/subscription")).withHeader("xi-api-key", equalTo(apiKey()))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                        {"tier":"creator","character_count":8500,"character_limit":10000,
                         "next_character_count_reset_unix":4102444800,"status":"active"}""")));
        assertEquals(200, synthesize("Una encuesta breve, por favor.", "encuestas").statusCode());

        HttpResponse<String> response = getText("/v1/usage");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode usage = json(response);
        assertEquals(8500, usage.path("elevenlabs").path("character_count").asLong());
        assertEquals(10000, usage.path("elevenlabs").path("character_limit").asLong());
        assertEquals(4102444800L, usage.path("elevenlabs").path("next_character_count_reset_unix").asLong());
        assertEquals(42, usage.path("campaigns").path("encuestas").path("daily").path("characters").asLong());
        assertEquals(42, usage.path("campaigns").path("encuestas").path("monthly").path("characters").asLong());
        assertEquals(100, usage.path("campaigns").path("ventas").path("daily").path("budget").asLong());
        assertEquals(200, getText("/v1/usage").statusCode());
        elevenLabs.verify(1, getRequestedFor(urlPathEqualTo("/v1/user/subscription")));

        // 85% of the plan: the 80% subscription alert, once.
        assertTrue(alertSent.matches(30, TimeUnit.SECONDS), "the alert was not sent");
        List<LoggedRequest> alerts = alerts("elevenlabs");
        assertEquals(1, alerts.size());
        assertEquals("elevenlabs", JSON.readTree(alerts.get(0).getBodyAsString()).path("subject").asText());
    }

    @Test
    void twoApplicationsDrawOnOneBudgetThroughOneRedis() throws Exception {
        // Two instances as production runs them: the budget's counters live in the one Redis both use (the in-memory
        // store is one per process). Different texts, so each request is a miss billed 42 characters by the simulator.
        try (EmbeddedRedis redis = EmbeddedRedis.start();
             LocutorInstance one = LocutorInstance.start(onRedis(redis));
             LocutorInstance other = LocutorInstance.start(onRedis(redis))) {
            int onePort = port(one);
            assertEquals(200, synthesizeAt(onePort, "Le recordamos su cita de mañana temprano, gracias.", "soporte").statusCode());
            assertEquals(200, synthesizeAt(port(other), "Su factura de este mes ya está disponible, gracias.", "soporte")
                    .statusCode()); // 84 counted, across both
            HttpResponse<String> refused = synthesizeAt(onePort, "Su pedido ya salió hacia su domicilio, gracias.", "soporte");
            assertEquals(429, refused.statusCode(), "84 + ~47 > 120, counted across both: " + refused.body());
            assertTrue(refused.body().contains("budget of 120"), refused.body());
        }
    }

    /** A standalone instance on this Redis with the soporte budget of this class (120 characters a day). */
    private Properties onRedis(EmbeddedRedis redis) throws IOException {
        Properties p = LocutorInstance.standalone(elevenLabs);
        p.put("locutor.cache.backend", "redis");
        p.put("locutor.cache.redis-url", redis.url());
        p.put("locutor.quota.soporte.daily", "120");
        return p;
    }

    private static int port(LocutorInstance instance) {
        return Integer.parseInt(instance.context().getPropertiesComponent().resolveProperty("camel.server.port").orElseThrow());
    }

    private HttpResponse<String> synthesize(String text, String campaign) throws Exception {
        return postJson("/v1/audio", "{\"text\": " + quoted(text) + ", \"campaign\": \"" + campaign + "\"}");
    }

    private HttpResponse<String> synthesizeAt(int port, String text, String campaign) throws Exception {
        return http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/v1/audio"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"text\": " + quoted(text) + ", \"campaign\": \""
                        + campaign + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Alerts leave after the request, from the outbox: each test waits here until every delivery it queued has been
     * sent (its file is deleted once sent), so none is sent, and counted, during the next test.
     */
    /** Every test's alerts are accepted, so each is sent at once (after the simulator's reset between tests). */
    @BeforeEach
    void alertsAccepted() {
        elevenLabs.stubFor(post(urlPathEqualTo("/alerts")).willReturn(aResponse().withStatus(204)));
    }

    @AfterEach
    void outboxDrained() throws Exception {
        Path pending = dataDir().resolve("webhooks-pending");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (WatchService watch = pending.getFileSystem().newWatchService()) {
            pending.register(watch, StandardWatchEventKinds.ENTRY_DELETE);
            while (hasDeliveries(pending)) {
                assertTrue(System.nanoTime() < deadline, "webhook deliveries still pending after 30 s");
                watch.poll(1, TimeUnit.SECONDS);
            }
        }
    }

    private static boolean hasDeliveries(Path pending) throws IOException {
        try (Stream<Path> files = Files.list(pending)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".json"));
        }
    }

    private List<LoggedRequest> alerts() {
        return elevenLabs.findAll(postRequestedFor(urlPathEqualTo("/alerts")));
    }

    /** The alerts about one subject (the plan, "elevenlabs", or a campaign, "campaign:<name>"). */
    private List<LoggedRequest> alerts(String subject) {
        return alerts().stream().filter(a -> a.getBodyAsString().contains("\"subject\":\"" + subject + "\"")).toList();
    }

    private static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
