package io.locutor.intake;

import java.nio.file.Path;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The default broker when no {@code LOCUTOR_QUEUE_URL} is set: ActiveMQ Artemis inside the app, with a persistent
 * journal under the data folder (a crash loses no accepted request), reachable in-VM by locutor and over TCP (CORE
 * and AMQP 1.0) by CRMs. Requests that fail {@code maxDeliveries} times go to the dead-letter queue.
 */
public class EmbeddedBroker extends ServiceSupport {

    public static final String IN_VM_URL = "vm://0";

    private final QueueConfig queues;
    private final Path dataDir;
    private final String host;
    private final int port;
    private EmbeddedActiveMQ server;

    public EmbeddedBroker(QueueConfig queues, Path dataDir, String host, int port) {
        this.queues = queues;
        this.dataDir = dataDir;
        this.host = host;
        this.port = port;
    }

    @Override
    protected void doStart() throws Exception {
        ConfigurationImpl config = new ConfigurationImpl();
        config.setName("locutor");
        config.setSecurityEnabled(false);
        config.setPersistenceEnabled(true);
        config.setJournalType(JournalType.NIO);
        config.setJournalDirectory(dataDir.resolve("journal").toString());
        config.setBindingsDirectory(dataDir.resolve("bindings").toString());
        config.setLargeMessagesDirectory(dataDir.resolve("large-messages").toString());
        config.setPagingDirectory(dataDir.resolve("paging").toString());
        config.setJMXManagementEnabled(false);
        config.addAcceptorConfiguration("in-vm", IN_VM_URL);
        config.addAcceptorConfiguration("tcp", "tcp://" + host + ":" + port + "?protocols=CORE,AMQP");
        config.addAddressSetting(queues.requests(), new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(queues.deadLetters()))
                .setMaxDeliveryAttempts(queues.maxDeliveries())
                .setRedeliveryDelay(queues.redeliveryDelayMillis()));
        for (String name : new String[] {queues.requests(), queues.results(), queues.deadLetters()}) {
            config.addQueueConfiguration(QueueConfiguration.of(name).setRoutingType(RoutingType.ANYCAST));
        }
        server = new EmbeddedActiveMQ();
        server.setConfiguration(config);
        server.start();
    }

    @Override
    protected void doStop() throws Exception {
        if (server != null) {
            server.stop();
        }
    }
}
