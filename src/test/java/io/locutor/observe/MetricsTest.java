package io.locutor.observe;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import io.locutor.support.PrometheusText;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * /observe/metrics after a scripted sequence, the Grafana dashboard against what it exposes, and /observe/health
 * reporting ElevenLabs' invalid key.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MetricsTest extends LocutorTestSupport {

    private static final String ADAM = "pNInz6obpgDQGcFmaJgB";
    private static final Path DASHBOARD = Path.of("observability/grafana/dashboards/locutor.json");

    @Override
    protected void overrides(java.util.Properties properties) {
        // a budget, so the quota gauges the dashboard draws exist
        properties.put("locutor.quota.ventas.monthly", "100000");
    }

    @Test
    @Order(1)
    void countersHoldExactValuesAfterTwoMissesOneHitAndOneError() throws Exception {
        assertEquals(200, postJson("/v1/audio", "{\"text\": \"Primera llamada.\", \"voice\": \"Adam\", \"campaign\": \"ventas\"}").statusCode());
        assertEquals(200, postJson("/v1/audio", "{\"text\": \"Segunda llamada.\", \"voice\": \"Adam\", \"campaign\": \"ventas\"}").statusCode());
        HttpResponse<String> hit = postJson("/v1/audio", "{\"text\": \"Primera llamada.\", \"voice\": \"Adam\", \"campaign\": \"ventas\"}");
        assertTrue(json(hit).path("cached").asBoolean(), hit.body());
        HttpResponse<String> error = postJson("/v1/audio", "{\"text\": \"Hola\", \"voice_settings\": {\"stability\": 5}}");
        assertEquals(400, error.statusCode());

        PrometheusText metrics = metrics();
        String adam = "voice=\"" + ADAM + "\"";
        assertEquals(2, metrics.sum("locutor_cache_misses_total", adam));
        assertEquals(1, metrics.sum("locutor_cache_hits_total", adam));
        assertEquals(2, metrics.sum("locutor_requests_total", "door=\"post-audio\"", "outcome=\"miss\""));
        assertEquals(1, metrics.sum("locutor_requests_total", "door=\"post-audio\"", "outcome=\"hit\""));
        assertEquals(1, metrics.sum("locutor_requests_total", "door=\"post-audio\"", "outcome=\"error\""));
        assertEquals(1, metrics.sum("locutor_errors_total", "code=\"invalid_request\""));
        assertEquals(2.0 * ElevenLabsSimulator.CHARACTER_COUNT,
                metrics.sum("locutor_characters_billed_total", adam, "campaign=\"ventas\""));
        assertEquals(4, metrics.sum("locutor_request_duration_seconds_count", "door=\"post-audio\""));
        assertEquals(2, metrics.sum("locutor_elevenlabs_generation_seconds_count", adam, "outcome=\"ok\""));
        assertEquals(2, metrics.sum("locutor_elevenlabs_generation_seconds_bucket", adam, "le=\"+Inf\""));
        assertEquals(2, metrics.sum("locutor_cache_entries"));
        assertEquals(2.0 * ElevenLabsSimulator.AUDIO.length, metrics.sum("locutor_cache_bytes"));
        assertEquals(0, metrics.sum("locutor_upstream_in_use"));
        assertEquals(0, metrics.sum("locutor_upstream_queued"));
        // every request is counted in one place, as its door's route ends: misses too, and the other REST doors
        assertEquals(3, metrics.sum("http_server_requests_seconds_count", "route=\"post-audio\"", "status=\"200\""));
        assertEquals(200, getText("/v1/voices").statusCode());
        assertEquals(1, metrics().sum("locutor_requests_total", "door=\"get-voices\"", "outcome=\"ok\""));
    }

    @Test
    @Order(2)
    void aStreamedMissAndHitAreCountedAtTheirDoor() throws Exception {
        String path = "/audio/stream?voice_id=Sarah&text=" + java.net.URLEncoder.encode("Un flujo contado.", java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(200, getBytes(path).statusCode());
        assertEquals(200, getBytes(path).statusCode());

        PrometheusText metrics = metrics();
        String sarah = "voice=\"EXAVITQu4vr4xnSDxMaL\"";
        assertEquals(1, metrics.sum("locutor_requests_total", "door=\"get-audio-stream\"", "outcome=\"miss\""));
        assertEquals(1, metrics.sum("locutor_requests_total", "door=\"get-audio-stream\"", "outcome=\"hit\""));
        assertEquals(1, metrics.sum("locutor_cache_hits_total", sarah));
        assertEquals(ElevenLabsSimulator.CHARACTER_COUNT, metrics.sum("locutor_characters_billed_total", sarah, "campaign=\"none\""));
        assertEquals(1, metrics.sum("locutor_elevenlabs_generation_seconds_count", sarah));
    }

    @Test
    @Order(3)
    void everyMetricTheDashboardQueriesIsExposed() throws Exception {
        assertEquals(200, postJson("/v1/audio", "{\"text\": \"Tablero uno.\"}").statusCode());
        assertEquals(200, postJson("/v1/audio", "{\"text\": \"Tablero uno.\"}").statusCode());
        assertEquals(400, postJson("/v1/audio", "{}").statusCode());

        JsonNode dashboard = JSON.readTree(Files.readString(DASHBOARD));
        Set<String> queried = new TreeSet<>();
        // locutor's own meters and the binders' (JVM, process, system, HTTP server)
        Pattern metric = Pattern.compile("\\b(locutor|jvm|process|system|http_server)_[a-z_]+");
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                Matcher m = metric.matcher(target.path("expr").asText());
                while (m.find()) {
                    queried.add(m.group());
                }
            }
        }
        assertTrue(queried.size() >= 8, "the dashboard queries locutor's metrics: " + queried);
        Set<String> exposed = metrics().names();
        Set<String> missing = new TreeSet<>(queried);
        missing.removeAll(exposed);
        assertTrue(missing.isEmpty(), "dashboard queries metrics /observe/metrics does not expose: " + missing);
        for (String title : new String[] {"Total requests", "Characters billed", "Average response time", "Requests per hour",
                "Cache hit rate", "Errors per hour", "Characters per voice", "Quota used per campaign",
                "Upstream latency percentiles", "Requests per door", "JVM memory used", "HTTP server requests by status",
                "ElevenLabs connection pool", "Cache index: hit ratio, entries, remaining TTL"}) {
            assertTrue(dashboard.toString().contains("\"" + title + "\""), "panel " + title);
        }
    }

    @Test
    @Order(4)
    void healthShowsAnInvalidElevenLabsKeyAndReadinessGoesDown() throws Exception {
        HttpResponse<String> before = getText("/observe/health/ready");
        assertEquals(200, before.statusCode(), before.body());

        elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/.*")).atPriority(1)
                .withRequestBody(containing("Clave mala"))
                .willReturn(ElevenLabsSimulator.error(401, "{\"detail\":{\"status\":\"invalid_api_key\",\"message\":\"Invalid API key\"}}")));
        assertEquals(502, postJson("/v1/audio", "{\"text\": \"Clave mala.\"}").statusCode());

        HttpResponse<String> ready = getText("/observe/health/ready");
        assertEquals(503, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("elevenlabs_invalid_api_key"), ready.body());
        HttpResponse<String> live = getText("/observe/health/live");
        assertEquals(200, live.statusCode(), live.body());

        // The next generation that succeeds makes ElevenLabs ready again.
        assertEquals(200, postJson("/v1/audio", "{\"text\": \"Clave buena.\"}").statusCode());
        assertEquals(200, getText("/observe/health/ready").statusCode());
        assertFalse(getText("/observe/health?exposureLevel=full").body().contains("elevenlabs_invalid_api_key"));
    }

    /**
     * Camel's route policy times the routes a request enters by, and not the synthesis core's hops inside it (the
     * routes whose route configuration is the core's or the ElevenLabs call's, read from routes/): a miss goes through
     * both, and only its door's route counts it. Nor the REST verbs' routes (read from routes/ too), which only hand the
     * request to their door's route: each HTTP request is counted once, by the door's route. Both are told apart by
     * their definitions as Camel creates them (observe.DoorRoutePolicyFactory), so a verb added to routes/ is checked
     * here without a list to update. The context-wide figures ({@code routeId=""}), which count a request on the route
     * it enters by, still count the REST request.
     */
    @Test
    @Order(5)
    void theRoutePolicyTimesTheDoorsRouteNotTheCoresHops() throws Exception {
        Set<String> core = new TreeSet<>();
        Set<String> restVerbs = new TreeSet<>();
        com.fasterxml.jackson.databind.ObjectMapper yaml = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        try (var files = Files.list(Path.of("routes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".camel.yaml")).toList()) {
                for (JsonNode element : yaml.readTree(file.toFile())) {
                    JsonNode route = element.path("route");
                    if (Set.of("synthesis-core", "elevenlabs-retry", "elevenlabs-attempt").contains(route.path("routeConfigurationId").asText())) {
                        core.add(route.path("id").asText());
                    }
                    for (JsonNode verbs : element.path("rest")) {
                        for (JsonNode verb : verbs) {
                            restVerbs.add(verb.path("id").asText());
                        }
                    }
                }
            }
        }
        assertTrue(core.containsAll(Set.of("synthesize-speech", "generate-audio", "elevenlabs-tts-call")), core.toString());
        assertTrue(restVerbs.containsAll(Set.of("post-audio", "get-audio-stream", "xi-text-to-speech", "openai-audio-speech")), restVerbs.toString());
        PrometheusText before = metrics();
        assertEquals(200, postJson("/v1/audio", "{\"text\": \"Una ruta contada en su puerta.\"}").statusCode());
        String text = getText("/observe/metrics").body();
        PrometheusText after = new PrometheusText(text);
        assertEquals(1, after.sum("camel_exchanges_total", "routeId=\"synthesize\"") - before.sum("camel_exchanges_total", "routeId=\"synthesize\""));
        assertEquals(1, after.sum("camel_exchanges_total", "routeId=\"\"") - before.sum("camel_exchanges_total", "routeId=\"\""),
                "the context-wide count");
        for (String route : core) {
            assertFalse(text.contains("routeId=\"" + route + "\""), route + " is timed by the route policy");
        }
        for (String verb : restVerbs) {
            assertFalse(text.contains("routeId=\"" + verb + "\""), verb + " (a REST verb's route) is timed by the route policy");
        }
    }

    private PrometheusText metrics() throws Exception {
        HttpResponse<String> response = getText("/observe/metrics");
        assertEquals(200, response.statusCode());
        return new PrometheusText(response.body());
    }
}
