package io.locutor.request;

import java.util.Map;

import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.locutor.observe.LogSafe;
import io.locutor.problem.LocutorException;
import io.locutor.synthesis.Speech;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.apache.camel.Headers;

/**
 * Turns what a caller sent (JSON body, file item, queue message or query parameters) into a validated {@link Speech},
 * or a 400 naming the field and the fix. JSON goes through the one strict {@link RequestReader}; fields are typed
 * (a string is a string: {@code "text": 5} is refused, not read as "5").
 */
public class SpeechRequests {

    static final List<String> FIELDS = List.of("text", "voice", "voice_id", "model_id", "voice_settings", "output_format",
            "language", "campaign");
    private static final List<String> SETTINGS = List.of("stability", "similarity_boost", "style", "use_speaker_boost", "speed");

    private final int maxTextLength;
    private final RequestReader reader;

    public SpeechRequests(int maxTextLength) {
        this(maxTextLength, new RequestReader());
    }

    public SpeechRequests(int maxTextLength, RequestReader reader) {
        this.maxTextLength = maxTextLength;
        this.reader = reader;
    }

    /** Parses and validates a JSON request (bytes or text as sent, or an object another step already read). */
    public Speech fromJson(@Body Object body, @Header("Content-Type") String contentType, Exchange exchange) {
        // the HTTP body as the bytes sent (a server buffer's own toString would turn bad UTF-8 into U+FFFD)
        if (body != null && !(body instanceof String) && !(body instanceof byte[]) && !(body instanceof JsonNode)) {
            byte[] bytes = exchange.getContext().getTypeConverter().tryConvertTo(byte[].class, exchange, body);
            body = bytes != null ? bytes : body;
        }
        return parse(body, contentType);
    }

    /** The same, for callers outside a route (a file item, a test). */
    public Speech parse(Object body, String contentType) {
        if (body == null || (body instanceof String s && s.isBlank()) || (body instanceof byte[] b && b.length == 0)) {
            boolean labelledJson = contentType == null || contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
            throw LocutorException.badRequest(null, labelledJson
                    ? "The request body is empty: send a JSON object with at least \"text\"."
                    : "The request was sent as " + LogSafe.value(contentType) + ": send the JSON body with the header "
                    + "Content-Type: application/json.");
        }
        return validate(typed(reader.readObject(body, "request body")));
    }

    /** The request's fields, each checked for its JSON type; unknown fields are refused by name. */
    static SpeechRequest typed(ObjectNode node) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw LocutorException.badRequest(LogSafe.value(name), "Unknown field \"" + LogSafe.value(name)
                        + "\". Known fields: " + String.join(", ", FIELDS) + ".");
            }
        }
        JsonNode settings = node.get("voice_settings");
        SpeechRequest.VoiceSettingsInput voiceSettings = null;
        if (settings != null && !settings.isNull()) {
            if (!settings.isObject()) {
                throw LocutorException.badRequest("voice_settings", "Field \"voice_settings\" must be an object, like "
                        + "{\"stability\": 0.5}, not " + kind(settings) + ".");
            }
            for (Iterator<String> names = settings.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!SETTINGS.contains(name)) {
                    throw LocutorException.badRequest("voice_settings." + LogSafe.value(name), "Unknown field "
                            + "\"voice_settings." + LogSafe.value(name) + "\". Known: " + String.join(", ", SETTINGS) + ".");
                }
            }
            voiceSettings = new SpeechRequest.VoiceSettingsInput(number(settings, "stability"),
                    number(settings, "similarity_boost"), number(settings, "style"),
                    bool(settings, "use_speaker_boost"), number(settings, "speed"));
        }
        return new SpeechRequest(string(node, "text"), string(node, "voice"), string(node, "voice_id"),
                string(node, "model_id"), voiceSettings, string(node, "output_format"), string(node, "language"),
                string(node, "campaign"));
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw LocutorException.badRequest(field, "Field \"" + field + "\" must be a string (in double quotes), not "
                    + kind(v) + ".");
        }
        return v.textValue();
    }

    private static Double number(JsonNode settings, String name) {
        JsonNode v = settings.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw LocutorException.badRequest("voice_settings." + name, "Field \"voice_settings." + name
                    + "\" must be a number, like 0.5, not " + kind(v) + ".");
        }
        return v.doubleValue();
    }

    private static Boolean bool(JsonNode settings, String name) {
        JsonNode v = settings.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw LocutorException.badRequest("voice_settings." + name, "Field \"voice_settings." + name
                    + "\" must be true or false, not " + kind(v) + ".");
        }
        return v.booleanValue();
    }

    private static String kind(JsonNode v) {
        return switch (v.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> "null";
        };
    }

    /** Builds and validates a request from query parameters ({@code GET /audio/stream?text=...&voice_id=...}). */
    public Speech fromQuery(@Headers Map<String, Object> params) {
        SpeechRequest request = new SpeechRequest(
                string(params, "text"), string(params, "voice"), string(params, "voice_id"), string(params, "model_id"),
                new SpeechRequest.VoiceSettingsInput(number(params, "stability"), number(params, "similarity_boost"),
                        number(params, "style"), bool(params, "use_speaker_boost"), number(params, "speed")),
                string(params, "output_format"), string(params, "language"), string(params, "campaign"));
        return validate(request);
    }

    /** Control characters (but line breaks and tabs) say nothing ElevenLabs can speak; they are dropped. */
    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");
    /** Languages the normalizer reads; any region of them is accepted and passed on as written. */
    private static final java.util.Set<String> LANGUAGES = java.util.Set.of("es", "en");

    public Speech validate(SpeechRequest request) {
        String text = request.text() == null ? null : CONTROL.matcher(request.text()).replaceAll("");
        if (text != null) {
            int lone = RequestReader.loneSurrogate(text);
            if (lone >= 0) {
                throw LocutorException.badRequest("text", "Field \"text\" has a lone surrogate at character " + lone
                        + ": send whole characters (valid UTF-8 or a surrogate pair).");
            }
            SsmlCheck.check(text);
        }
        if (text == null || text.isBlank()) {
            throw LocutorException.badRequest("text", "Field \"text\" is required and must not be empty.");
        }
        if (text.length() > maxTextLength) {
            throw new LocutorException(413, "text_too_long", "Field \"text\" has " + text.length()
                    + " characters; the limit is " + maxTextLength + ". Split the script into shorter requests.", "text");
        }
        String format = request.outputFormat() == null || request.outputFormat().isBlank()
                ? OutputFormat.DEFAULT : request.outputFormat();
        OutputFormat outputFormat;
        try {
            outputFormat = OutputFormat.of(format);
        } catch (IllegalArgumentException e) {
            throw LocutorException.badRequest("output_format", "Unknown output_format \"" + format
                    + "\". Allowed: " + String.join(", ", OutputFormat.ALLOWED) + ".");
        }
        return Speech.requested(text.strip(), blankToNull(request.voiceAsked()), blankToNull(request.modelId()),
                settings(request.voiceSettings()), outputFormat, language(blankToNull(request.language())),
                blankToNull(request.campaign()));
    }

    /**
     * A well-formed BCP 47 tag whose language is Spanish or English (any region: es, es-MX, en-GB), passed on as
     * written; anything else is refused rather than echoed back or guessed.
     */
    static String language(String tag) {
        if (tag == null) {
            return null;
        }
        String examples = "Accepted: es, en, or a regional tag such as es-MX, es-ES, en-US, en-GB.";
        java.util.Locale locale;
        try {
            locale = new java.util.Locale.Builder().setLanguageTag(tag).build();
        } catch (java.util.IllformedLocaleException e) {
            throw LocutorException.badRequest("language", "Field \"language\" is \"" + LogSafe.value(tag)
                    + "\", which is not a language tag. " + examples);
        }
        if (!LANGUAGES.contains(locale.getLanguage())) {
            throw LocutorException.badRequest("language", "Field \"language\" is \"" + LogSafe.value(tag)
                    + "\", a language locutor does not speak. " + examples);
        }
        return tag;
    }

    private static VoiceSettings settings(SpeechRequest.VoiceSettingsInput in) {
        VoiceSettings d = VoiceSettings.DEFAULTS;
        if (in == null) {
            return d;
        }
        return new VoiceSettings(
                inRange("voice_settings.stability", in.stability(), d.stability(), 0, 1),
                inRange("voice_settings.similarity_boost", in.similarityBoost(), d.similarityBoost(), 0, 1),
                inRange("voice_settings.style", in.style(), d.style(), 0, 1),
                in.useSpeakerBoost() == null ? d.useSpeakerBoost() : in.useSpeakerBoost(),
                inRange("voice_settings.speed", in.speed(), d.speed(), 0.7, 1.2));
    }

    private static double inRange(String field, Double value, double fallback, double min, double max) {
        if (value == null) {
            return fallback;
        }
        if (value.isNaN() || value < min || value > max) {
            throw LocutorException.badRequest(field, "Field \"" + field + "\" is " + value + "; it must be between "
                    + min + " and " + max + ".");
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String string(Map<String, Object> params, String name) {
        Object v = params.get(name);
        return v == null ? null : v.toString();
    }

    private static Double number(Map<String, Object> params, String name) {
        String v = string(params, name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(v.trim());
        } catch (NumberFormatException e) {
            throw LocutorException.badRequest(name, "Parameter \"" + name + "\" must be a number, not \"" + v + "\".");
        }
    }

    private static Boolean bool(Map<String, Object> params, String name) {
        String v = string(params, name);
        if (v == null || v.isBlank()) {
            return null;
        }
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
            throw LocutorException.badRequest(name, "Parameter \"" + name + "\" must be true or false, not \"" + v + "\".");
        }
        return Boolean.valueOf(v);
    }
}
