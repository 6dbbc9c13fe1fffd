package io.locutor;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.locutor.support.LocutorTestSupport;
import io.locutor.support.PackagedJar;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar's settings as an operator gives them: a bad one stops it with one line naming the variable and a
 * non-zero exit (no stack trace); LOCUTOR_CONFIG and LOCUTOR_ROUTES name an external file and folder.
 */
class PackagedSettingsIT {

    @Test
    void anUnknownStorageBackendIsOneLineNamingTheVariable() throws Exception {
        assertFailsWithOneLine(Map.of("LOCUTOR_STORAGE", "dropbox"), "LOCUTOR_STORAGE");
    }

    @Test
    void anUnreachableRedisAtStartIsOneLineNamingTheVariable() throws Exception {
        assertFailsWithOneLine(Map.of("LOCUTOR_CACHE", "redis",
                "REDIS_URL", "redis://:s3cret-pass@127.0.0.1:" + LocutorTestSupport.freePort()), "REDIS_URL");
    }

    @Test
    void anUnreadableConfigFileIsOneLineNamingTheVariable() throws Exception {
        assertFailsWithOneLine(Map.of("LOCUTOR_CONFIG", "/nonexistent/locutor/application.properties"), "LOCUTOR_CONFIG");
    }

    /** An operator's file overrides packaged keys; an operator's routes folder replaces the packaged routes. */
    @Test
    void anExternalConfigFileAndRoutesFolderAreRead(@TempDir Path etc) throws Exception {
        Path config = Files.writeString(etc.resolve("application.properties"),
                "camel.main.name = locutor-ops\nlocutor.public-url = https://voz.example.com\n");
        Path routes = Files.createDirectories(etc.resolve("routes"));
        Files.writeString(routes.resolve("ping.camel.yaml"), """
                - rest:
                    get:
                      - path: /ping
                        to: direct:ping
                - route:
                    from:
                      uri: direct:ping
                      steps:
                        - setBody:
                            constant: "{{locutor.public-url}}"
                """);
        try (PackagedJar jar = PackagedJar.start(Map.of("LOCUTOR_CONFIG", config.toString(), "LOCUTOR_ROUTES", routes.toString()))) {
            HttpResponse<String> ping = HttpClient.newHttpClient().send(HttpRequest.newBuilder(jar.uri("/ping")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ping.statusCode(), ping.body());
            assertEquals("https://voz.example.com", ping.body());
            HttpResponse<String> packaged = HttpClient.newHttpClient().send(HttpRequest.newBuilder(jar.uri("/v1/voices")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, packaged.statusCode(), "the packaged routes were replaced");
            assertTrue(jar.output().contains("(locutor-ops) started"), jar.output());
        }
    }

    @Test
    void aMalformedQueueDiskLimitIsOneLineNamingTheSetting() throws Exception {
        assertFailsWithOneLine(Map.of("LOCUTOR_QUEUE_MAX_DISK_USAGE", "lots"),
                "locutor.queue.max-disk-usage (LOCUTOR_QUEUE_MAX_DISK_USAGE)");
    }

    /** LOCUTOR_HTTP_HOT_AUDIO_BYTES reaches the jar's stored-audio door (PackagedJarIT fetches audio with the default). */
    @Test
    void aMalformedHotAudioBoundIsOneLineNamingTheSetting() throws Exception {
        assertFailsWithOneLine(Map.of("LOCUTOR_HTTP_HOT_AUDIO_BYTES", "32M"), "locutor.http.hot-audio-bytes");
    }

    /** LOCUTOR_QUEUE_MAX_DISK_USAGE reaches the jar's embedded broker: at 0% every send is refused at once, saying why. */
    @Test
    void theJarsEmbeddedBrokerRefusesSendsAtOnceAboveTheDiskLimit() throws Exception {
        String queuePort = Integer.toString(LocutorTestSupport.freePort());
        try (PackagedJar jar = PackagedJar.start(Map.of("LOCUTOR_QUEUE_PORT", queuePort, "LOCUTOR_QUEUE_MAX_DISK_USAGE", "0"))) {
            QueueDiskFullTest.assertASendIsRefusedForTheFullDisk(queuePort);
        }
    }

    /**
     * The jar's embedded broker keeps what a CRM keeps failing on: a result rolled back ten times goes to the dead-letter
     * queue LOCUTOR_QUEUE_RESULTS_DLQ names, and no queue starts without its dead-letter and expiry addresses.
     */
    @Test
    void theJarsEmbeddedBrokerDeadLettersAResultItsConsumerKeepsRollingBack() throws Exception {
        String queuePort = Integer.toString(LocutorTestSupport.freePort());
        try (PackagedJar jar = PackagedJar.start(Map.of("LOCUTOR_QUEUE_PORT", queuePort, "LOCUTOR_QUEUE_RESULTS_DLQ", "crm.failed.results"))) {
            // a result as locutor publishes it: on locutor.results, with the request's correlation id
            try (Connection crm = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + queuePort).createConnection()) {
                Session session = crm.createSession(false, Session.AUTO_ACKNOWLEDGE);
                try (MessageProducer results = session.createProducer(session.createQueue("locutor.results"))) {
                    TextMessage result = session.createTextMessage("{\"correlation_id\": \"jar-1\"}");
                    result.setJMSCorrelationID("jar-1");
                    results.send(result);
                }
            }
            Message dead = QueueIntakeRouteTest.rolledBackTenTimesThenDeadLettered(queuePort, "jar-1", "crm.failed.results");
            assertEquals("{\"correlation_id\": \"jar-1\"}", ((TextMessage) dead).getText());
            assertFalse(jar.output().contains("AMQ222165") || jar.output().contains("AMQ222166"),
                    "a queue without its dead-letter or expiry address:\n" + jar.output());
        }
    }

    private static void assertFailsWithOneLine(Map<String, String> settings, String variable) throws Exception {
        PackagedJar jar = PackagedJar.runUntilExit(settings);
        String output = jar.output();
        assertNotEquals(0, jar.exitCode(), output);
        String reason = output.lines().filter(line -> line.startsWith("locutor did not start: ")).findFirst()
                .orElseThrow(() -> new AssertionError("no one-line reason:\n" + output));
        assertTrue(reason.contains(variable), reason);
        assertFalse(output.contains("\tat "), "a stack trace:\n" + output);
        assertFalse(output.contains("s3cret-pass"), "a secret in the output:\n" + output);
    }
}
