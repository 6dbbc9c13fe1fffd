package io.locutor;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.locutor.support.ElevenLabsContract;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /v1/audio through routes/synthesize.camel.yaml and the routes it calls, with WireMock as ElevenLabs. */
class SynthesizeRouteTest extends LocutorTestSupport {

    private static final String BELLA = "AZnzlk1XvdvUeBnXmlld";
    private static final String ADAM = "pNInz6obpgDQGcFmaJgB";

    @Test
    void missCallsElevenLabsExactlyAsTheApiExpectsAndAnswersWithFetchableAudio() throws Exception {
        HttpResponse<String> response = postJson("/v1/audio", """
                {"text": "Hola, le llamamos de locutor.", "voice": "Bella", "output_format": "mp3_22050_32",
                 "voice_settings": {"stability": 0.3, "speed": 1.1}}""");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse(""));
        JsonNode answer = json(response);
        assertFalse(answer.path("cached").asBoolean());
        assertEquals(BELLA, answer.path("voice_id").asText());
        assertEquals("eleven_multilingual_v2", answer.path("model_id").asText());
        assertEquals("mp3_22050_32", answer.path("output_format").asText());
        assertEquals(ElevenLabsSimulator.CHARACTER_COUNT, answer.path("characters").asInt());
        assertEquals(ElevenLabsSimulator.REQUEST_ID, answer.path("request_id").asText());
        assertEquals("Hola, le llamamos de locutor.", answer.path("normalized_text").asText());
        assertTrue(answer.path("cache_key").asText().matches("[0-9a-f]{64}"), answer.toString());

        List<LoggedRequest> calls = elevenLabs.findAll(postRequestedFor(urlPathEqualTo("/v1/text-to-speech/" + BELLA)));
        assertEquals(1, calls.size());
        LoggedRequest call = calls.get(0);
        assertEquals("mp3_22050_32", call.queryParameter("output_format").firstValue());
        assertEquals(ElevenLabsSimulator.API_KEY, call.getHeader("xi-api-key"));
        assertTrue(call.getHeader("Content-Type").startsWith("application/json"));
        ElevenLabsContract.assertValidTextToSpeechBody(call.getBodyAsString());
        JsonNode body = JSON.readTree(call.getBodyAsString());
        assertEquals("Hola, le llamamos de locutor.", body.path("text").asText());
        assertEquals("eleven_multilingual_v2", body.path("model_id").asText());
        assertEquals(0.3, body.path("voice_settings").path("stability").asDouble());
        assertEquals(0.75, body.path("voice_settings").path("similarity_boost").asDouble(), "defaults filled in");
        assertEquals(1.1, body.path("voice_settings").path("speed").asDouble());
        assertFalse(body.has("language_code"), "multilingual_v2 does not take language_code");
        // None of the caller's headers travel upstream
        assertFalse(call.containsHeader("Authorization"));

        HttpResponse<byte[]> audio = getBytes(answer.path("audio_url").asText());
        assertEquals(200, audio.statusCode());
        assertEquals("audio/mpeg", audio.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(ElevenLabsSimulator.AUDIO, audio.body());
    }

    @Test
    void repeatIsAHitWithoutAnUpstreamCall() throws Exception {
        String request = "{\"text\": \"Su cita es mañana a las diez.\", \"voice\": \"Adam\"}";
        JsonNode first = json(postJson("/v1/audio", request));
        JsonNode second = json(postJson("/v1/audio", request));

        assertFalse(first.path("cached").asBoolean());
        assertTrue(second.path("cached").asBoolean());
        assertEquals(first.path("cache_key"), second.path("cache_key"));
        assertEquals(0, second.path("characters").asInt(), "a hit bills nothing");
        assertFalse(second.has("request_id"));
        elevenLabs.verify(1, postRequestedFor(urlPathEqualTo("/v1/text-to-speech/" + ADAM)));
    }

    /** ElevenLabs is an API with a key: a cookie it sets (a CDN's, say) is neither kept nor sent back on the next call. */
    @Test
    void aCookieElevenLabsSetsIsNotSentBack() throws Exception {
        elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/.*")).atPriority(1).withRequestBody(containing("Galleta"))
                .willReturn(ElevenLabsSimulator.audioResponse().withHeader("Set-Cookie", "__cf_bm=abc123; Path=/; HttpOnly")
                        .withBody(ElevenLabsSimulator.AUDIO)));
        assertEquals(200, postJson("/v1/audio", "{\"text\": \"Galleta uno.\"}").statusCode());
        assertEquals(200, postJson("/v1/audio", "{\"text\": \"Galleta dos.\"}").statusCode());
        elevenLabs.verify(2, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*")).withRequestBody(containing("Galleta")));
        elevenLabs.verify(0, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*")).withHeader("Cookie", containing("__cf_bm")));
    }

    @Test
    void anyChangeToWhatShapesTheAudioChangesTheKey() throws Exception {
        String base = json(postJson("/v1/audio", "{\"text\": \"Clave base\"}")).path("cache_key").asText();
        List<String> variants = List.of(
                "{\"text\": \"Clave base.\"}",
                "{\"text\": \"Clave base\", \"voice\": \"Adam\"}",
                "{\"text\": \"Clave base\", \"model_id\": \"eleven_flash_v2_5\"}",
                "{\"text\": \"Clave base\", \"voice_settings\": {\"style\": 0.1}}",
                "{\"text\": \"Clave base\", \"voice_settings\": {\"use_speaker_boost\": false}}",
                "{\"text\": \"Clave base\", \"output_format\": \"pcm_16000\"}",
                "{\"text\": \"Clave base\", \"language\": \"en\"}");
        List<String> keys = new ArrayList<>(List.of(base));
        for (String variant : variants) {
            String key = json(postJson("/v1/audio", variant)).path("cache_key").asText();
            assertFalse(keys.contains(key), variant + " reused a key");
            keys.add(key);
        }
        String same = json(postJson("/v1/audio", "{\"voice\": \"Bella\", \"text\": \"Clave base\", "
                + "\"voice_settings\": {\"stability\": 0.5}}")).path("cache_key").asText();
        assertEquals(base, same, "defaults written out are the same request");
    }

    @Test
    void twentyConcurrentIdenticalRequestsMakeOneUpstreamCall() throws Exception {
        String request = "{\"text\": \"Veinte llamadas a la vez, una sola síntesis.\"}";
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<JsonNode>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> json(postJson("/v1/audio", request)));
            }
            List<JsonNode> answers = new ArrayList<>();
            for (Future<JsonNode> f : pool.invokeAll(calls)) {
                answers.add(f.get());
            }
            elevenLabs.verify(1, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*")));
            assertEquals(1, answers.stream().filter(a -> !a.path("cached").asBoolean()).count());
            assertEquals(1, answers.stream().map(a -> a.path("cache_key").asText()).distinct().count());
            assertEquals(19, answers.stream().filter(a -> a.path("cached").asBoolean()).count());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void campaignWithoutVoiceUsesItsFirstRecommendedVoiceInEitherLanguage() throws Exception {
        assertEquals(ADAM, json(postJson("/v1/audio", "{\"text\": \"Oferta\", \"campaign\": \"ventas\"}")).path("voice_id").asText());
        assertEquals("EXAVITQu4vr4xnSDxMaL",
                json(postJson("/v1/audio", "{\"text\": \"Recordatorio\", \"campaign\": \"reminders\"}")).path("voice_id").asText());
    }

    @Test
    void languageCodeGoesOnlyToModelsThatAcceptIt() throws Exception {
        postJson("/v1/audio", "{\"text\": \"Hello there\", \"language\": \"en-US\", \"model_id\": \"eleven_flash_v2_5\"}");
        LoggedRequest call = elevenLabs.findAll(postRequestedFor(urlPathMatching("/v1/text-to-speech/.*"))).get(0);
        ElevenLabsContract.assertValidTextToSpeechBody(call.getBodyAsString());
        assertEquals("en", JSON.readTree(call.getBodyAsString()).path("language_code").asText());
    }

    @Test
    void retriesServerErrorsUntilTheySucceed() throws Exception {
        stubSequence("Reintento", 503, 503, 200);
        HttpResponse<String> response = postJson("/v1/audio", "{\"text\": \"Reintento\"}");
        assertEquals(200, response.statusCode(), response.body());
        elevenLabs.verify(3, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*")));
    }

    @Test
    void retriesRateLimitsAndNetworkResets() throws Exception {
        elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/.*")).atPriority(1).inScenario("reset")
                .whenScenarioStateIs(Scenario.STARTED).withRequestBody(containing("Conexión"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("429"));
        elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/.*")).atPriority(1).inScenario("reset")
                .whenScenarioStateIs("429").withRequestBody(containing("Conexión"))
                .willReturn(ElevenLabsSimulator.error(429, "{\"detail\":{\"status\":\"system_busy\",\"message\":\"busy\"}}"))
                .willSetStateTo("ok"));
        HttpResponse<String> response = postJson("/v1/audio", "{\"text\": \"Conexión inestable\"}");
        assertEquals(200, response.statusCode(), response.body());
        elevenLabs.verify(3, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*")));
    }

    @Test
    void exhaustedRetriesAnswer503AfterOnePlusMaxRetriesCalls() throws Exception {
        elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/.*")).atPriority(1)
                .withRequestBody(containing("Caído"))
                .willReturn(ElevenLabsSimulator.error(503, "{\"detail\":{\"status\":\"service_unavailable\",\"message\":\"down\"}}")));
        HttpResponse<String> response = postJson("/v1/audio", "{\"text\": \"Servicio Caído\"}");
        assertEquals(503, response.statusCode());
        assertEquals("elevenlabs_unavailable", json(response).path("error").path("code").asText());
        elevenLabs.verify(4, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*")));
        // Nothing was stored: the next identical request tries again
        postJson("/v1/audio", "{\"text\": \"Servicio Caído\"}");
        elevenLabs.verify(8, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*")));
    }

    @Test
    void invalidKeyIsNeverRetriedAndSaysWhatToFix() throws Exception {
        elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/.*")).atPriority(1).withRequestBody(containing("Clave mala"))
                .willReturn(ElevenLabsSimulator.error(401, "{\"detail\":{\"status\":\"invalid_api_key\",\"message\":\"Invalid API key\"}}")));
        HttpResponse<String> response = postJson("/v1/audio", "{\"text\": \"Clave mala\"}");
        assertEquals(502, response.statusCode());
        JsonNode error = json(response).path("error");
        assertEquals("elevenlabs_invalid_api_key", error.path("code").asText());
        assertTrue(error.path("message").asText().contains("ELEVENLABS_API_KEY"));
        assertFalse(response.body().contains(ElevenLabsSimulator.API_KEY));
        elevenLabs.verify(1, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*")));
    }

    @Test
    void exhaustedQuotaIsNeverRetriedAndHasItsOwnCode() throws Exception {
        elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/.*")).atPriority(1).withRequestBody(containing("Sin cuota"))
                .willReturn(ElevenLabsSimulator.error(401, "{\"detail\":{\"status\":\"quota_exceeded\","
                        + "\"message\":\"This request exceeds your quota of 10000. You have 3 credits remaining.\"}}")));
        HttpResponse<String> response = postJson("/v1/audio", "{\"text\": \"Sin cuota\"}");
        assertEquals("elevenlabs_quota_exceeded", json(response).path("error").path("code").asText());
        elevenLabs.verify(1, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*")));
    }

    @Test
    void upstreamValidationErrorBecomes400WithItsMessageAndField() throws Exception {
        elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/.*")).atPriority(1).withRequestBody(containing("Modelo raro"))
                .willReturn(ElevenLabsSimulator.error(422, "{\"detail\":[{\"loc\":[\"body\",\"model_id\"],"
                        + "\"msg\":\"model does not exist\",\"type\":\"value_error\"}]}")));
        HttpResponse<String> response = postJson("/v1/audio", "{\"text\": \"Modelo raro\", \"model_id\": \"eleven_nope\"}");
        assertEquals(400, response.statusCode());
        JsonNode error = json(response).path("error");
        assertEquals("upstream_rejected", error.path("code").asText());
        assertEquals("model_id", error.path("field").asText());
        assertTrue(error.path("message").asText().contains("model does not exist"));
        elevenLabs.verify(1, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*")));
    }

    @Test
    void unknownVoiceUpstreamIsNotRetried() throws Exception {
        elevenLabs.stubFor(post(urlPathEqualTo("/v1/text-to-speech/Zz9Zz9Zz9Zz9Zz9Zz9Zz")).atPriority(1)
                .willReturn(ElevenLabsSimulator.error(404, "{\"detail\":{\"status\":\"voice_not_found\",\"message\":\"A voice with the voice_id Zz9Zz9Zz9Zz9Zz9Zz9Zz was not found.\"}}")));
        HttpResponse<String> response = postJson("/v1/audio", "{\"text\": \"Voz perdida\", \"voice\": \"Zz9Zz9Zz9Zz9Zz9Zz9Zz\"}");
        assertEquals(400, response.statusCode());
        assertEquals("voice_not_found", json(response).path("error").path("code").asText());
        elevenLabs.verify(1, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*")));
    }

    @Test
    void nothingFromElevenLabsOrTheKeyLeaksBackToTheCaller() throws Exception {
        HttpResponse<String> response = postJson("/v1/audio", "{\"text\": \"Cabeceras limpias\"}");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("xi-api-key").isEmpty());
        assertTrue(response.headers().firstValue("request-id").isEmpty());
        assertTrue(response.headers().firstValue("x-character-count").isEmpty());
        assertFalse(response.body().contains(ElevenLabsSimulator.API_KEY));
    }

    @Test
    void badRequestsAre400NamingTheFieldAndNeverReachElevenLabs() throws Exception {
        assertRefused("{}", "text", "required");
        assertRefused("{\"text\": \"   \"}", "text", "required");
        assertRefused("{\"text\": \"hola\", \"voice\": \"Nadie\"}", "voice", "Bella");
        assertRefused("{\"text\": \"hola\", \"voice_settings\": {\"stability\": 1.5}}", "voice_settings.stability", "between 0.0 and 1.0");
        assertRefused("{\"text\": \"hola\", \"voice_settings\": {\"similarity_boost\": -0.1}}", "voice_settings.similarity_boost", "between");
        assertRefused("{\"text\": \"hola\", \"voice_settings\": {\"style\": 2}}", "voice_settings.style", "between");
        assertRefused("{\"text\": \"hola\", \"voice_settings\": {\"speed\": 1.5}}", "voice_settings.speed", "between 0.7 and 1.2");
        assertRefused("{\"text\": \"hola\", \"output_format\": \"mp3_1\"}", "output_format", "mp3_44100_128");
        assertRefused("{\"text\": \"hola\", \"voise\": \"Bella\"}", "voise", "Known fields");
        assertRefused("{\"text\": \"hola\", \"voice_settings\": {\"speed\": \"fast\"}}", "voice_settings.speed", "must be a number");
        HttpResponse<String> malformed = postJson("/v1/audio", "{\"text\": \"hola\"");
        assertEquals(400, malformed.statusCode());
        assertTrue(json(malformed).path("error").path("message").asText().contains("not valid JSON"), malformed.body());
        assertFalse(malformed.body().contains("at com."), "no stack trace");
        elevenLabs.verify(0, postRequestedFor(urlPathMatching("/v1/.*")));
    }

    @Test
    void textOverTheLimitIs413() throws Exception {
        HttpResponse<String> response = postJson("/v1/audio", "{\"text\": " + quoted("a".repeat(5001)) + "}");
        assertEquals(413, response.statusCode());
        assertEquals("text", json(response).path("error").path("field").asText());
    }

    @Test
    void storedAudioIsServedOnlyByCacheKeyNames() throws Exception {
        assertEquals(404, getText("/v1/audio/passwd.mp3").statusCode());
        assertEquals(404, getText("/v1/audio/" + "a".repeat(64) + ".mp3").statusCode());
        assertEquals(404, getText("/v1/audio/..%2F..%2Fapplication.properties").statusCode());
    }

    private void assertRefused(String body, String field, String hint) throws Exception {
        HttpResponse<String> response = postJson("/v1/audio", body);
        assertEquals(400, response.statusCode(), body + " → " + response.body());
        JsonNode error = json(response).path("error");
        assertEquals("invalid_request", error.path("code").asText(), response.body());
        assertEquals(field, error.path("field").asText(), response.body());
        assertTrue(error.path("message").asText().contains(hint), response.body());
    }

    private void stubSequence(String marker, int... statuses) {
        String state = Scenario.STARTED;
        for (int i = 0; i < statuses.length; i++) {
            String next = "step-" + (i + 1);
            var response = statuses[i] == 200 ? ElevenLabsSimulator.audioResponse()
                    : ElevenLabsSimulator.error(statuses[i], "{\"detail\":{\"status\":\"service_unavailable\",\"message\":\"try again\"}}");
            elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/.*")).atPriority(1).inScenario(marker)
                    .whenScenarioStateIs(state).withRequestBody(containing(marker))
                    .withHeader("xi-api-key", equalTo(ElevenLabsSimulator.API_KEY))
                    .willReturn(response).willSetStateTo(next));
            state = next;
        }
    }


}
