package io.locutor.support;

import java.io.IOException;
import java.net.ServerSocket;

import redis.embedded.RedisServer;

/**
 * A real Redis server for tests, on a free port, that keeps nothing on disk ({@code save ""}, {@code appendonly no}).
 * It can be stopped and started again on the same port, to play Redis going down and coming back.
 */
public final class EmbeddedRedis implements AutoCloseable {

    private final int port = freePort();
    private RedisServer server;

    public static EmbeddedRedis start() {
        EmbeddedRedis redis = new EmbeddedRedis();
        redis.up();
        return redis;
    }

    public synchronized void up() {
        server = RedisServer.builder().port(port).bind("127.0.0.1")
                .setting("save \"\"").setting("appendonly no").build();
        server.start();
    }

    public synchronized void down() {
        server.stop();
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        down();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
