package io.locutor.cache;

import java.util.Optional;
import java.util.function.Consumer;

/** Cache key → stored audio. In-process by default; shared by every instance in production. */
public interface AudioIndex {

    /** True when lookups are answered from this process's memory, never a network round trip. */
    default boolean inProcess() {
        return false;
    }

    Optional<AudioEntry> get(String cacheKey);

    void put(AudioEntry entry);

    /** True when there was an entry. */
    boolean remove(String cacheKey);

    /** Counts one more serving of the entry (and keeps frequently used audio longer, when so configured). */
    void hit(String cacheKey);

    /** Every entry, visited without loading the whole index at once. */
    void forEach(Consumer<AudioEntry> each);
}
