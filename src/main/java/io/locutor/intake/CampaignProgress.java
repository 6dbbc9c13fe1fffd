package io.locutor.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.locutor.observe.LogSafe;
import io.locutor.problem.LocutorException;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dropped file's progress while it is processed: {@code <outbox>/<name>.progress.json} rewritten (atomically) as
 * each row settles, with done, failed, total and an ETA from the pace so far (also answered at
 * {@code GET /v1/campaigns/{file}}); and a log line when a file starts and when it ends.
 */
public class CampaignProgress {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignProgress.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Exchange property: when the file's processing started (epoch ms). */
    public static final String STARTED = "intakeStarted";

    /** A dropped file's own name: no folder, no leading dot (nothing hidden, no "." or ".."). */
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,199}");

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

    /**
     * {@code GET /v1/campaigns/{file}}: the progress of a dropped file, by its name as dropped ({@code march.csv}) or
     * without its extension. Only a plain file name is accepted: nothing outside the outbox can be named.
     */
    public JsonNode status(@Header("file") String file) throws IOException {
        if (file == null || !FILE_NAME.matcher(file).matches()) {
            throw LocutorException.badRequest("file", "file must be the name of a dropped file (letters, digits, "
                    + "'.', '_', '-'; at most 200 characters, no folders), for example march-reminders.csv.");
        }
        Path progress = outbox.resolve(ScriptFiles.baseName(file) + ".progress.json");
        try {
            return JSON.readTree(Files.readString(progress));
        } catch (NoSuchFileException e) {
            throw new LocutorException(404, "campaign_not_found", "No campaign file " + file + " has been processed "
                    + "here: drop it in the inbox first; its progress appears once it is read.", "file");
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
