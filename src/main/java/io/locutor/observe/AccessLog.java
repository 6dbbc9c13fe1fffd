package io.locutor.observe;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.message.AsynchronouslyFormattable;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.util.StringBuilderFormattable;

/**
 * One line per request, whatever door it came in by, on its own logger ({@value #LOGGER}) so it can be routed or
 * silenced apart from the application log. Every value a caller could have chosen goes through {@link LogSafe}.
 *
 * <p>The request's thread (an HTTP event loop, for the doors answering there) only hands Log4j the entry: the line is
 * laid out where it is written, on the access appender's own thread (log4j2.properties), by a message Log4j may format
 * in the background ({@link AsynchronouslyFormattable}: the entry is immutable). Built on the event loop, through a map,
 * five escapes and a string, the line was a quarter of a stored-audio GET door's samples (bench/README.md "Eighth run").
 */
public class AccessLog {

    public static final String LOGGER = "locutor.access";
    private static final Logger LOG = LogManager.getLogger(LOGGER);
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
        LOG.info(new Line(entry, format));
    }

    /** The line of one entry, laid out when (and on the thread where) it is written. */
    @AsynchronouslyFormattable
    private static final class Line implements Message, StringBuilderFormattable {
        private final Entry entry;
        private final Format format;

        Line(Entry entry, Format format) {
            this.entry = entry;
            this.format = format;
        }

        @Override
        public void formatTo(StringBuilder line) {
            if (format == Format.JSON) {
                line.append(json(entry));
                return;
            }
            Entry e = entry;
            field(line.append("door="), LogSafe.value(e.door()));
            field(line.append(" outcome="), LogSafe.value(e.outcome()));
            line.append(" status=").append(e.status()).append(" ms=").append(e.millis()).append(" chars=").append(e.characters());
            field(line.append(" voice="), LogSafe.value(e.voice()));
            field(line.append(" model="), LogSafe.value(e.model()));
            field(line.append(" campaign="), LogSafe.value(e.campaign()));
            field(line.append(" request_id="), LogSafe.value(e.requestId()));
        }

        @Override
        public String getFormattedMessage() {
            StringBuilder line = new StringBuilder(160);
            formatTo(line);
            return line.toString();
        }

        @Override
        public Object[] getParameters() {
            return null;
        }

        @Override
        public Throwable getThrowable() {
            return null;
        }
    }

    /** A text field's value: quoted (inner quotes escaped) when empty or holding a space, a quote or an equals sign. */
    private static void field(StringBuilder line, String shown) {
        boolean quote = shown.isEmpty() || shown.indexOf(' ') >= 0 || shown.indexOf('"') >= 0 || shown.indexOf('=') >= 0;
        if (quote) {
            line.append('"').append(shown.replace("\"", "\\\"")).append('"');
        } else {
            line.append(shown);
        }
    }

    private static String json(Entry entry) {
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
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            StringBuilder line = new StringBuilder();
            new Line(entry, Format.TEXT).formatTo(line);
            return line.toString();
        }
    }
}
