package io.locutor.api;

import io.locutor.observe.HttpServerRequests;
import io.locutor.observe.LocutorMetrics;
import io.locutor.observe.LogSafe;
import io.locutor.problem.LocutorException;
import io.locutor.security.ApiKeys;
import io.locutor.storage.StoredAudioFiles;
import io.locutor.storage.StoredAudioFiles.Reply;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET}/{@code HEAD /v1/audio/{file}} for stored audio kept as local files (folder storage), answered on the HTTP
 * server's event loop by {@code sendfile}, as nginx answers a static file; every other request on that path goes on to
 * the Camel door ({@code get-stored-audio}/{@code head-stored-audio} in rest-api.camel.yaml, route {@code serve-audio}).
 *
 * <p>Why this door is not a Camel route: a platform-http route hands every request from the event loop to a worker
 * thread ({@code executeBlocking}) and back, and runs it through an exchange, the API-key interceptor, two routes
 * ({@code get-stored-audio} and {@code serve-audio}) with their error handlers and route policies, and the event
 * notifier, around what is for a stored file a stat and a {@code sendfile}. At a static file's rates that bookkeeping
 * was the cost: 0.25x nginx, and about 2.4x as many requests a second by this door (bench/README.md, "Fourth run").
 * Here the same work is done with nothing around it:
 * the same {@link StoredAudioFiles#reply} (names, ranges, ETag/304, caching headers, G.711 as WAV), the same
 * {@link ApiKeys} check (on a worker thread, as its rate count may be a Redis call), refusals in the same problem+json
 * shape, and the same meters and access-log line ({@link LocutorMetrics#answered}, {@link HttpServerRequests#timed})
 * under the REST verbs' ids. What it leaves to the Camel door, unchanged: S3 storage (a redirect after a remote
 * check), HTTP/2 (Vert.x opens the file asynchronously there, so a vanished file could not be answered in its place),
 * and a name that is not stored audio's (the 404 explaining audio names).
 */
public final class StoredAudioDoor extends EventLoopDoor {

    private static final Logger LOG = LoggerFactory.getLogger(StoredAudioDoor.class);
    /** The REST verbs' ids in rest-api.camel.yaml: the doors these requests are counted and logged under. */
    static final String GET_DOOR = "get-stored-audio";
    static final String HEAD_DOOR = "head-stored-audio";
    /** Every path under it: the name is cut from the path, not matched by the regular expression a path parameter needs. */
    static final String PATH = "/v1/audio/*";
    private static final String FOLDER = "/v1/audio/";

    private final StoredAudioFiles files;
    private final HotAudio hot;

    /** @param hotAudioBytes the most bytes of small audio files kept in memory ({@link HotAudio}); 0 keeps none */
    public StoredAudioDoor(StoredAudioFiles files, long hotAudioBytes, ApiKeys apiKeys, LocutorMetrics metrics,
                           HttpServerRequests httpRequests, int port) {
        super(apiKeys, metrics, httpRequests, port);
        this.files = files;
        this.hot = new HotAudio(hotAudioBytes);
    }

    /** S3: the Camel door redirects to the bucket. */
    @Override
    protected boolean serves() {
        return files.servedByLocutor();
    }

    @Override
    protected void install(VertxPlatformHttpRouter router) {
        router.route(PATH).method(HttpMethod.GET).method(HttpMethod.HEAD).order(AHEAD_OF_ROUTES).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String path = ctx.normalizedPath();
        // a name of stored audio (hexadecimal and an extension) has no slash and nothing to decode: anything else goes
        // to the Camel door as before, which explains audio names
        String name = path.length() > FOLDER.length() && path.startsWith(FOLDER) ? path.substring(FOLDER.length()) : null;
        if (request.version() == HttpVersion.HTTP_2 || !StoredAudioFiles.isAudioName(name)) {
            ctx.next();
            return;
        }
        Answer answer = new Answer(ctx, name, System.nanoTime());
        if (!apiKeys.enabled()) {
            answer.run();
            return;
        }
        // the key's per-minute count may be a Redis round trip: off the event loop, then back on it to answer
        ctx.vertx().<Void>executeBlocking(() -> {
            apiKeys.authorize(request::getHeader, request.query());
            return null;
        }, false).onComplete(checked -> {
            if (checked.succeeded()) {
                answer.run();
            } else {
                answer.refuse(checked.cause());
            }
        });
    }

    /** One request's answer. */
    private final class Answer {
        private final RoutingContext ctx;
        private final String name;
        private final long started;
        private final String door;

        Answer(RoutingContext ctx, String name, long started) {
            this.ctx = ctx;
            this.name = name;
            this.started = started;
            this.door = ctx.request().method() == HttpMethod.HEAD ? HEAD_DOOR : GET_DOOR;
        }

        void run() {
            Reply reply;
            try {
                // a stat (and, for G.711 as WAV, a read of a few KB) of a local file: what nginx does on its event loop
                reply = files.reply(name, door.equals(HEAD_DOOR), ctx.request().getHeader("If-None-Match"),
                        ctx.request().getHeader("Range"), true);
            } catch (Exception e) {
                refuse(e);
                return;
            }
            HttpServerResponse response = ctx.response().setStatusCode(reply.status());
            Buffer held;
            reply.headers().forEach(response::putHeader);
            // counted before the answer leaves: a caller reading the metrics after its answer finds its request there
            counted(reply.status(), null);
            if (reply.headOnly()) {
                response.putHeader("Content-Length", Long.toString(reply.length())).end();
            } else if (reply.file() != null && (held = hot.slice(reply.file(), reply.fileAttributes(), reply.offset(), reply.length())) != null) {
                // a small file asked for again: from memory, the same bytes (HotAudio checked it is still this file)
                response.end(held);
            } else if (reply.file() != null) {
                // Vert.x opens the file on this thread before writing anything: a file gone since it was found leaves
                // the response unwritten, and is answered as missing (the count above stands: a race of microseconds)
                response.sendFile(reply.file().toString(), reply.offset(), reply.length());
                if (!response.ended()) {
                    reply.headers().keySet().forEach(response.headers()::remove);
                    problem(StoredAudioFiles.missing(name));
                }
            } else {
                response.end(Buffer.buffer(reply.bytes()));
            }
        }

        /** A refusal (API key, rate limit, no such audio) or a failure, as the Camel door's error handler answers it. */
        void refuse(Throwable failure) {
            LocutorException problem;
            if (failure instanceof LocutorException known) {
                problem = known;
                LOG.info("Request refused: {} {}", problem.code(), LogSafe.value(problem.getMessage()));
            } else {
                problem = new LocutorException(500, "internal_error", "locutor failed unexpectedly; the cause is in its "
                        + "log. Retry, and report it if it persists.");
                LOG.error("Request failed unexpectedly", failure);
            }
            counted(problem.status(), problem.code());
            problem(problem);
        }

        private void problem(LocutorException problem) {
            if (ctx.response().ended() || ctx.response().closed()) {
                return;
            }
            problem.headers().forEach(ctx.response()::putHeader);
            HttpServerErrors.write(ctx.request(), problem.status(), problem.code(), problem.getMessage(), problem.field());
        }

        private void counted(int status, String errorCode) {
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (metrics != null) {
                metrics.answered(door, status, errorCode, millis, requestId());
            }
            timed(door, status, millis);
        }
    }
}
