package io.locutor.elevenlabs;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of the ElevenLabs account: DOWN once ElevenLabs has rejected the key (401 {@code invalid_api_key}) or the
 * account (403), until a later call is accepted. The key itself never appears here.
 */
public class ElevenLabsAccount extends AbstractHealthCheck {

    private final AtomicReference<String> rejection = new AtomicReference<>();

    public ElevenLabsAccount() {
        super("locutor", "elevenlabs-account");
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    void rejected(String reason) {
        rejection.set(reason);
    }

    void accepted() {
        rejection.set(null);
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        String rejected = rejection.get();
        if (rejected == null) {
            builder.up();
        } else {
            builder.detail("elevenlabs", rejected);
            builder.message("ElevenLabs rejected the API key or account (" + rejected + "): set a valid ELEVENLABS_API_KEY");
            builder.down();
        }
    }
}
