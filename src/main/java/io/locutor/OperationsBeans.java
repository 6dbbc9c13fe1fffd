package io.locutor;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import io.locutor.cache.SharedAudioIndex;
import io.locutor.cache.SharedStore;
import io.locutor.observe.AccessLog;
import io.locutor.observe.HttpServerRequests;
import io.locutor.observe.StartupSummary;
import io.locutor.observe.StorageHealth;
import io.locutor.observe.CampaignLabels;
import io.locutor.observe.ElevenLabsHealth;
import io.locutor.observe.LocutorMetrics;
import io.locutor.observe.LogSecrets;
import io.locutor.observe.UpstreamPool;
import io.locutor.quota.AlertWebhook;
import io.locutor.quota.CampaignQuotas;
import io.locutor.quota.Period;
import io.locutor.quota.QuotaConfig;
import io.locutor.quota.UsageAlerts;
import io.locutor.quota.UsageReport;
import io.locutor.security.ApiKeys;
import io.locutor.storage.AudioStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.health.HealthCheckRegistry;

/**
 * Operations: metrics, health checks, per-campaign quotas and usage alerts, API keys and log masking. Shared state
 * (quota counters, rate limits, alert markers) goes through the {@code sharedStore} bean, looked up when used so a
 * production backend bound by another configuration is the one counted in.
 */
public class OperationsBeans implements CamelConfiguration {

    @Override
    public void configure(CamelContext camel) throws Exception {
        Settings settings = new Settings(camel.getPropertiesComponent());
        Clock clock = Clock.systemUTC();
        String apiKeys = settings.get("locutor.security.api-keys");
        String webhookSecret = settings.get("locutor.alert.webhook-secret");
        LogSecrets.mask(concat(ApiKeys.values(apiKeys), List.of(settings.get("locutor.elevenlabs.api-key"),
                webhookSecret, settings.optional("locutor.storage.s3.secret-key"),
                redisPassword(settings.optional("locutor.cache.redis-url")))));

        boolean hasApiKey = !settings.get("locutor.elevenlabs.api-key").isBlank();
        Supplier<SharedStore> store = () -> camel.getRegistry().lookupByNameAndType("sharedStore", SharedStore.class);
        Supplier<MeterRegistry> meters = io.locutor.observe.MeterRegistries.foundOnce(camel);
        QuotaConfig quotaConfig = QuotaConfig.parse(settings.prefixed("locutor.quota."),
                settings.campaigns("locutor.campaigns.budgets"), settings.get("locutor.alert.thresholds"));
        Set<String> campaigns = new HashSet<>(quotaConfig.campaigns());
        for (String entry : settings.get("locutor.voices.campaigns").split(";")) {
            if (entry.contains("=")) {
                campaigns.add(entry.substring(0, entry.indexOf('=')).strip());
            }
        }
        CampaignLabels labels = new CampaignLabels(campaigns);
        AccessLog accessLog = new AccessLog(settings.get("locutor.log.access"));
        LocutorMetrics metrics = new LocutorMetrics(meters, labels, accessLog);
        AlertWebhook webhook = new AlertWebhook(settings.get("locutor.alert.webhook"), webhookSecret);
        ProducerTemplate[] producer = new ProducerTemplate[1];
        UsageAlerts alerts = new UsageAlerts(quotaConfig.thresholds(), store, metrics, () -> {
            synchronized (producer) {
                if (producer[0] == null) {
                    producer[0] = camel.createProducerTemplate();
                }
                return producer[0];
            }
        }, webhook.configured());
        CampaignQuotas quotas = new CampaignQuotas(quotaConfig, labels, store, alerts, metrics, clock);
        UsageReport usage = new UsageReport(quotas, labels, alerts,
                Duration.ofSeconds(Long.parseLong(settings.get("locutor.usage.subscription-ttl"))), hasApiKey, clock);
        ElevenLabsHealth elevenLabsHealth = new ElevenLabsHealth(hasApiKey, clock);

        // once, even when this configuration runs twice (package scan plus the explicit list in LocutorApp)
        if (camel.getManagementStrategy().getEventNotifiers().stream().noneMatch(HttpServerRequests.class::isInstance)) {
            camel.getManagementStrategy().addEventNotifier(new HttpServerRequests(meters, metrics));
        }
        camel.getRegistry().bind("locutorMetrics", metrics);
        camel.getRegistry().bind("elevenLabsHealth", elevenLabsHealth);
        camel.getRegistry().bind("campaignQuotas", quotas);
        camel.getRegistry().bind("usageReport", usage);
        camel.getRegistry().bind("alertWebhook", webhook);
        camel.getRegistry().bind("apiKeys", new ApiKeys(apiKeys,
                Integer.parseInt(settings.get("locutor.security.rate-limit-per-minute")), store, clock));

        // Meters and checks join registries that exist once the context has started.
        camel.addStartupListener((context, alreadyStarted) -> {
            if (alreadyStarted) {
                return;
            }
            AudioStore audio = context.getRegistry().lookupByNameAndType("audioStore", AudioStore.class);
            metrics.registerGauges(audio, new UpstreamPool(context));
            metrics.registerCacheGauges(context.getRegistry().lookupByNameAndType("audioIndex", SharedAudioIndex.class),
                    Duration.ofSeconds(settings.integer("locutor.cache.stats-every")));
            for (String campaign : quotaConfig.campaigns()) {
                for (Period period : Period.values()) {
                    quotaConfig.budget(period, campaign).ifPresent(budget ->
                            metrics.registerQuotaGauge(campaign, period.label(), () -> quotas.used(campaign, period), budget));
                }
            }
            metrics.registerSubscriptionGauges(usage::subscriptionUsed, usage::subscriptionLimit);
            // the cache counts its own hits and misses; every failure a door reports tells ElevenLabs' health
            context.getRegistry().lookupByNameAndType("audioCache", io.locutor.cache.AudioCache.class)
                    .countingLookups(metrics::lookedUp);
            context.getRegistry().lookupByNameAndType("problems", io.locutor.problem.Problems.class)
                    .watchedBy(elevenLabsHealth::failed);
            if (context.getRegistry().lookupByName(StartupSummary.class.getName()) == null) {
                context.getRegistry().bind(StartupSummary.class.getName(), Boolean.TRUE); // one block per start
                StartupSummary.log(settings);
            }
            HealthCheckRegistry health = HealthCheckRegistry.get(context);
            health.register(elevenLabsHealth);
            if (audio != null) {
                health.register(new StorageHealth(audio));
            }
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


    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
