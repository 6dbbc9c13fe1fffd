package io.locutor.wiring;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import io.locutor.Settings;
import io.locutor.api.PublicAddress;
import io.locutor.cache.SharedStore;
import io.locutor.jobs.Jobs;
import io.locutor.notify.CallbackGuard;
import io.locutor.notify.ResultDestinations;
import io.locutor.notify.WebhookFailures;
import io.locutor.notify.WebhookOutbox;
import io.locutor.notify.Webhooks;
import io.locutor.quota.AlertWebhook;
import io.vertx.ext.web.client.WebClientOptions;
import org.apache.camel.CamelContext;
import org.apache.camel.component.vertx.http.VertxHttpComponent;

/**
 * Where results go besides the caller: asynchronous jobs (kept in the shared store), webhooks (signed, SSRF-guarded,
 * through a client of their own; retried from an outbox; failures kept) and the result queue.
 *
 * @param callbackGuard which callback URLs a caller may name (the doors check them as they read a delivery)
 */
record NotifyWiring(CallbackGuard callbackGuard, Jobs jobs, Webhooks webhooks, WebhookFailures webhookFailures,
                    WebhookOutbox webhookOutbox, ResultDestinations resultDestinations) {

    static NotifyWiring wire(CamelContext camel, Settings settings, Path data, SharedStore store, PublicAddress address,
                             AlertWebhook alerts, Clock clock) throws Exception {
        // Webhooks go through vertx-http, a client of their own: a slow receiver must not hold ElevenLabs' pool (http).
        int webhookTimeout = settings.integer("locutor.webhooks.timeout");
        camel.getComponent("vertx-http", VertxHttpComponent.class).setWebClientOptions(new WebClientOptions()
                .setConnectTimeout(webhookTimeout).setIdleTimeout(webhookTimeout).setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                .setFollowRedirects(false));
        CallbackGuard guard = new CallbackGuard(settings.bool("locutor.webhooks.allow-private"));
        WebhookOutbox outbox = new WebhookOutbox(data.resolve("webhooks-pending"), clock);
        // the route polling the outbox reads the resolved folder
        camel.getPropertiesComponent().addOverrideProperty("locutor.webhooks.pending-dir", outbox.dir().toString());
        return new NotifyWiring(guard,
                new Jobs(store, Duration.ofSeconds(settings.integer("locutor.jobs.ttl")), address.base(), clock),
                // usage alerts go out through the same sender, to the operator's alert URL with the alert signature
                new Webhooks(settings.get("locutor.webhooks.secret"), guard, clock, alerts),
                new WebhookFailures(data.resolve("webhooks-failed"), clock),
                outbox,
                new ResultDestinations(settings.bool("locutor.queue.publish-all-results")));
    }
}
