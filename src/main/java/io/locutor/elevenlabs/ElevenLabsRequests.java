package io.locutor.elevenlabs;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.locutor.problem.LocutorException;
import io.locutor.synthesis.Speech;
import io.locutor.synthesis.SynthesisContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.http.HttpMethods;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Headers;

/**
 * Shapes the message for an ElevenLabs call: the caller's headers are dropped (none of them may reach ElevenLabs),
 * then method, path, query, {@code xi-api-key} and the JSON body are set as the API expects them.
 */
public class ElevenLabsRequests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final java.util.Set<String> KEPT = java.util.Set.of(Exchange.REDELIVERED, Exchange.REDELIVERY_COUNTER,
            Exchange.REDELIVERY_MAX_COUNTER);

    private final ElevenLabsConfig config;

    public ElevenLabsRequests(ElevenLabsConfig config) {
        this.config = config;
    }

    /**
     * {@code POST /v1/text-to-speech/{voice_id}}: the whole audio in one answer. The first step of an attempt's call, so
     * it also keeps which attempt this is for {@link ElevenLabsErrors#classify} (a bean step of its own cost a whole
     * bean invocation on every miss; bench/README.md, "Twenty-third run").
     */
    public String textToSpeech(@ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis, @Headers Map<String, Object> headers,
                               @ExchangeProperty("previousRequestIds") java.util.List<String> previous, Exchange exchange)
            throws JsonProcessingException {
        ElevenLabsErrors.keepAttemptCount(exchange);
        Speech speech = synthesis.speech();
        Map<String, Object> body = tts(speech, headers, "");
        // a part of a long text: the parts before it (at most 3, the latest), for continuity
        if (previous != null && !previous.isEmpty()) {
            body.put("previous_request_ids", previous.subList(Math.max(0, previous.size() - 3), previous.size()));
        }
        return JSON.writeValueAsString(body);
    }

    /** {@code POST /v1/text-to-speech/{voice_id}/stream}: the audio in chunks as it is generated. */
    public String textToSpeechStream(@ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis, @Headers Map<String, Object> headers)
            throws JsonProcessingException {
        Speech speech = synthesis.speech();
        return JSON.writeValueAsString(tts(speech, headers, "/stream"));
    }

    /**
     * {@code POST /v1/text-to-speech/{voice_id}/with-timestamps} (or {@code /stream/with-timestamps}): the audio in
     * base64 with its character alignment, as JSON.
     */
    public String textToSpeechWithTimestamps(@ExchangeProperty(SynthesisContext.PROPERTY) SynthesisContext synthesis, @Headers Map<String, Object> headers,
                                             @ExchangeProperty("timestampsPath") String suffix) throws JsonProcessingException {
        Speech speech = synthesis.speech();
        String body = JSON.writeValueAsString(tts(speech, headers, suffix));
        headers.put("Accept", "application/json");
        return body;
    }

    /** {@code GET /v1/models}: each model's per-request text limit. */
    public String models(@Headers Map<String, Object> headers) {
        requireApiKey();
        call(headers, HttpMethods.GET, "/v1/models", null, "application/json");
        return null;
    }

    /** {@code GET /v1/voices}. */
    public String voices(@Headers Map<String, Object> headers) {
        call(headers, HttpMethods.GET, "/v1/voices", null, "application/json");
        return null;
    }

    /** {@code GET /v1/user/subscription}: the plan's characters used, limit and next reset. */
    public String subscription(@Headers Map<String, Object> headers) {
        requireApiKey();
        call(headers, HttpMethods.GET, "/v1/user/subscription", null, "application/json");
        return null;
    }

    /** Refuses before any call when no key is configured, naming the variable to set. */
    public void requireApiKey() {
        if (!config.hasApiKey()) {
            throw new LocutorException(503, "elevenlabs_api_key_missing", "ELEVENLABS_API_KEY is not set, so new audio "
                    + "cannot be generated (audio already cached is still served). Set ELEVENLABS_API_KEY and restart locutor.");
        }
    }

    private Map<String, Object> tts(Speech speech, Map<String, Object> headers, String suffix) {
        requireApiKey();
        call(headers, HttpMethods.POST, "/v1/text-to-speech/" + speech.voiceId() + suffix,
                "output_format=" + speech.format().name() + query(speech), speech.format().contentType());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", speech.normalizedText());
        body.put("model_id", speech.modelId());
        body.put("voice_settings", speech.settings());
        // multilingual_v2 rejects language_code; only models known to accept it get one.
        if (speech.language() != null && config.languageCodeModels().contains(speech.modelId())) {
            body.put("language_code", primaryLanguage(speech.language()));
        }
        speech.upstream().forEach((name, value) -> {
            if (!QUERY_FIELDS.contains(name)) {
                body.put(name, value);
            }
        });
        return body;
    }

    /** Fields of the ElevenLabs-compatible door that travel in ElevenLabs' query string rather than its body. */
    public static final java.util.Set<String> QUERY_FIELDS = java.util.Set.of("optimize_streaming_latency");

    private static String query(Speech speech) {
        StringBuilder query = new StringBuilder();
        for (String name : new java.util.TreeSet<>(QUERY_FIELDS)) {
            Object value = speech.upstream().get(name);
            if (value != null) {
                query.append('&').append(name).append('=')
                        .append(java.net.URLEncoder.encode(value.toString(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    private void call(Map<String, Object> headers, HttpMethods method, String path, String query, String accept) {
        // Camel's error handler counts attempts in these headers: clearing them would make every retry the first.
        headers.keySet().removeIf(name -> !KEPT.contains(name));
        // The method as the enum Camel's HTTP producer reads it as: given the text "POST", the producer converts it on
        // every call, and Camel finds no cached String-to-enum converter, so each call walked the converter registry
        // (9% of a cache miss's worker CPU in a JFR profile; bench/README.md, "Sixth run").
        headers.put(Exchange.HTTP_METHOD, method);
        headers.put(Exchange.HTTP_PATH, path);
        if (query != null) {
            headers.put(Exchange.HTTP_QUERY, query);
        }
        headers.put("xi-api-key", config.apiKey());
        headers.put("Accept", accept);
        if (method == HttpMethods.POST) {
            headers.put(Exchange.CONTENT_TYPE, "application/json");
        }
    }

    /** ElevenLabs takes ISO 639-1 ({@code es}), callers may send a locale ({@code es-MX}). */
    static String primaryLanguage(String language) {
        int dash = language.indexOf('-') > 0 ? language.indexOf('-') : language.indexOf('_');
        return (dash > 0 ? language.substring(0, dash) : language).toLowerCase(java.util.Locale.ROOT);
    }
}
