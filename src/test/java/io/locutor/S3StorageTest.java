package io.locutor;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import io.locutor.support.S3Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application with LOCUTOR_STORAGE=s3 against a real S3 API (s3proxy, in-memory): objects, metadata, presigned
 * URLs fetched over plain HTTP, the redirect from locutor's own audio path, and an object deleted behind its back.
 */
class S3StorageTest extends LocutorTestSupport {

    private static final String BUCKET = "locutor-test-audio";
    private static final String PREFIX = "calls/audio";
    /** Started before the application, which creates its bucket at start. */
    private static final S3Server S3 = S3Server.start();

    private final S3Client s3 = S3.client();

    @Override
    protected void overrides(Properties p) {
        p.put("locutor.storage.type", "s3");
        p.put("locutor.storage.s3.bucket", BUCKET);
        p.put("locutor.storage.s3.prefix", "/" + PREFIX + "/");
        p.put("locutor.storage.s3.region", S3Server.REGION);
        p.put("locutor.storage.s3.endpoint", S3.endpoint());
        p.put("locutor.storage.s3.path-style", "true");
        p.put("locutor.storage.s3.access-key", S3Server.ACCESS_KEY);
        p.put("locutor.storage.s3.secret-key", S3Server.SECRET_KEY);
        p.put("locutor.storage.s3.presign-expiry", "600");
        p.put("locutor.storage.s3.create-bucket", "true");
    }

    @AfterAll
    void stopS3() throws Exception {
        s3.close();
        S3.stop();
    }

    @Test
    void theBucketIsCreatedAtStart() {
        s3.headBucket(b -> b.bucket(BUCKET)); // throws NoSuchBucketException if the app did not create it
    }

    @Test
    void audioIsStoredAsAnObjectWithItsTypeAndMetadataAndThePresignedUrlServesItsBytes() throws Exception {
        JsonNode answer = synthesize("Audio guardado en S3.", "mp3_22050_32");
        String key = answer.path("cache_key").asText();

        HeadObjectResponse head = s3.headObject(b -> b.bucket(BUCKET).key(PREFIX + "/" + key + ".mp3"));
        assertEquals("audio/mpeg", head.contentType());
        assertEquals("AZnzlk1XvdvUeBnXmlld", head.metadata().get("voice-id"));
        assertEquals("eleven_multilingual_v2", head.metadata().get("model-id"));
        assertEquals(Integer.toString(ElevenLabsSimulator.CHARACTER_COUNT), head.metadata().get("characters"));
        assertEquals(ElevenLabsSimulator.REQUEST_ID, head.metadata().get("request-id"));

        String url = answer.path("audio_url").asText();
        assertTrue(url.startsWith(S3.endpoint() + "/" + BUCKET + "/" + PREFIX + "/" + key + ".mp3?"), url);
        assertTrue(url.contains("X-Amz-Signature="), url);
        assertTrue(url.contains("X-Amz-Expires=600"), url);
        HttpResponse<byte[]> fetched = getBytes(url);
        assertEquals(200, fetched.statusCode());
        assertEquals("audio/mpeg", fetched.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(ElevenLabsSimulator.AUDIO, fetched.body());
        // The temp file ElevenLabs' audio went through was handed over, not left behind.
        try (var left = Files.list(dataDir().resolve("tmp"))) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void eachFormatGetsItsOwnMediaType() throws Exception {
        String key = synthesize("Audio para telefonía.", "ulaw_8000").path("cache_key").asText();
        assertEquals("audio/basic", s3.headObject(b -> b.bucket(BUCKET).key(PREFIX + "/" + key + ".ulaw")).contentType());
    }

    @Test
    void aHitIsAnsweredWithAFreshlySignedUrlAndNoSecondUpstreamCall() throws Exception {
        String text = "Segunda vez desde S3.";
        JsonNode first = synthesize(text, "mp3_44100_128");
        JsonNode second = synthesize(text, "mp3_44100_128");

        assertTrue(second.path("cached").asBoolean());
        assertEquals(first.path("cache_key").asText(), second.path("cache_key").asText());
        assertArrayEquals(ElevenLabsSimulator.AUDIO, getBytes(second.path("audio_url").asText()).body());
        elevenLabs.verify(1, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*")));
    }

    @Test
    void anObjectDeletedBehindLocutorsBackIsRegeneratedNotServedAsABrokenUrl() throws Exception {
        String text = "Este objeto desaparece.";
        String key = synthesize(text, "mp3_44100_128").path("cache_key").asText();
        s3.deleteObject(b -> b.bucket(BUCKET).key(PREFIX + "/" + key + ".mp3"));
        assertThrows(NoSuchKeyException.class, () -> s3.headObject(b -> b.bucket(BUCKET).key(PREFIX + "/" + key + ".mp3")));

        JsonNode again = synthesize(text, "mp3_44100_128");

        assertFalse(again.path("cached").asBoolean(), again.toString());
        assertEquals(key, again.path("cache_key").asText());
        assertArrayEquals(ElevenLabsSimulator.AUDIO, getBytes(again.path("audio_url").asText()).body());
        elevenLabs.verify(2, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*")));
    }

    @Test
    void purgingAKeyDeletesItsObjectSoTheNextRequestRegenerates() throws Exception {
        String text = "Este audio se purga.";
        String key = synthesize(text, "mp3_44100_128").path("cache_key").asText();

        HttpResponse<String> purge = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + "/v1/cache/" + key))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, purge.statusCode(), purge.body());
        assertEquals(1, json(purge).path("purged").asInt());
        assertThrows(NoSuchKeyException.class, () -> s3.headObject(b -> b.bucket(BUCKET).key(PREFIX + "/" + key + ".mp3")));
        assertFalse(synthesize(text, "mp3_44100_128").path("cached").asBoolean());
        elevenLabs.verify(2, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*")));
    }

    @Test
    void locutorsOwnAudioPathRedirectsToAFreshPresignedUrl() throws Exception {
        String key = synthesize("Redirigido a S3.", "mp3_44100_128").path("cache_key").asText();

        HttpResponse<String> redirect = getText("/v1/audio/" + key + ".mp3"); // the test client does not follow redirects
        assertEquals(302, redirect.statusCode(), redirect.body());
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains(PREFIX + "/" + key + ".mp3?") && location.contains("X-Amz-Signature="), location);
        assertArrayEquals(ElevenLabsSimulator.AUDIO, getBytes(location).body());

        HttpResponse<String> missing = getText("/v1/audio/" + "0".repeat(64) + ".mp3");
        assertEquals(404, missing.statusCode());
        assertEquals("not_found", json(missing).path("error").path("code").asText());
    }

    @Test
    void aCompletedStreamIsStoredInS3AndAnsweredFromItNextTime() throws Exception {
        String text = "Stream guardado en S3.";
        HttpResponse<byte[]> streamed = streamPost(text);
        assertEquals("miss", streamed.headers().firstValue("X-Locutor-Cache").orElse(""));
        String key = streamed.headers().firstValue("X-Locutor-Cache-Key").orElseThrow();

        HttpResponse<byte[]> again = streamPost(text);

        assertEquals("hit", again.headers().firstValue("X-Locutor-Cache").orElse(""));
        assertArrayEquals(ElevenLabsSimulator.AUDIO, again.body());
        assertEquals(ElevenLabsSimulator.AUDIO.length,
                s3.headObject(b -> b.bucket(BUCKET).key(PREFIX + "/" + key + ".mp3")).contentLength());
        elevenLabs.verify(1, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*")));
    }

    private JsonNode synthesize(String text, String format) throws Exception {
        HttpResponse<String> response = postJson("/v1/audio",
                "{\"text\": " + quoted(text) + ", \"voice\": \"Bella\", \"output_format\": \"" + format + "\"}");
        assertEquals(200, response.statusCode(), response.body());
        return json(response);
    }

    private HttpResponse<byte[]> streamPost(String text) throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/audio/stream"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": " + quoted(text) + ", \"voice\": \"Bella\"}")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        return response;
    }
}
