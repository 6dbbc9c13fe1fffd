package io.locutor.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import io.locutor.observe.AccessLog;
import io.locutor.support.CapturedLog;
import io.locutor.support.LocutorTestSupport;
import io.locutor.support.PrometheusText;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /v1/audio} over HTTP/1.1 with the audio already stored: answered by {@link CacheHitDoor} on the event loop,
 * with the Camel door's bytes, meters and access line; everything else reaches the Camel door ({@code post-audio}) with
 * its body and gets that door's answer. Which door answered is read from Camel itself: every request the Camel door
 * takes becomes an exchange of route {@code post-audio}, created before its answer is written.
 */
class CacheHitDoorTest extends LocutorTestSupport {

    private final HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Override
    protected void overrides(Properties p) {
        p.put("locutor.http.event-loops", "2");
        p.put("locutor.webhooks.allow-private", "true"); // the callback below is the simulator's own address
    }

    @Test
    void aHitIsAnsweredByTheDoorWithTheRoutesAnswerMetersAndAccessLine() throws Exception {
        String request = "{\"text\": \"La puerta de los aciertos.\", \"voice\": \"Bella\", \"language\": \"es\"}";
        try (CapturedLog access = new CapturedLog(AccessLog.LOGGER)) {
            // Request ids come from one counter (Camel's uuid generator, which both doors use): an id taken now is below
            // every request of this test and above the earlier tests' (whose last exchange may still log while this runs).
            String startOfTest = context.getUuidGenerator().generateUuid();
            PrometheusText before = metrics();
            NotifyBuilder camelDoor = new NotifyBuilder(context).fromRoute("post-audio").whenReceived(1).create();
            NotifyBuilder camelDoorTwice = new NotifyBuilder(context).fromRoute("post-audio").whenReceived(2).create();
            HttpResponse<String> miss = post(request, null);
            assertEquals(200, miss.statusCode(), miss.body());
            HttpResponse<String> hit = post(request, null);
            HttpResponse<String> again = post(request, null);
            assertTrue(camelDoor.matches(), "the miss did not reach the Camel door");
            assertFalse(camelDoorTwice.matches(), "a hit reached the Camel door");

            assertEquals(200, hit.statusCode(), hit.body());
            assertEquals("application/json", hit.headers().firstValue("Content-Type").orElse(""));
            JsonNode first = json(miss);
            JsonNode answer = json(hit);
            assertFalse(first.path("cached").asBoolean());
            assertTrue(answer.path("cached").asBoolean());
            assertEquals(0, answer.path("characters").asInt());
            // the route's answer for a hit, field for field: only "cached", "characters" and the request id differ
            ((com.fasterxml.jackson.databind.node.ObjectNode) first).put("cached", true).put("characters", 0).remove("request_id");
            assertEquals(first, answer);
            assertEquals(hit.body(), again.body());

            PrometheusText after = metrics();
            List<String[]> counted = List.of(
                    new String[] {"locutor_requests_total", "door=\"post-audio\"", "outcome=\"hit\""},
                    new String[] {"locutor_requests_total", "door=\"post-audio\"", "outcome=\"miss\""},
                    new String[] {"locutor_cache_hits_total", "voice=\"AZnzlk1XvdvUeBnXmlld\""},
                    new String[] {"locutor_request_duration_seconds_count", "door=\"post-audio\"", "outcome=\"hit\""},
                    new String[] {"http_server_requests_seconds_count", "route=\"post-audio\"", "status=\"200\""});
            double[] expected = {2, 1, 2, 2, 3};
            for (int i = 0; i < expected.length; i++) {
                String[] m = counted.get(i);
                String[] labels = java.util.Arrays.copyOfRange(m, 1, m.length);
                assertEquals(expected[i], after.sum(m[0], labels) - countedBefore(before, m[0], labels), String.join(" ", m));
            }

            // The miss's line is written when its exchange completes, which may come after the hits' lines: by content,
            // not by position; and only this test's requests.
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            List<String> lines = linesAfter(access, startOfTest);
            while (lines.size() < 3 && System.nanoTime() < deadline) {
                access.awaitLines(access.lines().size() + 1, Duration.ofNanos(deadline - System.nanoTime()));
                lines = linesAfter(access, startOfTest);
            }
            assertEquals(2, lines.stream().filter(line -> line.matches("door=post-audio outcome=hit status=200 ms=\\d+ chars=0 "
                    + "voice=AZnzlk1XvdvUeBnXmlld model=eleven_multilingual_v2 campaign=- request_id=\\S+")).count(), lines.toString());
            assertEquals(1, lines.stream().filter(line -> line.startsWith("door=post-audio outcome=miss status=200 ")).count(),
                    lines.toString());
        }
    }

    /** The access lines of requests whose id came after {@code id} from the same generator (same prefix, counter after). */
    private static List<String> linesAfter(CapturedLog access, String id) {
        String prefix = id.substring(0, id.lastIndexOf('-') + 1);
        return access.lines().stream().filter(line -> {
            int at = line.lastIndexOf("request_id=" + prefix);
            return at >= 0 && line.substring(at + "request_id=".length()).compareTo(id) > 0;
        }).toList();
    }

    /** Whatever the door does not answer reaches the Camel door, body and all, and gets that door's answer. */
    @Test
    void missesAsyncDestinationsBadBodiesAndQueriesGetTheCamelDoorsAnswers() throws Exception {
        String stored = "{\"text\": \"Ya guardado para las demás pruebas.\"}";
        assertEquals(200, post(stored, null).statusCode());
        NotifyBuilder camelDoor = new NotifyBuilder(context).fromRoute("post-audio").whenReceived(9).create();

        // a miss: the route received the body the door had read (the upstream call carries its text)
        HttpResponse<String> miss = post("{\"text\": \"Un texto que aún no suena.\"}", null);
        assertEquals(200, miss.statusCode(), miss.body());
        assertFalse(json(miss).path("cached").asBoolean());
        elevenLabs.verify(1, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*"))
                .withRequestBody(containing("Un texto que aún no suena.")));

        // stored audio, asked for asynchronously (field and header): the route's 202 and job
        HttpResponse<String> async = post("{\"text\": \"Ya guardado para las demás pruebas.\", \"async\": true}", null);
        assertEquals(202, async.statusCode(), async.body());
        assertTrue(async.headers().firstValue("Location").isPresent(), async.headers().map().toString());
        HttpResponse<String> preferred = post(stored, "respond-async");
        assertEquals(202, preferred.statusCode(), preferred.body());

        // stored audio with a destination: the route's answer (and its fan-out)
        HttpResponse<String> withCallback = post("{\"text\": \"Ya guardado para las demás pruebas.\", "
                + "\"callback_url\": \"" + elevenLabs.baseUrl() + "/hook\"}", null);
        assertEquals(200, withCallback.statusCode(), withCallback.body());
        assertTrue(json(withCallback).path("cached").asBoolean(), withCallback.body());

        // a body that does not read, and a field of the wrong type: the route's own words
        HttpResponse<String> broken = post("{\"text\": \"Ya guardado", null);
        assertEquals(400, broken.statusCode());
        assertEquals("invalid_request", json(broken).path("code").asText());
        assertTrue(json(broken).path("detail").asText().startsWith("The request body is not valid JSON"), broken.body());
        HttpResponse<String> typed = post("{\"text\": 5}", null);
        assertEquals(400, typed.statusCode());
        assertEquals("text", json(typed).path("field").asText());

        // a query string: platform-http reads its parameters as headers (here Prefer), so the route takes it
        HttpResponse<String> queried = http11.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/audio?Prefer=respond-async"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(stored)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, queried.statusCode(), queried.body());

        // HTTP/2 (the JDK client upgrades a cleartext connection): left unread to the Camel door, hit or miss
        HttpClient http2 = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (String text : List.of(stored, "{\"text\": \"Por HTTP/2, aún sin sonar.\"}")) {
            HttpResponse<String> overHttp2 = http2.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/audio"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(text)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(HttpClient.Version.HTTP_2, overHttp2.version());
            assertEquals(200, overHttp2.statusCode(), overHttp2.body());
        }

        assertTrue(camelDoor.matches(), "each of the nine requests is an exchange of the Camel door");
    }

    /** A meter's count before this test; 0 when it did not exist yet (its first sample comes with this test's hits). */
    private static double countedBefore(PrometheusText before, String metric, String... labels) {
        try {
            return before.sum(metric, labels);
        } catch (AssertionError none) {
            return 0;
        }
    }

    private PrometheusText metrics() throws Exception {
        return new PrometheusText(getText("/observe/metrics").body());
    }

    private HttpResponse<String> post(String body, String prefer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/audio"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (prefer != null) {
            request.header("Prefer", prefer);
        }
        HttpResponse<String> response = http11.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(HttpClient.Version.HTTP_1_1, response.version());
        return response;
    }
}
