package io.locutor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.locutor.support.LocutorTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.redis.processor.aggregate.RedisAggregationRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import redis.embedded.RedisServer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Campaign aggregation kept in a real Redis (LOCUTOR_CACHE=redis): camel-redis's RedisAggregationRepository. */
class RedisCampaignAggregationTest extends LocutorTestSupport {

    private static final int REDIS_PORT = freePort();
    private static final RedisServer redis = startRedis();

    private static RedisServer startRedis() {
        RedisServer server = RedisServer.builder().bind("127.0.0.1").port(REDIS_PORT)
                .setting("save \"\"").setting("appendonly no").build();
        server.start();
        return server;
    }

    @Override
    protected void overrides(Properties p) {
        // The cache backend's settings (issue 4): with Redis, campaign aggregation lives there too.
        p.put("locutor.cache.backend", "redis");
        p.put("locutor.cache.redis-url", "redis://127.0.0.1:" + REDIS_PORT + "/0");
        p.put("locutor.intake.poll-delay", "100");
        p.put("locutor.intake.read-lock-interval", "200");
    }

    @AfterAll
    void stopRedis() {
        redis.stop();
    }

    @Test
    void campaignManifestIsAggregatedThroughRedis() throws Exception {
        assertInstanceOf(RedisAggregationRepository.class, context.getRegistry().lookupByName("intakeAggregation"));
        long commandsBefore = redisCommands();
        StringBuilder csv = new StringBuilder("contact_id,text\n");
        for (int i = 1; i <= 10; i++) {
            csv.append("r").append(i).append(',').append(i == 4 ? "" : "Recordatorio número " + i).append('\n');
        }
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("file-intake")
                .filter(e -> e.getProperty(Exchange.SPLIT_INDEX) == null && "redis.csv".equals(e.getIn().getHeader(Exchange.FILE_NAME)))
                .whenDone(1).create();
        Path staging = Files.createDirectories(dataDir().resolve("staging"));
        Files.writeString(staging.resolve("redis.csv"), csv);
        Files.move(staging.resolve("redis.csv"), Files.createDirectories(dataDir().resolve("inbox")).resolve("redis.csv"),
                StandardCopyOption.REPLACE_EXISTING);
        assertTrue(done.matches(30, TimeUnit.SECONDS));

        JsonNode manifest = JSON.readTree(dataDir().resolve("outbox/redis.result.json").toFile());
        assertEquals(10, manifest.path("results").size(), manifest.toPrettyString());
        assertEquals(9, manifest.path("succeeded").asInt());
        assertEquals("text", manifest.path("results").get(3).path("error").path("field").asText());
        assertTrue(redisCommands() >= commandsBefore + 10, "each item's outcome went through Redis");
    }

    /** Redis's own count of commands processed (INFO stats), read over RESP. */
    private static long redisCommands() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", REDIS_PORT)) {
            OutputStream out = socket.getOutputStream();
            out.write("*2\r\n$4\r\nINFO\r\n$5\r\nstats\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("total_commands_processed:")) {
                    return Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                }
            }
            throw new IllegalStateException("Redis INFO had no total_commands_processed");
        }
    }
}
