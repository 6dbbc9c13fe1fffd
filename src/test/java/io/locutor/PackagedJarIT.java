package io.locutor;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.PackagedJar;
import io.locutor.support.PackagedJarChecks;
import io.locutor.support.PrometheusText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar in its default mode (memory index, folder storage, embedded broker), started as a user starts it
 * (see {@link PackagedJar}: {@code java -jar} from an empty directory, settings from the environment only) and
 * answering real requests: the test classpath has components the jar might lack, so only this proves the jar works.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackagedJarIT {

    private final WireMockServer elevenLabs = ElevenLabsSimulator.start();
    private final HttpClient http = HttpClient.newHttpClient();
    private PackagedJar app;
    private int port;
    private Path data;

    @BeforeAll
    void startJar() throws Exception {
        ElevenLabsSimulator.stubDefaults(elevenLabs);
        ElevenLabsSimulator.stubSubscription(elevenLabs);
        // No LOCUTOR_PUBLIC_URL: answers carry the port actually served. Budgets and a campaign template come from the environment.
        app = PackagedJar.start(Map.of(
                "ELEVENLABS_BASE_URL", elevenLabs.baseUrl(),
                "ELEVENLABS_API_KEY", ElevenLabsSimulator.API_KEY,
                "LOCUTOR_CAMPAIGN_BUDGETS", "ventas=50000/day,1000000/month;soporte=5000/day",
                "LOCUTOR_CAMPAIGN_TEMPLATES", "recordatorios=Hola {nombre}, su cita es mañana."));
        port = app.port();
        data = app.workDir().resolve("data");
    }

    /** After every test: SIGTERM ends the process with a clean shutdown (a failure here fails the class). */
    @AfterAll
    void stopsCleanlyOnSigterm() throws Exception {
        try {
            PackagedJarChecks.stopsCleanly(app);
        } finally {
            app.close();
            elevenLabs.stop();
        }
    }

    @Test
    void defaultModeSynthesizesAMissAndAHitShowsNumericGaugesAndStopsCleanlyOnSigterm() throws Exception {
        JsonNode hit = PackagedJarChecks.synthesizesMissThenHit(app, "El modo por defecto, desde el jar.");
        assertTrue(hit.path("audio_url").asText().startsWith("http://localhost:" + port + "/v1/audio/"), hit.toString());
        PrometheusText metrics = PackagedJarChecks.numericGauges(app);
        assertEquals(50000, metrics.sum("locutor_quota_budget", "campaign=\"ventas\"", "period=\"daily\""));
        assertEquals(1000000, metrics.sum("locutor_quota_budget", "campaign=\"ventas\"", "period=\"monthly\""));
        assertEquals(5000, metrics.sum("locutor_quota_budget", "campaign=\"soporte\"", "period=\"daily\""));
    }

    /**
     * The jar answers a cache hit by its event-loop door (io.locutor.api.CacheHitDoor): the Camel route behind
     * {@code POST /v1/audio} runs for the miss only (Camel's own route meter counts it before the answer is written),
     * while the hits are counted and answered as the route would.
     */
    @Test
    void aCacheHitIsAnsweredByTheEventLoopDoorWithoutTheCamelRoute() throws Exception {
        HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String request = "{\"text\": \"Un acierto servido sin rutas, desde el jar.\"}";
        PrometheusText before = metrics();
        double hitsBefore = hitsOf(before);
        String[] answers = new String[3];
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> answer = http11.send(HttpRequest.newBuilder(uri("/v1/audio"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(request)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            assertEquals(HttpClient.Version.HTTP_1_1, answer.version());
            answers[i] = answer.body();
        }
        assertTrue(answers[1].contains("\"cached\":true"), answers[1]);
        assertEquals(answers[1], answers[2]);
        PrometheusText after = metrics();
        String synthesize = "routeId=\"synthesize\"";
        assertEquals(1, after.sum("camel_exchanges_total", synthesize) - before.sum("camel_exchanges_total", synthesize),
                "a hit ran the Camel route");
        // The jar's route policy times a request once, by its door's route (observe.DoorRoutePolicyFactory): the REST
        // verb's route and the core's hops the miss crossed have no series of their own; the context-wide one counts it.
        assertEquals(1, after.sum("camel_exchanges_total", "routeId=\"\"") - before.sum("camel_exchanges_total", "routeId=\"\""),
                "the context-wide count");
        for (String untimed : new String[] {"post-audio", "generate-audio", "elevenlabs-tts-call"}) {
            assertThrows(AssertionError.class, () -> after.sum("camel_exchanges_total", "routeId=\"" + untimed + "\""),
                    untimed + " is timed by the route policy");
        }
        assertEquals(2, hitsOf(after) - hitsBefore);
    }

    private static double hitsOf(PrometheusText metrics) {
        try {
            return metrics.sum("locutor_requests_total", "door=\"post-audio\"", "outcome=\"hit\"");
        } catch (AssertionError none) {
            return 0; // no hit counted yet
        }
    }

    private PrometheusText metrics() throws Exception {
        return new PrometheusText(http.send(HttpRequest.newBuilder(uri("/observe/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    /**
     * The normalizer's library data is read from the packaged jar's classpath: the Public Suffix List inside httpclient5
     * (round eight E: a web address under a newer top-level domain) and libphonenumber's metadata (an emergency number
     * dialled after its label). A jar that lost either would answer 500 or read the address as words.
     */
    @Test
    void normalizesWithTheLibraryDataInsideThePackagedJar() throws Exception {
        HttpResponse<String> preview = http.send(HttpRequest.newBuilder(uri("/v1/text/normalize"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Alta en moncayo.beer/club. Emergencias: 112.\", \"language\": \"es-ES\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, preview.statusCode(), preview.body());
        assertEquals("Alta en moncayo punto beer barra club. Emergencias: uno uno dos.",
                new ObjectMapper().readTree(preview.body()).path("text").asText(), preview.body());
    }

    @Test
    void synthesizesStoresServesAndStreamsFromThePackagedJar() throws Exception {
        HttpResponse<String> synth = http.send(HttpRequest.newBuilder(uri("/v1/audio"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Hola Sr. Pérez, su pedido #12345 llega el 15/07.\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, synth.statusCode(), synth.body());
        JsonNode answer = new ObjectMapper().readTree(synth.body());
        assertTrue(answer.path("normalized_text").asText().contains("quince de julio"), answer.toString());

        HttpResponse<byte[]> audio = http.send(HttpRequest.newBuilder(URI.create(answer.path("audio_url").asText())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertArrayEquals(ElevenLabsSimulator.AUDIO, audio.body());

        HttpResponse<byte[]> stream = http.send(HttpRequest.newBuilder(uri("/audio/stream?text="
                + URLEncoder.encode("Un stream desde el jar", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, stream.statusCode());
        assertArrayEquals(ElevenLabsSimulator.AUDIO, stream.body());

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/observe/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode(), health.body());

        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(uri("/v1/audio")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, bad.statusCode());

        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(uri("/observe/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(metrics.body().contains("locutor_requests_total{door=\"post-audio\",outcome=\"miss\"}")
                && metrics.body().contains("locutor_elevenlabs_generation_seconds_bucket"), "locutor's meters in the jar");

        assertFalse(app.output().contains(ElevenLabsSimulator.API_KEY), "the API key was logged");
    }

    @Test
    void scriptDroppedInTheInboxBecomesAManifestInTheOutbox() throws Exception {
        JsonNode result = manifestOf("jar.txt", "voice: Adam\n\nHola desde la carpeta del jar.\n").path("results").get(0);
        assertTrue(result.path("audio_url").asText().startsWith("http://localhost:" + port), result.toString());
    }

    /** The campaign's template comes from LOCUTOR_CAMPAIGN_TEMPLATES: the CSV names the campaign and gives no template. */
    @Test
    void campaignTemplateFromTheEnvironmentSpeaksEachRow() throws Exception {
        JsonNode manifest = manifestOf("recordatorios.csv", "# campaign: recordatorios\ncontact_id;nombre\nc1;Ana\n");
        assertEquals(1, manifest.path("succeeded").asInt(), manifest.toString());
        elevenLabs.verify(1, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*"))
                .withRequestBody(containing("Hola Ana, su cita es mañana.")));
    }

    /** Drops a file in the inbox (moved in whole, as a user's tool would) and waits for its manifest in the outbox. */
    private JsonNode manifestOf(String name, String content) throws Exception {
        Path outbox = Files.createDirectories(data.resolve("outbox"));
        Path staging = Files.createDirectories(data.resolve("staging"));
        try (WatchService watch = outbox.getFileSystem().newWatchService()) {
            outbox.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            Files.writeString(staging.resolve(name), content);
            Files.move(staging.resolve(name), Files.createDirectories(data.resolve("inbox")).resolve(name));
            Path manifest = outbox.resolve(name.substring(0, name.lastIndexOf('.')) + ".result.json");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(manifest)) {
                WatchKey key = watch.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                assertTrue(key != null, "no manifest within 60 s:\n" + app.output());
                key.pollEvents();
                key.reset();
            }
            return new ObjectMapper().readTree(manifest.toFile());
        }
    }

    private URI uri(String path) {
        return app.uri(path);
    }
}
