package io.locutor;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorInstance;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.StreamCache;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.spi.InterceptStrategy;
import org.apache.camel.support.processor.DelegateAsyncProcessor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a cache miss costs besides its steps (bench/README.md, "Eighth run"): no hand-off between threads inside the
 * miss (the request's route, the circuit breaker, the ElevenLabs call and the storing all run on the one worker thread
 * platform-http gave the request; a breaker with a time limiter, or any async step, would move the call to another
 * thread and add a wake-up to every miss), and no copy of the audio before it is written to its scratch file.
 */
class MissPathCostsTest {

    /** Records the thread each chosen step of the miss ran on. */
    static final class Threads extends MainListenerSupport {
        final Map<String, String> ranOn = new ConcurrentHashMap<>();
        final Map<String, Object> bodies = new ConcurrentHashMap<>();

        @Override
        public void afterConfigure(BaseMainSupport main) {
            main.getCamelContext().getCamelContextExtension().addInterceptStrategy(new InterceptStrategy() {
                @Override
                public Processor wrapProcessorInInterceptors(CamelContext context, NamedNode node, Processor target, Processor next) {
                    String id = node.getId();
                    if ("read-audio".equals(id)) {
                        return new DelegateAsyncProcessor(target) {
                            @Override
                            public boolean process(Exchange exchange, AsyncCallback callback) {
                                bodies.put(id, exchange.getMessage().getBody());
                                return super.process(exchange, callback);
                            }
                        };
                    }
                    if (!"synthesize-delivery".equals(id) && !"post-text-to-speech".equals(id) && !"store-audio".equals(id)
                            && !"synthesize-json".equals(id)) {
                        return target;
                    }
                    return new DelegateAsyncProcessor(target) {
                        @Override
                        public boolean process(Exchange exchange, AsyncCallback callback) {
                            ranOn.put(id, Thread.currentThread().getName());
                            return super.process(exchange, callback);
                        }
                    };
                }
            });
        }
    }

    @Test
    void aMissRunsOnTheThreadItsRequestWasGivenFromDoorToAnswer() throws Exception {
        WireMockServer elevenLabs = ElevenLabsSimulator.start();
        ElevenLabsSimulator.stubDefaults(elevenLabs);
        Properties settings = LocutorInstance.standalone(elevenLabs);
        Threads threads = new Threads();
        try (LocutorInstance app = LocutorInstance.start(settings, threads)) {
            CamelContext camel = app.context();
            NotifyBuilder answered = new NotifyBuilder(camel).fromRoute("post-audio").whenDone(1).create();
            HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(LocutorInstance.uri(settings, "/v1/audio"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Un hilo para toda la petición.\", \"voice\": \"Bella\"}"))
                            .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answered.matches(30, TimeUnit.SECONDS));

            String door = threads.ranOn.get("synthesize-delivery");
            assertNotNull(door, threads.ranOn.toString());
            // the audio reaches read-audio as the HTTP client's stream, not first copied by Camel's stream cache
            Object body = threads.bodies.get("read-audio");
            assertTrue(body instanceof InputStream && !(body instanceof StreamCache),
                    "the ElevenLabs answer was copied before read-audio: " + (body == null ? null : body.getClass()));
            assertEquals(Map.of("synthesize-delivery", door, "post-text-to-speech", door, "store-audio", door, "synthesize-json", door),
                    threads.ranOn, "a step of the miss ran on another thread than its request's");
        } finally {
            elevenLabs.stop();
        }
    }
}
