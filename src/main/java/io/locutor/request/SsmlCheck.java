package io.locutor.request;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.locutor.observe.LogSafe;
import io.locutor.problem.LocutorException;

/**
 * Checks the markup in a text against what ElevenLabs reads: {@code <break time="1.5s"/>} (up to 3 s),
 * {@code <phoneme alphabet="ipa|cmu-arpabet" ph="...">word</phoneme>} and an optional {@code <speak>} around it all,
 * well-formed (quoted attributes, every element closed, properly nested). XML declarations, DOCTYPE, ENTITY,
 * comments and CDATA are refused: they would be read aloud, or expanded by a parser. A {@code <} that does not
 * start a tag ({@code 5 < 6}) is plain text.
 */
final class SsmlCheck {

    private static final Pattern TAG = Pattern.compile(
            "<(/?)([A-Za-z][A-Za-z0-9:_.-]*)((?:\\s+[A-Za-z_:][A-Za-z0-9:_.-]*\\s*=\\s*(?:\"[^\"<>]*\"|'[^'<>]*'))*)\\s*(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_:][A-Za-z0-9:_.-]*)\\s*=\\s*(?:\"([^\"<>]*)\"|'([^'<>]*)')");
    private static final Pattern TIME = Pattern.compile("(\\d{1,4}(?:\\.\\d{1,3})?)(s|ms)");
    private static final Set<String> ALPHABETS = Set.of("ipa", "cmu-arpabet");
    static final String ALLOWED = "<break time=\"1s\"/> (up to 3s), <phoneme alphabet=\"ipa\" ph=\"...\">word</phoneme>, <speak>";
    private static final double MAX_BREAK_SECONDS = 3.0;

    private SsmlCheck() {
    }

    static void check(String text) {
        if (text.indexOf('<') < 0) {
            return;
        }
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(text);
        for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            if (next == '!' || next == '?') {
                throw refused("Field \"text\" has markup at character " + i + " (\"" + LogSafe.value(text.substring(i,
                        Math.min(text.length(), i + 12))) + "...\") that is not SSML: XML declarations, DOCTYPE, ENTITY, "
                        + "comments and CDATA are not accepted. Allowed tags: " + ALLOWED + ".");
            }
            if (!Character.isLetter(next) && next != '/') {
                continue; // a plain "<", as in "5 < 6"
            }
            if (!tag.find(i) || tag.start() != i) {
                throw refused("Field \"text\" has a malformed tag at character " + i + ": close it with \">\" and quote "
                        + "attribute values, like <break time=\"1s\"/>.");
            }
            boolean closing = !tag.group(1).isEmpty();
            boolean selfClosing = !tag.group(4).isEmpty();
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (!name.equals("break") && !name.equals("phoneme") && !name.equals("speak")) {
                throw refused("Field \"text\" has the SSML tag <" + LogSafe.value(tag.group(2)) + ">, which ElevenLabs "
                        + "does not accept. Allowed tags: " + ALLOWED + ".");
            }
            if (closing) {
                if (selfClosing || !tag.group(3).isBlank()) {
                    throw refused("Field \"text\" has a malformed closing tag </" + name + "> at character " + i + ".");
                }
                if (open.isEmpty() || !open.peek().equals(name)) {
                    throw refused("Field \"text\" closes </" + name + "> at character " + i + " without a matching <"
                            + name + "> open: close tags in the order they were opened.");
                }
                open.pop();
            } else {
                attributes(name, tag.group(3), selfClosing, open);
                if (!selfClosing) {
                    open.push(name);
                }
            }
            i = tag.end() - 1;
        }
        if (!open.isEmpty()) {
            throw refused("Field \"text\" opens <" + open.peek() + "> but never closes it: add </" + open.peek() + ">.");
        }
    }

    private static void attributes(String name, String raw, boolean selfClosing, Deque<String> open) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher a = ATTRIBUTE.matcher(raw);
        while (a.find()) {
            String key = a.group(1).toLowerCase(Locale.ROOT);
            if (attributes.put(key, a.group(2) != null ? a.group(2) : a.group(3)) != null) {
                throw refused("Field \"text\": <" + name + "> has the attribute \"" + LogSafe.value(key) + "\" twice.");
            }
        }
        switch (name) {
            case "break" -> {
                if (!selfClosing) {
                    throw refused("Field \"text\": write a pause as <break time=\"1s\"/>, closed in the same tag.");
                }
                String time = attributes.remove("time");
                Matcher t = time == null ? null : TIME.matcher(time.strip());
                if (t == null || !t.matches()) {
                    throw refused("Field \"text\": <break> needs time=\"<seconds>s\" or \"<millis>ms\", like "
                            + "<break time=\"1.5s\"/>.");
                }
                double seconds = Double.parseDouble(t.group(1)) / (t.group(2).equals("ms") ? 1000 : 1);
                if (seconds > MAX_BREAK_SECONDS) {
                    throw refused("Field \"text\": a <break> is at most 3s in ElevenLabs; split a longer pause into "
                            + "several breaks or sentences.");
                }
            }
            case "phoneme" -> {
                if (selfClosing) {
                    throw refused("Field \"text\": <phoneme> wraps the word it says, like <phoneme alphabet=\"ipa\" "
                            + "ph=\"ˈtomeɪtoʊ\">tomato</phoneme>.");
                }
                if (open.contains("phoneme")) {
                    throw refused("Field \"text\": a <phoneme> cannot contain another tag.");
                }
                String alphabet = attributes.remove("alphabet");
                String ph = attributes.remove("ph");
                if (alphabet == null || !ALPHABETS.contains(alphabet.strip().toLowerCase(Locale.ROOT))
                        || ph == null || ph.isBlank()) {
                    throw refused("Field \"text\": <phoneme> needs alphabet=\"ipa\" or \"cmu-arpabet\" and a non-empty "
                            + "ph=\"...\".");
                }
            }
            default -> { // speak
                attributes.remove("xml:lang");
                if (!open.isEmpty()) {
                    throw refused("Field \"text\": <speak> can only wrap the whole text.");
                }
            }
        }
        if (!open.isEmpty() && open.peek().equals("phoneme")) {
            throw refused("Field \"text\": a <phoneme> cannot contain another tag.");
        }
        if (!attributes.isEmpty()) {
            throw refused("Field \"text\": <" + name + "> does not take the attribute \""
                    + LogSafe.value(attributes.keySet().iterator().next()) + "\". Allowed tags: " + ALLOWED + ".");
        }
    }

    private static LocutorException refused(String message) {
        return LocutorException.badRequest("text", message);
    }
}
