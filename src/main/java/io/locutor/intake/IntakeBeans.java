package io.locutor.intake;

import io.locutor.Settings;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.lettuce.core.RedisURI;
import io.locutor.api.PublicAddress;
import io.locutor.cache.CacheConfig;
import io.locutor.cache.SharedStore;
import io.locutor.jobs.Jobs;
import io.locutor.notify.CallbackGuard;
import io.locutor.quota.AlertWebhook;
import io.locutor.notify.ResultDestinations;
import io.locutor.notify.WebhookFailures;
import io.locutor.notify.WebhookOutbox;
import io.locutor.notify.Webhooks;
import io.locutor.observe.LocutorMetrics;
import io.locutor.problem.Problems;
import io.locutor.request.SpeechRequests;
import io.vertx.ext.web.client.WebClientOptions;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.component.redis.processor.aggregate.RedisAggregationRepository;
import org.apache.camel.component.vertx.http.VertxHttpComponent;
import org.apache.camel.processor.aggregate.MemoryAggregationRepository;
import org.apache.camel.spi.AggregationRepository;
import org.apache.camel.spi.PropertiesComponent;
import org.apache.camel.util.concurrent.SynchronousExecutorService;
import org.apache.camel.support.service.ServiceSupport;
import org.apache.qpid.jms.JmsConnectionFactory;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;
import org.redisson.config.SingleServerConfig;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.connection.DelegatingConnectionFactory;

/**
 * Wiring for the folder and queue doors, async jobs and result fan-out (issue 6): the broker (embedded unless
 * {@code LOCUTOR_QUEUE_URL} names one), the {@code jms} component, a separate HTTP client for webhooks
 * ({@code vertx-http}, not ElevenLabs' pool), and the beans the intake routes call.
 */
public class IntakeBeans implements CamelConfiguration {

    @Override
    public void configure(CamelContext camel) throws Exception {
        PropertiesComponent properties = camel.getPropertiesComponent();
        Settings settings = new Settings(properties);
        Clock clock = Clock.systemUTC();
        Path data = Path.of(settings.get("locutor.data-dir"));

        // Folder defaults live under the data folder; routes read the resolved paths.
        Path inbox = Path.of(settings.orDefault("locutor.intake.inbox", data.resolve("inbox").toString()));
        Path outbox = Path.of(settings.orDefault("locutor.intake.outbox", data.resolve("outbox").toString()));
        properties.addOverrideProperty("locutor.intake.inbox-dir", inbox.toString());
        properties.addOverrideProperty("locutor.intake.outbox-dir", outbox.toString());
        IntakeShutdown.restore(inbox);
        bind(camel, "intakeShutdown", new IntakeShutdown());

        QueueConfig queues = new QueueConfig(settings.get("locutor.queue.url"), settings.get("locutor.queue.user"),
                settings.get("locutor.queue.password"), settings.get("locutor.queue.requests"),
                settings.get("locutor.queue.results"), settings.get("locutor.queue.dead-letters"),
                settings.integer("locutor.queue.max-deliveries"), settings.integer("locutor.queue.redelivery-delay"));
        ConnectionFactory broker;
        if (queues.embedded()) {
            String brokerDir = settings.get("locutor.queue.data-dir");
            EmbeddedBroker embedded = new EmbeddedBroker(queues, brokerDir.isBlank() ? data.resolve("broker") : Path.of(brokerDir),
                    settings.get("locutor.queue.host"),
                    settings.integer("locutor.queue.port"));
            camel.addService(embedded, true, true);
            camel.addStartupListener(embedded); // before StartupGate's: ready only once the broker is live
            embedded.startInBackground(); // beside the route loading and the rest of the start (bench/README.md)
            // the broker starts beside the rest of locutor; the queue door's first connection waits for it
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
        // being cut by it (a logged stack trace at every SIGTERM).
        camel.addService(new ServiceSupport() {
            @Override
            protected void doStop() {
                connections.destroy();
            }
        }, true, true);
        camel.addComponent("jms", JmsComponent.jmsComponent(connections));
        // Closed before the embedded broker stops (services stop in reverse order), so a normal stop does not log
        // the broker's disconnection as a JMSException with its stack trace.
        camel.addService(new org.apache.camel.support.service.ServiceSupport() {
            @Override
            protected void doStop() {
                connections.destroy();
            }
        }, true, true);

        // Webhooks go through vertx-http, a client of their own: a slow receiver must not hold ElevenLabs' pool (http).
        int webhookTimeout = settings.integer("locutor.webhooks.timeout");
        camel.getComponent("vertx-http", VertxHttpComponent.class).setWebClientOptions(new WebClientOptions()
                .setConnectTimeout(webhookTimeout).setIdleTimeout(webhookTimeout).setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                .setFollowRedirects(false));

        // Configuration classes run in no set order: stateless helpers are built here, the shared store looked up late.
        Supplier<Problems> problems = () -> camel.getRegistry().lookupByNameAndType("problems", Problems.class);
        Supplier<LocutorMetrics> metrics = () -> camel.getRegistry().lookupByNameAndType("locutorMetrics", LocutorMetrics.class);
        SpeechRequests speechRequests = new SpeechRequests(settings.integer("locutor.request.max-text-length"));
        Supplier<SharedStore> sharedStore = () -> camel.getRegistry().lookupByNameAndType("sharedStore", SharedStore.class);
        CallbackGuard guard = new CallbackGuard(settings.bool("locutor.webhooks.allow-private"));
        Deliveries deliveries = new Deliveries(guard);

        bind(camel, "deliveries", deliveries);
        bind(camel, "scriptFiles", new ScriptFiles(speechRequests, deliveries, campaignSettings(settings)));
        bind(camel, "synthesisOutcomes", new SynthesisOutcomes(problems, metrics));
        CampaignProgress progress = new CampaignProgress(outbox, java.time.Clock.systemUTC());
        bind(camel, "campaignProgress", progress);
        bind(camel, "manifests", new Manifests(progress));
        bind(camel, "intakeErrors", new IntakeErrors(inbox.resolve(".error"), problems));
        bind(camel, "intakeAggregation", aggregationRepository(camel, settings));
        ExecutorService workers = camel.getExecutorServiceManager().newFixedThreadPool(this, "intake-worker",
                settings.integer("locutor.intake.parallelism"));
        bind(camel, "intakeWorkers", workers);
        bind(camel, "intakeSameThread", new SynchronousExecutorService());
        bind(camel, "queueMessages", new QueueMessages(problems, metrics, queues.results()));
        bind(camel, "jobs", new Jobs(sharedStore, Duration.ofSeconds(settings.integer("locutor.jobs.ttl")),
                PublicAddress.fromSettings(settings).base(), clock));
        // usage alerts go out through the same sender, to the operator's alert URL with the alert signature
        AlertWebhook alerts = new AlertWebhook(settings.get("locutor.alert.webhook"), settings.get("locutor.alert.webhook-secret"));
        bind(camel, "webhooks", new Webhooks(settings.get("locutor.webhooks.secret"), guard, clock, alerts));
        bind(camel, "webhookFailures", new WebhookFailures(data.resolve("webhooks-failed"), clock));
        WebhookOutbox webhookOutbox = new WebhookOutbox(data.resolve("webhooks-pending"), clock);
        bind(camel, "webhookOutbox", webhookOutbox);
        properties.addOverrideProperty("locutor.webhooks.pending-dir", webhookOutbox.dir().toString());
        bind(camel, "resultDestinations", new ResultDestinations(settings.bool("locutor.queue.publish-all-results")));
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
            throw new IllegalStateException(io.locutor.cache.RedisConnection.unreachable(url.getHost() + ":" + url.getPort()), e);
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

    private static void bind(CamelContext camel, String name, Object bean) {
        camel.getRegistry().bind(name, bean);
    }





}
