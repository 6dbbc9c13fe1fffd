package io.locutor.quota;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.locutor.observe.CampaignLabels;
import org.apache.camel.Body;

/**
 * {@code GET /v1/usage}: ElevenLabs' subscription (kept for a short while, so dashboards polling this do not spend
 * the API's rate) and locutor's own characters per campaign for today and this month (UTC).
 */
public class UsageReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CampaignQuotas quotas;
    private final CampaignLabels labels;
    private final UsageAlerts alerts;
    private final Duration subscriptionTtl;
    private final Clock clock;
    private final boolean hasApiKey;
    private volatile Subscription subscription;

    public UsageReport(CampaignQuotas quotas, CampaignLabels labels, UsageAlerts alerts, Duration subscriptionTtl,
                       boolean hasApiKey, Clock clock) {
        this.hasApiKey = hasApiKey;
        this.quotas = quotas;
        this.labels = labels;
        this.alerts = alerts;
        this.subscriptionTtl = subscriptionTtl;
        this.clock = clock;
    }

    /** The timer reads the subscription only when there is a key to read it with. */
    public boolean watching() {
        return hasApiKey;
    }

    public boolean needsSubscription() {
        Subscription kept = subscription;
        return kept == null || !clock.instant().isBefore(kept.fetchedAt().plus(subscriptionTtl));
    }

    /** Keeps ElevenLabs' answer to {@code GET /v1/user/subscription} and checks its alert thresholds. */
    public void keepSubscription(@Body String json) throws IOException {
        JsonNode s = JSON.readTree(json);
        Subscription kept = new Subscription(s.path("character_count").asLong(), s.path("character_limit").asLong(),
                s.path("next_character_count_reset_unix").asLong(), s.path("tier").asText(null), clock.instant());
        subscription = kept;
        alerts.subscription(kept.used(), kept.limit(), Instant.ofEpochSecond(kept.nextReset()), clock);
    }

    public double subscriptionUsed() {
        Subscription kept = subscription;
        return kept == null ? Double.NaN : kept.used();
    }

    public double subscriptionLimit() {
        Subscription kept = subscription;
        return kept == null ? Double.NaN : kept.limit();
    }

    public Map<String, Object> report() {
        Instant now = clock.instant();
        Map<String, Object> answer = new LinkedHashMap<>();
        Subscription kept = subscription;
        if (kept != null) {
            Map<String, Object> el = new LinkedHashMap<>();
            el.put("character_count", kept.used());
            el.put("character_limit", kept.limit());
            el.put("characters_remaining", Math.max(0, kept.limit() - kept.used()));
            el.put("next_character_count_reset_unix", kept.nextReset());
            el.put("next_character_count_reset", Instant.ofEpochSecond(kept.nextReset()).toString());
            if (kept.tier() != null) {
                el.put("tier", kept.tier());
            }
            el.put("fetched_at", kept.fetchedAt().toString());
            answer.put("elevenlabs", el);
        }
        answer.put("day", Period.DAILY.id(now));
        answer.put("month", Period.MONTHLY.id(now));
        Set<String> campaigns = new TreeSet<>(labels.known());
        campaigns.add(CampaignLabels.OTHER);
        campaigns.add(CampaignLabels.NONE);
        Map<String, Object> byCampaign = new LinkedHashMap<>();
        for (String campaign : campaigns) {
            Map<String, Object> periods = new LinkedHashMap<>();
            for (Period period : Period.values()) {
                Map<String, Object> p = new LinkedHashMap<>();
                long used = quotas.used(campaign, period);
                p.put("characters", used);
                quotas.config().budget(period, campaign).ifPresent(budget -> {
                    p.put("budget", budget);
                    p.put("remaining", Math.max(0, budget - used));
                });
                periods.put(period.label(), p);
            }
            byCampaign.put(campaign, periods);
        }
        answer.put("campaigns", byCampaign);
        return answer;
    }

    private record Subscription(long used, long limit, long nextReset, String tier, Instant fetchedAt) {
    }
}
