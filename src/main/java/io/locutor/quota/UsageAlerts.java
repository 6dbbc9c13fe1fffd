package io.locutor.quota;

import io.locutor.observe.LogSafe;
import io.locutor.cache.CacheUnavailableException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.locutor.cache.SharedStore;
import io.locutor.observe.LocutorMetrics;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires an alert when usage crosses a threshold of a campaign budget or of the ElevenLabs plan: a log line, the
 * {@code locutor.alerts} counter and, if configured, a webhook POST. Each fires once per period and threshold across
 * every instance: the first to set the shared marker sends it.
 */
public class UsageAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(UsageAlerts.class);

    private final List<Double> thresholds;
    private final SharedStore store;
    private final LocutorMetrics metrics;
    private final ProducerTemplate producer;
    private final boolean webhook;

    public UsageAlerts(List<Double> thresholds, SharedStore store, LocutorMetrics metrics,
                       ProducerTemplate producer, boolean webhook) {
        this.thresholds = thresholds;
        this.store = store;
        this.metrics = metrics;
        this.producer = producer;
        this.webhook = webhook;
    }

    /** After characters were counted against a campaign budget. */
    public void campaign(String campaign, Period period, Instant now, long used, long budget) {
        check("campaign:" + campaign, period.label(), period.id(now), Duration.between(now, period.end(now)), used, budget);
    }

    /** A request was refused: the budget is spent even if no counted request reached it exactly (used: with it). */
    public void exhausted(String campaign, Period period, Instant now, long used, long budget) {
        fire("campaign:" + campaign, period.label(), period.id(now), Duration.between(now, period.end(now)), 1.0, used, budget);
    }

    /** After the ElevenLabs subscription was read; its period ends at the next reset. */
    public void subscription(long used, long limit, Instant nextReset, Clock clock) {
        Duration left = Duration.between(clock.instant(), nextReset);
        check("elevenlabs", "subscription", Long.toString(nextReset.getEpochSecond()),
                left.isNegative() ? Duration.ofDays(1) : left, used, limit);
    }

    private void check(String subject, String period, String periodId, Duration ttl, long used, long limit) {
        if (limit <= 0) {
            return;
        }
        for (double threshold : thresholds) {
            if (used >= threshold * limit) {
                fire(subject, period, periodId, ttl, threshold, used, limit);
            }
        }
    }

    private void fire(String subject, String period, String periodId, Duration ttl, double threshold, long used, long limit) {
        String percent = Long.toString(Math.round(threshold * 100));
        String marker = "locutor:alert:" + subject + ":" + period + ":" + periodId + ":" + percent;
        try {
            if (!store.putIfAbsent(marker, "fired", ttl.plusHours(1))) {
                return;
            }
        } catch (CacheUnavailableException e) {
            return; // without the once-only marker an alert would repeat on every request; it fires once the backend is back
        }
        LOG.warn("Usage alert: {} crossed {}% of its {} budget ({} of {} characters, counting the request that crossed it; period {})",
                LogSafe.value(subject), percent, period, used, limit, periodId);
        metrics.alerted(subject, percent);
        if (webhook) {
            Map<String, Object> alert = new LinkedHashMap<>();
            alert.put("alert", "usage_threshold");
            alert.put("subject", subject);
            alert.put("period", period);
            alert.put("period_id", periodId);
            alert.put("threshold_percent", Integer.parseInt(percent));
            alert.put("used", used);
            alert.put("limit", limit);
            producer.sendBody("direct:alert-webhook", alert);
        }
    }
}
