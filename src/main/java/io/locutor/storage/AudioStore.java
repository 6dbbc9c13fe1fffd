package io.locutor.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Where audio objects live, named {@code <cache_key>.<extension>}: a local folder by default, S3 in production. */
public interface AudioStore {

    /** Takes ownership of {@code file} (moved or uploaded, then gone) and stores it under the key. */
    void save(String cacheKey, String extension, String contentType, Path file, Map<String, String> metadata) throws IOException;

    boolean exists(String cacheKey, String extension);

    /** How many objects and bytes are stored, for the cache gauges; empty when the backend cannot say cheaply. */
    default Optional<Usage> usage() {
        return Optional.empty();
    }

    /** Objects and bytes held. */
    record Usage(long objects, long bytes) {
    }

    /** The stored bytes, if the object exists. */
    Optional<byte[]> read(String cacheKey, String extension) throws IOException;

    /**
     * The object as a file on this machine, when the store keeps it so: locutor then hands it to the HTTP server to
     * send (zero-copy {@code sendfile}) instead of reading it into memory. Empty for remote stores or a missing object.
     */
    default Optional<Path> localFile(String cacheKey, String extension) {
        return Optional.empty();
    }

    /** Removes the object; true when it existed (a purge, so the next request generates the audio again). */
    boolean delete(String cacheKey, String extension) throws IOException;

    /** A URL the caller can fetch the audio from. */
    String url(String cacheKey, String extension);

    /** The URL for a caller who reached locutor at {@code base}; stores callers fetch from directly ignore it. */
    default String url(String cacheKey, String extension, String base) {
        return url(cacheKey, extension);
    }

    /** False when callers fetch audio from the store itself (S3): locutor's own audio path then redirects there. */
    default boolean servedByLocutor() {
        return true;
    }
}
