package io.locutor.compat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;

import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With LOCUTOR_API_KEYS set, the compatible doors take locutor's keys where their SDKs send them (xi-api-key,
 * Authorization: Bearer), refuse others in their own error shapes, and never take a key from the query string.
 */
class CompatibleApiKeysTest extends LocutorTestSupport {

    private static final String KEY = "lk_compat_7d0e5b2c91a4f386";

    @Override
    protected void overrides(Properties p) {
        p.put("locutor.security.api-keys", "compat:" + KEY);
    }

    @Test
    void locutorKeysInXiApiKeyAuthenticateOthersAreRefusedInElevenLabsTerms() throws Exception {
        assertEquals(200, xi("/v1/text-to-speech/ZQe5CZNOzWyzPSCn5a3c", "xi-api-key", KEY).statusCode());
        elevenLabs.verify(1, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*"))
                .withHeader("xi-api-key", equalTo(ElevenLabsSimulator.API_KEY)));

        HttpResponse<String> stranger = xi("/v1/text-to-speech/ZQe5CZNOzWyzPSCn5a3c", "xi-api-key", "sk_someone_elses_key");
        assertEquals(401, stranger.statusCode());
        assertEquals("invalid_api_key", json(stranger).path("detail").path("status").asText(), stranger.body());

        HttpResponse<String> inUrl = xi("/v1/text-to-speech/ZQe5CZNOzWyzPSCn5a3c?xi-api-key=" + KEY, "X-Nothing", "1");
        assertEquals(400, inUrl.statusCode(), "a key in the URL is refused, never taken as a credential");
        assertEquals("credentials_in_url", json(inUrl).path("detail").path("status").asText(), inUrl.body());
    }

    @Test
    void openAiBearerKeysAuthenticateOthersAreRefusedInOpenAiTerms() throws Exception {
        HttpResponse<String> stranger = openAi("Bearer sk-someone-elses-key");
        assertEquals(401, stranger.statusCode(), stranger.body());
        assertEquals("invalid_api_key", json(stranger).path("error").path("code").asText(), stranger.body());
        assertEquals(200, openAi("Bearer " + KEY).statusCode());
    }

    private HttpResponse<String> xi(String path, String header, String value) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header(header, value)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Clave por xi-api-key.\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> openAi(String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/audio/speech")).header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\": \"tts-1\", \"input\": \"Clave de OpenAI.\", \"voice\": \"echo\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
