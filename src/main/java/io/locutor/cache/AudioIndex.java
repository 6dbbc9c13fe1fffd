package io.locutor.cache;

import java.util.Optional;

/** Cache key → stored audio. In-process by default; shared by every instance in production. */
public interface AudioIndex {

    Optional<AudioEntry> get(String cacheKey);

    void put(AudioEntry entry);

    void remove(String cacheKey);
}
