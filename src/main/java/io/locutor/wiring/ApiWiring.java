package io.locutor.wiring;

import io.locutor.Settings;
import io.locutor.api.CallerAudioSinks;
import io.locutor.api.HttpServerErrors;
import io.locutor.api.HttpServerVertx;
import io.locutor.api.PublicAddress;
import io.locutor.api.StartupGate;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import org.apache.camel.CamelContext;

/**
 * The HTTP door's server side: the Vert.x platform-http serves from, the server's own errors in the problem+json
 * shape, the public address answers hand out, and the startup gate (503 until every route has started).
 *
 * @param vertx   platform-http's Vert.x (bound as {@code vertx}, the one platform-http finds)
 * @param gate    added as a service here, so it starts right after the HTTP server; the root adds it as a startup
 *                listener last, so it opens after every other listener (the embedded broker's) is ready
 */
record ApiWiring(Vertx vertx, PublicAddress publicAddress, CallerAudioSinks callerAudioSinks, StartupGate gate) {

    static ApiWiring wire(CamelContext camel, Settings settings) throws Exception {
        StartupGate gate = new StartupGate(camel);
        camel.addService(gate, false, true);
        // platform-http builds its Vert.x from these options: every request (and each stream, for its whole length)
        // holds a worker thread, and Vert.x's default of 20 would queue cache hits behind slow generations.
        // The Vert.x is locutor's own so that the HTTP decoder's 414/431 get the problem+json shape too (see HttpServerVertx).
        HttpServerVertx httpVertx = new HttpServerVertx(new VertxOptions()
                .setWorkerPoolSize(settings.integer("locutor.http.worker-threads")), settings.integer("locutor.http.event-loops"));
        camel.addLifecycleStrategy(httpVertx);
        // The HTTP server's own 404/405/413 in the same problem+json shape as every other error
        camel.addStartupListener(new HttpServerErrors(settings.integer("camel.server.port")));
        return new ApiWiring(httpVertx.vertx(), PublicAddress.fromSettings(settings), new CallerAudioSinks(), gate);
    }
}
