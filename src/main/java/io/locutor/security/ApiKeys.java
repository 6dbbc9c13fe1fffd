package io.locutor.security;

import io.locutor.cache.CacheUnavailableException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.locutor.cache.SharedStore;
import io.locutor.problem.LocutorException;
import org.apache.camel.Headers;

/**
 * Checks the caller's API key ({@code Authorization: Bearer <key>}, {@code X-Api-Key: <key>}, or {@code xi-api-key: <key>}
 * as ElevenLabs' SDKs send it) against
 * {@code LOCUTOR_API_KEYS}, comparing SHA-256 digests with {@link MessageDigest#isEqual} over every configured key so
 * the time taken says nothing about which bytes matched; then counts the key's requests this minute in the shared
 * store. With no keys configured every call is let through (the embedded default).
 */
public class ApiKeys {

    private final List<Key> keys;
    private final int perMinute;
    private final Supplier<SharedStore> store;
    private final Clock clock;

    /** @param configured comma-separated {@code key} or {@code name:key} entries */
    public ApiKeys(String configured, int perMinute, Supplier<SharedStore> store, Clock clock) {
        this.keys = parse(configured);
        this.perMinute = perMinute;
        this.store = store;
        this.clock = clock;
    }

    /** The key values, for log masking. */
    public static List<String> values(String configured) {
        return parse(configured).stream().map(Key::value).toList();
    }

    public boolean enabled() {
        return !keys.isEmpty();
    }

    /** Lets the request through, or refuses it (401, or 429 with Retry-After); the key headers never travel further. */
    public void authorize(@Headers Map<String, Object> headers, org.apache.camel.Exchange exchange) {
        // xi-api-key is never passed on: locutor calls ElevenLabs with its own key, so a caller's key is not used,
        // logged or cached whether or not locutor's keys are set
        String xiApiKey = sentHeader(exchange, headers, "xi-api-key");
        headers.remove("xi-api-key");
        if (keys.isEmpty()) {
            return;
        }
        String presented = presented(headers, xiApiKey);
        headers.remove("Authorization");
        headers.remove("X-Api-Key");
        if (presented == null) {
            throw new LocutorException(401, "unauthorized", "This locutor requires an API key: send it as "
                    + "\"Authorization: Bearer <key>\", \"X-Api-Key: <key>\" or \"xi-api-key: <key>\".").withHeader("WWW-Authenticate", "Bearer");
        }
        byte[] digest = sha256(presented);
        String name = null;
        for (Key key : keys) {
            if (MessageDigest.isEqual(digest, key.digest()) && name == null) {
                name = key.name();
            }
        }
        if (name == null) {
            throw new LocutorException(401, "unauthorized", "The API key sent is not one of this locutor's keys.")
                    .withHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }
        limit(name);
    }

    private void limit(String name) {
        if (perMinute <= 0) {
            return;
        }
        long second = clock.instant().getEpochSecond();
        long count;
        try {
            count = store.get().increment("locutor:rate:" + name + ":" + (second / 60), 1, Duration.ofMinutes(2));
        } catch (CacheUnavailableException e) {
            return; // rate limits need the shared count: while the cache backend is down, keys are checked but not limited
        }
        if (count > perMinute) {
            throw new LocutorException(429, "rate_limited", "API key \"" + name + "\" has made more than " + perMinute
                    + " requests this minute. Retry after the Retry-After seconds.")
                    .withHeader("Retry-After", Long.toString(60 - second % 60));
        }
    }

    private static String presented(Map<String, Object> headers, String xiApiKey) {
        Object auth = headers.get("Authorization");
        if (auth != null && auth.toString().regionMatches(true, 0, "Bearer ", 0, 7)) {
            return auth.toString().substring(7).strip();
        }
        Object apiKey = headers.get("X-Api-Key");
        if (apiKey != null && !apiKey.toString().isBlank()) {
            return apiKey.toString().strip();
        }
        return xiApiKey == null || xiApiKey.isBlank() ? null : xiApiKey.strip();
    }

    /**
     * A header as the caller sent it in the HTTP request, never a query parameter of the same name (platform-http
     * copies those into the headers too, and a key in a URL ends up in logs).
     */
    private static String sentHeader(org.apache.camel.Exchange exchange, Map<String, Object> headers, String name) {
        var http = exchange.getIn(org.apache.camel.component.platform.http.vertx.HttpMessage.class);
        if (http != null && http.getRequest() != null) {
            return http.getRequest().getHeader(name);
        }
        Object value = headers.get(name);
        return value == null ? null : value.toString();
    }

    private static List<Key> parse(String configured) {
        List<Key> keys = new ArrayList<>();
        if (configured == null) {
            return keys;
        }
        for (String entry : configured.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            int colon = e.indexOf(':');
            String name = colon > 0 ? e.substring(0, colon).strip() : "key" + (keys.size() + 1);
            String value = colon > 0 ? e.substring(colon + 1).strip() : e;
            keys.add(new Key(name, value, sha256(value)));
        }
        return keys;
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Key(String name, String value, byte[] digest) {
    }
}
