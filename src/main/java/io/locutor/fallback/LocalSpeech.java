package io.locutor.fallback;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.locutor.problem.LocutorException;
import io.locutor.synthesis.GeneratedAudio;
import io.locutor.synthesis.Speech;
import io.locutor.synthesis.SynthesisContext;
import org.apache.camel.ExchangeProperty;

/**
 * The local engine: {@code espeak-ng} (voice chosen by the request's language) piped to {@code lame} for MP3. Robotic,
 * but it keeps a campaign calling when ElevenLabs cannot, and works with no network at all.
 */
public class LocalSpeech {

    /** The model id local audio is recorded under: it keeps local audio under its own cache keys. */
    public static final String MODEL = "local-espeak-ng";

    private final Path scratch;

    public LocalSpeech(Path scratch) throws IOException {
        this.scratch = Files.createDirectories(scratch);
    }

    /** True when both programs are on the PATH. */
    public static boolean installed() {
        return onPath("espeak-ng") && onPath("lame");
    }

    public static boolean isLocal(Speech speech) {
        return MODEL.equals(speech.modelId());
    }

    /** Only MP3 is produced locally; other formats have no local stand-in. */
    public boolean canSpeak(Speech speech) {
        return installed() && speech.format().name().startsWith("mp3");
    }

    public GeneratedAudio synthesize(@ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis) throws IOException, InterruptedException {
        Speech speech = synthesis.speech();
        Path out = Files.createTempFile(scratch, speech.cacheKey(), ".mp3");
        String voice = speech.language() == null ? "es" : speech.language().toLowerCase(java.util.Locale.ROOT);
        // text through stdin, never the command line; lame reads espeak-ng's WAV from the pipe
        ProcessBuilder pipeline = new ProcessBuilder("sh", "-c", "espeak-ng -v \"$1\" --stdin --stdout | lame --quiet - \"$2\"",
                "local-speech", voice, out.toString());
        pipeline.redirectErrorStream(true);
        Process process = pipeline.start();
        process.getOutputStream().write(speech.normalizedText().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String log = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0 || Files.size(out) == 0) {
            process.destroyForcibly();
            Files.deleteIfExists(out);
            throw new LocutorException(503, "local_engine_failed", "The local speech engine failed (" + log.strip()
                    + "). Check espeak-ng and lame.");
        }
        return new GeneratedAudio(out, null, 0);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
