package io.locutor.cache;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The embedded default: an index that lives as long as the process (storage still remembers the audio). */
public class InMemoryAudioIndex implements AudioIndex {

    private final Map<String, AudioEntry> entries = new ConcurrentHashMap<>();

    @Override
    public Optional<AudioEntry> get(String cacheKey) {
        return Optional.ofNullable(entries.get(cacheKey));
    }

    @Override
    public void put(AudioEntry entry) {
        entries.put(entry.cacheKey(), entry);
    }

    @Override
    public void remove(String cacheKey) {
        entries.remove(cacheKey);
    }
}
