package io.locutor.intake;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.support.service.ServiceSupport;

/**
 * The default broker when no {@code LOCUTOR_QUEUE_URL} is set: ActiveMQ Artemis inside the app, with a persistent
 * journal under the data folder (a crash loses no accepted request), reachable in-VM by locutor and over TCP (CORE
 * and AMQP 1.0) by CRMs. Requests that fail {@code maxDeliveries} times go to the dead-letter queue; results and
 * replies a consumer rolls back {@value #RESULT_DELIVERY_ATTEMPTS} times go to the results' dead-letter queue.
 */
public class EmbeddedBroker extends ServiceSupport implements StartupListener {

    /** In-VM acceptor ids are global to the JVM; each broker takes its own (tests run several apps in one JVM). */
    private static final AtomicInteger IDS = new AtomicInteger();
    private static final long JOURNAL_LOCK_WAIT_MILLIS = 10_000;
    /** Deliveries of a result (or reply) its consumer rolls back before it is dead-lettered: Artemis' own default. */
    static final int RESULT_DELIVERY_ATTEMPTS = 10;

    private final QueueConfig queues;
    private final Path dataDir;
    private final String host;
    private final int port;
    private final int maxDiskUsage;
    private final String inVmUrl = "vm://" + IDS.getAndIncrement();
    private EmbeddedActiveMQ server;
    private volatile CompletableFuture<Void> started;

    /**
     * @param maxDiskUsage percent of the data folder's disk in use (1 - usable/total, as Artemis measures it) above
     *                     which every send is refused with "address full" instead of waiting for space
     */
    public EmbeddedBroker(QueueConfig queues, Path dataDir, String host, int port, int maxDiskUsage) {
        this.queues = queues;
        this.dataDir = dataDir;
        this.host = host;
        this.port = port;
        this.maxDiskUsage = maxDiskUsage;
    }

    /**
     * Starts the broker on a thread of its own (about 0.3 s, a tenth of a cold start) while the rest of locutor is
     * built and started (routes loaded, HTTP server, metrics, routes); called as soon as the broker is configured.
     * Its connections, and locutor's readiness, wait for it ({@link #awaitStarted}).
     */
    public synchronized void startInBackground() {
        if (started != null) {
            return;
        }
        started = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                startBroker();
                started.complete(null);
            } catch (Throwable e) {
                started.completeExceptionally(e);
            }
        }, "embedded-broker-start");
        starter.setDaemon(true);
        starter.start();
    }

    @Override
    protected void doStart() {
        startInBackground();
    }

    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
        // routes start next: the queue door's listeners connect in the background, waiting in createConnection
    }

    /** locutor is ready (its startup gate opens) only with the broker live, for CRMs connecting over TCP too. */
    @Override
    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
        awaitStarted();
    }

    /**
     * Blocks until the broker is live.
     *
     * @throws IllegalStateException naming the cause when it could not start (not a JMSException: a listener
     *                               would retry that for ever, when the start must fail with the reason)
     */
    public void awaitStarted() {
        CompletableFuture<Void> starting = started;
        if (starting == null) {
            throw new IllegalStateException("The embedded broker is not started");
        }
        try {
            starting.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IllegalStateException failure ? failure
                    : new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the embedded broker was starting", e);
        }
    }

    private void startBroker() throws Exception {
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
        // Another process (or instance) owning this journal must not leave start-up hanging forever.
        config.setJournalLockAcquisitionTimeout(JOURNAL_LOCK_WAIT_MILLIS);
        // Artemis' own monitor would block producers on a full disk; BrokerDiskGuard refuses their sends instead.
        config.setMaxDiskUsage(-1);
        config.registerBrokerPlugin(new BrokerDiskGuard(dataDir, maxDiskUsage));
        config.addAcceptorConfiguration("in-vm", inVmUrl);
        // queue:// and topic:// let any AMQP client say which routing it means
        config.addAcceptorConfiguration("tcp", "tcp://" + host + ":" + port
                + "?protocols=CORE,AMQP;anycastPrefix=queue://;multicastPrefix=topic://");
        // Reply queues are point-to-point however their receiver attached: a plain AMQP receiver would otherwise
        // auto-create a MULTICAST address, and locutor's (anycast) replies to it would fail and be dead-lettered.
        // A full memory refuses sends at once, "address full", as a full disk does (BrokerDiskGuard): to CRMs and to
        // locutor alike, an error instead of a send waiting for space under Artemis' default (page, then block).
        // Every other address (the results, a CRM's reply queues) sends what its consumer rolls back
        // RESULT_DELIVERY_ATTEMPTS times, or what expires unread, to the results' dead-letter queue: kept, with the
        // broker's _AMQ_ORIG_ADDRESS, never dropped. Every queue then has both addresses, so no start warns of
        // neither (AMQ222165/AMQ222166).
        SimpleString resultDeadLetters = SimpleString.of(queues.resultDeadLetters());
        config.addAddressSetting("#", new AddressSettings()
                .setAddressFullMessagePolicy(AddressFullMessagePolicy.FAIL)
                .setDefaultAddressRoutingType(RoutingType.ANYCAST)
                .setDefaultQueueRoutingType(RoutingType.ANYCAST)
                .setAutoCreateAddresses(true)
                .setAutoCreateQueues(true)
                .setDeadLetterAddress(resultDeadLetters)
                .setExpiryAddress(resultDeadLetters)
                .setMaxDeliveryAttempts(RESULT_DELIVERY_ATTEMPTS));
        config.addAddressSetting(queues.requests(), new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(queues.deadLetters()))
                .setExpiryAddress(SimpleString.of(queues.deadLetters()))
                .setMaxDeliveryAttempts(queues.maxDeliveries())
                .setRedeliveryDelay(queues.redeliveryDelayMillis()));
        // A dead letter its reader rolls back too often, or that expires, goes back to the end of its own queue:
        // a dead-letter queue loses nothing either.
        for (String deadLetters : new String[] {queues.deadLetters(), queues.resultDeadLetters()}) {
            config.addAddressSetting(deadLetters, new AddressSettings()
                    .setDeadLetterAddress(SimpleString.of(deadLetters))
                    .setExpiryAddress(SimpleString.of(deadLetters)));
        }
        for (String name : new String[] {queues.requests(), queues.results(), queues.deadLetters(), queues.resultDeadLetters()}) {
            config.addQueueConfiguration(QueueConfiguration.of(name).setRoutingType(RoutingType.ANYCAST));
        }
        server = new EmbeddedActiveMQ();
        server.setConfiguration(config);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("The embedded broker could not start on " + dataDir + " (is another locutor "
                    + "using it? Each instance needs its own LOCUTOR_QUEUE_DATA_DIR, or set LOCUTOR_QUEUE_URL to a shared broker): "
                    + e.getMessage(), e);
        }
    }

    /** Where locutor itself connects: inside the JVM, no network. */
    public String inVmUrl() {
        return inVmUrl;
    }

    @Override
    protected void doStop() throws Exception {
        if (started != null) {
            try {
                started.get(); // a stop during the start waits for it, so the journal is released cleanly
            } catch (ExecutionException e) {
                return; // it never started
            }
        }
        if (server != null) {
            server.stop();
        }
    }
}
