package io.locutor.text;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** State of one normalize call over one plain-text segment: the text, where output goes, and the language settings. */
final class ReadContext {
    final String text;
    final StringBuilder out;
    final Lang lang;
    final NumberSpeller speller;
    final NumberGrammar grammar;
    final String regionTag;
    final ReferenceReading referenceReading;
    final TextLocale locale;
    private final Clock clock;
    /** {@link #nextDigit}'s last answer: the first digit at or after {@code digitFrom} is at {@code digitAt}. */
    private int digitFrom = -1;
    private int digitAt = -2;

    ReadContext(String text, StringBuilder out, TextLocale locale, NumberSpeller speller, NumberGrammar grammar,
                ReferenceReading referenceReading, Clock clock) {
        this.text = text;
        this.out = out;
        this.lang = locale.lang;
        this.speller = speller;
        this.grammar = grammar;
        this.regionTag = locale.tag;
        this.referenceReading = referenceReading;
        this.locale = locale;
        this.clock = clock;
    }

    /** Today, for the few readings that check a calendar (a named weekday with a date that reads both ways). */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    boolean es() {
        return lang == Lang.ES;
    }

    /**
     * Where the first ASCII digit at or after {@code from} is, or the text's length when there is none. The scanner asks
     * at every word, left to right: the answer holds for every {@code from} up to that digit, so the text is scanned
     * about once per call instead of up to 40 characters per word.
     */
    int nextDigit(int from) {
        if (from < digitFrom || from > digitAt) {
            int k = from;
            while (k < text.length() && !TokenScanner.isDigit(text.charAt(k))) {
                k++;
            }
            digitFrom = from;
            digitAt = k;
        }
        return digitAt;
    }

    /** A matcher that tries {@code pattern} exactly at {@code pos}, still seeing the text around it for look-arounds. */
    Matcher at(Pattern pattern, int pos) {
        Matcher m = pattern.matcher(text);
        m.region(pos, text.length());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m;
    }

    /** The word right after {@code pos} (after spaces on the same line), or "" when something else comes first. */
    String nextWord(int pos) {
        int i = blanksEnd(text, pos);
        return text.substring(i, lettersEnd(text, i));
    }

    /**
     * Where the sentence holding {@code pos} starts: after its last ".", "!", "?" or line break, at most {@code max} characters
     * back. An amount's decimal point ("duties of $1,250.40 on entry …") ends no sentence.
     */
    int sentenceStart(int pos, int max) {
        int start = pos;
        while (start > 0 && pos - start < max && !sentenceBreak(start - 1)) {
            start--;
        }
        return start;
    }

    /**
     * As {@link #sentenceStart}, but a dot before a lower-case word is taken for an abbreviation's, no full stop ("24 ud. y
     * 1 de conos", "15 kg. y 1 de arena"): a sentence opens with a capital, so the one holding {@code pos} goes on before it.
     */
    int sentenceStartPastAbbreviations(int pos, int max) {
        int start = sentenceStart(pos, max);
        while (start > 0 && pos - start < max && text.charAt(start - 1) == '.' && lowerCaseWordAt(start)) {
            start = sentenceStart(start - 1, max - (pos - start) - 1);
        }
        return start;
    }

    /** Spaces, then a lower-case letter, at {@code i}. */
    private boolean lowerCaseWordAt(int i) {
        int j = blanksEnd(text, i);
        return j > i && j < text.length() && Character.isLowerCase(text.charAt(j));
    }

    /** Where the sentence holding {@code pos} ends: at its next ".", "!", "?" or line break, at most {@code max} characters on. */
    int sentenceEnd(int pos, int max) {
        int end = pos;
        while (end < text.length() && end - pos < max && !sentenceBreak(end)) {
            end++;
        }
        return end;
    }

    /** A full stop, a question or exclamation mark or a line break at {@code i}; a point between two digits is a decimal's. */
    private boolean sentenceBreak(int i) {
        char c = text.charAt(i);
        boolean decimalPoint = c == '.' && i > 0 && i + 1 < text.length()
                && TokenScanner.isDigit(text.charAt(i - 1)) && TokenScanner.isDigit(text.charAt(i + 1));
        return ".!?\n".indexOf(c) >= 0 && !decimalPoint;
    }

    /** Whether a word of the text between {@code from} and {@code to}, in lower case, passes {@code test}. */
    boolean anyWord(int from, int to, java.util.function.Predicate<String> test) {
        for (String word : text.substring(from, to).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
            if (test.test(word)) {
                return true;
            }
        }
        return false;
    }

    /** Where the run of spaces ending at {@code pos} starts ({@code pos} itself when the character before is no space). */
    static int spacesStart(CharSequence text, int pos) {
        int i = pos;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        return i;
    }

    /** Where the run of letters starting at {@code pos} ends ({@code pos} itself when no letter is there): a word's end. */
    static int lettersEnd(CharSequence text, int pos) {
        int i = pos;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Where the run of letters ending at {@code pos} starts ({@code pos} itself when no letter is before it): a word's start. */
    static int lettersStart(CharSequence text, int pos) {
        int i = pos;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Where the run of spaces and no-break spaces starting at {@code pos} ends: the next word's start on its line. */
    static int blanksEnd(CharSequence text, int pos) {
        int i = pos;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }

    /** Where the run of spaces starting at {@code pos} ends ({@code pos} itself when no space is there). */
    static int spacesEnd(CharSequence text, int pos) {
        int i = pos;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The word right before {@code pos}, skipping spaces, or "" when something else comes first. */
    String previousWord(int pos) {
        return wordBefore(pos, false);
    }

    /** The word before {@code pos} across spaces and one abbreviation dot ("págs.11", "pp. 4,7" give "págs", "pp"). */
    String previousWordAcrossDot(int pos) {
        return wordBefore(pos, true);
    }

    private String wordBefore(int pos, boolean acrossDot) {
        int i = spacesStart(text, pos);
        if (acrossDot && i > 0 && text.charAt(i - 1) == '.') {
            i--;
        }
        return text.substring(lettersStart(text, i), i);
    }

    ReadContext append(char c) {
        out.append(c);
        return this;
    }

    ReadContext append(String s) {
        out.append(s);
        return this;
    }
}
