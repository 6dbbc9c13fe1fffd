package io.locutor.cache;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import io.lettuce.core.RedisException;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.Cursor;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The production backend: one Redis shared by every instance, through Spring Data Redis. Every command is bounded
 * by the client's command timeout; a failure becomes {@link CacheUnavailableException}, counted and logged once.
 */
public class RedisSharedStore implements SharedStore {

    /** INCRBY, then a TTL only when the key has none (it was just created), in one atomic step. */
    private static final RedisScript<Long> INCREMENT = RedisScript.of("""
            local value = redis.call('INCRBY', KEYS[1], ARGV[1])
            if tonumber(ARGV[2]) > 0 and redis.call('PTTL', KEYS[1]) == -1 then
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
            end
            return value""", Long.class);
    private static final RedisScript<Long> DELETE_IF_EQUALS = RedisScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0""", Long.class);
    private static final int SCAN_BATCH = 500;

    private final StringRedisTemplate redis;
    private final CacheBackendMonitor monitor;

    public RedisSharedStore(StringRedisTemplate redis, CacheBackendMonitor monitor) {
        this.redis = redis;
        this.monitor = monitor;
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(call("GET", () -> redis.opsForValue().get(key)));
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        call("SET", () -> {
            if (ttl == null) {
                redis.opsForValue().set(key, value);
            } else {
                redis.opsForValue().set(key, value, ttl);
            }
            return null;
        });
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        return Boolean.TRUE.equals(call("SET NX", () -> ttl == null ? redis.opsForValue().setIfAbsent(key, value)
                : redis.opsForValue().setIfAbsent(key, value, ttl)));
    }

    @Override
    public long increment(String key, long delta, Duration ttl) {
        return call("INCRBY", () -> redis.execute(INCREMENT, List.of(key), Long.toString(delta),
                Long.toString(ttl == null ? 0 : ttl.toMillis())));
    }

    @Override
    public boolean expire(String key, Duration ttl) {
        return Boolean.TRUE.equals(call("PEXPIRE", () -> redis.expire(key, ttl)));
    }

    @Override
    public Optional<Duration> timeToLive(String key) {
        Long millis = call("PTTL", () -> redis.getExpire(key, java.util.concurrent.TimeUnit.MILLISECONDS));
        return millis == null || millis < 0 ? Optional.empty() : Optional.of(Duration.ofMillis(millis));
    }

    @Override
    public boolean delete(String key) {
        return Boolean.TRUE.equals(call("DEL", () -> redis.delete(key)));
    }

    @Override
    public boolean deleteIfEquals(String key, String value) {
        return Long.valueOf(1).equals(call("DEL IF EQUALS", () -> redis.execute(DELETE_IF_EQUALS, List.of(key), value)));
    }

    @Override
    public void scan(String prefix, Consumer<String> each) {
        call("SCAN", () -> {
            ScanOptions options = ScanOptions.scanOptions().match(globEscaped(prefix) + "*").count(SCAN_BATCH).build();
            try (Cursor<String> keys = redis.scan(options)) {
                keys.forEachRemaining(each);
            }
            return null;
        });
    }

    /** PING: whether Redis answers now (the health check). */
    public boolean ping() {
        try {
            return "PONG".equalsIgnoreCase(call("PING", () -> redis.execute(c -> c.ping(), true)));
        } catch (CacheUnavailableException e) {
            return false;
        }
    }

    private <T> T call(String operation, Supplier<T> command) {
        try {
            T result = command.get();
            monitor.succeeded();
            return result;
        } catch (DataAccessException | RedisException e) {
            throw monitor.failed(operation, e);
        }
    }

    /** SCAN's MATCH is a glob: a prefix with glob characters must match them literally. */
    private static String globEscaped(String prefix) {
        return prefix.replaceAll("([*?\\[\\]\\\\])", "\\\\$1");
    }
}
