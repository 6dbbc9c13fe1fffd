package io.locutor.support;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * WireMock playing ElevenLabs as the real API answers: {@code xi-api-key} checked, audio with {@code request-id} and
 * {@code x-character-count}, and FastAPI-style error bodies ({@code {"detail": {...}}}).
 */
public final class ElevenLabsSimulator {

    public static final String API_KEY = "sk_locutor_test_4f9a1c77e2b04d3a9e51";
    public static final String REQUEST_ID = "req-9bOJkdYVjKy2oOiiVtR";
    public static final int CHARACTER_COUNT = 42;

    /** Fake MP3: an ID3 tag then frame-sync bytes; enough for byte-for-byte comparisons. */
    public static final byte[] AUDIO = audio(24 * 1024);
    /** Fake WAV: a RIFF/WAVE header then samples. */
    public static final byte[] WAV_AUDIO = wav(AUDIO);

    private static final Map<String, CompletableFuture<Void>> COMPLETED = new ConcurrentHashMap<>();
    private static final Map<String, CompletableFuture<Void>> RECEIVED = new ConcurrentHashMap<>();

    private ElevenLabsSimulator() {
    }

    public static WireMockServer start() {
        WireMockServer server = new WireMockServer(options().dynamicPort().extensions(new CompletionListener(), new InFlightLimit(), new InFlightLimit.Done(), new HeldAnswer()));
        server.start();
        return server;
    }

    /** The default answers; tests add more specific stubs with a higher priority (lower number) on top. */
    public static void stubDefaults(WireMockServer server) {
        server.stubFor(post(urlPathMatching("/v1/text-to-speech/[A-Za-z0-9]+")).atPriority(10)
                .withHeader("xi-api-key", equalTo(API_KEY))
                .willReturn(audioResponse()));
        // wav_* formats come as a RIFF/WAVE file, as the real API sends them (locutor checks the signature)
        server.stubFor(post(urlPathMatching("/v1/text-to-speech/[A-Za-z0-9]+(/stream)?")).atPriority(9)
                .withHeader("xi-api-key", equalTo(API_KEY))
                .withQueryParam("output_format", matching("wav_.*"))
                .willReturn(audioResponse().withHeader("Content-Type", "audio/wav").withBody(WAV_AUDIO)));
        server.stubFor(post(urlPathMatching("/v1/text-to-speech/[A-Za-z0-9]+/stream")).atPriority(10)
                .withHeader("xi-api-key", equalTo(API_KEY))
                .willReturn(audioResponse().withChunkedDribbleDelay(4, 400)));
        server.stubFor(post(urlPathMatching("/v1/.*")).atPriority(20)
                .willReturn(error(401, "{\"detail\":{\"status\":\"invalid_api_key\",\"message\":\"Invalid API key\"}}")));
        // GET /v1/models, as ModelResponseModel: the per-request text limits locutor splits long texts by
        server.stubFor(get(urlPathEqualTo("/v1/models")).atPriority(10)
                .withHeader("xi-api-key", equalTo(API_KEY))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(
                        "[{\"model_id\":\"eleven_multilingual_v2\",\"maximum_text_length_per_request\":10000},"
                        + "{\"model_id\":\"eleven_flash_v2_5\",\"maximum_text_length_per_request\":40000}]")));
        server.stubFor(get(urlPathEqualTo("/v1/voices")).atPriority(10)
                .withHeader("xi-api-key", equalTo(API_KEY))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                        {"voices":[
                          {"voice_id":"AZnzlk1XvdvUeBnXmlld","name":"Domi","category":"premade",
                           "labels":{"accent":"american","gender":"female","use_case":"narration"},
                           "available_for_tiers":[],"high_quality_base_model_ids":[]},
                          {"voice_id":"ZQe5CZNOzWyzPSCn5a3c","name":"Lucia","category":"professional",
                           "labels":{"accent":"castilian","gender":"female","language":"es"},
                           "available_for_tiers":[],"high_quality_base_model_ids":[]}
                        ]}""")));
    }

    /** A simulator with the default answers and the subscription, for tests that boot an application of their own. */
    public static WireMockServer startWithSubscription() {
        WireMockServer server = start();
        stubDefaults(server);
        stubSubscription(server);
        return server;
    }

    /** GET /v1/user/subscription as ElevenLabs answers it: a Creator plan with 1,234 of 100,000 characters used. */
    public static void stubSubscription(WireMockServer server) {
        server.stubFor(get(urlPathEqualTo("/v1/user/subscription")).atPriority(5)
                .withHeader("xi-api-key", equalTo(API_KEY))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(
                        "{\"tier\":\"creator\",\"character_count\":1234,\"character_limit\":100000,"
                        + "\"next_character_count_reset_unix\":4102444800,\"status\":\"active\"}")));
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder audioResponse() {
        return aResponse().withStatus(200)
                .withHeader("Content-Type", "audio/mpeg")
                .withHeader("request-id", REQUEST_ID)
                .withHeader("x-character-count", Integer.toString(CHARACTER_COUNT))
                .withBody(AUDIO);
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    /** Completes once WireMock has sent the whole answer to the request with this {@code output_format}/text marker. */
    public static CompletableFuture<Void> completionOf(String marker) {
        return COMPLETED.computeIfAbsent(marker, k -> new CompletableFuture<>());
    }

    /** Completes once WireMock has received (and matched) a request with this marker, before any configured delay. */
    public static CompletableFuture<Void> arrivalOf(String marker) {
        return RECEIVED.computeIfAbsent(marker, k -> new CompletableFuture<>());
    }

    private static byte[] wav(byte[] samples) {
        byte[] bytes = samples.clone();
        byte[] riff = "RIFF\u0000\u0000\u0000\u0000WAVE".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(riff, 0, bytes, 0, riff.length);
        return bytes;
    }

    private static byte[] audio(int size) {
        byte[] bytes = new byte[size];
        byte[] id3 = "ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(id3, 0, bytes, 0, id3.length);
        for (int i = id3.length; i < size; i++) {
            bytes[i] = (byte) (i % 417 == 0 ? 0xFF : (i * 31) & 0x7F);
        }
        return bytes;
    }

    /** Tells tests when an upstream answer has been sent completely, so "before the end" is a fact, not a guess. */
    private static final class CompletionListener implements ServeEventListener {
        @Override
        public void afterMatch(ServeEvent serveEvent, Parameters parameters) {
            signal(RECEIVED, serveEvent);
        }

        @Override
        public void afterComplete(ServeEvent serveEvent, Parameters parameters) {
            signal(COMPLETED, serveEvent);
        }

        private static void signal(Map<String, CompletableFuture<Void>> futures, ServeEvent serveEvent) {
            String body = serveEvent.getRequest().getBodyAsString();
            futures.forEach((marker, future) -> {
                if (body != null && body.contains(marker)) {
                    future.complete(null);
                }
            });
        }

        @Override
        public String getName() {
            return "completion-listener";
        }
    }
}
