package io.locutor;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.locutor.support.LocutorTestSupport;
import io.locutor.support.PackagedJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The image's class data sharing archive (Dockerfile; bench/README.md, cold start), made as the image build makes it:
 * {@code src/main/docker/cds-archive.sh} trains on the packaged jar, and a start with the archive maps locutor's
 * classes from it. There is no container engine in CI, so the script is run here, on the same jar and JVM.
 */
class ClassDataSharingIT {

    private static final Path SCRIPT = Path.of("src/main/docker/cds-archive.sh");
    private static final String JAVA_BIN = Path.of(System.getProperty("java.home"), "bin").toString();

    @Test
    void aTrainingStartWritesTheArchiveAndTheNextStartMapsLocutorsClassesFromIt(@TempDir Path cds) throws Exception {
        Path archive = cds.resolve("locutor.jsa");
        ProcessBuilder training = new ProcessBuilder("sh", SCRIPT.toString(), PackagedJar.JAR.toString(), archive.toString())
                .redirectErrorStream(true);
        training.environment().put("PATH", JAVA_BIN + File.pathSeparator + System.getenv("PATH")); // this JVM
        training.environment().put("CDS_TRAINING_PORT", Integer.toString(LocutorTestSupport.freePort()));
        Process trained = training.start();
        String trainingLog = new String(trained.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(trained.waitFor(3, TimeUnit.MINUTES), trainingLog);
        assertEquals(0, trained.exitValue(), trainingLog);
        assertTrue(Files.size(archive) > 0, trainingLog);

        // -Xshare:on: the JVM refuses to start unless it can map the archive for this jar
        Process start = new ProcessBuilder(Path.of(JAVA_BIN, "java").toString(), "-Xshare:on",
                "-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info", "-jar", PackagedJar.JAR.toString(), "--help")
                .redirectErrorStream(true).start();
        String output = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(start.waitFor(1, TimeUnit.MINUTES), output);
        assertEquals(0, start.exitValue(), output);
        assertTrue(output.contains("io.locutor.SettingsHelp source: shared objects file (top)"), output);
    }

    @Test
    void theImageStartsWithTheArchiveItsBuildMakes() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("Dockerfile"));
        Matcher made = Pattern.compile("^RUN sh \\S*cds-archive\\.sh (\\S+) (\\S+)").matcher(
                lines.stream().filter(l -> l.startsWith("RUN sh") && l.contains("cds-archive.sh")).findFirst().orElse(""));
        assertTrue(made.find(), "the Dockerfile runs cds-archive.sh");
        String entrypoint = lines.stream().filter(l -> l.startsWith("ENTRYPOINT")).findFirst().orElse("");
        assertTrue(entrypoint.contains("\"-XX:SharedArchiveFile=" + made.group(2) + "\""), entrypoint);
        assertTrue(entrypoint.contains("\"-jar\", \"" + made.group(1) + "\""), "the archive is for the jar the image runs: " + entrypoint);
    }
}
