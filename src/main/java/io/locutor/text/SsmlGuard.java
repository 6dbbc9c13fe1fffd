package io.locutor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates the SSML that ElevenLabs accepts from the plain text around it. {@code <break .../>}, a whole
 * {@code <phoneme ...>word</phoneme>} element (the word is spoken by its phonemes, so it is not normalized either)
 * and {@code <speak>}/{@code </speak>} pass through untouched. Any other {@code <} or {@code >} is plain text and is
 * spoken by {@link TokenScanner} ("menor que"/"less than"), as is {@code &} ("y"/"and"), so what reaches the
 * provider never holds markup it would misparse.
 */
final class SsmlGuard {
    private static final Pattern KEPT = Pattern.compile(
            "<break\\b[^<>]{0,200}/>"
                    + "|<phoneme\\b[^<>]{0,500}>[^<>]{0,500}</phoneme\\s*>"
                    + "|<phoneme\\b[^<>]{0,500}/>"
                    + "|</?speak\\b[^<>]{0,200}>",
            Pattern.CASE_INSENSITIVE);

    /** A piece of the input: either SSML to pass through as is, or plain text to normalize. */
    record Segment(String text, boolean markup) {
    }

    private SsmlGuard() {
    }

    static List<Segment> split(String text) {
        List<Segment> segments = new ArrayList<>();
        if (text.indexOf('<') < 0) {
            segments.add(new Segment(text, false));
            return segments;
        }
        Matcher m = KEPT.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                segments.add(new Segment(text.substring(last, m.start()), false));
            }
            segments.add(new Segment(m.group(), true));
            last = m.end();
        }
        if (last < text.length()) {
            segments.add(new Segment(text.substring(last), false));
        }
        return segments;
    }
}
