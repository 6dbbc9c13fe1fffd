package io.locutor.intake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import io.locutor.support.CapturedLog;
import io.locutor.support.LocutorTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded broker starts without a warning: every queue has a dead-letter and an expiry address. */
class EmbeddedBrokerWarningsTest {

    @Test
    void everyQueueHasADeadLetterAndAnExpiryAddressSoNoStartWarns(@TempDir Path data) throws Exception {
        QueueConfig queues = new QueueConfig("embedded", null, null, "locutor.requests", "locutor.results",
                "locutor.requests.DLQ", 5, 0, "locutor.results.DLQ");
        EmbeddedBroker broker = new EmbeddedBroker(queues, data, "127.0.0.1", LocutorTestSupport.freePort(), 99);
        try (CapturedLog artemis = new CapturedLog("org.apache.activemq.artemis")) {
            broker.start();
            broker.awaitStarted();
            String log = artemis.text();
            assertTrue(log.contains("AMQ221007"), "the broker's start was captured: " + log); // "Server is now active"
            assertFalse(log.contains("AMQ222165") || log.contains("AMQ222166"), log);
        } finally {
            broker.stop();
        }
    }
}
