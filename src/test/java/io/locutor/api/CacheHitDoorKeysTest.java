package io.locutor.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import io.locutor.cache.SharedStore;
import io.locutor.support.LocutorTestSupport;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With API keys on, a cache hit is still answered by {@link CacheHitDoor} (its key checked off the event loop), counted
 * once against its key's per-minute rate; a hit whose key is missing or wrong gets the Camel door's own refusal, and
 * is not counted twice.
 */
class CacheHitDoorKeysTest extends LocutorTestSupport {

    private static final String KEY = "lk_door_7d0c2e91b4f35a68";

    private final HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Override
    protected void overrides(Properties p) {
        p.put("locutor.security.api-keys", "door:" + KEY);
    }

    @Test
    void aKeyedHitIsAnsweredByTheDoorAndCountedOnceARefusedOneGetsTheRoutesRefusal() throws Exception {
        String request = "{\"text\": \"Aciertos con llave.\"}";
        NotifyBuilder camelDoor = new NotifyBuilder(context).fromRoute("post-audio").whenReceived(1).create();
        NotifyBuilder camelDoorTwice = new NotifyBuilder(context).fromRoute("post-audio").whenReceived(2).create();
        long minutesBefore = rateCount();
        assertEquals(200, post(request, "X-Api-Key", KEY).statusCode());
        HttpResponse<String> hit = post(request, "Authorization", "Bearer " + KEY);
        assertEquals(200, hit.statusCode(), hit.body());
        assertTrue(json(hit).path("cached").asBoolean());
        assertEquals(200, post(request, "xi-api-key", KEY).statusCode());
        assertTrue(camelDoor.matches(), "the miss did not reach the Camel door");
        assertFalse(camelDoorTwice.matches(), "a keyed hit reached the Camel door");
        // the miss and two hits: three requests counted against the key, each once
        assertEquals(3, rateCount() - minutesBefore);

        // no key: the Camel door's 401, byte for byte as it answers a request it would have to generate
        // (an exchange refused by the key interceptor is never "received" by a NotifyBuilder, only done)
        NotifyBuilder refusals = new NotifyBuilder(context).fromRoute("post-audio").whenDone(3).create();
        HttpResponse<String> noKey = post(request, null, null);
        HttpResponse<String> noKeyMiss = post("{\"text\": \"Sin llave y sin audio.\"}", null, null);
        assertEquals(401, noKey.statusCode());
        assertEquals(noKeyMiss.body(), noKey.body());
        assertEquals(noKeyMiss.headers().firstValue("WWW-Authenticate"), noKey.headers().firstValue("WWW-Authenticate"));
        assertEquals("application/problem+json", noKey.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> wrongKey = post(request, "X-Api-Key", "lk_not_one_of_them");
        assertEquals(401, wrongKey.statusCode());
        assertEquals("Bearer error=\"invalid_token\"", wrongKey.headers().firstValue("WWW-Authenticate").orElse(""));
        assertTrue(refusals.matches(30, java.util.concurrent.TimeUnit.SECONDS), "a refused hit was not answered by the Camel door");
        assertEquals(3, rateCount() - minutesBefore, "a refused request was counted against the key");
    }

    /** The key's requests this minute and the last (the test may cross a minute boundary), from the shared store. */
    private long rateCount() {
        SharedStore store = context.getRegistry().lookupByNameAndType("sharedStore", SharedStore.class);
        long minute = Instant.now().getEpochSecond() / 60;
        long total = 0;
        for (long m = minute - 1; m <= minute; m++) {
            total += store.get("locutor:rate:door:" + m).map(Long::parseLong).orElse(0L);
        }
        return total;
    }

    private HttpResponse<String> post(String body, String header, String value) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/audio"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (header != null) {
            request.header(header, value);
        }
        return http11.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
