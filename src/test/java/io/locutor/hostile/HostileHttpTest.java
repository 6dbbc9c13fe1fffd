package io.locutor.hostile;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import io.locutor.support.CapturedLog;
import io.locutor.support.LocutorTestSupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 over real HTTP: keys from headers only, purge-all only when asked, strict bodies on POST /v1/audio (nothing
 * hostile reaches ElevenLabs), one problem+json shape for the server's own 404/405/413/414/431, and caller values escaped
 * in the log.
 */
class HostileHttpTest extends LocutorTestSupport {

    private static final String KEY = "lk_hostile_7c1d93e0b2a4f568";

    @Override
    protected void overrides(Properties p) {
        p.put("locutor.security.api-keys", "ops:" + KEY);
        p.put("camel.server.max-body-size", "20000");
    }

    @Test
    void aKeyInTheUrlIsRefusedOnEveryDoorAndHeadersStillWork() throws Exception {
        String[] queries = {"X-Api-Key=" + KEY, "x-api-key=" + KEY, "Authorization=Bearer%20" + KEY, "xi-api-key=" + KEY};
        for (String query : queries) {
            HttpResponse<String> audio = send("POST", "/v1/audio?" + query, null, "{\"text\": \"Clave en la URL.\"}");
            assertEquals(400, audio.statusCode(), query + " " + audio.body());
            assertEquals("credentials_in_url", json(audio).path("code").asText());
            HttpResponse<String> voices = send("GET", "/v1/voices?" + query, null, null);
            assertEquals(400, voices.statusCode(), voices.body());
            HttpResponse<String> purge = send("DELETE", "/v1/cache?all=true&" + query, null, null);
            assertEquals(400, purge.statusCode(), purge.body());
            assertFalse(audio.body().contains(KEY) || voices.body().contains(KEY));
        }
        // Without any header a URL key is never a credential: the answer is 400 (or 401), never 200.
        assertEquals(401, send("GET", "/v1/usage", null, null).statusCode());
        elevenLabs.verify(0, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*")));
        assertEquals(200, send("POST", "/v1/audio", KEY, "{\"text\": \"Clave en la cabecera.\"}").statusCode());
        assertEquals(200, send("GET", "/v1/voices", KEY, null).statusCode());
    }

    @Test
    void purgingEverythingNeedsAllTrueAndBlankFiltersAreRefused() throws Exception {
        String key = json(send("POST", "/v1/audio", KEY, "{\"text\": \"Audio que no se purga.\"}")).path("cache_key").asText();
        for (String path : new String[] {"/v1/cache", "/v1/cache?voice=", "/v1/cache?voice=%20", "/v1/cache?all=",
                "/v1/cache?all=yes", "/v1/cache?voice=Bella&all=true", "/v1/cache?voice=Bella&voice="}) {
            HttpResponse<String> refused = send("DELETE", path, KEY, null);
            assertEquals(400, refused.statusCode(), path + " " + refused.body());
            assertEquals("invalid_request", json(refused).path("code").asText());
            assertTrue(json(refused).path("detail").asText().contains("all=true") || path.contains("Bella"), refused.body());
        }
        assertTrue(json(send("POST", "/v1/audio", KEY, "{\"text\": \"Audio que no se purga.\"}")).path("cached").asBoolean(),
                "nothing was purged by the refused calls: " + key);
        assertTrue(json(send("DELETE", "/v1/cache?all=true", KEY, null)).path("purged").asInt() >= 1);
    }

    @Test
    void hostileBodiesAre400sThatNameTheProblemAndReachNoOne() throws Exception {
        String[] bodies = {"{\"text\":\"Hola\"} xyz", "{\"text\":\"Hola\"}{\"text\":\"Otra\"}", "[{\"text\":\"Hola\"}]",
                "\"Hola\"", "42", "true", "{\"text\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}",
                "{\"text\":\"Hola\",\"voice_settings\":{\"speed\":" + "1".repeat(2000) + "}}", "{\"text\": 12}",
                "{\"text\": \"Hola\", \"language\": \"klingon\"}", "{\"text\": \"Hola\", \"language\": \"../../etc\"}",
                "{\"text\": \"<?xml version=\\\"1.0\\\"?><speak>Hola</speak>\"}", "{\"text\": \"<!DOCTYPE x>Hola\"}",
                "{\"text\": \"<!ENTITY x \\\"y\\\">Hola\"}", "{\"text\": \"Hola <break time=\\\"1s\\\">\"}",
                "{\"text\": \"Hola \\ud800\"}"};
        for (String body : bodies) {
            HttpResponse<String> answer = send("POST", "/v1/audio", KEY, body);
            assertEquals(400, answer.statusCode(), body.substring(0, Math.min(80, body.length())) + " " + answer.body());
            assertProblem(answer, 400, "invalid_request");
            String detail = json(answer).path("detail").asText();
            assertFalse(detail.contains("Field \"null\"") || detail.contains("StreamReadConstraints") || detail.contains("klingon\" is echoed"), detail);
        }
        HttpResponse<String> longName = send("POST", "/v1/audio", KEY, "{\"" + "n".repeat(15_000) + "\":1}");
        assertEquals(400, longName.statusCode());
        assertFalse(longName.body().contains("getMaxNameLength"), longName.body());
        byte[] malformed = "{\"text\":\"Hola \u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> latin1 = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/audio")).header("X-Api-Key", KEY)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(malformed)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, latin1.statusCode(), latin1.body());
        assertTrue(json(latin1).path("detail").asText().contains("UTF-8"));
        for (String door : new String[] {"/v1/text/normalize", "/v1/audio/stream"}) {
            HttpResponse<String> other = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + door)).header("X-Api-Key", KEY)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(malformed)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, other.statusCode(), door + " " + other.body());
            assertTrue(json(other).path("detail").asText().contains("UTF-8"), door + " " + other.body());
        }
        elevenLabs.verify(0, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*")));
    }

    @Test
    void theServersOwnRefusalsHaveTheSameShape() throws Exception {
        HttpResponse<String> unknown = send("GET", "/v2/nothing", KEY, null);
        assertProblem(unknown, 404, "not_found");

        HttpResponse<String> wrongMethod = send("PUT", "/v1/audio", KEY, "{}");
        assertProblem(wrongMethod, 405, "method_not_allowed");
        assertEquals("POST", wrongMethod.headers().firstValue("Allow").orElse(""));
        HttpResponse<String> cache = send("POST", "/v1/cache", KEY, "{}");
        assertProblem(cache, 405, "method_not_allowed");
        assertEquals("DELETE", cache.headers().firstValue("Allow").orElse(""));

        HttpResponse<String> tooBig = send("POST", "/v1/audio", KEY, "{\"text\": \"" + "a".repeat(30_000) + "\"}");
        assertProblem(tooBig, 413, "body_too_large");

        // Refused by the HTTP/1.1 decoder itself, before any router: a request line over 4096 bytes, headers over 8 KiB
        HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<String> longUri = http11.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/voices?q=" + "a".repeat(5_000)))
                .header("X-Api-Key", KEY).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(longUri, 414, "uri_too_long");
        HttpResponse<String> bigHeaders = http11.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/voices"))
                .header("X-Api-Key", KEY).header("X-Padding", "b".repeat(9_000)).build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(bigHeaders, 431, "headers_too_large");
        assertEquals(200, send("GET", "/v1/voices", KEY, null).statusCode(), "the server keeps serving after refusals");

        // Existing callers keep reading {"error": {"code", "message"}}
        HttpResponse<String> bad = send("POST", "/v1/audio", KEY, "{}");
        assertEquals("invalid_request", json(bad).path("error").path("code").asText());
        assertEquals(json(bad).path("detail").asText(), json(bad).path("error").path("message").asText());
    }

    @Test
    void callerValuesCannotForgeLogLines() throws Exception {
        String log;
        try (CapturedLog printed = CapturedLog.printed()) {
            send("POST", "/v1/audio", KEY, "{\"text\": \"Hola\", \"evil\\r\\nINFO forged line\": 1}");
            send("POST", "/v1/audio", KEY, "{\"text\": \"Hola\", \"voice\": \"Nadie\\nWARN forged voice\"}");
            send("POST", "/v1/audio", KEY, "{\"text\": \"Hola\", \"campaign\": \"c\\r\\nERROR forged campaign\", \"language\": \"x\\ny\"}");
            log = printed.text();
        }
        assertTrue(log.contains("forged line"), log);
        for (String line : log.split("\n")) {
            assertFalse(line.startsWith("INFO forged") || line.startsWith("WARN forged") || line.startsWith("ERROR forged")
                    || line.startsWith("y"), "forged line: " + line + "\n" + log);
        }
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String code) throws Exception {
        assertEquals(status, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""), answer.body());
        JsonNode problem = json(answer);
        assertEquals(status, problem.path("status").asInt(), answer.body());
        assertEquals(code, problem.path("code").asText(), answer.body());
        assertEquals("urn:locutor:problem:" + code, problem.path("type").asText());
        assertFalse(problem.path("title").asText().isEmpty());
        assertFalse(problem.path("detail").asText().isEmpty());
        assertEquals(code, problem.path("error").path("code").asText());
    }

    private HttpResponse<String> send(String method, String path, String key, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
