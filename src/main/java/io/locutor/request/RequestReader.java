package io.locutor.request;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.CharBuffer;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.locutor.observe.LogSafe;
import io.locutor.problem.LocutorException;

/**
 * The one strict reader of JSON requests, for every door (REST bodies, folder JSON files and CSV/TXT rows, queue
 * messages): valid UTF-8 (malformed bytes are refused, never turned into U+FFFD), exactly one JSON value and nothing
 * after it, bounded nesting, number and field-name lengths, no duplicate field, no lone surrogate in any string.
 * Every refusal is a 400 {@code invalid_request} whose message says what is wrong, where, and how to fix it, and
 * never names a library class, method or setting. Thread-safe; one instance can serve every door.
 */
public class RequestReader {

    /** A request is a flat object with voice_settings inside; files add one level for their array. */
    public static final int MAX_DEPTH = 8;
    public static final int MAX_NUMBER_LENGTH = 32;
    public static final int MAX_NAME_LENGTH = 64;

    private static final Pattern SOURCE = Pattern.compile("\\s*\\(?(start marker )?at \\[Source.*", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());

    /** {@code body} (bytes, text or a tree already read) as exactly one JSON object; {@code what} names it in errors. */
    public ObjectNode readObject(Object body, String what) {
        JsonNode node = read(body, what);
        if (!(node instanceof ObjectNode object)) {
            throw refused(null, "The " + what + " must be one JSON object, like {\"text\": \"Hola\"}, not "
                    + kind(node) + ".");
        }
        return object;
    }

    /** {@code body} as exactly one JSON value of any kind (an intake file may hold an array of requests). */
    public JsonNode read(Object body, String what) {
        if (body instanceof JsonNode node) {
            checkStrings(node, null);
            return node;
        }
        String text = body instanceof byte[] bytes ? utf8(bytes, what) : body == null ? null : body.toString();
        if (text != null && text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text == null || text.isBlank()) {
            throw refused(null, "The " + what + " is empty: send a JSON object with at least \"text\".");
        }
        JsonNode node;
        try (JsonParser parser = JSON.createParser(text)) {
            node = JSON.readTree(parser);
            JsonLocation at = parser.currentLocation();
            JsonToken after;
            try {
                after = parser.nextToken();
            } catch (JsonProcessingException trailing) {
                after = JsonToken.NOT_AVAILABLE;
            }
            if (after != null) {
                throw refused(null, "The " + what + " has more after its JSON value" + where(at)
                        + ": send exactly one JSON object, with nothing after its closing brace.");
            }
        } catch (StreamConstraintsException e) {
            throw refused(null, constraint(e, what));
        } catch (JsonProcessingException e) {
            throw refused(duplicateField(e), parseProblem(e, what));
        } catch (IOException e) {
            throw refused(null, "The " + what + " could not be read as JSON.");
        }
        checkStrings(node, null);
        return node;
    }

    /** Strict UTF-8: malformed or truncated sequences and encoded surrogates are refused with their byte offset. */
    static String utf8(byte[] bytes, String what) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw refused(null, "The " + what + " is not valid UTF-8 (bad byte at offset " + in.position()
                    + "): send the text encoded as UTF-8.");
        }
        out.flip();
        return out.toString();
    }

    /** Every field name and string value, at any depth, must be well-formed Unicode (no lone surrogate). */
    private static void checkStrings(JsonNode node, String path) {
        if (node.isTextual()) {
            int at = loneSurrogate(node.textValue());
            if (at >= 0) {
                String field = path == null ? null : path;
                throw refused(field, (field == null ? "A string" : "Field \"" + field + "\"") + " has a lone surrogate "
                        + "(an unpaired \\\\u" + Integer.toHexString(node.textValue().charAt(at)) + " escape) at character "
                        + at + ": send whole characters (a surrogate pair, or the character itself).");
            }
        } else if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (loneSurrogate(f.getKey()) >= 0) {
                    throw refused(null, "A field name has a lone surrogate: field names are plain ASCII, like \"text\".");
                }
                checkStrings(f.getValue(), path == null ? f.getKey() : path + "." + f.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkStrings(node.get(i), (path == null ? "" : path) + "[" + i + "]");
            }
        }
    }

    /** The index of the first unpaired surrogate in {@code s}, or -1. */
    public static int loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String constraint(StreamConstraintsException e, String what) {
        String m = String.valueOf(e.getOriginalMessage()).toLowerCase(java.util.Locale.ROOT);
        if (m.contains("nesting")) {
            return "The " + what + " nests objects or arrays deeper than " + MAX_DEPTH + " levels: a request is one flat "
                    + "object (with \"voice_settings\" inside).";
        }
        if (m.contains("number")) {
            return "The " + what + " has a number longer than " + MAX_NUMBER_LENGTH + " characters: voice settings are "
                    + "small decimals like 0.5.";
        }
        if (m.contains("name")) {
            return "The " + what + " has a field name longer than " + MAX_NAME_LENGTH + " characters: known fields are "
                    + "short names like \"text\" and \"voice\".";
        }
        return "The " + what + " is larger or deeper than a speech request can be: send one flat JSON object.";
    }

    private static String duplicateField(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.startsWith("Duplicate field '")) {
            int end = m.indexOf('\'', 17);
            return end > 17 ? m.substring(17, end) : null;
        }
        return null;
    }

    private static String parseProblem(JsonProcessingException e, String what) {
        String duplicate = duplicateField(e);
        if (duplicate != null) {
            return "Field \"" + LogSafe.value(duplicate) + "\" appears more than once in the " + what
                    + ": send each field once.";
        }
        String original = String.valueOf(e.getOriginalMessage());
        String reason = SOURCE.matcher(original.lines().findFirst().orElse("")).replaceAll("").strip();
        // Jackson's wording is kept only while it is plain prose: never a class, method or setting name.
        if (reason.isEmpty() || reason.contains("`") || reason.toLowerCase(java.util.Locale.ROOT).contains("jackson")
                || reason.matches(".*\\b[a-z]+\\.[a-z]+\\.[A-Za-z]+.*") || reason.contains("()")) {
            reason = "it is not well-formed JSON";
        }
        return "The " + what + " is not valid JSON" + where(e.getLocation()) + ": " + LogSafe.value(reason)
                + ". Send one JSON object, like {\"text\": \"Hola\"}.";
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 0 ? ""
                : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "null";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "true or false";
        }
        return "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static LocutorException refused(String field, String message) {
        return LocutorException.badRequest(field, message);
    }
}
