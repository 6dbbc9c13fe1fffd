package io.locutor.cache;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The embedded default: one process's memory, with TTLs honored on read, and expired entries swept as writes come (an
 * entry nobody reads again would otherwise stay for the life of the process: every distinct audio ever made).
 */
public class InMemorySharedStore implements SharedStore {

    /** Writes between two sweeps at least; then as many writes as there were entries after the last sweep (amortized O(1)). */
    static final long SWEEP_EVERY = 1024;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final AtomicLong writesSinceSweep = new AtomicLong();
    private volatile long sweepAfter = SWEEP_EVERY;

    public InMemorySharedStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean inProcess() {
        return true;
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(live(key)).map(Entry::value);
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        entries.put(key, new Entry(value, expiry(ttl)));
        written();
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        boolean[] set = {false};
        entries.compute(key, (k, old) -> {
            if (old != null && !old.expired(clock.millis())) {
                return old;
            }
            set[0] = true;
            return new Entry(value, expiry(ttl));
        });
        written();
        return set[0];
    }

    @Override
    public long increment(String key, long delta, Duration ttl) {
        Entry updated = entries.compute(key, (k, old) -> old == null || old.expired(clock.millis())
                ? new Entry(Long.toString(delta), expiry(ttl))
                : new Entry(Long.toString(Long.parseLong(old.value()) + delta), old.expiresAt()));
        written();
        return Long.parseLong(updated.value());
    }

    @Override
    public boolean expire(String key, Duration ttl) {
        return entries.computeIfPresent(key, (k, old) -> old.expired(clock.millis()) ? null
                : new Entry(old.value(), expiry(ttl))) != null;
    }

    @Override
    public boolean delete(String key) {
        Entry removed = entries.remove(key);
        return removed != null && !removed.expired(clock.millis());
    }

    @Override
    public boolean deleteIfEquals(String key, String value) {
        boolean[] deleted = {false};
        entries.computeIfPresent(key, (k, old) -> {
            if (old.expired(clock.millis())) {
                return null;
            }
            deleted[0] = old.value().equals(value);
            return deleted[0] ? null : old;
        });
        return deleted[0];
    }

    @Override
    public void scan(String prefix, Consumer<String> each) {
        for (String key : entries.keySet()) {
            if (key.startsWith(prefix) && live(key) != null) {
                each.accept(key);
            }
        }
    }

    @Override
    public Optional<Duration> timeToLive(String key) {
        Entry e = live(key);
        return e == null || e.expiresAt() == Long.MAX_VALUE ? Optional.empty()
                : Optional.of(Duration.ofMillis(e.expiresAt() - clock.millis()));
    }

    /** How many entries are held, expired ones not yet swept included (for tests of the sweep). */
    int held() {
        return entries.size();
    }

    private void written() {
        if (writesSinceSweep.incrementAndGet() < sweepAfter) {
            return;
        }
        writesSinceSweep.set(0);
        long now = clock.millis();
        entries.values().removeIf(e -> e.expired(now)); // ConcurrentHashMap: safe beside other threads' reads and writes
        sweepAfter = Math.max(SWEEP_EVERY, entries.size());
    }

    private Entry live(String key) {
        Entry e = entries.get(key);
        if (e != null && e.expired(clock.millis())) {
            entries.remove(key, e);
            return null;
        }
        return e;
    }

    private long expiry(Duration ttl) {
        return ttl == null ? Long.MAX_VALUE : clock.millis() + ttl.toMillis();
    }

    private record Entry(String value, long expiresAt) {
        boolean expired(long now) {
            return now >= expiresAt;
        }
    }
}
