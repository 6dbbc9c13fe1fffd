package io.locutor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.EmbeddedRedis;
import io.locutor.support.ExternalBroker;
import io.locutor.support.PackagedJar;
import io.locutor.support.PackagedJarChecks;
import io.locutor.support.PrometheusText;
import io.locutor.support.S3Server;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.TestInstance;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every production mode of the packaged jar, each started once as a user starts it (see {@link PackagedJar}) against
 * the real parts a deployment has: embedded Redis, s3proxy, an Artemis broker of the test's own; one WireMock plays
 * ElevenLabs for all. Each mode synthesizes a miss and a hit, serves the audio byte-exact, shows numeric gauges and
 * stops cleanly on SIGTERM. The README's production section shows these same settings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackagedModesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final WireMockServer elevenLabs = ElevenLabsSimulator.start();

    @BeforeEach
    void stubElevenLabs() {
        elevenLabs.resetAll();
        ElevenLabsSimulator.stubDefaults(elevenLabs);
        ElevenLabsSimulator.stubSubscription(elevenLabs);
    }

    @AfterAll
    void stopElevenLabs() {
        elevenLabs.stop();
    }

    private Map<String, String> elevenLabsSettings() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("ELEVENLABS_BASE_URL", elevenLabs.baseUrl());
        env.put("ELEVENLABS_API_KEY", ElevenLabsSimulator.API_KEY);
        return env;
    }

    @Test
    void redisIndex() throws Exception {
        try (EmbeddedRedis redis = EmbeddedRedis.start()) {
            Map<String, String> env = elevenLabsSettings();
            env.put("LOCUTOR_CACHE", "redis");
            env.put("REDIS_URL", redis.url());
            try (PackagedJar jar = PackagedJar.start(env)) {
                JsonNode hit = PackagedJarChecks.synthesizesMissThenHit(jar, "El índice en Redis, desde el jar.");
                assertFalse(redis.client().keys("*" + hit.path("cache_key").asText() + "*").isEmpty(), "indexed in Redis");
                PackagedJarChecks.numericGauges(jar);
                PackagedJarChecks.stopsCleanly(jar);
            }
        }
    }

    @Test
    void s3Storage() throws Exception {
        S3Server s3 = S3Server.start();
        try {
            Map<String, String> env = elevenLabsSettings();
            env.putAll(s3Settings(s3, "jar-audio"));
            try (PackagedJar jar = PackagedJar.start(env)) {
                JsonNode hit = PackagedJarChecks.synthesizesMissThenHit(jar, "El audio en S3, desde el jar.");
                byte[] stored = s3.client().getObjectAsBytes(b -> b.bucket("jar-audio")
                        .key("audio/" + hit.path("cache_key").asText() + ".mp3")).asByteArray();
                assertArrayEquals(ElevenLabsSimulator.AUDIO, stored, "the object is the audio itself");
                PackagedJarChecks.numericGauges(jar);
                PackagedJarChecks.stopsCleanly(jar);
            }
        } finally {
            s3.stop();
        }
    }

    @Test
    void externalArtemisOverAmqp() throws Exception {
        try (ExternalBroker broker = ExternalBroker.start()) {
            Map<String, String> env = elevenLabsSettings();
            env.put("LOCUTOR_QUEUE_URL", broker.amqpUrl());
            try (PackagedJar jar = PackagedJar.start(env)) {
                PackagedJarChecks.synthesizesMissThenHit(jar, "Una cola externa, desde el jar.");
                JsonNode result = requestOverTheQueue(broker.amqpUrl(), "Un pedido por la cola externa.", "ext-1");
                assertEquals("ext-1", result.path("correlation_id").asText(), result.toString());
                assertFalse(jar.output().contains("AMQ221020"), "the app started a broker of its own:\n" + jar.output());
                PackagedJarChecks.numericGauges(jar);
                PackagedJarChecks.stopsCleanly(jar);
            }
        }
    }

    /**
     * The compose shape: the app service's environment from docker-compose.yml, as written, with its service names
     * (redis, minio, artemis), its data folder and its port replaced by the test's own parts.
     */
    @Test
    void composeShapeRedisS3AndExternalBrokerTogether() throws Exception {
        Map<String, String> compose = composeAppEnvironment();
        try (EmbeddedRedis redis = EmbeddedRedis.start(); ExternalBroker broker = ExternalBroker.start()) {
            S3Server s3 = S3Server.start(compose.get("AWS_ACCESS_KEY_ID"), compose.get("AWS_SECRET_ACCESS_KEY"));
            try {
                // compose's one-shot minio-bucket service creates the bucket; the app is told not to.
                s3.client().createBucket(b -> b.bucket(compose.get("LOCUTOR_S3_BUCKET")));
                String s3Address = URI.create(s3.endpoint()).getAuthority();
                Map<String, String> env = new LinkedHashMap<>();
                compose.forEach((name, value) -> env.put(name, value
                        .replace("redis:6379", redis.url().substring("redis://".length()))
                        .replace("minio:9000", s3Address).replace("localhost:9000", s3Address)
                        .replace("artemis:61616", "127.0.0.1:" + broker.port())));
                env.remove("LOCUTOR_DATA_DIR");
                env.remove("LOCUTOR_PUBLIC_URL");
                env.putAll(elevenLabsSettings());
                try (PackagedJar jar = PackagedJar.start(env)) {
                    JsonNode hit = PackagedJarChecks.synthesizesMissThenHit(jar, "Todo junto, como en compose.");
                    assertTrue(hit.path("audio_url").asText().startsWith(s3.endpoint()), hit.toString());
                    assertFalse(redis.client().keys("*" + hit.path("cache_key").asText() + "*").isEmpty(), "indexed in Redis");
                    JsonNode result = requestOverTheQueue(broker.amqpUrl(), "Un pedido en la forma de compose.", "compose-1");
                    assertEquals("compose-1", result.path("correlation_id").asText(), result.toString());
                    PackagedJarChecks.numericGauges(jar);
                    PackagedJarChecks.stopsCleanly(jar);
                }
            } finally {
                s3.stop();
            }
        }
    }

    /** Two instances on one Redis: 20 identical requests at once, split across both, make one ElevenLabs call. */
    @Test
    void twoInstancesSharingOneRedisMakeOneElevenLabsCallFor20IdenticalRequests(@TempDir Path shared) throws Exception {
        String text = "Veinte pedidos iguales, dos instancias.";
        // Slow enough that every request arrives while the first generation runs.
        elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/[A-Za-z0-9]+")).atPriority(1)
                .withRequestBody(containing("Veinte pedidos iguales"))
                .willReturn(ElevenLabsSimulator.audioResponse().withFixedDelay(3000)));
        try (EmbeddedRedis redis = EmbeddedRedis.start()) {
            List<PackagedJar> jars = new ArrayList<>();
            try {
                for (String name : List.of("a", "b")) {
                    Map<String, String> env = elevenLabsSettings();
                    env.put("LOCUTOR_CACHE", "redis");
                    env.put("REDIS_URL", redis.url());
                    env.put("LOCUTOR_DATA_DIR", shared.toString());
                    env.put("LOCUTOR_QUEUE_DATA_DIR", shared.resolve("broker-" + name).toString());
                    jars.add(PackagedJar.start(env));
                }
                HttpClient http = HttpClient.newHttpClient();
                List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    answers.add(http.sendAsync(HttpRequest.newBuilder(jars.get(i % 2).uri("/v1/audio"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"text\": " + JSON.writeValueAsString(text) + "}")).build(),
                            HttpResponse.BodyHandlers.ofString()));
                }
                Map<String, Integer> keys = new HashMap<>();
                for (CompletableFuture<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> response = answer.join();
                    assertEquals(200, response.statusCode(), response.body());
                    keys.merge(JSON.readTree(response.body()).path("cache_key").asText(), 1, Integer::sum);
                }
                assertEquals(1, keys.size(), keys.toString());
                // One call. A Redis command that fails or misses its timeout (500 ms) is served without the cache by
                // design, and counted: on a loaded machine one such command once gave 4 calls. So each call beyond the
                // first must be explained by a counted backend error; with none, exactly one call.
                double backendErrors = 0;
                for (PackagedJar jar : jars) {
                    PrometheusText metrics = PackagedJarChecks.numericGauges(jar);
                    // the counter is registered at a backend's first error
                    if (metrics.names().contains("locutor_cache_backend_errors_total")) {
                        backendErrors += metrics.sum("locutor_cache_backend_errors_total");
                    }
                }
                int calls = elevenLabs.findAll(postRequestedFor(urlPathMatching("/v1/text-to-speech/[A-Za-z0-9]+"))
                        .withRequestBody(containing("Veinte pedidos iguales"))).size();
                assertTrue(calls >= 1 && calls <= 1 + backendErrors,
                        calls + " ElevenLabs calls for 20 identical requests with " + backendErrors + " cache backend errors");
                for (PackagedJar jar : jars) {
                    PackagedJarChecks.synthesizesMissThenHit(jar, "Una instancia de dos, puerto " + jar.port() + ".");
                    PackagedJarChecks.numericGauges(jar);
                }
                for (PackagedJar jar : jars) {
                    PackagedJarChecks.stopsCleanly(jar);
                }
            } finally {
                for (PackagedJar jar : jars) {
                    jar.close();
                }
            }
        }
    }

    private static Map<String, String> s3Settings(S3Server s3, String bucket) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("LOCUTOR_STORAGE", "s3");
        env.put("LOCUTOR_S3_BUCKET", bucket);
        env.put("LOCUTOR_S3_ENDPOINT", s3.endpoint());
        env.put("LOCUTOR_S3_PATH_STYLE", "true");
        env.put("AWS_ACCESS_KEY_ID", S3Server.ACCESS_KEY);
        env.put("AWS_SECRET_ACCESS_KEY", S3Server.SECRET_KEY);
        return env;
    }

    /** A CRM's request over AMQP 1.0 on the broker, and the result locutor publishes back. */
    private static JsonNode requestOverTheQueue(String url, String text, String correlationId) throws Exception {
        Connection connection = new JmsConnectionFactory(url).createConnection();
        try {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (MessageConsumer results = session.createConsumer(session.createQueue("locutor.results"));
                 MessageProducer requests = session.createProducer(session.createQueue("locutor.requests"))) {
                requests.send(session.createTextMessage("{\"text\": " + JSON.writeValueAsString(text)
                        + ", \"correlation_id\": \"" + correlationId + "\"}"));
                Message result = results.receive(60_000);
                assertNotNull(result, "no result on locutor.results");
                return JSON.readTree(((TextMessage) result).getText());
            }
        } finally {
            connection.close();
        }
    }

    /** docker-compose.yml's locutor service environment, ${VAR:-default} read as its default. */
    private static Map<String, String> composeAppEnvironment() throws Exception {
        JsonNode environment = new YAMLMapper().readTree(Path.of("docker-compose.yml").toFile())
                .path("services").path("locutor").path("environment");
        Pattern variable = Pattern.compile("\\$\\{[A-Z0-9_]+:-([^}]*)}");
        Map<String, String> env = new LinkedHashMap<>();
        environment.fields().forEachRemaining(field -> {
            Matcher m = variable.matcher(field.getValue().asText());
            env.put(field.getKey(), m.replaceAll(r -> Matcher.quoteReplacement(r.group(1))));
        });
        return env;
    }
}
