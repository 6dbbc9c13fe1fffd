package io.locutor;

import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import java.util.Enumeration;
import org.apache.qpid.jms.message.JmsMessage;
import org.apache.qpid.jms.provider.amqp.message.AmqpJmsMessageFacade;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.builder.AdviceWith;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The queue door (routes/queue-intake.camel.yaml) on the embedded Artemis broker, driven as a CRM would: an AMQP 1.0
 * client (Qpid JMS) on the broker's TCP port, with WireMock as ElevenLabs.
 */
class QueueIntakeRouteTest extends LocutorTestSupport {

    private static final long WAIT = 30_000;
    private Connection connection;
    private Session session;

    @Override
    protected void overrides(Properties p) {
        p.put("locutor.queue.consumers", "1");
        p.put("locutor.queue.redelivery-delay", "0");
    }

    /** Connects once the application (and its broker) has started: the context starts before each test. */
    private Session session() throws Exception {
        if (session != null) {
            return session;
        }
        String port = context.getPropertiesComponent().resolveProperty("locutor.queue.port").orElseThrow();
        connection = new JmsConnectionFactory("amqp://127.0.0.1:" + port).createConnection();
        connection.start();
        session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        return session;
    }

    @AfterAll
    void disconnect() throws Exception {
        if (connection != null) {
            connection.close();
        }
    }

    private void send(String json) throws Exception {
        try (MessageProducer producer = session().createProducer(session().createQueue("locutor.requests"))) {
            producer.send(session().createTextMessage(json));
        }
    }

    private Message receive(String queue) throws Exception {
        return receive(queue, null);
    }

    /** The next message on the queue for this correlation id (other tests' answers may share the queue). */
    private Message receive(String queue, String correlationId) throws Exception {
        String selector = correlationId == null ? null : "JMSCorrelationID = '" + correlationId + "'";
        try (MessageConsumer consumer = session().createConsumer(session().createQueue(queue), selector)) {
            Message message = consumer.receive(WAIT);
            assertNotNull(message, "nothing arrived on " + queue);
            return message;
        }
    }

    @Test
    void requestIsAnsweredOnTheResultQueueWithItsCorrelationId() throws Exception {
        send("{\"text\": \"Su factura está disponible.\", \"correlation_id\": \"crm-001\"}");
        Message reply = receive("locutor.results", "crm-001");
        assertEquals("crm-001", reply.getJMSCorrelationID());
        JsonNode body = JSON.readTree(((TextMessage) reply).getText());
        assertEquals("crm-001", body.path("correlation_id").asText());
        assertTrue(body.path("result").path("audio_url").asText().startsWith("http"), body.toString());
        assertEquals(1, elevenLabs.findAll(postRequestedFor(urlPathMatching("/v1/text-to-speech/.*"))).size());
    }

    @Test
    void replyToNamesTheQueueTheResultGoesTo() throws Exception {
        send("{\"text\": \"Respuesta en otra cola.\", \"correlation_id\": \"crm-002\", \"reply_to\": \"crm.replies\"}");
        Message reply = receive("crm.replies");
        assertEquals("crm-002", reply.getJMSCorrelationID());
    }

    @Test
    void malformedMessageGoesToTheDeadLetterQueueSayingWhy() throws Exception {
        send("{\"text\": \"sin cerrar\", \"correlation_id\": \"crm-003\"");
        Message dead = receive("locutor.requests.DLQ");
        assertEquals("invalid_request", dead.getStringProperty("LocutorErrorCode"));
        assertTrue(dead.getStringProperty("LocutorErrorMessage").contains("not valid JSON"), dead.getStringProperty("LocutorErrorMessage"));
        assertTrue(((TextMessage) dead).getText().startsWith("{\"text\": \"sin cerrar\""));

        send("{\"correlation_id\": \"crm-004\", \"voice_settings\": {\"stability\": 7}}");
        Message invalid = receive("locutor.requests.DLQ");
        assertEquals("crm-004", invalid.getJMSCorrelationID());
        assertEquals("text", invalid.getStringProperty("LocutorErrorField"));
    }

    @Test
    void requestStillFailingAfterTheRetryBudgetIsDeadLetteredWithTheUpstreamReason() throws Exception {
        elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/.*")).atPriority(1).withRequestBody(containing("siempre caído"))
                .willReturn(ElevenLabsSimulator.error(503, "{\"detail\":{\"status\":\"service_unavailable\",\"message\":\"down\"}}")));
        send("{\"text\": \"Servicio siempre caído.\", \"correlation_id\": \"crm-007\"}");
        Message dead = receive("locutor.requests.DLQ");
        assertEquals("crm-007", dead.getJMSCorrelationID());
        assertEquals("elevenlabs_unavailable", dead.getStringProperty("LocutorErrorCode"));
        assertEquals(4, elevenLabs.findAll(postRequestedFor(urlPathMatching("/v1/text-to-speech/.*"))).size(),
                "the first call and 3 retries, then dead-lettered");
    }

    @Test
    void failureBeforeTheResultIsPublishedRollsBackAndTheRedeliveryAnswersExactlyOnce() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        AdviceWith.adviceWith(context, "queue-intake", route -> route.weaveById("publish-queue-result").before()
                .process(exchange -> {
                    if (attempts.incrementAndGet() == 1) {
                        throw new IllegalStateException("simulated crash before the result is published");
                    }
                }));
        send("{\"text\": \"Se cae a mitad y vuelve.\", \"correlation_id\": \"crm-005\"}");
        Message reply = receive("locutor.results", "crm-005");
        assertEquals("crm-005", reply.getJMSCorrelationID());
        assertEquals(2, attempts.get(), "delivered twice: rolled back once, then answered");

        // The next result on the queue is the next request's, not a second answer to the first.
        send("{\"text\": \"Mensaje siguiente.\", \"correlation_id\": \"crm-006\"}");
        assertEquals("crm-006", receive("locutor.results", "crm-006").getJMSCorrelationID());
        assertEquals(2, elevenLabs.findAll(postRequestedFor(urlPathMatching("/v1/text-to-speech/.*"))).size(),
                "the redelivery found the audio in the cache");
    }

    @Test
    void theMessagesOwnReplyToIsAOneWayReplyInJsonWithNoInternalHeaderNames() throws Exception {
        Queue replies = session().createQueue("crm.jms.replies");
        TextMessage request = session().createTextMessage("{\"text\": \"Respuesta por JMSReplyTo.\"}");
        request.setJMSReplyTo(replies);
        request.setJMSCorrelationID("crm-010");
        try (MessageProducer producer = session().createProducer(session().createQueue("locutor.requests"))) {
            producer.send(request);
        }
        Message reply = receive("crm.jms.replies", "crm-010");
        JsonNode body = JSON.readTree(((TextMessage) reply).getText());
        assertTrue(body.path("result").path("audio_url").asText().startsWith("http"), body.toString());
        assertEquals("application/json", String.valueOf(((AmqpJmsMessageFacade) ((JmsMessage) reply).getFacade()).getContentType()));
        for (Enumeration<?> names = reply.getPropertyNames(); names.hasMoreElements(); ) {
            String name = names.nextElement().toString();
            assertFalse(name.contains("HYPHEN") || name.startsWith("Camel") || name.startsWith("JMS_AMQP"), "internal name " + name);
        }
        assertEquals(1, elevenLabs.findAll(postRequestedFor(urlPathMatching("/v1/text-to-speech/.*"))
                .withRequestBody(containing("JMSReplyTo"))).size(), "answered once: no request-reply wait, no redelivery");
    }

    @Test
    void aFailedRequestIsAnsweredOnItsReplyQueueAndDeadLetteredWithItsReason() throws Exception {
        send("{\"text\": 12, \"correlation_id\": \"crm-011\", \"reply_to\": \"crm.errors\"}");
        Message error = receive("crm.errors", "crm-011");
        JsonNode body = JSON.readTree(((TextMessage) error).getText());
        assertEquals("invalid_request", body.path("error").path("code").asText(), body.toString());
        assertEquals("text", body.path("error").path("field").asText());
        assertEquals("application/json", String.valueOf(((AmqpJmsMessageFacade) ((JmsMessage) error).getFacade()).getContentType()));
        Message dead = receive("locutor.requests.DLQ", "crm-011");
        assertEquals("invalid_request", dead.getStringProperty("LocutorErrorCode"));
    }

    @Test
    void aRequestThatFailsOnEveryDeliveryIsDeadLetteredByLocutorWithAReason() throws Exception {
        AdviceWith.adviceWith(context, "queue-intake", route -> route.weaveById("publish-queue-result").before()
                .process(exchange -> {
                    if (String.valueOf(exchange.getProperty("original")).contains("Siempre rompe")) {
                        throw new IllegalStateException("simulated crash on every delivery");
                    }
                }));
        send("{\"text\": \"Siempre rompe al publicar.\", \"correlation_id\": \"crm-012\"}");
        Message dead = receive("locutor.requests.DLQ", "crm-012");
        assertEquals("internal_error", dead.getStringProperty("LocutorErrorCode"));
        assertTrue(dead.getStringProperty("LocutorErrorMessage").contains("deliveries"), dead.getStringProperty("LocutorErrorMessage"));
        JsonNode error = JSON.readTree(((TextMessage) receive("locutor.results", "crm-012")).getText());
        assertEquals("internal_error", error.path("error").path("code").asText());
    }

    @Test
    void aResultItsConsumerRollsBackOnEveryDeliveryEndsOnTheResultsDeadLetterQueue() throws Exception {
        send("{\"text\": \"Un resultado que el CRM no sabe leer.\", \"correlation_id\": \"crm-013\"}");
        String port = context.getPropertiesComponent().resolveProperty("locutor.queue.port").orElseThrow();
        Message dead = rolledBackTenTimesThenDeadLettered(port, "crm-013", "locutor.results.DLQ");
        JsonNode body = JSON.readTree(((TextMessage) dead).getText());
        assertEquals("crm-013", body.path("correlation_id").asText(), body.toString());
        assertTrue(body.path("result").path("audio_url").asText().startsWith("http"), body.toString());
    }

    /**
     * A CRM on the Artemis JMS client (CORE) whose transacted consumer fails on the result with this correlation id
     * every time: after ten deliveries the broker moves it, with its reason, to {@code deadLetters}; returns it there.
     */
    static Message rolledBackTenTimesThenDeadLettered(String port, String correlationId, String deadLetters) throws Exception {
        String selector = "JMSCorrelationID = '" + correlationId + "'";
        try (Connection crm = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + port).createConnection()) {
            crm.start();
            Session transacted = crm.createSession(true, Session.SESSION_TRANSACTED);
            try (MessageConsumer results = transacted.createConsumer(transacted.createQueue("locutor.results"), selector)) {
                for (int delivery = 1; delivery <= 10; delivery++) {
                    Message result = results.receive(WAIT);
                    assertNotNull(result, "delivery " + delivery + " of the result");
                    assertEquals(delivery, result.getIntProperty("JMSXDeliveryCount"));
                    transacted.rollback();
                }
            }
            Session plain = crm.createSession(false, Session.AUTO_ACKNOWLEDGE);
            try (MessageConsumer deadLetterQueue = plain.createConsumer(plain.createQueue(deadLetters), selector);
                 MessageConsumer results = plain.createConsumer(plain.createQueue("locutor.results"), selector)) {
                Message dead = deadLetterQueue.receive(WAIT);
                assertNotNull(dead, "the result was dropped instead of dead-lettered");
                assertEquals("locutor.results", dead.getStringProperty("_AMQ_ORIG_ADDRESS"), "the broker's reason: where it came from");
                assertEquals(null, results.receiveNoWait(), "moved, not copied: the result queue no longer holds it");
                return dead;
            }
        }
    }
}
