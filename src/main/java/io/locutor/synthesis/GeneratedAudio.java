package io.locutor.synthesis;

import java.nio.file.Path;

/** Audio just received from ElevenLabs, in a temporary file until storage takes it. */
public record GeneratedAudio(Path file, String requestId, long characters) {
}
