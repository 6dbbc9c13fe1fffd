package io.locutor.observe;

import java.util.Properties;

import io.locutor.Settings;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start-up block names every backend with resolved values and never shows a secret. */
class StartupSummaryTest extends LocutorTestSupport {

    @Override
    protected void overrides(Properties p) {
        p.put("locutor.quota.ventas.monthly", "100000");
        p.put("locutor.security.api-keys", "crm:key-one-secret,key-two-secret");
        p.put("locutor.fallback.model", "eleven_flash_v2_5");
    }

    @Test
    void namesBackendsResolvedAndMasksSecrets() {
        String summary = StartupSummary.describe(new Settings(context.getPropertiesComponent()));
        assertTrue(summary.contains("http://0.0.0.0:" + port()), summary);
        assertTrue(summary.contains("cache       memory"), summary);
        assertTrue(summary.contains("storage     folder " + dataDir() + "/audio"), summary);
        assertTrue(summary.contains("queue       embedded Artemis on 127.0.0.1:"), summary);
        assertTrue(summary.contains("key present (****)"), summary);
        assertTrue(summary.contains("fallbacks   model eleven_flash_v2_5"), summary);
        assertTrue(summary.contains("budgets     ventas.monthly=100000"), summary);
        assertTrue(summary.contains("2 API key(s)"), summary);
        assertFalse(summary.contains("{{"), "an unresolved template: " + summary);
        assertFalse(summary.contains(ElevenLabsSimulator.API_KEY) || summary.contains("secret"), summary);
    }

    @Test
    void passwordsInUrlsAreMasked() {
        assertEquals("redis://:****@cache:6379/0", StartupSummary.maskUrl("redis://:hunter2@cache:6379/0"));
        assertEquals("amqp://locutor:****@broker:5672", StartupSummary.maskUrl("amqp://locutor:hunter2@broker:5672"));
        assertEquals("tcp://broker:61616?user=a&password=****", StartupSummary.maskUrl("tcp://broker:61616?user=a&password=x"));
        assertEquals("redis://cache:6379", StartupSummary.maskUrl("redis://cache:6379"));
    }
}
