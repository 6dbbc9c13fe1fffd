package io.locutor.api;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.TimeUnit;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.AsyncResult;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.impl.VertxInternal;
import org.apache.camel.CamelContext;
import org.apache.camel.support.LifecycleStrategySupport;
import org.slf4j.LoggerFactory;

/**
 * The Vert.x instance platform-http serves on, bound in the registry (platform-http uses a registry Vert.x when there
 * is one, and does not close it: {@link #onContextStopped} does, once the context has stopped everything else; as a
 * service it would close before the HTTP server, which then fails its own stop).
 *
 * <p>Why a wrapper: a request line or headers too long for the HTTP decoder (414/431) never reach a router; Vert.x
 * answers them through the server's invalid-request handler, which must be set before the server listens, and
 * platform-http creates and starts its server in one step with no hook in between. The only place locutor sees the
 * server before it listens is {@code Vertx.createHttpServer}, so every call is passed through to the real instance and
 * that one also installs {@link HttpServerErrors#invalidRequest} on the server it returns.
 *
 * <p>The same door also spreads the HTTP server over several event loops. One Vert.x {@link HttpServer} serves all its
 * connections on the one event loop it listened from, so platform-http's single server read, parsed and wrote every
 * request on one thread: a cache hit or stored file could use one core at most (bench/README.md, "Fourth run"). Vert.x
 * scales a server by listening again on the same port from other event loops, which then share its connections round
 * robin; the server returned here does that, with the same options, request handler (platform-http's router, shared)
 * and invalid-request handler, and closes them all with the first.
 */
public final class HttpServerVertx extends LifecycleStrategySupport {

    private final VertxInternal real;
    private final Vertx vertx;

    /** @param eventLoops how many event loops each HTTP server listens on (0: one per processor) */
    public HttpServerVertx(VertxOptions options, int eventLoops) {
        int loops = eventLoops > 0 ? eventLoops : Runtime.getRuntime().availableProcessors();
        this.real = (VertxInternal) Vertx.vertx(options.setEventLoopPoolSize(Math.max(options.getEventLoopPoolSize(), loops)));
        this.vertx = (Vertx) Proxy.newProxyInstance(HttpServerVertx.class.getClassLoader(),
                new Class<?>[] {VertxInternal.class}, new InstallInvalidRequestHandler(real, loops));
    }

    /** The instance to bind in the registry. */
    public Vertx vertx() {
        return vertx;
    }

    @Override
    public void onContextStopped(CamelContext context) {
        try {
            real.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            LoggerFactory.getLogger(HttpServerVertx.class).warn("Vert.x did not close cleanly: {}", e.getMessage());
        }
    }

    private record InstallInvalidRequestHandler(VertxInternal real, int loops) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("equals") && args != null && args.length == 1) {
                return proxy == args[0];
            }
            Object answer = call(real, method, args);
            if (answer instanceof HttpServer server && method.getName().equals("createHttpServer")
                    && (args == null || args[0] instanceof HttpServerOptions)) {
                server.invalidRequestHandler(HttpServerErrors::invalidRequest);
                HttpServerOptions options = args == null ? new HttpServerOptions() : new HttpServerOptions((HttpServerOptions) args[0]);
                return loops <= 1 ? server : Proxy.newProxyInstance(HttpServerVertx.class.getClassLoader(),
                        new Class<?>[] {HttpServer.class}, new OnEveryEventLoop(real, server, options, loops));
            }
            return answer;
        }
    }

    /**
     * An HTTP server that, once listening, listens again from {@code loops - 1} more event loops (one verticle instance
     * each, the way Vert.x scales a server), with the same options and handlers; closing it undeploys them first.
     * Only the {@code listen(port, host, handler)} platform-http calls is multiplied; other calls reach the first server.
     */
    private static final class OnEveryEventLoop implements InvocationHandler {
        private final VertxInternal real;
        private final HttpServer first;
        private final HttpServerOptions options;
        private final int loops;
        private volatile Handler<HttpServerRequest> requests;
        private volatile String deployment;

        OnEveryEventLoop(VertxInternal real, HttpServer first, HttpServerOptions options, int loops) {
            this.real = real;
            this.first = first;
            this.options = options;
            this.loops = loops;
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("equals") && args != null && args.length == 1) {
                return proxy == args[0];
            }
            if (name.equals("requestHandler") && args != null && args.length == 1) {
                requests = (Handler<HttpServerRequest>) args[0];
                first.requestHandler(requests);
                return proxy;
            }
            if (name.equals("listen") && args != null && args.length == 3 && args[0] instanceof Integer port
                    && args[1] instanceof String host && args[2] instanceof Handler<?> done) {
                first.listen(port, host).compose(server -> others(server.actualPort(), host).map(proxy))
                        .onComplete((Handler<AsyncResult<Object>>) (Handler<?>) done);
                return proxy;
            }
            if (name.equals("close") && deployment != null) {
                String others = deployment;
                deployment = null;
                Future<Void> closed = real.undeploy(others).eventually(v -> first.close());
                if (args != null && args.length == 1 && args[0] instanceof Handler<?> done) {
                    closed.onComplete((Handler<AsyncResult<Void>>) done);
                    return null;
                }
                return closed;
            }
            Object answer = call(first, method, args);
            return answer == first ? proxy : answer;
        }

        private Future<String> others(int port, String host) {
            Handler<HttpServerRequest> handler = requests;
            return real.deployVerticle(() -> new AbstractVerticle() {
                @Override
                public void start(Promise<Void> started) {
                    vertx.createHttpServer(options).invalidRequestHandler(HttpServerErrors::invalidRequest)
                            .requestHandler(handler).listen(port, host).<Void>mapEmpty().onComplete(started);
                }
            }, new DeploymentOptions().setInstances(loops - 1)).onSuccess(id -> deployment = id);
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
