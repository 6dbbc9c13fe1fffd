package io.locutor.cache;

/** What the index knows of one stored audio: where it is and how it was made. */
public record AudioEntry(
        String cacheKey,
        String extension,
        String voiceId,
        String modelId,
        long characters,
        String requestId,
        long createdAtMillis) {
}
