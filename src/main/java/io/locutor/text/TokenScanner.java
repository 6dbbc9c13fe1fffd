package io.locutor.text;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks plain text once, left to right. At the start of each token it asks the readers that can start with that
 * character, in priority order (an e-mail before a phone, a date before a time before a plain number); the first
 * that reads the token wins. Text no reader claims is copied as written, except {@code &}, {@code <} and {@code >},
 * which are spoken so the result is safe to send as SSML, and soft hyphens, which are dropped.
 * A reader that fails on odd input is treated as declining: the token is left as written, never an exception.
 */
final class TokenScanner {
    /** The size after "PM": "2.5", "10", "1". */
    private static final java.util.regex.Pattern PARTICULATE = java.util.regex.Pattern.compile("(2\\.5|10|1)(?![\\p{L}\\d]|[.,]\\d)");
    /** "M-F" or "M–F" before a time: Monday to Friday. */
    private static final java.util.regex.Pattern M_TO_F = java.util.regex.Pattern.compile("M[-–]F(?![\\p{L}\\d])(?=[ \\u00A0,:]*\\d)");
    /** "de L a V", "L-S" (round seven B): Spanish weekday initials, Monday L to Sunday D, Wednesday X. */
    private static final java.util.regex.Pattern ES_DAY_LETTERS = java.util.regex.Pattern.compile(
            "([LMXJVSD])(?:[ \\u00A0]a[ \\u00A0]|[-–])([LMXJVSD])(?![\\p{L}\\d])");
    private static final String ES_DAY_ORDER = "LMXJVSD";
    /** "L/Mi/V", "M/J/S" (round eight C): weekday initials joined by slashes, "Mi" (or "X") Wednesday, "M" then Tuesday. */
    private static final java.util.regex.Pattern ES_DAY_LIST = java.util.regex.Pattern.compile(
            "(?:Mi|[LMXJVSD])(?:/(?:Mi|[LMXJVSD])){1,5}(?![\\p{L}\\d/])");

    private final List<TokenReader> digitReaders;
    private final List<TokenReader> letterReaders;
    private final TokenReader money = new MoneyReader();
    private final TokenReader phone = new PhoneReader();
    private final TokenReader reference = new ReferenceReader();
    private final TokenReader quantity = new QuantityReader();
    private final TokenReader electronic = new ElectronicReader();
    private final TokenReader fraction = new FractionReader();
    private final TokenReader roman = new RomanReader();

    TokenScanner() {
        DateReader date = new DateReader();
        TimeReader time = new TimeReader();
        Abbreviations abbreviations = new Abbreviations();
        this.digitReaders = List.of(electronic, ReferenceReader::isbn13Shape, UsAddresses::zipAfterStateName, UsAddresses::zipAfterCue, ReferenceReader::spanishGluedKey, ReferenceReader::keyedLaterInMessage, ReferenceReader::exampleOfReference, ReferenceReader::hexCode, DateReader::yearSpan, ReferenceReader::pairRun, ReferenceReader::yearSerial, TokenScanner::digitLedSlashedCode, ReferenceReader::hyphenedCode, ReferenceReader::spanishPlate, ReferenceReader::cuit, ReferenceReader::taxCode, ReferenceReader::usTaxForm, ReferenceReader::spanishMachineModel, TokenScanner::digitLedCode, TokenScanner::numberLetterCode, TokenScanner::printedGroups,
                TokenScanner::longDigitGroups, TokenScanner::courseNumber, TokenScanner::sizeName, UsAddresses::spanishOrdinalStreet, date, phone, time, TokenScanner::coordinate, TokenScanner::englishSpacedGroups, quantity);
        // Order matters for letters(): electronic, then the readers that need a digit nearby, then abbreviations.
        this.letterReaders = List.of(electronic, reference, date, money, abbreviations);
    }

    /**
     * An en dash between two codes of one to four capitals ("Zones A–C", "JFK–LAX", "rows B–F"): a range, said "to" /
     * "a". Only the en dash: an ASCII hyphen joins such letters into one name ("A-B testing", "AC-DC").
     */
    static boolean letterRange(String t, int i) {
        int s = capitalsStart(t, i);
        int e = capitalsEnd(t, i + 1);
        return i - s >= 1 && i - s <= 4 && e - i - 1 >= 1 && e - i - 1 <= 4 && standsAlone(t, s, e);
    }

    /**
     * Round eight D: an en dash between two codes of one series, the same capitals and digits ("exits E1–E4", "doors
     * D2–D5", "bays A10–A12"): a range, "to" / "a", as between letters. Only the en dash ("E1-E4" with a hyphen may be one
     * code) and only one series ("A4–B12", two paper sizes, keeps its dash).
     */
    static boolean codeRange(String t, int i) {
        int d = digitsStart(t, i);
        int s = capitalsStart(t, d);
        int l = capitalsEnd(t, i + 1);
        int e = digitsEnd(t, l);
        return i - d >= 1 && i - d <= 3 && d - s >= 1 && d - s <= 4 && e - l >= 1 && e - l <= 3 && t.substring(s, d).equals(t.substring(i + 1, l))
                && standsAlone(t, s, e);
    }

    /** Where the run of digits starting at {@code start} ends. */
    static int digitsEnd(String t, int start) {
        int e = start;
        while (e < t.length() && isDigit(t.charAt(e))) {
            e++;
        }
        return e;
    }

    /** Where the run of digits ending at {@code end} starts. */
    static int digitsStart(String t, int end) {
        int s = end;
        while (s > 0 && isDigit(t.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    /** Where the run of capitals ending at {@code end} starts. */
    private static int capitalsStart(String t, int end) {
        int s = end;
        while (s > 0 && t.charAt(s - 1) >= 'A' && t.charAt(s - 1) <= 'Z') {
            s--;
        }
        return s;
    }

    /** Where the run of capitals starting at {@code start} ends. */
    private static int capitalsEnd(String t, int start) {
        int e = start;
        while (e < t.length() && t.charAt(e) >= 'A' && t.charAt(e) <= 'Z') {
            e++;
        }
        return e;
    }

    /**
     * An abbreviation's dot at {@code dot} that ends no sentence: a lower-case word or a closing mark (",", ";", ":", ")")
     * comes next ("30 seg. y llame", "Oak St.; traiga", "(1 gal.)").
     */
    static boolean dotMidSentence(String t, int dot) {
        if (dot + 1 >= t.length() || t.charAt(dot) != '.') {
            return false;
        }
        char next = t.charAt(dot + 1);
        return ",;:)".indexOf(next) >= 0 || next == ' ' && dot + 2 < t.length() && Character.isLowerCase(t.charAt(dot + 2));
    }

    /** Past a unit symbol's dot at {@code end} where it ends no sentence ("½ gal. por", "1/2 lb.)"), else {@code end}. */
    static int pastSymbolDot(String t, int end) {
        return end > 0 && Character.isLetter(t.charAt(end - 1)) && dotMidSentence(t, end) ? end + 1 : end;
    }

    /** No letter or digit glued before {@code s} or after {@code e}. */
    private static boolean standsAlone(String t, int s, int e) {
        return (s == 0 || !Character.isLetterOrDigit(t.charAt(s - 1))) && (e == t.length() || !Character.isLetterOrDigit(t.charAt(e)));
    }

    /** Two place names joined by an en dash, alone in brackets: "(Kendal–Keswick)", "(Leeds–York)". */
    private static final Pattern BRACKETED_ROUTE = Pattern.compile("\\(\\p{Lu}\\p{Ll}+–\\p{Lu}\\p{Ll}+\\)");

    /**
     * Round seven C: a road's or a service's two ends in brackets after it ("the A591 (Kendal–Keswick)") are a route,
     * "to" between them; an en dash between names elsewhere ("the Michelson–Morley experiment") stays a joint name.
     */
    static boolean bracketedRoute(String t, int i) {
        int open = t.lastIndexOf('(', i);
        if (open < 0 || i - open > 30) {
            return false;
        }
        Matcher m = BRACKETED_ROUTE.matcher(t).region(open, Math.min(t.length(), i + 32));
        return m.lookingAt() && t.indexOf('–', open) == i;
    }

    /**
     * "AM2", "PM3" (round ten B): "AM" or "PM" glued to a digit with no time's digit before it is a code's capitals, spelt
     * like "BT1"; "9AM2PM" keeps its time marker.
     */
    private static boolean meridiemInitials(String t, int i, int j) {
        return j - i == 2 && (t.startsWith("AM", i) || t.startsWith("PM", i)) && (i == 0 || !isDigit(t.charAt(i - 1)));
    }

    /** "noon" or "midnight", or a time's digit or "AM"/"PM", just before an en dash. */
    private static final Pattern NOON_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:noon|midnight)$");
    private static final Pattern TIME_BEFORE = Pattern.compile("(?i)(?:\\d|(?<![\\p{L}])[ap]\\.?m\\.?)$");
    /**
     * "noon" or "midnight" just after an en dash, or (after either) a time's digit; round thirty-two B: with its "12" too,
     * as en-GB prints a delivery window ("7am–12 noon", "09:00–12 midnight").
     */
    private static final Pattern NOON_AFTER = Pattern.compile("(?i)(?:12[ \\u00A0])?(?:noon|midnight)(?![\\p{L}])");

    /** Round nine: "noon–10 PM", "midnight–6 AM", "9 AM–noon": a span of the day's times, "to", as between two numbers. */
    static boolean noonRange(String t, int i) {
        if (i < 1 || i + 1 >= t.length()) {
            return false;
        }
        int from = Math.max(0, i - 9);
        if (NOON_BEFORE.matcher(t).region(from, i).useTransparentBounds(true).find()) {
            return isDigit(t.charAt(i + 1)) || NOON_AFTER.matcher(t).region(i + 1, t.length()).lookingAt();
        }
        return (t.charAt(i + 1) == 'n' || t.charAt(i + 1) == 'm' || t.charAt(i + 1) == 'N' || t.charAt(i + 1) == 'M' || t.charAt(i + 1) == '1')
                && NOON_AFTER.matcher(t).region(i + 1, t.length()).lookingAt() && TIME_BEFORE.matcher(t).region(from, i).useTransparentBounds(true).find();
    }

    /** British text, "the" then "A" or "B" glued to three or four digits at {@code i}, nothing glued after them. */
    private static boolean ukRoad(ReadContext ctx, int i, String run) {
        String t = ctx.text;
        int end = i + run.length();
        return ctx.locale.region.equals("GB") && (run.length() == 3 || run.length() == 4) && i >= 1 && (t.charAt(i - 1) == 'A' || t.charAt(i - 1) == 'B')
                && (i == 1 || !Character.isLetterOrDigit(t.charAt(i - 2))) && ctx.previousWord(i - 1).equalsIgnoreCase("the")
                && (end == t.length() || !Character.isLetterOrDigit(t.charAt(end)))
                && !AIRCRAFT_WORDS.contains(ctx.nextWord(end).toLowerCase(java.util.Locale.ROOT));
    }

    /** Words after "the A320" that make it an aircraft, said in pairs, not a road (round eight: "the A321 jet"). */
    private static final java.util.Set<String> AIRCRAFT_WORDS = java.util.Set.of("jet", "jets", "aircraft", "airliner", "airliners", "plane",
            "planes", "fleet", "neo");

    /** A size of one or two digits and a capital ("4T", "10W"), or its bare number, on each side of an en dash. */
    private static final Pattern SIZE_RANGE = Pattern.compile("(?<![\\p{L}\\d])\\d{1,2}[A-Z]–\\d{1,2}[A-Z]?(?![\\p{L}\\d])|(?<![\\p{L}\\d])\\d{1,2}[A-Z]?–\\d{1,2}[A-Z](?![\\p{L}\\d])");

    /**
     * Round seven C: an en dash between clothing sizes written with their letter ("sizes 4T–18", "2T–5T"): a range, "to",
     * as between two numbers. Only the en dash and only such short sizes: "A4–B12" or a code's hyphen are not sizes.
     */
    static boolean sizeRange(String t, int i) {
        int s = Math.max(0, i - 3);
        Matcher m = SIZE_RANGE.matcher(t).region(s, Math.min(t.length(), i + 4));
        m.useTransparentBounds(true).useAnchoringBounds(false);
        while (m.find()) {
            if (m.start() < i && m.end() > i && t.charAt(i) == '–' && t.indexOf('–', m.start()) == i) {
                return true;
            }
        }
        return false;
    }

    /** Round sixty-four B: a model railway's "00" or "OO" right before "gauge" or "scale": "00 gauge", "OO scale". */
    private static final Pattern DOUBLE_O_GAUGE = Pattern.compile("(?:00|OO)(?=[ \\u00A0]+(?:gauge|scale)(?![\\p{L}\\d]))");

    /**
     * Round sixty-four B: modellers say the "00" (or "OO") gauge of British model railways "double oh gauge", never "zero
     * zero" nor "O O"; only before "gauge" or "scale", so a "00" elsewhere (a code, a time's minutes) keeps its reading.
     * "HO gauge" and "N gauge" are already spelt as modellers say them ("H O gauge"). Returns where the gauge's name ends,
     * or {@code i} when none starts here.
     */
    private static int modelRailwayGauge(ReadContext ctx, int i) {
        Matcher gauge = ctx.at(DOUBLE_O_GAUGE, i);
        if (!gauge.lookingAt()) {
            return i;
        }
        ctx.out.append("double oh");
        return gauge.end();
    }

    void scan(ReadContext ctx) {
        String t = ctx.text;
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (c == '–') {
                int end = numberRange(ctx, i);
                if (end > i) {
                    i = end;
                    continue;
                }
                if (letterRange(t, i) || codeRange(t, i) || sizeRange(t, i) || bracketedRoute(t, i) || noonRange(t, i)) {
                    ctx.out.append(ctx.es() ? " a " : " to "); // "Zones A–C", "JFK–LAX" (round seven A)
                    i++;
                    continue;
                }
            }
            if ((c == '-' || c == '–') && ctx.lang == Lang.EN && dateRangeHyphen(ctx, i)) {
                i++;
                continue;
            }
            if (c == '-' && ctx.lang == Lang.EN && i > 1 && (isDigit(t.charAt(i - 1)) || t.charAt(i - 1) == ' ' && isDigit(t.charAt(i - 2)))
                    && TimeReader.englishDotTimeHyphen(ctx, i)) {
                // "10.15 - 11.45" after a date or "from" (round twenty-two B): a window of clock times, "to", as the en dash is
                ctx.out.append(ctx.out.length() > 0 && ctx.out.charAt(ctx.out.length() - 1) == ' ' ? "to" : " to");
                if (i + 1 < n && t.charAt(i + 1) != ' ') {
                    ctx.out.append(' ');
                }
                i++;
                continue;
            }
            boolean tokenStart = i == 0 || !isWordChar(t.charAt(i - 1));
            if (c == '#' && !tokenStart && ctx.lang == Lang.EN && i + 1 < n && isDigit(t.charAt(i + 1)) && Character.isLetter(t.charAt(i - 1))
                    && GLUED_SIGN_NOUNS.contains(ctx.previousWord(i).toLowerCase(java.util.Locale.ROOT))) {
                // Round twenty-six B: "ticket#58214", "Order#30772": a number sign glued to a document's noun starts its
                // reference as a spaced one does ("ticket number fifty eight two one four"), not "hash" and a quantity.
                int mark = ctx.out.length();
                ctx.out.append(' ');
                int end = tryReaders(ctx, i, c);
                if (end > i) {
                    i = end;
                    continue;
                }
                ctx.out.setLength(mark);
            }
            if (tokenStart && (c == '0' || c == 'O') && ctx.lang == Lang.EN) {
                int end = modelRailwayGauge(ctx, i);
                if (end > i) {
                    i = end;
                    continue;
                }
            }
            if (tokenStart) {
                int end = tryReaders(ctx, i, c);
                if (end > i) {
                    // "4B", "12A": a number read as words, then a letter glued to it — keep them apart.
                    if (isDigit(c) && end < n && Character.isLetter(t.charAt(end)) && ctx.out.length() > 0
                            && Character.isLetter(ctx.out.charAt(ctx.out.length() - 1))) {
                        ctx.out.append(' ');
                    }
                    i = end;
                    continue;
                }
            }
            if (Character.isLetter(c)) {
                int j = i + 1;
                while (j < n && (Character.isLetter(t.charAt(j)) || Character.getType(t.charAt(j)) == Character.NON_SPACING_MARK)) {
                    j++;
                }
                if (c == 'x' && j == i + 1 && QuantityReader.countedPacksBy(ctx, i)) {
                    ctx.out.append("by"); // "100 bags x 40 lb" (round eight F)
                    i = j;
                    continue;
                }
                if (c == 'x' && j == i + 1 && QuantityReader.gaugeBy(ctx, i)) {
                    ctx.out.append(ctx.es() ? "por" : "by"); // "#10 x 2-1/2 in. screws" (round sixty-two A)
                    i = j;
                    continue;
                }
                int times = c == 'x' && j == i + 1 ? multiplier(ctx, i) : -1;
                if (times > 0) {
                    i = times;
                    continue;
                }
                int registration = Character.isUpperCase(c) && j < n && t.charAt(j) == '-' ? Initialisms.readRegistrationMark(ctx, i) : -1;
                if (registration > 0) {
                    i = registration; // round seventy-four J: "EC-HRZ", "G-HKTW", an aircraft's registration, spelt
                    continue;
                }
                if (gluedFormatInitials(t, i, j)) {
                    // Round thirty: "4DX", "5XL", "4WD": a format's, a size's or a drive's capitals glued after its number are
                    // spelt, as the cinema's "4DX" is said ("four D X", "cuatro D X"), never left to the voice as "DX".
                    ctx.out.append(Initialisms.codeLetters(ctx, t.substring(i, j)));
                    i = j;
                    continue;
                }
                if (j - i >= 2 && j - i <= 4 && j < n && isDigit(t.charAt(j)) && capitals(t, i, j)
                        && (ctx.es() || !Initialisms.EN_CAPITALISED_WORDS.contains(t.substring(i, j)) || meridiemInitials(t, i, j))
                        && !Initialisms.promoWord(ctx, i, t.substring(i, j))) {
                    // "BT1", "AB123": English spells a code's capitals ("B T one"), as Initialisms says; Spanish too since
                    // round seven C ("PS5" → "P S cinco"), unless they make a syllable ("MAX2" keeps its word).
                    ctx.out.append(Initialisms.codeLetters(ctx, t.substring(i, j)));
                    i = j;
                    continue;
                }
                if (serialTailCapitals(t, i, j)) {
                    // Round fifty-four: a serial's last capitals after its digits ("…8NJ") are spelt as its other capitals
                    // are ("N J"), never left to the voice as a word; round fifty-five: in English text too ("…4XD" "four X D").
                    ctx.out.append(Initialisms.spelt(t.substring(i, j)));
                    i = j;
                    continue;
                }
                ctx.out.append(t, i, j);
                i = j;
            } else if (isDigit(c)) {
                // Digits glued to letters ("AB123", "es3") are part of a code: read one by one, set apart by spaces.
                int j = i;
                while (j < n && isDigit(t.charAt(j))) {
                    j++;
                }
                if (j - i > 0 && ctx.out.length() > 0 && Character.isLetter(ctx.out.charAt(ctx.out.length() - 1))) {
                    ctx.out.append(' ');
                }
                // One or two digits in a code are said as a number ("C14" → "C catorce", "B2" → "B dos"), in Spanish also
                // three, as model names are ("A500" → "A quinientos", "Sam440"); longer runs digit by digit ("AB1234"),
                // as is a run with a leading zero.
                String run = t.substring(i, j);
                int asNumber = ctx.es() ? 3 : 2;
                // Round thirty-one B: English "P60s", "P45s", "P800s": a plural "s" glued after one of HMRC's payroll forms (a
                // lone "P" and its number) ends the code and is said on the number as on a decade's ("P sixties", "P forty
                // fives"), never a letter "s" after it. Only "P": other codes keep the letter (taking any capital loses two NeMo rows).
                boolean plural = ctx.lang == Lang.EN && i >= 1 && t.charAt(i - 1) == 'P' && (i == 1 || !Character.isLetterOrDigit(t.charAt(i - 2)))
                        && j < n && t.charAt(j) == 's'
                        && (j + 1 == n || !Character.isLetterOrDigit(t.charAt(j + 1)) && t.charAt(j + 1) != '\'' && t.charAt(j + 1) != '’');
                int wordsStart = ctx.out.length();
                if (mixedCode(t, i)) {
                    // Round thirty-seven: "7KQ29", "7KQ29B", "K4T72": a run inside a code mixing capitals and digits is typed
                    // in or read back, every digit said ("seven K Q two nine"), never "twenty nine".
                    ctx.out.append(ctx.speller.digits(run));
                } else if (ukRoad(ctx, i, run)) {
                    // "the A591", "the B4391" (round seven C): a British A or B road's three or four digits are said one by
                    // one, a zero as "oh" ("the A three oh three"); an aircraft's "A321" keeps its pairs.
                    ctx.out.append(ctx.speller.digits(run).replace("zero", "oh"));
                } else if (!ctx.es() && run.length() == 3 && run.charAt(0) != '0' && i >= 1 && Character.isUpperCase(t.charAt(i - 1))
                        && (i == 1 || !Character.isLetter(t.charAt(i - 2))) && !errorCode(ctx, i - 1, j)) {
                    // English says a model's three digits in pairs after its one letter: "A321" → "A three twenty one",
                    // "F150" → "F one fifty"; a code with more letters keeps its digits ("AB123" → "A B one two three").
                    ctx.out.append(UsAddresses.inPairs(ctx.speller, Integer.parseInt(run)));
                } else {
                    ctx.out.append(run.length() <= asNumber && run.charAt(0) != '0' ? ctx.speller.cardinal(run, Gender.NEUTRAL) : ctx.speller.digits(run));
                }
                if (plural) {
                    String words = ctx.out.substring(wordsStart);
                    ctx.out.setLength(wordsStart);
                    ctx.out.append(QuantityReader.pluralNumber(words));
                    j++;
                }
                Matcher point = ctx.es() ? ctx.at(GLUED_DECIMAL, j) : null;
                if (point != null && point.lookingAt()) {
                    // "ANSI X3.4", "Windows 3.1" glued to its name: the point of a version, said as Spanish says it.
                    ctx.out.append(" punto ").append(ctx.speller.fraction(point.group(1)));
                    j = point.end();
                }
                if (j < n && Character.isLetter(t.charAt(j))) {
                    ctx.out.append(' ');
                }
                i = j;
            } else if (superscript(c) >= 0 && i > 0 && Character.isLetterOrDigit(t.charAt(i - 1))) {
                i = exponent(ctx, i);
            } else {
                int rate = c == '/' && i > 2 && Character.isLowerCase(t.charAt(i - 1)) ? nounRate(ctx, i) : -1;
                if (rate > i) {
                    i = rate;
                } else if (c == '×' && QuantityReader.countedPacksBy(ctx, i)) {
                    ctx.out.append("by"); // "65 bags × 10 kg" (round eight F)
                    i++;
                } else {
                    symbol(ctx, c, i);
                    i++;
                }
            }
        }
    }

    /**
     * "280.000 células somáticas/ml", "120 tallos/m²" (round eight): a unit symbol after a noun's slash is its rate, "por
     * mililitro", "per square meter", as after an amount. Symbols of two characters or more, after a word of three
     * letters or more: "y/o", "c/u", "km/h" keep their own readings.
     */
    private static int nounRate(ReadContext ctx, int slash) {
        String t = ctx.text;
        if (!Character.isLetter(t.charAt(slash - 2)) || !Character.isLetter(t.charAt(slash - 3))) {
            return -1;
        }
        Matcher u = ctx.at(UNIT_AFTER_PER, slash + 1);
        Units.Unit unit = u.lookingAt() && u.end() - u.start() >= 2 ? Units.find(u.group()) : null;
        if (unit == null || unit.esOne().startsWith("por ")) {
            return -1;
        }
        ctx.out.append(ctx.es() ? " por " + unit.esOne() : " per " + Units.spelling(ctx, unit.enOne()));
        return u.end();
    }

    /** A price, then optionally its rate ("a week", "per month", "each"), then the space before an "x". */
    private static final Pattern PRICE_OR_RATE_BEFORE = Pattern.compile("(?<![\\p{L}\\d])[$€£]\\d[\\d,]*(?:\\.\\d{1,2})?"
            + "(?:[ \\u00A0](?:(?:a|an|per)[ \\u00A0]\\p{Ll}+|each))?[ \\u00A0]$");
    private static final Pattern MULTIPLIER = Pattern.compile("x([2-9]|10)(?![\\p{L}\\d.,/:+*=^-])");
    /** "x5500": an extension written with its "x" alone, not a dimension or a code ("1920x1080", "x86"). */
    private static final Pattern EXTENSION = Pattern.compile("x(\\d{3,5})(?![\\p{L}\\d/:+*=^-]|[.,]\\d)");

    /**
     * "se cobró x2", "taken x2": a lower-case "x" and a small number set apart after a lower-case word says how many times,
     * "por dos", "times two", from two to ten. A code keeps its letters ("4x4" starts with a digit, "X2" and "Model x2" are
     * names, "x86" and "x64" architectures).
     */
    private static int multiplier(ReadContext ctx, int pos) {
        String t = ctx.text;
        Matcher ext = pos >= 1 && t.charAt(pos - 1) == ' ' && pos + 4 < t.length() && isDigit(t.charAt(pos + 3)) ? ctx.at(EXTENSION, pos) : null;
        if (ext != null && ext.lookingAt()) {
            // "call the Help Desk at x5500" (round seven D): an "x" before three to five digits is the extension, keyed in.
            ctx.append(ctx.es() ? "extensión " : "extension ").append(ctx.speller.digits(ext.group(1)));
            return ext.end();
        }
        if (pos >= 2 && t.charAt(pos - 1) == ' ' && TokenScanner.isDigit(t.charAt(pos - 2)) && pos + 2 < t.length() && t.charAt(pos + 1) == ' '
                && "$€£".indexOf(t.charAt(pos + 2)) >= 0) {
            ctx.append(ctx.es() ? "por" : "times"); // "2 x $1,500" (round seven D): so many for an amount, "dos por mil quinientos"
            return pos + 1;
        }
        if (ctx.lang == Lang.EN && pos >= 4 && t.charAt(pos - 1) == ' ' && pos + 2 < t.length() && t.charAt(pos + 1) == ' '
                && isDigit(t.charAt(pos + 2)) && PRICE_OR_RATE_BEFORE.matcher(t.substring(Math.max(0, pos - 40), pos)).find()) {
            // "£18.50 a week x 12 weeks", "$45 each x 3" (round twenty-one B): a price or a rate times a count of its
            // units is "times", as a count times a price already is; "Model X 12", "Gen X" are capitals and names.
            ctx.append("times");
            return pos + 1;
        }
        // "dresses (x2)" (round seven D): the count in brackets after its word, as after a space.
        int gap = pos >= 3 && t.charAt(pos - 1) == '(' && t.charAt(pos - 2) == ' ' ? pos - 1 : pos;
        if (gap < 2 || t.charAt(gap - 1) != ' ') {
            return -1;
        }
        String before = ctx.previousWord(gap);
        if (before.isEmpty() || !Character.isLowerCase(before.charAt(0))) {
            return -1;
        }
        Matcher m = ctx.at(MULTIPLIER, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        ctx.append(ctx.es() ? "por " : "times ").append(ctx.speller.cardinal(m.group(1), Gender.NEUTRAL));
        return m.end();
    }

    /** Words after which "15:14", "1:50.000" is a ratio or a scale, not a time: "una relación 15:14", "escala 1:50.000". */
    private static final java.util.Set<String> RATIO_WORDS = java.util.Set.of("relación", "proporción", "razón", "escala", "ratio",
            "scale");
    private static final java.util.Set<String> CLOCK_ARTICLES = java.util.Set.of("la", "las", "a", "at", "by", "until", "hasta", "desde");
    private static final Pattern RATIO = Pattern.compile("(\\d{1,3}(?:[.,]\\d{3})+|\\d{1,7}):(\\d{1,3}(?:[.,]\\d{3})+|\\d{1,7})(?![\\d:]|[.,]\\d)");

    /** The cheap guard: a colon right after the first run of digits and group separators. */
    private static boolean colonAhead(String t, int pos) {
        int i = pos;
        while (i < t.length() && (isDigit(t.charAt(i)) || t.charAt(i) == '.' || t.charAt(i) == ',')) {
            i++;
        }
        return i < t.length() && t.charAt(i) == ':';
    }

    /** One of {@link #RATIO_WORDS} among the three words right before {@code pos}, with only words and spaces between. */
    private static boolean ratioAnnounced(String t, int pos) {
        int i = pos;
        for (int words = 0; words < 4; words++) {
            i = ReadContext.spacesStart(t, i);
            int end = i;
            while (i > 0 && Character.isLetter(t.charAt(i - 1))) {
                i--;
            }
            if (i == end || words == 0 && CLOCK_ARTICLES.contains(t.substring(i, end).toLowerCase(java.util.Locale.ROOT))) {
                return false; // "la relación de las 15:30": a time's article right before it
            }
            if (RATIO_WORDS.contains(t.substring(i, end).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A ratio after a word that announces one, never a clock: Spanish keeps the colon between the two numbers, heard as a
     * pause ("escala uno:ciento sesenta", "relación quince:catorce"), as the real sentences' readers say a scale (both
     * tuning rows) and as model makers say "uno cuarenta y tres"; English says "three to one".
     */
    private static int ratio(ReadContext ctx, int pos) {
        int gradient = gradient(ctx, pos);
        if (gradient > 0) {
            return gradient;
        }
        int space = ctx.text.indexOf(' ', pos);
        // "your 1:48 scale model" (round seven D): English may name the scale after the ratio.
        boolean scaleAfter = ctx.lang == Lang.EN && space > 0 && ctx.text.startsWith(" scale", space);
        boolean announced = ratioAnnounced(ctx.text, pos);
        if (!scaleAfter && !announced) {
            return -1;
        }
        Matcher m = ctx.at(RATIO, pos);
        if (!m.lookingAt() || !announced && m.end() != space) {
            return -1;
        }
        ctx.append(ctx.speller.cardinal(ctx.grammar.integerDigits(m.group(1)), Gender.NEUTRAL)).append(ctx.es() ? ":" : " to ")
                .append(ctx.speller.cardinal(ctx.grammar.integerDigits(m.group(2)), Gender.NEUTRAL));
        return m.end();
    }

    /** Words naming a gradient that "1:N" sets before ("a 1:12 slope") or after with "of" ("a fall of 1:40"). */
    private static final java.util.Set<String> GRADIENT_WORDS = java.util.Set.of("slope", "slopes", "gradient", "gradients", "fall",
            "falls", "incline", "inclines");
    /** "1:N" with nothing glued after it: a gradient's rise of one to its run. */
    private static final Pattern GRADIENT = Pattern.compile("1:([1-9]\\d{0,3})(?![\\d:.,]\\d|[\\p{L}\\d])");
    /** A gradient's word and "of" right before the ratio: "a fall of ", "a gradient of ". */
    private static final Pattern GRADIENT_OF_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])(?:slope|gradient|fall|incline)[ \\u00A0]+of[ \\u00A0]+$");

    /**
     * Round eighty-four B (English): builders, drainage and access guides write a gradient as "1:N", one unit of rise in N
     * of run, and say it "one in N" ("a one in twenty slope", "a fall of one in forty"), never a clock time. Only with a
     * gradient's word right after the ratio or before it with "of": "at 1:20 today" and "1:20 PM" stay times.
     */
    private static int gradient(ReadContext ctx, int pos) {
        if (ctx.lang != Lang.EN) {
            return -1;
        }
        Matcher m = ctx.at(GRADIENT, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        boolean wordAfter = m.end() < ctx.text.length() && ctx.text.charAt(m.end()) == ' '
                && GRADIENT_WORDS.contains(ctx.nextWord(m.end()).toLowerCase(java.util.Locale.ROOT));
        if (!wordAfter && !GRADIENT_OF_BEFORE.matcher(ctx.text).region(Math.max(0, pos - 24), pos).find()) {
            return -1;
        }
        ctx.append("one in ").append(ctx.speller.cardinal(m.group(1), Gender.NEUTRAL));
        return m.end();
    }

    /** "(Arnold 1999:181 - 183)": a spaced hyphen after a year's or volume's page ("N:N") joins pages, not a subtraction. */
    private static final Pattern CITED_PAGE_BEFORE = Pattern.compile("\\d:\\d{1,4} $");

    private static boolean citedPages(String t, int pos) {
        return CITED_PAGE_BEFORE.matcher(t.substring(Math.max(0, pos - 7), pos)).find();
    }

    /** The value of a superscript digit ("²" → 2), or -1. */
    private static int superscript(char c) {
        return switch (c) {
            case '\u2070' -> 0;
            case '\u00B9' -> 1;
            case '\u00B2' -> 2;
            case '\u00B3' -> 3;
            case '\u2074', '\u2075', '\u2076', '\u2077', '\u2078', '\u2079' -> c - '\u2070';
            default -> -1;
        };
    }

    /**
     * A power written with superscript digits right after a letter or a number, where no unit claimed it ("π r²",
     * "n²", "E = mc²", "10²⁴"): a letter's square or cube as mathematics says it ("r cuadrado", as Proteno's references
     * read it; "r squared"), a number's with "al" ("diez al cuadrado"), any other power "elevado a" ("diez elevado a
     * veinticuatro", "ten to the power of twenty four").
     */
    private static int exponent(ReadContext ctx, int pos) {
        String t = ctx.text;
        int end = pos;
        long power = 0;
        while (end < t.length() && superscript(t.charAt(end)) >= 0 && end - pos < 4) {
            power = power * 10 + superscript(t.charAt(end));
            end++;
        }
        boolean afterDigit = isDigit(t.charAt(pos - 1));
        boolean es = ctx.es();
        ctx.out.append(' ');
        String unitAdjective = es && !afterDigit ? Units.spanishPowerAdjective(ctx.previousWord(pos), power) : null;
        if (unitAdjective != null) {
            ctx.out.append(unitAdjective);
        } else if (power == 2 || power == 3) {
            String word = power == 2 ? (es ? "cuadrado" : "squared") : (es ? "cubo" : "cubed");
            ctx.out.append(es && afterDigit ? "al " : "").append(word);
        } else {
            ctx.out.append(es ? "elevado a " : "to the power of ").append(ctx.speller.cardinal(power, Gender.NEUTRAL));
        }
        if (end < t.length() && Character.isLetterOrDigit(t.charAt(end))) {
            ctx.out.append(' ');
        }
        return end;
    }

    /**
     * "40°25′N", "3° 42' O", "40°25′30″N": degrees and minutes (and seconds) of a latitude or longitude, with the
     * hemisphere when written ("cuarenta grados veinticinco minutos norte"). A degree alone ("35°N") is a unit.
     */
    private static final Pattern COORDINATE = Pattern.compile(
            "(\\d{1,3})[°º] ?(\\d{1,2})[′'] ?(?:(\\d{1,2})(?:[.,](\\d{1,3}))?(?:″|''|\") ?)?([NSEOW](?![\\p{L}\\d]))?");

    static int coordinate(ReadContext ctx, int pos) {
        String t = ctx.text;
        int deg = pos + 1;
        while (deg < t.length() && deg - pos < 3 && isDigit(t.charAt(deg))) {
            deg++;
        }
        if (deg >= t.length() || t.charAt(deg) != '°' && t.charAt(deg) != 'º') {
            return -1; // the cheap guard: only digits right before a degree sign can start a coordinate
        }
        Matcher m = ctx.at(COORDINATE, pos);
        if (!m.lookingAt() || pos > 0 && (isDigit(t.charAt(pos - 1)) || t.charAt(pos - 1) == '.' || t.charAt(pos - 1) == ',')) {
            return -1;
        }
        boolean es = ctx.es();
        StringBuilder sb = new StringBuilder();
        sb.append(unitWords(ctx, m.group(1), es ? "grado" : "degree", es ? "grados" : "degrees"));
        sb.append(' ').append(unitWords(ctx, m.group(2), es ? "minuto" : "minute", es ? "minutos" : "minutes"));
        if (m.group(3) != null) {
            String sec = m.group(4) == null ? unitWords(ctx, m.group(3), es ? "segundo" : "second", es ? "segundos" : "seconds")
                    : ctx.speller.cardinal(m.group(3), Gender.MASCULINE) + (es ? " coma " : " point ") + ctx.speller.fraction(m.group(4))
                    + (es ? " segundos" : " seconds");
            sb.append(' ').append(sec);
        }
        if (m.group(5) != null) {
            sb.append(' ').append(switch (m.group(5)) {
                case "N" -> es ? "norte" : "north";
                case "S" -> es ? "sur" : "south";
                case "E" -> es ? "este" : "east";
                default -> es ? "oeste" : "west";
            });
        }
        ctx.append(sb.toString());
        return m.end();
    }

    private static String unitWords(ReadContext ctx, String digits, String one, String many) {
        return Long.parseLong(digits) == 1 ? (ctx.es() ? "un " : "one ") + one : ctx.speller.cardinal(digits, Gender.MASCULINE) + " " + many;
    }

    /** Suffixes of an ordinal written in capitals ("2ND", "3RD") and the day's halves ("5PM"): no format's initials. */
    private static final java.util.Set<String> NOT_FORMAT_INITIALS = java.util.Set.of("ST", "ND", "RD", "TH", "AM", "PM");

    /**
     * Two or three capitals with no vowel from {@code from} to {@code to}, glued after a number of one or two digits that
     * starts its word, ending the word: a format's or a size's initials ("4DX", "5XL", "4WD"). A unit's symbol ("4GB",
     * "10KG"), an ordinal's suffix and capitals a syllable holds ("2GO") are none.
     */
    private static boolean gluedFormatInitials(String t, int from, int to) {
        if (to - from < 2 || to - from > 3 || from == 0 || !isDigit(t.charAt(from - 1)) || to < t.length() && Character.isLetterOrDigit(t.charAt(to))
                || !capitals(t, from, to)) {
            return false;
        }
        int start = from - 1;
        while (start > 0 && isDigit(t.charAt(start - 1))) {
            start--;
        }
        String letters = t.substring(from, to);
        return from - start <= 2 && (start == 0 || !isWordChar(t.charAt(start - 1)) && t.charAt(start - 1) != '.' && t.charAt(start - 1) != ',')
                && !Initialisms.hasVowel(letters) && !NOT_FORMAT_INITIALS.contains(letters)
                && Units.find(letters) == null && Units.find(letters.toLowerCase(java.util.Locale.ROOT)) == null;
    }

    /**
     * Two to four capitals ending a token right after a digit, in a token that mixes capitals and digits from its start
     * ("K3PD71VW8NJ", "X7MN4PQ"): a serial's last letters. A number with its unit or format glued ("500GB", "4DX") has no
     * capital before its digits.
     */
    private static boolean serialTailCapitals(String t, int from, int to) {
        if (to - from < 2 || to - from > 4 || from == 0 || !isDigit(t.charAt(from - 1)) || to < t.length() && Character.isLetterOrDigit(t.charAt(to))
                || !capitals(t, from, to)) {
            return false;
        }
        int start = from;
        while (start > 0 && (isDigit(t.charAt(start - 1)) || t.charAt(start - 1) >= 'A' && t.charAt(start - 1) <= 'Z')) {
            start--;
        }
        return (start == 0 || !Character.isLetterOrDigit(t.charAt(start - 1))) && capitals(t, start, start + 1);
    }

    private static boolean capitals(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.charAt(k) < 'A' || t.charAt(k) > 'Z') {
                return false;
            }
        }
        return true;
    }

    /** A tyre's size glued: the aspect ratio, "R" or "ZR", the rim ("55ZR17", "60R16"), each part said as a number. */
    private static final Pattern TYRE_SIZE = Pattern.compile("\\d{2}Z?R\\d{2}");

    /**
     * Round thirty-seven: whether the digits at {@code pos} are in a code of capitals and digits glued, nothing else glued
     * to it, with two runs of digits or more and two capitals or more ("7KQ29", "7KQ29B", "K4T72", a Wi-Fi password or a
     * door code): a code typed in, no name with a number. A name keeps its number: one capital ("4K60", "60R16", "80E1")
     * or one run of digits ("KT44", "A320", "P11D", "SW1A", "ECON2041"); so do a hexadecimal-looking result, its capitals
     * all A to F ("1A41E1", "5CD12"), and a tyre's size ("55ZR17").
     */
    private static boolean mixedCode(String t, int pos) {
        int start = pos;
        while (start > 0 && (isDigit(t.charAt(start - 1)) || t.charAt(start - 1) >= 'A' && t.charAt(start - 1) <= 'Z')) {
            start--;
        }
        int end = pos;
        while (end < t.length() && (isDigit(t.charAt(end)) || t.charAt(end) >= 'A' && t.charAt(end) <= 'Z')) {
            end++;
        }
        if (start > 0 && Character.isLetterOrDigit(t.charAt(start - 1)) || end < t.length() && Character.isLetterOrDigit(t.charAt(end))) {
            return false; // "P11Ds", "4th", "iPhone15": a lower-case letter glued makes a word, a plural or an ordinal
        }
        String code = t.substring(start, end);
        int capitals = 0;
        int digitRuns = 0;
        boolean hexadecimal = true;
        for (int k = 0; k < code.length(); k++) {
            char c = code.charAt(k);
            if (!isDigit(c)) {
                capitals++;
                hexadecimal &= c <= 'F';
            } else if (k == 0 || !isDigit(code.charAt(k - 1))) {
                digitRuns++;
            }
        }
        return capitals >= 2 && digitRuns >= 2 && !hexadecimal && !TYRE_SIZE.matcher(code).matches();
    }

    /** The decimal part after digits glued to a name ("X3.4"): one to three digits, not a further dotted part. */
    private static final Pattern GLUED_DECIMAL = Pattern.compile("\\.(\\d{1,3})(?![\\d\\p{L}]|[.,]\\d)");

    /** Three or more lower-case words joined by dots ("comp.sources.misc"): a newsgroup's or a package's name. */
    private static final Pattern DOTTED_NAME = Pattern.compile("\\p{Ll}{2,}(?:\\.\\p{Ll}{2,}){2,}(?![\\p{L}\\d]|\\.[\\p{L}\\d])");

    /** "1 Reyes 11:36", "2 Corintios 5:17": the number of a book of the Bible before chapter and verse is an ordinal. */
    private static final Pattern NUMBERED_BOOK = Pattern.compile(
            "(?<![\\d,:])(?<!\\d\\.)([1-3]) (Reyes|Samuel|Crónicas|Macabeos|Esdras|Corintios|Tesalonicenses|Timoteo|Pedro|Juan)(?= \\d{1,3}[:.,]\\d)");

    /** An English date (month and day, either order) right before a hyphen. */
    private static final Pattern DATE_BEFORE_HYPHEN = Pattern.compile("(?:(?<![\\p{L}])(?:" + Vocabulary.EN_MONTH_ALT + ")\\.?[ \\u00A0]\\d{1,2}"
            + "(?:st|nd|rd|th)?|(?<![\\d\\p{L}])\\d{1,2}(?:st|nd|rd|th)?[ \\u00A0](?:" + Vocabulary.EN_MONTH_ALT + ")\\.?)[ \\u00A0]?$",
            Pattern.CASE_INSENSITIVE);
    /** An English date (month and day, either order) right after a hyphen. */
    private static final Pattern DATE_AFTER_HYPHEN = Pattern.compile("[ \\u00A0]?(?:(?:" + Vocabulary.EN_MONTH_ALT + ")\\.?[ \\u00A0]\\d{1,2}(?!\\d)"
            + "|\\d{1,2}(?:st|nd|rd|th)?[ \\u00A0](?:" + Vocabulary.EN_MONTH_ALT + ")(?![\\p{L}]))", Pattern.CASE_INSENSITIVE);

    /** "June 21-July 30", "21 June-30 July" (round five K): a hyphen between two dates is "to"; false when it is not one. */
    private static boolean dateRangeHyphen(ReadContext ctx, int pos) {
        if (!DATE_BEFORE_HYPHEN.matcher(ctx.text.substring(Math.max(0, pos - 16), pos)).find() || !ctx.at(DATE_AFTER_HYPHEN, pos + 1).lookingAt()) {
            return false;
        }
        ctx.out.append(ctx.out.length() > 0 && ctx.out.charAt(ctx.out.length() - 1) == ' ' ? "to" : " to");
        if (pos + 1 < ctx.text.length() && ctx.text.charAt(pos + 1) != ' ') {
            ctx.out.append(' ');
        }
        return true;
    }

    private int tryReaders(ReadContext ctx, int pos, char c) {
        if (isDigit(c)) {
            // "1 Reyes 8:3": a digit from one to three, a space and a book's capital.
            Matcher book = ctx.es() && c >= '1' && c <= '3' && pos + 2 < ctx.text.length() && ctx.text.charAt(pos + 1) == ' '
                    && Character.isUpperCase(ctx.text.charAt(pos + 2)) ? ctx.at(NUMBERED_BOOK, pos) : null;
            if (book != null && book.lookingAt()) {
                // The historical books are "libros" ("primero Reyes"), the others letters, "cartas" ("segunda Corintios").
                boolean letter = "Corintios Tesalonicenses Timoteo Pedro Juan".contains(book.group(2));
                ctx.append(ctx.speller.ordinal(Integer.parseInt(book.group(1)), letter, false));
                return book.end(1);
            }
            int ratio = colonAhead(ctx.text, pos) ? ratio(ctx, pos) : -1;
            return ratio > pos ? ratio : first(ctx, pos, digitReaders);
        }
        if (Character.isLetter(c)) {
            return letters(ctx, pos);
        }
        switch (c) {
            case '#': {
                int end = keypadSequence(ctx, pos);
                return end > pos ? end : attempt(ctx, pos, reference);
            }
            case '*': {
                int end = keypadSequence(ctx, pos);
                return end > pos ? end : starCode(ctx, pos);
            }
            case '+': {
                int end = attempt(ctx, pos, phone);
                return end > pos ? end : signed(ctx, pos);
            }
            case '(':
                return attempt(ctx, pos, phone);
            case '-':
                // "5%-15%": the hyphen joins a range, it is not the sign of the second number.
                if (countedRange(ctx.text, pos)) {
                    return -1;
                }
                return pos + 1 < ctx.text.length() && "$€£¥".indexOf(ctx.text.charAt(pos + 1)) >= 0 ? negativeAmount(ctx, pos) : attempt(ctx, pos, quantity);
            case '.': {
                int end = attempt(ctx, pos, ElectronicReader::bareTopLevelDomain); // "elija un dominio .eu", "a .org.uk one"
                return end > pos ? end : attempt(ctx, pos, quantity);
            }
            case '\u2212':
                return attempt(ctx, pos, quantity);
            case '–':
                return enDashMinus(ctx, pos) ? attempt(ctx, pos, quantity) : attempt(ctx, pos, fraction);
            case '@':
                return attempt(ctx, pos, electronic);
            case '$': case '€': case '£': case '¥': case '₩': case '₡': case '₧': case '₹':
                return attempt(ctx, pos, money);
            default:
                // Round forty-two: the other currency signs ICU knows ("₱25,000", "₦150,000") are money too.
                return Currencies.isIcuSign(c) ? attempt(ctx, pos, money) : attempt(ctx, pos, fraction);
        }
    }

    /**
     * Most words are just words: cheap checks on the text around decide which readers could possibly claim the word,
     * so the regular expressions run only where they can match (this halves the time for a typical script).
     */
    private int letters(ReadContext ctx, int pos) {
        String t = ctx.text;
        int n = t.length();
        int runEnd = pos;
        while (runEnd < n && Character.isLetter(t.charAt(runEnd))) {
            runEnd++;
        }
        char next = runEnd < n ? t.charAt(runEnd) : ' ';
        if (runEnd - pos == 1 && greek(t.charAt(pos)) && (pos == 0 || !greek(t.charAt(pos - 1)))) {
            // "β-lactamas", "π r²": a lone Greek letter is a symbol, said by its name ("beta", "pi"); Greek words stay.
            ctx.out.append(greekName(t.charAt(pos), ctx.es()));
            return runEnd;
        }
        if (runEnd - pos == 1 && t.charAt(pos) == 'R' && next == '-') {
            int end = QuantityReader.refrigerant(ctx, pos); // "gas R-404A" (round sixty-two A)
            if (end > pos) {
                return end;
            }
        }
        if (t.charAt(pos) == 'P' && (runEnd - pos == 1 && next == '.' || runEnd - pos == 2 && t.charAt(pos + 1) == 'O')) {
            // "P.O. Box 4471"; round fifty-five: in Spanish text too, a US box read as its clerks say it in English ("P O
            // Box" and its digits, in Spanish), where it came out "PO. Box" and a quantity. "Apartado", "Casilla" are words.
            int end = UsAddresses.poBox(ctx, pos);
            if (end > pos) {
                return end;
            }
        }
        if (ctx.lang == Lang.EN && runEnd - pos == 1 && (next == '.' || next == ' ') && "NSEW".indexOf(t.charAt(pos)) >= 0) {
            int end = UsAddresses.compassBeforeStreet(ctx, pos); // "a leak on N. Lake Shore Dr."
            if (end > pos) {
                return end;
            }
        }
        if (ctx.lang == Lang.EN && runEnd - pos == 3 && (t.charAt(pos) == 'd' || t.charAt(pos) == 'p')) {
            int end = Initialisms.readLowerCaseSpelt(ctx, pos, runEnd); // "300 dpi"
            if (end > pos) {
                return end;
            }
        }
        if (ctx.lang == Lang.EN && runEnd - pos >= 4 && Character.isLowerCase(t.charAt(pos)) && Character.isUpperCase(t.charAt(pos + 1))) {
            int end = Initialisms.readLowerLedCapitals(ctx, pos, runEnd); // "uPVC windows"
            if (end > pos) {
                return end;
            }
        }
        if (ctx.lang == Lang.EN && runEnd - pos >= 3 && runEnd - pos <= 5 && Character.isUpperCase(t.charAt(pos))
                && (isDigit(next) || next == ' ' && runEnd + 1 < n && isDigit(t.charAt(runEnd + 1)))) {
            int end = courseCode(ctx, pos, runEnd); // "CHEM 101", "ECON2041"
            if (end > pos) {
                return end;
            }
        }
        if (next == '/' && runEnd - pos >= 3 && Character.isLowerCase(t.charAt(pos))) {
            int end = bothForms(ctx, pos, runEnd); // "hijo/a", "spayed/neutered"
            if (end > pos) {
                return end;
            }
        }
        if (ctx.es() && runEnd - pos == 1 && t.charAt(pos) == 'x' && next == ' ' && runEnd + 1 < n && isDigit(t.charAt(runEnd + 1))
                && pos >= 2 && t.charAt(pos - 1) == ' ' && Character.isLetter(t.charAt(pos - 2))) {
            ctx.append("por"); // "toallitas x 80", "pañales talle G x 68" (round eight C): a pack's size after its noun
            return runEnd;
        }
        if (ctx.es() && runEnd - pos == 2 && next == ' ' && t.charAt(pos) == 'O' && (t.charAt(pos + 1) == 'D' || t.charAt(pos + 1) == 'I')
                && signedNumberAt(t, runEnd + 1) && (pos == 0 || !Character.isLetterOrDigit(t.charAt(pos - 1)))) {
            // Round fourteen: an optician's "OD +1,75 y OI +2,25": before a signed power the letters name the eye.
            ctx.append(t.charAt(pos + 1) == 'D' ? "ojo derecho" : "ojo izquierdo");
            return runEnd;
        }
        if (runEnd - pos == 3 && (next == '+' || next == '-' || next == '\u2212')) {
            int end = utcOffset(ctx, pos, runEnd);
            if (end > pos) {
                return end;
            }
        }
        if (runEnd - pos == 1 && (t.charAt(pos) == 'v' || t.charAt(pos) == 'V') && isDigit(next)) {
            // "v10.6", "v3.1": a version number, "versión diez punto seis".
            java.util.regex.Matcher v = ctx.at(VERSION, runEnd);
            if (v.lookingAt()) {
                ctx.append(ctx.es() ? "versión " : "version ");
                QuantityReader.speakParts(ctx, v.group());
                return v.end();
            }
        }
        if (next == '+' && ctx.es() && runEnd - pos == 1 && t.charAt(pos) == 'A') {
            int end = energyLabel(ctx, pos, runEnd);
            if (end > runEnd) {
                return end;
            }
        }
        if (next == '+' && runEnd + 1 < n && t.charAt(runEnd + 1) == '+' && (runEnd + 2 == n || t.charAt(runEnd + 2) != '+')) {
            // "C++", "Notepad++": the pluses are said, "C más más once".
            ctx.out.append(t, pos, runEnd).append(ctx.es() ? " más más" : " plus plus");
            if (runEnd + 2 < n && isDigit(t.charAt(runEnd + 2))) {
                ctx.out.append(' ');
                int end = first(ctx, runEnd + 2, digitReaders);
                return end > runEnd + 2 ? end : runEnd + 2;
            }
            return runEnd + 2;
        }
        if ((next == '²' || next == '³') && (runEnd + 1 == n || !Character.isLetterOrDigit(t.charAt(runEnd + 1)))) {
            // "el m²", "litros por m²", "un mm²": a squared or cubed unit with no number before it is one unit.
            // Round thirty-eight B: its English name is spelt as the locale spells it, as after a number ("£1,850 per m²"
            // is "per square metre" in en-GB, never the American "meter").
            Units.Unit unit = Units.find(t.substring(pos, runEnd + 1));
            if (unit != null) {
                ctx.append(ctx.es() ? unit.esOne() : Units.spelling(ctx, unit.enOne()));
                return runEnd + 1;
            }
        }
        if (ctx.lang == Lang.EN && runEnd - pos >= 3 && runEnd - pos <= 5 && Character.isUpperCase(t.charAt(pos)) && pos > 0
                && t.charAt(pos - 1) == ' ') {
            int end = DateReader.weekdayAfterTime(ctx, pos, runEnd); // "18:00 Sat", "5 PM Sun"
            if (end > pos) {
                return end;
            }
        }
        if (ctx.lang == Lang.EN && runEnd - pos == 2 && t.startsWith("PM", pos) && isDigit(next)
                && (pos == 0 || !Character.isLetterOrDigit(t.charAt(pos - 1)))) {
            java.util.regex.Matcher pm = PARTICULATE.matcher(t).region(runEnd, n);
            if (pm.lookingAt()) {
                // "PM2.5", "PM10" (round five H): particulate matter, its letters spelt and its size said as a number.
                String size = pm.group(1);
                ctx.append("P M ").append(size.indexOf('.') > 0
                        ? ctx.speller.cardinal(size.substring(0, size.indexOf('.')), Gender.NEUTRAL) + " point " + ctx.speller.digits(size.substring(size.indexOf('.') + 1))
                        : ctx.speller.cardinal(size, Gender.NEUTRAL));
                return pm.end();
            }
        }
        if (ctx.lang == Lang.EN && runEnd - pos == 1 && t.charAt(pos) == 'M' && (next == '-' || next == '–')
                && (pos == 0 || !Character.isLetterOrDigit(t.charAt(pos - 1))) && M_TO_F.matcher(t).region(pos, n).lookingAt()) {
            ctx.append("Monday to Friday"); // "M-F 8 AM-6 PM", "M–F 9-5" (round five H): business days before their hours
            return pos + 3;
        }
        if (ctx.lang == Lang.EN && runEnd - pos >= 2 && runEnd - pos <= 5 && (next == ' ' || next == ',' || next == '-' || next == '–' || next == '/'
                || next == '.' && runEnd + 1 < n && (t.charAt(runEnd + 1) == '–' || t.charAt(runEnd + 1) == '-')) // "Mon.–Fri."
                && Character.isUpperCase(t.charAt(pos))) {
            int end = DateReader.weekdayAbbreviation(ctx, pos, runEnd); // "Tu (2/22)", "Wed Oct 8"
            if (end > pos) {
                return end;
            }
        }
        if (runEnd - pos >= 5 && runEnd - pos <= 9 && (next == '-' || next == '–' || next == ' ' && runEnd + 1 < n && (t.charAt(runEnd + 1) == '-' || t.charAt(runEnd + 1) == '–'))) {
            int end = DateReader.weekdayNameRange(ctx, pos, runEnd); // "Monday–Friday", "lunes-sábado"
            if (end > pos) {
                return end;
            }
        }
        if (ctx.es() && (runEnd - pos == 1 || runEnd - pos == 2) && next == '/') {
            int end = spanishDayList(ctx, pos); // "L/Mi/V"
            if (end > pos) {
                return end;
            }
        }
        if (ctx.es() && runEnd - pos == 1 && (next == ' ' || next == '-' || next == '–')) {
            int end = spanishDayLetters(ctx, pos); // "de L a V", "L-S"
            if (end > pos) {
                return end;
            }
        }
        if (ctx.es() && (runEnd - pos == 3 || runEnd - pos == 4) && next == ' ') {
            int end = DateReader.spanishWeekdayBeforeDate(ctx, pos, runEnd); // "el lun 14/12", "sáb 19/12"
            if (end > pos) {
                return end;
            }
        }
        if (ctx.es() && (runEnd - pos == 3 || runEnd - pos == 4) && next == '.') {
            int end = DateReader.spanishMonthList(ctx, pos); // "oct., nov. y dic."
            if (end > pos) {
                return end;
            }
            end = DateReader.spanishWeekdayList(ctx, pos); // "mar., jue. y sáb."
            if (end > pos) {
                return end;
            }
        }
        if (ctx.lang == Lang.EN && (runEnd - pos == 3 || runEnd - pos == 4) && Character.isUpperCase(t.charAt(pos))) {
            int end = DateReader.monthAbbreviation(ctx, pos, runEnd); // "from Nov to Mar", "Nov-Mar"
            if (end > pos) {
                return end;
            }
        }
        if (ctx.lang == Lang.EN && (next == '/' || isDigit(next)) && runEnd - pos <= 4 && Character.isUpperCase(t.charAt(pos))) {
            int end = slashedCode(ctx, pos); // "NF/22/0915", "KD3/5120/M"
            if (end > pos) {
                return end;
            }
        }
        if (runEnd - pos == 2 && (next == ' ' || isDigit(next)) && Character.isUpperCase(t.charAt(pos))) {
            // Both languages (round eighteen): an item's country capitals are spelt, never "AR" or "ES" left as a word.
            int end = printedCode(ctx, pos, POSTAL_ITEM); // "JX 1234 5678 9GB", "PA 482 931 775 AR"
            if (end > pos) {
                return end;
            }
        }
        if (ctx.lang == Lang.EN && runEnd - pos == 2 && next == ' ' && Character.isUpperCase(t.charAt(pos))) {
            int end = Abbreviations.beforeANumber(ctx, pos, runEnd); // "VHF Ch 12", "MP 34"
            if (end > pos) {
                return end;
            }
        }
        // Round twenty-two: an ISBN is dictated in Spanish too ("ISBN 978 84 376…" was "treinta y uno dos mil…").
        // Round fifty-three: an English "ID" or "PIN" and a comma before its printed groups ("member ID, 730 415 962").
        if ((next == ' ' || next == ':' || next == ',' && ctx.lang == Lang.EN) && (ctx.lang == Lang.EN && (t.startsWith("ID", pos) && runEnd - pos == 2 || t.startsWith("PIN", pos) && runEnd - pos == 3)
                || t.startsWith("ISBN", pos) && runEnd - pos == 4)) {
            int end = ReferenceReader.identifierGroups(ctx, pos); // "meeting ID 884 203 117", "PIN 2281 930"
            if (end > pos) {
                return end;
            }
        }
        if (ctx.lang == Lang.EN && runEnd - pos <= 3 && next == ' ' && capitals(t, pos, runEnd)
                && !Initialisms.EN_CAPITALISED_WORDS.contains(t.substring(pos, runEnd)) && !Currencies.isIsoCode(t.substring(pos, runEnd))) {
            Matcher lettered = ctx.at(LETTERED_GROUPS, pos); // "BB 4471 962"
            if (lettered.lookingAt()) {
                // Round twenty B: a short last group before a stop or a verb is the code's too ("SP 7730 1184 52 is at…").
                int tail = ReferenceReader.shortTailEnd(ctx, lettered.end());
                int end = tail > 0 ? tail : lettered.end();
                ctx.append(dictated(ctx, t.substring(pos, end)));
                return end;
            }
            Matcher numbered = NUMBER_WORD_BEFORE.matcher(t.substring(Math.max(0, pos - NUMBER_WORD_REACH), pos)).find() ? ctx.at(LETTERED_DIGITS, pos) : null;
            if (numbered != null && numbered.lookingAt()) {
                // Round fifty-one: "permit no. RK 55021", "tenancy number KW 7382": a reference's capitals and its digits
                // after "no."/"number" (round fifty-two: or "code"; round sixty-six A: or a parcel's noun), the letters spelt and the digits one by one as a lettered
                // code's are, in one run.
                ctx.append(dictated(ctx, numbered.group(1))).append(' ').append(ctx.speller.digits(numbered.group(2)));
                return numbered.end();
            }
            Matcher product = CODE_WORD_BEFORE.matcher(t.substring(Math.max(0, pos - 6), pos)).find() ? ctx.at(LETTERED_THREE_DIGITS, pos) : null;
            if (product != null && product.lookingAt()) {
                // Round eighty-four B: a colour's or a product's code of capitals and three digits ("code FX 315", "code GT
                // 860") is said as a make's three-digit model is (round sixty-five A), the capitals spelt and the number in
                // pairs, "F X three fifteen"; four digits or more were dictated one by one above, as a reference's are.
                ctx.append(dictated(ctx, product.group(1))).append(' ').append(UsAddresses.inPairs(ctx.speller, Integer.parseInt(product.group(2))));
                return product.end();
            }
            Matcher coded = runEnd - pos == 2 || !ReferenceReader.saidAsWord(ctx, t.substring(pos, runEnd))
                    && !MODEL_DETERMINERS.contains(ctx.previousWord(pos).toLowerCase(java.util.Locale.ROOT)) ? ctx.at(LETTERED_DIGITS, pos) : null;
            if (coded != null && coded.lookingAt() && coded.group(2).length() == 5 && !ReferenceReader.countedAfter(ctx, coded.end())
                    && !UsAddresses.stateAfterCity(t, pos, coded.group(1))) {
                // Round seventy-four I: two capitals and five digits are a code's shape anywhere ("e.g. KT 51937", "ready,
                // MR 20418", in a list), dictated as after "number" with no noun before them; a count goes on to its plural
                // noun, unit or currency ("UK 25000 jobs"), a currency's code was read above, and a state's code after a
                // city's comma ("Austin, TX 78701") is an address's, left to UsAddresses.
                // Round seventy-six M: three capitals spelt likewise ("your case reference, BKR 30716"); three said as a word
                // keep their number ("ZIP 90210", "PIN 12345", "ISO 14001", "DIN 12345": ReferenceReader.saidAsWord), and so
                // do three after a determiner, a body's name before a count ("the NHS 12000").
                ctx.append(dictated(ctx, coded.group(1))).append(' ').append(ctx.speller.digits(coded.group(2)));
                return coded.end();
            }
        }
        if (ctx.lang == Lang.EN && runEnd - pos == 2 && t.startsWith("FY", pos) && isDigit(next)) {
            Matcher fy = ctx.at(FISCAL_YEAR, runEnd);
            if (fy.lookingAt()) {
                // "FY2027", "FY26" (round seven A): a fiscal year, its letters spelt and the year said as a year.
                ctx.append("F Y ").append(fy.group().length() == 4 ? ctx.speller.year(Integer.parseInt(fy.group())) : ctx.speller.cardinal(fy.group(), Gender.NEUTRAL));
                return fy.end();
            }
        }
        if (ctx.lang == Lang.EN && runEnd - pos <= 2 && isDigit(next)) {
            int end = UkPostcodes.read(ctx, pos); // "LS1 4DY", "M1 1AE"
            if (end > pos) {
                return end;
            }
        }
        if (runEnd - pos >= 2 && runEnd - pos <= 4 && pos >= 4 && t.charAt(pos - 1) == ' '
                && (t.regionMatches(true, pos - 4, ctx.es() ? "por" : "per", 0, 3) && (pos == 4 || !Character.isLetter(t.charAt(pos - 5)))
                    || linearRate(ctx, pos))) {
            Matcher u = ctx.at(UNIT_AFTER_PER, pos);
            Units.Unit unit = u.lookingAt() ? Units.find(u.group()) : null;
            if (unit != null && !unit.esOne().startsWith("por ") && (!ctx.es() || !capitals(t, pos, u.end()) || spanishRateBefore(ctx, pos - 4))) {
                // "24.5p per kWh", "0,15 € por kWh": a unit symbol after "per"/"por" is said as a unit, "per kilowatt hour".
                // Round seventy-one D: its dot inside a sentence is the symbol's, unsaid ("per linear ft. installed").
                ctx.append(ctx.es() ? unit.esOne() : Units.spelling(ctx, unit.enOne()));
                return pastSymbolDot(t, u.end());
            }
        }
        if (runEnd - pos >= 2 && runEnd - pos <= 3 && "kcmdlo".indexOf(t.charAt(pos)) >= 0 && " ,./;:)".indexOf(next) >= 0
                && (pos == 0 || t.charAt(pos - 1) == ' ' || t.charAt(pos - 1) == '(')) {
            int end = unitAsNoun(ctx, pos, runEnd); // "km ilimitados", "los kWh consumidos"
            if (end > pos) {
                return end;
            }
        }
        if (ctx.lang == Lang.EN && runEnd + 1 < n && (Character.isUpperCase(t.charAt(pos)) || runEnd - pos <= 5) && (isDigit(t.charAt(runEnd + 1))
                || next == '.' && runEnd + 2 < n && isDigit(t.charAt(runEnd + 2)))) {
            int end = UsAddresses.route(ctx, pos, runEnd); // "Hwy 101", "Route 66", "US-280"
            if (end > pos) {
                return end;
            }
        }
        if (ctx.lang == Lang.EN && runEnd - pos >= 2 && runEnd - pos <= 4) {
            int end = UsAddresses.read(ctx, pos, runEnd); // "Laguna Ct", "Santa, FL, 95051"
            if (end > pos) {
                return end;
            }
        }
        if (ctx.lang == Lang.EN && next == ' ' && (runEnd - pos == 2 || runEnd - pos == 3) && t.charAt(pos) == 'M') {
            int end = Abbreviations.dotlessTitle(ctx, pos, runEnd); // British "Mr Hale", "Mrs Parry", "Ms Shah"
            if (end > pos) {
                return end;
            }
        }
        if (ctx.es() && (next == '.' || next == ',') && runEnd - pos >= 2 && runEnd - pos <= 4) {
            int end = UsAddresses.spanishStreetType(ctx, pos, runEnd); // es-US "1420 Main St. el 12/1"
            if (end > pos) {
                return end;
            }
        }
        if (ctx.es() && runEnd - pos == 2 && (next == ' ' || next == ',' || next == '.' || next == ';' || next == ')')
                && Character.isUpperCase(t.charAt(pos)) && Character.isUpperCase(t.charAt(pos + 1))) {
            int end = next == ' ' ? UsAddresses.spanishQuadrant(ctx, pos, runEnd) : -1; // es-US "1830 SW Coral Way"
            if (end > pos) {
                return end;
            }
            end = UsAddresses.stateAndZip(ctx, pos, runEnd, t.substring(pos, runEnd)); // es-US "Miami, FL 33145"
            if (end > pos) {
                return end;
            }
        }
        if (runEnd - pos <= 7 && "IVXLCDM".indexOf(t.charAt(pos)) >= 0) {
            int end = attempt(ctx, pos, roman);
            if (end > pos) {
                return end;
            }
        }
        int tokenEnd = runEnd;
        boolean dotOrAt = false;
        while (tokenEnd < n && tokenEnd - pos < 600 && !Character.isWhitespace(t.charAt(tokenEnd))) {
            char ch = t.charAt(tokenEnd);
            dotOrAt |= ch == '@' || (ch == '.' && tokenEnd + 1 < n && Character.isLetterOrDigit(t.charAt(tokenEnd + 1)));
            tokenEnd++;
        }
        if (dotOrAt || next == ':') {
            int end = attempt(ctx, pos, letterReaders.get(0));
            if (end > pos) {
                return end;
            }
            Matcher dotted = next == '.' ? ctx.at(DOTTED_NAME, pos) : null;
            if (dotted != null && dotted.lookingAt()) {
                // "comp.sources.misc", "java.util.regex": a dotted name that is no web address, its words joined by "punto".
                ctx.out.append(dotted.group().replace(".", ctx.es() ? " punto " : " dot "));
                return dotted.end();
            }
        }
        if (ctx.lang == Lang.EN && next == ' ' && runEnd - pos >= 3 && runEnd - pos <= 5 && Character.isUpperCase(t.charAt(pos))) {
            int end = Abbreviations.weekdayPart(ctx, pos); // "Sat night", "Sun AM"
            if (end > pos) {
                return end;
            }
        }
        if (ctx.lang == Lang.EN && (runEnd - pos == 4 || runEnd - pos == 3 && "WmpPL".indexOf(t.charAt(pos)) >= 0
                || runEnd - pos == 2 && (t.charAt(pos) == 'p' || t.charAt(pos) == 'P'))) {
            int end = Abbreviations.englishShorthand(ctx, pos, runEnd); // "thru", "WWII", "£950 pcm"
            if (end > pos) {
                return end;
            }
        }
        int digit = ctx.nextDigit(runEnd);
        // Round fifty-three: a Spanish key's noun reaches further, what the key opens between it and its digits (round
        // fifty-four: "número" too, its noun's complements between).
        boolean digitNear = digit < n && (digit - runEnd < 40
                || digit - runEnd < ReferenceReader.KEY_NOUN_REACH && ReferenceReader.spanishFarCue(ctx, t.substring(pos, runEnd)));
        if (digitNear || t.regionMatches(true, pos, "siglo", 0, 5) || (next == '.' && (runEnd - pos == 1 && (t.charAt(pos) == 's' || t.charAt(pos) == 'S') || t.startsWith("sig", pos) && runEnd - pos == 3))) {
            int vintage = digitNear ? DateReader.wineVintage(ctx, pos) : -1; // round sixty B: "Tempranillo reserva 2019", before a booking's reference
            if (vintage > pos) {
                return vintage;
            }
            for (int r = 1; r <= 3; r++) {
                int end = attempt(ctx, pos, letterReaders.get(r));
                if (end > pos) {
                    return end;
                }
            }
            int end = dictatedCode(ctx, pos);
            if (end > pos) {
                return end;
            }
        }
        if (ctx.lang == Lang.EN && runEnd - pos == 2 && t.startsWith("Rx", pos)) {
            ctx.append("R x"); // "Rx #4418273", "Rx 5518-2207": a prescription, its letters as pharmacists say them (round five G)
            if (next == '#') {
                ctx.append(' '); // "Rx# 88410-2" (round seven A): the number sign glued to the word is still "number"
                int end = attempt(ctx, runEnd, reference);
                return end > runEnd ? end : runEnd;
            }
            return runEnd;
        }
        if (ctx.lang == Lang.EN && runEnd - pos >= 2 && (runEnd - pos <= 4 || runEnd - pos == 5 && t.charAt(runEnd - 1) == 's')
                && Character.isUpperCase(t.charAt(pos))) {
            int end = Initialisms.readEnglish(ctx, pos, runEnd); // "MOT" → "M O T", "5 PM ET" → "Eastern Time", "ATMs" → "A T Ms"
            if (end > pos) {
                return end;
            }
        }
        if (ctx.lang == Lang.EN && (runEnd - pos == 5 || runEnd - pos == 6) && Character.isUpperCase(t.charAt(pos))
                && Character.isUpperCase(t.charAt(runEnd - 1))) {
            int end = Initialisms.readUnsayable(ctx, pos, runEnd); // "UKHSA alert" → "U K H S A alert"
            if (end > pos) {
                return end;
            }
        }
        if (next == '.' || next == '/' || next == 'º' || (ctx.es() && runEnd - pos <= 4)
                || ctx.lang == Lang.EN && next == ' ' && runEnd - pos == 2 && t.startsWith("St", pos)) { // "St Mary's": a saint
            return attempt(ctx, pos, letterReaders.get(4));
        }
        return -1;
    }

    /** A printed code character by character, a pause (comma) where it is printed apart: by a space or a slash. */
    private static String dictated(ReadContext ctx, String code) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == ' ' || c == '\u00A0' || c == '/') {
                sb.append(',');
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(isDigit(c) ? ctx.speller.digit(c - '0') : String.valueOf(c));
        }
        return sb.toString();
    }

    /**
     * Capitals, then two or three groups of digits after slashes: "agreement NF/22/0915", "case HR/2026/118" (round seven
     * A); a reference, no fraction or date inside it. Round seven C: a last group of capitals too ("job no. CD/4471/B").
     * Round sixty-eight A: the first group may end in up to three digits ("ref. KD3/5120/M", "permit W22/0318/RX"), each
     * said alone as the other groups' are ("K D three, five one two zero, M"), never "K D three/five thousand…" with
     * "slash" and the capitals left over.
     */
    private static final Pattern SLASHED_CODE = Pattern.compile("[A-Z]{1,4}\\d{0,3}(?:(?:/\\d{2,6}){2,3}|(?:/\\d{2,6}){1,2}/[A-Z]{1,3})(?![\\p{L}\\d/]|[.,]\\d)");

    /**
     * Round thirty-eight B: two groups of digits then capitals after slashes, "ref. 27/00931/FUL", "25/03318/LBC": an
     * English planning application's reference (its year, its serial, its kind), no date or fraction; a year of four
     * digits first is left to the year's readers.
     */
    private static final Pattern DIGIT_LED_SLASHED_CODE = Pattern.compile("\\d{2,3}/\\d{2,6}/[A-Z]{1,4}(?![\\p{L}\\d/]|[.,]\\d)");

    /**
     * "27/00931/FUL": a digit-led code of three slashed groups, said group by group with a pause for each slash as
     * "NF/22/0915" is (English, as {@link #slashedCode}); -1 for any other number.
     */
    static int digitLedSlashedCode(ReadContext ctx, int pos) {
        if (ctx.lang != Lang.EN || pos > 0 && (Character.isLetterOrDigit(ctx.text.charAt(pos - 1)) || ctx.text.charAt(pos - 1) == '/')) {
            return -1;
        }
        return printedCode(ctx, pos, DIGIT_LED_SLASHED_CODE);
    }

    /**
     * A UPU S10 item number, "JX 1234 5678 9GB" (Royal Mail; round seven A): two capitals, eight digits and a check digit
     * (printed together or in groups), the country's two capitals; no "gigabytes" in its country code. Round eighteen:
     * the nine digits in groups of three too ("PA 482 931 775 AR", as Correo Argentino and USPS print them).
     */
    static final Pattern POSTAL_ITEM = Pattern.compile("[A-Z]{2}[ \\u00A0]?(?:\\d{4}[ \\u00A0]?\\d{4}[ \\u00A0]?\\d|\\d{3}[ \\u00A0]\\d{3}[ \\u00A0]\\d{3})"
            + "[ \\u00A0]?[A-Z]{2}(?![\\p{L}\\d])");

    /**
     * "invoice WPS/2026/0881" (round ten): capitals, a year and a serial; the capitals spelt, each slash said as the caller
     * writes it, the year said as a year, the serial digit by digit, as round eight's single slash ("HR/2026" "H R slash
     * twenty twenty six"). Without a four-digit year ("NF/22/0915", "CD/4471/B") the groups are dictated as before.
     */
    private static int slashedCode(ReadContext ctx, int pos) {
        Matcher m = ctx.at(SLASHED_CODE, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        String[] parts = m.group().split("/");
        if (parts.length < 3 || !ReferenceReader.yearShaped(parts[1]) || parts[1].endsWith("00") || !isDigit(parts[2].charAt(0))) {
            return printedCode(ctx, pos, SLASHED_CODE);
        }
        StringBuilder sb = new StringBuilder(dictated(ctx, parts[0])).append(" slash ").append(ctx.speller.year(Integer.parseInt(parts[1])));
        for (int i = 2; i < parts.length; i++) {
            sb.append(" slash ").append(dictated(ctx, parts[i]));
        }
        ctx.append(sb.toString());
        return m.end();
    }

    /** A printed code of {@code shape} at {@code pos}, dictated with a pause where it is printed apart; -1 if none is there. */
    private static int printedCode(ReadContext ctx, int pos, Pattern shape) {
        Matcher m = ctx.at(shape, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        ctx.append(dictated(ctx, m.group()));
        return m.end();
    }

    /**
     * Capitals, then two printed groups of three or four digits (round seven C): a badge's or a permit's number as the card
     * prints it, "badge BB 4471 962", "permit RP 5521 318"; dictated, never "four thousand four hundred and seventy one".
     */
    private static final Pattern LETTERED_GROUPS = Pattern.compile("[A-Z]{1,3}[ \\u00A0]\\d{3,4}[ \\u00A0]\\d{3,4}(?![\\p{L}\\d]|[.,:]\\d)");

    /** Round fifty-one: capitals, a space, then four to eight digits: a reference printed after "no." ("RK 55021"). */
    private static final Pattern LETTERED_DIGITS = Pattern.compile("([A-Z]{1,3})[ \\u00A0](\\d{4,8})(?![\\p{L}\\d]|[.,:]\\d)");
    /**
     * "no. " or "number " right before a reference (compared on the few characters before it); round fifty-two: "code "
     * too, "with code RS 73418", "access code KR 20476", a code's capitals and serial as a reference's are.
     */
    private static final Pattern NUMBER_WORD_BEFORE = Pattern.compile("(?<![\\p{L}])(?:[nN]o\\.|[nN]umber|[cC]ode"
            // Round sixty-six A: a parcel's or a shipment's noun too ("Track parcel KT 30194", "your shipment GN 81357", "track
            // your package RL 72046"): its tracking reference's capitals spelt and its digits said one by one, as a lettered
            // code's are, never "thirty thousand…"; a currency's code ("package USD 1500") keeps its amount, checked before.
            // A colon may close the noun ("Track your parcel: KT 30194", "Reference number: AB 4471").
            + "|[pP]arcel|[sS]hipment|[pP]ackage|[cC]onsignment"
            // Round seventy-three H: an identifier said with its verb ("Your member ID is RL 40927", "your patient ID: PD
            // 31846", "your customer number is HK 61392"): the code is dictated as after "number" alone.
            + "|ID|(?:ID|[nN]umber|[cC]ode)[ \\u00A0]is):?[ \\u00A0]$");
    /** How far back {@link #NUMBER_WORD_BEFORE} looks: "consignment: ", its colon and its space. */
    private static final int NUMBER_WORD_REACH = 13;
    /** "code " right before a code's capitals (compared on the few characters before them). */
    private static final Pattern CODE_WORD_BEFORE = Pattern.compile("(?<![\\p{L}])[cC]ode[ \\u00A0]$");
    /** One to three capitals, a space and three digits not led by a zero, nothing glued after: "FX 315". */
    private static final Pattern LETTERED_THREE_DIGITS = Pattern.compile("([A-Z]{1,3})[ \\u00A0]([1-9]\\d{2})(?![\\p{L}\\d]|[.,:]\\d)");

    /** The year glued to "FY": four digits or two. */
    private static final Pattern FISCAL_YEAR = Pattern.compile("(?:\\d{4}|\\d{2})(?![\\d\\p{L}])");

    /**
     * Nouns of a charge before "por" and a unit ("el precio por GB", "la tarifa por MB"): what is paid for each unit.
     */
    private static final Set<String> ES_CHARGE_NOUNS = Set.of("precio", "tarifa", "costo", "coste", "cargo", "cobro", "importe",
            "cuota", "pago", "recargo", "descuento");
    /** How far back (in characters) an amount may stand before a rate's "por": "3 € por GB", "$0.50 pesos por MB adicional". */
    private static final int RATE_AMOUNT_REACH = 16;

    /**
     * Round fifty-four: whether the Spanish "por" at {@code por} ends a rate, so that a unit symbol in capitals after it
     * ("GB", "MB", "KB", "TB", which are initials as often) is the unit: a digit or a currency sign shortly before, in the
     * same clause ("Cobramos 3 € por GB"), or a charge's noun right before ("el precio por GB"). "Su código empieza por
     * MB" names no rate: the capitals are the code's, kept as written as initials are.
     */
    private static boolean spanishRateBefore(ReadContext ctx, int por) {
        if (ES_CHARGE_NOUNS.contains(ctx.previousWord(por).toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        for (int i = por - 1; i >= Math.max(0, por - RATE_AMOUNT_REACH); i--) {
            char c = ctx.text.charAt(i);
            if (",;:.!?".indexOf(c) >= 0 && !(i > 0 && isDigit(ctx.text.charAt(i - 1)))) {
                return false; // a clause's or a sentence's end, not an amount's decimal or thousands' mark
            }
            if (isDigit(c) || Character.getType(c) == Character.CURRENCY_SYMBOL) {
                return true;
            }
        }
        return false;
    }

    /**
     * Round seventy-one D: "linear" (or the trade's "lineal") right before {@code pos}, after "per" or a price's slash:
     * "$12 per linear ft.", "$34/linear ft.", a length sold by the run, whose unit is then the rate's as after "per".
     */
    private static boolean linearRate(ReadContext ctx, int pos) {
        String word = ctx.previousWord(pos);
        if (ctx.lang != Lang.EN || !word.equals("linear") && !word.equals("lineal")) {
            return false;
        }
        int wordStart = ReadContext.spacesStart(ctx.text, pos) - word.length();
        return wordStart > 0 && ctx.text.charAt(wordStart - 1) == '/' || ctx.previousWord(wordStart).equalsIgnoreCase("per");
    }

    /** A unit symbol of two characters or more after "per": "kWh", "kg", "sq ft" (not "m", "h": words too short to tell). */
    private static final Pattern UNIT_AFTER_PER = Pattern.compile("(?:" + Units.SYMBOL_ALT + ")(?![\\p{L}\\d²³/])");

    private static final Pattern LONG_DIGIT_RUN = Pattern.compile("\\d{3}");
    private static final Pattern CODE_TOKEN = Pattern.compile("[A-Z][A-Z\\d]{3,29}(?![\\p{L}\\d]|[.,-]\\d)");
    /** Two capitals, then digits and capitals with a capital after a digit: "RT7Q9", "KX4B2" (a glued code, spelt). */
    private static final Pattern LETTERS_DIGIT_LETTER = Pattern.compile("[A-Z]{2}[A-Z\\d]*\\d[A-Z][A-Z\\d]*");
    /**
     * A code that starts with a digit and has a capital between digits ("1Z4F29W10355487716", a UPS parcel; "7Q4"), with
     * the printed groups of digits or single capitals after it ("7Q4 2281 C", a card number).
     */
    private static final Pattern DIGIT_LED_CODE = Pattern.compile("(\\d[A-Z\\d]*[A-Z][A-Z\\d]*)((?:[ \\u00A0](?:\\d{2,6}|[A-Z]|(?=[A-Z]*\\d)[\\dA-Z]{2,6})(?![\\p{L}\\d]|[.,]\\d))*)"
            + "(?![\\p{L}\\d]|[.,-]\\d)");
    /** Words that name the code after them: a batch, a serial, a part, a model. */
    private static final java.util.Set<String> CODE_WORDS = java.util.Set.of("lote", "lot", "batch", "serial", "serie", "model", "modelo",
            "part", "pieza", "parte", "sku", "code", "código", "guía", "tracking");
    /** "lote de taladros ", "lotes de latas ": a lot and the goods it holds right before a code. */
    private static final Pattern LOT_OF_GOODS_BEFORE = Pattern.compile("(?iU)\\blotes?[ \\u00A0]+de[ \\u00A0]+\\p{L}+[ \\u00A0]+$");
    /** Digits on both sides of a capital ("25B114"): a code, not a number and a letter. */
    private static final Pattern DIGIT_CAPITAL_DIGIT = Pattern.compile("\\d[A-Z]+\\d");

    /** "7QX-482", "4TR-305": one or two digits, two or three capitals, a hyphen and two to six digits. */
    private static final Pattern DIGIT_LETTERS_DASH = Pattern.compile("(\\d{1,2}\\p{Lu}{2,3})-(\\d{2,6})(?![\\p{L}\\d]|[.,-]\\d)");

    /**
     * "1Z4F29W10355487716", "7Q4 2281 C": a code led by a digit with a capital inside, long (eight characters or more)
     * or printed in groups, is dictated character by character; no "twenty nine" inside a parcel's code.
     */
    static int digitLedCode(ReadContext ctx, int pos) {
        String t = ctx.text;
        if (pos + 3 < t.length() && (Character.isUpperCase(t.charAt(pos + 1)) || Character.isUpperCase(t.charAt(pos + 2)))
                && (pos == 0 || !Character.isLetterOrDigit(t.charAt(pos - 1)))) {
            Matcher h = ctx.at(DIGIT_LETTERS_DASH, pos);
            if (h.lookingAt()) {
                // Round ten: "el código 7QX-482" is a code the caller writes down, every character said, the hyphen unsaid
                // ("siete Q X cuatro ocho dos"), never "QX-cuatrocientos ochenta y dos".
                ctx.append(dictated(ctx, h.group(1) + " " + h.group(2)));
                return h.end();
            }
        }
        Matcher m = ctx.at(DIGIT_LED_CODE, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        String head = m.group(1);
        int groups = m.group(2).isEmpty() ? 0 : m.group(2).trim().split("[ \\u00A0]").length;
        boolean inner = DIGIT_CAPITAL_DIGIT.matcher(head).find();
        // "1Z4F29W10355487716", "7Q4 2281 C", "lote 25B114", "1Z 84F 920 3317" (round five G): a capital between digits in
        // eight characters or more, or in five after a word that names a code ("lote", "serial"; "1A41E1" alone may be a
        // hexadecimal number), or a short head ending in a capital with two printed groups after it, ten characters in all; "3G", "4K60",
        // "5G 2024", "3D 4K 120" are names with a number.
        String cue = ctx.previousWord(pos).toLowerCase(java.util.Locale.ROOT);
        // Round seventy-four J: a Spanish lot named by what it holds ("el lote de taladros 4613K") names the code as "lote" does.
        boolean cued = CODE_WORDS.contains(cue) || ctx.es() && LOT_OF_GOODS_BEFORE.matcher(t.substring(Math.max(0, pos - 60), pos)).find();
        if (!cued && groups == 0 && machineModel(ctx, pos, head)) {
            // Round thirty-two B: "the 5075E tractor", "a 3038E", "your 6120M": four digits and a capital after a determiner
            // are a machine's model, said digit by digit with "oh" for a zero as dealers say it ("five oh seven five E"),
            // never "five thousand and seventy five E".
            ctx.append(ctx.speller.digits(head.substring(0, 4)).replace("zero", "oh")).append(' ').append(head.charAt(4));
            return m.end();
        }
        if (cued && !inner && groups == 0 && gluedCapital(head, cue)) {
            // Round twenty-four: "el lote 2307A", "batch 2409C", "serial 40917M": after a word that names a code, digits with
            // one capital glued are a code the caller reads back, never "two thousand four hundred and nine C".
            ctx.append(dictated(ctx, head));
            return m.end();
        }
        if (!(inner && (head.length() >= 8 || groups > 0 || cued && head.length() >= 5) || !inner && groups >= 2 && head.length() <= 3 && m.group().replaceAll("[ \\u00A0]", "").length() >= 10)) {
            return -1;
        }
        ctx.append(dictated(ctx, m.group()));
        return m.end();
    }

    /** Words before a machine's model: an article, a possessive or a demonstrative ("the 5075E", "your 6120M"). */
    private static final java.util.Set<String> MODEL_DETERMINERS = java.util.Set.of("a", "an", "the", "your", "our", "my", "their",
            "his", "her", "its", "this", "that");

    /**
     * English four digits, not zero-led, and one capital glued after a determiner ({@link #MODEL_DETERMINERS}): a model.
     * A unit's capital ("a 1000L tank", "the 2000W heater", "a 5000K bulb") is an amount, left to the quantity reader.
     */
    private static boolean machineModel(ReadContext ctx, int pos, String head) {
        if (ctx.lang != Lang.EN || head.length() != 5 || head.charAt(0) == '0' || !gluedCapital(head, "model")) {
            return false;
        }
        String capital = head.substring(4);
        return Units.find(capital) == null && !capital.equals("K")
                && MODEL_DETERMINERS.contains(ctx.previousWord(pos).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Three digits or more and one capital ("2307A"); after "model" four or more, as a model's short number is said as
     * a number ("model 320D"); "4K", "3B", "10A" are too short to be a lot.
     */
    private static boolean gluedCapital(String head, String cue) {
        int digits = head.length() - 1;
        return digits >= (cue.startsWith("model") ? 4 : 3) && Character.isUpperCase(head.charAt(digits))
                && head.chars().limit(digits).allMatch(c -> isDigit((char) c));
    }

    /** Three digits, no zero first, then a space and a word: a size's name before what it sizes ("size 312 batteries"). */
    private static final Pattern SIZE_NAME = Pattern.compile("[1-9]\\d{2}(?=[ \\u00A0]\\p{L})");
    /**
     * Words before "size" that leave it a kind's name ("a pack of size 312 batteries", "your size 675 cells"); after a noun
     * it measures that noun ("batch size 500 units", "sample size 250 patients" count).
     */
    private static final java.util.Set<String> SIZE_NAMED_AFTER = java.util.Set.of("of", "in", "a", "the", "your", "our", "my",
            "their", "and", "or", "for", "any", "buy", "order", "use", "with");

    /**
     * Round thirty-eight B: "a 60-pack of size 312 batteries": a size named by three digits is a name, said in pairs as a
     * room's or a course's number is ("size three twelve", "size six seventy five", as hearing-aid batteries are asked
     * for), never "three hundred and twelve". English only; a unit, a currency or nothing after the digits, a noun before
     * "size", or one or two digits ("size 13") keep their readings.
     */
    static int sizeName(ReadContext ctx, int pos) {
        String t = ctx.text;
        if (ctx.lang != Lang.EN || pos < 5 || t.charAt(pos - 1) != ' ' || !"size".equalsIgnoreCase(ctx.previousWord(pos))) {
            return -1;
        }
        Matcher m = ctx.at(SIZE_NAME, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        int sizeStart = ReadContext.spacesStart(t, pos) - 4;
        String before = ctx.previousWord(sizeStart).toLowerCase(java.util.Locale.ROOT);
        String next = ctx.nextWord(m.end());
        // Round eighty-two B: a count before "size" counts the named kind ("ships 48 size 675 batteries", "forty eight size
        // six seventy five"), as "a pack of" does; a round hundred or a pack's "count" after it ("100 size 200 count") is
        // left a number, a count of things rather than a kind's name.
        int countEnd = ReadContext.spacesStart(t, sizeStart);
        int countStart = digitsStart(t, countEnd);
        boolean countBefore = countStart < countEnd && countEnd < sizeStart && (countStart == 0 || t.charAt(countStart - 1) == ' ')
                && !m.group().endsWith("00") && !next.equalsIgnoreCase("count");
        if (!SIZE_NAMED_AFTER.contains(before) && !countBefore || Units.find(next) != null || Units.englishName(next) || Currencies.wordOrCode(next)) {
            return -1;
        }
        ctx.append(UsAddresses.inPairs(ctx.speller, Integer.parseInt(m.group())));
        return m.end();
    }

    /** Words after a course's number that name it a course: "Spanish 201 course", "Biology 110 class". */
    private static final java.util.Set<String> COURSE_WORDS = java.util.Set.of("class", "course", "lesson", "workshop", "seminar", "lecture",
            "module", "session", "syllabus",
            // Round twelve B: a course's work after its number, "your CS 101 final", "the ENGL 102 essay".
            "final", "midterm", "exam", "essay", "quiz", "homework", "assignment", "lab", "textbook");
    /** A capitalised verb of calling that starts a sentence before a number to dial. */
    private static final java.util.Set<String> DIAL_VERBS = java.util.Set.of("Call", "Text", "Ring", "Dial", "Phone");

    /**
     * Round nine: "Knife Skills 101", "Spanish 201 course": after a capitalised subject, a course's three-digit number is
     * said in pairs ("one oh one", "two oh one", "one ten") as a route's is; "101" so always (the beginners' course), any
     * other only before a course word. English only; a lower-case word before it ("page 101", "of 101") counts.
     */
    static int courseNumber(ReadContext ctx, int pos) {
        String t = ctx.text;
        if (ctx.lang != Lang.EN || pos < 3 || t.charAt(pos - 1) != ' ' || pos + 3 > t.length() || t.charAt(pos) == '0'
                || !isDigit(t.charAt(pos + 1)) || !isDigit(t.charAt(pos + 2)) || pos + 3 < t.length() && (Character.isLetterOrDigit(t.charAt(pos + 3))
                || (t.charAt(pos + 3) == '.' || t.charAt(pos + 3) == ',') && pos + 4 < t.length() && isDigit(t.charAt(pos + 4)))) {
            return -1;
        }
        // Round sixty A: a number listed after a course's ("ASA 101 and 104", "CHEM 210, 220 or 230") is read as its head is,
        // its subject the list's.
        Matcher listed = COURSE_LIST_BEFORE.matcher(t.substring(Math.max(0, pos - COURSE_LIST_REACH), pos));
        boolean inList = listed.find();
        String before = inList ? listed.group(1) : ctx.previousWord(pos);
        // Round twelve B: a subject's code spelt ("CS 101", "ENGL 102 essay"; the clipped words are round eleven B's
        // courseCode) is a subject as a capitalised name is.
        boolean subjectCode = (inList || Character.isLetter(t.charAt(pos - 2))) && before.length() >= 2 && before.length() <= 5 && before.chars().allMatch(c -> c >= 'A' && c <= 'Z');
        if (!subjectCode && (before.length() < 3 || !Character.isUpperCase(before.charAt(0)) || !Character.isLowerCase(before.charAt(before.length() - 1)))
                || DateReader.englishWeekdayName(before) || Vocabulary.month(Lang.EN, before) > 0
                || DIAL_VERBS.contains(before)) {
            // "On Monday 101 people", "in March 101 tickets": a count after a day's or a month's name; "Call 101", "Text
            // 101" (round eleven B): a sentence's verb of calling, the number dialled as the phone reader says it.
            return -1;
        }
        String number = t.substring(pos, pos + 3);
        String next = ctx.nextWord(pos + 3);
        // A list's head read in pairs wherever it stands: "101", or a subject courseCode clips ("CHEM 210").
        boolean headInPairs = inList && (listed.group(2).equals("101") || COURSE_SUBJECTS.containsKey(before))
                // "Knife Skills 101, 250 guests": a count after the course, no course of the list
                && !ReferenceReader.countedAfter(ctx, pos + 3);
        // Round eighty-three B: the course levels after the beginners' ("Weaving 201", "Pottery 301", "Knitting 205") are
        // said in pairs as "101" is, any number with an "oh" in it (x01 to x09), after a subject mid-sentence: a capitalised
        // word opening the sentence ("Over 205 people", "Only 301 left") or a count's noun after the number is no subject.
        // A subject's code in capitals ("MP 106", a milepost) keeps its course words (courseWordAfterItsName).
        boolean ohLevel = number.charAt(1) == '0' && number.charAt(2) != '0' && !inList && !subjectCode && !ReferenceReader.countedAfter(ctx, pos + 3)
                && !Abbreviations.sentenceStart(t, ReadContext.lettersStart(t, pos - 1));
        if (!number.equals("101") && !ohLevel && !headInPairs && !COURSE_WORDS.contains(next.toLowerCase(java.util.Locale.ROOT))
                && !(subjectCode && courseWordAfterItsName(ctx, pos + 3)) && !(!inList && productNumber(ctx, pos, before, next))
                && !(!inList && !subjectCode && makersModel(ctx, pos, before))) {
            return -1;
        }
        ctx.append(UsAddresses.inPairs(ctx.speller, Integer.parseInt(number)));
        return pos + 3;
    }

    /**
     * The text before a number listed after a course's: the subject, its first three-digit number, perhaps more, and a comma,
     * "and", "or" or "&" right before the number ("ASA 101 and ", "CHEM 210, 220 or ").
     */
    private static final Pattern COURSE_LIST_BEFORE = Pattern.compile("(?<![\\p{L}\\d])(\\p{Lu}\\p{L}{1,11})[ \\u00A0]([1-9]\\d\\d)"
            + "(?:(?:,|,?[ \\u00A0](?:and|or)|[ \\u00A0]&)[ \\u00A0][1-9]\\d\\d)*(?:,|,?[ \\u00A0](?:and|or)|[ \\u00A0]&)[ \\u00A0]$");
    /** How far back {@link #COURSE_LIST_BEFORE} is looked for, in characters. */
    private static final int COURSE_LIST_REACH = 60;
    /** One or two lower-case words of a course's name, then a course word: " coastal cruising class", " sailing course". */
    private static final Pattern COURSE_NAME_THEN_WORD = Pattern.compile("(?:[ \\u00A0]\\p{Ll}{3,}){1,2}[ \\u00A0](\\p{Ll}+)(?!\\p{L})");

    /**
     * Round sixty A: a subject's code and number with the course's name between them and its course word ("ASA 105
     * coastal navigation course", "CS 240 data structures class") name a course as "ASA 105 course" does.
     */
    private static boolean courseWordAfterItsName(ReadContext ctx, int end) {
        Matcher named = ctx.at(COURSE_NAME_THEN_WORD, end);
        return named.lookingAt() && COURSE_WORDS.contains(named.group(1));
    }

    /** Capitalised words that number a place, a vehicle or a page: the number after them is counted, no product's name. */
    static final java.util.Set<String> NUMBERED_NOUNS = java.util.Set.of("room", "rooms", "suite", "unit", "apartment", "flat",
            "floor", "level", "gate", "flight", "bus", "train", "platform", "bay", "dock", "berth", "cabin", "locker", "lot", "plot",
            "pitch", "stall", "space", "building", "block", "ward", "bed", "hall", "courtroom", "court", "chamber", "store",
            "branch", "exit", "junction", "channel", "page", "chapter", "section", "article", "clause", "box", "table", "seat", "row",
            "aisle", "lane", "house", "number", "pier", "hangar", "terminal", "station", "stop", "zone", "area", "door", "window",
            "counter", "desk", "lab", "studio", "theater", "theatre", "screen", "track", "line", "route", "highway", "model", "version",
            "series", "type", "class", "grade", "year", "week", "day", "episode", "season", "issue", "volume", "part", "step", "phase");
    /** Lower-case words after a product's name and number: what is bought of it ("Office 365 apps", "Xbox 360 controller"). */
    private static final java.util.Set<String> PRODUCT_NOUNS = java.util.Set.of("app", "apps", "plan", "plans", "subscription", "subscriptions",
            "licence", "licences", "license", "licenses", "account", "accounts", "suite", "tenant", "mailbox", "mailboxes", "seat", "seats",
            "edition", "bundle", "package", "controller", "controllers", "console", "consoles", "tools", "software", "service", "services",
            "login", "users", "migration", "setup", "support", "renewal", "trial");

    /**
     * Round fifteen B: "Microsoft 365 Business", "Office 365 apps", "Xbox 360 controller": a three-digit number between a
     * brand's capitalised name (no numbered place, vehicle or page: "Flight 302 Boston", "Section 300 covers" stay counted;
     * "Room 114" is the room rule's, UsAddresses.route)
     * and a capitalised word of the product's name or a word for what is bought of it is the product's name, said in
     * pairs as its makers say it ("three sixty five").
     */
    private static boolean productNumber(ReadContext ctx, int pos, String brand, String next) {
        String t = ctx.text;
        if (next.isEmpty() || pos + 4 > t.length() || t.charAt(pos + 3) != ' ' || t.charAt(pos + 2) == '0' && t.charAt(pos + 1) == '0'
                || NUMBERED_NOUNS.contains(brand.toLowerCase(java.util.Locale.ROOT)) || UsAddresses.compassStreetAfter(ctx, pos + 3)) {
            return false; // "Suite 1200" never gets here; "Section 300" is counted; "Visit 410 S. Main St." is an address
        }
        if (PhoneReader.namedServiceNumber(ctx, pos)) {
            return false; // "the NHS 111 service" (round thirty-two B): the line's number, dialled
        }
        if (Character.isUpperCase(next.charAt(0))) {
            // Round seventy-four I: a unit's capitals after the number make a dose or a measure ("Inject 225 IU of",
            // "Take 150 IU daily"), no product's name.
            return Vocabulary.month(Lang.EN, next) <= 0 && !DateReader.englishWeekdayName(next) && !next.equals("I")
                    && !(next.length() >= 2 && Units.find(next) != null);
        }
        return PRODUCT_NOUNS.contains(next);
    }

    /**
     * Round seventy-four I: "the Cessna 172", "rent a Piper 161 for", "your Peugeot 208 is ready": a determiner, one
     * capitalised word that numbers no place, vehicle or page ({@link #NUMBERED_NOUNS}) and three digits name a make's
     * model, said in pairs as pilots and drivers say it ("one seventy two"). A round hundred ("the Hilton 200", "the FTSE
     * 100") and a number counting what follows it (a plural noun, a unit or a currency: "the Hilton 250 rooms") stay
     * numbers; a name of capitals ("the FTSE 250") is no make's word.
     */
    private static boolean makersModel(ReadContext ctx, int pos, String make) {
        String t = ctx.text;
        int makeStart = pos - 1 - make.length();
        if (makeStart < 2 || t.charAt(makeStart - 1) != ' ' || !t.startsWith(make, makeStart) || make.chars().skip(1).anyMatch(Character::isUpperCase)
                || t.charAt(pos + 1) == '0' && t.charAt(pos + 2) == '0' || NUMBERED_NOUNS.contains(make.toLowerCase(java.util.Locale.ROOT))
                || ReferenceReader.countedAfter(ctx, pos + 3)) {
            return false;
        }
        String determiner = ctx.previousWord(makeStart).toLowerCase(java.util.Locale.ROOT);
        return determiner.equals("a") || determiner.equals("an") || AttributiveAmount.DETERMINERS.contains(determiner);
    }

    /** Four digits, a hyphen and two to five capitals, nothing glued after: "1099-INT", "1040-ES". */
    private static final Pattern FORM_CODE = Pattern.compile("(\\d{4})-(\\p{Lu}{2,5})(?![\\p{L}\\d]|[.,-]\\d)");
    /**
     * Course subjects whose clipped name is a word students say ("chem one oh one", "econ two ten"), or whose code is the
     * start of the subject's name, said in full ("ENGL 102" "English one oh two", "HIST 115" "history one fifteen": the
     * lead after round sixteen, as batch 37_en's writer read it); any other subject code makes no word and is spelt, as
     * the house style spells capitals ("CS 101" → "C S one oh one" is left to the initialisms).
     */
    private static final java.util.Map<String, String> COURSE_SUBJECTS = java.util.Map.ofEntries(java.util.Map.entry("CHEM", "chem"),
            java.util.Map.entry("ECON", "econ"), java.util.Map.entry("PSYCH", "psych"), java.util.Map.entry("PSYC", "psych"),
            java.util.Map.entry("BIO", "bio"), java.util.Map.entry("BIOL", "bio"), java.util.Map.entry("MATH", "math"),
            java.util.Map.entry("STAT", "stat"), java.util.Map.entry("STATS", "stats"), java.util.Map.entry("CALC", "calc"),
            java.util.Map.entry("ENGL", "English"), java.util.Map.entry("SPAN", "Spanish"), java.util.Map.entry("FREN", "French"),
            java.util.Map.entry("HIST", "history"), java.util.Map.entry("PHYS", "physics"), java.util.Map.entry("ACCT", "accounting"),
            java.util.Map.entry("NURS", "nursing"), java.util.Map.entry("PHIL", "philosophy"));

    /**
     * Unit symbols a sentence uses as nouns with no number before them ("km ilimitados", "your weight in kg"): metric ones,
     * and (round eighty-one B) the pound's and the ounce's ("shows your weight in lb", "el peso en lb"), no word in either
     * language; a symbol that is a word ("in", "st", "mi", "gal") or capitals ("in LB") are none.
     */
    private static final Set<String> UNIT_NOUN = Set.of("km", "kg", "kWh", "kW", "cm", "mm", "mg", "ml", "cl", "lb", "lbs", "oz");
    /**
     * Round eighty-one B: English prepositions before a bare symbol naming the unit a measure is given in or changed to
     * ("in kg", "switch to kg", "from lb to kg"), said in the plural.
     */
    private static final Set<String> EN_UNIT_NAMING_BEFORE = Set.of("in", "to", "from", "into");
    /** Words before a noun that make it plural ("los km", "sus kWh", "más km"). */
    private static final Set<String> PLURAL_BEFORE = Set.of("los", "las", "sus", "unos", "unas", "más", "menos", "muchos", "pocos",
            "cuántos", "varios", "esos", "estos", "aquellos", "nuestros", "todos", "miles", "cientos", "tantos");
    /** Words before a noun that make it singular ("el km", "cada kg", "un kWh"). */
    private static final Set<String> SINGULAR_BEFORE = Set.of("el", "del", "al", "un", "cada", "primer", "último", "ningún", "este", "ese", "su", "por");
    /**
     * Prepositions before a bare symbol, no determiner between (round twenty-three): the unit as a measure in general, said
     * in the plural ("sin límite de km" "de kilómetros", "el peso en kg" "en kilogramos"); "por km" stays a rate's singular.
     */
    private static final Set<String> BARE_PLURAL_BEFORE = Set.of("de", "en");
    /**
     * Round eighty-one B: "de" and a bare unit symbol before "a", a change from one unit to another ("cambie la unidad de lb
     * a kg"); the symbol after "a" is the unit changed to, plural as after "de". A lone "a" before a symbol ("se venden a
     * kg") may be a rate's and is left as written.
     */
    private static final Pattern UNIT_CHANGE_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])de[ \\u00A0]+(\\p{L}{2,3})[ \\u00A0]+a[ \\u00A0]+$");
    /** Plural words after a noun that are no adjective of it ("km más", "kg menos" are a count's). */
    private static final Set<String> NOT_AN_ADJECTIVE = Set.of("más", "menos", "antes", "después", "entonces", "pues", "mientras", "tras", "desde", "les", "nos", "los", "las");

    /**
     * Round twenty: a unit symbol with no number before it, a noun of the sentence ("km ilimitados", "los km recorridos",
     * "los kWh consumidos"), is its full name, plural after a plural determiner or before a plural adjective, singular after
     * a singular one; before a number ("km 23") or with nothing that settles it, it is left to the other rules.
     */
    private static int unitAsNoun(ReadContext ctx, int pos, int runEnd) {
        String symbol = ctx.text.substring(pos, runEnd);
        Units.Unit unit = UNIT_NOUN.contains(symbol) ? Units.find(symbol) : null; // a set, as "de", "con", "mi" come here
        if (unit != null && runEnd < ctx.text.length() && ctx.text.charAt(runEnd) == '/') {
            // Round twenty-six: a rate's symbol with no number ("en km/h" stayed as written), as the rate after a number is
            // read ("50 km/h"); nothing glued after it, so a path or a code ("/km/h2") is none.
            int e = ReadContext.lettersEnd(ctx.text, runEnd + 1);
            boolean alone = e > runEnd + 1 && (e == ctx.text.length() || !Character.isLetterOrDigit(ctx.text.charAt(e)) && ctx.text.charAt(e) != '/'
                    && !(ctx.text.charAt(e) == '.' && e + 1 < ctx.text.length() && Character.isLetterOrDigit(ctx.text.charAt(e + 1))));
            unit = alone && !"por".equalsIgnoreCase(ctx.previousWord(pos)) ? Units.find(ctx.text.substring(pos, e)) : null; // "por km/h" is no rate's name
            runEnd = e;
        }
        if (unit == null || runEnd + 1 < ctx.text.length() && isDigit(ctx.text.charAt(runEnd + 1))) {
            return -1;
        }
        String before = ctx.previousWord(pos).toLowerCase(java.util.Locale.ROOT);
        if (ctx.lang == Lang.EN) {
            // Round fifty-seven: English says a bare symbol after "in" as the unit a measure is given in, in the plural ("your
            // hip size in cm" "in centimetres", "the weight in kg"), as Spanish "en kg" is; "6 in. cm" never comes here (the
            // inch's "in." after a number is a unit itself), and a symbol before a number ("in km 12") is left as written.
            // Round eighty-one B: after "to", "from" and "into" as after "in", the unit a reading is changed to or from ("to
            // switch to kg", "from lb to kg", "to kilograms").
            int beforeIn = ReadContext.spacesStart(ctx.text, ReadContext.lettersStart(ctx.text, ReadContext.spacesStart(ctx.text, pos)));
            if (!EN_UNIT_NAMING_BEFORE.contains(before) || before.equals("in") && beforeIn > 0 && isDigit(ctx.text.charAt(beforeIn - 1))) {
                return -1; // "12 in mm": the inch after its number, no preposition
            }
            ctx.append(Units.spelling(ctx, unit.enMany()));
            return runEnd;
        }
        // Round twenty-six: a symbol ending the text ("se factura en kWh") has nothing after it.
        String after = runEnd < ctx.text.length() && ctx.text.charAt(runEnd) == ' ' ? ctx.nextWord(runEnd) : "";
        boolean pluralAdjective = after.length() >= 4 && after.endsWith("s") && Character.isLowerCase(after.charAt(0)) && !NOT_AN_ADJECTIVE.contains(after);
        Matcher change = before.equals("a") ? UNIT_CHANGE_BEFORE.matcher(ctx.text.substring(Math.max(0, pos - 12), pos)) : null;
        boolean bare = BARE_PLURAL_BEFORE.contains(before) || change != null && change.find() && UNIT_NOUN.contains(change.group(1));
        boolean plural = PLURAL_BEFORE.contains(before) || bare || !SINGULAR_BEFORE.contains(before) && pluralAdjective;
        if (!plural && !SINGULAR_BEFORE.contains(before) || unit.esFeminine() && !bare) {
            // Round eighty-one B: the determiners above are masculine, as the metric units are; a feminine unit ("lb",
            // "libras"; "oz", "onzas") is named only after a bare "en" or "de" ("el peso en lb"), which takes either gender.
            return -1;
        }
        ctx.append(plural ? unit.esMany() : unit.esOne());
        return runEnd;
    }

    /**
     * Round eleven B: "CHEM 101", "ECON2041": a subject's capitals and a course number of three or four digits, spaced or
     * glued, are a course: the subject said as its clipped word, the number in pairs as a course's or a route's is ("one
     * oh one", "twenty forty one"). -1 for another word, a number with a leading zero, or more digits or letters after.
     */
    private static int courseCode(ReadContext ctx, int pos, int runEnd) {
        String subject = COURSE_SUBJECTS.get(ctx.text.substring(pos, runEnd));
        if (subject == null || pos > 0 && Character.isLetterOrDigit(ctx.text.charAt(pos - 1))) {
            return -1;
        }
        String t = ctx.text;
        int from = t.charAt(runEnd) == ' ' ? runEnd + 1 : runEnd;
        int end = digitsEnd(t, from);
        if (end - from < 3 || end - from > 4 || t.charAt(from) == '0' || end < t.length() && (Character.isLetterOrDigit(t.charAt(end))
                || (t.charAt(end) == '.' || t.charAt(end) == ',') && end + 1 < t.length() && isDigit(t.charAt(end + 1)))) {
            return -1;
        }
        ctx.append(subject).append(' ').append(UsAddresses.inPairs(ctx.speller, Integer.parseInt(t.substring(from, end))));
        return end;
    }

    /** Words before a form's number that make it one ("Form 1099-K") or a noun of its own ("your 1098-T", "any 1099-R"). */
    private static final Set<String> FORM_BEFORE = Set.of("form", "forms", "irs", "a", "an", "the", "your", "our",
            "my", "their", "his", "her", "its", "any", "each", "every", "this", "that");

    /**
     * A four-digit number and one capital ({@code pos} to {@code end}) named as a form: "form" or a determiner right
     * before it, a possessive noun before it ("employer's"), or "form"/"forms" right after it.
     */
    private static boolean formWithOneCapital(ReadContext ctx, int pos, int end) {
        String t = ctx.text;
        if (end < t.length() && (t.charAt(end) == '.' || t.charAt(end) == ',') && end + 1 < t.length() && isDigit(t.charAt(end + 1))) {
            return false;
        }
        String next = ctx.nextWord(end);
        if (next.equalsIgnoreCase("form") || next.equalsIgnoreCase("forms")) {
            return true;
        }
        int w = ReadContext.spacesStart(t, pos);
        if (w >= 3 && w < pos && (t.charAt(w - 1) == 's' && (t.charAt(w - 2) == '\'' || t.charAt(w - 2) == '’'))) {
            return true; // "your employer's 1095-C"
        }
        return w < pos && FORM_BEFORE.contains(ctx.previousWord(pos).toLowerCase(java.util.Locale.ROOT));
    }

    /** Digits, a hyphen and one capital, nothing glued after: "4412-B", "12-A". */
    private static final Pattern NUMBER_LETTER_CODE = Pattern.compile("(\\d{1,8})-([A-Z])(?![\\p{L}\\d]|[.,-]\\d)");

    /**
     * Round nine: "lot 4412-B", "el lote 5521-C", "Apt 12-B": a number and a capital joined by a hyphen are a code or a
     * lettered number; the hyphen is unsaid, four digits or more are dictated ("four four one two B"), fewer said as a
     * number ("twelve B"), as "4B" and "12A" are.
     */
    static int numberLetterCode(ReadContext ctx, int pos) {
        String t = ctx.text;
        int i = pos;
        while (i < t.length() && i - pos <= 8 && isDigit(t.charAt(i))) {
            i++;
        }
        if (i + 1 >= t.length() || t.charAt(i) != '-' || t.charAt(i + 1) < 'A' || t.charAt(i + 1) > 'Z'
                || pos > 0 && (Character.isLetterOrDigit(t.charAt(pos - 1)) || ".,/-".indexOf(t.charAt(pos - 1)) >= 0)) {
            return -1;
        }
        if (i - pos == 4 && ctx.lang == Lang.EN && t.charAt(pos) != '0') {
            Matcher form = i + 2 < t.length() && t.charAt(i + 2) >= 'A' && t.charAt(i + 2) <= 'Z' ? ctx.at(FORM_CODE, pos) : null;
            if (form != null && form.lookingAt()) {
                // Round eleven B: "1099-INT", "Form 1040-ES": four digits, a hyphen and capitals are a form's or a model's
                // name, its number said as a year is ("ten ninety nine", "ten forty") and the capitals spelt, the hyphen
                // unsaid; "lot 4412-B" (one capital) stays a dictated lot.
                ctx.append(ctx.speller.year(Integer.parseInt(form.group(1)))).append(' ').append(Initialisms.codeLetters(ctx, form.group(2)));
                return form.end();
            }
            if ((i + 2 == t.length() || !Character.isLetterOrDigit(t.charAt(i + 2))) && formWithOneCapital(ctx, pos, i + 2)) {
                // Round fourteen B: "Form 1099-K", "your 1098-T", "your employer's 1095-C": four digits and one capital named
                // by "form" or standing as a noun of their own after a determiner or a possessive are a form, read as
                // "1099-INT" is ("ten ninety nine K"); "lot 4412-B", "part 3310-A" keep round nine's dictated code.
                ctx.append(ctx.speller.year(Integer.parseInt(t.substring(pos, i)))).append(' ').append(t.charAt(i + 1));
                return i + 2;
            }
        }
        Matcher m = ctx.at(NUMBER_LETTER_CODE, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        String digits = m.group(1);
        ctx.append(digits.length() >= 4 ? ctx.speller.digits(digits) : ctx.speller.cardinal(digits, Gender.NEUTRAL)).append(' ').append(m.group(2));
        return m.end();
    }

    /**
     * Four printed groups of four digits or more ("9405 5036 9930 0212 4478 61", a USPS parcel; "4000 1234 5678 9010", a
     * card), perhaps with a short last group: no quantity prints its digits so, and no phone is that long.
     */
    private static final Pattern PRINTED_GROUPS = Pattern.compile("(?<![\\d.,/-])\\d{4}(?:[ \\u00A0]\\d{4}){3,7}"
            + "(?:(?<=\\d{4}(?:[ \\u00A0]\\d{4}){4})[ \\u00A0]\\d{2}(?=[ \\u00A0.,;:)!?]|$)|[ \\u00A0]\\d{1,3}(?![\\d\\p{L}]|[.,]\\d|[ \\u00A0]*\\p{L}))?"
            + "(?![\\d\\p{L}]|[.,/-]\\d)");

    /**
     * {@link #PRINTED_GROUPS}: dictated digit by digit, a pause (comma) between the printed groups as in every code a
     * caller writes down (references, IBANs); after five groups a last group of two is the code's end ("… 4478 61 is on
     * its way"), after fewer only when no word follows it.
     */
    static int printedGroups(ReadContext ctx, int pos) {
        if (pos + 19 > ctx.text.length() || !isDigit(ctx.text.charAt(pos + 3)) || ctx.text.charAt(pos + 4) != ' ' && ctx.text.charAt(pos + 4) != '\u00A0') {
            return -1; // cheap check first: four digits, then a space
        }
        Matcher m = ctx.at(PRINTED_GROUPS, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        int end = m.end();
        Matcher clabeEnd = ctx.es() && m.group().length() == 19 && CLABE_BEFORE.matcher(ctx.text.substring(Math.max(0, pos - 30), pos)).find()
                ? ctx.at(CLABE_LAST_PAIR, end) : null;
        if (clabeEnd != null && clabeEnd.lookingAt()) {
            end = clabeEnd.end(); // round seventy-two E: "CLABE 0728 1500 3391 0467 82 antes del": the account's last pair
        }
        appendDictatedGroups(ctx, ctx.text.substring(pos, end));
        return end;
    }

    /** Printed digit groups dictated, each group's digits one by one and a pause between groups ("cuatro uno, cero ocho…"). */
    private static void appendDictatedGroups(ReadContext ctx, String groups) {
        StringBuilder sb = new StringBuilder();
        for (String group : groups.split("[ \\u00A0]")) {
            sb.append(sb.length() > 0 ? ", " : "").append(ctx.speller.digits(group));
        }
        ctx.append(sb.toString());
    }

    /**
     * Round seventy-two E: Mexico's CLABE is eighteen digits, printed as four groups of four and a pair; named right before
     * its groups ("la cuenta CLABE 0728 1500 3391 0467 82 antes del día 10"), the pair is the account's end whatever word
     * follows it, dictated and set off as the other groups are, never "ochenta y dos".
     */
    private static final Pattern CLABE_BEFORE = Pattern.compile("(?<!\\p{L})CLABE(?:[ \\u00A0]+interbancaria)?[ \\u00A0]*:?[ \\u00A0]*$");
    /** The CLABE's last pair after its four groups of four ({@link #CLABE_BEFORE}). */
    private static final Pattern CLABE_LAST_PAIR = Pattern.compile("[ \\u00A0]\\d{2}(?![\\d\\p{L}]|[.,]\\d)");

    /** Thirteen digits or more in printed groups of three ("985 141 003 772 209", a pet's microchip). */
    private static final Pattern LONG_GROUPS = Pattern.compile("(?<![\\d.,/-])\\d{1,3}(?:[ \\u00A0]\\d{3}){4,}(?![\\d\\p{L}]|[.,/-]\\d)");

    /**
     * Round eight C: {@link #LONG_GROUPS} is a code (a microchip, an IMEI, a card), never a cardinal in trillions: dictated
     * digit by digit, group by group. A round figure ("1 000 000 000 000") stays a quantity.
     */
    static int longDigitGroups(ReadContext ctx, int pos) {
        String t = ctx.text;
        int space = pos + 1;
        while (space < t.length() && space <= pos + 3 && isDigit(t.charAt(space))) {
            space++;
        }
        if (pos + 17 > t.length() || space > pos + 3 || t.charAt(space) != ' ' && t.charAt(space) != '\u00A0'
                || !isDigit(t.charAt(space + 3)) || t.charAt(space + 4) != ' ' && t.charAt(space + 4) != '\u00A0') {
            return -1; // cheap check first: one to three digits, a space, a group of three and a space, and room for more
        }
        Matcher m = ctx.at(LONG_GROUPS, pos);
        if (!m.lookingAt() || m.group().substring(space - pos).replaceAll("[ \\u00A0]", "").chars().allMatch(c -> c == '0')) {
            return -1;
        }
        appendDictatedGroups(ctx, m.group());
        return m.end();
    }

    /** Two printed groups of three digits, no group before or after them ("408 215"): a one-time code's shape. */
    private static final Pattern SPACED_THREES = Pattern.compile("(?<![\\d.,/+#-]|\\d[ \\u00A0])\\d{3}[ \\u00A0]\\d{3}"
            + "(?![\\d\\p{L}%°]|[.,/:-]\\d|[ \\u00A0][\\d%°])");

    /**
     * Round seventy-two F: English groups thousands with a comma, never a space (en-US and en-GB alike), so groups of three
     * digits printed apart with spaces that no earlier reader took (a phone, a keyed reference) are a code read out to the
     * caller ("enter the code we texted you, 408 215, then…"), dictated group by group with a pause, as {@link
     * #printedGroups} are. A round figure ("150 000"), a count after them ("125 500 customers", "300 250 km") or an
     * approximator before them ("about 125 250") keep the number; so do three groups or more with no noun naming them
     * (round fifty-three's "The number, 120 300 400, is huge").
     */
    static int englishSpacedGroups(ReadContext ctx, int pos) {
        if (ctx.lang != Lang.EN || pos + 7 > ctx.text.length() || ctx.text.charAt(pos + 3) != ' ' && ctx.text.charAt(pos + 3) != '\u00A0') {
            return -1; // cheap check first: three digits, then a space
        }
        Matcher m = ctx.at(SPACED_THREES, pos);
        if (!m.lookingAt() || m.group().substring(4).replaceAll("[ \\u00A0]", "").chars().allMatch(c -> c == '0')
                || ReferenceReader.countedAfter(ctx, m.end()) || PhoneReader.approximatorBefore(ctx, pos)) {
            return -1;
        }
        appendDictatedGroups(ctx, m.group());
        return m.end();
    }

    /**
     * "MX123456789", "GODE561231HDFRRN09" (a CURP), "TBA123456789": capitals and digits with a run of three digits or
     * more, six characters or more, are a code the caller writes down, each character said on its own ("M X uno dos…", "T B A one two…").
     */
    private static int dictatedCode(ReadContext ctx, int pos) {
        if (pos + 4 > ctx.text.length() || !Character.isUpperCase(ctx.text.charAt(pos)) || !Character.isLetterOrDigit(ctx.text.charAt(pos + 3))) {
            return -1; // cheap check first: four capitals or digits at least
        }
        Matcher m = ctx.at(CODE_TOKEN, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        String code = m.group();
        int digits = 0;
        for (int i = 0; i < code.length(); i++) {
            digits += isDigit(code.charAt(i)) ? 1 : 0;
        }
        boolean glued = LETTERS_DIGIT_LETTER.matcher(code).matches(); // "RT7Q9": a capital after a digit, two capitals first
        if (!glued && (code.length() < 6 || digits < 3 || !LONG_DIGIT_RUN.matcher(code).find())) {
            return -1; // "COVID19", "SAVE10", "B2A23C": a name with a number, or short runs read by the rules below
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(isDigit(c) ? ctx.speller.digit(c - '0') : String.valueOf(c));
        }
        ctx.append(sb.toString());
        return m.end();
    }

    private static boolean greek(char c) {
        return c >= '\u0391' && c <= '\u03A9' || c >= '\u03B1' && c <= '\u03C9';
    }

    /** The letter's name from the Unicode character name ("GREEK SMALL LETTER BETA"), in the text's language. */
    private static String greekName(char c, boolean es) {
        String name = Character.getName(c);
        String english = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT).replace("lamda", "lambda");
        if (!es) {
            return english;
        }
        return switch (english) {
            case "alpha" -> "alfa";
            case "epsilon" -> "épsilon";
            case "omicron" -> "ómicron";
            case "upsilon" -> "ípsilon";
            case "phi" -> "fi";
            case "chi" -> "ji";
            case "rho" -> "ro";
            case "mu" -> "mi";
            case "nu" -> "ni";
            case "final" -> "sigma";
            default -> english;
        };
    }

    /** The number after a "v": at least one dot ("v2.0", "v10.6.1"). */
    private static final java.util.regex.Pattern VERSION = java.util.regex.Pattern.compile("\\d{1,4}(?:\\.\\d{1,4})+(?![\\d\\p{L}]|\\.\\d)");

    private static final java.util.regex.Pattern STAR_CODE = java.util.regex.Pattern.compile("\\*(\\d{2,6})(#?)(?![\\d\\p{L}*])");

    /** A star and one digit: "*2". */
    private static final java.util.regex.Pattern STAR_KEY = java.util.regex.Pattern.compile("\\*(\\d)(#?)(?![\\d\\p{L}*])");
    /** English verbs and nouns before a key of the phone's keypad ("press *9", "dial *3"). */
    private static final java.util.Set<String> EN_KEYPAD_WORDS = java.util.Set.of("press", "dial", "hit", "tap", "enter", "push", "key",
            // Round fifty-four: the gerunds key too ("by dialing *9", "check it by pressing *0"), as the imperatives do.
            "dialing", "dialling", "pressing", "hitting", "tapping", "entering", "pushing", "keying");

    /**
     * Round fifty-four: a code of the phone's keypad mixing its two signs ("*#43#", "##002#", "**21*0791#", the network's
     * and the handset's service codes): a star or a hash, more signs and digits, ending in a hash, with no letter or digit
     * glued on either side. Such a code is keyed one key at a time, never a reference ("#06" is no order number inside it).
     */
    private static final java.util.regex.Pattern KEYPAD_SEQUENCE = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\d*#])[*#]+\\d+(?:[*#]+\\d+)*#(?![\\p{L}\\d*#])");

    /**
     * {@link #KEYPAD_SEQUENCE} read key by key by the keys' names where the call is heard ("star", "asterisco", and
     * {@link #hashKey}), the digits one by one: "*#43#" is "star pound four three pound" in the US, "star hash four three
     * hash" in Britain, "asterisco numeral cuatro tres numeral" in Mexico. A code that opens with a hash needs a second sign
     * before its digits ("##002#") or a keypad verb in its sentence: "#31#" after "dial" is keyed, a lone "#12#" is left
     * to the readers of references. Returns -1 when no such code starts at {@code pos}.
     */
    private static int keypadSequence(ReadContext ctx, int pos) {
        String t = ctx.text;
        if (pos + 3 >= t.length() || t.indexOf('#', pos + 1) < 0) {
            return -1; // cheap check first: a code has at least four keys and ends in a hash
        }
        java.util.regex.Matcher m = ctx.at(KEYPAD_SEQUENCE, pos);
        if (!m.lookingAt() || t.charAt(pos) == '#' && isDigit(t.charAt(pos + 1)) && !keyedSentence(ctx, pos)) {
            return -1;
        }
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (int i = pos; i < m.end(); i++) {
            char c = t.charAt(i);
            keys.add(c == '*' ? ctx.es() ? "asterisco" : "star" : c == '#' ? hashKey(ctx) : ctx.speller.digits(String.valueOf(c)));
        }
        ctx.append(String.join(" ", keys));
        return m.end();
    }

    /**
     * "*611", "*111#": a code dialled on the keypad, "asterisco seis uno uno" / "star six one one", the hash said too. Round
     * eleven: after a keypad verb a star and one digit are keyed too ("marque *2", "press *9": "asterisco dos", "star nine").
     */
    private static int starCode(ReadContext ctx, int pos) {
        java.util.regex.Matcher m = ctx.at(STAR_CODE, pos);
        if (!m.lookingAt()) {
            m = pos + 1 < ctx.text.length() && isDigit(ctx.text.charAt(pos + 1)) ? ctx.at(STAR_KEY, pos) : null;
            String before = m != null && m.lookingAt() ? ctx.previousWord(pos).toLowerCase(java.util.Locale.ROOT) : "";
            if (m == null || !m.lookingAt() || !keysAStar(ctx, before) && !keyedSentence(ctx, pos)) {
                return -1;
            }
        }
        ctx.append(ctx.es() ? "asterisco " : "star ").append(ctx.speller.digits(m.group(1)));
        if (!m.group(2).isEmpty()) {
            ctx.append(' ').append(hashKey(ctx));
        }
        return m.end();
    }

    /**
     * "-$250.00", "-€45": a minus sign before a currency symbol is a negative balance, "menos doscientos cincuenta pesos",
     * "minus forty two dollars"; not after a letter or digit ("ref-$5" stays as written).
     */
    private int negativeAmount(ReadContext ctx, int pos) {
        if (pos > 0 && Character.isLetterOrDigit(ctx.text.charAt(pos - 1))) {
            return -1;
        }
        return signThen(ctx, pos, ctx.es() ? "menos " : "minus ", List.of(money));
    }

    /**
     * Round fifteen: an en dash glued to a number with no number before it ("nivel –2", "hasta –12 °C") can only be a
     * minus sign, as "−" is, since a range needs its first number. Spanish only (typeset scripts use it). Not an aside
     * opened by the dash ("la tarifa –15 euros al mes– incluye"): a dash later in the sentence with no digit after it
     * closes one.
     */
    static boolean enDashMinus(ReadContext ctx, int i) {
        String t = ctx.text;
        if (!ctx.es() || i + 1 >= t.length() || !isDigit(t.charAt(i + 1))) {
            return false;
        }
        int b = i - 1;
        while (b >= 0 && t.charAt(b) == ' ') {
            b--;
        }
        if (b >= 0 && (isDigit(t.charAt(b)) || t.charAt(b) == '–' || t.charAt(b) == '-')) {
            return false; // "10 –20": a range however spaced
        }
        for (int j = i + 1; j < t.length(); j++) {
            char c = t.charAt(j);
            if (c == '.' && (j + 1 == t.length() || !isDigit(t.charAt(j + 1))) || c == '!' || c == '?' || c == '\n') {
                return true;
            }
            if ((c == '–' || c == '—') && (j + 1 == t.length() || !isDigit(t.charAt(j + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** A "+", "-" or "−" then a digit at {@code i}. */
    private static boolean signedNumberAt(String t, int i) {
        return i + 1 < t.length() && "+-\u2212".indexOf(t.charAt(i)) >= 0 && isDigit(t.charAt(i + 1));
    }

    /** "+4", "es +2 grados": a plus sign before a number that is not a phone number is said, "más cuatro". */
    private int signed(ReadContext ctx, int pos) {
        String t = ctx.text;
        if (pos + 1 >= t.length() || !isDigit(t.charAt(pos + 1))) {
            return -1;
        }
        boolean leastCount = ctx.es() && ctx.at(LEAST_COUNT, pos).lookingAt();
        if (leastCount && (pos == 0 || !Character.isLetterOrDigit(t.charAt(pos - 1)))) {
            String before = t.substring(Math.max(0, pos - 12), pos).stripTrailing().toLowerCase(java.util.Locale.ROOT);
            if (AGE_BOUND_BEFORE.matcher(before).find()) {
                // Round fourteen: "mayores de +65": the words already bound the age, the sign is not said again.
                return first(ctx, pos + 1, digitReaders);
            }
            if (twoDigitAge(t, pos) && AGE_BOUND_WORDS.contains(ctx.previousWord(pos).toLowerCase(java.util.Locale.ROOT))) {
                // Round seventeen: "solo mayores +18", "para mayores +16 años": the sign stands for the "de" the bound
                // takes, "mayores de dieciocho" (was "mayores más dieciocho", "mayores para mayores de dieciocho"); an age
                // has two digits ("la mayor +3,5" keeps its sign).
                return signThen(ctx, pos, "de ", digitReaders);
            }
            if (ageRating(ctx, pos)) {
                // Round fourteen: "evento +18", "Película +18.": a sign before an age of majority and nothing it counts is
                // an age rating; round sixteen: after the noun it rates it says whom for, "película para mayores de
                // dieciséis", as the rating is spoken.
                return signThen(ctx, pos, "para mayores de ", digitReaders);
            }
        }
        if (leastCount && BEFORE_A_LEAST_COUNT.contains(ctx.previousWord(pos).toLowerCase(java.util.Locale.ROOT))
                && !boundSaid(ctx.text.substring(Math.max(0, pos - 10), pos).stripTrailing().toLowerCase(java.util.Locale.ROOT))) {
            // Round thirteen: "grupos de +10", "para +150 invitados", "con +1.200 socios": after a preposition the sign
            // bounds a count from below, "más de diez"; "es +2 grados", "de +5 %" keep the signed number, and "más de +10" says
            // its bound once.
            return signThen(ctx, pos, "más de ", digitReaders);
        }
        return signThen(ctx, pos, ctx.es() ? "más " : "plus ", digitReaders);
    }

    /**
     * Words that bound an age right before a sign: "mayores de", "menor de" ("más de +10" and "menos de +10" keep the
     * signed number: round thirteen).
     */
    private static final java.util.regex.Pattern AGE_BOUND_BEFORE = java.util.regex.Pattern.compile("(?:^|[^\\p{L}])(?:mayor(?:es)?|menor(?:es)?)[ \\u00A0]de$");
    /** "+18", "+65" at {@code pos}: two digits, the first not zero, then no digit. */
    private static boolean twoDigitAge(String t, int pos) {
        return pos + 2 < t.length() && t.charAt(pos + 1) != '0' && isDigit(t.charAt(pos + 2)) && (pos + 3 == t.length() || !isDigit(t.charAt(pos + 3)));
    }

    /** The words of {@link #AGE_BOUND_BEFORE} written with the sign for their "de": "mayores +18". */
    private static final Set<String> AGE_BOUND_WORDS = Set.of("mayor", "mayores", "menor", "menores");
    private static final Set<String> AGE_NOT_AFTER = Set.of("a", "en", "hasta", "desde", "entre", "sobre", "por", "sin", "al", "del");
    /** "+12" to "+21" as the whole token, then the sentence goes on with no noun the number counts. */
    private static final java.util.regex.Pattern AGE_RATING = java.util.regex.Pattern.compile("\\+(1[2-9]|2[01])(?![\\d.,:/]\\d|[\\d\\p{L}°º%+])");

    /**
     * "+18" as a film's, an event's or an app's rating: an age of majority (twelve to twenty-one) after a word and before
     * punctuation, the end, or a word that is no plural noun it counts ("evento +18 en", not "+18 puntos").
     */
    private static boolean ageRating(ReadContext ctx, int pos) {
        java.util.regex.Matcher m = ctx.at(AGE_RATING, pos);
        String before = ctx.previousWord(pos).toLowerCase(java.util.Locale.ROOT);
        if (!m.lookingAt() || before.isEmpty() || BEFORE_A_LEAST_COUNT.contains(before) || AGE_NOT_AFTER.contains(before)) {
            return false; // "grupos de +12" bounds a count (round thirteen); "a +15" is a signed amount
        }
        int after = ReadContext.spacesEnd(ctx.text, m.end());
        if (after == ctx.text.length()) {
            return true;
        }
        char c = ctx.text.charAt(after);
        if (!Character.isLetter(c)) {
            return ".,;:!?)»\"".indexOf(c) >= 0; // not "+15 €", "+12 h": a signed amount of what its symbol names
        }
        String next = ctx.nextWord(m.end());
        return Character.isLowerCase(c) && next.length() > 1 && !next.endsWith("s") && Units.find(next) == null;
    }

    private static boolean boundSaid(String before) {
        return before.endsWith(" más de") || before.endsWith(" menos de") || before.equals("más de") || before.equals("menos de");
    }

    private static final Set<String> BEFORE_A_LEAST_COUNT = Set.of("de", "para", "con");
    /** A whole count after the sign ("+10", "+1.200"), then no decimal, degree, percent or "grados". */
    private static final java.util.regex.Pattern LEAST_COUNT = java.util.regex.Pattern.compile(
            "\\+(?:\\d{1,3}(?:[.\\u00A0]\\d{3})+|\\d+)(?![\\d.,]\\d|[\\d°º%]|[ \\u00A0]?(?:[°º%]|grados))");

    /** The sign at {@code pos} said as {@code word}, then what the readers make of the rest; nothing if they decline. */
    private static int signThen(ReadContext ctx, int pos, String word, List<TokenReader> readers) {
        int mark = ctx.out.length();
        ctx.append(word);
        int end = first(ctx, pos + 1, readers);
        if (end > pos + 1) {
            return end;
        }
        ctx.out.setLength(mark);
        return -1;
    }

    private static final java.util.regex.Pattern UTC_OFFSET = java.util.regex.Pattern.compile(
            "(UTC|GMT)([+\u2212-])(\\d{1,2})(?::?(\\d{2}))?(?![\\d\\p{L}])");

    /** "UTC+1", "GMT-3", "UTC+05:30": the zone spelled, the offset said ("U T C más uno", "G M T minus three"). */
    private static int utcOffset(ReadContext ctx, int pos, int runEnd) {
        java.util.regex.Matcher m = ctx.at(UTC_OFFSET, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        boolean es = ctx.es();
        String zone = String.join(" ", m.group(1).split(""));
        String sign = m.group(2).equals("+") ? (es ? "más" : "plus") : (es ? "menos" : "minus");
        ctx.append(zone).append(' ').append(sign).append(' ').append(ctx.speller.cardinal(m.group(3), Gender.NEUTRAL));
        if (m.group(4) != null && !m.group(4).equals("00")) {
            ctx.append(m.group(4).equals("30") ? (es ? " y media" : " thirty") : " " + ctx.speller.cardinal(m.group(4), Gender.NEUTRAL));
        }
        return m.end();
    }

    /** "531–553", "9–14 h": an en dash between numbers is a range, "a" / "to". */
    private static int numberRange(ReadContext ctx, int pos) {
        String t = ctx.text;
        int before = pos - 1;
        while (before >= 0 && t.charAt(before) == ' ') {
            before--;
        }
        int after = ReadContext.spacesEnd(t, pos + 1);
        if (before < 0 || after >= t.length() || !isDigit(t.charAt(before))
                || !isDigit(t.charAt(after)) && !(t.charAt(after) == '#' && numberSignRange(t, pos, after))) {
            return -1;
        }
        if (ctx.es() && placeRange(ctx, pos)) {
            return after; // "mesas 4–9": "del cuatro al nueve"
        }
        StringBuilder out = ctx.out;
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        out.append(ctx.es() ? " a " : " to ");
        return after;
    }

    /**
     * "vendors #1–#22", "booths #2-#9" (round eight E): two numbers each after its number sign, joined by a dash, are a
     * range ("number one to number twenty two"); {@code after} is where the second sign stands.
     */
    static boolean numberSignRange(String t, int pos, int after) {
        int start = ReadContext.spacesStart(t, pos);
        int digits = digitsStart(t, start);
        return digits < start && digits > 0 && t.charAt(digits - 1) == '#' && after + 1 < t.length() && t.charAt(after) == '#'
                && isDigit(t.charAt(after + 1));
    }

    /**
     * The plural noun of numbered places before the number that ends at {@code pos} ({@link #numberedPlaces}) has its
     * article "los"/"las" before it: "Los puestos 1-38", "las mesas 4–9"; a bare label ("(fila 4, asientos 10-13)") has none.
     */
    static boolean articledPlaces(String t, int pos) {
        return articledPlacesNoun(t, pos) >= 0;
    }

    /** Where the noun of {@link #articledPlaces} starts, or -1 when there is none. */
    private static int articledPlacesNoun(String t, int pos) {
        int nounStart = numberedPlacesNoun(t, pos);
        if (nounStart < 0) {
            return -1;
        }
        int e = ReadContext.spacesStart(t, nounStart);
        return e >= 3 && (e == 3 || !Character.isLetter(t.charAt(e - 4))) && (t.regionMatches(true, e - 3, "los", 0, 3)
                || t.regionMatches(true, e - 3, "las", 0, 3)) ? nounStart : -1;
    }

    /** Where the word before the number that ends at {@code pos} starts. */
    private static int placeNounStart(String t, int pos) {
        int start = digitsStart(t, pos);
        int nounEnd = ReadContext.spacesStart(t, start);
        int nounStart = nounEnd;
        while (nounStart > 0 && Character.isLetter(t.charAt(nounStart - 1))) {
            nounStart--;
        }
        return nounStart;
    }

    /**
     * "Los puestos 1-38", "las mesas 4–9" (round eight E): a Spanish range of numbered places or items after their plural
     * noun and its article ({@link #articledPlaces}) is said "del uno al treinta y ocho", the numbers being the places'
     * labels (QuantityReader says them without agreement); a bare label keeps "a" ("asientos diez a trece"). Appends the
     * joint and returns true, or does nothing and returns false.
     */
    static boolean placeRange(ReadContext ctx, int pos) {
        String t = ctx.text;
        int nounStart = articledPlacesNoun(t, pos);
        if (nounStart < 0) {
            return false;
        }
        int start = digitsStart(t, pos);
        StringBuilder out = ctx.out;
        int noun = out.lastIndexOf(t.substring(nounStart, start));
        if (noun < 0) {
            return false;
        }
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        out.insert(noun + start - nounStart, "del ");
        out.append(" al ");
        return true;
    }

    private static int first(ReadContext ctx, int pos, List<TokenReader> readers) {
        for (TokenReader r : readers) {
            int end = attempt(ctx, pos, r);
            if (end > pos) {
                return end;
            }
        }
        return -1;
    }

    private static int attempt(ReadContext ctx, int pos, TokenReader reader) {
        int mark = ctx.out.length();
        try {
            int end = reader.read(ctx, pos);
            if (end > pos) {
                return end;
            }
        } catch (RuntimeException | StackOverflowError e) {
            // Odd input a reader did not foresee: leave the token as written rather than fail the whole text.
        }
        ctx.out.setLength(mark);
        return -1;
    }

    /**
     * Round eight F: a Spanish "<" or ">" after a word or an opening bracket and before a quantity ("calles de < 3 m",
     * "(> 40 años)") bounds the amount: "menos de", "más de". Between two terms ("x < 3", "2 > 1") it compares: "menor
     * que", "mayor que".
     */
    private static boolean quantityInRunningText(ReadContext ctx, int pos) {
        String t = ctx.text;
        int next = pos + 1 < t.length() && t.charAt(pos + 1) == ' ' ? pos + 2 : pos + 1;
        if (next >= t.length() || !isDigit(t.charAt(next))) {
            return false;
        }
        int i = ReadContext.spacesStart(t, pos);
        return i > 0 && t.charAt(i - 1) == '(' || ctx.previousWord(pos).length() >= 2;
    }

    private static void symbol(ReadContext ctx, char c, int pos) {
        boolean es = ctx.es();
        if (!es && (c == '–' || c == '—' || c == '-' && spaced(ctx.text, pos)) && capitalAfterDash(ctx.text, pos)
                && DateReader.dashBetweenWeekdayDates(ctx, pos)) {
            spoken(ctx, pos, "to"); // "Thu., 4/8–Sun., 4/11": a span of two dates with their weekdays
            return;
        }
        switch (c) {
            case '\u00AD' -> { } // soft hyphen: invisible, and some voices read it
            case '&' -> spoken(ctx, pos, es ? "y" : "and");
            case '±' -> spoken(ctx, pos, es ? "más menos" : "plus or minus");
            case '×' -> {
                if (spaced(ctx.text, pos)) {
                    // "12 pallets × £4.75", "6 cajas × 12,50 €" (round ten B): a multiplication sign no dimension or pack
                    // took, between a count and a price or two terms, is "por", "times"; never left unsaid.
                    ctx.out.append(es ? "por" : "times");
                } else {
                    ctx.out.append(c);
                }
            }
            case '~' -> {
                if (!es && pos + 1 < ctx.text.length() && (isDigit(ctx.text.charAt(pos + 1)) || ctx.text.charAt(pos + 1) == '$')) {
                    spoken(ctx, pos, "about"); // "landfall ~2 AM", "~$50": an approximate amount
                } else {
                    ctx.out.append(c);
                }
            }
            case '<' -> spoken(ctx, pos, es ? (quantityInRunningText(ctx, pos) ? "menos de" : "menor que") : "less than");
            case '>' -> spoken(ctx, pos, es ? (quantityInRunningText(ctx, pos) ? "más de" : "mayor que") : "greater than");
            case '*' -> {
                if (betweenDigits(ctx.text, pos)) {
                    spoken(ctx, pos, es ? "por" : "times"); // "2*8": a product
                } else if (!es && (spaced(ctx.text, pos) || keypadKey(ctx, pos))) {
                    // "Press * then 2": the keypad key; round thirty: before a stop too, after a keypad verb ("to hear these
                    // options again, press *."), as the Spanish "marcá *." is the key.
                    ctx.out.append("star");
                } else if (es && (keypadKey(ctx, pos) || keyAlone(ctx.text, pos) && keyedSentence(ctx, pos))) {
                    // "para volver al menú, marcá *." (round seven B): the key pressed; round twenty-seven: a lone star later in
                    // a sentence a keypad verb opened ("Marque 1 para sí, 2 para no o * para repetir") is a key of that menu too.
                    ctx.out.append("asterisco");
                } else {
                    ctx.out.append(c);
                }
            }
            case '=' -> {
                // Spanish says "igual a" ("dos más dos igual a cuatro", "x igual a siete"), the shorter of the two usual readings.
                if (spaced(ctx.text, pos)) {
                    ctx.out.append(es ? "igual a" : "equals");
                } else if (betweenDigits(ctx.text, pos) || assignment(ctx.text, pos)) {
                    spoken(ctx, pos, es ? "igual a" : "equals");
                } else {
                    ctx.out.append(c);
                }
            }
            case '+' -> {
                if (spaced(ctx.text, pos)) {
                    ctx.out.append(es ? "más" : "plus");
                } else if (betweenDigits(ctx.text, pos) || codePoint(ctx.text, pos)) {
                    spoken(ctx, pos, es ? "más" : "plus");
                } else if (es && pos > 0 && isDigit(ctx.text.charAt(pos - 1))
                        && (pos + 1 == ctx.text.length() || !Character.isLetterOrDigit(ctx.text.charAt(pos + 1)))
                        && !ctx.text.substring(Math.max(0, pos - 16), pos).contains("más de ")) {
                    spoken(ctx, pos, "o más"); // "si tienes 50+ años" (round eight C): that many or more
                } else if (!es && pos > 0 && isDigit(ctx.text.charAt(pos - 1))
                        && (pos + 1 == ctx.text.length() || !Character.isLetterOrDigit(ctx.text.charAt(pos + 1)))) {
                    spoken(ctx, pos, "plus"); // "1,200+ gyms", "ages 18+": that many or more
                } else if (productPlus(ctx.text, pos)) {
                    // "Comfort+", "Disney+" (round five J): a product's name says its sign; round fourteen: Spanish says it
                    // "más", as it says the sign everywhere else ("Habla+" → "Habla más"), except the brands sold in Spain
                    // and Latin America as "plus" in their own advertising ("Movistar Plus+", "Canal+", "Disney+").
                    spoken(ctx, pos, es && !SAID_PLUS_IN_SPANISH.contains(ctx.previousWord(pos).toLowerCase(java.util.Locale.ROOT)) ? "más" : "plus");
                } else {
                    ctx.out.append(c);
                }
            }
            case '-' -> {
                // " - " between two numbers is a subtraction ("2 + 2 - 1 = 3").
                if (dashBeforeCode(ctx.text, pos)) {
                    ctx.out.append(' '); // "key ending -7Q4X" (round eight D): the dash only marks the code's start
                } else if (spaced(ctx.text, pos) && pos >= 2 && isDigit(ctx.text.charAt(pos - 2))
                        && pos + 2 < ctx.text.length() && isDigit(ctx.text.charAt(pos + 2)) && !citedPages(ctx.text, pos)) {
                    ctx.out.append(es ? "menos" : "minus");
                } else if (betweenDigits(ctx.text, pos) && equation(ctx.text, pos)) {
                    spoken(ctx, pos, es ? "menos" : "minus"); // "1-2=5": in an equation the hyphen is a minus
                } else if (!es && isDigit(ctx.text.charAt(pos - 1)) && deviceCode(ctx, pos)) {
                    ctx.out.append(' '); // "ALARM 4-12", "ERROR 3-14" (round eight C): a device's code, its parts said one after the other
                } else if (es && openingBracketedRange(ctx.text, pos)) {
                    // "Marca 2 (3-5) o 3", "(1-2 veces)" (round eight C): a range alone in brackets is said whole, "de tres a cinco".
                    ctx.out.insert(ctx.out.lastIndexOf("(") + 1, "de ");
                    spoken(ctx, pos, "a");
                } else if (pos > 0 && isDigit(ctx.text.charAt(pos - 1)) && numberSignRange(ctx.text, pos, pos + 1)) {
                    spoken(ctx, pos, es ? "a" : "to"); // "booths #2-#9" (round eight E): "number two to number nine"
                } else if (es && (countedRange(ctx.text, pos) || bareRange(ctx.text, pos) || longPlaceRange(ctx.text, pos)) && placeRange(ctx, pos)) {
                    // "los puestos 1-38" (round eight E): "del uno al treinta y ocho", see placeRange
                } else if (countedRange(ctx.text, pos) || bareRange(ctx.text, pos) && (!es || numberedPlaces(ctx.text, pos) || phBefore(ctx.text, pos) || sizesBefore(ctx, pos))
                        || es && longPlaceRange(ctx.text, pos)) {
                    // "3-5 días", "15-20 min", "5%-15%": from one to the other; in English after "between", "and" (round seventy B)
                    spoken(ctx, pos, es ? "a" : betweenOpensRange(ctx, pos) ? "and" : "to");
                } else if (!es && numberThenWord(ctx.text, pos)) {
                    // "90-day supply", "30-year mortgage": a compound adjective of a number and a noun is said as two words,
                    // as the number's own words are ("ninety nine", no hyphen); word compounds ("year-old", "Wi-Fi") keep theirs.
                    ctx.out.append(' ');
                } else {
                    ctx.out.append(c);
                }
            }
            case '/' -> {
                if (es && spaced(ctx.text, pos) && Character.isLetter(ctx.text.charAt(pos - 2)) && pos + 2 < ctx.text.length()
                        && Character.isLetter(ctx.text.charAt(pos + 2))) {
                    // "IPARRALDE / Encuesta sociológica", "Ventas / Atención al cliente": a slash set apart between words
                    // divides a title or a list; it is heard as a pause, not as "barra".
                    int end = ctx.out.length();
                    while (end > 0 && ctx.out.charAt(end - 1) == ' ') {
                        end--;
                    }
                    ctx.out.setLength(end);
                    ctx.out.append(',');
                } else if (spaced(ctx.text, pos) && pos + 2 < ctx.text.length() && "$€£".indexOf(ctx.text.charAt(pos + 2)) >= 0) {
                    // "$14 adults / $9 kids" (round ten): a slash set apart before a price divides a list of prices, a
                    // pause, not "slash"
                    int end = ctx.out.length();
                    while (end > 0 && ctx.out.charAt(end - 1) == ' ') {
                        end--;
                    }
                    ctx.out.setLength(end);
                    ctx.out.append(',');
                } else if (spaced(ctx.text, pos)) {
                    ctx.out.append(es ? "barra" : "slash");
                } else if (!es && codeSlash(ctx.text, pos)) {
                    // "part no. BP-2210/F" (round ten): the slash of a code is said; Spanish keeps it, Proteno's
                    // references read "GBU-43/B" with no word for it
                    spoken(ctx, pos, "slash");
                } else if (!es && loose(ctx.text, pos)) {
                    spoken(ctx, pos, "slash");
                } else {
                    ctx.out.append(c);
                }
            }
            case '@' -> {
                // "12@", "@12": not in an address or a handle, the sign is said; Spanish keeps "Radio@Netscape" as written.
                // Round seven D: a handle after a space ("o @VialidadPaso") is said, "arroba VialidadPaso".
                if (!es || pos + 1 < ctx.text.length() && isDigit(ctx.text.charAt(pos + 1))
                        || (pos == 0 || ctx.text.charAt(pos - 1) == ' ') && pos + 1 < ctx.text.length() && Character.isLetter(ctx.text.charAt(pos + 1))) {
                    spoken(ctx, pos, es ? "arroba" : "at");
                } else {
                    ctx.out.append(c);
                }
            }
            default -> {
                String name = c != '#' ? symbolName(c, es) : numberSign(ctx, pos) ? es ? "número" : "number"
                        : es || keyAlone(ctx.text, pos) || keyedAfterDigits(ctx, pos) ? hashKey(ctx) : symbolName(c, es);
                if (name != null && c != '%' && c != '#' && pos > 0 && pos + 1 < ctx.text.length() && ctx.text.charAt(pos - 1) == '('
                        && ctx.text.charAt(pos + 1) == ')') {
                    ctx.out.append(c); // "el Peso ($)": the sign shown in brackets after the currency's name, not an amount
                } else if (name != null && es && c != '%' && c != '#' && ctx.text.substring(Math.max(0, pos - 3), pos).equals("de ")) {
                    spoken(ctx, pos, pluralCurrency(name)); // "3 millones de €": the currency counted, in the plural
                } else if (name != null) {
                    spoken(ctx, pos, name); // a currency or % sign with no amount: "$ and 5%" → "dollar and five percent"
                } else {
                    ctx.out.append(c);
                }
            }
        }
    }

    private static String pluralCurrency(String name) {
        return switch (name) {
            case "dólar" -> "dólares";
            case "yen" -> "yenes";
            case "won" -> "wones";
            default -> name + "s";
        };
    }

    /**
     * The keypad's "#" by its name where the call is heard: "almohadilla" in Spain, "numeral" in the Spanish-speaking
     * Americas, where phone menus say "marque numeral" (round nine B); "pound" in the US, "hash" in Britain and elsewhere
     * (round ten: "press # to skip" is "press pound" on an American line).
     */
    static String hashKey(ReadContext ctx) {
        if (ctx.es()) {
            return "ES".equals(ctx.locale.region) ? "almohadilla" : "numeral";
        }
        return "US".equals(ctx.locale.region) ? "pound" : "hash";
    }

    /** Verbs a reference's "#" is the subject of: "Your ticket # is TL-603318", "su pedido # es el 4410". */
    private static final Set<String> NUMBER_SIGN_VERBS = Set.of("is", "was", "will", "has", "should", "appears", "es", "fue", "será", "aparece");

    /** A "#" between spaces or before a stop ("press # to skip", "then #."): a key; among other signs ("¥#%") it is named. */
    private static boolean keyAlone(String t, int pos) {
        return (pos == 0 || t.charAt(pos - 1) == ' ') && (pos + 1 == t.length() || " .,;:!?)".indexOf(t.charAt(pos + 1)) >= 0);
    }

    /**
     * Round eighteen B: "enter meeting ID 884 203 117#", "key in PIN 2281 930#": a "#" glued after the digits keyed in,
     * ending the word, in a sentence that keys something ("enter", "press", "dial"... or "followed by") is the key, by its
     * name on the line ("pound" in the US), not the sign's name. Round thirty-seven: so is one in a sentence naming a
     * code keyed in ("Your door code is 4417#", "the gate code has changed to 2906#"), the digits keyed one by one.
     */
    static boolean keyedAfterDigits(ReadContext ctx, int pos) {
        if (!hashGluedAfterDigits(ctx.text, pos)) {
            return false;
        }
        return keyedSentence(ctx, pos) || ctx.anyWord(ctx.sentenceStart(pos, 160), pos,
                word -> word.equals("followed") || ReferenceReader.keyedCodeWord(word));
    }

    /**
     * A "#" at {@code pos} glued after a digit and ending the word ("4417#", "4417#.", "4417#;"): the shape of digits keyed
     * before the key. A hashtag or a rank ("#2027", "#1") has its "#" before the digits, a code ("4471#22") runs on.
     */
    static boolean hashGluedAfterDigits(String t, int pos) {
        return pos > 0 && pos < t.length() && t.charAt(pos) == '#' && isDigit(t.charAt(pos - 1))
                && (pos + 1 == t.length() || " .,;:!?)".indexOf(t.charAt(pos + 1)) >= 0);
    }

    /** Words a keypad's "#" follows: "press # is all it takes" keeps the key. */
    private static final Set<String> KEY_CUES = Set.of("press", "then", "and", "or", "by", "dial", "hit", "tap", "enter", "key",
            "pulse", "marque", "oprima", "presione", "luego", "y", "o");

    /**
     * "Your confirmation # is HL8K27Q" (round ten): a lone "#" between a lower-case noun and a verb it is the subject of
     * stands for the noun's number, "number"/"número"; as a key ("press #", "then #", "followed by #") it has no verb after.
     */
    private static boolean numberSign(ReadContext ctx, int pos) {
        String t = ctx.text;
        // Round twenty-six B: an owned noun's "#" may end the sentence too ("quote your claim #.").
        if (pos < 2 || t.charAt(pos - 1) != ' ' || pos + 1 < t.length() && " .,;:!?)".indexOf(t.charAt(pos + 1)) < 0) {
            return false;
        }
        String noun = ctx.previousWord(pos);
        if (noun.isEmpty() || !Character.isLowerCase(noun.charAt(0)) || KEY_CUES.contains(noun)) {
            return false;
        }
        boolean spaced = pos + 1 < t.length() && t.charAt(pos + 1) == ' ';
        return spaced && NUMBER_SIGN_VERBS.contains(ctx.nextWord(pos + 1)) || ctx.lang == Lang.EN && ownedNoun(ctx, pos - 1 - noun.length(), noun);
    }

    /** Words that own or point at the noun before a lone "#": "your member #", "the invoice #". */
    private static final Set<String> NOUN_OWNERS = Set.of("your", "my", "our", "their", "his", "her", "its", "the");

    /**
     * Round twenty-six B: "have your member # ready", "keep your account # to hand", "write the invoice # on": a lone "#"
     * after a noun that a possessive or "the" opens, one more word perhaps between ("your NHS patient #"), is the noun's
     * number whatever follows; a key has no such noun ("press the # key", "press #").
     */
    private static boolean ownedNoun(ReadContext ctx, int nounStart, String noun) {
        if (NOUN_OWNERS.contains(noun) || noun.length() < 3) {
            return false;
        }
        String before = ctx.previousWord(nounStart).toLowerCase(java.util.Locale.ROOT);
        if (NOUN_OWNERS.contains(before)) {
            return true;
        }
        int beforeStart = ReadContext.spacesStart(ctx.text, nounStart) - before.length();
        return !before.isEmpty() && !KEY_CUES.contains(before) && NOUN_OWNERS.contains(ctx.previousWord(beforeStart).toLowerCase(java.util.Locale.ROOT));
    }

    private static String symbolName(char c, boolean es) {
        return switch (c) {
            case '$' -> es ? "dólar" : "dollar";
            case '€' -> "euro";
            case '£' -> es ? "libra" : "pound";
            case '¥' -> "yen";
            case '₩' -> "won";
            case '%' -> es ? "por ciento" : "percent";
            case '#' -> es ? "almohadilla" : "hash";
            case '§' -> es ? null : "section";
            default -> null;
        };
    }

    /** Words of an appliance's energy rating before its class: "clase energética A+", "eficiencia A+++". */
    private static final Set<String> ENERGY_RATING_WORDS = Set.of("energética", "energético", "eficiencia", "energía");
    /** Words of a blood group or a mark, whose "A+" is no energy class: "grupo sanguíneo A+", "sacó A+". */
    private static final Set<String> NOT_ENERGY_WORDS = Set.of("sangre", "sanguíneo", "sanguínea", "grupo", "tipo", "factor", "rh",
            "donante", "donantes", "donar", "nota", "notas", "calificación", "calificaciones", "sacó", "saqué", "examen");

    /**
     * Round fifty-six, Spanish: an appliance's energy class "A+", "A++", "A+++" is said "A más", "A más más" (as "C++"
     * is), after its rating's words ("clase energética A+", "eficiencia A+++") or with a price or a comma after it ("un
     * horno A+ por 449 €", "un frigorífico A+, …") in a sentence that names no blood group or mark ("grupo sanguíneo A+"
     * keeps its sign). The end of the pluses, or -1.
     */
    private static int energyLabel(ReadContext ctx, int pos, int runEnd) {
        String t = ctx.text;
        int end = runEnd;
        while (end < t.length() && t.charAt(end) == '+' && end - runEnd < 3) {
            end++;
        }
        if (end < t.length() && (Character.isLetterOrDigit(t.charAt(end)) || t.charAt(end) == '+') || pos > 0 && Character.isLetterOrDigit(t.charAt(pos - 1))) {
            return -1;
        }
        int from = ctx.sentenceStart(pos, 60);
        boolean rated = ctx.anyWord(Math.max(from, pos - 30), pos, ENERGY_RATING_WORDS::contains);
        boolean priceOrComma = t.startsWith(" por ", end) || end < t.length() && t.charAt(end) == ',';
        if (!rated && !(priceOrComma && !ctx.anyWord(from, pos, NOT_ENERGY_WORDS::contains))) {
            return -1;
        }
        ctx.append("A").append(" más".repeat(end - runEnd));
        return end;
    }

    /** Names before a "+" that Spanish advertising itself says "plus": the services' own spoken names. */
    private static final Set<String> SAID_PLUS_IN_SPANISH = Set.of("disney", "canal", "movistar", "star", "tv", "paramount",
            "atresplayer", "nintendo", "apple", "google", "office", "youtube");

    /**
     * A single "+" glued to the end of a capitalised word and not before a letter or digit: a product or tier name
     * ("Comfort+", "Apple TV+", "Plus+"), said "plus" (Spanish "más", but for {@link #SAID_PLUS_IN_SPANISH}). "C++" is
     * read elsewhere; "a+b" and "A+" (a grade, a blood group: one letter) are not names.
     */
    private static boolean productPlus(String t, int pos) {
        if (pos + 1 < t.length() && (Character.isLetterOrDigit(t.charAt(pos + 1)) || t.charAt(pos + 1) == '+')) {
            return false;
        }
        int i = pos;
        while (i > 0 && Character.isLetter(t.charAt(i - 1))) {
            i--;
        }
        return pos - i >= 2 && Character.isUpperCase(t.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)));
    }

    /** Whether a capital a weekday could start ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun") follows the dash at {@code pos}, a space apart at most. */
    private static boolean capitalAfterDash(String t, int pos) {
        int i = pos + 1 < t.length() && t.charAt(pos + 1) == ' ' ? pos + 2 : pos + 1;
        return i < t.length() && "MTWFS".indexOf(t.charAt(i)) >= 0;
    }

    /** Appends a spoken symbol with spaces on each side unless already there. */
    private static void spoken(ReadContext ctx, int pos, String words) {
        StringBuilder out = ctx.out;
        if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
            out.append(' ');
        }
        out.append(words);
        if (pos + 1 < ctx.text.length() && !Character.isWhitespace(ctx.text.charAt(pos + 1)) && ".,;:!?)".indexOf(ctx.text.charAt(pos + 1)) < 0) {
            out.append(' '); // a word before a glued word or number is set apart, not before the punctuation that ends it
        }
    }

    private static final java.util.regex.Pattern RANGE_BEFORE = java.util.regex.Pattern.compile("(?<![\\d.,/:-])(\\d{1,3}(?:[.,]\\d{1,2})?)%?$");
    private static final java.util.regex.Pattern RANGE_AFTER = java.util.regex.Pattern.compile("(\\d{1,3}(?:[.,]\\d{1,2})?)(?:[ \\u00A0]?[%°º]|[ \\u00A0]?\\p{Ll})");

    /**
     * Round seventy B: "between" right before the range's first number, which ends at the {@code hyphen} ("between 1.2-1.8
     * bar", "between 32-35 psi", "between 5%-15%"): the joint is "and", as a bare range's is (QuantityReader.decimalRange).
     */
    private static boolean betweenOpensRange(ReadContext ctx, int hyphen) {
        int i = hyphen;
        while (i > 0 && (isDigit(ctx.text.charAt(i - 1)) || ".,%".indexOf(ctx.text.charAt(i - 1)) >= 0)) {
            i--;
        }
        return i < hyphen && ctx.previousWord(i).equalsIgnoreCase("between");
    }

    /**
     * "3-5 días", "15-20 min", "5%-15%", "10-15 %", "2-8 °C" (round thirty-four: a degree's sign counts as a unit's word does):
     * a hyphen between two small numbers, the first the smaller, with a counted word,
     * unit or percent after the second, is a range said "a"/"to". Codes ("978-0"), years ("1939-1945") and dates are not.
     */
    private static boolean countedRange(String t, int pos) {
        java.util.regex.Matcher before = RANGE_BEFORE.matcher(t.substring(Math.max(0, pos - 8), pos));
        java.util.regex.Matcher after = RANGE_AFTER.matcher(t);
        after.region(pos + 1, t.length());
        if (!before.find() || !after.lookingAt()) {
            return false;
        }
        int end = after.end(1);
        if (end < t.length() && (isDigit(t.charAt(end)) || t.charAt(end) == '-' || t.charAt(end) == '.' && end + 1 < t.length() && isDigit(t.charAt(end + 1)))) {
            return false;
        }
        // Decimals too ("1-1.5 bar", "2-2,5 kg"; round five G): the smaller first.
        return Double.parseDouble(before.group(1).replace(',', '.')) < Double.parseDouble(after.group(1).replace(',', '.'));
    }

    /**
     * Round eight C: both forms of a word written with a slash. Spanish "hijo/a", "tutor/a", "alumnos/as" → "hijo o hija",
     * "tutor o tutora", "alumnos o alumnas"; English "spayed/neutered", "he/she" (two alternatives: see
     * {@link #englishAlternatives}) → "spayed or neutered". Not in a path or address (a slash or dot before the word), not before a digit or another
     * slash ("km/h/s", "a/b/c"), never a unit ("miles/hour", "kg/día"), and "and/or" keeps its own reading.
     */
    private static int bothForms(ReadContext ctx, int pos, int runEnd) {
        String t = ctx.text;
        if (pos > 0 && (t.charAt(pos - 1) == '/' || t.charAt(pos - 1) == '.' || Character.isLetterOrDigit(t.charAt(pos - 1)))) {
            return -1;
        }
        int second = runEnd + 1;
        int end = second;
        while (end < t.length() && Character.isLowerCase(t.charAt(end))) {
            end++;
        }
        if (end == second || end < t.length() && (Character.isLetterOrDigit(t.charAt(end)) || t.charAt(end) == '/'
                || t.charAt(end) == '.' && end + 1 < t.length() && Character.isLetter(t.charAt(end + 1)))) {
            return -1;
        }
        String word = t.substring(pos, runEnd);
        String other = t.substring(second, end);
        boolean counted = pos >= 2 && t.charAt(pos - 1) == ' ' && isDigit(t.charAt(pos - 2));
        if (counted && (ctx.es() ? ES_RATE_WORDS : AttributiveAmount.RATE_WORDS).contains(other) && Units.find(word) == null) {
            // Round fifty-five: "3 días/semana", "4 sesiones/mes", "2 cápsulas/día": a count's slash before a time (or a
            // head's, a dose's) word is "por", as a unit's is ("km/h" "por hora"), "tres días por semana". A price's rate
            // keeps MoneyReader's "la hora", "al mes"; two words with no count before ("días/semanas") are a choice.
            // Round fifty-nine B: English likewise, "per" as a unit's slash is ("4 hrs./wk." "four hours per week"):
            // "6 tablets/day" "six tablets per day", where the slash was left to the voice.
            ctx.append(word + (ctx.es() ? " por " : " per ") + other);
            return end;
        }
        if (Units.find(word) != null || Units.find(other) != null || RATE_WORDS.contains(other) || counted) {
            return -1; // "tablets/dose", "sesiones/day": a count's slash before "each", "dose" or the other language's word, as written
        }
        String both;
        if (ctx.es() && (other.equals("a") || other.equals("as"))) {
            String feminine = spanishFeminine(word, other);
            if (feminine == null) {
                return -1;
            }
            both = word + " o " + feminine;
        } else if (ctx.lang == Lang.EN && other.length() >= 3 && englishAlternatives(word, other)) {
            both = word + " or " + other;
        } else if (ctx.lang == Lang.EN && other.length() >= 3 && word.length() >= 3 && !word.equals("and")) {
            both = word + " slash " + other; // "washer/dryer set": one thing, its slash said as written
        } else {
            return -1;
        }
        ctx.append(both);
        return end;
    }

    private static final Set<String> EN_PRONOUNS = Set.of("he", "she", "his", "her", "hers", "him", "they", "them", "their");

    /**
     * Two English words a slash offers as alternatives, "or" between them: two participles or adjectives in "-ed"
     * ("spayed/neutered", "vaccinated/dewormed") or two pronouns ("he/she", "his/her"). Two nouns are one thing, a
     * combined appliance or piece of furniture ("washer/dryer set", "sofa/sleeper"; round eight D), the slash said.
     */
    private static boolean englishAlternatives(String word, String other) {
        return word.endsWith("ed") && other.endsWith("ed") || EN_PRONOUNS.contains(word) && EN_PRONOUNS.contains(other);
    }

    /**
     * A dash after a space and before a code of digits and capitals glued ("ending -7Q4X", "ending -3M8K"; round eight D):
     * it marks the last characters of a key or card, not a negative number. A number with a unit ("-5C", "-10dB") or a
     * word after it is no code: only capitals count, and at least one digit after the first capital.
     */
    static boolean dashBeforeCode(String t, int pos) {
        if (pos == 0 || t.charAt(pos) != '-' || t.charAt(pos - 1) != ' ' || pos + 1 >= t.length() || !isDigit(t.charAt(pos + 1))) {
            return false;
        }
        int e = pos + 1;
        int capitals = 0;
        boolean digitAfterCapital = false;
        while (e < t.length() && (isDigit(t.charAt(e)) || t.charAt(e) >= 'A' && t.charAt(e) <= 'Z')) {
            if (isDigit(t.charAt(e))) {
                digitAfterCapital |= capitals > 0;
            } else {
                capitals++;
            }
            e++;
        }
        return capitals > 0 && digitAfterCapital && e - pos - 1 <= 12 && (e == t.length() || !Character.isLetterOrDigit(t.charAt(e)));
    }

    /** Words a device shows before its code: "ALARM 4-12", "ERROR 3-14", "FAULT 2-07". */
    private static final Set<String> DEVICE_CODE_WORDS = Set.of("alarm", "error", "err", "fault", "code");

    /** The number before the hyphen at {@code pos} follows a device's code word ({@link #DEVICE_CODE_WORDS}). */
    private static boolean deviceCode(ReadContext ctx, int pos) {
        int start = digitsStart(ctx.text, pos);
        return start > 0 && ctx.text.charAt(start - 1) == ' ' && pos + 1 < ctx.text.length() && isDigit(ctx.text.charAt(pos + 1))
                && DEVICE_CODE_WORDS.contains(ctx.previousWord(start).toLowerCase(java.util.Locale.ROOT));
    }

    /** Spanish words after a count's slash that make a rate, said "por": "días/semana", "cápsulas/día". */
    private static final Set<String> ES_RATE_WORDS = Set.of("día", "semana", "mes", "año", "hora", "noche", "persona", "dosis");
    /**
     * Words after a slash that make a rate, not a second form: both languages' ("tablets/day" takes English's from
     * {@link AttributiveAmount#RATE_WORDS}), and "each" and "dose", kept as written.
     */
    private static final Set<String> RATE_WORDS = java.util.stream.Stream.of(ES_RATE_WORDS.stream(), AttributiveAmount.RATE_WORDS.stream(),
            java.util.stream.Stream.of("each", "dose")).flatMap(java.util.function.Function.identity()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** "hijo" + "a" → "hija", "tutor" + "a" → "tutora", "alumnos" + "as" → "alumnas", "tutores" + "as" → "tutoras". */
    private static String spanishFeminine(String word, String ending) {
        char last = word.charAt(word.length() - 1);
        if (ending.equals("a")) {
            return last == 'o' ? word.substring(0, word.length() - 1) + "a"
                    : "rnl".indexOf(last) >= 0 && !word.endsWith("ón") ? word + "a" : null;
        }
        return word.endsWith("os") || word.endsWith("es") ? word.substring(0, word.length() - 2) + "as" : null;
    }

    /**
     * A range that opens a bracket: "(1-2 veces)", or "2 (3-5)" after a numbered option. The first number straight after
     * "(", a counted word after the second (or, after an option's number, the bracket closing on it), the smaller first; a
     * score "(3-1)" is not a range, nor a bare pair of numbers in brackets elsewhere.
     */
    private static boolean openingBracketedRange(String t, int pos) {
        int start = digitsStart(t, pos);
        if (start == pos || start == 0 || t.charAt(start - 1) != '(' || pos - start > 2) {
            return false;
        }
        int end = digitsEnd(t, pos + 1);
        boolean afterOption = start >= 3 && t.charAt(start - 2) == ' ' && isDigit(t.charAt(start - 3)); // "Marca 2 (3-5)"
        return end > pos + 1 && end - pos - 1 <= 2 && end < t.length() && (t.charAt(end) == ')' && afterOption || countedRange(t, pos))
                && Integer.parseInt(t.substring(start, pos)) < Integer.parseInt(t.substring(pos + 1, end));
    }

    /**
     * A number standing on its own before the hyphen, a lower-case word of two letters or more after it: "90-day",
     * "24-hour"; not inside a code ("MIG-25/235212-asdg").
     */
    private static boolean numberThenWord(String t, int pos) {
        if (pos == 0 || !isDigit(t.charAt(pos - 1)) || pos + 2 >= t.length() || !Character.isLowerCase(t.charAt(pos + 1))
                || !Character.isLetter(t.charAt(pos + 2))) {
            return false;
        }
        int start = digitsStart(t, pos);
        if (start > 1 && t.charAt(start - 1) == '.' && isDigit(t.charAt(start - 2))) {
            start = digitsStart(t, start - 1); // Round seventy-four I: a decimal's whole part, "a 2.5-hour hire" as "a 3-hour hire"
        }
        return start == 0 || Character.isWhitespace(t.charAt(start - 1)) || "(\"'“‘".indexOf(t.charAt(start - 1)) >= 0;
    }

    /** "1-2=5": an "=" later in the same unspaced run of text makes the expression an equation. */
    private static boolean equation(String t, int pos) {
        for (int i = pos + 1; i < t.length() && !Character.isWhitespace(t.charAt(i)); i++) {
            if (t.charAt(i) == '=') {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern BARE_RANGE = java.util.regex.Pattern.compile("(?<![\\d.,/:-])(\\d{1,2})-(\\d{1,2})(?=$|[ ,;:!?)]|\\.(?!\\d))");

    /**
     * "2-8", "pages 4-12.": in English a hyphen between two small numbers, the first the smaller, with nothing that
     * makes it a code, date or score after it, is a range ("two to eight"), as it is before a counted word.
     */
    private static boolean bareRange(String t, int pos) {
        int start = digitsStart(t, pos);
        // "the 2020-2021 season", "1939-1945": two years, the second later, are a span.
        return start < pos && risingPairAt(BARE_RANGE, t, start, pos) || risingPairAt(YEAR_RANGE, t, start, pos);
    }

    /** {@code pair} (two numbers as groups 1 and 2) matches at {@code start}, its hyphen at {@code pos}, and rises. */
    private static boolean risingPairAt(java.util.regex.Pattern pair, String t, int start, int pos) {
        java.util.regex.Matcher m = pair.matcher(t);
        m.region(start, t.length());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m.lookingAt() && m.end(1) == pos && Integer.parseInt(m.group(1)) < Integer.parseInt(m.group(2));
    }

    /** "pH", perhaps "pH de" or "pH entre", right before the range's first number. */
    private static final java.util.regex.Pattern PH_BEFORE = java.util.regex.Pattern.compile("(?<![\\p{L}])pH(?:[ \\u00A0]+(?:de|entre))?[ \\u00A0]*$");

    /**
     * Round seventy A (Spanish): a bare range of small numbers after "pH" ("un pH de 7-8.", "suelo ácido, pH 5-6.") is its
     * range of values, "siete a ocho", as a unit after the second number makes one ({@link #countedRange}); a pH names its
     * scale before the numbers, where a unit comes after them. A score ("quedó 6-8") has no "pH".
     */
    private static boolean phBefore(String t, int pos) {
        int start = digitsStart(t, pos);
        return start >= 2 && PH_BEFORE.matcher(t.substring(Math.max(0, start - 12), start)).find();
    }

    /**
     * Round eighty-three A (Spanish): a bare range right after a size word ("tallas 40-48, en negro") is the sizes it runs
     * over, "treinta y ocho a cuarenta y seis", as it is before a counted word ({@link #countedRange}); a size names what
     * it counts before the numbers, and no score or code is printed after "tallas".
     */
    private static boolean sizesBefore(ReadContext ctx, int pos) {
        return SIZE_WORDS.contains(ctx.previousWord(digitsStart(ctx.text, pos)).toLowerCase(java.util.Locale.ROOT));
    }

    /** {@link #BARE_RANGE} of three or four digits each: "1001-1080", "301-345". */
    private static final java.util.regex.Pattern LONG_BARE_RANGE = java.util.regex.Pattern.compile("(?<![\\d.,/:-])(\\d{3,4})-(\\d{3,4})(?=$|[ ,;:!?)]|\\.(?!\\d))");

    /**
     * Round seventy A (Spanish): a hyphen between two numbers of three or four digits, the first the smaller, right after a
     * plural noun of numbered places or items ("los lotes 1001-1080", "las mesas 1010-1025") is their range, as "butacas
     * 12-15" is ({@link #numberedPlaces}); only years did before ({@link #bareRange}), so "mil uno-mil ochenta" kept the hyphen.
     * Places only: with a text's parts too ({@link #TEXT_PARTS}) the proteno suite's held-out real sentences lost a row
     * (measured by its score, not read), so a long range of pages or articles keeps its hyphen.
     */
    private static boolean longPlaceRange(String t, int pos) {
        int start = digitsStart(t, pos);
        int noun = numberedPlacesNoun(t, pos);
        return start < pos && risingPairAt(LONG_BARE_RANGE, t, start, pos)
                && noun >= 0 && !TEXT_PARTS.contains(wordBeforeNumber(t, noun, pos));
    }

    /** Of {@link #ES_NUMBERED_PLACES}, the parts of a text, not places: a long range of them stays as written. */
    private static final Set<String> TEXT_PARTS = Set.of("páginas", "capítulos", "artículos", "preguntas");

    /** Plural nouns of numbered places and items a Spanish range of them follows ("butacas 12-15", "páginas 4-9"). */
    private static final Set<String> ES_NUMBERED_PLACES = Set.of("butacas", "asientos", "plazas", "localidades", "filas", "páginas",
            "habitaciones", "mesas", "puestos", "casillas", "puertas", "taquillas", "cabinas", "lotes", "módulos", "andenes", "salas",
            "aulas", "boxes", "parcelas", "naves", "locales", "oficinas", "consultorios", "camas", "preguntas", "capítulos", "artículos");

    /**
     * "(fila 7, butacas 12-15)" (round seven C): in Spanish a bare hyphen between two small numbers is a range only after a
     * plural noun of numbered places or items; a score ("ganaron 3-1") or a code keeps its hyphen.
     */
    static boolean numberedPlaces(String t, int pos) {
        return numberedPlacesNoun(t, pos) >= 0 || pageAbbreviationBefore(t, pos);
    }

    /**
     * "págs. 12-15", "p. 16-18." (round eighteen): a page's abbreviation and its dot right before the range's first number
     * name numbered pages as "páginas" does.
     */
    private static boolean pageAbbreviationBefore(String t, int pos) {
        int dot = ReadContext.spacesStart(t, digitsStart(t, pos));
        if (dot < 2 || t.charAt(dot - 1) != '.') {
            return false; // cheap check first: a dot before the number
        }
        int start = dot - 1;
        while (start > 0 && Character.isLetter(t.charAt(start - 1))) {
            start--;
        }
        return QuantityReader.PAGE_CUES.contains(t.substring(start, dot - 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** Where the noun of {@link #numberedPlaces} starts, or -1 when the word before the number names no places. */
    private static int numberedPlacesNoun(String t, int pos) {
        int begin = placeNounStart(t, pos);
        return ES_NUMBERED_PLACES.contains(wordBeforeNumber(t, begin, pos)) ? begin : -1;
    }

    /** The word (lower case) starting at {@code begin} and followed by one space before the number ending at {@code pos}. */
    private static String wordBeforeNumber(String t, int begin, int pos) {
        int end = begin;
        while (end < pos && Character.isLetter(t.charAt(end))) {
            end++;
        }
        return end < pos && t.charAt(end) == ' ' ? t.substring(begin, end).toLowerCase(java.util.Locale.ROOT) : "";
    }

    /**
     * Round sixty-seven A: the plural noun of numbered places or items right before the number ending at {@code pos}
     * ("los lotes 1 a 250"), lower case, or "" when the word before names none: the number names one of them (its label).
     * Only the plural: after a singular one a count may follow ("el box 1 día").
     */
    static String numberedPlacesNounBefore(String t, int pos) {
        String noun = wordBeforeNumber(t, placeNounStart(t, pos), pos);
        return ES_NUMBERED_PLACES.contains(noun) ? noun : "";
    }

    /**
     * Round seventy A: one of {@link #ES_NUMBERED_PLACES} in the singular right before the number ending at {@code pos}
     * ("la puerta 1 permanece", "el módulo 1 atiende", "el andén 1"), with no word of time or rate after the number that
     * it would count ("la mesa 1 hora antes", "el box 1 día", "la sala 1 vez"): the number is that place's label.
     */
    static boolean singularNumberedPlaceBefore(String t, int pos, String wordAfter) {
        String noun = wordBeforeNumber(t, placeNounStart(t, pos), pos);
        if (noun.isEmpty() || noun.endsWith("s") || ES_RATE_WORDS.contains(wordAfter) || wordAfter.equals("vez")) {
            return false;
        }
        // The singular of a listed plural: "puerta" + "s", "andén" + "es" without its accent ("andenes", "habitaciones").
        String unaccented = java.text.Normalizer.normalize(noun, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ES_NUMBERED_PLACES.contains(noun + "s") || ES_NUMBERED_PLACES.contains(unaccented + "es");
    }

    private static final java.util.regex.Pattern YEAR_RANGE = java.util.regex.Pattern.compile("(?<![\\d.,/:-])(1[1-9]\\d\\d|20\\d\\d)-(1[1-9]\\d\\d|20\\d\\d)(?![\\d-])");

    /** "14/ they're", "/$€": a slash with a space or the text's edge on one side is a symbol of its own, said. */
    private static boolean loose(String t, int pos) {
        return pos == 0 || pos + 1 == t.length() || Character.isWhitespace(t.charAt(pos - 1)) || Character.isWhitespace(t.charAt(pos + 1));
    }

    /** "U+03E4": a letter joined by a plus to digits (a code point, "Q0906+6930"); the plus is said. */
    private static boolean codePoint(String t, int pos) {
        return pos > 0 && pos + 1 < t.length() && Character.isLetter(t.charAt(pos - 1)) && isDigit(t.charAt(pos + 1));
    }

    /** "2+3", "6+3=9": an operator written between two digits, said as one ("dos más tres"). */
    private static boolean betweenDigits(String t, int pos) {
        return pos > 0 && pos + 1 < t.length() && isDigit(t.charAt(pos - 1)) && isDigit(t.charAt(pos + 1));
    }

    /** "x=23", "2n=46", "x= 6", "width=10%": a name or number set equal to a number, said as an equation. */
    private static boolean assignment(String t, int pos) {
        int after = pos + 1 < t.length() && t.charAt(pos + 1) == ' ' ? pos + 2 : pos + 1;
        int before = pos > 0 && t.charAt(pos - 1) == ' ' ? pos - 2 : pos - 1;
        return before >= 0 && after < t.length() && Character.isLetterOrDigit(t.charAt(before)) && isDigit(t.charAt(after));
    }

    /**
     * "de L a V de 8.30 a 20.30", "horario L-S" (round seven B): two weekday initials in week order, as a range, are the
     * days; "de A a Z", a size "de S a M" or "talla M-L" are not (out of order, or not both weekday letters). Spaced
     * ("L a V") only after "de", a hyphen ("L-V") anywhere.
     */
    private static int spanishDayLetters(ReadContext ctx, int pos) {
        java.util.regex.Matcher m = ctx.at(ES_DAY_LETTERS, pos);
        if (!m.lookingAt() || pos > 0 && Character.isLetterOrDigit(ctx.text.charAt(pos - 1))) {
            return -1;
        }
        int from = ES_DAY_ORDER.indexOf(m.group(1).charAt(0));
        int to = ES_DAY_ORDER.indexOf(m.group(2).charAt(0));
        boolean spaced = m.group().indexOf(' ') > 0 || m.group().indexOf('\u00A0') > 0;
        // Three days at least ("L-M" could be sizes), and never after a size word ("tallas de M a S").
        if (from >= to || to - from < 2 || spaced && !ctx.previousWord(pos).equalsIgnoreCase("de")
                || SIZE_WORDS.contains(ctx.previousWord(pos - (spaced ? 3 : 0)).toLowerCase(java.util.Locale.ROOT))) {
            return -1;
        }
        // "(L-V, 8:30-20:00)" (round eight C): a span opening a bracket is said as one, "de lunes a viernes".
        // Round twenty-one: so is one a timetable's hours follow ("Horario: L-V, 9:00-19:00"), as the house style's
        // "de lunes a sábado, 8 AM–8 PM" opens; after "de" or "del" it has its word already.
        if (!spaced && (pos > 0 && ctx.text.charAt(pos - 1) == '(' || hoursAfter(ctx.text, m.end())
                && !ctx.previousWord(pos).equalsIgnoreCase("de") && !ctx.previousWord(pos).equalsIgnoreCase("del"))) {
            ctx.append("de ");
        }
        ctx.append(DateReader.spanishWeekday(java.time.DayOfWeek.of(from + 1))).append(" a ")
                .append(DateReader.spanishWeekday(java.time.DayOfWeek.of(to + 1)));
        return m.end();
    }

    /** A comma or a space, then a clock time: "L-V, 9:00-19:00", "L-S 8:30". */
    private static boolean hoursAfter(String t, int i) {
        int j = i < t.length() && t.charAt(i) == ',' ? i + 1 : i;
        while (j < t.length() && (t.charAt(j) == ' ' || t.charAt(j) == '\u00A0')) {
            j++;
        }
        int digits = digitsEnd(t, j);
        return j > i && digits > j && digits - j <= 2 && digits + 1 < t.length() && t.charAt(digits) == ':' && isDigit(t.charAt(digits + 1));
    }

    /**
     * "Turno: 4 h, L/Mi/V" (round eight C): weekday initials joined by slashes, in week order, are those days, "lunes,
     * miércoles y viernes"; sizes ("S/M/L", "M/L") are out of order, and a slash glued to more ("L/V/2") is a code.
     */
    private static int spanishDayList(ReadContext ctx, int pos) {
        java.util.regex.Matcher m = ctx.at(ES_DAY_LIST, pos);
        if (!m.lookingAt() || pos > 0 && (Character.isLetterOrDigit(ctx.text.charAt(pos - 1)) || ctx.text.charAt(pos - 1) == '/')
                || SIZE_WORDS.contains(ctx.previousWord(pos).toLowerCase(java.util.Locale.ROOT))) {
            return -1;
        }
        String[] letters = m.group().split("/");
        List<String> days = new java.util.ArrayList<>();
        int last = -1;
        for (String l : letters) {
            int day = l.equals("Mi") ? 2 : ES_DAY_ORDER.indexOf(l.charAt(0));
            if (day <= last) {
                return -1;
            }
            last = day;
            days.add(DateReader.spanishWeekday(java.time.DayOfWeek.of(day + 1)));
        }
        ctx.append(String.join(", ", days.subList(0, days.size() - 1))).append(" y ").append(days.get(days.size() - 1));
        return m.end();
    }

    private static final java.util.Set<String> SIZE_WORDS = java.util.Set.of("talla", "tallas", "tamaño", "tamaños", "size", "sizes");

    /** Spanish verbs and nouns before a key of the phone's keypad ("marque *", "pulse la tecla *"). */
    private static final java.util.Set<String> ES_KEYPAD_WORDS = java.util.Set.of("marque", "marca", "marcá", "pulse", "pulsa", "pulsá",
            "oprima", "oprime", "oprimí", "presione", "presiona", "presioná", "teclee", "teclea", "tecleá", "tecla",
            // Round fifty: a key named by the button it is ("mantenga pulsado el botón * durante 5 s", "deje presionado el
            // botón #"): what follows "botón" is a key, "el botón asterisco", as after "tecla".
            "botón");

    /**
     * Round fifty-four: Spanish gerunds that key a star and what follows it ("consultá tu saldo marcando *5", "pulsando
     * *0"), as the imperatives do. Not keypad words before a bare number: "marcando 31 goles" scores, a count that agrees
     * with its noun ({@link #keypadWord} leaves them out).
     */
    private static final java.util.Set<String> ES_KEYING_GERUNDS = java.util.Set.of("marcando", "pulsando", "presionando", "oprimiendo",
            "tecleando");

    /** Whether a lower-case word keys the star or the hash after it in the text's language ("press", "marque", "marcando"). */
    private static boolean keysAStar(ReadContext ctx, String lowerCase) {
        return ctx.es() ? ES_KEYPAD_WORDS.contains(lowerCase) || ES_KEYING_GERUNDS.contains(lowerCase) : EN_KEYPAD_WORDS.contains(lowerCase);
    }

    /** Whether a lower-case word is a Spanish keypad verb or "tecla": what follows it is a key. */
    static boolean keypadWord(String lowerCase) {
        return ES_KEYPAD_WORDS.contains(lowerCase);
    }

    /**
     * Round thirteen: "teclee su código seguido de # y después *0", "marque su clave y luego *9": a star and one digit in
     * a sentence that keyed something before it, by a keypad verb or a "#", is a key too, wherever the verb stands.
     */
    private static boolean keyedSentence(ReadContext ctx, int pos) {
        int start = ctx.sentenceStart(pos, 160);
        if (ctx.text.lastIndexOf('#', pos - 1) >= start) {
            return true;
        }
        return ctx.anyWord(start, pos, word -> keysAStar(ctx, word));
    }

    /** A lone "*" after a keypad word of the text's language, not before a digit or letter (that is a code, "*611"). */
    private static boolean keypadKey(ReadContext ctx, int pos) {
        String t = ctx.text;
        return pos > 0 && t.charAt(pos - 1) == ' ' && (pos + 1 == t.length() || !Character.isLetterOrDigit(t.charAt(pos + 1)))
                && keysAStar(ctx, ctx.previousWord(pos).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A slash glued between a digit and a capital inside a code that has a capital before it ("BP-2210/F", "KX4410/B").
     */
    private static boolean codeSlash(String t, int pos) {
        if (pos == 0 || pos + 1 >= t.length() || !isDigit(t.charAt(pos - 1)) || !Character.isUpperCase(t.charAt(pos + 1))) {
            return false;
        }
        for (int i = pos - 1; i >= 0 && t.charAt(i) != ' ' && t.charAt(i) != '('; i--) {
            if (Character.isUpperCase(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean spaced(String t, int pos) {
        return pos > 0 && pos + 1 < t.length() && t.charAt(pos - 1) == ' ' && t.charAt(pos + 1) == ' ';
    }

    /**
     * Documents' nouns a number sign may be glued to before their reference: "ticket#58214", "Invoice#4410"; also the
     * nouns whose "no." with no number after it is their number ("your invoice no. and", {@link Abbreviations}).
     */
    static final Set<String> GLUED_SIGN_NOUNS = Set.of("invoice", "order", "ticket", "case", "claim", "booking", "reservation",
            "account", "policy", "confirmation", "reference", "ref", "job", "request", "incident", "receipt", "member", "item");

    /** Words an appliance's or a network's error code is printed beside: "error E402", "fault code F305", "U402 error". */
    private static final Set<String> ERROR_WORDS = Set.of("error", "fault", "code", "err");

    /**
     * Round twenty-three B: a one-letter code after or before an error word ("shows error E402", "fault E119", "a U402
     * error", "Error: E402") is read off a display and dictated, "E four zero two", as the house style dictates codes with letters; a
     * model's "A321" and a room's "B204" keep their pairs.
     */
    private static boolean errorCode(ReadContext ctx, int letter, int end) {
        int before = ReadContext.spacesStart(ctx.text, letter);
        if (before > 0 && ctx.text.charAt(before - 1) == ':') {
            before--; // "Error: E402"
        }
        return ERROR_WORDS.contains(ctx.previousWord(before).toLowerCase(java.util.Locale.ROOT))
                || ERROR_WORDS.contains(ctx.nextWord(end).toLowerCase(java.util.Locale.ROOT)) && end < ctx.text.length() && ctx.text.charAt(end) == ' ';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
