package io.locutor.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.nio.ByteBuffer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.locutor.problem.LocutorException;
import io.locutor.problem.Problem;
import io.locutor.observe.LogSafe;
import io.locutor.request.RequestReader;
import io.locutor.request.SpeechRequests;
import io.locutor.synthesis.Speech;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.camel.Body;
import org.apache.camel.Header;

/**
 * Reads a dropped file as speech requests: {@code .txt} (one script, optional {@code voice:}/{@code campaign:}/
 * {@code language:} header lines then a blank line), {@code .json} (one /v1/audio request or an array) or {@code .csv}
 * (a campaign: {@code contact_id} plus {@code text}, or template variables). A file that cannot be read at all is an
 * {@link IntakeFileException} saying where; a bad item is an item with its error, so it does not sink the others.
 */
public class ScriptFiles {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The same strict reader as every other door; a file may hold one request object or an array of them. */
    private static final RequestReader READER = new RequestReader();
    private static final Pattern LINE_COLUMN = Pattern.compile("\\(line (\\d+), column (\\d+)\\)");
    /** Commons CSV names the line where a quoted field started but never ended. */
    private static final Pattern CSV_START_LINE = Pattern.compile("\\(startline (\\d+)\\)|[Ll]ine:? (\\d+)");
    private static final Pattern TXT_HEADER = Pattern.compile("^(voice|campaign|language)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SETTING = Pattern.compile("^\\s*(template|campaign|voice|language|callback_url)\\s*:\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");
    private static final Pattern CSV_POSITION = Pattern.compile("position:? (\\d+)");

    private final SpeechRequests requests;
    private final Deliveries deliveries;
    private final Map<String, String> campaignSettings;

    /** @param campaignSettings settings under {@code locutor.campaign.}, keyed {@code <name>.template}, {@code <name>.callback-url} */
    public ScriptFiles(SpeechRequests requests, Deliveries deliveries, Map<String, String> campaignSettings) {
        this.requests = requests;
        this.deliveries = deliveries;
        this.campaignSettings = campaignSettings;
    }

    public List<IntakeItem> read(@Body byte[] content, @Header("CamelFileName") String fileName) {
        if (content == null || content.length == 0) {
            throw new IntakeFileException("The file is empty (0 bytes): write the script (or the JSON/CSV requests) "
                    + "into it and drop it again.", null, null);
        }
        String text = utf8(content);
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return csv(text, baseName(fileName));
        }
        if (lower.endsWith(".json")) {
            return json(text, baseName(fileName));
        }
        return List.of(txt(text, baseName(fileName)));
    }

    private IntakeItem txt(String text, String name) {
        String[] lines = text.split("\\R", -1);
        Map<String, String> header = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.length && TXT_HEADER.matcher(lines[i].strip()).matches()) {
            Matcher m = TXT_HEADER.matcher(lines[i].strip());
            m.matches();
            header.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
            i++;
        }
        boolean hasHeader = !header.isEmpty() && i < lines.length && lines[i].isBlank();
        String script = hasHeader ? String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length)).strip() : text.strip();
        if (script.isEmpty()) {
            throw new IntakeFileException("The script is empty: write the text to speak"
                    + (hasHeader ? " after the header lines and a blank line." : "."), (long) (hasHeader ? i + 2 : 1), 1L);
        }
        ObjectNode request = JSON.createObjectNode().put("text", script);
        if (hasHeader) {
            header.forEach(request::put);
        }
        String campaign = hasHeader ? header.get("campaign") : null;
        Delivery delivery = new Delivery(Delivery.FILE, name, campaignCallback(campaign), null, null, false);
        return item(0, hasHeader ? (long) i + 2 : 1L, request, delivery);
    }

    private List<IntakeItem> json(String text, String name) {
        JsonNode root;
        try {
            root = READER.read(text, "file");
        } catch (LocutorException e) {
            throw new IntakeFileException(e.getMessage(), lineIn(e.getMessage()), columnIn(e.getMessage()));
        }
        List<JsonNode> objects = new ArrayList<>();
        if (root instanceof ArrayNode array) {
            array.forEach(objects::add);
        } else if (root instanceof ObjectNode) {
            objects.add(root);
        }
        if (objects.isEmpty()) {
            throw new IntakeFileException("The file must hold one request object (the /v1/audio body) or a non-empty array "
                    + "of them.", 1L, 1L);
        }
        List<IntakeItem> items = new ArrayList<>();
        for (int n = 0; n < objects.size(); n++) {
            String id = objects.size() == 1 ? name : name + "#" + (n + 1);
            if (!(objects.get(n) instanceof ObjectNode object)) {
                items.add(new IntakeItem(n, null, null, new Delivery(Delivery.FILE, id, null, null, null, false),
                        new Problem.Detail("invalid_request", "Item " + (n + 1) + " is not a JSON object.", null)));
                continue;
            }
            ObjectNode request = object.deepCopy();
            try {
                Delivery delivery = deliveries.fromFileItem(request, id, campaignCallback(text(request.get("campaign"))));
                items.add(item(n, null, request, delivery));
            } catch (LocutorException e) {
                items.add(failed(n, null, id, e));
            }
        }
        return items;
    }

    private List<IntakeItem> csv(String text, String name) {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter(text))
                .setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#')
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<IntakeItem> items = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Map<String, String> settings = settings(parser.getHeaderComment());
            Map<String, String> columns = new LinkedHashMap<>();
            for (String header : parser.getHeaderNames()) {
                columns.put(header.strip().toLowerCase(Locale.ROOT), header);
            }
            long headerLine = headerLine(text);
            if (!columns.containsKey("contact_id")) {
                throw new IntakeFileException("The CSV header has no \"contact_id\" column (found: "
                        + LogSafe.value(String.join(", ", parser.getHeaderNames())) + ").", headerLine, 1L);
            }
            String campaign = settings.get("campaign");
            String template = settings.containsKey("template") ? settings.get("template")
                    : campaign == null ? null : campaignSettings.get(campaign + ".template");
            if (!columns.containsKey("text") && template == null) {
                throw new IntakeFileException("The CSV needs a \"text\" column, or a template: a comment line "
                        + "\"# template: Hola {nombre}, ...\" before the header, or locutor.campaign.<name>.template for "
                        + "the campaign named by \"# campaign: <name>\".", headerLine, 1L);
            }
            if (!columns.containsKey("text")) {
                Matcher m = PLACEHOLDER.matcher(template);
                while (m.find()) {
                    if (!columns.containsKey(m.group(1).strip().toLowerCase(Locale.ROOT))) {
                        throw new IntakeFileException("The template uses {" + m.group(1) + "} but the CSV has no column \""
                                + m.group(1) + "\".", headerLine, 1L);
                    }
                }
            }
            String callback = settings.containsKey("callback_url")
                    ? deliveries.checkedCallback("callback_url", settings.get("callback_url")) : campaignCallback(campaign);
            int n = 0;
            for (CSVRecord record : parser) {
                long line = lineOf(text, record.getCharacterPosition());
                String id = value(record, columns, "contact_id");
                Delivery delivery = new Delivery(Delivery.FILE, id != null ? id : "line " + line, callback, null, null, false);
                try {
                    if (id == null) {
                        throw LocutorException.badRequest("contact_id", "Line " + line + ": \"contact_id\" is empty.");
                    }
                    ObjectNode request = JSON.createObjectNode().put("text", columns.containsKey("text")
                            ? required(record, columns, "text", line) : fill(template, record, columns, line));
                    putIfSet(request, "voice", value(record, columns, "voice"), settings.get("voice"));
                    putIfSet(request, "language", value(record, columns, "language"), settings.get("language"));
                    putIfSet(request, "campaign", value(record, columns, "campaign"), campaign);
                    items.add(item(n, line, request, delivery));
                } catch (LocutorException e) {
                    items.add(new IntakeItem(n, line, null, delivery, detail(e)));
                }
                n++;
            }
        } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            throw csvProblem(text, e);
        }
        if (items.isEmpty()) {
            throw new IntakeFileException("The CSV has a header but no rows.", null, null);
        }
        return items;
    }

    private IntakeItem item(int index, Long line, ObjectNode request, Delivery delivery) {
        try {
            Speech speech = requests.parse(request, "application/json");
            return new IntakeItem(index, line, speech, delivery, null);
        } catch (LocutorException e) {
            return new IntakeItem(index, line, null, delivery, detail(e));
        }
    }

    private static IntakeItem failed(int index, Long line, String id, LocutorException e) {
        return new IntakeItem(index, line, null, new Delivery(Delivery.FILE, id, null, null, null, false), detail(e));
    }

    private static Problem.Detail detail(LocutorException e) {
        return new Problem.Detail(e.code(), e.getMessage(), e.field());
    }

    private String campaignCallback(String campaign) {
        return campaign == null ? null
                : deliveries.checkedCallback("locutor.campaign." + campaign + ".callback-url",
                        campaignSettings.get(campaign + ".callback-url"));
    }

    private static String fill(String template, CSVRecord record, Map<String, String> columns, long line) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(required(record, columns, m.group(1).strip().toLowerCase(Locale.ROOT), line)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String required(CSVRecord record, Map<String, String> columns, String column, long line) {
        String v = value(record, columns, column);
        if (v == null) {
            throw LocutorException.badRequest(column, "Line " + line + ": \"" + column + "\" is empty"
                    + (record.size() < columns.size() ? " (the row has " + record.size() + " values, the header "
                    + columns.size() + ")" : "") + ".");
        }
        return v;
    }

    private static String value(CSVRecord record, Map<String, String> columns, String column) {
        String header = columns.get(column);
        if (header == null || !record.isSet(header)) {
            return null;
        }
        String v = record.get(header);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static void putIfSet(ObjectNode request, String field, String value, String fallback) {
        String v = value != null ? value : fallback;
        if (v != null && !v.isBlank()) {
            request.put(field, v.strip());
        }
    }

    /** "# key: value" comment lines before the header. */
    private static Map<String, String> settings(String headerComment) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (headerComment != null) {
            for (String line : headerComment.split("\\R")) {
                Matcher m = SETTING.matcher(line);
                if (m.matches()) {
                    settings.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
                }
            }
        }
        return settings;
    }

    /** ';' when the header line has more semicolons than commas (spreadsheets in Spanish locales write those). */
    private static char delimiter(String text) {
        String header = text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElse("");
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static long headerLine(String text) {
        long line = 1;
        for (String l : text.split("\\R", -1)) {
            if (!l.isBlank() && !l.startsWith("#")) {
                return line;
            }
            line++;
        }
        return 1;
    }

    private static IntakeFileException csvProblem(String text, Exception e) {
        if (e instanceof IntakeFileException known) {
            return known;
        }
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        Matcher m = CSV_POSITION.matcher(message);
        if (m.find()) {
            long position = Long.parseLong(m.group(1));
            return new IntakeFileException("The CSV cannot be read: " + message, lineOf(text, position), columnOf(text, position));
        }
        Matcher start = CSV_START_LINE.matcher(message);
        if (start.find()) {
            long line = Long.parseLong(start.group(1) != null ? start.group(1) : start.group(2));
            String[] lines = text.split("\\R", -1);
            String row = line >= 1 && line <= lines.length ? lines[(int) line - 1] : "";
            int quote = row.indexOf('"');
            return new IntakeFileException("The CSV cannot be read: a quoted field opened on line " + line
                    + (quote >= 0 ? ", column " + (quote + 1) : "") + " is never closed. Close the quotes (write a \" "
                    + "inside a quoted field as \"\").", line, quote >= 0 ? quote + 1L : 1L);
        }
        return new IntakeFileException("The CSV cannot be read: " + LogSafe.value(message), null, null);
    }

    private static long lineOf(String text, long position) {
        long line = 1;
        for (int i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static long columnOf(String text, long position) {
        int end = (int) Math.min(position, text.length());
        return end - text.lastIndexOf('\n', end - 1);
    }

    private static String utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new IntakeFileException("The file is not UTF-8 text: save it as UTF-8 and drop it again.", null, null);
        }
    }

    private static String text(JsonNode node) {
        return node == null || !node.isTextual() || node.asText().isBlank() ? null : node.asText().strip();
    }

    private static Long lineIn(String message) {
        Matcher m = LINE_COLUMN.matcher(message);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }

    private static Long columnIn(String message) {
        Matcher m = LINE_COLUMN.matcher(message);
        return m.find() ? Long.valueOf(m.group(2)) : null;
    }

    static String baseName(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
