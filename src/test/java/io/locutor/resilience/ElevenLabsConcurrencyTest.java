package io.locutor.resilience;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.InFlightLimit;
import io.locutor.support.LocutorTestSupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ELEVENLABS_CONCURRENCY against an ElevenLabs that answers 429 too_many_concurrent_requests above its plan's 5. */
class ElevenLabsConcurrencyTest extends LocutorTestSupport {

    private static final int PLAN = 5;
    private static final int BURST = 200;

    @Override
    protected void overrides(Properties p) {
        p.put("locutor.elevenlabs.concurrency", Integer.toString(PLAN));
        p.put("locutor.elevenlabs.max-connections", "50");
    }

    @Test
    void aBurstOf200DistinctRequestsNeverExceedsThePlansConcurrency() throws Exception {
        InFlightLimit.reset(PLAN);
        // each answer takes a while, so requests really overlap
        elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/[A-Za-z0-9]+")).atPriority(1)
                .withHeader("xi-api-key", equalTo(ElevenLabsSimulator.API_KEY))
                .willReturn(ElevenLabsSimulator.audioResponse().withFixedDelay(20).withTransformers(InFlightLimit.NAME)));
        ExecutorService callers = Executors.newFixedThreadPool(50);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                String text = "Rafaga numero " + i;
                calls.add(() -> postJson("/v1/audio", "{\"text\": " + quoted(text) + "}").statusCode());
            }
            int ok = 0;
            for (Future<Integer> status : callers.invokeAll(calls)) {
                ok += status.get() == 200 ? 1 : 0;
            }
            System.out.println("burst: " + ok + " ok, max in flight at ElevenLabs " + InFlightLimit.maxInFlight()
                    + ", concurrency 429s " + InFlightLimit.rejected());
            assertEquals(BURST, ok);
            assertEquals(0, InFlightLimit.rejected(), "locutor itself caused concurrency 429s");
            assertTrue(InFlightLimit.maxInFlight() <= PLAN, "max in flight " + InFlightLimit.maxInFlight());
            elevenLabs.verify(BURST, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*")));
        } finally {
            callers.shutdownNow();
        }
    }
}
