package io.locutor;

import java.net.http.HttpResponse;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.locutor.support.LocutorTestSupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** POST /v1/text/normalize and normalization inside /v1/audio (routes/normalize-text, speechPreparation). */
class NormalizeTextRouteTest extends LocutorTestSupport {

    private static final String SEED = "Hola Sr. Pérez, le llamamos de ABC Corp. para informarle que su pedido #12345 "
            + "está listo para entrega el 15/07.";
    private static final String SPOKEN = "Hola, Señor Pérez. Le llamamos de ABC Corp para informarle que su pedido número "
            + "doce tres cuatro cinco está listo para entrega el quince de julio.";

    @Override
    protected void overrides(Properties properties) {
        properties.put("locutor.lexicon.campaign.soporte", "ABC=a be ce");
        properties.put("locutor.text.campaign-languages", "cobros=es-MX");
    }

    @Test
    void previewsTheSeedExampleWordForWord() throws Exception {
        HttpResponse<String> response = postJson("/v1/text/normalize", "{\"text\": " + quoted(SEED) + "}");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = json(response);
        assertEquals("es", answer.path("language").asText());
        assertEquals(words(SPOKEN), words(answer.path("text").asText()));
    }

    @Test
    void whatIsPreviewedIsWhatElevenLabsIsAskedToSpeak() throws Exception {
        String preview = json(postJson("/v1/text/normalize", "{\"text\": " + quoted(SEED) + "}")).path("text").asText();
        JsonNode audio = json(postJson("/v1/audio", "{\"text\": " + quoted(SEED) + "}"));
        assertEquals(preview, audio.path("normalized_text").asText());
        LoggedRequest call = elevenLabs.findAll(postRequestedFor(urlPathMatching("/v1/text-to-speech/.*"))).get(0);
        assertEquals(preview, JSON.readTree(call.getBodyAsString()).path("text").asText());
    }

    @Test
    void campaignLexiconAppliesAndChangesTheCacheKey() throws Exception {
        JsonNode plain = json(postJson("/v1/audio", "{\"text\": \"Gracias por llamar a ABC\"}"));
        JsonNode support = json(postJson("/v1/audio", "{\"text\": \"Gracias por llamar a ABC\", \"campaign\": \"soporte\", \"voice\": \"Bella\"}"));
        assertEquals("Gracias por llamar a a be ce", support.path("normalized_text").asText());
        assertNotEquals(plain.path("cache_key").asText(), support.path("cache_key").asText());
    }

    @Test
    void requestLanguageWinsOverTheDefault() throws Exception {
        JsonNode english = json(postJson("/v1/text/normalize", "{\"text\": \"Your order #12345 ships on 15/07.\", \"language\": \"en\"}"));
        assertEquals("en", english.path("language").asText());
        assertEquals(words("Your order number twelve three four five ships on july fifteenth"),
                words(english.path("text").asText()));
    }

    @Test
    void aCampaignsLocaleReadsItsTextsUnlessTheRequestNamesARegion() throws Exception {
        String text = "{\"text\": \"Su saldo es de $250.\", \"language\": \"es\"";
        String mexican = json(postJson("/v1/text/normalize", text + ", \"campaign\": \"cobros\"}")).path("text").asText();
        assertTrue(words(mexican).contains("doscientos cincuenta pesos"), mexican);
        String spain = json(postJson("/v1/text/normalize", text + "}")).path("text").asText();
        assertTrue(words(spain).contains("doscientos cincuenta dólares"), spain);
        String regionWins = json(postJson("/v1/text/normalize",
                "{\"text\": \"Su saldo es de $250.\", \"language\": \"es-US\", \"campaign\": \"COBROS\"}")).path("text").asText();
        assertTrue(words(regionWins).contains("doscientos cincuenta dólares"), regionWins);
    }

    /** Words only: case and punctuation aside, as the acceptance rule says. */
    private static String words(String text) {
        return text.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
