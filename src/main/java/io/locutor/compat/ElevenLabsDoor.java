package io.locutor.compat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.locutor.problem.LocutorException;
import io.locutor.request.SpeechRequest;
import io.locutor.request.RequestReader;
import io.locutor.request.SpeechRequests;
import io.locutor.synthesis.Speech;
import io.locutor.voice.VoiceCatalog;
import org.apache.camel.Body;
import org.apache.camel.Header;

/**
 * ElevenLabs' own API on locutor's port: {@code POST /v1/text-to-speech/{voice_id}} (and {@code /stream}) read into
 * the {@link Speech} every door builds; the voice and model listings answered in ElevenLabs' shapes.
 * <p>
 * {@code apply_text_normalization}: {@code auto} (the default) and {@code on} speak locutor's normalized text (and
 * pass the value on, as ElevenLabs would get it); {@code off} speaks the text exactly as sent: neither locutor nor
 * ElevenLabs rewrites it. Every field that changes the audio is part of the cache key.
 */
public class ElevenLabsDoor {

    static final String FIELDS = "text, model_id, language_code, voice_settings, pronunciation_dictionary_locators, "
            + "seed, previous_text, next_text, previous_request_ids, next_request_ids, use_pvc_as_ivc, "
            + "apply_text_normalization, apply_language_text_normalization";

    /** The body of {@code POST /v1/text-to-speech/{voice_id}} as ElevenLabs defines it (Body_text_to_speech_full). */
    record TextToSpeechBody(
            String text,
            @JsonProperty("model_id") String modelId,
            @JsonProperty("language_code") String languageCode,
            @JsonProperty("voice_settings") SpeechRequest.VoiceSettingsInput voiceSettings,
            @JsonProperty("pronunciation_dictionary_locators") List<DictionaryLocator> pronunciationDictionaryLocators,
            Long seed,
            @JsonProperty("previous_text") String previousText,
            @JsonProperty("next_text") String nextText,
            @JsonProperty("previous_request_ids") List<String> previousRequestIds,
            @JsonProperty("next_request_ids") List<String> nextRequestIds,
            @JsonProperty("use_pvc_as_ivc") Boolean usePvcAsIvc,
            @JsonProperty("apply_text_normalization") String applyTextNormalization,
            @JsonProperty("apply_language_text_normalization") Boolean applyLanguageTextNormalization) {
    }

    record DictionaryLocator(
            @JsonProperty("pronunciation_dictionary_id") String pronunciationDictionaryId,
            @JsonProperty("version_id") String versionId) {
    }

    private final RequestReader reader;
    private final SpeechRequests requests;
    private final VoiceCatalog voices;

    public ElevenLabsDoor(RequestReader reader, SpeechRequests requests, VoiceCatalog voices) {
        this.reader = reader;
        this.requests = requests;
        this.voices = voices;
    }

    /** The text-to-speech request: path {@code voice_id}, query {@code output_format} etc., and the JSON body. */
    public Speech speech(@Body byte[] body, @Header("voice_id") String voiceId, @Header("output_format") String outputFormat,
                         @Header("optimize_streaming_latency") String latency,
                         @Header("X-Locutor-Campaign") String campaign) {
        TextToSpeechBody in = StrictJson.read(reader, body, TextToSpeechBody.class, FIELDS);
        if (in.text() == null) {
            throw LocutorException.badRequest("text", "Field \"text\" is required.");
        }
        Speech speech = requests.validate(new SpeechRequest(in.text(), voiceId, null, in.modelId(), in.voiceSettings(),
                outputFormat, in.languageCode(), campaign));
        Map<String, Object> upstream = new LinkedHashMap<>();
        String normalization = normalization(in.applyTextNormalization());
        if (!"auto".equals(normalization)) {
            upstream.put("apply_text_normalization", normalization);
        }
        putIfSet(upstream, "seed", in.seed());
        putIfSet(upstream, "previous_text", in.previousText());
        putIfSet(upstream, "next_text", in.nextText());
        putIfSet(upstream, "previous_request_ids", in.previousRequestIds());
        putIfSet(upstream, "next_request_ids", in.nextRequestIds());
        putIfSet(upstream, "pronunciation_dictionary_locators", in.pronunciationDictionaryLocators() == null ? null
                : in.pronunciationDictionaryLocators().stream().map(d -> {
                    Map<String, Object> locator = new LinkedHashMap<>();
                    locator.put("pronunciation_dictionary_id", d.pronunciationDictionaryId());
                    putIfSet(locator, "version_id", d.versionId());
                    return locator;
                }).toList());
        if (Boolean.TRUE.equals(in.usePvcAsIvc())) {
            upstream.put("use_pvc_as_ivc", true);
        }
        if (Boolean.TRUE.equals(in.applyLanguageTextNormalization())) {
            upstream.put("apply_language_text_normalization", true);
        }
        putIfSet(upstream, "optimize_streaming_latency", latency(latency));
        return speech.withUpstream(upstream);
    }

    /** {@code GET /v2/voices}: the catalog, filtered by {@code search} and {@code voice_ids}, a page at a time. */
    public Map<String, Object> voicesPage(@Header("search") String search, @Header("voice_ids") String voiceIds,
                                          @Header("page_size") String pageSize, @Header("next_page_token") String token) {
        List<Map<String, Object>> all = listed();
        List<Map<String, Object>> matching = new ArrayList<>();
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        List<String> ids = voiceIds == null || voiceIds.isBlank() ? List.of() : List.of(voiceIds.split("\\s*,\\s*"));
        for (Map<String, Object> voice : all) {
            String name = String.valueOf(voice.get("name")).toLowerCase(Locale.ROOT);
            if ((needle.isEmpty() || name.contains(needle)) && (ids.isEmpty() || ids.contains(voice.get("voice_id")))) {
                matching.add(voice);
            }
        }
        int size = boundedInt("page_size", pageSize, 10, 1, 100);
        int from = token == null || token.isBlank() ? 0 : boundedInt("next_page_token", token, 0, 0, matching.size());
        int to = Math.min(matching.size(), from + size);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("voices", matching.subList(from, to));
        page.put("has_more", to < matching.size());
        page.put("total_count", matching.size());
        page.put("next_page_token", to < matching.size() ? Integer.toString(to) : null);
        return page;
    }

    /** {@code GET /v1/voices/{voice_id}}: one voice of the catalog, or ElevenLabs' 404 for it. */
    public Map<String, Object> voice(@Header("voice_id") String voiceId) {
        return listed().stream().filter(v -> String.valueOf(v.get("voice_id")).equals(voiceId)
                        || aliases(v).stream().anyMatch(a -> a.equalsIgnoreCase(voiceId)))
                .findFirst()
                .orElseThrow(() -> new LocutorException(404, "voice_not_found", "A voice with the voice_id " + voiceId
                        + " was not found.", "voice_id"));
    }

    /** {@code GET /v1/models}: ElevenLabs' answer as it came; an empty body means ElevenLabs could not be asked. */
    public String models(@Body String models) {
        if (models == null || !models.strip().startsWith("[")) {
            throw new LocutorException(503, "models_unavailable", "ElevenLabs' model list could not be fetched "
                    + "(is ELEVENLABS_API_KEY set?). Retry shortly.");
        }
        return models;
    }

    /** Headers ElevenLabs answers with besides the audio: what was billed, and the id to continue from. */
    public static void costHeaders(Map<String, Object> headers, String requestId, long characters) {
        headers.put("request-id", requestId);
        headers.put("x-character-count", Long.toString(characters));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> listed() {
        return (List<Map<String, Object>>) voices.listing().get("voices");
    }

    @SuppressWarnings("unchecked")
    private static List<String> aliases(Map<String, Object> voice) {
        Object aliases = voice.get("aliases");
        return aliases instanceof List<?> list ? (List<String>) list : List.of();
    }

    private static String normalization(String value) {
        if (value == null) {
            return "auto";
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (!List.of("auto", "on", "off").contains(v)) {
            throw LocutorException.badRequest("apply_text_normalization", "Field \"apply_text_normalization\" is \""
                    + value + "\"; it must be auto, on or off.");
        }
        return v;
    }

    private static Integer latency(String value) {
        return value == null || value.isBlank() ? null : boundedInt("optimize_streaming_latency", value, 0, 0, 4);
    }

    private static int boundedInt(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw LocutorException.badRequest(name, "Parameter \"" + name + "\" is \"" + value + "\"; it must be a whole "
                + "number from " + min + " to " + max + ".");
    }

    private static void putIfSet(Map<String, Object> map, String name, Object value) {
        if (value != null) {
            map.put(name, value);
        }
    }
}
