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
import java.util.function.UnaryOperator;

import io.locutor.cache.SharedStore;
import io.locutor.problem.LocutorException;
import org.apache.camel.Exchange;
import org.apache.camel.component.platform.http.vertx.HttpMessage;

/**
 * Checks the caller's API key ({@code Authorization: Bearer <key>}, {@code X-Api-Key: <key>}, or {@code xi-api-key: <key>}
 * as ElevenLabs' SDKs send it) against
 * {@code LOCUTOR_API_KEYS}, comparing SHA-256 digests with {@link MessageDigest#isEqual} over every configured key so
 * the time taken says nothing about which bytes matched; then counts the key's requests this minute in the shared
 * store. With no keys configured every call is let through (the embedded default).
 */
public class ApiKeys {

    /** Headers that carry a key; removed once read so they never travel further. */
    private static final List<String> KEY_HEADERS = List.of("Authorization", "X-Api-Key", "xi-api-key");
    /** Query parameter names that would carry a key, refused wherever they appear. */
    private static final java.util.Set<String> URL_CREDENTIALS = java.util.Set.of("authorization", "x-api-key",
            "xi-api-key", "api_key", "api-key", "apikey", "access_token");

    private final List<Key> keys;
    private final int perMinute;
    private final SharedStore store;
    private final Clock clock;

    /** @param configured comma-separated {@code key} or {@code name:key} entries */
    public ApiKeys(String configured, int perMinute, SharedStore store, Clock clock) {
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

    /**
     * Lets the request through, or refuses it (401, or 429 with Retry-After); the key headers never travel further.
     * A key is only ever read from a real request header: platform-http also copies query parameters into the
     * message headers, so {@code ?X-Api-Key=...} would otherwise pass, and a key in a URL ends up in proxy logs and
     * browser history. A request that puts one there is refused outright.
     */
    public void authorize(Exchange exchange) {
        Map<String, Object> headers = exchange.getMessage().getHeaders();
        if (keys.isEmpty()) {
            // xi-api-key is never passed on: locutor calls ElevenLabs with its own key, so a caller's key is not used,
            // logged or cached whether or not locutor's keys are set
            headers.remove("xi-api-key");
            return;
        }
        String inUrl = credentialInQuery(exchange);
        String presented = presented(name -> requestHeader(exchange, name));
        for (String header : KEY_HEADERS) {
            headers.remove(header);
        }
        check(inUrl, presented);
    }

    /**
     * The same check for a request answered outside Camel (the stored-audio door on the HTTP server's event loop):
     * its own headers and its raw query string. May count in the shared store (Redis): call it off the event loop.
     */
    public void authorize(UnaryOperator<String> requestHeader, String query) {
        if (keys.isEmpty()) {
            return;
        }
        check(credentialInQuery(query), presented(requestHeader));
    }

    private void check(String inUrl, String presented) {
        if (inUrl != null) {
            throw new LocutorException(400, "credentials_in_url", "The URL carries a credential (query parameter \""
                    + inUrl + "\"): URLs end up in logs and browser history. Send the key only as the header "
                    + "\"Authorization: Bearer <key>\" or \"X-Api-Key: <key>\", and revoke the one sent.", inUrl);
        }
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
            count = store.increment("locutor:rate:" + name + ":" + (second / 60), 1, Duration.ofMinutes(2));
        } catch (CacheUnavailableException e) {
            return; // rate limits need the shared count: while the cache backend is down, keys are checked but not limited
        }
        if (count > perMinute) {
            throw new LocutorException(429, "rate_limited", "API key \"" + name + "\" has made more than " + perMinute
                    + " requests this minute. Retry after the Retry-After seconds.")
                    .withHeader("Retry-After", Long.toString(60 - second % 60));
        }
    }

    /** The key the caller sent, read from the request's own headers (never from the URL); the one place keys are read. */
    private static String presented(UnaryOperator<String> requestHeader) {
        String auth = requestHeader.apply("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return auth.substring(7).strip();
        }
        for (String header : KEY_HEADERS.subList(1, KEY_HEADERS.size())) {
            String key = requestHeader.apply(header);
            if (key != null && !key.isBlank()) {
                return key.strip();
            }
        }
        return null;
    }

    /** A header as the HTTP request carried it; off HTTP (no Vert.x request), the message header. */
    private static String requestHeader(Exchange exchange, String name) {
        if (exchange.getIn() instanceof HttpMessage http && http.getRequest() != null) {
            return http.getRequest().getHeader(name);
        }
        Object value = exchange.getIn().getHeader(name);
        return value == null ? null : value.toString();
    }

    /** The name of a credential-looking query parameter in the request's real query string, if any. */
    private static String credentialInQuery(Exchange exchange) {
        return credentialInQuery(exchange.getIn() instanceof HttpMessage http && http.getRequest() != null
                ? http.getRequest().query() : exchange.getIn().getHeader(Exchange.HTTP_QUERY, String.class));
    }

    private static String credentialInQuery(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8)
                    .strip().toLowerCase(java.util.Locale.ROOT);
            if (URL_CREDENTIALS.contains(name)) {
                return name;
            }
        }
        return null;
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
