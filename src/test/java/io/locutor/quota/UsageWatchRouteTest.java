package io.locutor.quota;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** routes/usage-watch.camel.yaml: the subscription read on a timer raises the plan's alert once, and shows a bad key in health. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UsageWatchRouteTest extends LocutorTestSupport {

    @Override
    protected void overrides(Properties p) {
        p.put("locutor.usage.watch-period", "100");
        p.put("locutor.alert.webhook", elevenLabs.baseUrl() + "/alerts");
    }

    @Test
    @Order(1)
    void thePlansAlertFiresOnceHoweverOftenItIsRead() throws Exception {
        elevenLabs.stubFor(post(urlPathEqualTo("/alerts")).willReturn(aResponse().withStatus(204)));
        elevenLabs.stubFor(get(urlPathEqualTo("/v1/user/subscription")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"character_count\":9500,\"character_limit\":10000,\"next_character_count_reset_unix\":4102444800}")));
        NotifyBuilder reads = new NotifyBuilder(context).fromRoute("usage-watch").whenDone(3).create();
        NotifyBuilder alertSent = new NotifyBuilder(context).fromRoute("webhook-outbox").whenCompleted(1).create();
        assertTrue(reads.matches(20, TimeUnit.SECONDS), "the watch ran");
        assertTrue(alertSent.matches(20, TimeUnit.SECONDS), "the alert was sent, after the read that crossed 80%");

        List<LoggedRequest> alerts = elevenLabs.findAll(postRequestedFor(urlPathEqualTo("/alerts")));
        assertEquals(1, alerts.size(), "95% of the plan: the 80% alert, once");
        assertTrue(alerts.get(0).getBodyAsString().contains("\"threshold_percent\":80"), alerts.get(0).getBodyAsString());
    }

    @Test
    @Order(2)
    void anInvalidKeyShowsInReadinessWithoutAnyRequest() throws Exception {
        elevenLabs.stubFor(get(urlPathEqualTo("/v1/user/subscription")).willReturn(
                ElevenLabsSimulator.error(401, "{\"detail\":{\"status\":\"invalid_api_key\",\"message\":\"Invalid API key\"}}")));
        NotifyBuilder reads = new NotifyBuilder(context).fromRoute("usage-watch").whenDone(3).create();
        assertTrue(reads.matches(20, TimeUnit.SECONDS), "the watch ran");

        HttpResponse<String> ready = getText("/observe/health/ready");
        assertEquals(503, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("elevenlabs_invalid_api_key"), ready.body());
    }
}
