package io.locutor.elevenlabs;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.locutor.request.OutputFormat;
import io.locutor.request.VoiceSettings;
import io.locutor.synthesis.Speech;
import io.locutor.synthesis.SynthesisContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.http.HttpMethods;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The message shaped for an ElevenLabs call. The method travels as the enum Camel's HTTP producer reads it as: the text
 * "POST" made the producer look for a String-to-enum converter on every call, walking Camel's whole converter registry
 * (bench/README.md, "Sixth run"). The calls themselves are tested against WireMock by the route tests.
 */
class ElevenLabsRequestsTest {

    private final ElevenLabsRequests requests = new ElevenLabsRequests(new ElevenLabsConfig("sk_test", "http://127.0.0.1:1",
            4, 5, 5, 30, Set.of()));

    @Test
    void synthesisCallsCarryTheMethodAsCamelsHttpMethodEnum() throws Exception {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        Speech speech = Speech.requested("Hola", "Bella", "eleven_multilingual_v2", VoiceSettings.DEFAULTS,
                        OutputFormat.of(OutputFormat.DEFAULT), "es", null)
                .withVoice("AZnzlk1XvdvUeBnXmlld", "eleven_multilingual_v2").withNormalized("es", "Hola", "1").withCacheKey("k");
        SynthesisContext synthesis = SynthesisContext.start(exchange, speech);

        Map<String, Object> whole = callerHeaders();
        requests.textToSpeech(synthesis, whole, null, exchange);
        assertSame(HttpMethods.POST, whole.get(Exchange.HTTP_METHOD));
        assertEquals("/v1/text-to-speech/AZnzlk1XvdvUeBnXmlld", whole.get(Exchange.HTTP_PATH));
        assertEquals("application/json", whole.get(Exchange.CONTENT_TYPE));
        assertFalse(whole.containsKey("Authorization"), "a caller's header reached ElevenLabs");

        Map<String, Object> streamed = callerHeaders();
        requests.textToSpeechStream(synthesis, streamed);
        assertSame(HttpMethods.POST, streamed.get(Exchange.HTTP_METHOD));
        assertEquals("/v1/text-to-speech/AZnzlk1XvdvUeBnXmlld/stream", streamed.get(Exchange.HTTP_PATH));
    }

    @Test
    void readCallsCarryGetAsTheEnumAndNoBodyType() {
        Map<String, Object> models = callerHeaders();
        requests.models(models);
        assertSame(HttpMethods.GET, models.get(Exchange.HTTP_METHOD));
        assertFalse(models.containsKey(Exchange.CONTENT_TYPE));

        Map<String, Object> voices = callerHeaders();
        requests.voices(voices);
        assertSame(HttpMethods.GET, voices.get(Exchange.HTTP_METHOD));
        assertEquals("/v1/voices", voices.get(Exchange.HTTP_PATH));
    }

    private static Map<String, Object> callerHeaders() {
        Map<String, Object> headers = new HashMap<>();
        headers.put("Authorization", "Bearer caller-secret");
        headers.put(Exchange.CONTENT_TYPE, "text/plain");
        return headers;
    }
}
