package io.locutor.wiring;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

import io.locutor.Settings;
import io.locutor.cache.SharedAudioIndex;
import io.locutor.observe.AccessLog;
import io.locutor.observe.CampaignLabels;
import io.locutor.observe.DoorRoutePolicyFactory;
import io.locutor.observe.ElevenLabsHealth;
import io.locutor.observe.HttpServerRequests;
import io.locutor.observe.LocutorMetrics;
import io.locutor.observe.LogSecrets;
import io.locutor.observe.StartupSummary;
import io.locutor.observe.StorageHealth;
import io.locutor.observe.UpstreamPool;
import io.locutor.quota.Period;
import io.locutor.security.ApiKeys;
import io.locutor.storage.AudioStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckRegistry;

/**
 * What operators see: secrets kept out of the log, the meters (per request, per campaign), the access log, the HTTP
 * server's request meter and the ElevenLabs health check; gauges, checks and the start summary once started.
 */
record ObserveWiring(LocutorMetrics locutorMetrics, HttpServerRequests httpServerRequests, ElevenLabsHealth elevenLabsHealth, CampaignLabels campaignLabels) {

    /** First of all, so no later step (a settings error, a client's log line) can print a secret. */
    static void maskSecrets(Settings settings) {
        String apiKeys = settings.get("locutor.security.api-keys");
        LogSecrets.mask(Stream.concat(ApiKeys.values(apiKeys).stream(), Stream.of(settings.get("locutor.elevenlabs.api-key"),
                settings.get("locutor.alert.webhook-secret"), settings.optional("locutor.storage.s3.secret-key"),
                redisPassword(settings.optional("locutor.cache.redis-url")))).toList());
    }

    /**
     * The synthesis core's route configurations (routes/: {@code routeConfigurationId}): the routes using one are hops
     * inside a request that every door's route already times whole.
     */
    static final Set<String> CORE_ROUTE_CONFIGURATIONS = Set.of("synthesis-core", "elevenlabs-retry", "elevenlabs-attempt");

    /**
     * Camel's route policy ({@code camel.metrics.enable-route-policy}, {@code camel_exchanges_*} by route) on the routes
     * a request enters by, once: not on the core's hops nor on the REST verbs' routes in front of the doors'
     * ({@link DoorRoutePolicyFactory}, which tells them apart by their definitions).
     */
    static void timeDoorsNotCore(CamelContext camel) {
        DoorRoutePolicyFactory.install(camel, CORE_ROUTE_CONFIGURATIONS);
    }

    /**
     * @param meters          the application's meter registry
     * @param quotaCampaigns  the campaigns with a budget: with the campaigns that have a voice, the only values a
     *                        campaign label takes (a caller cannot grow the meters without bound)
     */
    static ObserveWiring wire(CamelContext camel, Settings settings, MeterRegistry meters, Set<String> quotaCampaigns,
                              Clock clock) {
        Set<String> campaigns = new HashSet<>(quotaCampaigns);
        for (String entry : settings.get("locutor.voices.campaigns").split(";")) {
            if (entry.contains("=")) {
                campaigns.add(entry.substring(0, entry.indexOf('=')).strip());
            }
        }
        CampaignLabels labels = new CampaignLabels(campaigns);
        LocutorMetrics metrics = new LocutorMetrics(meters, labels, new AccessLog(settings.get("locutor.log.access")));
        HttpServerRequests httpRequests = new HttpServerRequests(meters, metrics);
        camel.getManagementStrategy().addEventNotifier(httpRequests);
        boolean hasApiKey = !settings.get("locutor.elevenlabs.api-key").isBlank();
        return new ObserveWiring(metrics, httpRequests, new ElevenLabsHealth(hasApiKey, clock), labels);
    }

    /**
     * Once the context has started: the health checks join the health registry camel-main sets up as it starts, the
     * gauges read what exists by then (the HTTP components' connection pools), and the start summary is logged.
     */
    void registerAtStart(CamelContext camel, Settings settings, AudioStore audio, SharedAudioIndex audioIndex, QuotaWiring quota)
            throws Exception {
        Duration statsEvery = Duration.ofSeconds(settings.integer("locutor.cache.stats-every"));
        camel.addStartupListener((context, alreadyStarted) -> {
            if (alreadyStarted) {
                return;
            }
            locutorMetrics.registerGauges(audio, new UpstreamPool(context));
            locutorMetrics.registerCacheGauges(audioIndex, statsEvery);
            for (String campaign : quota.config().campaigns()) {
                for (Period period : Period.values()) {
                    quota.config().budget(period, campaign).ifPresent(budget -> locutorMetrics.registerQuotaGauge(
                            campaign, period.label(), () -> quota.campaignQuotas().used(campaign, period), budget));
                }
            }
            locutorMetrics.registerSubscriptionGauges(quota.usageReport()::subscriptionUsed, quota.usageReport()::subscriptionLimit);
            StartupSummary.log(settings);
            HealthCheckRegistry health = HealthCheckRegistry.get(context);
            health.register(elevenLabsHealth);
            health.register(new StorageHealth(audio));
        });
    }

    /** The password in {@code redis://[user]:password@host...}, or "". */
    static String redisPassword(String url) {
        int at = url.lastIndexOf('@');
        int scheme = url.indexOf("://");
        if (at < 0 || scheme < 0) {
            return "";
        }
        String userInfo = url.substring(scheme + 3, at);
        return userInfo.substring(userInfo.indexOf(':') + 1);
    }
}
