package io.locutor.observe;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import io.locutor.support.CapturedLog;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import io.locutor.support.PrometheusText;
import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The access log and {@code locutor_requests_total} see all three doors: a REST request, a folder item and a queue
 * message each leave one line on logger {@code locutor.access} and one count with their door; a caller's CR/LF stays
 * inside its line.
 */
class AccessLogTest extends LocutorTestSupport {

    private CapturedLog access;

    @Override
    protected void overrides(Properties p) {
        p.put("locutor.queue.consumers", "1");
    }

    @AfterAll
    void stopCapture() {
        if (access != null) {
            access.close();
        }
    }

    @Test
    void everyDoorWritesOneEscapedLineAndIsCounted() throws Exception {
        access = new CapturedLog(AccessLog.LOGGER);
        // REST: a miss, then the same text again (a hit); the campaign carries a forged second line
        String forged = "ventas\r\ndoor=forged outcome=hit";
        String body = "{\"text\": \"Una línea por petición.\", \"voice\": \"Adam\", \"campaign\": " + quoted(forged) + "}";
        assertEquals(200, postJson("/v1/audio", body).statusCode());
        assertEquals(200, postJson("/v1/audio", body).statusCode());
        assertEquals(400, postJson("/v1/audio", "{\"text\": \"\"}").statusCode());

        // any other REST door: one line too, written once the answer is sent
        assertEquals(200, getText("/v1/voices").statusCode());
        // a line is written when its exchange completes, after its answer is sent: lines are found by content, not position
        assertTrue(access.awaitLines(4, java.time.Duration.ofSeconds(30)).stream().anyMatch(line -> line.matches(
                "door=get-voices outcome=ok status=200 ms=\\d+ chars=0 voice=- model=- campaign=- request_id=\\S+")),
                access.lines().toString());

        // folder: a two-row JSON file, one row unreadable
        NotifyBuilder fileDone = new NotifyBuilder(context).fromRoute("file-intake")
                .filter(e -> e.getProperty(org.apache.camel.Exchange.SPLIT_INDEX) == null).whenDone(1).create();
        Path staging = Files.createDirectories(dataDir().resolve("staging"));
        Files.createDirectories(dataDir().resolve("inbox"));
        Files.writeString(staging.resolve("doors.json"),
                "[{\"id\": \"row-1\", \"text\": \"Una fila del fichero.\"}, 42]");
        Files.move(staging.resolve("doors.json"), dataDir().resolve("inbox/doors.json"), StandardCopyOption.ATOMIC_MOVE);
        assertTrue(fileDone.matches(30, TimeUnit.SECONDS), "the file was not processed");

        // queue: one message
        NotifyBuilder queueDone = new NotifyBuilder(context).fromRoute("queue-intake").whenCompleted(1).create();
        String port = context.getPropertiesComponent().resolveProperty("locutor.queue.port").orElseThrow();
        Connection connection = new JmsConnectionFactory("amqp://127.0.0.1:" + port).createConnection();
        try (connection) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (MessageProducer producer = session.createProducer(session.createQueue("locutor.requests"))) {
                producer.send(session.createTextMessage(
                        "{\"text\": \"Un mensaje de la cola.\", \"correlation_id\": \"crm-7\"}"));
            }
        }
        assertTrue(queueDone.matches(30, TimeUnit.SECONDS), "the message was not processed");

        // the queue line is written once the result is published, which may be after the consumer's notification
        List<String> lines = access.awaitLines(7, java.time.Duration.ofSeconds(30));
        assertEquals(7, lines.size(), String.join("\n", lines));
        assertFalse(lines.stream().anyMatch(l -> l.startsWith("door=forged")), "a caller forged a line");
        List<String> rest = lines.stream().filter(l -> l.startsWith("door=post-audio ")).toList();
        assertEquals(3, rest.size(), String.join("\n", lines));
        assertTrue(rest.stream().anyMatch(l -> l.matches("door=post-audio outcome=miss status=200 ms=\\d+ chars="
                + ElevenLabsSimulator.CHARACTER_COUNT + " voice=pNInz6obpgDQGcFmaJgB model=eleven_multilingual_v2 "
                + "campaign=\"ventas\\\\r\\\\ndoor=forged outcome=hit\" request_id=\\S+")), String.join("\n", rest));
        assertTrue(rest.stream().anyMatch(l -> l.startsWith("door=post-audio outcome=hit status=200 ") && l.contains(" chars=0 ")),
                String.join("\n", rest));
        assertTrue(rest.stream().anyMatch(l -> l.startsWith("door=post-audio outcome=invalid_request status=400 ")),
                String.join("\n", rest));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("door=file-intake outcome=miss status=200 ")
                && l.endsWith("request_id=row-1")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("door=file-intake outcome=invalid_request status=400 ")
                && l.endsWith("request_id=doors#2")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("door=queue-intake outcome=miss status=200 ")
                && l.endsWith("request_id=crm-7")), String.join("\n", lines));

        PrometheusText metrics = new PrometheusText(getText("/observe/metrics").body());
        assertEquals(3, metrics.sum("locutor_requests_total", "door=\"post-audio\""));
        assertEquals(1, metrics.sum("locutor_requests_total", "door=\"file-intake\"", "outcome=\"miss\""));
        assertEquals(1, metrics.sum("locutor_requests_total", "door=\"file-intake\"", "outcome=\"error\""));
        assertEquals(1, metrics.sum("locutor_requests_total", "door=\"queue-intake\"", "outcome=\"miss\""));
    }
}
