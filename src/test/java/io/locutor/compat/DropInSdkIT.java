package io.locutor.compat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.HttpResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.audio.speech.SpeechCreateParams;
import com.openai.models.audio.speech.SpeechModel;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.PackagedJar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real clients users already have, against the packaged jar (API keys on) with WireMock as ElevenLabs: the
 * official ElevenLabs JS SDK from npm (src/test/js, run with node's test runner; `npm ci` first when its pinned
 * version is not installed) and OpenAI's Java client. Only their base URL points at locutor.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DropInSdkIT {

    private static final String LOCUTOR_KEY = "lk_sdk_e4d1b0c97a2f8356";
    private static final String LUCIA = "ZQe5CZNOzWyzPSCn5a3c";
    private static final Path SDK_TESTS = Path.of("src/test/js");
    private static final String SDK_VERSION = "2.73.0";

    private final WireMockServer elevenLabs = ElevenLabsSimulator.start();
    private PackagedJar app;
    private int port;

    @BeforeAll
    void startJar() throws Exception {
        ElevenLabsSimulator.stubDefaults(elevenLabs);
        elevenLabs.stubFor(get(urlPathEqualTo("/v1/user/subscription")).atPriority(1)
                .withHeader("xi-api-key", equalTo(ElevenLabsSimulator.API_KEY))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(Files.readString(Path.of("src/test/resources/elevenlabs/subscription.json")))));
        elevenLabs.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/v1/text-to-speech/[A-Za-z0-9]+/with-timestamps"))
                .atPriority(1).withHeader("xi-api-key", equalTo(ElevenLabsSimulator.API_KEY))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("request-id", ElevenLabsSimulator.REQUEST_ID).withHeader("x-character-count", "5")
                        .withBody("{\"audio_base64\":\"" + java.util.Base64.getEncoder().encodeToString(ElevenLabsSimulator.AUDIO)
                                + "\",\"alignment\":{\"characters\":[\"H\",\"o\"],\"character_start_times_seconds\":[0.0,0.1],"
                                + "\"character_end_times_seconds\":[0.1,0.2]},\"normalized_alignment\":null}")));
        app = PackagedJar.start(Map.of(
                "LOCUTOR_API_KEYS", "sdk:" + LOCUTOR_KEY,
                "ELEVENLABS_BASE_URL", elevenLabs.baseUrl(),
                "ELEVENLABS_API_KEY", ElevenLabsSimulator.API_KEY));
        port = app.port();
    }

    @AfterAll
    void stopJar() throws Exception {
        if (app != null) {
            app.close();
        }
        elevenLabs.stop();
    }

    @Test
    void elevenLabsJsSdkConvertsStreamsListsAndRaisesItsErrors() throws Exception {
        installSdk();
        ProcessBuilder node = new ProcessBuilder("node", "--test", "--test-reporter=spec", "elevenlabs-sdk.test.mjs")
                .directory(SDK_TESTS.toFile()).redirectErrorStream(true);
        node.environment().put("LOCUTOR_URL", "http://localhost:" + port);
        node.environment().put("LOCUTOR_API_KEY", LOCUTOR_KEY);
        node.environment().put("VOICE_ID", LUCIA);
        node.environment().put("AUDIO_SHA256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ElevenLabsSimulator.AUDIO)));
        Run run = run(node, 180);
        assertEquals(0, run.exit(), "the ElevenLabs SDK tests failed:\n" + run.output() + "\nlocutor:\n" + tail());
        assertTrue(run.output().contains("pass 7") && run.output().contains("fail 0"), run.output());
        // the SDK sent locutor's key as xi-api-key; ElevenLabs only ever saw locutor's own
        elevenLabs.verify(postRequestedFor(urlPathEqualTo("/v1/text-to-speech/" + LUCIA))
                .withHeader("xi-api-key", equalTo(ElevenLabsSimulator.API_KEY)));
        assertFalse(app.output().contains(LOCUTOR_KEY), "a caller's key was logged");
    }

    @Test
    void openAiJavaClientCreatesSpeech() throws Exception {
        OpenAIClient openAi = OpenAIOkHttpClient.builder().apiKey(LOCUTOR_KEY).baseUrl("http://localhost:" + port + "/v1")
                .maxRetries(0).build();
        try (HttpResponse speech = openAi.audio().speech().create(SpeechCreateParams.builder()
                .model(SpeechModel.TTS_1).input("Hola desde el cliente de OpenAI.").voice(SpeechCreateParams.Voice.CORAL)
                .responseFormat(SpeechCreateParams.ResponseFormat.MP3).build());
             InputStream audio = speech.body()) {
            assertEquals(200, speech.statusCode());
            assertArrayEquals(ElevenLabsSimulator.AUDIO, audio.readAllBytes());
        }
        BadRequestException aac = assertThrows(BadRequestException.class, () -> openAi.audio().speech().create(
                SpeechCreateParams.builder().model(SpeechModel.TTS_1).input("Hola.").voice(SpeechCreateParams.Voice.CORAL)
                        .responseFormat(SpeechCreateParams.ResponseFormat.AAC).build()).close());
        assertTrue(aac.getMessage().contains("mp3, opus, wav or pcm"), aac.getMessage());

        OpenAIClient stranger = OpenAIOkHttpClient.builder().apiKey("sk-not-a-locutor-key").baseUrl("http://localhost:" + port + "/v1")
                .maxRetries(0).build();
        assertThrows(UnauthorizedException.class, () -> stranger.audio().speech().create(SpeechCreateParams.builder()
                .model(SpeechModel.TTS_1).input("Hola.").voice(SpeechCreateParams.Voice.CORAL).build()).close());
    }

    @Test
    void openApiDocumentIsServedByTheJar() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var answer = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/openapi.json"))
                .header("X-Api-Key", LOCUTOR_KEY).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(new ObjectMapper().readTree(answer.body()).path("paths").has("/v1/text-to-speech/{voice_id}"), answer.body());
    }

    /** {@code npm ci} from the lock file, unless the pinned SDK is already installed. */
    private static void installSdk() throws Exception {
        Path installed = SDK_TESTS.resolve("node_modules/@elevenlabs/elevenlabs-js/package.json");
        if (Files.exists(installed)
                && SDK_VERSION.equals(new ObjectMapper().readTree(installed.toFile()).path("version").asText())) {
            return;
        }
        Run npm = run(new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(SDK_TESTS.toFile())
                .redirectErrorStream(true), 300);
        assertEquals(0, npm.exit(), "npm ci in src/test/js failed (Node 18+ and npm are needed):\n" + npm.output());
    }

    private record Run(int exit, String output) {
    }

    private static Run run(ProcessBuilder builder, int seconds) throws Exception {
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError(builder.command().get(0) + " is not installed: the SDK tests need Node 18+ and npm", e);
        }
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = process.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", builder.command()) + " ran over " + seconds + " s:\n" + output.getNow(""));
        }
        return new Run(process.exitValue(), output.get(10, TimeUnit.SECONDS));
    }

    private String tail() {
        List<String> lines = app.output().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
