package io.locutor.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.locutor.support.S3Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** S3AudioStore on its own against s3proxy: the settings the application test does not exercise. */
class S3AudioStoreTest {

    private static final S3Server S3 = S3Server.start();
    private static final String KEY = "a".repeat(64);

    @AfterAll
    static void stopS3() throws Exception {
        S3.stop();
    }

    @Test
    void withAPublicBaseUrlTheAudioUrlIsThatBaseAndTheObjectKey() throws Exception {
        S3AudioStore store = store("public-audio", "https://cdn.example.com/", true).ensureBucket();
        try {
            assertEquals("https://cdn.example.com/voz/" + KEY + ".mp3", store.url(KEY, "mp3"));
        } finally {
            store.stop();
        }
    }

    @Test
    void existsAndReadTellAMissingObjectFromAStoredOne() throws Exception {
        S3AudioStore store = store("exists-audio", "", true).ensureBucket();
        try {
            assertFalse(store.exists(KEY, "wav"));
            assertTrue(store.read(KEY, "wav").isEmpty());

            Path file = Files.createTempFile("locutor", ".wav");
            Files.write(file, new byte[] {1, 2, 3});
            store.save(KEY, "wav", "audio/wav", file, Map.of("voice-id", "v"));

            assertTrue(store.exists(KEY, "wav"));
            assertArrayEquals(new byte[] {1, 2, 3}, store.read(KEY, "wav").orElseThrow());
            assertFalse(Files.exists(file), "save takes ownership of the file");
        } finally {
            store.stop();
        }
    }

    /**
     * A server that stores the request body as it comes (as s3rver does): WireMock playing S3 records the PUT, whose
     * body must be the audio itself, not aws-chunked framing with a trailing checksum.
     */
    @Test
    void theUploadOnTheWireIsTheAudioItselfForAnS3CompatibleServer() throws Exception {
        WireMockServer recorder = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        recorder.start();
        recorder.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("ETag", "\"e\"")));
        S3AudioStore store = new S3AudioStore(new S3Config("wire", "voz", S3Server.REGION, recorder.baseUrl(), "", true,
                S3Server.ACCESS_KEY, S3Server.SECRET_KEY, Duration.ofMinutes(1), "", true));
        try {
            byte[] audio = io.locutor.support.ElevenLabsSimulator.AUDIO;
            Path file = Files.createTempFile("locutor", ".mp3");
            Files.write(file, audio);
            store.save(KEY, "mp3", "audio/mpeg", file, Map.of("voice-id", "v"));

            List<LoggedRequest> puts = recorder.findAll(putRequestedFor(urlPathEqualTo("/wire/voz/" + KEY + ".mp3")));
            assertEquals(1, puts.size());
            assertArrayEquals(audio, puts.get(0).getBody(), "the stored bytes are the audio");
            assertFalse(puts.get(0).containsHeader("Content-Encoding") && puts.get(0).getHeader("Content-Encoding").contains("aws-chunked"));
        } finally {
            store.stop();
            recorder.stop();
        }
    }

    @Test
    void aMissingBucketStopsTheStartWhenCreatingItIsNotAllowed() {
        S3AudioStore store = store("never-created", "", false);
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, store::ensureBucket);
            assertTrue(e.getMessage().contains("LOCUTOR_S3_CREATE_BUCKET"), e.getMessage());
            assertFalse(e.getMessage().contains(S3Server.SECRET_KEY));
        } finally {
            store.stop();
        }
    }

    @Test
    void anUnreachableServerIsA503NotAStackTrace() {
        S3AudioStore store = new S3AudioStore(new S3Config("any", "", S3Server.REGION, "http://127.0.0.1:1", "", true,
                S3Server.ACCESS_KEY, S3Server.SECRET_KEY, Duration.ofMinutes(1), "", true));
        try {
            var e = assertThrows(io.locutor.problem.LocutorException.class, () -> store.exists(KEY, "mp3"));
            assertEquals(503, e.status());
            assertEquals("storage_unavailable", e.code());
        } finally {
            store.stop();
        }
    }

    private static S3AudioStore store(String bucket, String publicBaseUrl, boolean createBucket) {
        return new S3AudioStore(new S3Config(bucket, "voz", S3Server.REGION, S3.endpoint(), "", true,
                S3Server.ACCESS_KEY, S3Server.SECRET_KEY, Duration.ofMinutes(5), publicBaseUrl, createBucket));
    }
}
