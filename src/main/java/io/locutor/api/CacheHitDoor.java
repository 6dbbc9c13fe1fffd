package io.locutor.api;

import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.locutor.cache.AudioCache;
import io.locutor.cache.AudioEntry;
import io.locutor.intake.Deliveries;
import io.locutor.notify.ResultDestinations;
import io.locutor.observe.HttpServerRequests;
import io.locutor.observe.LocutorMetrics;
import io.locutor.request.JsonAnswers;
import io.locutor.request.RequestReader;
import io.locutor.request.SpeechRequests;
import io.locutor.security.ApiKeys;
import io.locutor.synthesis.Speech;
import io.locutor.synthesis.SpeechPreparation;
import io.locutor.synthesis.SynthesisResults;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;

/**
 * {@code POST /v1/audio} whose audio is already stored, answered on the HTTP server's event loop; every other request
 * on that path (a miss, {@code async} or {@code Prefer: respond-async}, a {@code callback_url} or result queue, a body
 * that does not read, a refused key, a query string, a form, HTTP/2) goes on, unchanged and with its body, to the
 * Camel door ({@code post-audio} in rest-api.camel.yaml, route {@code synthesize}), which answers it as before.
 *
 * <p>Why this door is not a Camel route: a platform-http route hands every request from the event loop to a worker
 * thread ({@code executeBlocking}) and back, and runs it through an exchange, the two interceptors (public address, API
 * key), two routes ({@code synthesize}, {@code synthesize-speech}) of 15 steps and 9 bean calls with their error
 * handlers, route policies and event notifiers, around what is for a hit a JSON parse, a text normalization, a SHA-256,
 * a map read and a stat. A JFR profile of the hit (bench/README.md, "Sixth run") had 118 of 202 samples on the worker
 * thread inside Camel's processing, most of it bean invocation machinery, not the beans' work. Here the same work is
 * done with nothing around it, by the same functions the routes call: the body as {@code deliveries.fromHttp} reads it
 * ({@link RequestReader}), {@link SpeechRequests#parse}, {@link SpeechPreparation#prepared}, {@link AudioCache#stored}
 * and {@link AudioCache#servedFromStore}, {@link SynthesisResults#of} and {@link JsonAnswers#text}; the same API-key
 * check ({@link ApiKeys}), the same public address ({@link PublicAddress#base(java.util.function.UnaryOperator)}), and
 * the same meters and access-log line ({@link LocutorMetrics#answeredFromStore}, {@link HttpServerRequests#timed})
 * under the REST verb's id. Nothing it does changes state before it knows it answers: a request it passes on has not
 * been counted, hit or rate-counted here.
 *
 * <p>What runs on the event loop: only in-process work (the memory index and audio kept as local files: a map read
 * and a stat, as {@link StoredAudioDoor} does). With Redis or S3 behind the cache, or API keys on (their per-minute
 * count may be a Redis call), the lookup and the key check run on a worker thread and the answer is written back on the
 * event loop: still without the Camel routes.
 */
public final class CacheHitDoor extends EventLoopDoor {

    /** The REST verb's id in rest-api.camel.yaml: the door these requests are counted and logged under. */
    static final String DOOR = "post-audio";
    static final String PATH = "/v1/audio";
    /** Routing-context mark: the request goes to the Camel door unread. */
    private static final String PASSED_ON = "locutorCacheHitDoorPassedOn";

    private final RequestReader reader;
    private final SpeechRequests requests;
    private final ResultDestinations destinations;
    private final SpeechPreparation preparation;
    private final AudioCache cache;
    private final SynthesisResults results;
    private final PublicAddress address;

    public CacheHitDoor(RequestReader reader, SpeechRequests requests, ResultDestinations destinations,
                        SpeechPreparation preparation, AudioCache cache, SynthesisResults results, PublicAddress address,
                        ApiKeys apiKeys, LocutorMetrics metrics, HttpServerRequests httpRequests, int port) {
        super(apiKeys, metrics, httpRequests, port);
        this.reader = reader;
        this.requests = requests;
        this.destinations = destinations;
        this.preparation = preparation;
        this.cache = cache;
        this.results = results;
        this.address = address;
    }

    /**
     * platform-http's own body handler (its size limit and 413) reads the body first; the Camel route's copy of it then
     * sees the body read and passes it on, so a request this door leaves to the route arrives with its body. A request
     * this door never answers is left unread: over HTTP/2 the route's copy resumes the request before reading it, which
     * fails once the body has been read.
     */
    @Override
    protected void install(VertxPlatformHttpRouter router) {
        Handler<RoutingContext> body = router.bodyHandler();
        router.route(PATH).method(HttpMethod.POST).order(AHEAD_OF_ROUTES).handler(ctx -> {
            if (plainHttp(ctx.request())) {
                body.handle(ctx);
            } else {
                ctx.put(PASSED_ON, true);
                ctx.next();
            }
        }).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (ctx.get(PASSED_ON) != null || ctx.body().isEmpty()) {
            ctx.next();
            return;
        }
        long started = System.nanoTime();
        Callable<Hit> lookUp = () -> hit(request, ctx.body().buffer());
        if (cache.looksUpInProcess() && !apiKeys.enabled()) {
            Hit hit;
            try {
                hit = lookUp.call();
            } catch (Exception e) {
                hit = null; // whatever went wrong, the Camel door answers it as it always has
            }
            answer(ctx, hit, started);
            return;
        }
        // Redis, S3 or a key's per-minute count: round trips, off the event loop; then back on it to answer
        ctx.vertx().executeBlocking(lookUp, false).onComplete(looked -> answer(ctx, looked.succeeded() ? looked.result() : null, started));
    }

    /** HTTP/1.x without a query string (platform-http turns query parameters into headers) or a form body. */
    private static boolean plainHttp(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2 || request.query() != null) {
            return false;
        }
        String type = request.getHeader(HttpHeaders.CONTENT_TYPE);
        return type == null || !(type.regionMatches(true, 0, "multipart/", 0, 10)
                || type.regionMatches(true, 0, "application/x-www-form-urlencoded", 0, 33));
    }

    /**
     * The answer if this request is a plain cache hit the caller may have, else null (the route answers it). Every
     * step is the route's own function; a refusal anywhere (a bad body, an unknown voice, a refused key) is null too,
     * and the route refuses it in its own words.
     */
    private Hit hit(HttpServerRequest request, Buffer body) throws Exception {
        // deliveries.fromHttp: the body read once, strictly; nothing asked of the delivery
        ObjectNode fields = reader.readObject(body.getBytes(), "request body");
        if (!Deliveries.asksNothing(fields, request.getHeader("Prefer")) || destinations.any(Deliveries.plainRest())) {
            return null;
        }
        // words never read in this process (a miss, almost always) are left to the route: reading them here would hold
        // the event loop, and the route reads them again anyway
        Speech speech = preparation.preparedIfRead(requests.parse(fields, request.getHeader(HttpHeaders.CONTENT_TYPE)));
        if (speech == null) {
            return null;
        }
        AudioEntry audio = cache.stored(speech);
        if (audio == null) {
            return null;
        }
        // the route's interceptor checks the key first; here it is checked once the answer is known, so a request
        // passed on is counted against its key's rate once, by the route
        apiKeys.authorize(request::getHeader, request.query());
        cache.servedFromStore(speech);
        String json = JsonAnswers.text(results.of(speech, audio, false, address.base(request::getHeader)));
        return new Hit(speech, json);
    }

    private void answer(RoutingContext ctx, Hit hit, long started) {
        if (hit == null) {
            ctx.next();
            return;
        }
        // counted before the answer leaves: a caller reading the metrics after its answer finds its request there
        long millis = (System.nanoTime() - started) / 1_000_000;
        metrics.answeredFromStore(DOOR, hit.speech(), millis, requestId());
        timed(DOOR, 200, millis);
        ctx.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, JsonAnswers.JSON).end(hit.json());
    }

    /** A request answered from stored audio: its speech (for the meters and access line) and its JSON answer. */
    private record Hit(Speech speech, String json) {
    }
}
