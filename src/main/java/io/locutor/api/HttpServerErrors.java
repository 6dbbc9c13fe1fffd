package io.locutor.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.locutor.problem.Problem;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.apache.camel.CamelContext;
import org.apache.camel.StartupListener;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpRouter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server's own refusals in locutor's error shape ({@code application/problem+json} with a {@code code}),
 * instead of Vert.x' HTML, empty or plain-text answers: 404 for a path no route serves, 405 with a real {@code Allow}
 * header for a path served under other methods, 413 for a body over the size limit. Installed on the platform-http
 * router once the context has started. A request line or headers too long for the HTTP decoder (414/431) never reach
 * the router: {@link #invalidRequest} answers them, installed on the server by {@link HttpServerVertx}.
 */
public class HttpServerErrors implements StartupListener {

    private static final Logger LOG = LoggerFactory.getLogger(HttpServerErrors.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;

    public HttpServerErrors(int port) {
        this.port = port;
    }

    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) throws Exception {
        VertxPlatformHttpRouter router = router(context, port);
        if (router == null) {
            LOG.warn("No platform-http router on port {}: the HTTP server's own errors keep Vert.x' format", port);
            return;
        }
        // Last of all routes: whatever no other route answered is either a wrong method (405) or an unknown path (404).
        Router r = router;
        router.route().last().handler(ctx -> unmatched(r, ctx)).failureHandler(this::failed);
        router.errorHandler(404, ctx -> unmatched(r, ctx));
        router.errorHandler(405, ctx -> unmatched(r, ctx));
        router.errorHandler(413, this::failed);
    }

    /** platform-http's router for this port (or its only one), or null before the HTTP server has started. */
    static VertxPlatformHttpRouter router(CamelContext context, int port) {
        VertxPlatformHttpRouter router = VertxPlatformHttpRouter.lookup(context, VertxPlatformHttpRouter.getRouterNameFromPort(port));
        return router != null ? router : VertxPlatformHttpRouter.lookup(context);
    }

    private void unmatched(Router router, RoutingContext ctx) {
        if (ctx.response().ended()) {
            return;
        }
        Set<String> allowed = allowedMethods(router, ctx.normalizedPath());
        if (!allowed.isEmpty() && !allowed.contains(ctx.request().method().name())) {
            String allow = String.join(", ", allowed);
            ctx.response().putHeader("Allow", allow);
            write(ctx.request(), 405, "method_not_allowed", ctx.request().method().name() + " is not served on this path; "
                    + "use " + allow + ".");
            return;
        }
        write(ctx.request(), 404, "not_found", "No such path. The API is under /v1 (see the README's API table); "
                + "health and metrics are under /observe.");
    }

    private void failed(RoutingContext ctx) {
        if (ctx.response().ended()) {
            return;
        }
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        if (status == 413) {
            write(ctx.request(), 413, "body_too_large", "The request body is over the size limit (LOCUTOR_MAX_BODY_SIZE): "
                    + "send a shorter script, or split it.");
        } else if (status == 404 || status == 405) {
            ctx.next();
        } else if (status < 500) {
            write(ctx.request(), status, "invalid_request", "The HTTP request could not be read: check its method, "
                    + "headers and body.");
        } else {
            write(ctx.request(), 500, "internal_error", "locutor failed unexpectedly; the cause is in its log. Retry, "
                    + "and report it if it persists.");
        }
    }

    /**
     * A request the HTTP decoder could not read: 414 for a request line over Vert.x' 4096 bytes, 431 for headers over
     * its 8 KiB, 400 for anything else malformed. The connection closes after the answer: the decoder discards what
     * follows a bad message, so the connection cannot carry another request.
     */
    static void invalidRequest(HttpServerRequest request) {
        Throwable cause = request.decoderResult().cause();
        request.response().putHeader("Connection", "close");
        if (cause instanceof TooLongHttpLineException) {
            write(request, 414, "uri_too_long", "The request line is over 4096 bytes: send the text in a POST body, "
                    + "not in the URL.");
        } else if (cause instanceof TooLongHttpHeaderException) {
            write(request, 431, "headers_too_large", "The request headers are over 8 KiB together: send fewer or "
                    + "shorter headers.");
        } else {
            write(request, 400, "invalid_request", "The HTTP request could not be read: check its request line and "
                    + "headers.");
        }
    }

    /** A problem+json answer written straight on the Vert.x response (for answers given outside any Camel route). */
    static void write(HttpServerRequest request, int status, String code, String message) {
        write(request, status, code, message, null);
    }

    /** The same, naming the field to fix. */
    static void write(HttpServerRequest request, int status, String code, String message, String field) {
        String body;
        try {
            body = JSON.writeValueAsString(Problem.of(status, code, message, field));
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + ",\"code\":\"" + code + "\"}";
        }
        request.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }

    /** Every method some route serves on this path (HEAD with GET, OPTIONS where CORS adds it). */
    static Set<String> allowedMethods(Router router, String path) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : router.getRoutes()) {
            String template = route.getPath();
            if (template == null || route.methods() == null || route.methods().isEmpty()) {
                continue;
            }
            if (matches(template, path)) {
                for (HttpMethod method : route.methods()) {
                    allowed.add(method.name());
                }
            }
        }
        return allowed;
    }

    private static boolean matches(String template, String path) {
        List<String> parts = new ArrayList<>();
        for (String segment : template.split("/", -1)) {
            parts.add(segment.startsWith(":") || (segment.startsWith("{") && segment.endsWith("}"))
                    ? "[^/]+" : Pattern.quote(segment));
        }
        return Pattern.matches(String.join("/", parts) + "/?", path == null ? "" : path);
    }
}
