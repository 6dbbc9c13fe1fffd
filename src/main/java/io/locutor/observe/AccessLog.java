package io.locutor.observe;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request, whatever door it came in by, on its own logger ({@value #LOGGER}) so it can be routed or
 * silenced apart from the application log. Every value a caller could have chosen goes through {@link LogSafe}.
 */
public class AccessLog {

    public static final String LOGGER = "locutor.access";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** {@code off}, {@code text} (key=value) or {@code json}. */
    public enum Format { OFF, TEXT, JSON }

    /** What the line says about one request. */
    public record Entry(String door, String outcome, int status, long millis, long characters, String voice,
                        String model, String campaign, String requestId) {
    }

    private final Format format;

    public AccessLog(String format) {
        try {
            this.format = Format.valueOf(format.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Setting locutor.log.access must be off, text or json, not \""
                    + LogSafe.value(format) + "\"");
        }
    }

    public void write(Entry entry) {
        if (format == Format.OFF || !LOG.isInfoEnabled()) {
            return;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("door", LogSafe.value(entry.door()));
        fields.put("outcome", LogSafe.value(entry.outcome()));
        fields.put("status", entry.status());
        fields.put("ms", entry.millis());
        fields.put("chars", entry.characters());
        fields.put("voice", LogSafe.value(entry.voice()));
        fields.put("model", LogSafe.value(entry.model()));
        fields.put("campaign", LogSafe.value(entry.campaign()));
        fields.put("request_id", LogSafe.value(entry.requestId()));
        LOG.info(format == Format.JSON ? json(fields) : text(fields));
    }

    private static String text(Map<String, Object> fields) {
        StringBuilder line = new StringBuilder();
        fields.forEach((name, value) -> {
            String shown = String.valueOf(value);
            boolean quote = shown.isEmpty() || shown.indexOf(' ') >= 0 || shown.indexOf('"') >= 0 || shown.indexOf('=') >= 0;
            line.append(line.isEmpty() ? "" : " ").append(name).append('=')
                    .append(quote ? '"' + shown.replace("\"", "\\\"") + '"' : shown);
        });
        return line.toString();
    }

    private static String json(Map<String, Object> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            return text(fields);
        }
    }
}
