package io.locutor.text;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Dates: "15/07", "15/07/2025", "15-07-2025", "2025-07-15", "1 de enero", "15 jul 2025", "abril 30", "siglo xix".
 * Spanish reads day-month-year ("quince de julio de dos mil veinticinco", day 1 = "primero"); English reads
 * month-first input as "july twenty fifth twenty twelve" and day-first input as "the twenty fifth of july".
 * Numeric dates are day first in Spanish and in en-GB-like regions, month first in other English (unless the
 * first number is over 12). A day/month pair without a year is a date only
 * when both parts have two digits ("15/07"), the day is over 12 ("15/7"), or it follows a word like "el"/"on";
 * otherwise "1/4" or "2/10" is left to be read as a fraction.
 */
final class DateReader implements TokenReader {
    private static final String NOT_AFTER = "(?![\\d]|[./-]\\d)";
    private static final Pattern NUMERIC_DMY = Pattern.compile("(?<![\\d./-])(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})" + NOT_AFTER);
    /** "12-X-1492", "3.IV.1998": the month written as a Roman numeral between day and year. */
    private static final Pattern ROMAN_MONTH_DMY = Pattern.compile("(?<![\\d./-])(\\d{1,2})([/.-])(X{0,1}I{1,3}|IV|VI{0,3}|IX|X|XI|XII)\\2(\\d{4})" + NOT_AFTER);
    private static final Pattern NUMERIC_YMD = Pattern.compile("(?<![\\d./-])(\\d{4})([/.-])(\\d{1,2})\\2(\\d{1,2})" + NOT_AFTER);
    /** A month and its year, "09/2027", and (round fifty-six) with no leading zero, "3/2024": see {@link #monthYear}. */
    private static final Pattern MONTH_YEAR_NUMERIC = Pattern.compile("(?<![\\d./-])(0?[1-9]|1[0-2])/((?:19|20)\\d{2})(?![\\d/-]|[.,]\\d)");
    /** "14-dic-2026", "15/ene/2027", "3.MAR.2027" (round seven B): the month abbreviated between day and year. */
    private static final Pattern WORD_MONTH_DMY = Pattern.compile("(?<![\\d./-])(\\d{1,2})([/.-])(" + Vocabulary.ES_MONTH_ALT + "|"
            + Vocabulary.EN_MONTH_ALT + ")\\2(\\d{4}|\\d{2})(?![\\d\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * "el periodo 01/09-31/10", "del 15/12 - 6/1" (round seven B): a span of two day-month dates, Spanish order, after a
     * cue word or with its months written in two digits; "3/4-5/6" or "1/2-3/4 pulgadas" stay fractions.
     */
    private static final Pattern ES_DM_SPAN = Pattern.compile("(?<![\\d./-])(\\d{1,2})/(\\d{1,2})[ \\u00A0]?[-–][ \\u00A0]?(\\d{1,2})/(\\d{1,2})"
            + NOT_AFTER);
    private static final Pattern NUMERIC_DM = Pattern.compile("(?<![\\d./-])(\\d{1,2})/(\\d{1,2})" + NOT_AFTER);
    private static final Pattern ES_DAY_MONTH = Pattern.compile("(\\d{1,2})(?:º|\\.º)?[ \\u00A0]+(?:de[ \\u00A0]+)?("
            + Vocabulary.ES_MONTH_ALT + ")\\.?(?![\\p{L}])(?:,?[ \\u00A0]+(?:(?:de|del)[ \\u00A0]+)?(\\d{4})(?!\\d))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ES_MONTH_DAY = Pattern.compile("(" + Vocabulary.ES_MONTH_ALT + ")\\.?[ \\u00A0]+(\\d{1,2})(?![\\d:.,]\\d|\\d|[\\p{L}])"
            + "(?:,?[ \\u00A0]+(?:(?:de|del)[ \\u00A0]+)?(\\d{4})(?!\\d))?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EN_DAY_MONTH = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?[ \\u00A0]+(?:of[ \\u00A0]+)?("
            + Vocabulary.EN_MONTH_ALT + ")\\.?(?![\\p{L}])(?:,?[ \\u00A0]+(\\d{4})(?!\\d))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_MONTH_DAY = Pattern.compile("(" + Vocabulary.EN_MONTH_ALT + ")\\.?[ \\u00A0]+(\\d{1,2})(?:st|nd|rd|th)?"
            + "(?![\\d:.,]\\d|\\d|[\\p{L}])(?:(,?)[ \\u00A0]+(\\d{4})(?!\\d))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_MONTH_DAY_RANGE = Pattern.compile("(" + Vocabulary.EN_MONTH_ALT + ")\\.?[ \\u00A0]+(\\d{1,2})(?:st|nd|rd|th)?"
            + "[ \\u00A0]?[-–][ \\u00A0]?(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:.,]\\d|\\d|[\\p{L}])(?:,?[ \\u00A0]+(\\d{4})(?!\\d))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EN_MONTH_YEAR = Pattern.compile("(" + Vocabulary.EN_MONTH_ALT + ")\\.?[ \\u00A0]+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CENTURY = Pattern.compile("(siglos?[ \\u00A0]+)([ivxlcdm]{1,7})(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    /** A further century joined to the first ("siglos XV y XVI", "siglos XVII-XVIII", "del siglo XII al XIV"). */
    private static final Pattern CENTURY_NEXT = Pattern.compile("([ \\u00A0]*(?:[-–,]|y|e|o|u|al|a|hasta(?: el)?)[ \\u00A0]*)([IVX]{1,5})(?![\\p{L}\\d])");
    private static final Pattern CENTURY_ABBREVIATED = Pattern.compile("(?:s|S|sig)\\.[ \\u00A0]([IVX]{1,5})(?![\\p{L}\\d])");
    /**
     * Round eight F: earlier days of a list that shares the month of its last one, after a cue word: "del 9 y ", "el 3, 4
     * y " before "10/2", "5/11" (day-first regions). Ascending days only: "el 3 y 1/2 por ciento" is a fraction.
     */
    private static final Pattern ES_DAY_LIST_BEFORE = Pattern.compile("(?<![\\p{L}])(?iu:el|del|al|días|los)[ \\u00A0]+((?:\\d{1,2},[ \\u00A0])*)(\\d{1,2})[ \\u00A0]+y[ \\u00A0]+$");

    /** {@link #ES_DAY_LIST_BEFORE} right before {@code pos}, its last day before {@code day}. */
    private static boolean dayListBefore(ReadContext ctx, int pos, int day) {
        if (!ctx.previousWord(pos).equals("y")) {
            return false;
        }
        Matcher list = ES_DAY_LIST_BEFORE.matcher(ctx.text.substring(Math.max(0, pos - 40), pos));
        return list.find() && Integer.parseInt(list.group(2)) < day;
    }

    /** Words after which "1/4" means a date. */
    private static final Set<String> CUES = Set.of("el", "del", "al", "día", "dia", "desde", "hasta", "fecha", "fechas", "hoy", "on", "by",
            "until", "from", "since", "date", "the", "before", "after", "periodo", "período",
            // Round fifteen B: "due 2/1", "is due 4/9": a sum or a check falls due on a date, never "two/one" or "four ninths"
            "due",
            // Round eighteen B: "Valid thru 3/9", "closed till 2/7", "free through 1/3": the last day of a span, as "until";
            // "thru" and "till" name nothing else before a number, and "through" before a fraction ("halfway through 1/2
            // of the list") meets the "of" after it first (measureAfter).
            "through", "thru", "till", "til",
            // "Offer ends 3/7", "your trial expires 12/15", "service starts 4/1": an offer, a trial or a service has its day
            "ends", "expires", "starts", "begins", "renews",
            // Round forty-five: "starting 5/1, the limit changes", "effective 8/1", "beginning 7/1", "commencing 6/1": a change
            // takes effect from a day, as "from 5/1" does ("as of 5/1" is asOf's); "effective 3/4 of the time" meets the "of"
            // after it first (measureAfter).
            "starting", "beginning", "effective", "commencing");

    /** Round forty-five: "as of 5/1", a change's first day, as "from 5/1"; the cue is two words, "of" after "as". */
    private static boolean asOf(ReadContext ctx, int pos) {
        int ofStart = ReadContext.spacesStart(ctx.text, pos) - 2;
        return ctx.lang == Lang.EN && ofStart > 0 && ctx.previousWord(pos).equalsIgnoreCase("of")
                && ctx.previousWord(ofStart).equalsIgnoreCase("as");
    }

    /** Round fifty-four: the words that join "date" to the day it names ("the start date of 6/2", "the due date is 8/3"). */
    private static final Set<String> DATE_LINKS = Set.of("of", "is", "was");

    /**
     * Round fifty-four: "your billing date of 6/2", "the new ship date is 8/3", "the deadline date was 9/1": a pair of
     * numbers a date's noun names, through "of", "is" or "was", is that date (month first in the US, day first in Britain),
     * as "date: 6/2" is ({@link #afterDateLabel}); "of" or "is" after any other noun ("an update of 1/2", "the rate is 1/3")
     * leaves a fraction.
     */
    private static boolean dateNamedBefore(ReadContext ctx, int pos) {
        String link = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
        if (!DATE_LINKS.contains(link)) {
            return false;
        }
        int linkStart = ReadContext.spacesStart(ctx.text, pos) - link.length();
        return ctx.previousWord(linkStart).equalsIgnoreCase("date");
    }

    /** Round fifty-six: a day named by its distance from today, whose date may follow it ("arriving today, 2/5"). */
    private static final Set<String> RELATIVE_DAYS = Set.of("today", "tomorrow", "tonight", "yesterday");

    /**
     * Round fifty-six: "will arrive today, 2/5", "ready tomorrow 7/8": the pair after a relative day, its comma or not, is
     * that day's date in the region's order, as after a weekday; "today, 3/4 of the team" (a share, "of" after it) keeps
     * its fraction.
     */
    private static boolean relativeDayBefore(ReadContext ctx, int pos) {
        int i = ReadContext.spacesStart(ctx.text, pos);
        if (i > 0 && ctx.text.charAt(i - 1) == ',') {
            i--;
        }
        String word = ctx.previousWord(i).toLowerCase(Locale.ROOT);
        if (ctx.es()) {
            // Round seventy-two E: Spanish "desde mañana, 12/3", "el lunes, 12/7", "hoy, 12/2": a day's word and its comma
            // name the date after them as the word alone does (cue), in the region's order, never "doce tercios".
            String day = singularWeekday(word);
            return ES_RELATIVE_DAYS.contains(word) || spanishWeekdayName(day) || ES_WEEKDAYS.containsKey(day);
        }
        return RELATIVE_DAYS.contains(word);
    }

    /** Round seventy-two E: Spanish's days named by their distance from today, as {@link #RELATIVE_DAYS}. */
    private static final Set<String> ES_RELATIVE_DAYS = Set.of("hoy", "mañana", "ayer");

    /**
     * A cue word of {@link #CUES}, or a weekday's name, which names the day of the numbers after it ("el viernes 7/03",
     * "lunes 2/3", "sabado 4/5", "Monday 2/3"): a lower-case word.
     */
    private static boolean cue(String lower) {
        String day = singularWeekday(lower);
        return CUES.contains(lower) || EN_WEEKDAY_NAMES.contains(day) || spanishWeekdayName(day) || ES_WEEKDAYS.containsKey(day);
    }

    /**
     * Round forty-one: a weekday's plural, "los sábados 4/10 y 4/17", "los domingos", "on Saturdays 5/1": the weekday's name,
     * which names the day of the date after it as the singular does ("lunes" to "viernes" are their own plural); any other
     * word as it is. Lower-case.
     */
    private static String singularWeekday(String lower) {
        if (lower.length() > 6 && lower.endsWith("s")) {
            String one = lower.substring(0, lower.length() - 1);
            if (EN_WEEKDAY_NAMES.contains(one) || ES_WEEKDAYS.containsKey(withoutAccents(one))) {
                return one;
            }
        }
        return lower;
    }

    /** Labels a form prints a date after, with a colon: "Exp. date: 3/9", "Renewal due: 2/5", "Expiry: 9/10". */
    private static final Set<String> EN_DATE_LABELS = Set.of("date", "due", "expires", "expiry", "expiration", "ends", "starts",
            "renews", "until", "by", "deadline");

    /**
     * Round nineteen B: "Exp. date: 3/9" (the colon hid the cue word): a date label and its colon right before the pair make
     * it a date; "Score: 3/9" stays a fraction.
     */
    private static boolean afterDateLabel(ReadContext ctx, int pos) {
        int i = ReadContext.spacesStart(ctx.text, pos);
        return i > 1 && ctx.text.charAt(i - 1) == ':' && EN_DATE_LABELS.contains(ctx.previousWord(i - 1).toLowerCase(Locale.ROOT));
    }

    /**
     * "lun. 3/11", "vie. 7/03": a Spanish weekday abbreviated before the numbers (the dot is part of it); an English one
     * ("Tue. 3/11") is {@link #englishWeekdayClipping}'s.
     */
    private static final Set<String> ES_WEEKDAY_ABBREVIATIONS = Set.of("lun", "mar", "mié", "mie", "miér", "jue", "juev", "vie", "vier", "sáb",
            "sab", "dom");
    /** Spanish weekday abbreviations, as SMS and calendars write them with or without their dot, → the day's name. */
    private static final java.util.Map<String, String> ES_WEEKDAY_NAMES = java.util.Map.ofEntries(java.util.Map.entry("lun", "lunes"),
            java.util.Map.entry("mar", "martes"), java.util.Map.entry("mié", "miércoles"), java.util.Map.entry("miér", "miércoles"),
            java.util.Map.entry("mie", "miércoles"), java.util.Map.entry("mier", "miércoles"), java.util.Map.entry("jue", "jueves"),
            java.util.Map.entry("juev", "jueves"), java.util.Map.entry("vie", "viernes"), java.util.Map.entry("vier", "viernes"),
            java.util.Map.entry("sáb", "sábado"), java.util.Map.entry("sab", "sábado"), java.util.Map.entry("dom", "domingo"));
    /** Regex alternation of {@link #ES_WEEKDAY_NAMES}' abbreviations, longest first. */
    private static final String ES_WEEKDAY_SHORT = "(?:" + Vocabulary.alternation(ES_WEEKDAY_NAMES.keySet()) + ")";

    @Override
    public int read(ReadContext ctx, int pos) {
        char c = ctx.text.charAt(pos);
        if (c >= '0' && c <= '9') {
            return numeric(ctx, pos);
        }
        return words(ctx, pos);
    }

    /** Round sixty B: a wine's "reserva" and its vintage: "reserva 2019", "Reserva 2018" (a vintage has four digits). */
    private static final Pattern ES_VINTAGE = Pattern.compile("(?iu:reserva)[ \\u00A0]+((?:19|20)\\d{2})(?![\\d\\p{L}]|[.,]\\d)");
    /**
     * Words before "reserva" that make it the noun of a booking, whose number it names ("su reserva 2041", "la reserva
     * 2022", "número de reserva 2021"): a determiner, a preposition, a conjunction, a verb's "es".
     */
    private static final Set<String> BEFORE_A_BOOKING = Set.of("su", "sus", "tu", "tus", "mi", "mis", "la", "las", "el", "una", "un",
            "esta", "esa", "nuestra", "vuestra", "cada", "otra", "nueva", "de", "del", "con", "sin", "por", "para", "en", "a", "al", "y",
            "o", "e", "que", "es", "número", "nro", "no", "nº");

    /**
     * Round sixty B: Spanish "reserva" (and "gran reserva") straight after a wine's name or noun, with no determiner or
     * "número" before it, is the wine's ageing, an adjective, and a plausible year after it (no later than this year) is
     * its vintage, said as a year ("Tempranillo reserva dos mil diecinueve"), never a booking's reference dictated digit by
     * digit. The scanner asks before the readers of references ({@link TokenScanner}); "su reserva 2041", "la reserva
     * n.º 2022" and a sentence's first "Reserva 2023" keep their references. Returns the end, or -1.
     */
    static int wineVintage(ReadContext ctx, int pos) {
        Matcher m = ctx.lang == Lang.ES ? ctx.at(ES_VINTAGE, pos) : null;
        if (m == null || !m.lookingAt() || Integer.parseInt(m.group(1)) > ctx.today().getYear()) {
            return -1;
        }
        int wordStart = pos;
        String before = ctx.previousWord(wordStart);
        if (before.equalsIgnoreCase("gran")) {
            wordStart = ReadContext.spacesStart(ctx.text, wordStart) - before.length();
            before = ctx.previousWord(wordStart);
        }
        int gap = ReadContext.spacesStart(ctx.text, wordStart);
        if (before.isEmpty() || gap == wordStart || !Character.isLetter(ctx.text.charAt(gap - 1))
                || BEFORE_A_BOOKING.contains(before.toLowerCase(Locale.ROOT))) {
            return -1; // a mark or nothing between the name and "reserva", or a booking's determiner
        }
        ctx.append(ctx.text.substring(pos, m.start(1))).append(ctx.speller.year(Integer.parseInt(m.group(1))));
        return m.end();
    }

    /** Cheap check before the range pattern: one or two digits, then a space, a dash or an ordinal suffix. */
    private static boolean dayRangeCandidate(String t, int pos) {
        int i = pos + 1 < t.length() && Character.isDigit(t.charAt(pos + 1)) ? pos + 2 : pos + 1;
        return i < t.length() && " -–\u00A0snrt".indexOf(t.charAt(i)) >= 0;
    }

    /** "3 to 7 March", "3-7 March", "10th–12th of June": two days of one month in English. */
    private static final Pattern EN_DAY_RANGE = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?(?:[ \\u00A0]?[-–][ \\u00A0]?|[ \\u00A0]+(to|until|through|and)[ \\u00A0]+)"
            + "(?:the[ \\u00A0]+)?(\\d{1,2})(?:st|nd|rd|th)?[ \\u00A0]+(?:of[ \\u00A0]+)?(" + Vocabulary.EN_MONTH_ALT + ")\\.?(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    /**
     * Round seventy B: an earlier day of a list of days that ends in {@link #EN_DAY_RANGE}'s "and" pair and shares its
     * month ("on 3, 10 and 17 June", "2, 9, 16 and 23 January"): this day, its comma, and the days listed up to the pair.
     */
    private static final Pattern EN_DAY_LISTED = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?,(?=[ \\u00A0]((?:\\d{1,2}(?:st|nd|rd|th)?,[ \\u00A0])*)"
            + "(\\d{1,2})(?:st|nd|rd|th)?[ \\u00A0]+and[ \\u00A0]+(?:the[ \\u00A0]+)?(\\d{1,2})(?:st|nd|rd|th)?[ \\u00A0]+(?:of[ \\u00A0]+)?("
            + Vocabulary.EN_MONTH_ALT + ")\\.?(?![\\p{L}]))", Pattern.CASE_INSENSITIVE);

    /**
     * {@link #EN_DAY_LISTED} at {@code pos}: "the third," for the list's earlier day, its last pair left to
     * {@link #EN_DAY_RANGE} ("the tenth and the seventeenth of June"); days rising to the month's last, the month no
     * modal "may". A list of counts ("sizes 8, 10 and 12") has no month after it. -1 where it is no such day.
     */
    private static int englishListedDay(ReadContext ctx, int pos) {
        Matcher m = ctx.at(EN_DAY_LISTED, pos);
        if (!m.lookingAt() || modalMay(m.group(5)) || Vocabulary.month(Lang.EN, m.group(5)) <= 0) {
            return -1;
        }
        int last = 0;
        for (String day : (m.group(1) + "," + m.group(2) + m.group(3) + "," + m.group(4)).split(",")) {
            String digits = day.replaceAll("[^0-9]", "");
            int d = digits.isEmpty() ? -1 : Integer.parseInt(digits);
            if (!digits.isEmpty() && (d <= last || d > 31)) {
                return -1;
            }
            last = digits.isEmpty() ? last : d;
        }
        appendTheOrdinalDay(ctx, pos, Integer.parseInt(m.group(1)));
        ctx.append(',');
        return m.end();
    }

    /**
     * Round seventy-three H: a weekday's day before a range's joint and a second weekday, its day and one month ("Tue 6 to
     * Sat 10 Apr", "Wed 3 until Fri 12 Jun"): the first day only, the rest looked at; group 2 is the second weekday.
     */
    private static final Pattern EN_DAY_TO_WEEKDAY_DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?(?=(?:[ \\u00A0]?[-–]|[ \\u00A0]+(?:to|until|till|through))"
            + "[ \\u00A0]+(\\p{L}+)\\.?,?[ \\u00A0]+(?:the[ \\u00A0]+)?(\\d{1,2})(?:st|nd|rd|th)?[ \\u00A0]+(?:of[ \\u00A0]+)?(" + Vocabulary.EN_MONTH_ALT
            + ")\\.?(?![\\p{L}]))", Pattern.CASE_INSENSITIVE);

    /**
     * {@link #EN_DAY_TO_WEEKDAY_DAY} after a weekday: the first day is a date of the month the second day names, an ordinal
     * as that day is ("Tuesday the sixth to Saturday the tenth of April"; it had been a count, "Tuesday six"), as round
     * seventy B reads the earlier days of a list before one month. The second weekday, its day and the month are read after
     * it as any weekday's date. Days that do not rise, or a modal "may", keep their readings: -1.
     */
    private static int englishDayBeforeWeekdayDay(ReadContext ctx, int pos) {
        if (weekdayBefore(ctx, pos) == null) {
            return -1;
        }
        Matcher m = ctx.at(EN_DAY_TO_WEEKDAY_DAY, pos);
        if (!m.lookingAt() || weekday(Lang.EN, m.group(2)) == null || modalMay(m.group(4)) || Vocabulary.month(Lang.EN, m.group(4)) <= 0) {
            return -1;
        }
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(3));
        if (from < 1 || from >= to || to > 31) {
            return -1;
        }
        appendTheOrdinalDay(ctx, pos, from);
        return m.end();
    }

    /** An English day of a month as an ordinal after its "the", which is added unless the text has it: "the sixth". */
    private static void appendTheOrdinalDay(ReadContext ctx, int pos, int day) {
        ctx.append(ctx.previousWord(pos).equalsIgnoreCase("the") ? "" : "the ").append(ctx.speller.ordinal(day, false, false));
    }

    private int numeric(ReadContext ctx, int pos) {
        // This runs at every number: the numeric patterns below start with one or two digits (four for a year) and a
        // date's mark, so the run of digits and the character after it decide which of them can match here.
        int digits = 0;
        while (pos + digits < ctx.text.length() && TokenScanner.isDigit(ctx.text.charAt(pos + digits))) {
            digits++;
        }
        char mark0 = pos + digits < ctx.text.length() ? ctx.text.charAt(pos + digits) : ' ';
        boolean dayMark = (digits == 1 || digits == 2) && (mark0 == '/' || mark0 == '.' || mark0 == '-');
        Matcher roman = dayMark ? ctx.at(ROMAN_MONTH_DMY, pos) : null;
        if (roman != null && roman.lookingAt()) {
            return emit(ctx, roman, Integer.parseInt(roman.group(1)), RomanNumerals.parse(roman.group(3)), roman.group(4), ctx.lang == Lang.EN);
        }
        int mark = pos + 1 < ctx.text.length() && TokenScanner.isDigit(ctx.text.charAt(pos + 1)) ? pos + 2 : pos + 1;
        Matcher worded = mark + 1 < ctx.text.length() && "/.-".indexOf(ctx.text.charAt(mark)) >= 0 && Character.isLetter(ctx.text.charAt(mark + 1))
                ? ctx.at(WORD_MONTH_DMY, pos) : null;
        if (worded != null && worded.lookingAt() && Vocabulary.month(ctx.lang, worded.group(3)) > 0) {
            return emit(ctx, worded, Integer.parseInt(worded.group(1)), Vocabulary.month(ctx.lang, worded.group(3)), worded.group(4),
                    ctx.lang == Lang.EN && !ctx.locale.monthFirst); // "14-Dec-2026": "December fourteenth" in en-US, "the fourteenth of December" in en-GB
        }
        if (ctx.lang == Lang.EN && (mark0 == ',' || "snrt".indexOf(mark0) >= 0) && digits <= 2) {
            int listed = englishListedDay(ctx, pos);
            if (listed >= 0) {
                return listed;
            }
        }
        if (ctx.lang == Lang.EN && dayRangeCandidate(ctx.text, pos)) {
            int first = englishDayBeforeWeekdayDay(ctx, pos);
            if (first >= 0) {
                return first;
            }
            Matcher range = ctx.at(EN_DAY_RANGE, pos);
            if (range.lookingAt()) {
                int from = Integer.parseInt(range.group(1));
                int to = Integer.parseInt(range.group(3));
                int month = modalMay(range.group(4)) ? 0 : Vocabulary.month(ctx.lang, range.group(4));
                if (from >= 1 && from < to && to <= 31 && month > 0) {
                    String joint = range.group(2) == null ? "to" : range.group(2).toLowerCase(Locale.ROOT);
                    ctx.append(ctx.previousWord(pos).equalsIgnoreCase("the") ? "" : "the ").append(ctx.speller.ordinal(from, false, false))
                            .append(' ').append(joint).append(" the ").append(ctx.speller.ordinal(to, false, false)).append(" of ")
                            .append(Vocabulary.monthName(Lang.EN, month));
                    int end = range.end();
                    // A full name's dot ends the sentence ("June.", and "May.", which is never shortened), an abbreviation's is its own.
                    return ctx.text.charAt(end - 1) == '.' && (range.group(4).length() > 3 || range.group(4).equalsIgnoreCase("may")) ? end - 1 : end;
                }
            }
        }
        Matcher m = digits == 4 && (mark0 == '/' || mark0 == '.' || mark0 == '-') ? ctx.at(NUMERIC_YMD, pos) : null;
        if (m != null && m.lookingAt()) {
            return emit(ctx, m, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(3)), m.group(1), false);
        }
        m = dayMark ? ctx.at(NUMERIC_DMY, pos) : null;
        if (m != null && m.lookingAt()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            // "03/15/2026" has no fifteenth month: month first whatever the region's order (a US form in es-US text).
            boolean monthFirst = calendarOrder(ctx, pos, a, b, m.group(4), monthFirst(ctx, a) || b > 12 && a <= 12);
            return emit(ctx, m, monthFirst ? b : a, monthFirst ? a : b, m.group(4), !monthFirst && ctx.lang == Lang.EN);
        }
        m = dayMark && mark0 == '/' ? ctx.at(MONTH_YEAR_NUMERIC, pos) : null;
        boolean monthYear = m != null && m.lookingAt();
        boolean expiryCued = monthYear && EXPIRY_CUE.matcher(ctx.text.substring(Math.max(0, pos - CUE_REACH), pos)).find();
        if (monthYear && m.group(1).length() == 1 && !unpaddedMonthYear(ctx, pos, m, expiryCued)) {
            m = null; // "1/2000 of a second", "la Ley 7/1985": a fraction, a numbered law or file and its year
        }
        if (m != null && monthYear && (ctx.lang == Lang.EN || expiryCued || MONTH_YEAR_CUES.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT)))) {
            // "Expires 09/2027": a card's or a contract's month and year. Spanish "vto. 03/2027", "caduca 11/2028" (round
            // eight C) after an expiry word, and (round fifty-six) after a span's word, "desde 03/2025"; elsewhere Spanish
            // "01/2026" may be a numbered file's number and its year.
            return monthYear(ctx, m);
        }
        m = pos + 2 < ctx.text.length() && ctx.text.charAt(pos + 2) == '/' ? ctx.at(CARD_EXPIRY, pos) : null;
        if (m != null && m.lookingAt() && EXPIRY_CUE.matcher(ctx.text.substring(Math.max(0, pos - CUE_REACH), pos)).find()
                && cardExpiry(ctx, pos, Integer.parseInt(m.group(2)))) {
            // "caduca el 08/27", "card … expires 08/27": a card's month and two-digit year.
            int month = Integer.parseInt(m.group(1));
            int year = 2000 + Integer.parseInt(m.group(2));
            if (ctx.es()) {
                int len = ctx.out.length();
                if (!dropArticleBeforeMonth(ctx) && len >= 3 && ctx.out.substring(len - 3).equals("el ")) {
                    ctx.out.replace(len - 3, len, "en "); // "caduca el 08/27" → "caduca en agosto de…"
                }
                ctx.append(Vocabulary.monthName(Lang.ES, month)).append(" de ").append(ctx.speller.year(year));
            } else {
                ctx.append(Vocabulary.monthName(Lang.EN, month)).append(' ').append(ctx.speller.year(year));
            }
            return m.end();
        }
        boolean slashed = pos + 2 < ctx.text.length() && (ctx.text.charAt(pos + 1) == '/' || ctx.text.charAt(pos + 2) == '/');
        m = ctx.es() && slashed ? ctx.at(ES_DM_SPAN, pos) : null;
        if (m != null && m.lookingAt()) {
            int end = spanishSpan(ctx, m);
            if (end >= 0) {
                return end;
            }
        }
        m = ctx.lang == Lang.EN && slashed ? ctx.at(ES_DM_SPAN, pos) : null;
        if (m != null && m.lookingAt()) {
            int end = englishSpan(ctx, m);
            if (end >= 0) {
                return end;
            }
        }
        m = dayMark && mark0 == '/' ? ctx.at(NUMERIC_DM, pos) : null;
        if (m != null && m.lookingAt()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            String wordBefore = ctx.previousWordAcrossDot(pos).toLowerCase(Locale.ROOT);
            boolean weekdayAbbreviated = ES_WEEKDAY_ABBREVIATIONS.contains(wordBefore) || englishWeekdayClipping(wordBefore);
            boolean cuedWord = cue(ctx.previousWord(pos).toLowerCase(Locale.ROOT))
                    // Round eighteen B: a coupon's "Exp. 5/4" (its dot hides the word from previousWord) is a date, "May fourth".
                    || ctx.lang == Lang.EN && pos >= 5 && ctx.previousWordAcrossDot(pos).equalsIgnoreCase("exp")
                    || ctx.lang == Lang.EN && afterDateLabel(ctx, pos) || asOf(ctx, pos)
                    || ctx.lang == Lang.EN && dateNamedBefore(ctx, pos)
                    || ctx.lang == Lang.EN && relativeDayBefore(ctx, pos) && !ctx.at(OF_AFTER, m.end()).lookingAt()
                    || ctx.es() && relativeDayBefore(ctx, pos);
            // "hasta el 12/18" has no eighteenth month: after a cue word it is month first whatever the region's order
            // (a US form in es-US text), never "doce dieciochoavos"; a pair valid both ways keeps the region's order.
            // An abbreviated weekday with its dot ("vie. 12/18", round five L) cues it the same way.
            boolean monthFirst = calendarOrder(ctx, pos, a, b, null, monthFirst(ctx, a) || (cuedWord || weekdayAbbreviated) && b > 12 && a <= 12);
            int day = monthFirst ? b : a;
            boolean bothTwoDigits = m.group(1).length() == 2 && m.group(2).length() == 2;
            // Spanish text in a month-first region (es-US, round seven C) still writes day first where month first is
            // impossible ("25/12"); English "22/3" in the US is rather a fraction.
            boolean regionOrder = !(ctx.locale.monthFirst && a > 12 && ctx.lang == Lang.EN);
            // A zero-padded second part ("7/03") is a month or a day, never a fraction's denominator.
            boolean cued = cuedWord || ctx.lang == Lang.EN && weekdayBefore(ctx, pos) != null
                    || ctx.lang == Lang.EN && SHIPPING_VERBS.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT))
                    || ctx.lang == Lang.EN && englishDatedPair(ctx, pos, m.end(), a, b)
                    || weekdayAbbreviated || m.group(2).length() == 2 && m.group(2).charAt(0) == '0'
                    || ctx.es() && !ctx.locale.monthFirst && dayListBefore(ctx, pos, a);
            if (measureAfter(ctx.text, m.end())) {
                return -1; // "el 1/2 kilo", "1/4 de taza": a fraction of what follows, not the 1st of February
            }
            if (ctx.lang == Lang.EN && a < b && b <= 4 && PORTION_NOUNS.contains(ctx.nextWord(m.end()).toLowerCase(Locale.ROOT))
                    && m.end() < ctx.text.length() && ctx.text.charAt(m.end()) == ' ') {
                return -1; // round sixty B: "the 1/4 sheet pizza", "the 1/2 pan": a size of the thing, see PORTION_NOUNS
            }
            if (ctx.lang == Lang.EN && m.end() < ctx.text.length() && ctx.text.charAt(m.end()) == ' ') {
                int end = englishSlashRange(ctx, m, pos);
                if (end == FRACTION_RANGE) {
                    return -1; // "from 1/3 to 1/2 cup": both pairs are fractions, the first no date after "from"
                }
                if (end >= 0) {
                    return end;
                }
            }
            // "atención 24/7": round the clock, not the 24th of July, unless a date's own cue names it ("el 24/7", "on 24/7",
            // "vie. 24/7", "24/07"). Round sixty-one A: the inferred cues of a pair before a service's noun ("our 24/7
            // engineers", read as "your 3/12 appointment" is) never date it: a call script's "24/7" names the hours.
            boolean dateNamed = cuedWord || weekdayAbbreviated || ctx.lang == Lang.EN && weekdayBefore(ctx, pos) != null
                    || m.group(2).length() == 2 && m.group(2).charAt(0) == '0';
            if (a == 24 && b == 7 && !dateNamed) {
                return -1;
            }
            // A cue word ("on 15/07", "el 3/4") makes it a date whatever the region's usual order.
            // English "ships 11/3": a numerator above its denominator is not a fraction anyone writes in a script; a date.
            boolean improper = ctx.lang == Lang.EN && regionOrder && a > b && a >= 10 && !bothTwoDigits;
            if ((!regionOrder && !cued) || (!bothTwoDigits && day <= 12 && !cued && !improper)) {
                return -1; // "1/4", "2/10", US "22/3": more likely a fraction
            }
            // A day-first English locale (en-GB) says "the fifteenth of July", as it does with a year.
            int end = emit(ctx, m, monthFirst ? b : a, monthFirst ? a : b, null, ctx.lang == Lang.EN && !ctx.locale.monthFirst);
            return ctx.es() && end == m.end() ? spanishListedPartner(ctx, m, end, monthFirst) : end;
        }
        m = ctx.at(ctx.es() ? ES_DAY_MONTH : EN_DAY_MONTH, pos);
        if (m.lookingAt() && ctx.lang == Lang.EN && m.group(3) == null && modalMay(m.group(2))) {
            return -1; // "orders of 4 may ship": the verb, not the month ("17 may 2010", with its year, is a date)
        }
        if (m.lookingAt() && m.group(3) == null && ctx.lang == Lang.EN && countOfMonthsNoun(ctx, pos, m.end())) {
            return -1; // "one of our 3 January classes": a count of the month's classes, read as a number
        }
        if (m.lookingAt() && ctx.es() && m.group(3) == null && headsAName(ctx, m)) {
            return -1; // "andén 2 de Mar del Plata", "amarre 8 de Mar Menor": a place, not the second of March
        }
        if (m.lookingAt() && ctx.es() && m.group(3) != null && streetNumberAfterName(ctx, m)) {
            // Round seventy A: "Av. 16 de Septiembre 1250", "Calz. 20 de Noviembre 2045": a date naming a street, and the
            // number after it, with no "de" a year would take, is the house's number ("mil doscientos cincuenta").
            int monthEnd = m.end(2);
            return emit(ctx, m, Integer.parseInt(m.group(1)), Vocabulary.month(ctx.lang, m.group(2)), null, true) < 0 ? -1 : monthEnd;
        }
        if (m.lookingAt()) {
            return emit(ctx, m, Integer.parseInt(m.group(1)), Vocabulary.month(ctx.lang, m.group(2)), m.group(3), true);
        }
        return -1;
    }

    /**
     * Round seventy A: whether the four digits a Spanish day and month matched as its year are a house number: a street's
     * word stands just before the date's name ("Av. 16 de Septiembre 1250", "Blvd. Héroes del 20 de Noviembre 1410"), the
     * month has a name's capital, and only a space comes between it and the digits, where a year takes "de" ("el 16 de
     * septiembre de 2026"). A day after "el" is a date's ("Calle Main el 16 de Septiembre 2026"), never a street's name.
     */
    private static boolean streetNumberAfterName(ReadContext ctx, Matcher m) {
        return Character.isUpperCase(m.group(2).charAt(0)) && ctx.text.substring(m.end(2), m.start(3)).isBlank()
                && !ctx.previousWord(m.start()).equalsIgnoreCase("el") && ReferenceReader.afterStreet(ctx.text, m.start(3));
    }

    /**
     * Round thirty-five: a lower-case "may" after a day or a range of days is the modal verb ("zones 3 to 7 may see",
     * "orders of 4 may ship"); a month after a day is written with its capital ("14-22 May"), or has its year after it
     * ("17 may 2010"); Spanish "mayo" is another word.
     */
    private static boolean modalMay(String monthWord) {
        return monthWord.equals("may");
    }

    /** Denominators a range of fractions is written in ("1/2-3/4 inch", "1/8–1/4"): halves, thirds, quarters, eighths. */
    private static final Set<Integer> RANGE_DENOMINATORS = Set.of(2, 3, 4, 8, 16);

    /**
     * Round thirteen B: "given 1/11–1/15", "shut 3/2–7/2" (en-GB): two slash dates joined by a dash are a span of days,
     * both read as dates ("January eleventh to January fifteenth"), even where the first alone would be a fraction. A span
     * runs forward in the calendar (a year's turn allowed: "12/28–1/3"); a forward range of proper fractions in halves,
     * thirds, quarters or eighths ("1/2-3/4", "1/4–3/4") stays fractions unless a cue word names a date, and so does one
     * before a measure ("1/8–1/4 inch"); "1/8–1/4" runs backwards as dates. Returns the span's end, or -1.
     */
    private int englishSpan(ReadContext ctx, Matcher m) {
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int c = Integer.parseInt(m.group(3));
        int d = Integer.parseInt(m.group(4));
        SlashSpan span = SlashSpan.of(a, b, c, d, ctx.locale.monthFirst);
        if (!span.valid() || measureAfter(ctx.text, m.end())) {
            return -1;
        }
        boolean fractions = a < b && c < d && a * d < c * b && RANGE_DENOMINATORS.contains(b) && RANGE_DENOMINATORS.contains(d);
        if (!span.forward() || fractions && !cue(ctx.previousWord(m.start()).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        span.emit(ctx, m, "to");
        return m.end();
    }

    /**
     * Two English slash dates read as a span, in the locale's order: month/day in the US, day/month in Britain. Shared
     * by the dashed span ("1/11–1/15") and the worded one ("between 5/1 and 5/15").
     */
    private record SlashSpan(int fromDay, int fromMonth, int toDay, int toMonth, boolean monthFirst) {
        /** The pairs as written, a/b and c/d. */
        static SlashSpan of(int a, int b, int c, int d, boolean monthFirst) {
            return new SlashSpan(monthFirst ? b : a, monthFirst ? a : b, monthFirst ? d : c, monthFirst ? c : d, monthFirst);
        }

        boolean valid() {
            return validDayMonth(String.valueOf(fromDay), String.valueOf(fromMonth)) && validDayMonth(String.valueOf(toDay), String.valueOf(toMonth));
        }

        /** Forward in the calendar, a year's turn allowed ("12/28–1/3"). */
        boolean forward() {
            return fromMonth < toMonth || fromMonth == toMonth && fromDay < toDay || fromMonth == 12 && toMonth == 1;
        }

        /** Says the first date, the joint as written ("to", "and", "through"), then the second. */
        void emit(ReadContext ctx, Matcher m, String joint) {
            DateReader.emit(ctx, m, fromDay, fromMonth, null, !monthFirst);
            String toDayWords = ctx.speller.ordinal(toDay, false, false);
            String toMonthName = Vocabulary.monthName(Lang.EN, toMonth);
            ctx.append(' ').append(joint).append(' ')
                    .append(monthFirst ? toMonthName + " " + toDayWords : "the " + toDayWords + " of " + toMonthName);
        }
    }

    /** The partner of a slash pair in a range of days: " and 5/15", " to 7/14", " through 8/31". */
    private static final Pattern EN_SLASH_PARTNER = Pattern.compile("[ \\u00A0]+(and|to|through|thru|until|till)[ \\u00A0]+(\\d{1,2})/(\\d{1,2})"
            + NOT_AFTER, Pattern.CASE_INSENSITIVE);

    /**
     * Round twenty-one B: "between 5/1 and 5/15", "from 7/3 to 7/10", "8/1 through 8/31": two slash pairs joined as a range
     * of days are both dates when the partner is plainly one (a day above twelve or a zero-padded second part) or neither
     * is a proper fraction; the first alone would read "five/one". "between 1/2 and 3/4 of", a pair before a measure or
     * "of", and a backward pair stay as they were. "and" needs "between" before the first, "to" needs "from".
     * Round fifty-five: two proper pairs are a range of fractions only as fractions are written, in lowest terms, over an
     * everyday denominator and rising ("from 1/3 to 1/2", "between 1/4 and 3/4"); otherwise the pair of pairs is a span of
     * days ("from 5/4 to 5/11" falls as fractions, "from 2/6 to 4/6" in en-GB and "from 7/3 to 7/9" in en-US are no
     * written fractions), "May fourth to May eleventh", never "five elevenths". Before a measure or "of" a proper
     * pair of pairs is {@link #FRACTION_RANGE}: the first pair is no date after "from" either ("from 1/3 to 1/2 cup").
     * Returns the partner's end, -1 or {@link #FRACTION_RANGE}.
     */
    private int englishSlashRange(ReadContext ctx, Matcher m, int pos) {
        Matcher p = ctx.at(EN_SLASH_PARTNER, m.end());
        if (!p.lookingAt()) {
            return -1;
        }
        String join = p.group(1).toLowerCase(Locale.ROOT);
        String before = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
        if (join.equals("and") && !before.equals("between") || join.equals("to") && !before.equals("from")) {
            return -1;
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        int c = Integer.parseInt(p.group(2));
        int d = Integer.parseInt(p.group(3));
        SlashSpan span = SlashSpan.of(a, b, c, d, ctx.locale.monthFirst);
        if (measureAfter(ctx.text, p.end()) || ctx.at(OF_AFTER, p.end()).lookingAt()) {
            return a < b && c < d ? FRACTION_RANGE : -1;
        }
        if (!span.valid()) {
            return -1;
        }
        boolean partnerADate = span.toDay() > 12 || p.group(2).length() == 2 && p.group(2).charAt(0) == '0' || p.group(3).length() == 2 && p.group(3).charAt(0) == '0';
        if (!span.forward() || !partnerADate && writtenFractionRange(a, b, c, d)) {
            return -1;
        }
        span.emit(ctx, m, p.group(1));
        return p.end();
    }

    /** {@link #englishSlashRange}'s answer for two fractions before a measure or "of": neither pair is a date. */
    private static final int FRACTION_RANGE = -2;

    /** a/b to c/d as a range of fractions is written: proper, in lowest terms, over everyday denominators, rising. */
    private static boolean writtenFractionRange(int a, int b, int c, int d) {
        return a < b && c < d && a * d < c * b && EVERYDAY_DENOMINATORS.contains(b) && EVERYDAY_DENOMINATORS.contains(d)
                && java.math.BigInteger.valueOf(a).gcd(java.math.BigInteger.valueOf(b)).intValue() == 1
                && java.math.BigInteger.valueOf(c).gcd(java.math.BigInteger.valueOf(d)).intValue() == 1;
    }

    /** The second of two slash dates listed with "y"/"o": " y 4/17", " o 9/8". */
    private static final Pattern ES_SLASH_PARTNER = Pattern.compile("[ \\u00A0]+(y|o)[ \\u00A0]+(\\d{1,2})/(\\d{1,2})" + NOT_AFTER);
    /** " de " and a word, no number: "1/4 de la deuda" takes a share of what follows ("4/17 de 9 a 12" keeps its date). */
    private static final Pattern ES_SHARE_OF_AFTER = Pattern.compile("[ \\u00A0]+de[ \\u00A0]+\\p{L}");

    /**
     * Round forty-one: "los sábados 4/10 y 4/17", "el jueves 2/4 y 2/11": the second pair listed after a slash date with
     * "y"/"o" is a date too, in the first one's order ("diez de abril y diecisiete de abril"; es-US month first), where
     * alone it might read as a fraction ("dos onceavos"). Only a pair valid in that order that runs forward in the
     * calendar (a year's turn allowed) and measures nothing ("el 3/4 y 1/2 kilo", "1/4 de la deuda"). The first date
     * ended at {@code end}; returns where the partner ends, or {@code end}.
     */
    private static int spanishListedPartner(ReadContext ctx, Matcher m, int end, boolean monthFirst) {
        Matcher p = ctx.at(ES_SLASH_PARTNER, end);
        if (!p.lookingAt() || measureAfter(ctx.text, p.end()) || ctx.at(ES_SHARE_OF_AFTER, p.end()).lookingAt()) {
            return end;
        }
        SlashSpan pair = SlashSpan.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(p.group(2)),
                Integer.parseInt(p.group(3)), monthFirst);
        if (!pair.valid() || !pair.forward()) {
            return end;
        }
        ctx.append(' ').append(p.group(1)).append(' ');
        emit(ctx, p, pair.toDay(), pair.toMonth(), null, false);
        return p.end();
    }

    private static final Pattern OF_AFTER = Pattern.compile("[ \\u00A0]+of(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    /**
     * "en el periodo 01/09-31/10": from one date to the other, "uno de septiembre a treinta y uno de octubre", after a cue
     * word or with a zero-padded or two-digit month. Round twenty-one: es-US "las fechas 7/2–7/9" is month first, as its
     * single dates are ("dos de julio a nueve de julio", never "siete medios a siete novenos"); and two ends in one month
     * running forward ("4/8–9/8", "11/4-11/12" in es-US) are a span of days with no cue ("1/2-3/4" and a score's "3/4-5/6"
     * keep their fractions, and so do proper fractions over one denominator of a ruler's, "3/8–5/8"). A day above twelve
     * keeps day first in es-US ("del 15/12 - 6/1"). Returns the span's end, or -1.
     */
    private int spanishSpan(ReadContext ctx, Matcher m) {
        boolean monthFirst = ctx.locale.monthFirst && validDayMonth(m.group(2), m.group(1)) && validDayMonth(m.group(4), m.group(3));
        int fromDay = Integer.parseInt(monthFirst ? m.group(2) : m.group(1));
        int fromMonth = Integer.parseInt(monthFirst ? m.group(1) : m.group(2));
        int toDay = Integer.parseInt(monthFirst ? m.group(4) : m.group(3));
        int toMonth = Integer.parseInt(monthFirst ? m.group(3) : m.group(4));
        if (!monthFirst && !(validDayMonth(m.group(1), m.group(2)) && validDayMonth(m.group(3), m.group(4))) || measureAfter(ctx.text, m.end())) {
            return -1;
        }
        String monthOf = monthFirst ? m.group(1) : m.group(2);
        String monthTo = monthFirst ? m.group(3) : m.group(4);
        boolean oneMonth = fromMonth == toMonth && fromDay < toDay
                && !(!monthFirst && toDay < toMonth && RANGE_DENOMINATORS.contains(toMonth));
        if (!(oneMonth || cue(ctx.previousWord(m.start()).toLowerCase(Locale.ROOT)) || monthOf.startsWith("0") || monthTo.startsWith("0")
                || monthOf.length() == 2 && monthTo.length() == 2)) {
            return -1;
        }
        emit(ctx, m, fromDay, fromMonth, null, false);
        ctx.append(" a ");
        emit(ctx, m, toDay, toMonth, null, false);
        return m.end();
    }

    /** A capital, a lower-case run, then a capitalised word after it, optionally through "de"/"del": "Mar del Plata". */
    private static final Pattern NAME_AFTER = Pattern.compile("[ \\u00A0]+(?:(?:de|del|de la)[ \\u00A0]+)?(\\p{Lu}\\p{L}*)");

    /**
     * Round thirteen: whether the Spanish month abbreviation {@code m} matched is the head of a place name ("Mar del
     * Plata", "Mar Menor", "Mar de Ajó"): written with a capital and no dot, a capitalised word after it, no year. A
     * month's full name ("5 de Marzo Madrid") and "Mar." keep the date.
     */
    private static boolean headsAName(ReadContext ctx, Matcher m) {
        String word = m.group(2);
        if (m.group().endsWith(".") || !Character.isUpperCase(word.charAt(0)) || m.end() >= ctx.text.length()
                || Vocabulary.monthName(Lang.ES, Vocabulary.month(Lang.ES, word)).equalsIgnoreCase(word)) {
            return false;
        }
        Matcher name = ctx.at(NAME_AFTER, m.end());
        return name.lookingAt() && Vocabulary.month(Lang.ES, name.group(1)) == 0;
    }

    /**
     * Words before a day and month that make it a date ("on 3 January classes resume"), never a count; before a slashed
     * number too, never an instrument's size ("on 4/4 size": QuantityReader).
     */
    static final Set<String> DATE_PREPOSITIONS = Set.of("on", "from", "until", "till", "by", "before", "after", "since", "to",
            "through", "thru", "between", "and", "of", "for", "due", "dated", "til");
    private static final Set<String> COUNT_DETERMINERS = Set.of("our", "your", "their", "my", "these", "those", "all", "the", "its");
    /** A lower-case plural noun right after the month: " classes", " tours". */
    private static final Pattern PLURAL_AFTER = Pattern.compile("[ \\u00A0](\\p{Ll}{2,}(?<!s)s)(?![\\p{L}\\d'’-])");

    /**
     * Round nine: "which 1 of our 3 January classes", "we have 4 March workshops left": a number before a month's name
     * and a plural noun counts the month's things. en-US writes its dates month first, so there any such number not after
     * a date's preposition ("on 3 January classes resume") counts; a day-first locale needs "our", "all", "the" before it.
     */
    private static boolean countOfMonthsNoun(ReadContext ctx, int pos, int end) {
        Matcher after = ctx.at(PLURAL_AFTER, end);
        if (!after.lookingAt()) {
            return false;
        }
        String before = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
        if (DATE_PREPOSITIONS.contains(before)) {
            return false;
        }
        if (!ctx.locale.monthFirst && before.equals("the")) {
            // Round forty: in a day-first locale "the 6 May elections", "the 9 March floods" name the day's events, "the
            // sixth of May elections"; "the" counts the month's things only after a share of them ("2 of the 5 October
            // tours", "which of the 3 January classes") or "all" ("all the 4 March workshops").
            int the = ReadContext.lettersStart(ctx.text, ReadContext.spacesStart(ctx.text, pos));
            String beforeThe = ctx.previousWord(the).toLowerCase(Locale.ROOT);
            if (!beforeThe.equals("of")) {
                return beforeThe.equals("all");
            }
            int of = ReadContext.lettersStart(ctx.text, ReadContext.spacesStart(ctx.text, the));
            int share = ReadContext.spacesStart(ctx.text, of);
            return share < of && share > 0 && Character.isDigit(ctx.text.charAt(share - 1))
                    || SHARE_WORDS.contains(ctx.previousWord(of).toLowerCase(Locale.ROOT));
        }
        return ctx.locale.monthFirst || COUNT_DETERMINERS.contains(before);
    }

    /** Words that take a share "of the" things a number counts: "which of the 3 January classes", "one of the 5 tours". */
    private static final Set<String> SHARE_WORDS = Set.of("one", "two", "three", "four", "five", "which", "any", "each", "some", "none",
            "both", "all", "either", "neither", "many", "most", "several");

    private static boolean validDayMonth(String day, String month) {
        int d = Integer.parseInt(day);
        int mo = Integer.parseInt(month);
        return d >= 1 && d <= 31 && mo >= 1 && mo <= 12;
    }

    /**
     * Verbs of shipping and arriving (round five J): "ships 1/12 via FedEx", "arrives 3/4", "delivered 2/9" is a date in
     * the region's order (en-US month first, en-GB day first), never "one twelfth"; "1/2 cup" has no such verb.
     */
    private static final Set<String> SHIPPING_VERBS = Set.of("ships", "shipped", "ship", "shipping", "arrives", "arrive", "arriving",
            "arrived", "delivers", "delivered", "departs", "departing", "dispatched", "dispatches", "leaves", "returns");

    /** Spans of days named by their first or last day: "the week of 3/8", "week ending 3/14", "the night of 6/5". */
    private static final Set<String> DAY_SPANS = Set.of("week", "weekend", "night", "morning", "afternoon", "evening");
    /** Words joining a span of days to its day: "week of", "week ending", "w/c" said out ("week commencing"). */
    private static final Set<String> SPAN_JOINS = Set.of("of", "commencing", "beginning", "starting", "ending");
    /** Possessives between a cue word and a slash pair: "on your 3/12", "by our 4/1". */
    static final Set<String> EN_POSSESSIVES = Set.of("your", "our", "their", "my", "his", "her", "its");
    /** Determiners other than a possessive that may open "3/12 paycheck": "this 4/9 shift", "each 5/1 payment"; not "a"/"an". */
    private static final Set<String> DATED_NOUN_DETERMINERS = Set.of("the", "this", "that", "next", "last", "each", "every");
    /** Things a day dates, said after the pair: "your 3/12 paycheck", "the 4/9 shift", "our 5/2 order". */
    private static final Set<String> DATED_EVENT_NOUNS = Set.of("paycheck", "paychecks", "paycheque", "payday", "payroll", "payment",
            "payments", "deposit", "deposits", "check", "cheque", "statement", "statements", "bill", "invoice", "order", "orders",
            "delivery", "deliveries", "pickup", "shipment", "appointment", "appointments", "shift", "shifts", "session", "sessions",
            "meeting", "interview", "visit", "class", "event", "deadline", "renewal", "transfer", "withdrawal", "charge", "draft",
            "reservation", "booking", "flight", "game", "webinar", "call", "timesheet",
            "draw", "draws", // round thirty-five: a lottery's "your 4/3 draw"
            "trip", "trips", "ride", "rides", "stay", "tour", "cruise", // round forty-four: "your 3/12 trip", "your 5/3 ride"
            // Round forty-eight: a service booked for a day ("your 4/18 tune-up", "your 6/3 fitting", "the 5/9 installation").
            "tune-up", "tuneup", "fitting", "fittings", "repair", "repairs", "installation", "install", "lesson", "lessons",
            "classes", "inspection", "cleaning", "pickups", "dropoff", "drop-off");

    /**
     * Round thirty-four: tests and procedures a day dates when "of" joins it to them ("your MRI of 1/12", "the ultrasound of
     * 2/9", "the blood test of 1/3"), beside {@link #DATED_EVENT_NOUNS}; a share "of" a whole is the noun after the pair.
     */
    private static final Set<String> DATED_TESTS = Set.of("mri", "scan", "scans", "x-ray", "xray", "ultrasound", "test", "tests",
            "exam", "screening", "procedure", "surgery", "labs", "bloodwork", "biopsy", "mammogram", "colonoscopy", "vaccination",
            "service", "services", "treatment", "consultation", "checkup", "check-up");

    /** A meridiem after an hour: " AM", "pm", " p.m.". */
    private static final String HOUR_MERIDIEM = "[ \\u00A0]?[aApP]\\.?[ \\u00A0]?[mM]\\.?(?![\\p{L}])";
    /**
     * Round fifty-nine: a day's hours after its date, "from 10:00 to 11:30 AM", "from 4 to 6 PM", "at 3:15", "at 9 a.m.":
     * the range's or the hour's last time has its minutes or its meridiem, "from 2 to 3 cups" none.
     */
    private static final Pattern CLOCK_AFTER_PAIR = Pattern.compile("[ \\u00A0]+(?:from[ \\u00A0]+\\d{1,2}(?::\\d{2})?(?:" + HOUR_MERIDIEM
            + ")?[ \\u00A0]*(?:to|until|till|-|–)[ \\u00A0]*|at[ \\u00A0]+)\\d{1,2}(?::\\d{2}(?!\\d)|" + HOUR_MERIDIEM + ")");

    private static boolean clockTimeAfterPair(String t, int end) {
        Matcher m = CLOCK_AFTER_PAIR.matcher(t).region(end, t.length());
        return m.lookingAt();
    }

    /**
     * Round thirty-one B (English): a month/day pair that a script's words date, in the region's order and only when it is a
     * valid day and month: after a span of days and its joint ("the week of 3/8", "week ending 3/14"), after a cue word and a
     * possessive ("on your 3/12"), or between a possessive or a determiner and a noun a day dates ("your 3/12 paycheck", "this
     * 4/9 shift", round forty-one: "your 2/12 surgery", a test or a procedure of {@link #DATED_TESTS}; not after "a"/"an" or a number: "a 1/2 order", "add 1/2 order", "2 1/2 shifts" are parts of one). Before a
     * measure ("3/4 cup") or another noun ("your 1/2 price") a pair stays a fraction.
     */
    private static boolean englishDatedPair(ReadContext ctx, int pos, int end, int a, int b) {
        int month = ctx.locale.monthFirst ? a : b;
        int day = ctx.locale.monthFirst ? b : a;
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return false;
        }
        String before = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
        int beforeStart = ReadContext.spacesStart(ctx.text, pos) - before.length();
        String twoBefore = before.isEmpty() ? "" : ctx.previousWord(beforeStart).toLowerCase(Locale.ROOT);
        if (SPAN_JOINS.contains(before) && DAY_SPANS.contains(twoBefore)
                || EN_POSSESSIVES.contains(before) && CUES.contains(twoBefore)) {
            return true;
        }
        if (APPROXIMATE_DAY_WORDS.contains(before) && (a > b || !EVERYDAY_DENOMINATORS.contains(b))) {
            // Round sixty-nine A: "should wrap up around 3/11", "lands about 8/9": a day is given roughly as it is given
            // exactly after "by" or "on" (CUES), when the pair is no everyday fraction; "about 3/4 full", "around 1/2" keep
            // theirs, and a measure or "of" after the pair ("about 5/12 of the budget", measureAfter) keeps any fraction.
            return true;
        }
        if (before.equals("for") && clockTimeAfterPair(ctx.text, end)) {
            // Round fifty-nine: "is set for 4/9 from 10:00 to 11:30 AM", "booked for 8/10 at 3 PM": a pair something is
            // set for, with the hours of that day after it, is the day (round fifty-four's date cues name it before the
            // pair; here the clock after it does); "for 1/2 from 2 to 3 cups" (no clock) keeps its fraction.
            return true;
        }
        if (before.equals("for") && ARRANGED_FOR.contains(twoBefore) && pairEndsItsPhrase(ctx.text, end)) {
            // Round sixty-three B: "pickup is set for 6/9, and…", "your cleaning is scheduled for 4/7.": what is set, scheduled
            // or booked for a pair is set for its day, as round fifty-nine's clock after the pair says; only when the pair
            // ends its phrase, since "set for 2/3 of the price" and "booked for 1/2 day" are shares of what follows.
            return true;
        }
        if (before.equals("of") && (DATED_EVENT_NOUNS.contains(twoBefore) || DATED_TESTS.contains(twoBefore))
                && !ctx.nextWord(end).equalsIgnoreCase("of") && !measureAfter(ctx.text, end)) {
            return true; // round thirty-four: "your MRI of 1/12", "the visit of 3/4"; "1/2 of the visit" keeps its fraction
        }
        // Round forty-one: the tests and procedures of round thirty-four are dated right before their noun too, "your 2/12
        // surgery", "your 3/9 procedure" ("your February twelfth surgery"), as "your 3/12 appointment" is.
        String noun = end < ctx.text.length() && ctx.text.charAt(end) == ' ' ? ctx.nextWord(end) : "";
        int hyphen = ReadContext.spacesEnd(ctx.text, end) + noun.length();
        if (!noun.isEmpty() && ctx.text.startsWith("-", hyphen) && datedNoun(noun + "-" + ctx.nextWord(hyphen + 1))) {
            noun = noun + "-" + ctx.nextWord(hyphen + 1); // round forty-eight: "your 4/18 tune-up", a hyphenated service
        }
        boolean possessive = EN_POSSESSIVES.contains(before) || nounPossessive(ctx.text, pos);
        if ((possessive || DATED_NOUN_DETERMINERS.contains(before)) && datedNoun(noun)) {
            return true;
        }
        if (possessive && eventAfterPair(ctx, end, noun, a, b)) {
            return true;
        }
        // Round fifty-eight: a name of one to three capitalised words may stand between the pair and its noun ("your 6/10
        // Lake Tahoe cruise", "your 2/9 Acme orientation"): the noun after the name decides as it does right after the
        // pair, so an everyday fraction dates only before a dated noun or an event's gerund; a measure or a price in
        // capitals ("your 1/2 Price Sale") keeps the fraction.
        int nameEnd = capitalisedNameEnd(ctx.text, end);
        if (possessive && nameEnd > 0 && !measureAfter(ctx.text.toLowerCase(Locale.ROOT), end)) {
            String named = ctx.nextWord(nameEnd);
            if (datedNoun(named) || eventAfterPair(ctx, nameEnd, named, a, b)) {
                return true;
            }
        }
        // Round forty-three: after a possessive one plain word may name the event's kind before its noun ("your child's
        // 3/2 vaccine visit", "her 5/6 dental checkup"); a measure or a price is no kind ("your 1/2 price visit", "1/2 cup").
        int nounEnd = ReadContext.spacesEnd(ctx.text, end) + noun.length();
        return possessive && !noun.isEmpty() && noun.chars().allMatch(Character::isLowerCase) && !noun.equals("price")
                && !noun.equals("day") // round forty-four: "your 1/2 day trip" is half a day's trip
                && !measureAfter(ctx.text, end) && nounEnd < ctx.text.length() && ctx.text.charAt(nounEnd) == ' '
                && datedNoun(ctx.nextWord(nounEnd));
    }

    /** Round sixty-nine A: words that give a day roughly ("around 3/11", "about 8/9"), read as "by" and "on" are. */
    private static final Set<String> APPROXIMATE_DAY_WORDS = Set.of("around", "about");
    /** Round sixty-three B: participles of arranging before "for" and a day: "set for 6/9", "scheduled for 4/7". */
    private static final Set<String> ARRANGED_FOR = Set.of("set", "scheduled", "rescheduled", "booked", "slated", "planned", "moved",
            "confirmed", "reserved");
    /** Round sixty-three B: after a pair, the end of the text, a mark that closes a phrase, or a clause's joining word. */
    private static final Pattern PHRASE_END_AFTER_PAIR = Pattern.compile("(?:$|[.,;:!?)]|[ \\u00A0]+(?:and|but|so|or|at|from|between|in"
            + "|with|by|if|when|unless|please)(?![\\p{L}\\d]))");

    private static boolean pairEndsItsPhrase(String t, int end) {
        return PHRASE_END_AFTER_PAIR.matcher(t).region(end, t.length()).lookingAt();
    }

    /** One to three capitalised words after a space (a name: "Lake Tahoe", "Acme"), a lower-case word after them. */
    private static final Pattern CAPITALISED_NAME = Pattern.compile("(?:[ \\u00A0]\\p{Lu}\\p{Ll}+){1,3}(?=[ \\u00A0]\\p{Ll})");

    /** Where {@link #CAPITALISED_NAME} ends when it starts at {@code end}; -1 if none does. */
    private static int capitalisedNameEnd(String t, int end) {
        Matcher name = CAPITALISED_NAME.matcher(t).region(end, t.length());
        return name.lookingAt() ? name.end() : -1;
    }

    /**
     * Round fifty-two: between a possessive and a plain lower-case noun a month/day pair is the day of the thing the noun
     * names, beyond the nouns of {@link #DATED_EVENT_NOUNS} ("your 4/11 signing", "your 2/9 walkthrough", "your 6/10
     * orientation"), when it cannot be the share a fraction there would be: the noun is an event's gerund ("signing",
     * "closing", "hearing"; not a measure's or a material's, {@link #NOT_EVENT_GERUNDS}), or the pair is no everyday
     * fraction (its denominator none of {@link #EVERYDAY_DENOMINATORS}, or it is improper: "4/11", "2/9", "12/3"). A
     * measure or a share after the pair ("your 3/4 share", "your 1/2 price", {@link #measureAfter}) and an everyday
     * fraction before any other noun ("your 3/8 socket", "your 9/10 rating") stay fractions.
     */
    private static boolean eventAfterPair(ReadContext ctx, int end, String noun, int a, int b) {
        if (noun.length() < 4 || !noun.chars().allMatch(c -> Character.isLowerCase(c) || c == '-') || noun.equals("day")
                || measureAfter(ctx.text, end)) {
            return false;
        }
        boolean eventGerund = noun.endsWith("ing") && noun.length() >= 6 && !NOT_EVENT_GERUNDS.contains(noun);
        return eventGerund || a > b || !EVERYDAY_DENOMINATORS.contains(b);
    }

    /** Denominators of the fractions prose and sizes use ("1/2", "2/3", "3/4", "4/5", "3/8", "7/10", "5/16"). */
    private static final Set<Integer> EVERYDAY_DENOMINATORS = Set.of(2, 3, 4, 5, 8, 10, 16, 32, 64, 100);
    /** Nouns in "-ing" a fraction measures or sizes rather than events: "your 1/2 serving", "your 3/4 tubing", "your 9/10 rating". */
    private static final Set<String> NOT_EVENT_GERUNDS = Set.of("serving", "helping", "rating", "pricing", "setting", "sizing",
            "spacing", "something", "nothing", "anything", "everything", "tubing", "piping", "railing", "siding", "flooring",
            "decking", "shelving", "padding", "lining", "casing", "wiring", "ceiling", "string", "spring", "during");

    /** A noun a day dates: an event of {@link #DATED_EVENT_NOUNS} or a test of {@link #DATED_TESTS}. */
    private static boolean datedNoun(String word) {
        return DATED_EVENT_NOUNS.contains(word) || DATED_TESTS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Round forty-three: a noun's possessive right before the pair ("your son's 4/7 appointment", "your dog's 6/11
     * checkup") owns the day as "your" does; the word before only gives the letters after the apostrophe ("s").
     */
    private static boolean nounPossessive(String t, int pos) {
        int i = ReadContext.spacesStart(t, pos);
        return i < pos && i >= 3 && t.charAt(i - 1) == 's' && (t.charAt(i - 2) == '\'' || t.charAt(i - 2) == '\u2019')
                && Character.isLetter(t.charAt(i - 3));
    }

    /** Measure words a fraction is taken of ("kilo", "taza", "hora", a unit symbol such as "kg"). */
    private static final Set<String> MEASURE_WORDS = Set.of("kilo", "kilos", "taza", "tazas", "litro", "litros", "cucharada", "cucharadita",
            "docena", "hora", "horas", "metro", "metros", "libra", "libras", "pieza", "barra", "vaso", "pound", "cup", "cups", "hour",
            "mile", "dozen", "gallon", "pint", "teaspoon", "tablespoon",
            // Round eighty-two B: the inch spelt out, "the 3/4 inch pipe", as "mile" is.
            "inch", "inches",
            // Round five K: a share of something ("the 1/3 share", "a 2/5 stake", "1/4 of the bill").
            "share", "shares", "portion", "portions", "stake", "split", "majority", "of",
            // Round forty-five: a sale's fraction ("starting 1/2 price", "effective 1/3 off") after the new cues of a change's day.
            "price", "off");

    /**
     * Round sixty B: the sizes and portions a bakery, a caterer or a kitchen sells by an everyday fraction ("the 1/4 sheet
     * cake", "the 1/2 pan of ziti", "a 3/4 slab"): after "the" (a cue of dates, "the 3/4 deadline") such a proper fraction of
     * halves, thirds or quarters before one of them is the thing's size, never a day; a noun a day dates ("the 1/4 payment",
     * {@link #DATED_EVENT_NOUNS}) is none of these and keeps its date.
     */
    private static final Set<String> PORTION_NOUNS = Set.of("sheet", "sheets", "slab", "slabs", "pan", "pans", "tray", "trays",
            "loaf", "loaves", "wheel", "wheels", "slice", "slices", "size", "sized", "round", "rounds", "tier", "tiers", "keg", "kegs",
            "pie", "pies", "cake", "cakes", "pizza", "pizzas", "rack", "racks", "wedge", "wedges", "block", "blocks", "bar", "bars");

    /** Lengths a fraction is joined to by a hyphen in a compound adjective ("a 5/8-inch bolt", "a 1/4-mile loop"). */
    private static final Set<String> HYPHEN_UNIT_NAMES = Set.of("inch", "foot", "mile", "yard", "pound", "ounce", "gallon", "cup", "hour");

    private static boolean measureAfter(String t, int end) {
        if (QuantityReader.inchMark(t, end, end)) {
            // Round eighty-three B: "a 3/8\" shelf", "5/8″ drywall": the inch mark glued after the pair makes it a
            // fraction of an inch, never "March eighth" (the "in." of round eighty-two B, as a sign); a '"' closing a
            // quotation is none (QuantityReader.inchMark counts the quotation marks before it).
            return true;
        }
        int i = ReadContext.spacesEnd(t, end);
        boolean hyphen = i == end;
        if (hyphen) {
            // "1/2-in. pipe", "5/8-inch bolts" (round twenty B): a unit joined by a hyphen makes the pair a fraction of it.
            if (end + 1 >= t.length() || t.charAt(end) != '-' || !Character.isLowerCase(t.charAt(end + 1))) {
                return false;
            }
            i = end + 1;
        }
        int j = i;
        while (j < t.length() && (Character.isLetter(t.charAt(j)) || t.charAt(j) == '²' || t.charAt(j) == '³')) {
            j++;
        }
        String word = t.substring(i, j);
        if (hyphen && (Units.find(word + ".") != null && t.startsWith(".", j) || HYPHEN_UNIT_NAMES.contains(word))) {
            return true; // "5/8-in.", "3/4-inch": the symbol with its dot, or the unit's name
        }
        if (word.equals("in") && t.startsWith(". ", j) && j + 2 < t.length() && Character.isLowerCase(t.charAt(j + 2))) {
            // Round eighty-two B: "the 1/2 in. drain slope", "cut 3/4 in. off": the inch's symbol with its dot, spaced, before
            // a lower-case word mid-sentence is the fraction's unit, never "January second in."; the bare "in" is the
            // preposition ("due 1/2 in the morning") and "in." closing a sentence before a capital may be one too.
            return true;
        }
        return !word.isEmpty() && (MEASURE_WORDS.contains(word.toLowerCase(Locale.ROOT)) || Units.find(word) != null);
    }

    /**
     * Round ten: "was due 1/20/27", "good through 12/31/26": a two-digit year from two years before today's to five after
     * it is a bill's or an appointment's, said in full ("twenty twenty seven") as after a weekday; an older one
     * ("11/17/05", NeMo's) keeps "zero five".
     */
    private static boolean nearToday(ReadContext ctx, String year) {
        int yy = Integer.parseInt(year);
        int now = ctx.today().getYear() % 100;
        return yy >= now - 2 && yy <= now + 5;
    }

    /**
     * Spanish writes a day before its month, so "vence el 10/12" is a date and only a second part that cannot be a month
     * ("08/27") is a year; English and es-US "expires 08/27" is August 27th unless a card is being talked about.
     */
    private static boolean cardExpiry(ReadContext ctx, int pos, int yy) {
        if (ctx.es() && !ctx.locale.monthFirst) {
            return yy > 12;
        }
        // es-US writes its month first, as English does (round eight D): "válida hasta el 11/28" is November 28th; a card's
        // month and year only with a card named or a second number no day can be.
        String before = ctx.text.substring(Math.max(0, pos - 60), pos).toLowerCase(Locale.ROOT);
        return yy > 31 || before.contains(ctx.es() ? "tarjeta" : "card");
    }

    /** "antes del 09/2026" → "antes de septiembre de…" (round eight E): a month named has no article; false when none. */
    private static boolean dropArticleBeforeMonth(ReadContext ctx) {
        int len = ctx.out.length();
        if (len < 5 || !ctx.out.substring(len - 5).equals(" del ")) {
            return false;
        }
        ctx.out.setLength(len - 2);
        ctx.out.append(' ');
        return true;
    }

    /**
     * Round fifty-six: words that open a span or a point in time before a month and its year ("built between 3/2024 and
     * 8/2025", "built since 4/2023", "fabricadas entre 2/2024 y 9/2025", "desde 5/2025").
     */
    private static final Set<String> MONTH_YEAR_CUES = Set.of("between", "from", "since", "until", "till", "through", "thru", "by",
            "before", "after", "in", "during", "entre", "desde", "hasta");

    /** Round fifty-six: a second month and year joined to the first, "between 3/2024 and 8/2025", "entre 2/2024 y 9/2025". */
    private static final Pattern MONTH_YEAR_PARTNER = Pattern.compile("([ \\u00A0]+(?:and|to|through|thru|until|till|or|y|o|a|hasta)[ \\u00A0]+)"
            + MONTH_YEAR_NUMERIC.pattern());

    /**
     * Round fifty-six: a month with no leading zero over a year, "3/2024", is a month and year after an expiry word ("expires
     * 7/2028", "caduca en 4/2029") or a span's word ({@link #MONTH_YEAR_CUES}); a round hundred ("1/2000 of a second")
     * and a pair before "of" or a unit stay fractions, and with no cue Spanish "Ley 7/1985" stays a law's number and year.
     */
    private static boolean unpaddedMonthYear(ReadContext ctx, int pos, Matcher m, boolean expiryCued) {
        return Integer.parseInt(m.group(2)) % 100 != 0 && !measureAfter(ctx.text, m.end()) && !ctx.at(OF_AFTER, m.end()).lookingAt()
                && (expiryCued || MONTH_YEAR_CUES.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT)));
    }

    /** Says the month and year of {@code m} ("March twenty twenty four", "marzo de dos mil veinticuatro") and a partner after it. */
    private static int monthYear(ReadContext ctx, Matcher m) {
        if (ctx.es()) {
            dropArticleBeforeMonth(ctx);
        }
        appendMonthYear(ctx, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        Matcher partner = ctx.at(MONTH_YEAR_PARTNER, m.end());
        if (!partner.lookingAt() || Integer.parseInt(partner.group(3)) % 100 == 0) {
            return m.end();
        }
        ctx.append(partner.group(1));
        appendMonthYear(ctx, Integer.parseInt(partner.group(2)), Integer.parseInt(partner.group(3)));
        return partner.end();
    }

    private static void appendMonthYear(ReadContext ctx, int month, int year) {
        ctx.append(Vocabulary.monthName(ctx.lang, month)).append(ctx.es() ? " de " : " ").append(ctx.speller.year(year));
    }

    private static final Pattern CARD_EXPIRY = Pattern.compile("(?<![\\d./-])(0[1-9]|1[0-2])/(\\d{2})(?![\\d/-]|[.,]\\d)");
    /** How far before a date its cue may start: "consumir preferentemente antes del " is the longest. */
    private static final int CUE_REACH = 40;
    /**
     * Words before a deadline's date: an expiry ("vto.", "caduca") and, round eight E, a food's best-before or use-by phrase
     * ("consumo preferente", "consumir preferentemente antes del", "best before", "use by"); round eighty A, its "fecha de
     * consumo".
     */
    private static final Pattern EXPIRY_CUE = Pattern.compile("(?iu)\\b(?:caduca|caducidad|vence|vencimiento|expira|válida hasta|valid thru|"
            + "valid through|expires|expiry|expiration|exp\\.|vto\\.|consumo preferente|fecha de consumo|consumir(?: preferentemente)? antes de|"
            + "best before(?: end)?|best by|use by|sell by)(?:[ \\u00A0]+(?:el|en|on|date|:)|(?<=de)l)?[ \\u00A0:]*$");

    private static boolean monthFirst(ReadContext ctx, int first) {
        return ctx.locale.monthFirst && first <= 12;
    }

    /**
     * The order of a numeric date that reads both ways ("11/12": the eleventh of December or the twelfth of November) when
     * a weekday is named before it, in a locale whose order is only its region's habit (es-US, where writers mix both;
     * issue 13): a human announcer checks the calendar and reads the date that falls on that weekday, each date taken in
     * its written year or, without one, as its next one from today on. Read on 2026-12-02, "el jueves 10/12" is the 10th
     * of December, a Thursday (the 12th of October 2027 is a Tuesday); "el martes 1/12" the 12th of January, a Tuesday
     * (the 1st of December was one yesterday, its next one is a Wednesday). Where both fall on it, the one still ahead this
     * year: "el viernes 11/12" is the 11th of December, not the 12th of November 2027, also a Friday; where both are next
     * year's (or in one written year), the locale's order. Where neither does, where
     * no weekday is named, and in a locale with a settled order, the locale's order ({@code monthFirst}) stands: there
     * the seen dates a weekday seemed to contradict were past ones ("llegó el martes 1/12", read the next day) or a
     * writer's slip ("el sábado 6/12"), not the other order. The calendar is only looked at when a weekday is named.
     */
    private static boolean calendarOrder(ReadContext ctx, int pos, int a, int b, String year, boolean monthFirst) {
        if (!ctx.locale.dateOrderMixed || a == b || a < 1 || b < 1 || a > 12 || b > 12) {
            return monthFirst; // a settled order, one order impossible, or both the same date
        }
        DayOfWeek named = weekdayBefore(ctx, pos);
        if (named == null) {
            return monthFirst;
        }
        LocalDate today = ctx.today();
        LocalDate dayFirstDate = upcoming(today, a, b, year);
        LocalDate monthFirstDate = upcoming(today, b, a, year);
        boolean dayFirstFits = dayFirstDate.getDayOfWeek() == named;
        boolean monthFirstFits = monthFirstDate.getDayOfWeek() == named;
        if (dayFirstFits != monthFirstFits) {
            return monthFirstFits;
        }
        if (!dayFirstFits) {
            return monthFirst;
        }
        // Round fifty-nine: where both fall on it, the one still ahead this year beats one a year away (read on 2026-12-02,
        // "el viernes 11/12" is this month's 11th, the 12th of November having passed); where both are next year's (or a
        // written year's), nothing makes the nearer one likelier, and the locale's order stands, as without a weekday:
        // es-US "el domingo 9/5" is the 5th of September, also a Sunday as the 9th of May is.
        if (dayFirstDate.getYear() != monthFirstDate.getYear()) {
            return monthFirstDate.isBefore(dayFirstDate);
        }
        return monthFirst;
    }

    /** The date of {@code day}/{@code month} in its written year ("26" is 2026), or else its next one from today on. */
    private static LocalDate upcoming(LocalDate today, int day, int month, String year) {
        if (year != null) {
            int y = Integer.parseInt(year);
            return LocalDate.of(year.length() == 2 ? (y <= 50 ? 2000 + y : 1900 + y) : y, month, day);
        }
        LocalDate thisYear = LocalDate.of(today.getYear(), month, day);
        return thisYear.isBefore(today) ? thisYear.plusYears(1) : thisYear;
    }

    /**
     * What after "mar. 12" shows "mar." is Tuesday: the day's own month (" de enero", " de feb."), or another weekday and
     * its day listed after it (" y mié. 13", ", jueves 14"). Round eighty-two A: or a range's other end that names a
     * weekday, its day and a month (" al vie. 18 de diciembre", " hasta el jueves 9 de abril"): the range's two ends are
     * the same kind of date, a weekday and its day, so "del mar. 15 al vie. 18 de diciembre" is "del martes quince al
     * viernes dieciocho", never "del quince de marzo al viernes…"; "del 15 mar. al 18 de abril" and "mar. 2027" stay March.
     */
    private static final Pattern WEEKDAY_CUE_AFTER_DAY = Pattern.compile("[ \\u00A0]+de[ \\u00A0]+(?:" + Vocabulary.ES_MONTH_ALT + ")(?![\\p{L}])"
            + "|(?:,|[ \\u00A0][yo])[ \\u00A0]+(?:" + ES_WEEKDAY_SHORT + "\\.?|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)[ \\u00A0]+\\d"
            + "|[ \\u00A0]+(?:al|a|hasta(?:[ \\u00A0]+el)?)[ \\u00A0]+(?:" + ES_WEEKDAY_SHORT + "\\.?|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)"
            + "[ \\u00A0]+\\d{1,2}[ \\u00A0]+de[ \\u00A0]+(?:" + Vocabulary.ES_MONTH_ALT + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A slash and a digit at {@code i}: the day just read is the first half of a slash date ("mar. 15/12"). */
    private static boolean slashAfter(String t, int i) {
        return i + 1 < t.length() && t.charAt(i) == '/' && Character.isDigit(t.charAt(i + 1));
    }

    /** Letters at {@code pos}, then an optional dot, spaces and a digit ("marzo 5", "dic. 11"). */
    private static boolean wordThenDigit(String t, int pos) {
        int i = ReadContext.lettersEnd(t, pos);
        if (i == pos) {
            return false;
        }
        if (i < t.length() && t.charAt(i) == '.') {
            i++;
        }
        int spaces = i;
        i = ReadContext.blanksEnd(t, i);
        return i > spaces && i < t.length() && Character.isDigit(t.charAt(i));
    }

    /**
     * Round sixty-eight A: a number after a month's name with a lower-case plural noun right after it counts that noun
     * ("en julio 9 pagos fijos", "desde octubre 24 meses de garantía": the month stands alone, "nueve pagos"), never a
     * month-first date ("nueve de julio pagos"); es-US "julio 9" before anything else ("julio 9 a las 10", "julio 9.")
     * is still the date. A verb's plural in "-mos" or a voseo form ("julio 9 abrimos", "julio 9 tenés") is no noun.
     */
    private static boolean countAfterMonth(ReadContext ctx, int dayEnd) {
        if (dayEnd >= ctx.text.length() || ctx.text.charAt(dayEnd) != ' ') {
            return false;
        }
        String next = ctx.nextWord(dayEnd);
        return Vocabulary.countedNoun(ctx.lang, next) && !next.matches(".*(?:[aei]mos|[áéí]s)");
    }

    private int words(ReadContext ctx, int pos) {
        if (ctx.es()) {
            // This runs at every word: a month and its day need a word, spaces and a digit; a century needs "siglo".
            Matcher m = wordThenDigit(ctx.text, pos) ? ctx.at(ES_MONTH_DAY, pos) : null;
            if (m != null && m.lookingAt() && m.group(1).equalsIgnoreCase("mar") && (ctx.previousWord(pos).equalsIgnoreCase("el")
                    || slashAfter(ctx.text, m.end(2)) || ctx.at(WEEKDAY_CUE_AFTER_DAY, m.end(2)).lookingAt())) {
                // "el mar. 15/12", "del mar. 1/12" (round five L): before a slash date "mar." is the weekday, never March.
                // "el mar. 10 de marzo", "el mar. 10": after the article "mar." is the weekday ("el martes diez"); the month
                // takes no article before its day ("el 10 de mar."). Round twenty-nine B: so wherever the day has its own
                // month after it ("Mar. 16 de marzo", "del mar 12 de enero": a day cannot have two months) or another
                // weekday's day follows it ("mar. 3 y mié. 4 de febrero"). "del" alone is no cue: "a orillas del mar. 12
                // habitaciones" is the sea.
                ctx.append(Character.isUpperCase(ctx.text.charAt(pos)) ? "Martes" : "martes");
                int end = pos + 3;
                return end < ctx.text.length() && ctx.text.charAt(end) == '.' ? end + 1 : end;
            }
            if (m != null && m.lookingAt() && m.group(3) == null && Character.isUpperCase(m.group(1).charAt(0))
                    && ctx.text.charAt(m.end(1)) != '.' && ReferenceReader.afterStreetParticle(ctx.text, pos)) {
                // Round seventy A: a capitalised month with no dot after a street's "de"/"del", then its house number
                // ("Paseo del Mar 14", "Av. de Mayo 23"): the sea and the month name the street, the number is the house's.
                return -1;
            }
            if (m != null && m.lookingAt() && !(m.group(3) == null && countAfterMonth(ctx, m.end(2)))) {
                return emit(ctx, m, Integer.parseInt(m.group(2)), Vocabulary.month(ctx.lang, m.group(1)), m.group(3), false);
            }
            boolean centuryAbbreviated = ctx.text.startsWith("s.", pos) || ctx.text.startsWith("S.", pos) || ctx.text.startsWith("sig.", pos);
            m = centuryAbbreviated ? ctx.at(CENTURY_ABBREVIATED, pos) : null;
            if (m != null && m.lookingAt() && RomanNumerals.parse(m.group(1)) > 0 && RomanNumerals.parse(m.group(1)) <= 21) {
                // "s. XXI", "s. XV": the century abbreviated, before a numeral in capitals.
                ctx.append("siglo ").append(ctx.speller.cardinal(RomanNumerals.parse(m.group(1)), Gender.NEUTRAL));
                return m.end();
            }
            m = Character.toLowerCase(ctx.text.charAt(pos)) == 's' ? ctx.at(CENTURY, pos) : null;
            if (m != null && m.lookingAt()) {
                int n = RomanNumerals.parse(m.group(2));
                if (n <= 0) {
                    return -1;
                }
                ctx.append(m.group(1)).append(ctx.speller.cardinal(n, Gender.NEUTRAL));
                int end = m.end();
                for (Matcher next = ctx.at(CENTURY_NEXT, end); next.lookingAt() && RomanNumerals.parse(next.group(2)) > 0
                        && RomanNumerals.parse(next.group(2)) <= 21; next = ctx.at(CENTURY_NEXT, end)) {
                    ctx.append(next.group(1)).append(ctx.speller.cardinal(RomanNumerals.parse(next.group(2)), Gender.NEUTRAL));
                    end = next.end();
                }
                return end;
            }
            return -1;
        }
        // This runs at every word near a digit: each English pattern below needs a month's word, spaces and a digit.
        if (!wordThenDigit(ctx.text, pos) || Vocabulary.month(Lang.EN, ctx.nextWord(pos)) == 0) {
            return -1;
        }
        Matcher range = ctx.at(EN_MONTH_DAY_RANGE, pos);
        if (range.lookingAt()) {
            // "May 3-5, 2026", "Oct. 10–12": both days are dates, "may third to fifth".
            int month = Vocabulary.month(ctx.lang, range.group(1));
            int from = Integer.parseInt(range.group(2));
            int to = Integer.parseInt(range.group(3));
            if (month >= 1 && from >= 1 && from < to && to <= 31) {
                ctx.append(Vocabulary.monthName(Lang.EN, month)).append(' ').append(ctx.speller.ordinal(from, false, false)).append(" to ")
                        .append(ctx.speller.ordinal(to, false, false));
                if (range.group(4) != null) {
                    ctx.append(' ').append(year(ctx, range.group(4)));
                }
                return range.end();
            }
        }
        Matcher m = ctx.at(EN_MONTH_DAY, pos);
        if (m.lookingAt()) {
            int end = emit(ctx, m, Integer.parseInt(m.group(2)), Vocabulary.month(ctx.lang, m.group(1)), m.group(4), false);
            return end;
        }
        m = ctx.at(EN_MONTH_YEAR, pos);
        if (m.lookingAt()) {
            int month = Vocabulary.month(ctx.lang, m.group(1));
            ctx.append(Vocabulary.monthName(Lang.EN, month)).append(' ').append(ctx.speller.year(Integer.parseInt(m.group(2))));
            return m.end();
        }
        return -1;
    }

    /** Appends the date if it is a valid one; {@code dayFirstEnglish} chooses "the fifth of may" over "may fifth". */
    private static int emit(ReadContext ctx, Matcher m, int day, int month, String year, boolean dayFirstEnglish) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return -1;
        }
        NumberSpeller sp = ctx.speller;
        StringBuilder sb = new StringBuilder();
        if (ctx.es()) {
            sb.append(day == 1 ? "primero" : sp.cardinal(day, Gender.NEUTRAL)).append(" de ").append(Vocabulary.monthName(Lang.ES, month));
            if (year != null) {
                // "del 2007" as written: the text's own preposition stays.
                boolean del = m.group().regionMatches(true, m.group().length() - year.length() - 4, "del", 0, 3);
                sb.append(del ? " del " : " de ").append(calendarYear(ctx, m.start(), year) ? fullYear(ctx, year) : year(ctx, year));
            }
        } else {
            String dayWords = sp.ordinal(day, false, false);
            String monthName = Vocabulary.monthName(Lang.EN, month);
            if (dayFirstEnglish) {
                // "on the 3rd of May": the text's own "the" is not said twice, nor put after a possessive ("your 8/3 shift"
                // → "your eighth of March shift", round thirty-one B).
                String before = ctx.previousWord(m.start()).toLowerCase(Locale.ROOT);
                sb.append(before.equals("the") || EN_POSSESSIVES.contains(before) ? "" : "the ").append(dayWords).append(" of ").append(monthName);
            } else {
                sb.append(monthName).append(' ').append(dayWords);
            }
            if (year != null) {
                sb.append(' ').append(calendarYear(ctx, m.start(), year) ? fullYear(ctx, year) : year(ctx, year));
            }
        }
        ctx.append(sb.toString());
        // "hasta el 1 de agosto." — a dot the match ends on is the full stop, not an abbreviation's: give it back.
        // "el 3 de feb. a las 10" — after an abbreviated month a dot before a lower-case word is the abbreviation's: drop it.
        if (ctx.text.charAt(m.end() - 1) != '.') {
            return m.end();
        }
        String rest = ctx.text.substring(m.end());
        String stripped = rest.stripLeading();
        boolean abbreviated = m.group().length() >= 2 && Vocabulary.month(ctx.lang, lastWord(m.group())) > 0
                && lastWord(m.group()).length() <= 5 && !lastWord(m.group()).equalsIgnoreCase("mayo");
        boolean continues = abbreviated && !stripped.isEmpty() && rest.length() > stripped.length() && Character.isLowerCase(stripped.charAt(0));
        // "el 11 de dic.; tenga", "Jan. 31st, then": before a comma or semicolon the dot is the abbreviation's, not a full stop.
        boolean beforeMark = abbreviated && !rest.isEmpty() && ",;:".indexOf(rest.charAt(0)) >= 0;
        return continues || beforeMark ? m.end() : m.end() - 1;
    }

    /**
     * Round eight C: after an expiry word ("expires 12/31/26") the date is a deadline of this calendar too. "Thursday,
     * 1/7/27" (round five J): a date tied to this calendar by its weekday is an appointment, and (round ten) so is one whose
     * two-digit year is near today's ({@link #nearToday}); such a year is said as the full year ({@link #fullYear}). Without
     * any of these "11/17/05" keeps NeMo's "zero five". Round eighty A: Spanish alike ("fecha de consumo 4/18/27", "el
     * martes 12/01/27": "de dos mil veintisiete", never "de veintisiete").
     */
    private static boolean calendarYear(ReadContext ctx, int start, String year) {
        return year.length() == 2 && (weekdayBefore(ctx, start) != null || nearToday(ctx, year)
                || EXPIRY_CUE.matcher(ctx.text.substring(Math.max(0, start - CUE_REACH), start)).find());
    }

    /** A two-digit year said in full, 00-50 this century: "twenty twenty seven", "dos mil veintisiete". */
    private static String fullYear(ReadContext ctx, String year) {
        int yy = Integer.parseInt(year);
        return ctx.speller.year(yy <= 50 ? 2000 + yy : 1900 + yy);
    }

    private static String lastWord(String s) {
        String t = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        return t.substring(ReadContext.lettersStart(t, t.length()));
    }

    private static String year(ReadContext ctx, String digits) {
        if (digits.length() == 2) {
            // "05" → "cero cinco" / "zero five"; "98" → "noventa y ocho".
            return digits.charAt(0) == '0' ? ctx.speller.digits(digits) : ctx.speller.cardinal(digits, Gender.NEUTRAL);
        }
        return ctx.speller.year(Integer.parseInt(digits));
    }

    private static final Set<String> EN_WEEKDAY_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /**
     * "Thursday, 5/6", "Tu (2/22)", "Thurs., 2/4", "el vie. 11/12": the weekday named right before {@code pos} (across a
     * comma or a bracket), or null; in English it makes "n/m" a date.
     */
    private static DayOfWeek weekdayBefore(ReadContext ctx, int pos) {
        int i = pos;
        while (i > 0 && " ,(\u00A0".indexOf(ctx.text.charAt(i - 1)) >= 0 && pos - i < 3) {
            i--;
        }
        String word = ctx.previousWordAcrossDot(i); // "Thurs., 2/4", "Tue. 1/12": the abbreviation's dot too (round five G)
        return word.isEmpty() ? null : weekday(ctx.lang, word);
    }

    /**
     * The day a weekday word names in its language, from this class's names and abbreviations ("Thurs", "friday"; "vie",
     * "miércoles", "sabado"), or null for any other word.
     */
    private static DayOfWeek weekday(Lang lang, String word) {
        String lower = singularWeekday(word.toLowerCase(Locale.ROOT));
        if (lang == Lang.EN) {
            String name = EN_WEEKDAYS.containsKey(word) ? EN_WEEKDAYS.get(word).toLowerCase(Locale.ROOT) : lower;
            return EN_WEEKDAY_NAMES.contains(name) ? DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT)) : null;
        }
        String name = ES_WEEKDAY_NAMES.getOrDefault(lower, lower);
        return ES_WEEKDAYS.get(withoutAccents(name));
    }

    /** Spanish weekday names, as java.time says them, without their accents: "miercoles" → Wednesday. */
    private static final Map<String, DayOfWeek> ES_WEEKDAYS = Arrays.stream(DayOfWeek.values()).collect(Collectors.toUnmodifiableMap(
            day -> withoutAccents(spanishWeekday(day)), day -> day));

    /** A weekday's Spanish name as java.time (CLDR) says it: "lunes", "miércoles", "sábado". */
    static String spanishWeekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.forLanguageTag("es"));
    }

    /** The seven Spanish names of {@link #spanishWeekday}, as written (accents kept). */
    private static final Set<String> ES_WEEKDAY_FULL_NAMES = Arrays.stream(DayOfWeek.values()).map(DateReader::spanishWeekday)
            .collect(Collectors.toUnmodifiableSet());

    /** Whether a lower-case word is a Spanish weekday's full name, accents and all ("sábado"; not "sabado", not "sáb"). */
    static boolean spanishWeekdayName(String lower) {
        return ES_WEEKDAY_FULL_NAMES.contains(lower);
    }

    private static String withoutAccents(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** English weekdays as calendars abbreviate them without a dot ("Tu", "Thurs", "Wed"). */
    private static final java.util.Map<String, String> EN_WEEKDAYS = java.util.Map.ofEntries(java.util.Map.entry("Mon", "Monday"),
            java.util.Map.entry("Tu", "Tuesday"), java.util.Map.entry("Tue", "Tuesday"), java.util.Map.entry("Tues", "Tuesday"),
            java.util.Map.entry("Wed", "Wednesday"), java.util.Map.entry("Weds", "Wednesday"), java.util.Map.entry("Th", "Thursday"), java.util.Map.entry("Thu", "Thursday"),
            java.util.Map.entry("Thur", "Thursday"), java.util.Map.entry("Thurs", "Thursday"), java.util.Map.entry("Fri", "Friday"),
            java.util.Map.entry("Sat", "Saturday"), java.util.Map.entry("Sun", "Sunday"));
    /**
     * "Mon to Fri", "Tue & Thu", "Mon/Wed" (round seven D: an ampersand or a slash joins two days as "and" does). The
     * second day's dot is left out of the match (round fifty-nine B): it may also end the sentence ("We deliver on Tue
     * and Fri."), where it is kept as a full stop ({@link TokenScanner#pastSymbolDot}).
     */
    private static final Pattern WEEKDAY_JOINED = Pattern.compile("(?:[ \\u00A0](to|through|thru|and|or|&)[ \\u00A0]|/)(\\p{Lu}\\p{Ll}{1,4})(?=\\.?(?![\\p{L}/]))");
    /** A hyphen or an en dash, perhaps set apart, and a weekday's short or full name after it: "-Fri", " – Friday", "–sábado". */
    private static final Pattern WEEKDAY_RANGE = Pattern.compile("\\.?[ \\u00A0]?[-–][ \\u00A0]?(\\p{L}\\p{Ll}{1,8})\\.?(?![\\p{L}])");
    /** What follows a weekday abbreviation that makes it one: a day number or a date, perhaps in brackets or after a comma. */
    private static final Pattern DATE_AFTER_WEEKDAY = Pattern.compile(",?[ \\u00A0]\\(?(?:\\d{1,2}(?![\\d:.])|\\d{1,2}[:.]\\d{2}(?!\\d)|\\d{1,2}/\\d{1,2}|\\p{Lu}\\p{Ll}{2})");

    /**
     * A clock time after a weekday abbreviation and a preposition ("Tue at 3:15 PM", "Sat from 9 AM", "Fri by noon"): the
     * time makes the word a day; "Sun at" with no time after it (a star, a newspaper) stays as written.
     */
    private static final Pattern TIME_AFTER_WEEKDAY = Pattern.compile(",?[ \\u00A0](?:at|by|from|until|till|before|after|between)[ \\u00A0]"
            + "(?:\\d{1,2}(?:[:.]\\d{2}(?!\\d)|[ \\u00A0]?[AaPp]\\.?[Mm](?![\\p{L}]))|noon|midnight)");

    /** A comma and a capitalised short word after it: the next member of a list of weekdays ("Mon, Wed"). */
    private static final Pattern WEEKDAY_LISTED = Pattern.compile("\\.?,[ \\u00A0](\\p{Lu}\\p{Ll}{1,4})(?![\\p{L}/])");

    /**
     * Round fifty-eight: "open Mon, Thu and Sat", "Tue, Thu or Sat": a weekday abbreviation before a comma and another
     * one that itself ends in the "and"/"or" of {@link #WEEKDAY_JOINED} (or lists on towards it) is a list of days, each
     * said in full; "Mon, Wed" with no joined last day, or "Sat, Sun Valley", stays as written.
     */
    private static boolean listedBeforeJoinedWeekdays(ReadContext ctx, int runEnd) {
        Matcher listed = ctx.at(WEEKDAY_LISTED, runEnd);
        if (!listed.lookingAt() || !EN_WEEKDAYS.containsKey(listed.group(1))) {
            return false;
        }
        Matcher joined = ctx.at(WEEKDAY_JOINED, listed.end());
        return joined.lookingAt() && EN_WEEKDAYS.containsKey(joined.group(2)) || listedBeforeJoinedWeekdays(ctx, listed.end());
    }

    /** A weekday's day number before "&"/"and"/"or" and a second weekday with its day and month: "Fri 15 & Sat 16 Jan". */
    private static final Pattern PAIRED_DAY = Pattern.compile("\\.?,?[ \\u00A0](\\d{1,2})(?:st|nd|rd|th)?(?=[ \\u00A0]*(?:&|and|or)[ \\u00A0]+"
            + "(\\p{Lu}\\p{Ll}{1,4})\\.?,?[ \\u00A0]+\\d{1,2}(?:st|nd|rd|th)?[ \\u00A0]+(\\p{Lu}\\p{Ll}{2,8})\\.?(?![\\p{L}]))");

    /**
     * A weekday and its date ending the text before a dash: "Thu., 4/8", "Fri 9 July", "Monday, August 2" (the weekday in
     * group 1, checked by {@link #weekday}).
     */
    private static final Pattern WEEKDAY_DATE_BEFORE = Pattern.compile("(?<![\\p{L}])(\\p{Lu}\\p{Ll}{1,8})\\.?,?[ \\u00A0]+"
            + "(?:\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?|\\d{1,2}(?:st|nd|rd|th)?(?:[ \\u00A0]+\\p{Lu}\\p{Ll}{2,8}\\.?)?|\\p{Lu}\\p{Ll}{2,8}\\.?[ \\u00A0]+\\d{1,2}(?:st|nd|rd|th)?)"
            + "[ \\u00A0]*$");
    /** A weekday after a dash, its date after it: "–Sun., 4/11", " - Wed. 6/9", " – Friday, August 6". */
    private static final Pattern WEEKDAY_DATE_AFTER = Pattern.compile("[ \\u00A0]*(\\p{Lu}\\p{Ll}{1,8})\\.?(?=" + DATE_AFTER_WEEKDAY.pattern() + ")");

    /**
     * Round eighteen B: "Thu., 4/8–Sun., 4/11", "Fri 9 July – Sun 11 July": a dash (an en or em dash, or a hyphen set
     * apart) between two dates that each follow their weekday is a span, said "to" as a range of bare dates already is
     * ("4/8–4/11"), never left as a pause between two days. English; the caller has seen a capital after the dash.
     */
    static boolean dashBetweenWeekdayDates(ReadContext ctx, int pos) {
        Matcher after = ctx.at(WEEKDAY_DATE_AFTER, pos + 1);
        if (!after.lookingAt() || weekday(Lang.EN, after.group(1)) == null) {
            return false;
        }
        Matcher before = WEEKDAY_DATE_BEFORE.matcher(ctx.text.substring(Math.max(0, pos - 32), pos));
        return before.find() && weekday(Lang.EN, before.group(1)) != null;
    }

    /** The full name of an English weekday abbreviated without its dot ("Sat" → "Saturday"); null for any other word. */
    static String weekdayName(String word) {
        return EN_WEEKDAYS.get(word);
    }

    /** "Sat", "Tues": an English weekday abbreviation (written without its dot). */
    static boolean weekdayAbbreviation(String word) {
        return EN_WEEKDAYS.containsKey(word);
    }

    /** Whether a word is an English weekday's full name, in any case: "Monday", "friday", "SUNDAY". */
    static boolean englishWeekdayName(String word) {
        return EN_WEEKDAY_NAMES.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a word, in any case, is one of {@link #EN_WEEKDAYS}'s abbreviations that clips its day's name to three
     * letters or more: "mon", "Wed", "THURS", "sat". Where case is not asked, "Tu" and "Th" are left out ("th" also ends an
     * ordinal, "5th, "), and so is "Weds", which no caller of this took before the tables were one.
     */
    static boolean englishWeekdayClipping(String word) {
        String full = word.length() < 3 ? null : EN_WEEKDAYS.get(Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT));
        return full != null && full.regionMatches(true, 0, word, 0, word.length());
    }

    /**
     * "from 18:00 Sat until 06:00 Sun", "5 PM Mon": a weekday's capitalised short name right after a time or a date (the
     * text before it ends with a digit, or "AM"/"PM") is the weekday, said in full; "the Sun" or "Sat down" stay.
     */
    static int weekdayAfterTime(ReadContext ctx, int pos, int runEnd) {
        String day = EN_WEEKDAYS.get(ctx.text.substring(pos, runEnd));
        // "13:00 Mon–Thu" (round seven D): a range after a time is the weekday reader's, both days in full.
        if (day == null || runEnd < ctx.text.length() && "'’.-–/".indexOf(ctx.text.charAt(runEnd)) >= 0) {
            return -1;
        }
        int i = ReadContext.spacesStart(ctx.text, pos);
        if (i == pos || i == 0) {
            return -1;
        }
        String before = ctx.previousWordAcrossDot(pos).toLowerCase(Locale.ROOT);
        if (!TokenScanner.isDigit(ctx.text.charAt(i - 1)) && !before.equals("am") && !before.equals("pm")
                && !(before.equals("m") && ctx.text.substring(Math.max(0, i - 4), i).toLowerCase(Locale.ROOT).matches("[ap]\\.m\\."))) {
            return -1;
        }
        String next = runEnd < ctx.text.length() && ctx.text.charAt(runEnd) == ' ' ? ctx.nextWord(runEnd) : "";
        if (!next.isEmpty() && Character.isUpperCase(next.charAt(0)) && Vocabulary.month(ctx.lang, next) <= 0) {
            return -1; // "Route 66 Sun Valley": a capitalised word after it makes it part of a name
        }
        ctx.append(day);
        return runEnd;
    }

    /**
     * The full name of an English month abbreviated without its dot as calendars write it ("Nov", "Sept": a capital, then
     * lower case), from {@link Vocabulary}'s month words; null for anything else ("May" and "June" are names already,
     * "NOV" is shouted).
     */
    private static String shortMonthName(String word) {
        int month = Vocabulary.month(Lang.EN, word);
        if (month == 0 || !Character.isUpperCase(word.charAt(0)) || !word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        String name = Vocabulary.monthName(Lang.EN, month);
        return name.equals(word) ? null : name;
    }

    // Round ten B: "Oct & Nov", "Oct and Nov", two months of a list, joined as a range's are. Round sixteen B: "or" and a
    // list's comma before another joint join them too ("Aug or Sep", "Jan, Feb and Mar"; "Hi Jan, Mar called" keeps its names), and either may keep its dot ("Oct. and Nov."); the
    // second's dot is dropped before a lower-case word ("the Nov and Dec. invoices"), where it ends no sentence.
    private static final Pattern MONTH_RANGE = Pattern.compile("\\.?([ \\u00A0]?[-–][ \\u00A0]?|[ \\u00A0](?:to|through|thru|until|till|and|or|&)[ \\u00A0]"
            + "|,[ \\u00A0](?=\\p{Lu}\\p{Ll}{2,3}\\.?(?:,[ \\u00A0]|[ \\u00A0](?:and|or|&)[ \\u00A0])\\p{Lu}\\p{Ll}{2,3}(?![\\p{L}'’])))"
            + "(\\p{Lu}\\p{Ll}{2,3})(?:\\.(?=[ \\u00A0]\\p{Ll}))?(?![\\p{L}'’])");
    private static final Set<String> BEFORE_A_MONTH = Set.of("from", "in", "since", "until", "till", "by", "during", "between", "before", "after");
    private static final Set<String> RANGE_WORDS = Set.of("to", "through", "thru", "until", "till", "and");

    /**
     * "from Nov to Mar", "Nov-Mar", "closed in Jan": an English month abbreviated without its dot is said in full in a
     * range of months or after "from", "in", "since" (round five F); "Jan" elsewhere may be a name and stays.
     */
    static int monthAbbreviation(ReadContext ctx, int pos, int runEnd) {
        String t = ctx.text;
        String month = shortMonthName(t.substring(pos, runEnd));
        if (month == null || runEnd < t.length() && ("'’".indexOf(t.charAt(runEnd)) >= 0
                || t.charAt(runEnd) == '.' && runEnd + 1 < t.length() && !Character.isWhitespace(t.charAt(runEnd + 1)))) {
            return -1;
        }
        int after = runEnd < t.length() && t.charAt(runEnd) == '.' ? runEnd + 1 : runEnd;
        while (after < t.length() && (t.charAt(after) == ' ' || t.charAt(after) == '\u00A0')) {
            after++;
        }
        if (after < t.length() && TokenScanner.isDigit(t.charAt(after))) {
            return -1; // "from Dec. 24", "Nov 3": a date, read by the date rules
        }
        Matcher range = ctx.at(MONTH_RANGE, runEnd);
        String lastMonth = range.lookingAt() ? shortMonthName(range.group(2)) : null;
        if (lastMonth != null && listBeforeADay(ctx, range)) {
            // "Oct & Nov 3", "Aug. & Sep. 4": the second month heads a date, left to the date rules; the first is still a
            // month of the list (round seventeen B), in full, its dot dropped before the joint.
            ctx.append(month);
            return t.charAt(runEnd) == '.' ? runEnd + 1 : runEnd;
        }
        if (lastMonth != null) {
            String joint = range.group(1).trim();
            joint = joint.startsWith("-") || joint.startsWith("–") ? " to " : joint.startsWith("&") ? " and " : range.group(1);
            ctx.append(month).append(joint).append(lastMonth); // "Nov-Mar": "November to March"
            return range.end();
        }
        String before = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
        boolean rangeEnd = false;
        if (RANGE_WORDS.contains(before)) {
            int b = ReadContext.spacesStart(t, pos);
            b -= before.length();
            rangeEnd = Vocabulary.month(ctx.lang, ctx.previousWord(b)) > 0; // "Nov to Mar", "January to Mar"
        }
        // Round fifteen B: the abbreviation's own dot, then one space ("your Oct. orders"), is a gap of one as a space is.
        boolean dotted = runEnd < t.length() && t.charAt(runEnd) == '.';
        boolean oneGap = runEnd == after - 1 || dotted && runEnd == after - 2;
        if (!BEFORE_A_MONTH.contains(before) && !rangeEnd && !(oneGap && beforeItsNoun(ctx, before, after))
                && !(dotted && datedAtSentenceEnd(ctx, pos, before, month, after))) {
            return -1;
        }
        if (!rangeEnd && runEnd == after - 1 && after < t.length() && (Character.isUpperCase(t.charAt(after)) || PLACE_PARTICLE.matcher(t).region(after, t.length()).lookingAt())) {
            return -1; // "in Mar del Plata", "in Mar Vista", "in Jan Smith's absence" (round fourteen B): a name, no month
        }
        ctx.append(month);
        // "in Nov. for repairs", "your Oct. orders": the abbreviation's dot before a lower-case word ends no sentence
        return dotted && after < t.length() && Character.isLowerCase(t.charAt(after)) ? runEnd + 1 : runEnd;
    }

    /** Words before "for" that make a month after it the period a sum is owed or billed for: "in arrears for Jan.". */
    private static final Set<String> BILLED_FOR = Set.of("arrears", "due", "overdue", "owed", "owing", "outstanding", "unpaid", "bill", "bills",
            "invoice", "invoices", "statement", "statements", "payment", "payments", "charges", "usage", "rent", "fees", "balance", "paid");

    /**
     * Round fifteen B: "in arrears for Jan.", "overdue for Dec.": after "for", a month abbreviation whose dot ends the
     * sentence (the end of the text or a capital after it) is the month; "Jan." is also a name ("a parcel for Jan."), so
     * it is a month only after a word of a sum owed or billed ({@link #BILLED_FOR}).
     */
    private static boolean datedAtSentenceEnd(ReadContext ctx, int pos, String before, String month, int after) {
        if (!before.equals("for") || after < ctx.text.length() && !Character.isUpperCase(ctx.text.charAt(after))) {
            return false;
        }
        if (!month.equals("January")) {
            return true;
        }
        int b = ReadContext.spacesStart(ctx.text, pos);
        return BILLED_FOR.contains(ctx.previousWord(b - 3).toLowerCase(Locale.ROOT));
    }

    /** Words before a month that dates the noun after it: "for Nov billing", "your Dec invoice", "all Jan items". */
    private static final Set<String> BEFORE_A_DATED_NOUN = Set.of("for", "of", "on", "your", "our", "the", "their", "its", "my", "this",
            "last", "next", "all", "any", "each", "every", "per");
    /** Lower-case words after a month's name that are no noun it dates: a verb of a person called "Jan", a place's "del". */
    private static final Set<String> NOT_A_DATED_NOUN = Set.of("and", "or", "the", "for", "with", "from", "was", "were", "is", "are",
            "will", "has", "had", "have", "can", "could", "would", "should", "may", "might", "must", "says", "said", "did", "does",
            "not", "who", "del", "della", "los", "las", "but", "nor", "yet", "too", "also", "here", "there", "then", "now", "about",
            "after", "before", "into", "over", "under", "until", "regarding", "concerning", "during", "since", "via", "instead",
            "again", "please", "today", "tomorrow", "tonight", "soon", "later", "directly", "personally", "herself", "himself");

    /**
     * Round fourteen B: "for Nov deliveries", "your Dec milk invoice": a month abbreviation with no day, after a word that
     * introduces a noun ({@link #BEFORE_A_DATED_NOUN}) and before a lower-case word of three letters or more that is no
     * verb, dates that noun and is said as the month. "Jan Smith called", "Jan called", "Mar del Plata" keep theirs.
     */
    private static boolean beforeItsNoun(ReadContext ctx, String before, int after) {
        if (!BEFORE_A_DATED_NOUN.contains(before)) {
            return false;
        }
        Matcher m = ctx.at(DATED_NOUN, after);
        if (!m.lookingAt()) {
            return false;
        }
        String noun = m.group(1);
        return !NOT_A_DATED_NOUN.contains(noun) && !noun.endsWith("ed") && !noun.endsWith("ly");
    }

    private static final Pattern PLACE_PARTICLE = Pattern.compile("(?:del|de|la|las|los|do|da|dos|das)(?![\\p{L}])");
    private static final Pattern DATED_NOUN = Pattern.compile("(\\p{Ll}{3,})(?![\\p{L}\\d'’])");

    /** Whether a list's second month ("& Nov", "and Nov") has a day after it. */
    private static boolean listBeforeADay(ReadContext ctx, Matcher range) {
        String joint = range.group(1).trim();
        if (!joint.startsWith("&") && !joint.startsWith("and") && !joint.startsWith("or") && !joint.startsWith(",")) {
            return false;
        }
        int after = range.end();
        if (after < ctx.text.length() && ctx.text.charAt(after) == '.') {
            after++; // "Aug. & Sep. 4": the second month's own dot before its day
        }
        after = ReadContext.spacesEnd(ctx.text, after);
        return after < ctx.text.length() && TokenScanner.isDigit(ctx.text.charAt(after));
    }

    private static final String ES_MONTH_SHORT = "(?:" + Vocabulary.ES_MONTH_ABBREVIATION_ALT + ")";
    /** "oct., nov. y dic.", "ene. a mar.": Spanish month abbreviations with their dots in a list or a range. */
    private static final Pattern ES_MONTH_LIST = Pattern.compile("(?iu:" + ES_MONTH_SHORT + ")\\.(?:(?:,[ \\u00A0]|[ \\u00A0](?:y|o|a|e)[ \\u00A0]"
            + "|[ \\u00A0]?[-–][ \\u00A0]?)(?iu:" + ES_MONTH_SHORT + ")\\.)+(?![\\p{L}\\d])");
    private static final Pattern ES_MONTH_WORD = Pattern.compile("\\p{L}+");

    /**
     * "las cuotas de oct., nov. y dic.", "de ene. a mar." (round five G): Spanish month abbreviations with their dots,
     * two or more in a list or a range and no day after them, are said in full ("octubre, noviembre y diciembre"); the
     * last dot stays only where it ends the sentence. A lone "mar." or "dic." is left to the other rules.
     */
    static int spanishMonthList(ReadContext ctx, int pos) {
        Matcher m = ctx.at(ES_MONTH_LIST, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        String t = ctx.text;
        int after = ReadContext.spacesEnd(t, m.end());
        if (after < t.length() && TokenScanner.isDigit(t.charAt(after))) {
            return -1; // "oct. y nov. 2026", a date's parts: left to the date rules
        }
        return sayAbbreviationList(ctx, m, after, word -> {
            int month = Vocabulary.month(Lang.ES, word);
            return month > 0 ? Vocabulary.monthName(Lang.ES, month) : null;
        });
    }

    /**
     * Writes a matched list of abbreviations with their dots in full ({@code fullName} of each lower-cased word, null
     * for a joining "y", "a"), a hyphen or dash between two as "a"; the last dot stays only where it ends the sentence
     * ({@code after}: the first character after the list's spaces). Returns the list's end.
     */
    private static int sayAbbreviationList(ReadContext ctx, Matcher m, int after, Function<String, String> fullName) {
        String t = ctx.text;
        String list = m.group();
        Matcher w = ES_MONTH_WORD.matcher(list);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (w.find()) {
            String word = w.group();
            String name = fullName.apply(word.toLowerCase(Locale.ROOT));
            sb.append(list.substring(last, w.start()).replace(".", ""));
            if (name != null && w.end() < list.length() && list.charAt(w.end()) == '.') {
                sb.append(Character.isUpperCase(word.charAt(0)) ? Character.toUpperCase(name.charAt(0)) + name.substring(1) : name);
                last = w.end() + 1;
            } else {
                sb.append(word); // a joining "y", "a"
                last = w.end();
            }
        }
        ctx.append(sb.toString().replace("-", " a ").replace("–", " a ").replace("  ", " "));
        boolean sentenceEnd = after == t.length() || after > m.end() && Character.isUpperCase(t.charAt(after));
        if (sentenceEnd) {
            ctx.append(".");
        }
        return m.end();
    }

    /** "mar., jue. y sáb.", "lun. a vie.": Spanish weekday abbreviations with their dots in a list or a range. */
    private static final Pattern ES_WEEKDAY_LIST = Pattern.compile("(?iu:" + ES_WEEKDAY_SHORT + ")\\.(?:(?:,[ \\u00A0]|[ \\u00A0](?:y|o|al?|e)[ \\u00A0]"
            + "|[ \\u00A0]?[-–][ \\u00A0]?)(?iu:" + ES_WEEKDAY_SHORT + ")\\.)+(?![\\p{L}\\d])");

    /**
     * "agua solo mar., jue. y sáb.", "lun. a vie." (round five H), "del mar. al vie." (round eight E): Spanish weekday abbreviations with their dots, two or
     * more in a list or a range, are said in full ("martes, jueves y sábado"); in a list "mar." is Tuesday, not March (a
     * list of months alone is read by {@link #spanishMonthList}, tried first). The last dot stays where it ends the sentence.
     */
    static int spanishWeekdayList(ReadContext ctx, int pos) {
        Matcher m = ctx.at(ES_WEEKDAY_LIST, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        String t = ctx.text;
        int after = ReadContext.spacesEnd(t, m.end());
        if (ctx.previousWord(pos).equalsIgnoreCase("los")) {
            // "los sáb. y dom." (round nine): every week's days, "los sábados y domingos" ("lunes" to "viernes" have one form)
            return sayAbbreviationList(ctx, m, after, k -> {
                String day = ES_WEEKDAY_NAMES.get(k);
                return day != null && day.endsWith("o") ? day + "s" : day;
            });
        }
        return sayAbbreviationList(ctx, m, after, ES_WEEKDAY_NAMES::get);
    }

    /** A day and month after a weekday: " 14/12", " 19/12/2026". */
    private static final Pattern DAY_MONTH_AFTER = Pattern.compile("[ \\u00A0]\\d{1,2}/\\d{1,2}(?![\\d.,]\\d|\\d)");

    /**
     * "el lun 14/12", "sáb 19/12" (round seven B): a Spanish weekday abbreviated without its dot, as SMS and Argentine
     * scripts write it, is said in full when a day and month follow; elsewhere "mar", "dom" and "vie" stay words.
     */
    static int spanishWeekdayBeforeDate(ReadContext ctx, int pos, int runEnd) {
        if (runEnd + 1 >= ctx.text.length() || !TokenScanner.isDigit(ctx.text.charAt(runEnd + 1))) {
            return -1;
        }
        String word = ctx.text.substring(pos, runEnd);
        String day = ES_WEEKDAY_NAMES.get(word.toLowerCase(Locale.ROOT));
        if (day == null || !ctx.at(DAY_MONTH_AFTER, runEnd).lookingAt()) {
            return -1;
        }
        ctx.append(Character.isUpperCase(word.charAt(0)) ? Character.toUpperCase(day.charAt(0)) + day.substring(1) : day);
        return runEnd;
    }

    /**
     * The weekday after a dash at {@code from} ({@link #WEEKDAY_RANGE}) said in full after {@code firstDay}, joined by "to"
     * or "a": "Monday to Friday", "lunes a sábado"; the range's end, or -1 when no weekday follows the dash. English takes
     * a capitalised day, short ("Fri") or full ("Friday"); Spanish a full name ("sábado", "Viernes").
     */
    private static int weekdayRange(ReadContext ctx, String firstDay, int from) {
        Matcher range = ctx.at(WEEKDAY_RANGE, from);
        if (!range.lookingAt()) {
            return -1;
        }
        String written = range.group(1);
        String lastDay = ctx.lang == Lang.EN ? EN_WEEKDAYS.getOrDefault(written, Character.isUpperCase(written.charAt(0))
                && EN_WEEKDAY_NAMES.contains(written.toLowerCase(Locale.ROOT)) ? written : null)
                : written.length() >= 5 && weekday(Lang.ES, written) != null ? written : null;
        if (lastDay == null) {
            return -1;
        }
        ctx.append(firstDay).append(ctx.es() ? " a " : " to ").append(lastDay);
        String t = ctx.text;
        int e = range.end();
        if (t.charAt(e - 1) == '.' && (e == t.length() || t.charAt(e) == '\n' || e + 1 < t.length() && t.charAt(e) == ' ' && Character.isUpperCase(t.charAt(e + 1)))) {
            ctx.append('.'); // "open Mon.–Fri." at the end of a sentence: the day's dot is also the full stop
        }
        return e;
    }

    /**
     * Round twenty-nine B: "Monday–Friday", "Tuesday-Sat", "lunes–sábado", "Lunes - Viernes": a weekday's full name and a
     * dash before another weekday is a span, said "to"/"a" as "Mon–Fri" already is ({@link #weekdayRange}); the dash
     * alone was heard as a pause between two days. English wants the capital a weekday is written with.
     */
    static int weekdayNameRange(ReadContext ctx, int pos, int runEnd) {
        String word = ctx.text.substring(pos, runEnd);
        boolean isDay = ctx.lang == Lang.EN ? Character.isUpperCase(word.charAt(0)) && EN_WEEKDAY_NAMES.contains(word.toLowerCase(Locale.ROOT))
                : weekday(Lang.ES, word) != null;
        return isDay ? weekdayRange(ctx, word, runEnd) : -1;
    }

    /** "2025/26", "2026/27": a year and the next one's last two digits. */
    private static final Pattern YEAR_SPAN = Pattern.compile("((?:19|20)\\d\\d)/(\\d\\d)(?![\\d/]|[.,]\\d)");

    /**
     * "your P60 for 2025/26", "the 2026/27 tax year" (round seven A): a British tax, financial or school year, said "twenty
     * twenty five to twenty six". Only where the second part is the next year; "2025/12" is a month, "1990/95" no span.
     */
    static int yearSpan(ReadContext ctx, int pos) {
        if (ctx.lang != Lang.EN) {
            return spanishYearSpan(ctx, pos);
        }
        Matcher m = ctx.at(YEAR_SPAN, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        int year = Integer.parseInt(m.group(1));
        int next = Integer.parseInt(m.group(2));
        if (next == 0 || next != (year + 1) % 100) { // "1999/00" is left to the other readers
            return -1;
        }
        ctx.append(ctx.speller.year(year)).append(" to ").append(next < 10 ? "oh " + ctx.speller.digit(next) : ctx.speller.cardinal(m.group(2), Gender.NEUTRAL));
        return m.end();
    }

    /** "2024-2025", "2026-27": a year, a hyphen or an en dash, and a later year or the next one's last two digits. */
    private static final Pattern ES_YEAR_SPAN = Pattern.compile("((?:19|20)\\d\\d)[-–]((?:19|20)\\d\\d|\\d\\d)(?![\\d\\p{L}]|[-–/.,:]\\d)");

    /**
     * Round twenty-six: "póliza de hogar 2024-2025", "temporada 2026-2027", "curso 2026-27" kept a bare hyphen between the
     * years. A period is said as two years with a pause, as the house says a code's hyphen ("dos mil veinticuatro, dos mil
     * veinticinco"; "curso dos mil veintiséis, veintisiete"); after "de"/"desde"/"entre" it is the range the word opens
     * ("de dos mil veintiséis a dos mil veintiocho"). "del" is often a decade's or a period's article ("la década del
     * 2002-2010", whose Proteno reader keeps the pause), so it takes the pause. A later year only; "1990-95", "2026-12" are left to the others.
     */
    private static int spanishYearSpan(ReadContext ctx, int pos) {
        String t = ctx.text;
        if (pos + 6 >= t.length() || "-–".indexOf(t.charAt(pos + 4)) < 0 || pos > 0 && "-–/.,:".indexOf(t.charAt(pos - 1)) >= 0) {
            return -1; // cheap check first: a hyphen after four digits, none before them
        }
        Matcher m = ctx.at(ES_YEAR_SPAN, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        int year = Integer.parseInt(m.group(1));
        int next = Integer.parseInt(m.group(2));
        boolean tail = m.group(2).length() == 2;
        if (tail ? next != (year + 1) % 100 || next == 0 : next <= year) {
            return -1;
        }
        String before = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
        String joint = switch (before) {
            case "de", "desde" -> " a ";
            case "entre" -> " y ";
            default -> ", ";
        };
        String second = tail && joint.equals(", ") ? ctx.speller.cardinal(next, Gender.NEUTRAL)
                : ctx.speller.year(tail ? year - year % 100 + next : next);
        ctx.append(ctx.speller.year(year)).append(joint).append(second);
        return m.end();
    }

    /**
     * "Tu (2/22)", "Wed Oct 8", "Sat 14 June": an English weekday abbreviation written without a dot is said in full when
     * a date follows it (elsewhere "Sun", "Sat" and "Wed" are words or names); -1 otherwise.
     */
    static int weekdayAbbreviation(ReadContext ctx, int pos, int runEnd) {
        String day = EN_WEEKDAYS.get(ctx.text.substring(pos, runEnd));
        if (day == null) {
            return -1;
        }
        int rangeEnd = weekdayRange(ctx, day, runEnd); // "Mon-Fri": "Monday to Friday"
        if (rangeEnd > 0) {
            return rangeEnd;
        }
        Matcher joined = ctx.at(WEEKDAY_JOINED, runEnd);
        if (joined.lookingAt() && EN_WEEKDAYS.containsKey(joined.group(2))) {
            // "Mon to Fri", "Tue and Thu": both days said in full.
            String word = joined.group(1) == null || joined.group(1).equals("&") ? "and" : joined.group(1);
            ctx.append(day).append(' ').append(word).append(' ').append(EN_WEEKDAYS.get(joined.group(2)));
            return TokenScanner.pastSymbolDot(ctx.text, joined.end());
        }
        if (listedBeforeJoinedWeekdays(ctx, runEnd)) {
            ctx.append(day); // "Mon, Thu and Sat": a list's first days, said in full as its joined last two are
            return runEnd;
        }
        Matcher paired = ctx.at(PAIRED_DAY, runEnd);
        if (paired.lookingAt() && EN_WEEKDAYS.containsKey(paired.group(2)) && Vocabulary.month(ctx.lang, paired.group(3)) > 0
                && Integer.parseInt(paired.group(1)) >= 1 && Integer.parseInt(paired.group(1)) <= 31) {
            // "Fri 15 & Sat 16 Jan" (round seven C): the first day's month is the second's, so its number is a date too,
            // "Friday the fifteenth and Saturday the sixteenth of January", not "Friday fifteen".
            ctx.append(day).append(" the ").append(ctx.speller.ordinal(Integer.parseInt(paired.group(1)), false, false));
            return paired.end();
        }
        if (ctx.at(TIME_AFTER_WEEKDAY, runEnd).lookingAt()) {
            ctx.append(day); // "Tue at 3:15 PM", "Sat from 9 AM": a day and the time on it
            return runEnd;
        }
        if (!ctx.at(DATE_AFTER_WEEKDAY, runEnd).lookingAt()) {
            return -1;
        }
        String next = ctx.nextWord(runEnd + (ctx.text.charAt(runEnd) == ',' ? 1 : 0));
        if (!next.isEmpty() && Vocabulary.month(ctx.lang, next) <= 0) {
            return -1; // "Sun Valley": a capitalised word that is not a month
        }
        ctx.append(day);
        return runEnd;
    }
}
