package io.locutor;

import java.time.Duration;
import java.util.Properties;

import io.locutor.support.CapturedLog;
import io.locutor.support.LocutorTestSupport;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded broker on a full disk: a CRM's send is refused at once with "address full", not left waiting for space
 * (Artemis' default blocked producers above 90% disk use, and a send, or a test, hung until someone freed space).
 * The disk counts as full here because the limit is 0% (LOCUTOR_QUEUE_MAX_DISK_USAGE).
 */
class QueueDiskFullTest extends LocutorTestSupport {

    @Override
    protected void overrides(Properties p) {
        p.put("locutor.queue.max-disk-usage", "0");
    }

    @Test
    void aSendToABrokerWithAFullDiskIsRefusedAtOnceSayingTheAddressIsFull() throws Exception {
        try (CapturedLog printed = CapturedLog.printed()) {
            assertASendIsRefusedForTheFullDisk(context.getPropertiesComponent().resolveProperty("locutor.queue.port").orElseThrow());
            // The broker logs the refusal as it rejects the delivery, so the line may follow the sender's error.
            String refusal = "takes no new messages: its disk is";
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!printed.text().contains(refusal) && System.nanoTime() < deadline) {
                printed.awaitLines(printed.lines().size() + 1, Duration.ofNanos(deadline - System.nanoTime()));
            }
            assertTrue(printed.text().contains(refusal), "the refusal is logged with its reason: " + printed.text());
            assertFalse(printed.text().contains("\tat "), "a refused send is logged without a stack trace: " + printed.text());
        }
    }

    /** A Qpid JMS send to locutor.requests on this broker port is refused at once, saying the disk is full. */
    static void assertASendIsRefusedForTheFullDisk(String port) throws Exception {
        // The send timeout only bounds the test should the broker block again; "address full" is what must come back.
        try (Connection connection = new JmsConnectionFactory("amqp://127.0.0.1:" + port + "?jms.sendTimeout=60000")
                .createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (MessageProducer producer = session.createProducer(session.createQueue("locutor.requests"))) {
                JMSException refused = assertThrows(JMSException.class,
                        () -> producer.send(session.createTextMessage("{\"text\": \"Disco lleno.\"}")));
                assertTrue(String.valueOf(refused.getMessage()).contains("takes no new messages: its disk is"), "refused, saying why: " + refused);
            }
        }
    }
}
