package io.locutor.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.locutor.observe.LogSafe;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dropped file's progress while it is processed: {@code <outbox>/<name>.progress.json} rewritten (atomically) as
 * each row settles, with done, failed, total and an ETA from the pace so far; and a log line when a file starts and
 * when it ends.
 */
public class CampaignProgress {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignProgress.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Exchange property: when the file's processing started (epoch ms). */
    public static final String STARTED = "intakeStarted";

    private final Path outbox;
    private final Clock clock;

    public CampaignProgress(Path outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The file was read: its rows are about to be synthesized. Answers the start time (kept in {@link #STARTED}). */
    public long started(@ExchangeProperty(Manifests.FILE) String file, @ExchangeProperty(Manifests.TOTAL) int total) {
        long now = clock.millis();
        LOG.info("Campaign file {} started: {} rows", LogSafe.value(file), total);
        write(file, total, 0, 0, now, now);
        return now;
    }

    /** A row settled: the manifest so far is rewritten as progress. */
    void settled(Manifest manifest, long startedAt) {
        long now = clock.millis();
        write(manifest.file(), manifest.items(), manifest.succeeded(), manifest.failed(), startedAt, now);
        if (manifest.complete()) {
            LOG.info("Campaign file {} finished: {} succeeded, {} failed of {} in {} s", LogSafe.value(manifest.file()),
                    manifest.succeeded(), manifest.failed(), manifest.items(), (now - startedAt) / 1000);
        }
    }

    private void write(String file, int total, long succeeded, long failed, long startedAt, long now) {
        long settled = succeeded + failed;
        Map<String, Object> progress = new LinkedHashMap<>();
        progress.put("file", file);
        progress.put("state", settled >= total ? "complete" : "running");
        progress.put("total", total);
        progress.put("done", settled);
        progress.put("succeeded", succeeded);
        progress.put("failed", failed);
        progress.put("pending", Math.max(0, total - settled));
        progress.put("started", Instant.ofEpochMilli(startedAt).toString());
        progress.put("updated", Instant.ofEpochMilli(now).toString());
        // the pace so far, applied to what is left; unknown until a row has settled
        progress.put("eta_seconds", settled == 0 ? null : Math.round((now - startedAt) / 1000.0 / settled * (total - settled)));
        try {
            Files.createDirectories(outbox);
            Path target = outbox.resolve(ScriptFiles.baseName(file) + ".progress.json");
            Path temp = outbox.resolve(".writing-" + target.getFileName());
            JSON.writeValue(temp.toFile(), progress);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // progress is a courtesy: failing to write it must not fail the campaign
            LOG.warn("Could not write the progress of {}: {}", LogSafe.value(file), e.getMessage());
        }
    }
}
