package io.locutor.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.locutor.support.EmbeddedRedis;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The semantics every SharedStore honors, checked on the in-process store and on a real Redis alike. Time passes
 * for the in-process store by moving its clock, and for Redis by shortening every key's remaining TTL (Redis's own
 * clock cannot be moved), so expiry is checked exactly, without sleeping.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedStoreContractTest {

    private EmbeddedRedis redisServer;
    private RedisConnection redisConnection;

    /** A store and a way to let time pass for it. */
    interface Backend {
        SharedStore store();

        void pass(Duration time);
    }

    @BeforeAll
    void startRedis() {
        redisServer = EmbeddedRedis.start();
        redisConnection = new RedisConnection(redisServer.url(), Duration.ofSeconds(2), new SimpleMeterRegistry());
        redisConnection.start();
    }

    @AfterAll
    void stopRedis() throws Exception {
        redisConnection.stop();
        redisServer.close();
    }

    Stream<Backend> backends() {
        return Stream.of(memory(), redis());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void putGetAndExpiry(Backend b) {
        SharedStore store = b.store();
        assertTrue(store.get("locutor:t:absent").isEmpty());
        store.put("locutor:t:a", "uno", Duration.ofSeconds(10));
        store.put("locutor:t:forever", "siempre", null);
        assertEquals("uno", store.get("locutor:t:a").orElseThrow());
        b.pass(Duration.ofMillis(9_900));
        assertEquals("uno", store.get("locutor:t:a").orElseThrow(), "alive before its TTL");
        b.pass(Duration.ofMillis(200));
        assertTrue(store.get("locutor:t:a").isEmpty(), "gone after its TTL");
        assertEquals("siempre", store.get("locutor:t:forever").orElseThrow(), "no TTL, no expiry");
        store.put("locutor:t:forever", "otra", Duration.ofSeconds(5));
        assertEquals("otra", store.get("locutor:t:forever").orElseThrow(), "put replaces");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void putIfAbsentSetsOnlyOnceUntilExpiry(Backend b) {
        SharedStore store = b.store();
        assertTrue(store.putIfAbsent("locutor:t:lock", "first", Duration.ofSeconds(5)));
        assertFalse(store.putIfAbsent("locutor:t:lock", "second", Duration.ofSeconds(5)));
        assertEquals("first", store.get("locutor:t:lock").orElseThrow());
        b.pass(Duration.ofSeconds(6));
        assertTrue(store.putIfAbsent("locutor:t:lock", "third", Duration.ofSeconds(5)), "an expired lock can be taken");
        assertEquals("third", store.get("locutor:t:lock").orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void incrementSetsItsTtlOnlyWhenCreated(Backend b) {
        SharedStore store = b.store();
        assertEquals(3, store.increment("locutor:t:count", 3, Duration.ofSeconds(10)));
        b.pass(Duration.ofSeconds(6));
        assertEquals(5, store.increment("locutor:t:count", 2, Duration.ofSeconds(10)), "adds to the live value");
        b.pass(Duration.ofSeconds(6));
        assertTrue(store.get("locutor:t:count").isEmpty(), "the TTL ran from creation, not from the last increment");
        assertEquals(1, store.increment("locutor:t:count", 1, Duration.ofSeconds(10)), "starts again once expired");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void incrementIsAtomicUnderContention(Backend b) throws Exception {
        SharedStore store = b.store();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                work.add(() -> {
                    for (int i = 0; i < 50; i++) {
                        store.increment("locutor:t:contended", 1, Duration.ofMinutes(1));
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(work, 30, TimeUnit.SECONDS)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals("400", store.get("locutor:t:contended").orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void expireRenewsOnlyLiveKeys(Backend b) {
        SharedStore store = b.store();
        store.put("locutor:t:renewed", "v", Duration.ofSeconds(10));
        b.pass(Duration.ofSeconds(8));
        assertTrue(store.expire("locutor:t:renewed", Duration.ofSeconds(10)));
        b.pass(Duration.ofSeconds(8));
        assertEquals("v", store.get("locutor:t:renewed").orElseThrow(), "the TTL counts again from the renewal");
        assertFalse(store.expire("locutor:t:never-set", Duration.ofSeconds(10)));
        assertTrue(store.get("locutor:t:never-set").isEmpty(), "expire creates nothing");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void timeToLiveIsWhatRemainsOfALiveKeysTtl(Backend b) {
        SharedStore store = b.store();
        store.put("locutor:t:ttl", "v", Duration.ofSeconds(10));
        Duration left = store.timeToLive("locutor:t:ttl").orElseThrow();
        assertTrue(left.compareTo(Duration.ZERO) > 0 && left.compareTo(Duration.ofSeconds(10)) <= 0, left.toString());
        assertTrue(store.timeToLive("locutor:t:no-such-key").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void deleteAndDeleteIfEquals(Backend b) {
        SharedStore store = b.store();
        store.put("locutor:t:d", "v", Duration.ofSeconds(10));
        assertTrue(store.delete("locutor:t:d"));
        assertFalse(store.delete("locutor:t:d"));
        store.put("locutor:t:owned", "mine", Duration.ofSeconds(10));
        assertFalse(store.deleteIfEquals("locutor:t:owned", "theirs"));
        assertEquals("mine", store.get("locutor:t:owned").orElseThrow(), "someone else's value stays");
        assertTrue(store.deleteIfEquals("locutor:t:owned", "mine"));
        assertTrue(store.get("locutor:t:owned").isEmpty());
        assertFalse(store.deleteIfEquals("locutor:t:owned", "mine"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void scanVisitsEveryLiveKeyWithThePrefixOnce(Backend b) {
        SharedStore store = b.store();
        for (int i = 0; i < 1_200; i++) {
            store.put("locutor:s:" + i, "v", Duration.ofSeconds(10));
        }
        store.put("locutor:s-other:1", "v", Duration.ofSeconds(10));
        store.put("locutor:g*[x]:1", "v", Duration.ofSeconds(10));
        store.put("locutor:gA[x]:1", "v", Duration.ofSeconds(10));
        store.put("locutor:s:short", "v", Duration.ofSeconds(1));
        b.pass(Duration.ofSeconds(2));
        List<String> seen = new ArrayList<>();
        store.scan("locutor:s:", seen::add);
        Set<String> distinct = new HashSet<>(seen);
        assertEquals(1_200, distinct.size(), "every key with the prefix, none expired, none of another prefix");
        assertTrue(distinct.stream().allMatch(k -> k.matches("locutor:s:\\d+")));
        List<String> literal = new ArrayList<>();
        store.scan("locutor:g*[x]:", literal::add);
        assertEquals(List.of("locutor:g*[x]:1"), literal, "glob characters in a prefix match only themselves");
    }

    /** Memory only (Redis expires keys itself): an entry nobody reads after it expired is swept as writes come. */
    @Test
    void theMemoryStoreSweepsExpiredEntriesNobodyReadsAgain() {
        MovableClock clock = new MovableClock();
        InMemorySharedStore store = new InMemorySharedStore(clock);
        for (int i = 0; i < 3000; i++) {
            store.put("locutor:gone:" + i, "audio " + i, Duration.ofMinutes(1));
        }
        store.put("locutor:kept", "forever", null);
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        for (long i = 0; i < 3000 + InMemorySharedStore.SWEEP_EVERY; i++) {
            store.increment("locutor:count", 1, Duration.ofHours(1));
        }
        assertEquals(2, store.held(), "only the live entries are left");
        assertEquals(Optional.of("forever"), store.get("locutor:kept"));
        assertEquals(Optional.of(Long.toString(3000 + InMemorySharedStore.SWEEP_EVERY)), store.get("locutor:count"));
    }

    private Backend memory() {
        MovableClock clock = new MovableClock();
        InMemorySharedStore store = new InMemorySharedStore(clock);
        return new Backend() {
            public SharedStore store() {
                return store;
            }

            public void pass(Duration time) {
                clock.now = clock.now.plus(time);
            }

            public String toString() {
                return "in-memory";
            }
        };
    }

    private Backend redis() {
        StringRedisTemplate template = redisConnection.template();
        template.execute(c -> {
            c.serverCommands().flushAll();
            return null;
        }, true);
        RedisSharedStore store = new RedisSharedStore(template, new CacheBackendMonitor("redis", new SimpleMeterRegistry()));
        return new Backend() {
            public SharedStore store() {
                return store;
            }

            public void pass(Duration time) {
                List<String> keys = new ArrayList<>();
                store.scan("", keys::add);
                for (String key : keys) {
                    Long left = template.getExpire(key, TimeUnit.MILLISECONDS);
                    if (left != null && left > 0) {
                        if (left <= time.toMillis()) {
                            template.delete(key);
                        } else {
                            template.expire(key, Duration.ofMillis(left - time.toMillis()));
                        }
                    }
                }
            }

            public String toString() {
                return "redis";
            }
        };
    }

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        public Instant instant() {
            return now;
        }

        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
