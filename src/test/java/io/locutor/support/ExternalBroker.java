package io.locutor.support;

import java.util.List;

import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * An ActiveMQ Artemis broker of the test's own, playing the external broker a deployment runs (compose's artemis
 * service): CORE and AMQP 1.0 on one free TCP port, in memory, queues created on first use as anycast (a plain AMQP
 * receiver would otherwise create a multicast address that anycast sends then fail on).
 */
public final class ExternalBroker implements AutoCloseable {

    private final int port = LocutorTestSupport.freePort();
    private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();

    public static ExternalBroker start() throws Exception {
        ExternalBroker broker = new ExternalBroker();
        ConfigurationImpl config = new ConfigurationImpl();
        config.setName("external-broker");
        config.setSecurityEnabled(false);
        config.setPersistenceEnabled(false);
        config.setJMXManagementEnabled(false);
        // It keeps everything in memory: the test machine's disk use (Artemis blocks producers above 90%) is no concern
        // of its, and a busy shared disk must not hang the tests that send through it.
        config.setMaxDiskUsage(-1);
        config.addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + broker.port + "?protocols=CORE,AMQP");
        config.addAddressSetting("#", new AddressSettings()
                .setDefaultAddressRoutingType(RoutingType.ANYCAST).setDefaultQueueRoutingType(RoutingType.ANYCAST)
                .setAutoCreateAddresses(true).setAutoCreateQueues(true));
        broker.server.setConfiguration(config);
        broker.server.start();
        return broker;
    }

    public String amqpUrl() {
        return "amqp://127.0.0.1:" + port;
    }

    public String coreUrl() {
        return "tcp://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Queue names that have been created on this broker. */
    public List<String> queueNames() {
        return server.getActiveMQServer().getPostOffice().getAddressManager().getAddresses().stream()
                .map(Object::toString).toList();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
