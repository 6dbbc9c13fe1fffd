package io.locutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.locutor.support.EmbeddedRedis;
import io.locutor.support.LocutorTestSupport;
import io.locutor.support.PrometheusText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** With Redis as the cache backend, its commands are metered, and the dashboard's Redis panel queries what exists. */
class RedisMetersTest extends LocutorTestSupport {

    private static final EmbeddedRedis redisServer = EmbeddedRedis.start();

    @Override
    protected void overrides(Properties p) {
        p.put("locutor.cache.backend", "redis");
        p.put("locutor.cache.redis-url", redisServer.url());
    }

    @AfterAll
    void stopRedis() {
        redisServer.close();
    }

    @Test
    void redisCommandsAreMeteredByCommand() throws Exception {
        assertEquals(200, postJson("/v1/audio", "{\"text\": \"Contando comandos de Redis.\"}").statusCode());
        assertEquals(200, postJson("/v1/audio", "{\"text\": \"Contando comandos de Redis.\"}").statusCode());
        PrometheusText metrics = new PrometheusText(getText("/observe/metrics").body());
        assertTrue(metrics.sum("lettuce_command_completion_seconds_count", "command=\"GET\"") >= 2, "GETs of the index");
        // one series per command, not one per client port
        String lettuce = getText("/observe/metrics").body().lines()
                .filter(l -> l.startsWith("lettuce_command_completion_seconds_count{")).toList().toString();
        assertFalse(lettuce.matches("(?s).*local=\"[^\"]*:\\d+.*"), "a series per client port: " + lettuce);

        Set<String> queried = new TreeSet<>();
        Matcher m = Pattern.compile("\\blettuce_[a-z_]+").matcher(Files.readString(Path.of("observability/grafana/dashboards/locutor.json")));
        while (m.find()) {
            queried.add(m.group());
        }
        assertFalse(queried.isEmpty(), "the dashboard has a Redis panel");
        queried.removeAll(metrics.names());
        assertEquals(Set.of(), queried, "dashboard queries Redis metrics /observe/metrics does not expose");
    }
}
