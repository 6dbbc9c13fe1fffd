package io.locutor.cache;

import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.metrics.MicrometerCommandLatencyRecorder;
import io.lettuce.core.metrics.MicrometerOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.ConnectTimeoutException;
import org.apache.camel.support.service.ServiceSupport;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.connection.RedisPassword;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * One Lettuce connection to Redis ({@code redis://[:password@]host:port[/db]}, or {@code rediss://} for TLS), closed
 * with the Camel context. It never blocks start-up: it connects on first use, and while Redis is unreachable commands
 * fail at once (not queued) while it reconnects in the background, so requests go on without the cache.
 */
public class RedisConnection extends ServiceSupport {

    /** How long a start keeps asking a Redis that accepts but answers slowly, before it says Redis is unreachable. */
    private static final Duration STARTUP_PATIENCE = Duration.ofSeconds(10);
    private final ClientResources resources;
    private final LettuceConnectionFactory factory;
    private final StringRedisTemplate template;
    private final String address;

    public RedisConnection(String url, Duration commandTimeout, MeterRegistry meters) {
        RedisURI uri = RedisURI.create(url);
        address = uri.getHost() + ":" + uri.getPort();
        RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(uri.getHost(), uri.getPort());
        server.setDatabase(uri.getDatabase());
        if (uri.getUsername() != null) {
            server.setUsername(uri.getUsername());
        }
        if (uri.getPassword() != null) {
            server.setPassword(RedisPassword.of(uri.getPassword()));
        }
        // Reconnect quickly once Redis is back; Lettuce's default backs off to 30 s between attempts.
        resources = ClientResources.builder()
                // Lettuce's own Micrometer recorder (lettuce.command.completion and .firstresponse, by command); no
                // local/remote address tags: one series per command, not per client port
                .commandLatencyRecorder(new MicrometerCommandLatencyRecorder(meters, MicrometerOptions.builder()
                        .localDistinction(false).build()))
                .reconnectDelay(Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(2), 2, java.util.concurrent.TimeUnit.MILLISECONDS))
                .build();
        LettuceClientConfiguration.LettuceClientConfigurationBuilder client = LettuceClientConfiguration.builder()
                .clientResources(resources)
                .commandTimeout(commandTimeout)
                .clientOptions(ClientOptions.builder()
                        .autoReconnect(true)
                        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                        .socketOptions(SocketOptions.builder().connectTimeout(commandTimeout).build())
                        .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                        .build());
        if (uri.isSsl()) {
            client.useSsl();
        }
        factory = new LettuceConnectionFactory(server, client.build());
        factory.afterPropertiesSet();
        template = new StringRedisTemplate(factory);
    }

    /**
     * At start only: a Redis that does not answer is a setting to fix, said in one line (later outages are ridden
     * out without the cache).
     */
    public void requireReachable() {
        long giveUp = System.nanoTime() + STARTUP_PATIENCE.toNanos();
        while (true) {
            try {
                template.execute((org.springframework.data.redis.core.RedisCallback<String>) c -> c.ping());
                return;
            } catch (RuntimeException e) {
                // A refusal (nobody listens there) is final; a timeout may be this JVM's own first connection on a busy
                // host (class loading, a cold JIT): each try has waited the command timeout, and they go on a while.
                if (!timedOut(e) || System.nanoTime() > giveUp) {
                    doStop();
                    throw new IllegalStateException(unreachable(address));
                }
            }
        }
    }

    /**
     * Whether a failed PING waited out a timeout (Spring's translation of Lettuce's command timeout, or Netty's connect
     * timeout underneath a connection failure) rather than being refused. Netty's connect timeout is a
     * {@link java.net.ConnectException}, as a refusal is, so it is told apart by its own type.
     */
    static boolean timedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof QueryTimeoutException || t instanceof RedisCommandTimeoutException
                    || t instanceof ConnectTimeoutException || t instanceof TimeoutException || t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** The message for a Redis nobody answers at: host and port only, never the URL's password. */
    public static String unreachable(String address) {
        return "REDIS_URL: no Redis answers at " + address + " (LOCUTOR_CACHE=redis). Start Redis there or correct REDIS_URL.";
    }

    public StringRedisTemplate template() {
        return template;
    }

    @Override
    protected void doStop() {
        factory.destroy();
        resources.shutdown();
    }
}
