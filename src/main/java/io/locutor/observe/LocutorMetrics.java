package io.locutor.observe;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import io.locutor.storage.AudioStore;
import io.locutor.synthesis.GeneratedAudio;
import io.locutor.synthesis.Speech;
import io.locutor.synthesis.SynthesisContext;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.camel.Exchange;

/**
 * locutor's own meters (Prometheus shows {@code locutor_*}): requests by door and outcome, end-to-end and upstream
 * time, cache hits and misses, billed characters by voice and campaign, errors by code, and gauges for the cache,
 * the upstream connection pool and quotas. No route calls it: the beans that learn each fact do (the cache lookup, the
 * quota settlement), and each door's end counts the request (HTTP: {@link HttpServerRequests}; a folder item or queue
 * message: the bean shaping its outcome). Meters are built once and then found in a map.
 * The door is the route the exchange came in by (a REST verb's id), a bounded set.
 */
public class LocutorMetrics {

    /** Exchange property: the status a non-HTTP door's request ended with (HTTP terms: 200, 400, 503, ...). */
    public static final String STATUS = "locutorStatus";
    /** Exchange property: this request's access log line is written (the HTTP server meter writes the others). */
    static final String LOGGED = "locutorAccessLogged";
    /** Exchange property: the code of the failure this request's door answered with, for its count and access log line. */
    public static final String ERROR_CODE = "locutorErrorCode";

    private final MeterRegistry registry;
    private final CampaignLabels campaigns;
    private final AtomicInteger upstreamInFlight = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicLong hits = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong lookups = new java.util.concurrent.atomic.AtomicLong();
    private final AccessLog accessLog;
    private final java.util.concurrent.ConcurrentMap<MeterKey, Meter> meters = new java.util.concurrent.ConcurrentHashMap<>();

    public LocutorMetrics(MeterRegistry registry, CampaignLabels campaigns, AccessLog accessLog) {
        this.registry = registry;
        this.campaigns = campaigns;
        this.accessLog = accessLog;
    }

    /** Gauges read their source on each scrape (held strongly: Micrometer would otherwise let them be collected). */
    public void registerGauges(AudioStore store, UpstreamPool pool) {
        MeterRegistry r = registry;
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

    /** Every cache lookup's outcome (called by the cache itself, {@link io.locutor.cache.AudioCache.Lookups}). */
    public void lookedUp(Speech speech, boolean hit) {
        lookups.incrementAndGet();
        if (hit) {
            hits.incrementAndGet();
        }
        meter(hit ? "locutor.cache.hits" : "locutor.cache.misses", speech.voiceId(), speech.modelId(),
                key -> Counter.builder(key.name())
                        .description(hit ? "Requests answered from stored audio" : "Requests that needed ElevenLabs")
                        .tag("voice", key.a()).tag("model", key.b()).register(registry))
                .increment();
    }

    /**
     * The cache index's own gauges: entries indexed, their average remaining TTL (both from one scan of the index,
     * at most once per {@code scanEvery}, so a scrape never walks a large index twice), and this instance's hit rate.
     */
    public void registerCacheGauges(io.locutor.cache.SharedAudioIndex index, java.time.Duration scanEvery) {
        MeterRegistry r = registry;
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

    /** Just before ElevenLabs (or a stand-in) is asked for audio: the generation's clock starts. */
    public void generationStarted(SynthesisContext synthesis) {
        upstreamInFlight.incrementAndGet();
        synthesis.generationStarted(System.nanoTime());
    }

    /**
     * The generation ended: with its audio (upstream time, retries included, and the characters it billed), or without
     * (null: it failed). Counted once, whichever comes first.
     */
    public void generationEnded(SynthesisContext synthesis, GeneratedAudio audio) {
        long started = synthesis.takeGenerationStart();
        if (started == 0) {
            return;
        }
        upstreamInFlight.decrementAndGet();
        Speech speech = synthesis.speech();
        String outcome = audio == null ? "error" : "ok";
        meter("locutor.elevenlabs.generation", outcome, speech.voiceId() + "\u0000" + speech.modelId(),
                key -> Timer.builder(key.name()).description("ElevenLabs generation time, retries included")
                        .tag("outcome", key.a()).tag("voice", speech.voiceId()).tag("model", speech.modelId())
                        .publishPercentileHistogram().register(registry))
                .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        if (audio != null) {
            String campaign = campaigns.of(speech.campaign());
            meter("locutor.characters.billed", campaign, speech.voiceId() + "\u0000" + speech.modelId(),
                    key -> Counter.builder(key.name()).description("Characters ElevenLabs billed")
                            .tag("voice", speech.voiceId()).tag("campaign", key.a()).tag("model", speech.modelId())
                            .register(registry))
                    .increment(audio.characters());
            synthesis.bill(audio.characters());
        }
    }

    /**
     * An HTTP request was answered: called once per request by {@link HttpServerRequests} when its exchange completes,
     * so every REST door is counted in one place and no route carries a metrics step. The outcome is the cache's (hit,
     * miss) for synthesis, ok for the rest, or error with the code of the failure described ({@link #ERROR_CODE}).
     */
    void answeredOverHttp(Exchange exchange, int status) {
        if (exchange.getProperty(LOGGED, false, Boolean.class)) {
            return;
        }
        String code = exchange.getProperty(ERROR_CODE, String.class);
        if (code != null || status >= 400) {
            count(exchange, "error", code != null ? code : "error", status);
        } else {
            String outcome = cacheOutcome(exchange);
            count(exchange, outcome, outcome, status);
        }
    }

    /**
     * A folder item or queue message settled: counted at its door ({@code file-intake}, {@code queue-intake}) and
     * written to the access log, by the bean that shapes its outcome. {@code errorCode} is null when it succeeded.
     */
    public void settled(String errorCode, Exchange exchange) {
        if (errorCode == null) {
            String hitOrMiss = cacheOutcome(exchange);
            count(exchange, hitOrMiss, hitOrMiss, 200);
        } else {
            // no status from the synthesis: the request could not even be read
            count(exchange, "error", errorCode, exchange.getProperty(STATUS, 400, Integer.class));
        }
    }

    /** An alert fired (budget or subscription threshold crossed). */
    public void alerted(String subject, String threshold) {
        Counter.builder("locutor.alerts").description("Usage alerts fired, once per period")
                .tag("subject", subject).tag("threshold", threshold).register(registry).increment();
    }

    /** Characters counted against a campaign's budget, per period, read from the shared counters on each scrape. */
    public void registerQuotaGauge(String campaign, String period, Supplier<Number> used, long budget) {
        MeterRegistry r = registry;
        Gauge.builder("locutor.quota.used", used, u -> u.get().doubleValue()).description("Characters used of the budget")
                .tag("campaign", campaign).tag("period", period).strongReference(true).register(r);
        Gauge.builder("locutor.quota.budget", () -> budget).description("The campaign's character budget")
                .tag("campaign", campaign).tag("period", period).register(r);
    }

    /** ElevenLabs subscription characters, as last fetched. */
    public void registerSubscriptionGauges(Supplier<Number> used, Supplier<Number> limit) {
        MeterRegistry r = registry;
        Gauge.builder("locutor.elevenlabs.subscription.used", used, u -> u.get().doubleValue())
                .description("Characters used this ElevenLabs period (last fetched)").strongReference(true).register(r);
        Gauge.builder("locutor.elevenlabs.subscription.limit", limit, u -> u.get().doubleValue())
                .description("Characters in the ElevenLabs plan (last fetched)").strongReference(true).register(r);
    }

    /** Counts and times the request at its door, and writes its access log line (detail: hit, miss or error code). */
    private void count(Exchange exchange, String outcome, String detail, int status) {
        String door = exchange.getFromRouteId() == null ? "internal" : exchange.getFromRouteId();
        SynthesisContext synthesis = SynthesisContext.find(exchange);
        exchange.setProperty(LOGGED, true);
        count(door, outcome, detail, status, exchange.getClock().elapsed(), synthesis == null ? null : synthesis.speech(),
                synthesis == null ? 0L : synthesis.billed(), requestId(exchange));
    }

    /** Counts and times one request at its door, and writes its access log line: with or without an exchange. */
    private void count(String door, String outcome, String detail, int status, long millis, Speech speech, long billed,
                       String requestId) {
        countAndTime(door, outcome, "error".equals(outcome) ? detail : null, millis);
        accessLog.write(new AccessLog.Entry(door, detail, status, millis, billed,
                speech == null ? null : speech.voiceId(), speech == null ? null : speech.modelId(),
                speech == null ? null : speech.campaign(), requestId));
    }

    /**
     * A synthesis request answered from stored audio without a Camel exchange (by {@code io.locutor.api.CacheHitDoor}):
     * counted, timed and logged exactly as its REST door counts a hit (outcome {@code hit}, nothing billed).
     */
    public void answeredFromStore(String door, Speech speech, long millis, String requestId) {
        count(door, "hit", "hit", 200, millis, speech, 0L, requestId);
    }

    /**
     * A request answered without a Camel exchange (stored audio, by {@code io.locutor.api.StoredAudioDoor}): counted,
     * timed and logged as its REST door would be, and its error code (if refused) counted as {@link #failed} does.
     */
    public void answered(String door, int status, String errorCode, long millis, String requestId) {
        String outcome = errorCode != null || status >= 400 ? "error" : "ok";
        countAndTime(door, outcome, errorCode, millis);
        accessLog.write(new AccessLog.Entry(door, errorCode != null ? errorCode : outcome, status, millis, 0, null, null,
                null, requestId));
    }

    /** One request at its door: counted and timed by outcome, and its error code counted (null when none). */
    private void countAndTime(String door, String outcome, String errorCode, long millis) {
        meter("locutor.requests", door, outcome, key -> Counter.builder(key.name())
                .description("Requests by door and outcome (hit, miss, ok, error)")
                .tag("door", key.a()).tag("outcome", key.b()).register(registry)).increment();
        meter("locutor.request.duration", door, outcome, key -> Timer.builder(key.name())
                .description("End-to-end time of a request")
                .tag("door", key.a()).tag("outcome", key.b()).register(registry))
                .record(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
        if (errorCode != null) {
            meter("locutor.errors", errorCode, "", key -> Counter.builder(key.name())
                    .description("Requests that ended in an error, by code")
                    .tag("code", key.a()).register(registry)).increment();
        }
    }

    /** {@code hit} or {@code miss} for a request that looked its audio up, else {@code ok}. */
    private static String cacheOutcome(Exchange exchange) {
        SynthesisContext synthesis = SynthesisContext.find(exchange);
        return synthesis == null || synthesis.cacheOutcome() == null ? "ok" : synthesis.cacheOutcome();
    }

    /**
     * The meter of this name and tags, registered once and then found in a map: building and registering a meter on
     * every request was a visible share of a cache hit's time.
     */
    @SuppressWarnings("unchecked")
    private <M extends Meter> M meter(String name, String a, String b, java.util.function.Function<MeterKey, M> create) {
        return (M) meters.computeIfAbsent(new MeterKey(name, a, b), create::apply);
    }

    /** A meter's name and its (at most two varying) tag values. */
    private record MeterKey(String name, String a, String b) {
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

    private static <T> void gauge(MeterRegistry r, String name, String description, T source,
                                  java.util.function.Function<T, Optional<Long>> read) {
        ToDoubleFunction<T> value = s -> read.apply(s).map(Long::doubleValue).orElse(Double.NaN);
        Gauge.builder(name, source, value).description(description).strongReference(true).register(r);
    }
}
