package io.locutor.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar run as a user runs it: {@code java -jar <repo>/target/locutor.jar} from an empty temporary working
 * directory (so nothing is read from the repository), configured by environment variables only. Waits for Camel's
 * "started" line, keeps the output, and stops it with SIGTERM as a container runtime does.
 */
public final class PackagedJar implements AutoCloseable {

    /** The jar `mvn package` builds; ITs run after it. */
    public static final Path JAR = Path.of("target", "locutor.jar").toAbsolutePath();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final Path workDir;
    private final int port;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> started = new CompletableFuture<>();
    private final CompletableFuture<Void> outputClosed = new CompletableFuture<>();

    private PackagedJar(Map<String, String> environment) throws IOException {
        workDir = TestFolders.create("jar");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("LOCUTOR_PORT", Integer.toString(LocutorTestSupport.freePort()));
        env.put("LOCUTOR_DATA_DIR", workDir.resolve("data").toString());
        env.put("LOCUTOR_QUEUE_PORT", Integer.toString(LocutorTestSupport.freePort()));
        env.putAll(environment);
        port = Integer.parseInt(env.get("LOCUTOR_PORT"));
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        process = builder.start();
        Thread reader = new Thread(this::readOutput, "locutor-jar-output-" + port);
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the jar and waits until it says it is ready; fails with the output if it exits first. */
    public static PackagedJar start(Map<String, String> environment) throws Exception {
        PackagedJar jar = new PackagedJar(environment);
        try {
            jar.started.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            jar.process.destroyForcibly();
            jar.process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            TestFolders.delete(jar.workDir);
            throw new AssertionError("locutor did not start:\n" + jar.output(), e);
        }
        return jar;
    }

    /** Runs the jar with settings that must stop it: waits for it to exit by itself. */
    public static PackagedJar runUntilExit(Map<String, String> environment) throws Exception {
        PackagedJar jar = new PackagedJar(environment);
        try {
            if (!jar.process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                jar.process.destroyForcibly();
                throw new AssertionError("locutor kept running:\n" + jar.output());
            }
            jar.outputClosed.get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return jar; // its output and exit code stay readable; its working directory is gone
        } finally {
            TestFolders.delete(jar.workDir);
        }
    }

    private void readOutput() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                log.add(line);
                // StartupGate's line, once every route has started and the gate is open; Camel's own "started in" line
                // comes a moment before it, when API calls may still get 503 "starting"
                if (line.contains("locutor is ready: ")) {
                    started.complete(null);
                }
            }
        } catch (IOException e) {
            started.completeExceptionally(e);
        }
        started.completeExceptionally(new IllegalStateException("exited before starting"));
        outputClosed.complete(null);
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public Path workDir() {
        return workDir;
    }

    /** Everything it printed so far. */
    public String output() {
        return String.join("\n", log);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int exitCode() {
        return process.exitValue();
    }

    /**
     * SIGTERM, then waits for the process to exit and its output to end; returns the exit code. Its working directory
     * goes with it (its output stays readable here): a test that stops a jar without closing it leaves nothing behind.
     */
    public int stop() throws Exception {
        try {
            // Through the handle: Process.destroy() would also close our end of its output, losing the shutdown's log.
            process.toHandle().destroy();
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("locutor did not stop within " + STOP_TIMEOUT.toSeconds() + " s of SIGTERM:\n" + output());
            }
            outputClosed.get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return process.exitValue();
        } finally {
            TestFolders.delete(workDir);
        }
    }

    /** Stops it if it still runs, then deletes its working directory (its data folder with it, unless set elsewhere). */
    @Override
    public void close() throws Exception {
        try {
            if (process.isAlive()) {
                stop();
            }
        } finally {
            TestFolders.delete(workDir);
        }
    }
}
