package io.locutor;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /v1/voices and /v1/voices/recommended (routes/list-voices and recommend-voices). */
class VoicesRouteTest extends LocutorTestSupport {

    @Test
    void listsElevenLabsVoicesWithAliasesAndKeepsTheListForItsTtl() throws Exception {
        HttpResponse<String> first = getText("/v1/voices");
        assertEquals(200, first.statusCode(), first.body());
        JsonNode voices = json(first).path("voices");
        JsonNode bella = find(voices, "AZnzlk1XvdvUeBnXmlld");
        assertEquals("Domi", bella.path("name").asText(), "ElevenLabs' own name comes first");
        assertEquals("Bella", bella.path("aliases").get(0).asText());
        assertEquals("american", bella.path("labels").path("accent").asText());
        assertEquals("Lucia", find(voices, "ZQe5CZNOzWyzPSCn5a3c").path("name").asText());
        assertEquals("Adam", find(voices, "pNInz6obpgDQGcFmaJgB").path("aliases").get(0).asText(), "aliases not listed upstream too");
        assertEquals("elevenlabs", json(first).path("source").asText());

        getText("/v1/voices");
        elevenLabs.verify(1, getRequestedFor(urlPathEqualTo("/v1/voices"))
                .withHeader("xi-api-key", equalTo(ElevenLabsSimulator.API_KEY)));
    }

    @Test
    void aVoiceNamedOnlyByElevenLabsResolvesAndItsLanguageIsUsed() throws Exception {
        getText("/v1/voices");
        JsonNode answer = json(postJson("/v1/audio", "{\"text\": \"Hola Lucía\", \"voice\": \"lucia\"}"));
        assertEquals("ZQe5CZNOzWyzPSCn5a3c", answer.path("voice_id").asText());
        assertEquals("es", answer.path("language").asText());
    }

    @Test
    void recommendsVoicesPerCampaignInSpanishOrEnglish() throws Exception {
        JsonNode ventas = json(getText("/v1/voices/recommended?campaign=ventas"));
        assertEquals("ventas", ventas.path("campaign").asText());
        assertEquals("Adam", ventas.path("voices").get(0).path("name").asText());
        assertEquals("pNInz6obpgDQGcFmaJgB", ventas.path("voices").get(0).path("voice_id").asText());
        assertEquals("Sarah", ventas.path("voices").get(1).path("name").asText());
        JsonNode surveys = json(getText("/v1/voices/recommended?campaign=surveys"));
        assertEquals("encuestas", surveys.path("campaign").asText());
        assertEquals("Michael", surveys.path("voices").get(0).path("name").asText());
        assertEquals("Josh", surveys.path("voices").get(1).path("name").asText());
    }

    @Test
    void unknownOrMissingCampaignSaysWhichExist() throws Exception {
        HttpResponse<String> unknown = getText("/v1/voices/recommended?campaign=cobros");
        assertEquals(404, unknown.statusCode());
        assertTrue(json(unknown).path("error").path("message").asText().contains("soporte"));
        HttpResponse<String> missing = getText("/v1/voices/recommended");
        assertEquals(400, missing.statusCode());
        assertEquals("campaign", json(missing).path("error").path("field").asText());
    }

    private static JsonNode find(JsonNode voices, String id) {
        for (JsonNode v : voices) {
            if (id.equals(v.path("voice_id").asText())) {
                return v;
            }
        }
        throw new AssertionError("no voice " + id + " in " + voices);
    }
}
