package io.locutor;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;

import io.locutor.support.LocutorTestSupport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without LOCUTOR_PUBLIC_URL, audio_url follows the address the caller used, directly or through a proxy. */
class PublicAddressTest extends LocutorTestSupport {

    @Override
    protected void overrides(Properties properties) {
        properties.put("locutor.public-url", "");
    }

    @Test
    void audioUrlIsTheAddressTheRequestCameTo() throws Exception {
        HttpResponse<String> direct = postJson("/v1/audio", "{\"text\": \"Una dirección directa.\"}");
        assertEquals(200, direct.statusCode(), direct.body());
        String url = json(direct).path("audio_url").asText();
        assertTrue(url.startsWith(baseUrl() + "/v1/audio/"), url);
        assertEquals(200, getBytes(url).statusCode());
    }

    @Test
    void behindAProxyAudioUrlIsTheForwardedAddress() throws Exception {
        HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/audio"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "voz.example.com, proxy.internal")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Detrás de un proxy.\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, proxied.statusCode(), proxied.body());
        assertTrue(json(proxied).path("audio_url").asText().startsWith("https://voz.example.com/v1/audio/"), proxied.body());
    }

    @Test
    void aForwardedHostThatIsNotAHostIsIgnored() throws Exception {
        HttpResponse<String> hostile = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/audio"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-Host", "evil.example.com/phish?x=")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Una cabecera rara.\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, hostile.statusCode(), hostile.body());
        assertTrue(json(hostile).path("audio_url").asText().startsWith("http://localhost:" + port() + "/v1/audio/"), hostile.body());
    }
}
