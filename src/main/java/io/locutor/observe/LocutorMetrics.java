package io.locutor.observe;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import io.locutor.cache.AudioEntry;
import io.locutor.problem.Problem;
import io.locutor.storage.AudioStore;
import io.locutor.synthesis.GeneratedAudio;
import io.locutor.synthesis.Speech;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import io.locutor.intake.QueueMessages;

/**
 * locutor's own meters (Prometheus shows {@code locutor_*}): requests by door and outcome, end-to-end and upstream
 * time, cache hits and misses, billed characters by voice and campaign, errors by code, and gauges for the cache,
 * the upstream connection pool and quotas. Routes call it at the step where each fact becomes known.
 * The door is the route the exchange came in by (a REST verb's id), a bounded set.
 */
public class LocutorMetrics {

    /** Exchange property: {@code hit} or {@code miss}, set at the cache lookup. */
    public static final String OUTCOME = "locutorCacheOutcome";
    /** Exchange property: the running upstream timer sample. */
    static final String UPSTREAM = "locutorUpstreamSample";
    /** Exchange property: characters ElevenLabs billed for this request so far. */
    public static final String BILLED = "locutorBilled";
    /** Exchange property: the status a non-HTTP door's request ended with (HTTP terms: 200, 400, 503, ...). */
    public static final String STATUS = "locutorStatus";
    /** Exchange property: this request's access log line is written (the HTTP server meter writes the others). */
    static final String LOGGED = "locutorAccessLogged";
    /** Exchange property: the error code of a REST request's failure, for its count and access log line. */
    static final String ERROR_CODE = "locutorErrorCode";

    private final Supplier<MeterRegistry> registry;
    private final CampaignLabels campaigns;
    private final AtomicInteger upstreamInFlight = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong hits = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong lookups = new java.util.concurrent.atomic.AtomicLong();
    private final AccessLog accessLog;

    public LocutorMetrics(Supplier<MeterRegistry> registry, CampaignLabels campaigns, AccessLog accessLog) {
        this.registry = registry;
        this.campaigns = campaigns;
        this.accessLog = accessLog;
    }

    /** Gauges read their source on each scrape (held strongly: Micrometer would otherwise let them be collected). */
    public void registerGauges(AudioStore store, UpstreamPool pool) {
        MeterRegistry r = registry.get();
        // Only for a store that can say (the folder): S3 cannot cheaply, and a gauge reading NaN helps nobody.
        if (store.usage().isPresent()) {
            gauge(r, "locutor.cache.entries", "Audio objects in storage", store, s -> s.usage().map(AudioStore.Usage::objects));
            gauge(r, "locutor.cache.bytes", "Bytes of audio in storage", store, s -> s.usage().map(AudioStore.Usage::bytes));
        }
        Gauge.builder("locutor.upstream.in.use", upstreamInFlight, AtomicInteger::get)
                .description("ElevenLabs generations running now").strongReference(true).register(r);
        Gauge.builder("locutor.upstream.connections.leased", pool, UpstreamPool::leased)
                .description("Pooled ElevenLabs connections in use").strongReference(true).register(r);
        Gauge.builder("locutor.upstream.connections.idle", pool, UpstreamPool::available)
                .description("Pooled ElevenLabs connections open and idle").strongReference(true).register(r);
        Gauge.builder("locutor.upstream.connections.max", pool, UpstreamPool::max)
                .description("Largest size of the ElevenLabs connection pool").strongReference(true).register(r);
        Gauge.builder("locutor.upstream.queued", pool, UpstreamPool::pending)
                .description("Calls waiting for a pooled ElevenLabs connection").strongReference(true).register(r);
    }

    /** After the cache lookup: the audio property is null on a miss (this request will generate it). */
    public void lookedUp(@ExchangeProperty("speech") Speech speech, @ExchangeProperty("audio") AudioEntry audio,
                         Exchange exchange) {
        boolean hit = audio != null;
        lookups.incrementAndGet();
        if (hit) {
            hits.incrementAndGet();
        }
        exchange.setProperty(OUTCOME, hit ? "hit" : "miss");
        Counter.builder(hit ? "locutor.cache.hits" : "locutor.cache.misses")
                .description(hit ? "Requests answered from stored audio" : "Requests that needed ElevenLabs")
                .tag("voice", speech.voiceId()).tag("model", speech.modelId())
                .register(registry.get()).increment();
    }

    /**
     * The cache index's own gauges: entries indexed, their average remaining TTL (both from one scan of the index,
     * at most once per {@code scanEvery}, so a scrape never walks a large index twice), and this instance's hit rate.
     */
    public void registerCacheGauges(io.locutor.cache.SharedAudioIndex index, java.time.Duration scanEvery) {
        MeterRegistry r = registry.get();
        CacheIndexStats stats = new CacheIndexStats(index, scanEvery);
        Gauge.builder("locutor.cache.index.entries", stats, s -> s.current().entries())
                .description("Audio entries in the cache index").strongReference(true).register(r);
        Gauge.builder("locutor.cache.ttl.remaining.average", stats, s -> s.current().averageRemainingSeconds())
                .description("Average time left before an indexed entry expires").baseUnit("seconds")
                .strongReference(true).register(r);
        Gauge.builder("locutor.cache.hit.ratio", this, m -> m.lookups.get() == 0 ? Double.NaN
                        : (double) m.hits.get() / m.lookups.get())
                .description("Share of lookups answered from the cache since start").register(r);
    }

    /** Just before ElevenLabs is asked for audio. */
    public void upstreamStarted(Exchange exchange) {
        upstreamInFlight.incrementAndGet();
        exchange.setProperty(UPSTREAM, Timer.start(registry.get()));
    }

    /** ElevenLabs delivered the audio: upstream time (retries included) and the characters it billed. */
    public void generated(@ExchangeProperty("speech") Speech speech, @Body GeneratedAudio audio, Exchange exchange) {
        stopUpstream(exchange, "ok", speech.voiceId(), speech.modelId());
        Counter.builder("locutor.characters.billed").description("Characters ElevenLabs billed")
                .tag("voice", speech.voiceId()).tag("campaign", campaigns.of(speech.campaign()))
                .tag("model", speech.modelId())
                .register(registry.get()).increment(audio.characters());
        exchange.setProperty(BILLED, exchange.getProperty(BILLED, 0L, Long.class) + audio.characters());
    }

    /**
     * An HTTP request was answered: called once per request by {@link HttpServerRequests} when its exchange completes,
     * so every REST door is counted in one place and no route carries a metrics step. The outcome is the cache's (hit,
     * miss) for synthesis, ok for the rest, or error with the code {@link #failed} kept.
     */
    void answeredOverHttp(Exchange exchange, int status) {
        if (exchange.getProperty(LOGGED, false, Boolean.class)) {
            return;
        }
        String code = exchange.getProperty(ERROR_CODE, String.class);
        if (code != null || status >= 400) {
            count(exchange, "error", code != null ? code : "error", status);
        } else {
            String outcome = exchange.getProperty(OUTCOME, "ok", String.class);
            count(exchange, outcome, outcome, status);
        }
    }

    /**
     * A folder item or queue message settled: counted at its door ({@code file-intake}, {@code queue-intake}) and
     * written to the access log. The body is its result, or the Problem / manifest entry saying why it failed.
     */
    public void settled(@Body Object outcome, @Header(QueueMessages.REASON_CODE) String deadLetterCode, Exchange exchange) {
        String code = errorCode(outcome);
        if (code == null && deadLetterCode == null) {
            String hitOrMiss = exchange.getProperty(OUTCOME, "ok", String.class);
            count(exchange, hitOrMiss, hitOrMiss, 200);
        } else {
            // no status from the synthesis: the request could not even be read
            count(exchange, "error", code != null ? code : deadLetterCode, exchange.getProperty(STATUS, 400, Integer.class));
        }
    }

    /** The request failed with this answer (the body built by {@code problems.respond}). */
    public void failed(@Body Problem problem, Exchange exchange) {
        Speech speech = exchange.getProperty("speech", Speech.class);
        stopUpstream(exchange, "error", speech == null ? "none" : speech.voiceId(), speech == null ? "none" : speech.modelId());
        Counter.builder("locutor.errors").description("Requests that ended in an error, by code")
                .tag("code", problem.error().code()).register(registry.get()).increment();
        io.locutor.intake.Delivery delivery = exchange.getProperty(io.locutor.intake.Deliveries.PROPERTY,
                io.locutor.intake.Delivery.class);
        if (delivery == null || io.locutor.intake.Delivery.REST.equals(delivery.door())) {
            // counted when the HTTP answer completes; folder items and queue messages when their door settles them
            exchange.setProperty(ERROR_CODE, problem.error().code());
        }
    }

    /** An alert fired (budget or subscription threshold crossed). */
    public void alerted(String subject, String threshold) {
        Counter.builder("locutor.alerts").description("Usage alerts fired, once per period")
                .tag("subject", subject).tag("threshold", threshold).register(registry.get()).increment();
    }

    /** Characters counted against a campaign's budget, per period, read from the shared counters on each scrape. */
    public void registerQuotaGauge(String campaign, String period, Supplier<Number> used, long budget) {
        MeterRegistry r = registry.get();
        Gauge.builder("locutor.quota.used", used, u -> u.get().doubleValue()).description("Characters used of the budget")
                .tag("campaign", campaign).tag("period", period).strongReference(true).register(r);
        Gauge.builder("locutor.quota.budget", () -> budget).description("The campaign's character budget")
                .tag("campaign", campaign).tag("period", period).register(r);
    }

    /** ElevenLabs subscription characters, as last fetched. */
    public void registerSubscriptionGauges(Supplier<Number> used, Supplier<Number> limit) {
        MeterRegistry r = registry.get();
        Gauge.builder("locutor.elevenlabs.subscription.used", used, u -> u.get().doubleValue())
                .description("Characters used this ElevenLabs period (last fetched)").strongReference(true).register(r);
        Gauge.builder("locutor.elevenlabs.subscription.limit", limit, u -> u.get().doubleValue())
                .description("Characters in the ElevenLabs plan (last fetched)").strongReference(true).register(r);
    }

    /** Counts and times the request at its door, and writes its access log line (detail: hit, miss or error code). */
    private void count(Exchange exchange, String outcome, String detail, int status) {
        String door = exchange.getFromRouteId() == null ? "internal" : exchange.getFromRouteId();
        Speech speech = exchange.getProperty("speech", Speech.class);
        exchange.setProperty(LOGGED, true);
        count(new AccessLog.Entry(door, detail, status, exchange.getClock().elapsed(), exchange.getProperty(BILLED, 0L, Long.class),
                speech == null ? null : speech.voiceId(), speech == null ? null : speech.modelId(),
                speech == null ? null : speech.campaign(), requestId(exchange)), outcome);
    }

    private void count(AccessLog.Entry entry, String outcome) {
        MeterRegistry r = registry.get();
        Counter.builder("locutor.requests").description("Requests by door and outcome (hit, miss, ok, error)")
                .tag("door", entry.door()).tag("outcome", outcome).register(r).increment();
        Timer.builder("locutor.request.duration").description("End-to-end time of a request")
                .tag("door", entry.door()).tag("outcome", outcome)
                .register(r).record(java.time.Duration.ofMillis(entry.millis()));
        accessLog.write(entry);
    }

    /**
     * A request answered without a Camel exchange (stored audio, by {@code io.locutor.api.StoredAudioDoor}): counted,
     * timed and logged as its REST door would be, and its error code (if refused) counted as {@link #failed} does.
     */
    public void answered(String door, int status, String errorCode, long millis, String requestId) {
        if (errorCode != null) {
            Counter.builder("locutor.errors").description("Requests that ended in an error, by code")
                    .tag("code", errorCode).register(registry.get()).increment();
        }
        String outcome = errorCode != null || status >= 400 ? "error" : "ok";
        count(new AccessLog.Entry(door, errorCode != null ? errorCode : outcome, status, millis, 0, null, null, null,
                requestId), outcome);
    }

    /** The id a caller knows the request by: the queue correlation id, the file item's id, else the exchange id. */
    private static String requestId(Exchange exchange) {
        io.locutor.intake.Delivery delivery = exchange.getProperty(io.locutor.intake.Deliveries.PROPERTY,
                io.locutor.intake.Delivery.class);
        if (delivery != null && delivery.correlationId() != null) {
            return delivery.correlationId();
        }
        if (delivery != null && delivery.id() != null) {
            return delivery.id();
        }
        return exchange.getExchangeId();
    }

    private static String errorCode(Object outcome) {
        if (outcome instanceof Problem problem) {
            return problem.error().code();
        }
        if (outcome instanceof io.locutor.intake.ItemOutcome item && item.failed()) {
            return item.error().code();
        }
        return null;
    }

    private void stopUpstream(Exchange exchange, String outcome, String voice, String model) {
        Timer.Sample sample = exchange.getProperty(UPSTREAM, Timer.Sample.class);
        if (sample == null) {
            return;
        }
        exchange.removeProperty(UPSTREAM);
        upstreamInFlight.decrementAndGet();
        sample.stop(Timer.builder("locutor.elevenlabs.generation").description("ElevenLabs generation time, retries included")
                .tag("outcome", outcome).tag("voice", voice).tag("model", model)
                .publishPercentileHistogram().register(registry.get()));
    }

    private static <T> void gauge(MeterRegistry r, String name, String description, T source,
                                  java.util.function.Function<T, Optional<Long>> read) {
        ToDoubleFunction<T> value = s -> read.apply(s).map(Long::doubleValue).orElse(Double.NaN);
        Gauge.builder(name, source, value).description(description).strongReference(true).register(r);
    }
}
