package io.locutor.compat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * routes/elevenlabs-compatible-api.camel.yaml and openai-compatible-api.camel.yaml in process, over HTTP: the same core
 * (cache, normalization) behind ElevenLabs' and OpenAI's request and answer shapes. The real SDKs are driven against
 * the packaged jar in ElevenLabsSdkIT and OpenAiSdkIT.
 */
class CompatibleApisRouteTest extends LocutorTestSupport {

    private static final String LUCIA = "ZQe5CZNOzWyzPSCn5a3c";

    @Override
    protected void overrides(java.util.Properties p) {
        p.put("locutor.quota.encuestas.daily", "60");
    }

    @Test
    void quotasAndMetricsAreTheCoresOwn() throws Exception {
        HttpRequest.Builder campaign = HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/text-to-speech/" + LUCIA))
                .header("Content-Type", "application/json").header("X-Locutor-Campaign", "encuestas");
        HttpResponse<byte[]> first = http.send(campaign.POST(HttpRequest.BodyPublishers.ofString(
                "{\"text\": \"Primera encuesta del día.\"}")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, first.statusCode(), new String(first.body()));
        // the simulator bills 42 characters a call: a second new text goes over the campaign's 60 a day
        HttpResponse<byte[]> over = http.send(campaign.POST(HttpRequest.BodyPublishers.ofString(
                "{\"text\": \"Segunda encuesta del día, ya sin presupuesto.\"}")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(429, over.statusCode(), new String(over.body()));
        assertEquals("quota_exceeded", JSON.readTree(over.body()).path("detail").path("status").asText());

        postJson("/v1/audio/speech", "{\"input\": \"Métrica de OpenAI.\", \"voice\": \"onyx\"}");
        String metrics = getText("/observe/metrics").body();
        assertTrue(metrics.contains("locutor_requests_total{door=\"xi-text-to-speech\",outcome=\"miss\"}"), "the ElevenLabs door's requests are counted");
        assertTrue(metrics.contains("locutor_requests_total{door=\"openai-audio-speech\",outcome=\"miss\"}"), "the OpenAI door's requests are counted");
    }

    @Test
    void convertAnswersAudioWithElevenLabsHeadersAndCachesEveryAudioChangingField() throws Exception {
        String body = "{\"text\": \"Su pedido 15 llega hoy.\", \"model_id\": \"eleven_flash_v2_5\", \"seed\": 7,"
                + " \"previous_text\": \"Hola.\", \"voice_settings\": {\"stability\": 0.4}}";
        HttpResponse<byte[]> first = xi("/v1/text-to-speech/" + LUCIA + "?output_format=mp3_22050_32", body, "sk_callers_own_key_0001");
        assertEquals(200, first.statusCode(), new String(first.body()));
        assertArrayEquals(ElevenLabsSimulator.AUDIO, first.body());
        assertEquals("audio/mpeg", first.headers().firstValue("Content-Type").orElse(""));
        assertEquals(ElevenLabsSimulator.REQUEST_ID, first.headers().firstValue("request-id").orElse(""));
        assertEquals(Integer.toString(ElevenLabsSimulator.CHARACTER_COUNT), first.headers().firstValue("x-character-count").orElse(""));

        // upstream got locutor's normalized text, the caller's extra fields and locutor's own key, never the caller's
        elevenLabs.verify(1, postRequestedFor(urlPathEqualTo("/v1/text-to-speech/" + LUCIA))
                .withQueryParam("output_format", equalTo("mp3_22050_32"))
                .withHeader("xi-api-key", equalTo(ElevenLabsSimulator.API_KEY))
                .withRequestBody(matchingJsonPath("$.text", equalTo("Su pedido quince llega hoy.")))
                .withRequestBody(matchingJsonPath("$.seed", equalTo("7")))
                .withRequestBody(matchingJsonPath("$.previous_text", equalTo("Hola.")))
                .withRequestBody(matchingJsonPath("$.voice_settings.stability", equalTo("0.4"))));

        // what went upstream is a body ElevenLabs' own contract accepts
        io.locutor.support.ElevenLabsContract.assertValidTextToSpeechBody(
                elevenLabs.findAll(postRequestedFor(urlPathEqualTo("/v1/text-to-speech/" + LUCIA))).get(0).getBodyAsString());

        HttpResponse<byte[]> again = xi("/v1/text-to-speech/" + LUCIA + "?output_format=mp3_22050_32", body, null);
        assertArrayEquals(ElevenLabsSimulator.AUDIO, again.body());
        assertEquals("hit", again.headers().firstValue("X-Locutor-Cache").orElse(""));
        assertEquals("0", again.headers().firstValue("x-character-count").orElse(""), "a cache hit costs no characters");

        // each audio-changing field of this door is part of the key
        xi("/v1/text-to-speech/" + LUCIA + "?output_format=mp3_22050_32", body.replace("\"seed\": 7", "\"seed\": 8"), null);
        xi("/v1/text-to-speech/" + LUCIA + "?output_format=mp3_22050_32&optimize_streaming_latency=3", body, null);
        xi("/v1/text-to-speech/" + LUCIA + "?output_format=mp3_22050_32", body.replace("Hola.", "Buenas."), null);
        elevenLabs.verify(4, postRequestedFor(urlPathEqualTo("/v1/text-to-speech/" + LUCIA)));
        elevenLabs.verify(1, postRequestedFor(urlPathEqualTo("/v1/text-to-speech/" + LUCIA))
                .withQueryParam("optimize_streaming_latency", equalTo("3")));
    }

    @Test
    void textNormalizationOffSpeaksTheTextAsSent() throws Exception {
        HttpResponse<byte[]> off = xi("/v1/text-to-speech/" + LUCIA,
                "{\"text\": \"Pedido 42 sin normalizar.\", \"apply_text_normalization\": \"off\"}", null);
        assertEquals(200, off.statusCode(), new String(off.body()));
        elevenLabs.verify(1, postRequestedFor(urlPathEqualTo("/v1/text-to-speech/" + LUCIA))
                .withRequestBody(matchingJsonPath("$.text", equalTo("Pedido 42 sin normalizar.")))
                .withRequestBody(matchingJsonPath("$.apply_text_normalization", equalTo("off"))));
    }

    @Test
    void streamRelaysTheAudio() throws Exception {
        HttpResponse<byte[]> stream = xi("/v1/text-to-speech/" + LUCIA + "/stream", "{\"text\": \"Un stream compatible.\"}", null);
        assertEquals(200, stream.statusCode(), new String(stream.body()));
        assertArrayEquals(ElevenLabsSimulator.AUDIO, stream.body());
        assertEquals("audio/mpeg", stream.headers().firstValue("Content-Type").orElse(""));
        assertEquals("miss", stream.headers().firstValue("X-Locutor-Cache").orElse(""));
        // a live stream carries ElevenLabs' own request id and billed characters, as the non-streamed answer does
        assertEquals(ElevenLabsSimulator.REQUEST_ID, stream.headers().firstValue("request-id").orElse(""));
        assertEquals(Integer.toString(ElevenLabsSimulator.CHARACTER_COUNT),
                stream.headers().firstValue("x-character-count").orElse(""));
        elevenLabs.verify(1, postRequestedFor(urlPathEqualTo("/v1/text-to-speech/" + LUCIA + "/stream")));
    }

    @Test
    void withTimestampsAnswersElevenLabsJsonThroughTheSameFrontHalf() throws Exception {
        String timestamped = "{\"audio_base64\":\"SUQz\",\"alignment\":{\"characters\":[\"H\"],"
                + "\"character_start_times_seconds\":[0.0],\"character_end_times_seconds\":[0.1]},\"normalized_alignment\":null}";
        elevenLabs.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathMatching("/v1/text-to-speech/[A-Za-z0-9]+(/stream)?/with-timestamps"))
                .atPriority(1).withHeader("xi-api-key", equalTo(ElevenLabsSimulator.API_KEY))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("request-id", "req-ts").withHeader("x-character-count", "30").withBody(timestamped)));
        for (String suffix : new String[] {"/with-timestamps", "/stream/with-timestamps"}) {
            HttpResponse<byte[]> answer = xi("/v1/text-to-speech/" + LUCIA + suffix, "{\"text\": \"Pedido 7 con tiempos.\"}", null);
            assertEquals(200, answer.statusCode(), new String(answer.body()));
            assertEquals(timestamped, new String(answer.body()));
            assertEquals("application/json", answer.headers().firstValue("Content-Type").orElse(""));
            assertEquals("30", answer.headers().firstValue("x-character-count").orElse(""));
            elevenLabs.verify(1, postRequestedFor(urlPathEqualTo("/v1/text-to-speech/" + LUCIA + suffix))
                    .withRequestBody(matchingJsonPath("$.text", equalTo("Pedido siete con tiempos."))));
        }
    }

    @Test
    void badRequestsGetElevenLabsErrorsAndStatuses() throws Exception {
        HttpResponse<byte[]> unstable = xi("/v1/text-to-speech/" + LUCIA,
                "{\"text\": \"Hola.\", \"voice_settings\": {\"stability\": 3}}", null);
        assertEquals(422, unstable.statusCode(), new String(unstable.body()));
        JsonNode detail = JSON.readTree(unstable.body()).path("detail").path(0);
        assertEquals("voice_settings.stability", detail.path("loc").path(1).asText(), detail.toString());
        assertTrue(detail.path("msg").asText().contains("between 0.0 and 1.0"), detail.toString());

        HttpResponse<byte[]> unknown = xi("/v1/text-to-speech/" + LUCIA, "{\"text\": \"Hola.\", \"sed\": 1}", null);
        assertEquals(422, unknown.statusCode());
        assertTrue(new String(unknown.body()).contains("Unknown field \\\"sed\\\""), new String(unknown.body()));

        HttpResponse<byte[]> twice = xi("/v1/text-to-speech/" + LUCIA, "{\"text\": \"Hola.\", \"text\": \"Adiós.\"}", null);
        assertEquals(422, twice.statusCode());
        assertTrue(new String(twice.body()).contains("Field \\\"text\\\" appears more than once"), new String(twice.body()));
        assertEquals("text", JSON.readTree(twice.body()).path("detail").get(0).path("loc").get(1).asText());
        HttpResponse<byte[]> trailing = xi("/v1/text-to-speech/" + LUCIA, "{\"text\": \"Hola.\"} {}", null);
        assertEquals(422, trailing.statusCode());

        HttpResponse<byte[]> format = xi("/v1/text-to-speech/" + LUCIA + "?output_format=mp3_1_1", "{\"text\": \"Hola.\"}", null);
        assertEquals(422, format.statusCode());

        elevenLabs.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlPathMatching("/v1/text-to-speech/.*"))
                .atPriority(1).willReturn(ElevenLabsSimulator.error(401,
                        "{\"detail\":{\"status\":\"quota_exceeded\",\"message\":\"This request exceeds your quota.\"}}")));
        HttpResponse<byte[]> upstream = xi("/v1/text-to-speech/" + LUCIA, "{\"text\": \"Sin cuota.\"}", null);
        JsonNode error = JSON.readTree(upstream.body()).path("detail");
        assertTrue(upstream.statusCode() >= 400 && error.has("status") && error.has("message"), new String(upstream.body()));
        assertFalse(new String(upstream.body()).contains("Exception"));
    }

    @Test
    void voicesModelsAndSubscriptionInElevenLabsShapes() throws Exception {
        JsonNode page = json(getText("/v2/voices?search=luc&page_size=5"));
        assertEquals(1, page.path("total_count").asInt(), page.toString());
        assertEquals(LUCIA, page.path("voices").path(0).path("voice_id").asText());
        assertFalse(page.path("has_more").asBoolean());

        JsonNode paged = json(getText("/v2/voices?page_size=1"));
        assertTrue(paged.path("has_more").asBoolean());
        assertEquals("1", paged.path("next_page_token").asText());

        JsonNode voice = json(getText("/v1/voices/" + LUCIA));
        assertEquals("Lucia", voice.path("name").asText());
        HttpResponse<String> missing = getText("/v1/voices/NoSuchVoice000000000");
        assertEquals(404, missing.statusCode());
        assertEquals("voice_not_found", json(missing).path("detail").path("status").asText());
        // locutor's own listing keeps its path
        assertEquals(400, getText("/v1/voices/recommended").statusCode());

        assertEquals("eleven_multilingual_v2", json(getText("/v1/models")).path(0).path("model_id").asText());

        elevenLabs.stubFor(get(urlPathEqualTo("/v1/user/subscription")).atPriority(1)
                .withHeader("xi-api-key", equalTo(ElevenLabsSimulator.API_KEY))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"tier\":\"creator\",\"character_count\":120,\"character_limit\":100000}")));
        assertEquals("creator", json(getText("/v1/user/subscription")).path("tier").asText());
    }

    @Test
    void openAiSpeechMapsVoicesAndFormats() throws Exception {
        HttpResponse<byte[]> wav = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/audio/speech"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer sk-openai-callers-key")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\": \"tts-1\", \"input\": \"Hola desde OpenAI.\","
                        + " \"voice\": \"alloy\", \"response_format\": \"wav\", \"speed\": 1.1}")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, wav.statusCode(), new String(wav.body()));
        assertEquals("audio/wav", wav.headers().firstValue("Content-Type").orElse(""));
        // alloy is Sarah in the default mapping
        elevenLabs.verify(1, postRequestedFor(urlPathEqualTo("/v1/text-to-speech/EXAVITQu4vr4xnSDxMaL"))
                .withQueryParam("output_format", equalTo("wav_24000"))
                .withRequestBody(matchingJsonPath("$.voice_settings.speed", equalTo("1.1"))));

        HttpResponse<String> aac = postJson("/v1/audio/speech", "{\"model\": \"tts-1\", \"input\": \"Hola.\", \"voice\": \"nova\", \"response_format\": \"aac\"}");
        assertEquals(400, aac.statusCode());
        JsonNode error = json(aac).path("error");
        assertEquals("response_format", error.path("param").asText(), error.toString());
        assertEquals("invalid_request_error", error.path("type").asText());
        assertTrue(error.path("message").asText().contains("mp3, opus, wav or pcm"));

        HttpResponse<String> fast = postJson("/v1/audio/speech", "{\"model\": \"tts-1\", \"input\": \"Hola.\", \"voice\": \"nova\", \"speed\": 4}");
        assertEquals("speed", json(fast).path("error").path("param").asText(), fast.body());
        HttpResponse<String> empty = postJson("/v1/audio/speech", "{\"model\": \"tts-1\", \"voice\": \"nova\"}");
        assertEquals("input", json(empty).path("error").path("param").asText(), empty.body());
    }

    private HttpResponse<byte[]> xi(String path, String body, String callersKey) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (callersKey != null) {
            request.header("xi-api-key", callersKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
