package io.locutor.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.locutor.LocutorApp;
import org.apache.camel.main.MainConfigurationProperties;
import org.apache.camel.test.main.junit5.CamelMainTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * Boots the real application as the jar does (LocutorApp.configure, the packaged application.properties and routes/) on a free port, with WireMock
 * as ElevenLabs and a fresh data folder. One application per test class; tests use distinct texts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class LocutorTestSupport extends CamelMainTestSupport {

    protected static final ObjectMapper JSON = new ObjectMapper();

    private static final int FIRST_TEST_PORT = 20000;
    private static final int TEST_PORTS = 12000;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    private static final Random RANDOM = new Random();

    /**
     * One simulator per test class, started before the application (which reads its URL at start) and stopped after
     * the class: an application still winding down from another class can never reach it and skew its call counts.
     * Assigned from the settings callback, which CamelTestSupport runs from its constructor, hence no initializer.
     */
    protected WireMockServer elevenLabs;

    /**
     * HTTP/1.1, as telephony fetchers, nginx and curl speak by default. The JDK client's default, HTTP/2 by upgrading
     * a cleartext connection, misreads a large answer (GET /openapi.json, 81 KB) about once in 40 attempts with "Frame
     * type(112) ... exceeds MAX_FRAME_SIZE", though the server's frames check valid (README, "HTTP/2"). The tests that
     * are about HTTP/2 build their own client and keep their answers small.
     */
    protected final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    // Set lazily: CamelTestSupport asks for the settings from its constructor, before field initializers run.
    private int port;
    private Path dataDir;

    /** None: Camel's test main would scan its package; the application's one list of configurations is used instead. */
    @Override
    protected Class<?> getMainClass() {
        return null;
    }

    @Override
    protected void configure(MainConfigurationProperties configuration) {
        LocutorApp.configure(configuration);
    }

    @Override
    protected String getPropertyPlaceholderLocations() {
        return LocutorApp.settingsLocations(); // the packaged defaults, as the jar reads them
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties p = new Properties();
        p.put("camel.server.port", Integer.toString(port()));
        p.put("camel.management.port", Integer.toString(port()));
        p.put("locutor.data-dir", dataDir().toString());
        p.put("locutor.public-url", baseUrl());
        if (elevenLabs == null) {
            elevenLabs = ElevenLabsSimulator.start();
        }
        p.put("locutor.elevenlabs.base-url", elevenLabs.baseUrl());
        p.put("locutor.elevenlabs.api-key", apiKey());
        // Keep retries' waits short: the policy, not the wait, is what tests check.
        p.put("locutor.elevenlabs.retry-delay", "10");
        p.put("locutor.elevenlabs.max-retry-delay", "40");
        // A request stuck behind a lost one fails the test in seconds, not minutes.
        p.put("locutor.cache.wait-timeout", "20");
        // The embedded broker listens on a free port, so test runs on one machine do not collide.
        p.put("locutor.queue.port", Integer.toString(freePort()));
        // Failures are answered as they are unless a test class turns the local fallback on.
        p.put("locutor.fallback.local", "false");
        overrides(p);
        return p;
    }

    /** The ElevenLabs key this application runs with. */
    protected String apiKey() {
        return ElevenLabsSimulator.API_KEY;
    }

    /** More settings for one test class. */
    protected void overrides(Properties properties) {
    }

    /**
     * The application first, then its simulator, then its data folder. Camel's per-class test context manager leaves
     * the context running until the JVM ends, so every earlier class's timers, consumers and broker kept running through
     * the later classes (usage-watch retrying against its stopped simulator every 100 ms). In-flight work gets a few
     * seconds, then goes. The data folder (audio, inbox, broker journal) goes once nothing writes there any more, failed
     * class or not: what a failure needs is in the test's output, and kept folders are what filled the disk.
     */
    @AfterAll
    void stopApplicationThenElevenLabs() {
        try {
            if (context != null && !context.isStopped()) {
                context.getShutdownStrategy().setTimeout(5);
                context.stop();
            }
            if (elevenLabs != null) {
                elevenLabs.stop();
            }
        } finally {
            TestFolders.delete(dataDir);
        }
    }

    @BeforeEach
    void resetElevenLabs() {
        elevenLabs.resetAll();
        ElevenLabsSimulator.stubDefaults(elevenLabs);
    }

    protected String baseUrl() {
        return "http://localhost:" + port();
    }

    protected int port() {
        if (port == 0) {
            port = freePort();
        }
        return port;
    }

    /** The application's data folder, deleted after the class (JUnit's @TempDir comes too late: see the port). */
    protected Path dataDir() {
        if (dataDir == null) {
            dataDir = TestFolders.create("test");
        }
        return dataDir;
    }

    protected HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> getText(String pathOrUrl) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(pathOrUrl)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<byte[]> getBytes(String pathOrUrl) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(pathOrUrl)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    protected static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** A JSON string literal for text, escaped. */
    protected static String quoted(String text) throws IOException {
        return JSON.writeValueAsString(text);
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : baseUrl() + pathOrUrl);
    }

    /**
     * A port nothing listens on now, handed out once per JVM and taken below the kernel's ephemeral range (32768 and
     * up on Linux). A port from {@code new ServerSocket(0)} is free only until it is closed: the kernel may give it
     * again to the next {@code ServerSocket(0)} (two settings of one test got the same port) or to an outgoing
     * connection's local end before the application binds it, which failed a context start with "Address already in
     * use" once.
     */
    public static int freePort() {
        for (int attempt = 0; attempt < 500; attempt++) {
            int candidate = FIRST_TEST_PORT + RANDOM.nextInt(TEST_PORTS);
            if (HANDED_OUT.add(candidate) && bindable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free port between " + FIRST_TEST_PORT + " and "
                + (FIRST_TEST_PORT + TEST_PORTS - 1));
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException busy) {
            return false;
        }
    }
}
