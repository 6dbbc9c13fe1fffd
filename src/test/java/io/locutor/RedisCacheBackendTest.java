package io.locutor;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.EmbeddedRedis;
import io.locutor.support.LocutorInstance;
import io.locutor.support.LocutorTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.StringRedisTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * LOCUTOR_CACHE=redis: two locutor instances (this test's application and a second one booted the same way, on
 * another port) share one real Redis, one WireMock ElevenLabs and one storage folder, as instances behind a load
 * balancer share Redis and S3.
 */
class RedisCacheBackendTest extends LocutorTestSupport {

    private static final EmbeddedRedis redisServer = EmbeddedRedis.start();
    private static final String TTS = "/v1/text-to-speech/.*";

    private final int otherPort = freePort();
    private LocutorInstance other;
    private StringRedisTemplate redis;

    @Override
    protected void overrides(Properties p) {
        p.put("locutor.cache.backend", "redis");
        p.put("locutor.cache.redis-url", redisServer.url());
        p.put("locutor.cache.redis-timeout", "500");
        p.put("locutor.quota.ventas.daily", "100000");
    }

    @BeforeAll
    void startOtherInstanceAndRedisClient() {
        Properties settings = useOverridePropertiesWithPropertiesComponent();
        settings.put("camel.server.port", Integer.toString(otherPort));
        settings.put("camel.management.port", Integer.toString(otherPort));
        // The instances share the storage folder, as two hosts share a volume; each has its own embedded broker.
        settings.put("locutor.queue.data-dir", dataDir().resolve("broker-other").toString());
        other = LocutorInstance.start(settings);
        redis = redisServer.client();
    }

    @AfterAll
    void stopAll() throws Exception {
        other.close();
        redisServer.close();
    }

    @BeforeEach
    void emptyRedis() {
        redisServer.flush();
    }

    @Test
    void twentyConcurrentIdenticalRequestsSplitBetweenTwoInstancesMakeOneUpstreamCall() throws Exception {
        String text = "Veinte llamadas en dos instancias, una sola síntesis.";
        // The one generation takes a while, so the other nineteen really are waiting on it, in both instances.
        elevenLabs.stubFor(post(urlPathMatching(TTS)).atPriority(1).withRequestBody(containing("dos instancias"))
                .withHeader("xi-api-key", equalTo(ElevenLabsSimulator.API_KEY))
                .willReturn(ElevenLabsSimulator.audioResponse().withFixedDelay(400)));
        String request = "{\"text\": " + quoted(text) + "}";
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<JsonNode>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String base = i % 2 == 0 ? baseUrl() : otherUrl();
                calls.add(() -> {
                    HttpResponse<String> r = send(base + "/v1/audio", request);
                    assertEquals(200, r.statusCode(), r.body());
                    return json(r);
                });
            }
            List<JsonNode> answers = new ArrayList<>();
            for (Future<JsonNode> f : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
                answers.add(f.get());
            }
            elevenLabs.verify(1, postRequestedFor(urlPathMatching(TTS)));
            assertEquals(1, answers.stream().map(a -> a.path("cache_key").asText()).distinct().count());
            assertEquals(19, answers.stream().filter(a -> a.path("cached").asBoolean()).count());
            String key = answers.get(0).path("cache_key").asText();
            assertEquals("19", redis.opsForValue().get("locutor:audio-hits:" + key), "every waiter's answer is a hit");
            assertFalse(redis.hasKey("locutor:flight:" + key), "the lock is released once the audio is published");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLockLeftByADeadInstanceExpiresAndAWaiterTakesOver() throws Exception {
        String request = "{\"text\": \"El dueño del candado murió.\"}";
        String key = json(send(baseUrl() + "/v1/audio", request)).path("cache_key").asText();
        assertEquals(1, json(delete(otherUrl() + "/v1/cache/" + key)).path("purged").asInt());

        // An instance took the generation and died: its lock stays until it expires.
        long before = System.currentTimeMillis();
        redis.opsForValue().set("locutor:flight:" + key, "dead-instance:1", Duration.ofMillis(1500));
        HttpResponse<String> answer = send(otherUrl() + "/v1/audio", request);

        assertEquals(200, answer.statusCode(), answer.body());
        assertFalse(json(answer).path("cached").asBoolean());
        List<LoggedRequest> calls = elevenLabs.findAll(postRequestedFor(urlPathMatching(TTS)));
        assertEquals(2, calls.size(), "the purged audio is generated again, once");
        assertTrue(calls.get(1).getLoggedDate().getTime() >= before + 1500 - 5,
                "the waiter generated only after the dead owner's lock expired");
        assertFalse(redis.hasKey("locutor:flight:" + key));
    }

    @Test
    void theIndexEntryHoldsLocationAndMetadataAndEachHitCountsAndRenewsItsTtl() throws Exception {
        String request = "{\"voice\": \"Adam\", \"text\": \"Metadatos en Redis.\"}";
        JsonNode first = json(send(baseUrl() + "/v1/audio", request));
        String key = first.path("cache_key").asText();
        JsonNode entry = JSON.readTree(redis.opsForValue().get("locutor:audio:" + key));
        assertEquals(key + ".mp3", entry.path("location").asText());
        assertEquals("mp3", entry.path("extension").asText());
        assertEquals("pNInz6obpgDQGcFmaJgB", entry.path("voice_id").asText());
        assertEquals("eleven_multilingual_v2", entry.path("model_id").asText());
        assertEquals(ElevenLabsSimulator.CHARACTER_COUNT, entry.path("characters").asInt());
        assertEquals(ElevenLabsSimulator.REQUEST_ID, entry.path("request_id").asText());
        assertTrue(entry.path("created").asLong() > 0);
        assertTrue(redis.getExpire("locutor:audio:" + key, TimeUnit.SECONDS) > 86_000, "LOCUTOR_CACHE_TTL, 86400 s");

        redis.expire("locutor:audio:" + key, Duration.ofSeconds(30));
        JsonNode hit = json(send(otherUrl() + "/v1/audio", request));
        assertTrue(hit.path("cached").asBoolean(), "the other instance answers from the shared index");
        elevenLabs.verify(1, postRequestedFor(urlPathMatching(TTS)));
        assertEquals("1", redis.opsForValue().get("locutor:audio-hits:" + key));
        assertTrue(redis.getExpire("locutor:audio:" + key, TimeUnit.SECONDS) > 86_000, "a hit renews the TTL");
    }

    @Test
    void purgeByVoiceAndAllScanRedisAndTheNextRequestRegenerates() throws Exception {
        String bella1 = "{\"voice\": \"Bella\", \"text\": \"Purga uno.\"}";
        String bella2 = "{\"voice\": \"AZnzlk1XvdvUeBnXmlld\", \"text\": \"Purga dos.\"}";
        String adam = "{\"voice\": \"Adam\", \"text\": \"Purga tres.\"}";
        for (String r : List.of(bella1, bella2, adam)) {
            assertEquals(200, send(baseUrl() + "/v1/audio", r).statusCode());
        }
        JsonNode byVoice = json(delete(otherUrl() + "/v1/cache?voice=bella"));
        assertEquals(2, byVoice.path("purged").asInt(), byVoice.toString());
        assertEquals("AZnzlk1XvdvUeBnXmlld", byVoice.path("voice_id").asText());

        assertFalse(json(send(otherUrl() + "/v1/audio", bella1)).path("cached").asBoolean(), "purged: generated again");
        assertTrue(json(send(otherUrl() + "/v1/audio", adam)).path("cached").asBoolean(), "another voice's audio stays");
        elevenLabs.verify(4, postRequestedFor(urlPathMatching(TTS)));

        assertEquals(2, json(delete(baseUrl() + "/v1/cache?all=true")).path("purged").asInt(), "bella1 again and adam");
        List<String> left = new ArrayList<>();
        redis.scan(org.springframework.data.redis.core.ScanOptions.scanOptions().match("locutor:audio:*").build())
                .forEachRemaining(left::add);
        assertEquals(List.of(), left);
        assertFalse(json(send(baseUrl() + "/v1/audio", adam)).path("cached").asBoolean());
    }

    @Test
    void redisDownServesWithoutTheCacheAndRedisBackIsUsedAgainWithoutARestart() throws Exception {
        String request = "{\"text\": \"Redis se cayó y volvió.\"}";
        redisServer.down();
        try {
            HttpResponse<String> first = send(baseUrl() + "/v1/audio", request);
            HttpResponse<String> second = send(otherUrl() + "/v1/audio", request);
            assertEquals(200, first.statusCode(), first.body());
            assertEquals(200, second.statusCode(), second.body());
            HttpResponse<String> budgeted = send(baseUrl() + "/v1/audio", "{\"text\": \"Campaña con presupuesto.\", \"campaign\": \"ventas\"}");
            assertEquals(200, budgeted.statusCode(), "budgets cannot be counted, but the call is not lost: " + budgeted.body());
            assertTrue(backendErrors() > 0, "failures are counted");
            HttpResponse<String> health = getText("/observe/health?exposureLevel=full");
            assertEquals(503, health.statusCode(), health.body());
            assertTrue(health.body().contains("cache-backend"), health.body());
        } finally {
            redisServer.up();
        }
        // Both instances: the other one's Redis connection reconnects on its own back-off, and a later test that uses it
        // (a purge through it) once met it still disconnected and got "cache_unavailable".
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (String instance : new String[] {baseUrl(), otherUrl()}) {
            while (getText(instance + "/observe/health").statusCode() != 200) {
                assertTrue(System.nanoTime() < deadline, "Redis is used again once it answers, within 20 s: " + instance);
            }
        }
        JsonNode back = json(send(baseUrl() + "/v1/audio", request));
        assertTrue(back.path("cached").asBoolean(), "the stored audio is indexed in Redis again and served");
        assertTrue(redis.hasKey("locutor:audio:" + back.path("cache_key").asText()));
        elevenLabs.verify(3, postRequestedFor(urlPathMatching(TTS)));
    }

    @Test
    void aRedisSlowerThanTheCommandTimeoutIsSkippedNotWaitedFor() throws Exception {
        double errorsBefore = backendErrors();
        // Redis holds every client's commands for 3 s (UNPAUSE would be held too): locutor's time out at 500 ms and
        // the request goes on without the cache.
        redis.execute(c -> c.execute("CLIENT", "PAUSE".getBytes(), "3000".getBytes()), true);
        HttpResponse<String> answer = send(baseUrl() + "/v1/audio", "{\"text\": \"Redis lento.\"}");
        assertEquals(200, answer.statusCode(), answer.body());
        assertFalse(json(answer).path("cached").asBoolean());
        assertTrue(backendErrors() > errorsBefore, "the timeout is counted");
        // This client has no timeout: its PING is answered when the pause ends, so no later test meets it (one whose
        // purge ran inside the pause got "unavailable" from locutor once, on a loaded machine).
        redis.execute(c -> c.ping(), true);
    }

    /** locutor_cache_backend_errors_total as /observe/metrics shows it (0 before the first error). */
    private double backendErrors() throws Exception {
        return getText("/observe/metrics").body().lines()
                .filter(l -> l.startsWith("locutor_cache_backend_errors_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    private String otherUrl() {
        return "http://localhost:" + otherPort;
    }

    private HttpResponse<String> send(String url, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> delete(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }
}
