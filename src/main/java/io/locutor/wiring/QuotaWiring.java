package io.locutor.wiring;

import java.time.Clock;
import java.time.Duration;

import io.locutor.Settings;
import io.locutor.cache.SharedStore;
import io.locutor.observe.CampaignLabels;
import io.locutor.observe.LocutorMetrics;
import io.locutor.quota.AlertWebhook;
import io.locutor.quota.CampaignQuotas;
import io.locutor.quota.QuotaConfig;
import io.locutor.quota.UsageAlerts;
import io.locutor.quota.UsageReport;
import org.apache.camel.CamelContext;

/**
 * Per-campaign budgets counted in the shared store (so every instance draws on one budget), usage alerts (a metric,
 * and the operator's webhook through {@code direct:alert-webhook}) and the usage report.
 */
record QuotaWiring(QuotaConfig config, CampaignQuotas campaignQuotas, UsageReport usageReport, AlertWebhook alertWebhook) {

    /** The budgets and thresholds: read before the meters, whose campaign labels include the budgeted campaigns. */
    static QuotaConfig config(Settings settings) {
        return QuotaConfig.parse(settings.prefixed("locutor.quota."), settings.campaigns("locutor.campaigns.budgets"),
                settings.get("locutor.alert.thresholds"));
    }

    static QuotaWiring wire(CamelContext camel, Settings settings, QuotaConfig config, SharedStore store, CampaignLabels labels,
                            LocutorMetrics metrics, Clock clock) {
        AlertWebhook webhook = new AlertWebhook(settings.get("locutor.alert.webhook"), settings.get("locutor.alert.webhook-secret"));
        UsageAlerts alerts = new UsageAlerts(config.thresholds(), store, metrics, camel.createProducerTemplate(), webhook.configured());
        CampaignQuotas quotas = new CampaignQuotas(config, labels, store, alerts, metrics, clock);
        UsageReport usage = new UsageReport(quotas, labels, alerts,
                Duration.ofSeconds(settings.integer("locutor.usage.subscription-ttl")),
                !settings.get("locutor.elevenlabs.api-key").isBlank(), clock);
        return new QuotaWiring(config, quotas, usage, webhook);
    }
}
