package io.locutor.wiring;

import java.time.Clock;

import io.locutor.Settings;
import io.locutor.cache.SharedStore;
import io.locutor.security.ApiKeys;

/** Who may call: the API keys, and each key's rate limit counted in the shared store (one limit across instances). */
record SecurityWiring(ApiKeys apiKeys) {

    static SecurityWiring wire(Settings settings, SharedStore store, Clock clock) {
        return new SecurityWiring(new ApiKeys(settings.get("locutor.security.api-keys"),
                settings.integer("locutor.security.rate-limit-per-minute"), store, clock));
    }
}
