package io.locutor;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import io.locutor.cache.SharedAudioIndex;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import io.locutor.support.PrometheusText;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cost levers: a model per campaign (in the answer, the upstream call, the cache key and the metrics), a cache
 * TTL that grows with each hit up to its maximum, and the cache gauges.
 */
class CostLeversTest extends LocutorTestSupport {

    @Override
    protected void overrides(Properties p) {
        // "reminders" is a synonym of recordatorios: the setting accepts either name
        p.put("locutor.voices.campaign-models", "reminders=eleven_flash_v2_5");
        p.put("locutor.cache.ttl", "1000");
        p.put("locutor.cache.ttl-max", "2500");
        p.put("locutor.cache.stats-every", "0");
    }

    @Test
    void aCampaignsModelIsUsedShownKeyedAndCounted() throws Exception {
        String text = "Le recordamos su cita de mañana.";
        JsonNode reminder = json(postJson("/v1/audio", "{\"text\": " + quoted(text) + ", \"campaign\": \"recordatorios\"}"));
        assertEquals("eleven_flash_v2_5", reminder.path("model_id").asText(), reminder.toString());
        elevenLabs.verify(1, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*"))
                .withRequestBody(matchingJsonPath("$.model_id", equalTo("eleven_flash_v2_5"))));

        JsonNode sales = json(postJson("/v1/audio", "{\"text\": " + quoted(text) + ", \"campaign\": \"ventas\"}"));
        assertEquals("eleven_multilingual_v2", sales.path("model_id").asText());
        assertNotEquals(reminder.path("cache_key").asText(), sales.path("cache_key").asText(), "the model is in the key");

        JsonNode asked = json(postJson("/v1/audio", "{\"text\": " + quoted(text)
                + ", \"campaign\": \"recordatorios\", \"model_id\": \"eleven_multilingual_v2\"}"));
        assertEquals("eleven_multilingual_v2", asked.path("model_id").asText(), "a request's own model wins");

        PrometheusText metrics = metrics();
        assertEquals(ElevenLabsSimulator.CHARACTER_COUNT,
                metrics.sum("locutor_characters_billed_total", "model=\"eleven_flash_v2_5\"", "campaign=\"recordatorios\""));
        assertEquals(1, metrics.sum("locutor_cache_misses_total", "model=\"eleven_flash_v2_5\""));
    }

    @Test
    void eachHitKeepsAudioLongerUpToTheMaximum() throws Exception {
        String body = "{\"text\": \"Audio que se pide a menudo.\"}";
        String key = json(postJson("/v1/audio", body)).path("cache_key").asText();
        SharedAudioIndex index = context.getRegistry().lookupByNameAndType("audioIndex", SharedAudioIndex.class);
        assertTrue(remaining(index, key) <= 1000, "a new entry lives the base TTL");

        assertTrue(json(postJson("/v1/audio", body)).path("cached").asBoolean());
        long afterOneHit = remaining(index, key);
        assertTrue(afterOneHit > 1000 && afterOneHit <= 2000, "first hit: twice the base, " + afterOneHit);

        assertTrue(json(postJson("/v1/audio", body)).path("cached").asBoolean());
        long afterTwoHits = remaining(index, key);
        assertTrue(afterTwoHits > 2000 && afterTwoHits <= 2500, "second hit: capped at the maximum, " + afterTwoHits);

        PrometheusText metrics = metrics();
        assertTrue(metrics.sum("locutor_cache_index_entries") >= 1);
        double average = metrics.sum("locutor_cache_ttl_remaining_average_seconds");
        assertTrue(average > 0 && average <= 2500, "average remaining TTL " + average);
        double ratio = metrics.sum("locutor_cache_hit_ratio");
        assertTrue(ratio > 0 && ratio < 1, "hit ratio " + ratio);
        assertFalse(Double.isNaN(ratio));
    }

    private static long remaining(SharedAudioIndex index, String key) {
        return index.remaining(key).map(Duration::toSeconds).orElseThrow();
    }

    private PrometheusText metrics() throws Exception {
        HttpResponse<String> response = getText("/observe/metrics");
        assertEquals(200, response.statusCode());
        return new PrometheusText(response.body());
    }
}
