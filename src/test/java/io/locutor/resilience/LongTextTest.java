package io.locutor.resilience;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.locutor.support.ElevenLabsContract;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Texts over the model's per-request limit (from GET /v1/models): parts in order, continuity ids, one joined file. */
class LongTextTest extends LocutorTestSupport {

    private static final String[] SENTENCES = {
        "Primera frase de un guion largo para la campaña de hoy.",
        "Segunda frase, que sigue a la primera sin pausa alguna.",
        "Tercera frase con la despedida y el agradecimiento final."};

    @Test
    void aTextOverTheModelsLimitIsSynthesizedInOrderedPartsAndJoined() throws Exception {
        // this account's model takes 60 characters per request: one sentence per part
        elevenLabs.stubFor(get(urlPathEqualTo("/v1/models")).atPriority(1).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("[{\"model_id\":\"eleven_multilingual_v2\",\"maximum_text_length_per_request\":60}]")));
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int i = 0; i < SENTENCES.length; i++) {
            // each part starts as MP3 does (a frame sync): locutor checks ElevenLabs' answers are audio of the format asked
            byte[] frames = ("part-" + i + "-audio-frames ").repeat(50).getBytes(StandardCharsets.US_ASCII);
            byte[] audio = new byte[frames.length + 4];
            audio[0] = (byte) 0xFF;
            audio[1] = (byte) 0xFB;
            audio[2] = (byte) 0x90;
            System.arraycopy(frames, 0, audio, 4, frames.length);
            expected.write(audio);
            elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/[A-Za-z0-9]+")).atPriority(1)
                    .withRequestBody(containing(SENTENCES[i].substring(0, 12)))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "audio/mpeg")
                            .withHeader("request-id", "req-part-" + i).withBody(audio)));
        }
        HttpResponse<String> response = postJson("/v1/audio", "{\"text\": " + quoted(String.join(" ", SENTENCES)) + "}");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = json(response);

        List<LoggedRequest> calls = elevenLabs.findAll(postRequestedFor(urlPathMatching("/v1/text-to-speech/.*"))).stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
        assertEquals(3, calls.size());
        for (int i = 0; i < calls.size(); i++) {
            JsonNode body = JSON.readTree(calls.get(i).getBodyAsString());
            ElevenLabsContract.assertValidTextToSpeechBody(calls.get(i).getBodyAsString());
            assertTrue(body.path("text").asText().length() <= 60, body.path("text").asText());
            assertTrue(body.path("text").asText().startsWith(SENTENCES[i].substring(0, 12)), "part " + i + " in order");
            assertEquals(i == 0 ? 0 : i, body.path("previous_request_ids").size());
            for (int j = 0; j < i; j++) {
                assertEquals("req-part-" + j, body.path("previous_request_ids").get(j).asText());
            }
        }
        assertArrayEquals(expected.toByteArray(), getBytes(answer.path("audio_url").asText()).body(), "one file, parts in order");
        assertFalse(answer.path("cached").asBoolean());
    }

    @Test
    void splittingPrefersSentencesThenClauses() {
        assertEquals(List.of("Uno dos.", "Tres cuatro,", "cinco seis."),
                io.locutor.synthesis.TextPartsProbe.split("Uno dos. Tres cuatro, cinco seis.", 12));
    }
}
