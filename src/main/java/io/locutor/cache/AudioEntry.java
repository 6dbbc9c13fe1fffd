package io.locutor.cache;

/** What the index knows of one stored audio: where it is, how it was made, and how often it was served again. */
public record AudioEntry(
        String cacheKey,
        String extension,
        String voiceId,
        String modelId,
        long characters,
        String requestId,
        long createdAtMillis,
        long hits) {

    /** The stored object's name: {@code <cache_key>.<extension>}. */
    public String location() {
        return cacheKey + "." + extension;
    }

    AudioEntry withHits(long count) {
        return new AudioEntry(cacheKey, extension, voiceId, modelId, characters, requestId, createdAtMillis, count);
    }
}
