package io.locutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.PackagedJar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged jar stopped (SIGTERM) in the middle of a campaign and started again: the file is not refused, no
 * stack trace is printed, and the restart finishes the campaign billing only the rows the first run had not made.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShutdownJarIT {

    private static final int ROWS = 30;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final WireMockServer elevenLabs = ElevenLabsSimulator.start();
    /** The data folder both runs share (the second resumes what the first left); JUnit deletes it after the class. */
    @TempDir
    Path data;

    @AfterAll
    void stopElevenLabs() {
        elevenLabs.stop();
    }

    @Test
    void aCampaignInterruptedBySigtermResumesAtRestartAndBillsOnlyTheRowsLeft() throws Exception {
        ElevenLabsSimulator.stubDefaults(elevenLabs);
        // slow generations, so the stop comes with rows done, rows in flight and rows not started
        elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/[A-Za-z0-9]+")).atPriority(5)
                .willReturn(ElevenLabsSimulator.audioResponse().withFixedDelay(400)));
        Path inbox = Files.createDirectories(data.resolve("inbox"));
        Path outbox = data.resolve("outbox");
        StringBuilder rows = new StringBuilder("[");
        for (int i = 1; i <= ROWS; i++) {
            rows.append(i > 1 ? "," : "").append("{\"id\": \"r").append(i).append("\", \"text\": \"Recordatorio número ")
                    .append(i).append(" de la campaña larga.\"}");
        }
        Path staging = Files.createDirectories(data.resolve("staging"));
        Files.writeString(staging.resolve("larga.json"), rows.append(']').toString());

        PackagedJar first = startJar();
        Files.move(staging.resolve("larga.json"), inbox.resolve("larga.json"));
        Path progress = outbox.resolve("larga.progress.json");
        JsonNode seen = awaitProgress(progress, first);
        assertEquals("running", seen.path("state").asText(), seen.toString());
        assertEquals(ROWS, seen.path("total").asInt());
        assertEquals(ROWS - seen.path("done").asInt(), seen.path("pending").asInt(), seen.toString());
        assertTrue(seen.path("eta_seconds").isIntegralNumber(), "an ETA once rows have settled: " + seen);
        first.stop(); // SIGTERM; returns once it has exited and every line it printed is read
        String firstLog = first.output();
        int billedBeforeStop = upstreamCalls();
        assertTrue(billedBeforeStop >= seen.path("done").asInt() && billedBeforeStop < ROWS,
                "the stop came mid-campaign: " + billedBeforeStop + " of " + ROWS + " made\n" + firstLog);

        assertFalse(Files.exists(inbox.resolve(".error/larga.json")), "an interrupted campaign was refused");
        assertFalse(Files.exists(inbox.resolve(".error/larga.json.error.json")));
        assertFalse(Files.exists(outbox.resolve("larga.result.json")), "a manifest for half a campaign");
        assertTrue(Files.exists(inbox.resolve(".interrupted/larga.json")), "the file is kept for the next start");
        assertTrue(firstLog.contains("shutdown hook triggered by SIGTERM") && firstLog.contains("(locutor) shutdown in"),
                "a graceful stop:\n" + firstLog);
        assertTrue(firstLog.contains("Campaign file larga.json interrupted by a stop"), firstLog);
        assertFalse(firstLog.contains("\tat ") || firstLog.contains("Exception"), "a stack trace on a normal stop:\n" + firstLog);
        assertTrue(firstLog.contains("locutor is running with:"), "the startup summary");

        try (PackagedJar second = startJar()) {
            Path manifestFile = outbox.resolve("larga.result.json");
            awaitFile(manifestFile, second);
            JsonNode manifest = JSON.readTree(manifestFile.toFile());
            assertEquals(ROWS, manifest.path("succeeded").asInt(), manifest.toString());
            assertEquals(ROWS, upstreamCalls(), "each row was generated once across both runs");
            long billedAtRestart = 0;
            int hits = 0;
            for (JsonNode result : manifest.path("results")) {
                billedAtRestart += result.path("characters").asLong();
                hits += result.path("cached").asBoolean() ? 1 : 0;
            }
            assertEquals(billedBeforeStop, hits, "rows made before the stop are cache hits");
            assertEquals((long) (ROWS - billedBeforeStop) * ElevenLabsSimulator.CHARACTER_COUNT, billedAtRestart,
                    "the restart billed only the rows left");
            awaitFile(inbox.resolve(".done/larga.json"), second); // the file moves on once its manifest is written
            assertEquals("complete", JSON.readTree(progress.toFile()).path("state").asText());
        }
    }

    private int upstreamCalls() {
        return elevenLabs.findAll(postRequestedFor(urlPathMatching("/v1/text-to-speech/.*"))).size();
    }

    /** Waits (watching the outbox, no sleeps) until the progress file shows some rows done and most not. */
    private JsonNode awaitProgress(Path progress, PackagedJar app) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            awaitFile(progress, app);
            JsonNode now = JSON.readTree(progress.toFile());
            if (now.path("done").asInt() >= 3) {
                return now;
            }
            awaitChange(progress, app);
        }
        throw new AssertionError("the campaign made no progress:\n" + app.output());
    }

    private static void awaitFile(Path file, PackagedJar app) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!Files.exists(file)) {
            assertTrue(System.nanoTime() < deadline && app.isAlive(), file + " never appeared:\n" + app.output());
            awaitChange(file, app);
        }
    }

    /** Blocks until something is created or replaced in the file's folder (or a second passes). */
    private static void awaitChange(Path file, PackagedJar app) throws Exception {
        Path dir = Files.createDirectories(file.getParent());
        try (var watch = dir.getFileSystem().newWatchService()) {
            dir.register(watch, java.nio.file.StandardWatchEventKinds.ENTRY_CREATE, java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY);
            watch.poll(1, TimeUnit.SECONDS);
        }
    }

    /** The packaged jar on this test's data folder (kept across the restart), started from its own empty folder. */
    private PackagedJar startJar() throws Exception {
        return PackagedJar.start(Map.of("LOCUTOR_DATA_DIR", data.toString(),
                "ELEVENLABS_BASE_URL", elevenLabs.baseUrl(),
                "ELEVENLABS_API_KEY", ElevenLabsSimulator.API_KEY,
                "LOCUTOR_INTAKE_PARALLELISM", "2",
                "LOCUTOR_INTAKE_READ_LOCK_MS", "200"));
    }
}
