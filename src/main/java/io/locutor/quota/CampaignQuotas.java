package io.locutor.quota;

import io.locutor.cache.CacheUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.locutor.cache.SharedStore;
import io.locutor.observe.CampaignLabels;
import io.locutor.observe.LocutorMetrics;
import io.locutor.problem.LocutorException;
import io.locutor.synthesis.GeneratedAudio;
import io.locutor.synthesis.Speech;
import io.locutor.synthesis.SynthesisContext;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;

/**
 * Counts the characters each campaign spends per day and month in the shared store, so every instance draws on one
 * budget. Characters are reserved atomically before ElevenLabs is called (the normalized text's length, what
 * ElevenLabs bills), corrected to what it billed afterwards, and given back when the call fails. Only misses reach
 * here: cache hits cost nothing and are never refused.
 */
public class CampaignQuotas {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignQuotas.class);

    private final QuotaConfig config;
    private final CampaignLabels labels;
    private final SharedStore store;
    private final UsageAlerts alerts;
    private final Clock clock;
    private final LocutorMetrics metrics;

    public CampaignQuotas(QuotaConfig config, CampaignLabels labels, SharedStore store, UsageAlerts alerts,
                          LocutorMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.config = config;
        this.labels = labels;
        this.store = store;
        this.alerts = alerts;
        this.clock = clock;
    }

    /**
     * Before the ElevenLabs call: counts the characters, or refuses with 429 if a budget would be exceeded. With the
     * shared store down, budgets cannot be counted: the call goes on (as the cache does), with a warning. The
     * generation is timed from here. A reservation not settled when the exchange ends (the request failed, however its
     * door answered) is given back then.
     */
    public void reserve(@ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis, Exchange exchange) {
        Speech speech = synthesis.speech();
        try {
            reserveOrRefuse(speech, synthesis);
        } catch (CacheUnavailableException e) {
            LOG.warn("Campaign budgets are not enforced while the cache backend is unavailable: {}", e.getMessage());
        }
        String campaign = labels.of(speech.campaign());
        metrics.generationStarted(synthesis);
        SynthesisContext.releaseWhenDone(exchange, failure -> {
            refund(campaign, synthesis.takeReservation());
            metrics.generationEnded(synthesis, null);
        });
    }

    private void reserveOrRefuse(Speech speech, SynthesisContext synthesis) {
        String campaign = labels.of(speech.campaign());
        long cost = speech.normalizedText().length();
        Instant now = clock.instant();
        long daily = add(campaign, Period.DAILY, now, cost);
        long monthly = add(campaign, Period.MONTHLY, now, cost);
        for (Period period : Period.values()) {
            long used = period == Period.DAILY ? daily : monthly;
            Long budget = config.budget(period, campaign).orElse(null);
            if (budget != null && used > budget) {
                add(campaign, Period.DAILY, now, -cost);
                add(campaign, Period.MONTHLY, now, -cost);
                alerts.exhausted(campaign, period, now, used, budget);
                long retryAfter = Math.max(1, Duration.between(now, period.end(now)).toSeconds());
                throw new LocutorException(429, "quota_exceeded", "Campaign \"" + campaign + "\" has used " + (used - cost)
                        + " of its " + period.label() + " budget of " + budget + " characters; this request needs " + cost
                        + ". It resets at " + period.end(now) + "; cached audio is still served. Raise locutor.quota."
                        + campaign + "." + period.label() + " to allow more.", "campaign")
                        .withHeader("Retry-After", Long.toString(retryAfter));
            }
        }
        synthesis.reserved(cost);
        for (Period period : Period.values()) {
            long used = period == Period.DAILY ? daily : monthly;
            config.budget(period, campaign).ifPresent(budget -> alerts.campaign(campaign, period, now, used, budget));
        }
    }

    /**
     * After ElevenLabs answered: the reservation becomes what it actually billed (its x-character-count), and the
     * generation's time and characters are counted.
     */
    public void settle(@ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis, @Body GeneratedAudio audio) {
        Speech speech = synthesis.speech();
        Long reserved = synthesis.takeReservation();
        metrics.generationEnded(synthesis, audio);
        try {
            correct(speech, reserved, audio);
        } catch (CacheUnavailableException e) {
            LOG.warn("Campaign usage not corrected to the billed count, cache backend unavailable: {}", e.getMessage());
        }
    }

    private void correct(Speech speech, Long reserved, GeneratedAudio audio) {
        if (reserved != null && audio.characters() > 0 && audio.characters() != reserved) {
            String campaign = labels.of(speech.campaign());
            Instant now = clock.instant();
            long daily = add(campaign, Period.DAILY, now, audio.characters() - reserved);
            long monthly = add(campaign, Period.MONTHLY, now, audio.characters() - reserved);
            // What ElevenLabs billed may cross a threshold the estimate did not.
            config.budget(Period.DAILY, campaign).ifPresent(budget -> alerts.campaign(campaign, Period.DAILY, now, daily, budget));
            config.budget(Period.MONTHLY, campaign).ifPresent(budget -> alerts.campaign(campaign, Period.MONTHLY, now, monthly, budget));
        }
    }

    /** When the request failed before ElevenLabs billed it: the reservation is given back. */
    private void refund(String campaign, Long reserved) {
        if (reserved == null) {
            return;
        }
        Instant now = clock.instant();
        try {
            add(campaign, Period.DAILY, now, -reserved);
            add(campaign, Period.MONTHLY, now, -reserved);
        } catch (CacheUnavailableException e) {
            LOG.warn("Campaign reservation not given back, cache backend unavailable: {}", e.getMessage());
        }
    }

    /** Characters the campaign (a label) has used in the current period. */
    public long used(String campaign, Period period) {
        return store.get(key(campaign, period, clock.instant())).map(Long::parseLong).orElse(0L);
    }

    public QuotaConfig config() {
        return config;
    }

    private long add(String campaign, Period period, Instant now, long delta) {
        return store.increment(key(campaign, period, now), delta, period.retention());
    }

    private static String key(String campaign, Period period, Instant now) {
        return "locutor:quota:" + campaign + ":" + period.label() + ":" + period.id(now);
    }
}
