package io.locutor.api;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
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
 */
public final class HttpServerVertx extends LifecycleStrategySupport {

    private final VertxInternal real;
    private final Vertx vertx;

    public HttpServerVertx(VertxOptions options) {
        this.real = (VertxInternal) Vertx.vertx(options);
        this.vertx = (Vertx) Proxy.newProxyInstance(HttpServerVertx.class.getClassLoader(),
                new Class<?>[] {VertxInternal.class}, new InstallInvalidRequestHandler(real));
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

    private record InstallInvalidRequestHandler(VertxInternal real) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getName().equals("equals") && args != null && args.length == 1) {
                return proxy == args[0];
            }
            Object answer;
            try {
                answer = method.invoke(real, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (answer instanceof HttpServer server && method.getName().equals("createHttpServer")
                    && (args == null || args[0] instanceof HttpServerOptions)) {
                server.invalidRequestHandler(HttpServerErrors::invalidRequest);
            }
            return answer;
        }
    }
}
