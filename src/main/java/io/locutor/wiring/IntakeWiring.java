package io.locutor.wiring;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import io.lettuce.core.RedisURI;
import io.locutor.Settings;
import io.locutor.cache.CacheConfig;
import io.locutor.cache.RedisConnection;
import io.locutor.intake.CampaignProgress;
import io.locutor.intake.Deliveries;
import io.locutor.intake.EmbeddedBroker;
import io.locutor.intake.IntakeErrors;
import io.locutor.intake.IntakeShutdown;
import io.locutor.intake.Manifests;
import io.locutor.intake.QueueConfig;
import io.locutor.intake.QueueMessages;
import io.locutor.intake.ScriptFiles;
import io.locutor.intake.SynthesisOutcomes;
import io.locutor.notify.CallbackGuard;
import io.locutor.observe.LocutorMetrics;
import io.locutor.problem.Problems;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelContext;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.component.redis.processor.aggregate.RedisAggregationRepository;
import org.apache.camel.processor.aggregate.MemoryAggregationRepository;
import org.apache.camel.spi.AggregationRepository;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.camel.util.concurrent.SynchronousExecutorService;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.redisson.config.SingleServerConfig;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.connection.DelegatingConnectionFactory;

/**
 * The folder and queue doors (issue 6): the watched folders, the broker (embedded unless {@code LOCUTOR_QUEUE_URL}
 * names one) behind the {@code jms} component, campaign aggregation (in Redis when the cache is), the workers, and the
 * beans the intake routes call.
 */
record IntakeWiring(IntakeShutdown intakeShutdown, Deliveries deliveries, ScriptFiles scriptFiles,
                    SynthesisOutcomes synthesisOutcomes, CampaignProgress campaignProgress, Manifests manifests,
                    IntakeErrors intakeErrors, AggregationRepository intakeAggregation, ExecutorService intakeWorkers,
                    ExecutorService intakeSameThread, QueueMessages queueMessages) {

    static IntakeWiring wire(CamelContext camel, Settings settings, Path data, RequestWiring requests, CallbackGuard guard,
                             Problems problems, LocutorMetrics metrics, Clock clock) throws Exception {
        PropertiesComponent properties = camel.getPropertiesComponent();
        QueueConfig queues = new QueueConfig(settings.get("locutor.queue.url"), settings.get("locutor.queue.user"),
                settings.get("locutor.queue.password"), settings.get("locutor.queue.requests"),
                settings.get("locutor.queue.results"), settings.get("locutor.queue.dead-letters"),
                settings.integer("locutor.queue.max-deliveries"), settings.integer("locutor.queue.redelivery-delay"),
                settings.get("locutor.queue.result-dead-letters"));
        connectBroker(camel, settings, data, queues);

        // Folder defaults live under the data folder; routes read the resolved paths.
        Path inbox = Path.of(settings.orDefault("locutor.intake.inbox", data.resolve("inbox").toString()));
        Path outbox = Path.of(settings.orDefault("locutor.intake.outbox", data.resolve("outbox").toString()));
        properties.addOverrideProperty("locutor.intake.inbox-dir", inbox.toString());
        properties.addOverrideProperty("locutor.intake.outbox-dir", outbox.toString());
        IntakeShutdown.restore(inbox);

        Deliveries deliveries = new Deliveries(guard, requests.requestReader());
        CampaignProgress progress = new CampaignProgress(outbox, clock);
        return new IntakeWiring(new IntakeShutdown(), deliveries,
                new ScriptFiles(requests.speechRequests(), deliveries, campaignSettings(settings)),
                new SynthesisOutcomes(problems, metrics), progress, new Manifests(progress),
                new IntakeErrors(inbox.resolve(".error"), problems),
                aggregationRepository(camel, settings),
                camel.getExecutorServiceManager().newFixedThreadPool(IntakeWiring.class, "intake-worker",
                        settings.integer("locutor.intake.parallelism")),
                new SynchronousExecutorService(),
                new QueueMessages(problems, metrics, queues.results()));
    }

    /**
     * The {@code jms} component on the broker. The embedded one starts now, beside the route loading and the rest of
     * the start (bench/README.md); the queue door's first connection waits for it, and so does readiness (its startup
     * listener is added before the startup gate's).
     */
    private static void connectBroker(CamelContext camel, Settings settings, Path data, QueueConfig queues) throws Exception {
        ConnectionFactory broker;
        if (queues.embedded()) {
            String brokerDir = settings.get("locutor.queue.data-dir");
            EmbeddedBroker embedded = new EmbeddedBroker(queues, brokerDir.isBlank() ? data.resolve("broker") : Path.of(brokerDir),
                    settings.get("locutor.queue.host"),
                    settings.integer("locutor.queue.port"),
                    settings.integer("locutor.queue.max-disk-usage"));
            camel.addService(embedded, true, true);
            camel.addStartupListener(embedded);
            embedded.startInBackground();
            DelegatingConnectionFactory awaiting = new DelegatingConnectionFactory() {
                @Override
                public Connection createConnection() throws JMSException {
                    embedded.awaitStarted();
                    return super.createConnection();
                }

                @Override
                public Connection createConnection(String user, String password) throws JMSException {
                    embedded.awaitStarted();
                    return super.createConnection(user, password);
                }
            };
            awaiting.setTargetConnectionFactory(new ActiveMQConnectionFactory(embedded.inVmUrl()));
            broker = awaiting;
        } else {
            broker = connectionFactory(queues);
        }
        CachingConnectionFactory connections = new CachingConnectionFactory(broker);
        connections.setSessionCacheSize(settings.integer("locutor.queue.consumers") + 4);
        // Services stop in reverse order: the cached connection closes before the embedded broker goes, instead of
        // being cut by it (a logged JMSException with its stack trace at every SIGTERM).
        camel.addService(new ServiceSupport() {
            @Override
            protected void doStop() {
                connections.destroy();
            }
        }, true, true);
        JmsComponent jms = JmsComponent.jmsComponent(connections);
        // The caching factory serves what sends (results, replies, dead letters); the queue door's listener opens its
        // own connection and keeps its own consumer while it runs. Sharing the cache made a restarted listener (route
        // reload, a test's AdviceWith) take the cached session its stopped predecessor's consumer was still open on,
        // and the requests the broker then handed that dead consumer sat unconsumed (QueueIntakeRouteTest, 1 run in 3).
        jms.getConfiguration().setListenerConnectionFactory(broker);
        camel.addComponent("jms", jms);
    }

    /**
     * Templates and callback URLs per campaign: {@code locutor.campaign.<name>.template} / {@code .callback-url} keys,
     * overridden by LOCUTOR_CAMPAIGN_TEMPLATES and LOCUTOR_CAMPAIGN_CALLBACKS ({@code name=value;name=value}).
     */
    static Map<String, String> campaignSettings(Settings settings) {
        Map<String, String> merged = new LinkedHashMap<>(settings.prefixed("locutor.campaign."));
        settings.campaigns("locutor.campaigns.templates").forEach((name, template) -> merged.put(name + ".template", template));
        settings.campaigns("locutor.campaigns.callback-urls").forEach((name, url) -> merged.put(name + ".callback-url", url));
        return merged;
    }

    /** An external broker: AMQP 1.0 (Qpid JMS) for amqp:// and amqps:// URLs, Artemis CORE otherwise. */
    private static ConnectionFactory connectionFactory(QueueConfig queues) {
        String url = queues.url().trim();
        String user = queues.user().isBlank() ? null : queues.user();
        String password = queues.password().isBlank() ? null : queues.password();
        if (url.toLowerCase(Locale.ROOT).startsWith("amqp")) {
            return new JmsConnectionFactory(user, password, url);
        }
        return new ActiveMQConnectionFactory(url, user, password);
    }

    /**
     * Campaign aggregation state: in memory, or in Redis when the cache backend is Redis (LOCUTOR_CACHE=redis,
     * REDIS_URL as redis[s]://[:password@]host:port[/db]), so a restarted instance completes the same manifest.
     */
    private static AggregationRepository aggregationRepository(CamelContext camel, Settings settings) throws Exception {
        if (!CacheConfig.REDIS.equalsIgnoreCase(settings.get("locutor.cache.backend"))) {
            return new MemoryAggregationRepository();
        }
        // The same URL forms as the cache backend (redis:// or rediss://, password, database), read the same way.
        RedisURI url = RedisURI.create(settings.get("locutor.cache.redis-url"));
        Config config = new Config();
        SingleServerConfig server = config.useSingleServer()
                .setAddress((url.isSsl() ? "rediss://" : "redis://") + url.getHost() + ":" + url.getPort())
                .setDatabase(url.getDatabase());
        if (url.getPassword() != null) {
            server.setPassword(new String(url.getPassword()));
        }
        RedissonClient redisson;
        try {
            redisson = Redisson.create(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException(RedisConnection.unreachable(url.getHost() + ":" + url.getPort()), e);
        }
        camel.addService(new ServiceSupport() {
            @Override
            protected void doStop() {
                redisson.shutdown();
            }
        }, true, true);
        RedisAggregationRepository repository = new RedisAggregationRepository();
        repository.setMapName("locutor-manifests");
        repository.setRedisson(redisson);
        repository.setUseRecovery(false); // an unfinished campaign resumes when its file is read again
        return repository;
    }
}
