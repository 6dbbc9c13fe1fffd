package io.locutor.support;

import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import redis.embedded.RedisServer;

/**
 * A real Redis server for tests, on a free port, that keeps nothing on disk ({@code save ""}, {@code appendonly no}).
 * It can be stopped and started again on the same port, to play Redis going down and coming back.
 */
public final class EmbeddedRedis implements AutoCloseable {

    private final int port = LocutorTestSupport.freePort();
    private RedisServer server;
    private LettuceConnectionFactory clientFactory;
    private StringRedisTemplate client;

    public static EmbeddedRedis start() {
        EmbeddedRedis redis = new EmbeddedRedis();
        redis.up();
        return redis;
    }

    public synchronized void up() {
        server = RedisServer.builder().port(port).bind("127.0.0.1")
                .setting("save \"\"").setting("appendonly no").build();
        server.start();
        if (clientFactory != null) {
            clientFactory.resetConnection(); // the test's own client reconnects now, not on Lettuce's backoff
        }
    }

    /** A client for tests to look into Redis and set it up, as redis-cli would. */
    public synchronized StringRedisTemplate client() {
        if (client == null) {
            clientFactory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", port));
            clientFactory.afterPropertiesSet();
            client = new StringRedisTemplate(clientFactory);
        }
        return client;
    }

    /** Empties every database. */
    public void flush() {
        client().execute(c -> {
            c.serverCommands().flushAll();
            return null;
        }, true);
    }

    public synchronized void down() {
        server.stop();
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public synchronized void close() {
        if (clientFactory != null) {
            clientFactory.destroy();
        }
        down();
    }
}
