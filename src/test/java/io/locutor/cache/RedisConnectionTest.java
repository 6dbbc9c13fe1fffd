package io.locutor.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.RedisCallback;

/**
 * A start tells a Redis that answers slowly (asked again for a while) from one nobody listens at (refused at once), by
 * the failures the real client raises against each.
 */
class RedisConnectionTest {

    private static RuntimeException pingFails(int port) {
        RedisConnection redis = new RedisConnection("redis://127.0.0.1:" + port, Duration.ofMillis(300), new SimpleMeterRegistry());
        try {
            return assertThrows(RuntimeException.class,
                    () -> redis.template().execute((RedisCallback<String>) connection -> connection.ping()));
        } finally {
            redis.doStop();
        }
    }

    @Test
    void aServerThatAcceptsButNeverAnswersTimesOut() throws Exception {
        // The backlog accepts the connection in the kernel; nobody ever reads or answers.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertTrue(RedisConnection.timedOut(pingFails(silent.getLocalPort())));
        }
    }

    @Test
    void aPortNobodyListensAtIsRefusedNotTimedOut() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        RuntimeException refused = pingFails(closed);
        assertFalse(RedisConnection.timedOut(refused), String.valueOf(refused));
    }

    @Test
    void aStartAgainstNobodyStopsAtOnceNamingTheAddressWithoutThePassword() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        RedisConnection redis = new RedisConnection("redis://:s3cret@127.0.0.1:" + closed, Duration.ofMillis(300), new SimpleMeterRegistry());
        IllegalStateException stopped = assertThrows(IllegalStateException.class, redis::requireReachable);
        assertEquals(RedisConnection.unreachable("127.0.0.1:" + closed), stopped.getMessage());
        assertFalse(stopped.getMessage().contains("s3cret"));
    }
}
