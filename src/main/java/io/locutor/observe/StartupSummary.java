package io.locutor.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.locutor.Settings;
import io.locutor.fallback.LocalSpeech;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One block at start saying what this instance runs with: where it listens, which cache, storage and queue, whether
 * an ElevenLabs key is set (never the key), the fallbacks, budgets and API keys. Values are resolved; secrets masked.
 */
public final class StartupSummary {

    private static final Logger LOG = LoggerFactory.getLogger(StartupSummary.class);
    private static final String MASK = "****";

    private StartupSummary() {
    }

    public static void log(Settings settings) {
        LOG.info(describe(settings));
    }

    static String describe(Settings s) {
        List<String> lines = new ArrayList<>();
        lines.add("locutor is running with:");
        lines.add("  http        http://" + s.get("camel.server.host") + ":" + s.get("camel.server.port")
                + " (API; health and metrics under /observe), public URL " + s.get("locutor.public-url"));
        String cache = s.get("locutor.cache.backend");
        lines.add("  cache       " + cache + ("redis".equalsIgnoreCase(cache) ? " " + maskUrl(s.get("locutor.cache.redis-url")) : "")
                + ", ttl " + s.get("locutor.cache.ttl") + "s" + ttlGrowth(s));
        String storage = s.get("locutor.storage.type");
        lines.add("  storage     " + storage + ("s3".equalsIgnoreCase(storage)
                ? " bucket " + s.get("locutor.storage.s3.bucket") + " " + orDefault(s.get("locutor.storage.s3.endpoint"), "(AWS)")
                + ", credentials " + (s.get("locutor.storage.s3.access-key").isBlank() ? "default chain" : MASK)
                : " " + s.get("locutor.data-dir") + "/audio"));
        String queue = s.get("locutor.queue.url");
        lines.add("  queue       " + ("embedded".equalsIgnoreCase(queue)
                ? "embedded Artemis on " + s.get("locutor.queue.host") + ":" + s.get("locutor.queue.port")
                : maskUrl(queue) + (s.get("locutor.queue.user").isBlank() ? "" : " as " + s.get("locutor.queue.user") + "/" + MASK))
                + ", requests " + s.get("locutor.queue.requests") + ", " + s.get("locutor.queue.consumers") + " consumers");
        lines.add("  intake      inbox " + orDefault(s.get("locutor.intake.inbox"), s.get("locutor.data-dir") + "/inbox")
                + ", outbox " + orDefault(s.get("locutor.intake.outbox"), s.get("locutor.data-dir") + "/outbox"));
        boolean key = !s.get("locutor.elevenlabs.api-key").isBlank();
        lines.add("  elevenlabs  " + s.get("locutor.elevenlabs.base-url") + ", key "
                + (key ? "present (" + MASK + ")" : "NOT SET: offline mode, only cached (and local) audio is served")
                + ", model " + s.get("locutor.elevenlabs.model") + campaignModels(s)
                + ", concurrency " + s.get("locutor.elevenlabs.concurrency"));
        lines.add("  fallbacks   model " + orDefault(s.get("locutor.fallback.model"), "-") + ", voice "
                + orDefault(s.get("locutor.fallback.voice"), "-") + ", local engine "
                + (Boolean.parseBoolean(s.get("locutor.fallback.local"))
                        ? (LocalSpeech.installed() ? "on" : "on but espeak-ng/lame not installed") : "off"));
        lines.add("  budgets     " + budgets(s.prefixed("locutor.quota.")) + ", alerts at "
                + s.get("locutor.alert.thresholds") + "%" + (s.get("locutor.alert.webhook").isBlank() ? "" : " to a webhook"));
        int apiKeys = s.get("locutor.security.api-keys").isBlank() ? 0 : s.get("locutor.security.api-keys").split(",").length;
        lines.add("  security    " + (apiKeys == 0 ? "no API keys: every endpoint is open" : apiKeys + " API key(s) (" + MASK + ")")
                + ", access log " + s.get("locutor.log.access"));
        return String.join(System.lineSeparator(), lines);
    }

    private static String ttlGrowth(Settings s) {
        String max = s.optional("locutor.cache.ttl-max");
        return max.isBlank() ? "" : " growing with use up to " + max + "s";
    }

    private static String campaignModels(Settings s) {
        String models = s.optional("locutor.campaign.models");
        return models.isBlank() ? "" : " (per campaign: " + models + ")";
    }

    private static String budgets(Map<String, String> quotas) {
        if (quotas.isEmpty()) {
            return "none";
        }
        List<String> out = new ArrayList<>();
        quotas.forEach((name, budget) -> out.add(name + "=" + budget));
        return String.join(", ", out);
    }

    /** A URL with any password in it replaced by the mask. */
    static String maskUrl(String url) {
        return url.replaceAll("(://[^:/@]*:)[^@/]*@", "$1" + MASK + "@").replaceAll("(?i)(password=)[^&]*", "$1" + MASK);
    }

    private static String orDefault(String value, String fallback) {
        return value.isBlank() ? fallback : value;
    }
}
