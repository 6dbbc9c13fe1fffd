package io.locutor.synthesis;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import java.util.function.Consumer;

import io.locutor.cache.AudioEntry;
import io.locutor.cache.SingleFlight.Flight;
import org.apache.camel.Exchange;
import org.apache.camel.support.SynchronizationAdapter;

/**
 * One request's synthesis as it crosses the routes, in one exchange property ({@link #PROPERTY}) instead of loose
 * ones: the speech, the audio found or made, and the resources taken for it (the single-flight claim, the quota
 * reservation, the running generation timer). Whoever takes a resource records it here and registers its own release
 * on the exchange's completion; the release takes it back from here, so a resource is released once, by whichever
 * comes first: the step that settles it (publish, settle) or the end of the exchange (a failure, however answered).
 * Exchange copies (circuit breaker, enrich) share the one context, so what a copy takes is released once too.
 */
public final class SynthesisContext {

    /** The exchange property holding the context. */
    public static final String PROPERTY = "locutorSynthesis";

    private volatile Speech speech;
    private volatile AudioEntry audio;
    private volatile boolean fresh;
    private volatile String cacheOutcome;
    private final AtomicLong billed = new AtomicLong();
    private final AtomicReference<Flight> claim = new AtomicReference<>();
    private final AtomicReference<Long> reservation = new AtomicReference<>();
    private final AtomicLong generationStarted = new AtomicLong();

    private SynthesisContext(Speech speech) {
        this.speech = speech;
    }

    /** Starts the synthesis of this (prepared: voice, text and key known) speech on the exchange. */
    public static SynthesisContext start(Exchange exchange, Speech speech) {
        SynthesisContext context = new SynthesisContext(speech);
        exchange.setProperty(PROPERTY, context);
        return context;
    }

    /** The exchange's synthesis; fails when the exchange was never prepared ({@code speechPreparation}: a wiring mistake). */
    public static SynthesisContext of(Exchange exchange) {
        SynthesisContext context = find(exchange);
        if (context == null) {
            throw new IllegalStateException("no synthesis on this exchange: speechPreparation.prepare has not run");
        }
        return context;
    }

    /** The exchange's synthesis, or null when none started (a request refused before it was read). */
    public static SynthesisContext find(Exchange exchange) {
        return exchange.getProperty(PROPERTY, SynthesisContext.class);
    }

    /** The speech of the exchange's synthesis, or null when none started. */
    public static Speech speechOf(Exchange exchange) {
        SynthesisContext context = find(exchange);
        return context == null ? null : context.speech;
    }

    /**
     * One part of a long text, synthesized on its own (split) exchange: its own speech, no resources of its own (the
     * whole text's claim and reservation stay with the whole).
     */
    public SynthesisContext part(Speech part) {
        return new SynthesisContext(part);
    }

    public Speech speech() {
        return speech;
    }

    /** A stand-in replaces the speech (another model, voice or the local engine): stored under its own key. */
    public void speech(Speech standIn) {
        this.speech = standIn;
    }

    /** The audio found in the cache (a hit) or just published (a miss); null until then. */
    public AudioEntry audio() {
        return audio;
    }

    /** The cache lookup's answer: the stored audio, or null (a miss: this request generates it). */
    public void lookedUp(AudioEntry found) {
        this.audio = found;
        this.cacheOutcome = found != null ? "hit" : "miss";
    }

    /** This request made the audio (and was billed for it). */
    public void generated(AudioEntry published) {
        this.audio = published;
        this.fresh = true;
    }

    /** True when this very request generated the audio. */
    public boolean fresh() {
        return fresh;
    }

    /** {@code hit} or {@code miss} once looked up; null before (or for a request that is never looked up). */
    public String cacheOutcome() {
        return cacheOutcome;
    }

    /** Characters ElevenLabs billed for this request so far. */
    public long billed() {
        return billed.get();
    }

    public void bill(long characters) {
        billed.addAndGet(characters);
    }

    /** This request owns the generation of its key (its single-flight claim). */
    public void claimed(Flight flight) {
        claim.set(flight);
    }

    /** The claim, taken back to be released (null when none is held or it was released already). */
    public Flight takeClaim() {
        return claim.getAndSet(null);
    }

    /** Characters reserved against the campaign's budget, not yet settled or refunded. */
    public void reserved(long characters) {
        reservation.set(characters);
    }

    /** The reservation, taken back to be settled or refunded (null when none is open). */
    public Long takeReservation() {
        return reservation.getAndSet(null);
    }

    /** ElevenLabs (or a stand-in) was asked for audio now ({@link System#nanoTime()}). */
    public void generationStarted(long nanos) {
        generationStarted.set(nanos);
    }

    /** The start of the running generation, taken back to be recorded (0 when none runs). */
    public long takeGenerationStart() {
        return generationStarted.getAndSet(0);
    }

    /**
     * Runs {@code release} once this exchange completes, however: with the failure that ended it (the exception, or
     * the one a door's error handler caught and answered, which leaves the exchange "successful"), or null. The release
     * stays with this exchange: an {@code enrich}, aggregator or split does not hand it over to run when a larger
     * exchange (a whole file) ends, so a failed item releases what it took when that item ends.
     */
    public static void releaseWhenDone(Exchange exchange, Consumer<Throwable> release) {
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                release.accept(failureOf(done));
            }

            @Override
            public boolean allowHandover() {
                return false;
            }
        });
    }

    /** The failure the exchange ended with, handled or not; null when it succeeded. */
    public static Throwable failureOf(Exchange exchange) {
        return exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
    }
}
