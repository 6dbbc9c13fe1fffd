package io.locutor.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number and what directly follows it: an ordinal marker ("1.º", "3er", "21st"), a fraction ("1/3"), a currency
 * ("25,50 €", "21 nio"), a unit ("12 kg", "15 %"), or nothing (a cardinal or decimal, agreeing in gender with the
 * Spanish noun after it: "veintiún días", "una hora"). Codes are not quantities: a bare number with a leading zero,
 * or of six digits or more written without separators, is read digit by digit.
 */
final class QuantityReader implements TokenReader {
    /**
     * The degree sign typed for "º" (round seven B: "el 2° piso", "3° año"): an ordinal only before a noun that is
     * counted in order; "30° en la sombra", "40° C" and "2° de fiebre" stay degrees.
     */
    private static final String DEGREE_AS_ORDINAL = "°(?=[ \\u00A0](?:piso|puesto|lugar|año|curso|grado|semestre|cuatrimestre|trimestre|"
            + "nivel|premio|aniversario|subsuelo|congreso|encuentro|aviso|llamado|recordatorio)(?![\\p{L}]))";
    /**
     * Round seventy-eight R: an Argentine or Spanish address's floor and flat after its house number and comma, the degree
     * sign typed for "º" ("Lavalle 1875, 2° A"): the floor's ordinal, "segundo A"; "40° C" with no street before stays degrees.
     */
    private static final Pattern FLOOR_BEFORE_FLAT = Pattern.compile("°(?=[ \\u00A0]\\p{Lu}(?![\\p{L}\\d]))");
    /** A street's capitalised name, its house number and a comma right before a floor: "Lavalle 1875, ". */
    private static final Pattern HOUSE_NUMBER_BEFORE = Pattern.compile("\\p{Lu}\\p{L}*[ \\u00A0]\\d{1,5},[ \\u00A0]$");
    /** "1T 2026", "3T de 2025": a quarter glued to its number before its year. */
    private static final Pattern ES_QUARTER = Pattern.compile("T(?=[ \\u00A0](de[ \\u00A0])?(?:19|20)\\d\\d(?!\\d))");
    private static final Pattern ES_ORDINAL = Pattern.compile("(?:" + DEGREE_AS_ORDINAL + "|\\.?(?:º|ª|ᵉʳ|ᵃ|ᵒ)|\\.?(er|ero|era|ro|ra|do|da|to|ta|vo|va|no|na|mo|ma)(?![\\p{L}\\d])|[oa]\\.(?=[ \\u00A0]\\p{L}))");
    private static final Pattern EN_ORDINAL = Pattern.compile("(st|nd|rd|th|ST|ND|RD|TH)(?![\\p{L}\\d])");
    /** The denominator may be grouped: "1/1.000.000". */
    private static final Pattern FRACTION = Pattern.compile("/(\\d{1,3}(?:[.,]\\d{3}){1,3}(?![\\d.,]\\d?)|\\d{1,9}(?![\\d/]))");
    // "2 1/2", and a fraction character glued or after a space ("1½ tsp", "2 ¾ miles"; round seven A).
    private static final Pattern MIXED_FRACTION = Pattern.compile(" (\\d{1,9})/(\\d{1,9})(?![\\d/])| ?([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])");
    /**
     * Round sixty-two A: US hardware's mixed number joined by a hyphen ("11-1/4 in.", "2-1/2 in. screws", "3-1/4 pulg."),
     * halves to sixty-fourths only, as rulers mark them; a unit must follow ({@link #hyphenatedMixed}), so a range of
     * other fractions ("3-4/5") or a code keeps its hyphen.
     */
    private static final Pattern HYPHENATED_MIXED = Pattern.compile("-(\\d{1,2})/(2|4|8|16|32|64)(?![\\d/])");
    /**
     * A unit after a rate's slash; round seventeen: with its power ("9,8 m/s²", "m/s2"), an acceleration's divisor, said
     * "por segundo al cuadrado", "per second squared" (was "metros/s cuadrado").
     */
    /** A divisor glued to a kelvin, a heat-transfer unit's: "/m²K", "/m2K", "/mK". */
    private static final Pattern PER_UNIT_KELVIN = Pattern.compile("/(" + Units.SYMBOL_ALT + ")(2)?K(?![\\p{L}\\d²³])");
    private static final Pattern PER_UNIT = Pattern.compile("/(" + Units.SYMBOL_ALT + ")([²³]|(?<=/s)2)?(?![\\p{L}\\d²³])");
    private static final Pattern CURRENCY_AFTER = Pattern.compile("[ \\u00A0]?(" + Currencies.SYMBOLS + "|" + Currencies.WORDS + "|" + Currencies.CODES
            + "|(?-i:[A-Z]{3}))(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);
    /** The end of a range of amounts under one unit with the currency after it: " a 0,14 €", " y 0,55 euros". */
    private static final Pattern CENTS_RANGE_END = Pattern.compile("[ \\u00A0](?:a|y|hasta)[ \\u00A0]0*[.,]\\d{1,2}(?!\\d|[.,]\\d)[ \\u00A0]?("
            + Currencies.SYMBOLS + "|" + Currencies.WORDS + "|" + Currencies.CODES + ")(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> CENTS_RANGE_STARTS = java.util.Set.of("de", "desde", "entre");
    private static final Pattern AMP_AFTER = Pattern.compile("[ \\u00A0]?(A)(?![\\p{L}\\d²³])");
    /** Round fifty-seven: the stone's lower-case "st" after a number ("15 st", "11st 2lb"); "14 St" is a street's. */
    private static final Pattern STONE_AFTER = Pattern.compile("[ \\u00A0]?(st)(?![\\p{L}\\d])");
    /** A hyphen and a number of up to three digits ending a code: "-40" of "15W-40", "-2" of "W-2" (not "-100W", a range). */
    private static final Pattern LETTER_HYPHEN_NUMBER = Pattern.compile("-(\\d{1,3})(?![\\d\\p{L}]|[.,]\\d)");
    private static final Pattern UNIT_AFTER = Pattern.compile("[ \\u00A0]?(" + Units.SYMBOL_ALT + ")(?![\\p{L}\\d²³])");
    private static final Pattern SCALE_AFTER = Pattern.compile(MoneyReader.SCALE);
    /** A scale letter set apart from the amount, right before a currency sign: "50 M€", "3 M $". */
    private static final Pattern SPACED_SCALE_LETTER = Pattern.compile("[ \\u00A0](M|B|K)(?=[ \\u00A0]?[€$£](?![\\p{L}\\d]))");
    private static final Pattern PENCE = Pattern.compile("p(?![\\p{L}\\d])");
    /**
     * "-kg bag", "-min walk": a unit symbol joined by a hyphen to a number, a lower-case noun after it, or since round
     * eighteen B an initialism ("a 65-in. TV", "a 30-in. LED range hood": "inch", was "in." left as a sentence's end).
     */
    private static final Pattern HYPHEN_UNIT = Pattern.compile("-(" + Units.SYMBOL_ALT + ")(?![\\p{L}\\d²³/])\\.?"
            + "(?:(?=[ \\u00A0](?:\\p{Ll}|\\p{Lu}{2,5}(?![\\p{L}\\d])))" // "a 3-min. survey"
            // Round fifty-six: a length's or a weight's symbol with no dot before a capitalised word and another word, "a
            // 24-ft Class A motorhome", "your 16-ft Jayco trailer", is the compound's unit too ("twenty four foot"); a
            // dot after it may end the sentence ("it is 20-ft. The"), and "-in" or "-m" before a name may be a word.
            + "|(?<=-(?:ft|yd|mi|cm|mm|km|lb|oz|gal))(?=[ \\u00A0]\\p{Lu}\\p{Ll}*[ \\u00A0]\\p{L})"
            // Round eighty-five A: with its dot too after an article or a possessive, "your 11-ft. Noble fir" ("eleven foot
            // Noble fir"): the determiner before the amount makes the capitalised word the noun's, no new sentence; "it is
            // 20-ft. The crane…" has none and keeps the dot as the sentence's end.
            + "|(?<=(?<![\\p{L}])(?:[Yy]our|[Oo]ur|[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ee]ach)[ \\u00A0]\\d{1,3}-(?:ft|yd|mi|cm|mm|km|lb|oz|gal)\\.)"
            + "(?=[ \\u00A0]\\p{Lu}\\p{Ll}*[ \\u00A0]\\p{Ll}))");
    /** "ha" after a number: the hectare's symbol, or the verb ("en 2024 ha crecido"), told apart by {@link #participle}. */
    private static final Pattern HECTARE = Pattern.compile("[ \\u00A0]?ha(?![\\p{L}\\d])");
    private static final Pattern YEAR_LIKE = Pattern.compile("1[89]\\d\\d|20\\d\\d");

    /** Cheap check before {@link #HECTARE}: an "h" right after the number or after one space. */
    private static boolean hectareNext(String t, int end) {
        int i = end < t.length() && (t.charAt(end) == ' ' || t.charAt(end) == '\u00A0') ? end + 1 : end;
        return i + 1 < t.length() && t.charAt(i) == 'h' && t.charAt(i + 1) == 'a';
    }

    /** A past participle after "ha" ("sido", "crecido", "pagado", "puesto", "hecho", "impreso"): "ha" is the verb. */
    private static boolean participle(String word) {
        return word.length() >= 4 && (word.endsWith("ado") || word.endsWith("ido") || word.endsWith("ada") || word.endsWith("ida")
                || word.endsWith("to") || word.endsWith("cho") || word.endsWith("so") || word.endsWith("ído"));
    }
    private static final Pattern COUNT_SUFFIX = Pattern.compile("(k|K|bn|mn)(?![\\p{L}\\d])");
    private static final Pattern DECADE = Pattern.compile("'?s(?![\\p{L}\\d])");
    /**
     * Unit symbols of English listings (round seven C), not read in Spanish text; "HP" left this set in round thirty-two,
     * Spanish saying its letters ({@link Units}).
     */
    private static final java.util.Set<String> ENGLISH_ONLY_SYMBOLS = java.util.Set.of("BR", "BA", "bu", "IU");
    /**
     * Unit symbols of Spanish text only: "CV" (horsepower), "UI" (international units), "ton" (round thirty-two), "pulg"
     * (the inch, round fifty-two), "rpm" (round fifty-six: English says its letters), "MP" (round seventy-two E: the
     * megapixel; English "MP 12" is a milepost).
     */
    private static final java.util.Set<String> SPANISH_ONLY_SYMBOLS = java.util.Set.of("CV", "UI", "ton", "pulg", "rpm", "RPM", "MP");
    /** "under-" or "over-" right before an age group's number. */
    private static final Pattern AGE_GROUP_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:under|over)-$");

    /** "1.9.9", "0.9.2", "2.1.6": three or more dotted parts, not all thousands groups, are a version or a section number. */
    private static final Pattern DOTTED_PARTS = Pattern.compile("(\\d{1,4})((?:\\.\\d{1,4}){2,})(?![\\d]|\\.\\d)");

    /** A dotted version number, each dot said: "uno punto nueve punto nueve"; -1 when the dots group thousands. */
    private static int dottedParts(ReadContext ctx, int pos) {
        Matcher v = ctx.at(DOTTED_PARTS, pos);
        if (!v.lookingAt()) {
            return -1;
        }
        String[] parts = v.group(2).substring(1).split("\\.");
        boolean thousands = true;
        for (String p : parts) {
            thousands &= p.length() == 3;
        }
        if (thousands) {
            return -1; // "1.234.567" is one number
        }
        speakParts(ctx, v.group());
        return v.end();
    }

    /** "10.6" → "diez punto seis", "1.9.9" → "uno punto nueve punto nueve": each dotted part a number. */
    static void speakParts(ReadContext ctx, String dotted) {
        String[] parts = dotted.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                ctx.append(ctx.es() ? " punto " : " point ");
            }
            ctx.append(part(ctx, parts[i]));
        }
    }

    private static String part(ReadContext ctx, String digits) {
        return digits.length() > 1 && digits.charAt(0) == '0' ? ctx.speller.digits(digits) : ctx.speller.cardinal(digits, Gender.NEUTRAL);
    }

    /** "401(k)", "401k", "401-ks", "403(b)", "457(b)", "501(c)(3)": retirement plans and tax-exempt status. */
    private static final Pattern CODE_SECTION = Pattern.compile("(?<![\\d.,])(401|403|457|501)(?:\\(([a-z])\\)(?:\\((\\d)\\))?|-?([kb]s?))(?![\\p{L}\\d])");

    private static final Pattern RATING = Pattern.compile("/(5|10|100)(?![\\d/]|[.,]\\d)");
    /** Round seventy-six M: " AM" as a word after a number, the band's or the morning's. */
    private static final Pattern AM_AFTER = Pattern.compile(" AM(?![\\p{L}\\d])");

    /**
     * Round seventy-six M: {@code whole}, just before " AM" at {@code end}, is on the AM band (530 to 1710 kHz) and no clock's
     * time written without its colon: its last two digits past 59 ("1080", "760") or the hour before them past 12
     * ("1370", "1460"). "830 AM" and "1130 AM" are times.
     */
    private static boolean amStationFrequency(ReadContext ctx, String whole, int end) {
        if (whole.length() < 3 || whole.length() > 4 || whole.charAt(0) == '0' || !ctx.at(AM_AFTER, end).lookingAt()) {
            return false;
        }
        int khz = Integer.parseInt(whole);
        return khz >= 530 && khz <= 1710 && (khz % 100 > 59 || khz / 100 > 12);
    }
    /** " in of": after a decimal, inches of something ("0.5 in of ice"). */
    private static final Pattern INCHES_OF = Pattern.compile("[ \\u00A0]in[ \\u00A0]+of[ \\u00A0]");
    /** English feet then inches, both abbreviated: "14 ft 6 in", "6ft 2in."; not "in" before an article ("5 ft 2 in the hall"). */
    private static final Pattern FT_IN = Pattern.compile("(\\d{1,3}) ?ft\\.? (1[01]|\\d) ?in\\.?(?![\\p{L}\\d])"
            + "(?! (?:the|a|an|my|your|our|his|her|their|this|that|each|every)(?![\\p{L}]))");
    /** Two sides in inches: "24\" x 35\"". */
    private static final Pattern INCHES_BY = Pattern.compile("(\\d{1,3})[\"″][ \\u00A0]?[x×][ \\u00A0]?(\\d{1,3})[\"″](?![\\p{L}\\d])");
    /** Two sides in feet: "10' x 12'", "8′×10′". */
    private static final Pattern FEET_BY = Pattern.compile("(\\d{1,3})['′][ \\u00A0]?[x×][ \\u00A0]?(\\d{1,3})['′](?![\\p{L}\\d'])");
    private static final Pattern FEET_INCHES = Pattern.compile("(\\d{1,2})['′][ \\u00A0]?(\\d{1,2})(?:\"|″|'')");

    /** "1.x", "2.6.x", "0.9x": a version number ending in a wildcard. */
    private static final Pattern VERSION_WILDCARD = Pattern.compile("(\\d{1,4})((?:\\.\\d{1,4})*)(\\.?)x(?![\\p{L}\\d])");

    /** "2,1,3", "págs. 11,144,149": numbers joined by commas with no space. */
    private static final Pattern COMMA_LIST = Pattern.compile("\\d{1,4}(?:,\\d{1,4})+(?!\\d|[.,]\\d)"); // a full stop or ", " may follow
    /** The start of a cited range of pages or verses right before a number: "2005:25–". */
    private static final Pattern CITED_RANGE_START = Pattern.compile("\\d:\\d{1,4}[–-]$");
    /** Words after which comma-joined numbers are pages or verses, never one grouped number. */
    static final java.util.Set<String> PAGE_CUES = java.util.Set.of("p", "pp", "pág", "págs", "pag", "pags", "página", "páginas",
            "pg", "pgs", "page", "pages", "vv", "versículos", "verses");

    /**
     * A list, not one number: three or more comma-joined numbers where a group is not three digits (no locale groups
     * "2,1,3"), or any comma-joined numbers after a page cue ("págs. 11,144,149"). Each is said, the commas kept as pauses.
     */
    private static int commaList(ReadContext ctx, int pos) {
        Matcher m = ctx.at(COMMA_LIST, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        String[] items = m.group().split(",");
        boolean grouping = true;
        for (int i = 1; i < items.length; i++) {
            grouping &= items[i].length() == 3;
        }
        // After a chapter ("Mateo 5:22,29") the numbers are verses.
        boolean verses = pos >= 2 && ctx.text.charAt(pos - 1) == ':' && TokenScanner.isDigit(ctx.text.charAt(pos - 2));
        // ... and after a range of them ("Hoppál 2005:25–26,43"): the pages go on.
        verses |= pos >= 4 && (ctx.text.charAt(pos - 1) == '–' || ctx.text.charAt(pos - 1) == '-')
                && CITED_RANGE_START.matcher(ctx.text.substring(Math.max(0, pos - 7), pos)).find();
        // "p(4,5)", "f(2,3)": the arguments of a name, a point's coordinates.
        String t = ctx.text;
        boolean arguments = pos >= 2 && t.charAt(pos - 1) == '(' && Character.isLetter(t.charAt(pos - 2)) && m.end() < t.length() && t.charAt(m.end()) == ')';
        if (!(items.length >= 3 && !grouping) && !verses && !arguments && !PAGE_CUES.contains(ctx.previousWordAcrossDot(pos).toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (int i = 0; i < items.length; i++) {
            ctx.append(i > 0 ? ", " : "").append(part(ctx, items[i]));
        }
        return m.end();
    }

    /** ".13", "10-.25": a decimal written without its zero, the dot not after a word, a digit or another dot. */
    private static final Pattern LEADING_DECIMAL = Pattern.compile("(?<![\\p{L}\\d.,])\\.(\\d{1,6})(?![\\d\\p{L}]|[.,]\\d)");

    /** "K", "kt" or "ct" after a number and before gold or platinum (perhaps its colour between): a purity in carats. */
    // Round forty-two: a lower-case "k" too ("14k gold"), as jewellers print it as often as "14K".
    private static final Pattern GOLD_PURITY = Pattern.compile("([Kk]|kt|ct)(?=[ \\u00A0]+(?:(?:white|yellow|rose|solid)[ \\u00A0]+)?(?:gold|platinum)(?![\\p{L}]))");
    /** Round fifty-nine: the finenesses gold is sold in, in carats; "5K", "50K" are thousands. */
    private static final Set<String> GOLD_FINENESSES = Set.of("9", "10", "14", "18", "22", "24");
    /** Round fifty-nine: words of a clause about jewellery, where a fineness's "K" is carats ("the 14K diamond ring"). */
    private static final Set<String> JEWELLERY_WORDS = Set.of("gold", "platinum", "jewelry", "jewellery", "ring", "rings", "necklace",
            "necklaces", "bracelet", "bracelets", "chain", "chains", "pendant", "pendants", "earring", "earrings", "bangle", "bangles",
            "locket", "lockets", "brooch", "diamond", "diamonds");
    /** Round fifty-nine: what ends the clause a fineness's jewellery word is looked for in. */
    private static final String CLAUSE_ENDS = ".!?;:,\n";
    /** Round fifty-nine: a fineness's letters glued to the number, nothing glued after them. */
    private static final Pattern FINENESS_SUFFIX = Pattern.compile("(ct|kt|[Kk])(?![\\p{L}\\d])");

    /**
     * Round fifty-nine: where a gold fineness written after {@code whole} ends, or -1: "14ct", "24ct" (a fineness in carats
     * wherever it stands), or "10K", "14k", "24kt" in a clause about jewellery ({@link #JEWELLERY_WORDS}); "$24K", "a 24K salary"
     * and "a 5K run" are thousands or a race.
     */
    private static int goldFinenessEnd(ReadContext ctx, int pos, String whole, int end) {
        if (!GOLD_FINENESSES.contains(whole) || pos > 0 && (Character.getType(ctx.text.charAt(pos - 1)) == Character.CURRENCY_SYMBOL
                || Character.isLetterOrDigit(ctx.text.charAt(pos - 1)))) {
            return -1;
        }
        Matcher suffix = ctx.at(FINENESS_SUFFIX, end);
        if (!suffix.lookingAt()) {
            return -1;
        }
        if (suffix.group(1).equals("ct")) {
            return suffix.end(); // "kt" is a knot too ("winds of 14kt"): a fineness only beside jewellery, as "K" is
        }
        // The clause only: "we raised 18K; the ring is next" keeps its thousands.
        int clauseStart = pos;
        while (clauseStart > 0 && pos - clauseStart < 120 && CLAUSE_ENDS.indexOf(ctx.text.charAt(clauseStart - 1)) < 0) {
            clauseStart--;
        }
        int clauseEnd = end;
        while (clauseEnd < ctx.text.length() && clauseEnd - end < 120 && CLAUSE_ENDS.indexOf(ctx.text.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        return ctx.anyWord(clauseStart, clauseEnd, JEWELLERY_WORDS::contains) ? suffix.end() : -1;
    }

    /**
     * Round forty-two: a Spanish gold's purity, "oro de 14K y 18K", "anillos de 14K de oro": a K right after the number
     * with "oro de" before it (or before the list's first purity: "oro de 10K o 24K") or "de oro" after it.
     * Round fifty-nine: or "oro" straight before it, as shops print it ("cadenas de oro 14K", "oro blanco 10K"), the
     * purity in the noun's Spanish order where English puts it first ("14K gold"); "$14K", "14K seguidores" have no "oro".
     */
    /** Round eighty-three A: a fineness's K, k or "kt" a space after its number ("oro de 18 k", "14 kt gold"). */
    private static final Pattern SPACED_GOLD_PURITY = Pattern.compile("[ \\u00A0]([Kk]|kt)(?![\\p{L}\\d])");
    private static final Pattern ES_GOLD_PURITY_AFTER = Pattern.compile("[Kk](?=[ \\u00A0]+(?:de[ \\u00A0]+)?oro(?![\\p{L}]))");
    private static final Pattern ES_GOLD_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])oro(?:[ \\u00A0]+(?:blanco|amarillo|rosa|rosado|macizo|sólido))?"
            + "(?:[ \\u00A0]+de)?[ \\u00A0]+(?:\\d{1,2}[Kk](?:[ \\u00A0]*,|[ \\u00A0]+[yo])[ \\u00A0]+)*$");

    /**
     * A refrigerant's ASHRAE 34 number after "R-": two or three digits, perhaps a blend's or an isomer's letter ("R-404A",
     * "R-134a"), nothing glued after it.
     */
    private static final Pattern REFRIGERANT = Pattern.compile("R-(\\d{2,3})([A-Ea-e])?(?![\\p{L}\\d]|-\\d)");
    /** Words naming what a refrigerant's number without a letter is: "gas R-22", "R-32 refrigerant". */
    private static final Pattern REFRIGERANT_WORD = Pattern.compile("(?i)(?<!\\p{L})(?:gas|refrigerante?|freón|freon|coolant)(?!\\p{L})");

    /**
     * Round sixty-two A: a refrigerant's name as the HVAC trade says it, the "R" and its number whole in Spanish ("gas
     * R-404A", "R cuatrocientos cuatro A"), in pairs in English as a model's number is ("R four oh four A", "R one thirty
     * four A", "R twenty two"), its letter in capitals; where it came out as a code's digits ("R, cuatro cero cuatro A")
     * or a count ("R-four hundred and four A"). A blend's or an isomer's letter makes it one; with no letter only a refrigerant's
     * word in its sentence does ("gas R-22"), so a room's or a form's "R-101" stays a code. -1 otherwise.
     */
    static int refrigerant(ReadContext ctx, int pos) {
        Matcher m = ctx.at(REFRIGERANT, pos);
        if (!m.lookingAt() || pos > 0 && Character.isLetterOrDigit(ctx.text.charAt(pos - 1))) {
            return -1;
        }
        if (m.group(2) == null && !REFRIGERANT_WORD.matcher(ctx.text).region(ctx.sentenceStart(pos, 80),
                Math.min(ctx.text.length(), m.end() + 40)).find()) {
            return -1;
        }
        int number = Integer.parseInt(m.group(1));
        String said = ctx.es() ? ctx.speller.cardinal(number, Gender.MASCULINE)
                : number < 100 ? ctx.speller.cardinal(number, Gender.NEUTRAL) : UsAddresses.inPairs(ctx.speller, number);
        ctx.append("R " + said + (m.group(2) == null ? "" : " " + m.group(2).toUpperCase(java.util.Locale.ROOT)));
        return m.end();
    }

    /** A temperature scale's symbol with no number before it: "°C", "ºF", nothing glued after it. */
    private static final Pattern BARE_SCALE = Pattern.compile("[°º][CF](?![\\p{L}\\d])");
    /** Words before a bare scale that take one degree of it: "por °C", "per °F", "cada °C", "each °F". */
    private static final java.util.Set<String> ONE_DEGREE_BEFORE = java.util.Set.of("por", "cada", "per", "each");

    /**
     * Round sixty-two A: a temperature scale named by its symbol with no number ("cambie de °C a °F", "switch from °F to
     * °C", "en °C o en °F") is the scale's name in the plural, "de grados centígrados a grados Fahrenheit", "degrees
     * Celsius", as the style page names them after a number; the singular after a rate's "por"/"per" ("0,5 % por °C").
     * A number before it ("24 °C") is read with it by {@link #read}, never here; -1 for a degree sign alone or before
     * another letter ("°Brix").
     */
    static int bareTemperatureScale(ReadContext ctx, int pos) {
        Matcher m = ctx.at(BARE_SCALE, pos);
        int before = ReadContext.spacesStart(ctx.text, pos);
        if (!m.lookingAt() || before > 0 && Character.isDigit(ctx.text.charAt(before - 1))) {
            return -1;
        }
        Units.Unit unit = Units.find(m.group());
        boolean one = ONE_DEGREE_BEFORE.contains(ctx.previousWord(pos).toLowerCase(java.util.Locale.ROOT));
        ctx.append(ctx.es() ? (one ? unit.esOne() : unit.esMany()) : one ? unit.enOne() : unit.enMany());
        return m.end();
    }

    @Override
    public int read(ReadContext ctx, int pos) {
        if (ctx.es() && ctx.text.charAt(pos) == '.') {
            Matcher lead = ctx.at(LEADING_DECIMAL, pos);
            if (lead.lookingAt()) {
                ctx.append("punto ").append(ctx.speller.fraction(lead.group(1))); // Spanish says the mark it sees
                return lead.end();
            }
            return -1;
        }
        if (pos == 0 || ctx.text.charAt(pos - 1) != '.') {
            int e = dottedParts(ctx, pos);
            if (e > 0) {
                return e;
            }
        }
        String t = ctx.text;
        int digitsEnd = TokenScanner.digitsEnd(t, pos);
        char after = digitsEnd < t.length() ? t.charAt(digitsEnd) : ' ';
        int list = after == ',' ? commaList(ctx, pos) : -1;
        if (list > 0) {
            return list;
        }
        if (ctx.lang == Lang.EN && digitsEnd - pos == 3 && (after == '(' || after == '-' || after == 'k' || after == 'b')) {
            Matcher plan = ctx.at(CODE_SECTION, pos);
            if (plan.lookingAt()) {
                // "401(k)", "403b", "401-ks", "501(c)(3)": a section of the US tax code, named in pairs with its letter.
                ctx.append(UsAddresses.inPairs(ctx.speller, Integer.parseInt(plan.group(1)))).append(' ')
                        .append(plan.group(2) != null ? plan.group(2) : plan.group(4));
                if (plan.group(3) != null) {
                    ctx.append(' ').append(ctx.speller.cardinal(plan.group(3), Gender.NEUTRAL));
                }
                return plan.end();
            }
        }
        Matcher feetBy = after == '\'' || after == '′' ? ctx.at(FEET_BY, pos) : null;
        if (feetBy != null && feetBy.lookingAt() && ctx.es()) {
            // "una bodega de 10' x 15'" (round seven C): Spanish says the sides with "por" and the unit once, at the end,
            // as it says "dos por dos pulgadas": "diez por quince pies".
            ctx.append(ctx.speller.cardinal(feetBy.group(1), Gender.NEUTRAL)).append(" por ")
                    .append(ctx.speller.cardinal(feetBy.group(2), Gender.NEUTRAL)).append(feetBy.group(2).equals("1") ? " pie" : " pies");
            return feetBy.end();
        }
        if (feetBy != null && feetBy.lookingAt()) {
            // "10' x 12'" (round five G): a floor's sides in feet, "by" between them; before its noun after "a" the unit
            // describes it, in the singular, as the inch mark's rule has it ("a 10' x 12' rug" → "ten foot by twelve foot rug").
            boolean describes = AttributiveAmount.describesNoun(ctx, pos, feetBy.end());
            sidesBy(ctx, feetBy.group(1), feetBy.group(2), " foot", " feet", describes);
            return feetBy.end();
        }
        Matcher ftIn = ctx.lang == Lang.EN && (after == ' ' || after == 'f') ? ctx.at(FT_IN, pos) : null;
        if (ftIn != null && ftIn.lookingAt()) {
            // "14 ft 6 in long" (round five K): after an amount in feet, "in" and its number are inches, not the preposition.
            int feet = Integer.parseInt(ftIn.group(1));
            int inches = Integer.parseInt(ftIn.group(2));
            ctx.append(ctx.speller.cardinal(feet, Gender.NEUTRAL)).append(feet == 1 ? " foot " : " feet ")
                    .append(ctx.speller.cardinal(inches, Gender.NEUTRAL)).append(inches == 1 ? " inch" : " inches");
            return ftIn.end();
        }
        if (ctx.lang == Lang.EN && (after == '\'' || after == '′')) {
            Matcher height = ctx.at(FEET_INCHES, pos);
            if (height.lookingAt()) {
                // "5'11\"", "6′2″": a height in feet and inches.
                int feet = Integer.parseInt(height.group(1));
                int inches = Integer.parseInt(height.group(2));
                ctx.append(ctx.speller.cardinal(feet, Gender.NEUTRAL)).append(feet == 1 ? " foot " : " feet ")
                        .append(ctx.speller.cardinal(inches, Gender.NEUTRAL)).append(inches == 1 ? " inch" : " inches");
                return height.end();
            }
        }
        if (after == '\'' || after == '′' || after == '″') {
            int e = primeMark(ctx, pos);
            if (e > 0) {
                return e;
            }
        }
        Matcher wildcard = after == '.' || after == 'x' ? ctx.at(VERSION_WILDCARD, pos) : null;
        if (wildcard != null && wildcard.lookingAt() && timesAfterDecimal(ctx, pos, wildcard)) {
            // "paid at 1.5x", "2.5x faster": a decimal glued to "x" after a lower-case word is a multiplier, "times".
            speakParts(ctx, wildcard.group(1) + wildcard.group(2));
            ctx.append(ctx.es() ? " veces" : " times");
            return wildcard.end();
        }
        if (wildcard != null && wildcard.lookingAt() && (!wildcard.group(2).isEmpty() || !wildcard.group(3).isEmpty())) {
            // "1.x", "0.9x": a family of versions, the "x" said as the letter ("uno punto equis").
            speakParts(ctx, wildcard.group(1) + wildcard.group(2));
            ctx.append(wildcard.group(3).isEmpty() ? " " : ctx.es() ? " punto " : " point ").append(ctx.es() ? "equis" : "x");
            return wildcard.end();
        }
        if (TokenScanner.dashBeforeCode(ctx.text, pos)) {
            return -1; // "key ending -7Q4X": the dash marks where the code starts, no minus
        }
        Matcher m = ctx.at(ctx.grammar.signedAmount, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        // "Diocleciano -286- y": a number between dashes is an aside, not a negative number.
        boolean negative = m.group(1) != null && !(m.end() < ctx.text.length() && (ctx.text.charAt(m.end()) == '-' || ctx.text.charAt(m.end()) == '–')
                && pos > 0 && ctx.text.charAt(pos - 1) == ' ');
        String raw = m.group(2);
        String whole = ctx.grammar.integerDigits(raw);
        String frac = ctx.grammar.fractionDigits(raw);
        int end = m.end();
        String minus = negative ? (ctx.es() ? "menos " : "minus ") : "";
        int power = lensPower(ctx, pos, negative, raw, whole, frac, end);
        if (power > 0) {
            return power;
        }
        if (!negative && frac != null) {
            int e = decimalRange(ctx, pos, raw, end);
            if (e > 0) {
                return e;
            }
        }

        if (frac == null && !negative && !whole.isEmpty()) {
            int e = ordinal(ctx, pos, whole, end);
            if (e > 0) {
                return e;
            }
            e = starRating(ctx, pos, whole, end);
            if (e > 0) {
                return e;
            }
            e = fraction(ctx, pos, whole, end, "");
            if (e > 0) {
                return e;
            }
        }
        if (ctx.lang == Lang.EN && frac == null && !negative && whole.length() <= 5 && whole.charAt(0) != '0' && raw.equals(whole)) {
            int e = UsAddresses.houseNumber(ctx, whole, end); // "123 Laguna Ct", "200 W. Main St.": a house number
            if (e > 0) {
                return e;
            }
        }
        if (ctx.es() && frac == null && !negative && whole.length() <= 5 && whole.charAt(0) != '0' && raw.equals(whole)) {
            int e = UsAddresses.spanishHouseDirection(ctx, whole, end); // es-US "4500 W. Airport Fwy"
            if (e > 0) {
                return e;
            }
        }
        // A scale word may sit between the amount and the currency: "2,3 billones de euros" is words already,
        // but "€" after "2 millones" is not.
        String scale = null;
        int afterScale = end;
        Matcher s = ctx.at(SCALE_AFTER, end);
        Matcher spaced = ctx.at(SPACED_SCALE_LETTER, end);
        if (spaced.lookingAt()) {
            scale = spaced.group(1); // "50 M€", "3 M $": millions of the currency after
            afterScale = spaced.end();
        } else if (s.lookingAt() && (s.group(1) != null || currencyAfter(ctx, s.end()))) {
            scale = s.group(1) != null ? s.group(1) : s.group(2);
            afterScale = s.end();
        }
        Matcher c = ctx.at(CURRENCY_AFTER, afterScale);
        if (c.lookingAt()) {
            Currencies.Currency currency = Currencies.find(c.group(1), ctx.locale);
            if (currency != null && !(ctx.lang == Lang.EN && c.group(1).equalsIgnoreCase("pts")) && !wireGauge(ctx, pos, c)) {
                // English "4 pts" are points (see Units); Spain's "1.000 pts" the peseta.
                if (!negative && scale == null && MoneyReader.oneUnitAlone(ctx, pos, raw, c.end())) {
                    ctx.append(ctx.es() ? currency.esOne() : currency.enOne()); // "cada 1 €": "cada euro", see MoneyReader
                    return c.end();
                }
                ctx.append(minus);
                MoneyReader.speak(ctx, whole, frac, scale, currency);
                return MoneyReader.rateAndRange(ctx, c.end());
            }
        }
        if (ctx.es() && scale == null && !negative && frac != null && frac.length() <= 2 && whole.chars().allMatch(ch -> ch == '0')
                && end + 4 < ctx.text.length() && ctx.text.charAt(end) == ' ' && Integer.parseInt(frac) > 0) {
            Matcher cents = ctx.at(CENTS_RANGE_END, end);
            if (cents.lookingAt() && Currencies.find(cents.group(1), ctx.locale) != null
                    && CENTS_RANGE_STARTS.contains(ctx.previousWord(pos).toLowerCase(java.util.Locale.ROOT))) {
                // Round twenty-seven: "pasa de 0,12 a 0,14 €/kWh", "entre 0,40 y 0,55 €": the range's end under one unit is
                // said in cents ("catorce céntimos"), so its start, under one unit too, is the same count of cents ("de doce a
                // catorce céntimos"), never "cero coma doce" beside it.
                ctx.append(ctx.speller.cardinal(Integer.parseInt(frac.length() == 1 ? frac + "0" : frac), Gender.MASCULINE));
                return end;
            }
        }
        if (ctx.lang == Lang.EN && frac == null && !negative && whole.length() <= 2 && ctx.at(PENCE, end).lookingAt()) {
            // "50p", "99p": pence, the British coins (a longer number before "p" is something else: "1080p").
            ctx.append(ctx.speller.cardinal(whole, Gender.NEUTRAL)).append(whole.equals("1") ? " penny" : " pence");
            // Round twenty-nine: "5p/min", "9p/call": a call's or a text's rate in pence, its unit after the slash read
            // as after "24.5p/kWh" ("per minute"), never "pence/minimum".
            return MoneyReader.rateAndRange(ctx, end + 1);
        }
        if (ctx.lang == Lang.EN && frac != null && frac.length() <= 2 && !negative && whole.length() <= 3 && ctx.at(PENCE, end).lookingAt()) {
            // "24.5p per kWh", "142.9p a litre": a price in pence with a decimal, "twenty four point five pence".
            ctx.append(bare(ctx, raw, whole, frac, end)).append(" pence");
            return MoneyReader.rateAndRange(ctx, end + 1); // "24.5p/kWh" (round five L): "per kilowatt hour", no slash left
        }
        if (!negative && whole.length() <= 3 && (frac == null || frac.length() <= 2) && end < ctx.text.length()
                && ctx.text.charAt(end) == '¢') {
            // "11.9¢/kWh", "99¢" (round five L): cents glued to their amount, and the unit after the slash; Spanish (round
            // eight E: "monedas de 25¢") says the centavos of the Americas, where the sign is written.
            boolean one = frac == null && whole.equals("1");
            ctx.append(frac == null ? ctx.speller.cardinal(whole, ctx.es() ? Gender.MASCULINE : Gender.NEUTRAL) : bare(ctx, raw, whole, frac, end))
                    .append(ctx.es() ? (one ? " centavo" : " centavos") : one ? " cent" : " cents");
            return MoneyReader.rateAndRange(ctx, end + 1);
        }
        if (ctx.lang == Lang.EN && frac != null && !negative && ctx.at(INCHES_OF, end).lookingAt()) {
            // "0.5 in of ice", "1.5 in of rain" (round five L): a decimal before "in of" is a depth in inches; a whole
            // number keeps the preposition ("2 in of the cases").
            ctx.append(bare(ctx, raw, whole, frac, end)).append(" inches");
            return end + 3;
        }
        Matcher ha = scale == null && !negative && hectareNext(ctx.text, end) ? ctx.at(HECTARE, end) : null;
        if (ha != null && ha.lookingAt() && !(frac == null && YEAR_LIKE.matcher(raw).matches()) && !participle(ctx.nextWord(ha.end()))) {
            // "25 ha de cultivo", "3,5 ha": hectares; "en 2024 ha crecido", "12 ha sido" keep the verb.
            boolean one = frac == null && whole.equals("1");
            ctx.append(ctx.es() ? amount(ctx, whole, frac, Gender.FEMININE, ctx.grammar.decimalMark(raw)) + (one ? " hectárea" : " hectáreas")
                    : amount(ctx, whole, frac, Gender.NEUTRAL, ctx.grammar.decimalMark(raw)) + (one ? " hectare" : " hectares"));
            return ha.end();
        }
        Matcher quarter = ctx.es() && scale == null && frac == null && !negative && whole.length() == 1 && whole.charAt(0) >= '1'
                && whole.charAt(0) <= '4' ? ctx.at(ES_QUARTER, end) : null;
        if (quarter != null && quarter.lookingAt()) {
            // "el recibo del 1T 2026" (round seven B): a quarter of a year, "primer trimestre de dos mil veintiséis".
            ctx.append(ctx.speller.ordinal(Long.parseLong(whole), false, true)).append(" trimestre").append(quarter.group(1) == null ? " de" : "");
            return quarter.end();
        }
        Matcher purity = ctx.lang == Lang.EN && scale == null && frac == null && !negative && whole.length() <= 2 ? ctx.at(GOLD_PURITY, end) : null;
        if (purity != null && purity.lookingAt()) {
            // "14K gold", "18ct white gold", "9ct rings of gold" (round seven C): before gold a K or "ct" is its purity in
            // carats, "fourteen karat" (the American spelling; "carat" elsewhere, said alike), never "fourteen thousand".
            ctx.append(ctx.speller.cardinal(whole, Gender.NEUTRAL)).append(ctx.locale.region.isEmpty() || ctx.locale.region.equals("US") ? " karat" : " carat");
            return purity.end(1);
        }
        int finenessEnd = ctx.lang == Lang.EN && scale == null && frac == null && !negative ? goldFinenessEnd(ctx, pos, whole, end) : -1;
        if (finenessEnd > 0) {
            // Round fifty-nine: "we buy 14ct and 24ct", "your 10K engagement ring": a gold's fineness away from the word
            // "gold" (round seven C's rule needs it right after), said as there, "nine carat", "ten karat".
            ctx.append(ctx.speller.cardinal(whole, Gender.NEUTRAL)).append(ctx.locale.region.isEmpty() || ctx.locale.region.equals("US") ? " karat" : " carat");
            return finenessEnd;
        }
        Matcher spacedPurity = scale == null && frac == null && !negative && whole.length() <= 2 ? ctx.at(SPACED_GOLD_PURITY, end) : null;
        if (spacedPurity != null && spacedPurity.lookingAt() && (ctx.es()
                ? ctx.at(ES_GOLD_PURITY_AFTER, spacedPurity.start(1)).lookingAt()
                    || ES_GOLD_BEFORE.matcher(ctx.text.substring(Math.max(0, pos - 40), pos)).find()
                : ctx.at(GOLD_PURITY, spacedPurity.start(1)).lookingAt())) {
            // Round eighty-three A: "oro de 14 k", "a 14 k gold chain": a K set apart from its number is the word it
            // abbreviates, "catorce quilates", "fourteen karat" (the glued "14K" keeps its letter in Spanish, as jewellers
            // print and say it); "20 k" away from gold keeps its thousands.
            ctx.append(ctx.speller.cardinal(whole, ctx.es() ? Gender.MASCULINE : Gender.NEUTRAL)).append(ctx.es() ? " quilates"
                    : ctx.locale.region.isEmpty() || ctx.locale.region.equals("US") ? " karat" : " carat");
            return spacedPurity.end();
        }
        if (ctx.es() && scale == null && frac == null && !negative && whole.length() <= 2 && end < ctx.text.length()
                && "Kk".indexOf(ctx.text.charAt(end)) >= 0 && (end + 1 == ctx.text.length() || !Character.isLetterOrDigit(ctx.text.charAt(end + 1)))
                && (ctx.at(ES_GOLD_PURITY_AFTER, end).lookingAt()
                    || ES_GOLD_BEFORE.matcher(ctx.text.substring(Math.max(0, pos - 40), pos)).find())) {
            // Round forty-two: "oro de 14K", "18K de oro": the gold's purity, said by its letter as Spanish jewellers say
            // it ("catorce K"), never "catorce mil"; "$14K", "ganó 10K" keep their thousands. Round seventy A: the K stands
            // for "quilates", so a number ending in one takes its short form ("veintiún K").
            ctx.append(ctx.speller.cardinal(whole, Gender.MASCULINE)).append(" K");
            return end + 1;
        }
        Matcher k = ctx.at(COUNT_SUFFIX, end);
        if (scale == null && k.lookingAt() && frac == null && k.group(1).equals("K") && whole.length() == 1 && "2458".indexOf(whole.charAt(0)) >= 0
                && (pos == 0 || Character.getType(ctx.text.charAt(pos - 1)) != Character.CURRENCY_SYMBOL) && resolution(ctx, pos, k.end())) {
            // "a 4K TV", "filmed in 8K": a screen's resolution is said by its letter, "four K", not four thousand.
            ctx.append(ctx.speller.cardinal(whole, Gender.NEUTRAL)).append(" K");
            return k.end();
        }
        if (scale == null && k.lookingAt() && frac == null && k.group(1).equals("K") && RACE_DISTANCES.contains(whole)
                && (pos == 0 || "$£€".indexOf(ctx.text.charAt(pos - 1)) < 0)
                && (!ctx.previousWord(pos).isEmpty() && Character.isUpperCase(ctx.previousWord(pos).charAt(0))
                    || RACE_WORD.matcher(ctx.text.substring(Math.max(0, pos - 60), Math.min(ctx.text.length(), k.end() + 30))).find())) {
            // "Hope Run 5K", "Carrera Nocturna 10K" (round seven D): a race's distance after its capitalised name, "five K".
            // Round fifty-one: or a race word near it ("run the 8K", "a 15K medal", "corrés los 15K"), as runners say it;
            // "a 15K bonus", "8K seguidores" have none and keep their thousands. Round seventy A: Spanish K stands for
            // "kilómetros", so "los 21K" are "los veintiún K", as "veintiún kilómetros" (English ignores the gender).
            ctx.append(ctx.speller.cardinal(whole, Gender.MASCULINE)).append(" K");
            return k.end();
        }
        if (scale == null && k.lookingAt()) {
            // "10k views", "2bn users", "3.5m": a count with its scale written as a letter suffix.
            String word = switch (k.group(1)) {
                case "k", "K" -> ctx.es() ? "mil" : "thousand";
                case "bn" -> ctx.es() ? "mil millones" : "billion";
                default -> ctx.es() ? (whole.equals("1") && frac == null ? "millón" : "millones") : "million";
            };
            ctx.append(minus).append(amount(ctx, whole, frac, Gender.MASCULINE, ctx.grammar.decimalMark(raw))).append(' ').append(word);
            Matcher u = ctx.lang == Lang.EN ? ctx.at(UNIT_AFTER, k.end()) : null;
            Units.Unit unit = u != null && u.lookingAt() && u.start(1) > k.end() ? Units.find(u.group(1)) : null;
            if (unit != null && !unit.enOne().equals("percent")) {
                // "10K mi/yr", "2.5m sq ft" (round seven A): thousands or millions of a unit, its plural, then its rate.
                ctx.append(' ').append(Units.spelling(ctx, unit.enMany()));
                return per(ctx, u.end());
            }
            return k.end();
        }
        if (scale == null) {
            if (ctx.lang == Lang.EN && frac == null && !negative) {
                Matcher d = ctx.at(DECADE, end);
                if (d.lookingAt() && whole.length() >= 2 && whole.length() <= 4 && whole.endsWith("0")) {
                    ctx.append(decade(ctx, whole));
                    return d.end();
                }
                if (d.lookingAt() && whole.length() <= 2 && pos >= 6 && AGE_GROUP_BEFORE.matcher(ctx.text.substring(Math.max(0, pos - 7), pos)).find()) {
                    // "under-16s", "over-65s" (round seven C): an age group, the number in the plural ("under sixteens"),
                    // never sixteen seconds; the hyphen is unsaid.
                    ctx.append(pluralNumber(ctx.speller.cardinal(whole, Gender.NEUTRAL)));
                    return d.end();
                }
                if (d.lookingAt() && d.group().equals("s") && lumberSide(ctx.text, pos, whole)) {
                    // "2x4s", "4x4s" (round twenty B): a glued "s" after a size's second side is the plural of the size
                    // ("two by fours"), never seconds.
                    ctx.append(pluralNumber(ctx.speller.cardinal(whole, Gender.NEUTRAL)));
                    return d.end();
                }
            }
            Matcher inchBy = frac == null && ctx.lang == Lang.EN && inchMark(ctx.text, pos, end) ? ctx.at(INCHES_BY, pos) : null;
            if (inchBy != null && inchBy.lookingAt()) {
                // "a 24\" x 35\" space" (round five G): both sides in inches with "by"; before its noun after "a" the
                // dimension describes it, both units in the singular ("twenty four inch by thirty five inch space").
                boolean describes = AttributiveAmount.describesNoun(ctx, pos, inchBy.end());
                ctx.append(minus);
                sidesBy(ctx, inchBy.group(1), inchBy.group(2), " inch", " inches", describes);
                return inchBy.end();
            }
            if (inchMark(ctx.text, pos, end)) {
                // "un televisor de 55\"": the inch mark after a number that opens no quotation, "cincuenta y cinco pulgadas";
                // "pantalla de 15,6\"" (round eight D): a decimal too, "quince coma seis pulgadas".
                if (ctx.es()) {
                    ctx.append(minus).append(frac == null ? ctx.speller.cardinal(whole, Gender.FEMININE)
                                    : amount(ctx, whole, frac, Gender.FEMININE, ctx.grammar.decimalMark(raw)))
                            .append(frac == null && whole.equals("1") ? " pulgada" : " pulgadas");
                } else {
                    // "a 34\" doorway": before its noun after "a" the unit describes it, in the singular; "36\" wide" in the plural.
                    // The amount ends one character later, after the mark.
                    boolean describes = AttributiveAmount.describesNoun(ctx, pos, end + 1);
                    // "27.5\" tubes" (round seven C): a decimal before the mark is inches too.
                    ctx.append(minus).append(frac == null ? ctx.speller.cardinal(whole, Gender.NEUTRAL)
                                    : amount(ctx, whole, frac, Gender.NEUTRAL, ctx.grammar.decimalMark(raw)))
                            .append(frac == null && whole.equals("1") || describes ? " inch" : " inches");
                }
                Matcher by = ctx.at(TIMES, end + 1);
                if (by.lookingAt()) {
                    // "60\" x 80\"": a dimension in inches, "por"/"by" as between any two sides (round five G).
                    by(ctx, by);
                    int e = DIMENSION.read(ctx, by.end());
                    return e > by.end() ? e : by.end();
                }
                return end + 1;
            }
            Matcher hu = ctx.lang == Lang.EN && !negative && end < ctx.text.length() && ctx.text.charAt(end) == '-' ? ctx.at(HYPHEN_UNIT, end) : null;
            Units.Unit hyphenUnit = hu != null && hu.lookingAt() ? Units.find(hu.group(1)) : null;
            if (hyphenUnit != null && !hyphenUnit.enOne().equals("percent")) {
                // "a 10-kg bag", "a 15-min walk": a unit in a compound adjective is said in the singular, no hyphen.
                ctx.append(amount(ctx, whole, frac, Gender.NEUTRAL, ctx.grammar.decimalMark(raw))).append(' ').append(Units.spelling(ctx, hyphenUnit.enOne()));
                return hu.end();
            }
            Matcher u = ctx.at(UNIT_AFTER, end);
            Units.Unit decided = null; // a unit whose bare symbol is no unit by itself, decided by its sentence
            if (!u.lookingAt()) {
                u = ctx.at(AMP_AFTER, end); // "40A circuit", "a 32A supply": see Units.amperes
                decided = u.lookingAt() && Units.amperes(ctx, pos, u.end(), frac != null) ? Units.AMP : null;
            }
            if (!u.lookingAt() && ctx.lang == Lang.EN) {
                u = ctx.at(STONE_AFTER, end); // "11 st 4 lb", "a limit of 17 st": see Units.stones
                decided = u.lookingAt() && Units.stones(ctx, pos, u.end()) ? Units.STONE : null;
            }
            if (u.lookingAt()) {
                Units.Unit unit = decided != null ? decided : Units.dataVolume(u.group(1), Units.find(u.group(1)), ctx.text, u.end());
                if (unit != null && ctx.es() && ENGLISH_ONLY_SYMBOLS.contains(u.group(1))) {
                    unit = null; // Spanish text has no "3BR" listings
                }
                if (unit != null && ctx.lang == Lang.EN && SPANISH_ONLY_SYMBOLS.contains(u.group(1))) {
                    unit = null; // "CV" is Spanish's horsepower; in English after a number it is a car's name ("a 2CV"); "UI" an interface
                }
                if (unit != null && u.group(1).equals("L") && u.start(1) == end && gluedLetterNotLitre(ctx, pos, end)) {
                    unit = null; // Round twenty-six: "talla 42L", "AIX 5L": a size's or a product's letter, not litres
                }
                if (unit != null && u.group(1).equals("ha") && raw.matches("[12]\\d{3}")) {
                    unit = null; // "desde 2010 ha": a year before the verb, not hectares
                }
                if (unit != null && u.group(1).length() == 1 && u.start(1) == end && u.end() < ctx.text.length()
                        && (ctx.text.charAt(u.end()) == '+' || ctx.text.charAt(u.end()) == '=')) {
                    unit = null; // "2s+1", "3x=9": a letter glued to a number before an operator is algebra, not a unit
                }
                Matcher lettered = unit != null && u.group(1).length() == 1 && Character.isUpperCase(u.group(1).charAt(0))
                        && u.end() < ctx.text.length() && ctx.text.charAt(u.end()) == '-' ? ctx.at(LETTER_HYPHEN_NUMBER, u.end()) : null;
                if (lettered != null && lettered.lookingAt() && u.start(1) > end) {
                    unit = null; // "your 2 W-2 forms" (round eight): a capital joined to a number by a hyphen is a form's letter, not watts
                } else if (lettered != null && lettered.lookingAt() && frac == null && !negative) {
                    // "aceite 15W-40", "5W-30 oil" (round eight): an oil grade, "quince W cuarenta"; no hyphen is said.
                    ctx.append(amount(ctx, whole, null, Gender.NEUTRAL, ctx.grammar.decimalMark(raw))).append(' ').append(u.group(1)).append(' ')
                            .append(ctx.speller.cardinal(lettered.group(1), Gender.NEUTRAL));
                    return lettered.end();
                }
                int unitEnd = u.end();
                int written = unit != null && u.group(1).equals("°") ? degreeWordAfter(ctx.text, unitEnd) : -1;
                if (written > 0) {
                    // "90° grados", "68° degrees" (round eight): the sign and the word after it are one unit, said once.
                    ctx.append(minus).append(unitAmount(ctx, whole, frac, ctx.grammar.decimalMark(raw), unit));
                    return written;
                }
                if (unit != null) {
                    // "a 5 min. drive" (round seven A), "1 gal. por 2", "30 seg. y llame", "(2 gal.)" (round nine): the
                    // symbol's dot before a lower-case word or a closing mark ends nothing
                    unitEnd = TokenScanner.pastSymbolDot(ctx.text, unitEnd);
                }
                if (unit != null && ctx.lang == Lang.EN && !unit.enOne().equals("percent") && (AttributiveAmount.describesNoun(ctx, pos, unitEnd)
                        || unit == Units.AMP && frac == null && Units.ampsBeforeTheirNoun(ctx.text, unitEnd))) {
                    // "a 240V outlet", "a 12 V battery": after "a" and before its noun the unit describes it, in the singular,
                    // as "a 10-kg bag" and "a fifteen dollar fee" are said. Not "percent": "a 10% discount" has one form
                    // either way, and its reading stays with the percent rules (per cent, por ciento). Round sixty B: amps
                    // before the word that takes them describe it with no article too ("with 20A or 30A shore power",
                    // "sites have 50A service": "thirty amp or fifty amp shore power", "fifty amp service").
                    ctx.append(minus).append(amount(ctx, whole, frac, Gender.NEUTRAL, ctx.grammar.decimalMark(raw))).append(' ')
                            .append(Units.spelling(ctx, unit.enBeforeNoun(whole.equals("1") && frac == null)));
                    // Round sixty-three B: a dimension's first side ("8ft x 4ft sheets") goes on to its "by" and next side.
                    return ctx.at(TIMES, unitEnd).lookingAt() ? per(ctx, unitEnd) : unitEnd;
                }
                if (unit != null && frac == null && u.group(1).equals("km") && roadBefore(ctx, pos, u.end())) {
                    // "Ruta 3 km 1.412", "Route 66 km 20" (round eight): after a road's number "km" marks the next number, a
                    // milepost ("kilómetro mil cuatrocientos doce", Abbreviations), not the unit of the road's number.
                    // Round fifty-four: the road's number is its name, "treinta y uno", never cut short before the "kilómetro"
                    // that is not its noun ("Carretera 31 km 8" was "treinta y un kilómetro ocho").
                    ctx.append(ctx.speller.cardinal(whole, Gender.NEUTRAL));
                    return end;
                }
                if (unit != null) {
                    ctx.append(minus).append(unitAmount(ctx, whole, frac, ctx.grammar.decimalMark(raw), unit));
                    // "a 4.810 m s.n.m." at the end of a sentence: the symbol's last dot is also the full stop, kept.
                    int perAmount = perAmount(ctx, unitEnd);
                    if (perAmount > 0) {
                        return perAmount;
                    }
                    return per(ctx, u.group(1).endsWith(".") && sentenceEnd(ctx.text, u.end()) ? u.end() - 1 : unitEnd);
                }
            }
        }
        if (frac == null) {
            int e = negative ? -1 : fraction(ctx, pos, whole, end, "");
            if (e > 0) {
                return e;
            }
            Matcher mixed = ctx.at(MIXED_FRACTION, end);
            if (!mixed.lookingAt()) {
                mixed = hyphenatedMixed(ctx, end); // "11-1/4 in.", or null
            }
            if (mixed != null && !whole.isEmpty()) {
                e = mixed(ctx, pos, minus, whole, mixed);
                if (e > 0) {
                    return e;
                }
            }
        }
        Matcher rating = ctx.lang == Lang.EN && frac != null ? ctx.at(RATING, end) : null;
        if (rating != null && rating.lookingAt()) {
            // "4.8/5", "7.5/10": a score out of a scale.
            ctx.append(minus).append(bare(ctx, raw, whole, frac, end)).append(" out of ").append(ctx.speller.cardinal(rating.group(1), Gender.NEUTRAL));
            return rating.end();
        }
        if (ctx.lang == Lang.EN && frac != null && whole.length() == 3 && whole.charAt(0) != '0' && ctx.text.startsWith(" FM", end)
                && (end + 3 == ctx.text.length() || !Character.isLetterOrDigit(ctx.text.charAt(end + 3)))) {
            // "KXRT 101.9 FM" (round seven D): a station's frequency is said in pairs, "one oh one point nine".
            ctx.append(UsAddresses.inPairs(ctx.speller, Integer.parseInt(whole))).append(" point ").append(ctx.speller.digits(frac));
            return end;
        }
        if (ctx.lang == Lang.EN && frac == null && minus.isEmpty() && amStationFrequency(ctx, whole, end)) {
            // Round seventy-six M: "News Radio 1070 AM", "Talk 870 AM": an AM band's frequency (530 to 1710 kHz) no clock
            // can show (its minutes past 59 or its hour past 12) is a station's, said in pairs as the FM one is, "ten
            // eighty AM"; "1030 AM" is a clock's time and keeps the time's reading.
            ctx.append(UsAddresses.inPairs(ctx.speller, Integer.parseInt(whole)));
            return end;
        }
        ctx.append(minus).append(bare(ctx, raw, whole, frac, end));
        Matcher count = ctx.lang == Lang.EN && frac == null && whole.length() <= 2 && minus.isEmpty() ? ctx.at(COUNT_TIMES_WEIGHT, end) : null;
        if (count != null && count.lookingAt()) {
            // "2 × 25 kg bags", "3 × 20 kg sacks" (round seven C): a bare count times a weight or a volume is so many
            // packs of it, "two twenty five kilogram bags"; sides of a dimension are lengths ("40 x 30 cm" keeps "by").
            // With no noun after the weight ("3 packs of 6 × 2 L,", round eight F) the packs are its size: "six by two litres".
            Matcher weight = ctx.at(WEIGHT_NEXT, count.end());
            boolean nounAfter = weight.lookingAt() && weight.end() + 1 < ctx.text.length() && ctx.text.charAt(weight.end()) == ' '
                    && Character.isLowerCase(ctx.text.charAt(weight.end() + 1));
            ctx.append(nounAfter ? " " : " by ");
            return DIMENSION.read(ctx, count.end());
        }
        return per(ctx, end);
    }

    /**
     * A "×" before an amount of a weight or a volume: the packs a count multiplies. A letter "x" keeps its "times" ("2 x 12
     * oz salmon", see TokenScanner's multiplier).
     */
    private static final Pattern COUNT_TIMES_WEIGHT = Pattern.compile("[ \\u00A0]?×[ \\u00A0]?"
            + "(?=\\d{1,4}(?:\\.\\d{1,2})?[ \\u00A0]?(?:kg|kgs|g|lb|lbs|oz|l|L|ml|mL|cl|gal)(?![\\p{L}\\d²³/]))");

    /** A weight or a volume after a spaced "x" or "×": "40 lb", "10 kg", "2 L". */
    private static final Pattern WEIGHT_NEXT = Pattern.compile("[ \\u00A0]?\\d{1,4}(?:\\.\\d{1,2})?[ \\u00A0]?(?:kg|kgs|g|lb|lbs|oz|l|L|ml|mL|cl|gal)(?![\\p{L}\\d²³/])");
    /** A count and its plural noun right before: "100 bags ", "(65 sacks ". */
    private static final Pattern COUNTED_NOUN_BEFORE = Pattern.compile("(?<![\\d.,])\\d{1,4}[ \\u00A0]\\p{Ll}{2,}s[ \\u00A0]$");

    /**
     * Round eight F: English "100 bags x 40 lb", "65 bags × 10 kg": a counted noun times a weight or a volume is so many
     * packs of that size, "one hundred bags by forty pounds". The "x" or "×" at {@code pos} is spaced, a count and its
     * plural noun before it, a weight or a volume after it.
     */
    static boolean countedPacksBy(ReadContext ctx, int pos) {
        String t = ctx.text;
        return ctx.lang == Lang.EN && pos >= 2 && t.charAt(pos - 1) == ' ' && pos + 2 < t.length() && t.charAt(pos + 1) == ' '
                && TokenScanner.isDigit(t.charAt(pos + 2)) && ctx.at(WEIGHT_NEXT, pos + 1).lookingAt()
                && COUNTED_NOUN_BEFORE.matcher(t.substring(Math.max(0, pos - 24), pos)).find();
    }

    /** A screw's or a bolt's gauge with its number sign right before a spaced "x": "#10 ", "(#6 ". */
    private static final Pattern GAUGE_BEFORE = Pattern.compile("(?<![\\p{L}\\d])#\\d{1,2}[ \\u00A0]$");

    /**
     * Round sixty-two A: "#10 x 2-1/2 in. screws", "#6 x 3 in.": a screw's gauge times its length is a dimension, "number
     * ten by two and a half inch screws", the "x" between numbers "by"/"por" as the style page says; the gauge's sign
     * took the "x" out of the dimension reader's reach. The "x" at {@code pos} is spaced, a digit after it.
     */
    static boolean gaugeBy(ReadContext ctx, int pos) {
        String t = ctx.text;
        return pos >= 3 && t.charAt(pos - 1) == ' ' && pos + 2 < t.length() && t.charAt(pos + 1) == ' ' && TokenScanner.isDigit(t.charAt(pos + 2))
                && GAUGE_BEFORE.matcher(t.substring(Math.max(0, pos - 6), pos)).find();
    }

    /** "9 cm/año", "3 km/día", "2 h/semana": a rate per a word, not a unit symbol. */
    private static final Pattern PER_WORD = Pattern.compile("/(\\p{Ll}{3,})(?![\\p{L}\\d])");

    /** Road races by their kilometres ("5K", "10K", the half's "21K", the marathon's "42K"). */
    private static final java.util.Set<String> RACE_DISTANCES = java.util.Set.of("5", "8", "10", "15", "21", "42");

    /** Round fifty-one: words of a road race that make a nearby "15K" its distance (running, medals, the start). */
    private static final Pattern RACE_WORD = Pattern.compile("(?<![\\p{L}])(?:run|runs|running|runners?|races?|marathons?|trot|medals?|bib"
            + "|carreras?|marat[oó]n|maratones|medallas?|largada|corr(?:é|e|er|és|emos|en|an|ió|edor(?:a|es|as)?))(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Reads the second side of a dimension; the reader keeps no state. */
    private static final QuantityReader DIMENSION = new QuantityReader();

    /** "40 x 30 cm", "1920×1080": a dimension, "por" / "by". */
    // "680x0" is a family's name: nothing is times zero. A side may carry its label letter ("84\" W x 38\" D",
    // "H 90cm x W 60cm": width, depth, height, length; round seven A), kept as written on either side of "by".
    private static final Pattern TIMES = Pattern.compile("(?:[ \\u00A0]([WDHL])(?=[ \\u00A0]?[x×]))?[ \\u00A0]?[x×][ \\u00A0]?(?:([WDHL])[ \\u00A0]?)?(?=\\d)(?!0(?!\\d|[.,]\\d))");

    /** " grados", " degrees" right after a degree sign: the end of that word, or -1. */
    private static final Pattern DEGREE_WORD = Pattern.compile("[ \\u00A0](?:grados?|degrees?)(?![\\p{L}])", Pattern.CASE_INSENSITIVE);

    private static int degreeWordAfter(String t, int end) {
        if (end >= t.length() || t.charAt(end) != ' ' && t.charAt(end) != '\u00A0') {
            return -1;
        }
        Matcher m = DEGREE_WORD.matcher(t).region(end, t.length());
        return m.lookingAt() ? m.end() : -1;
    }

    /** Road words before a road's number ("Ruta 3", "carretera 45", "RN 40"), compared lower-cased. */
    private static final java.util.Set<String> ROAD_WORDS = java.util.Set.of("ruta", "carretera", "autopista", "autovía", "rn", "rp",
            "route", "highway", "hwy");

    /**
     * A road's kind between its word and its number ("Carretera Federal 45", "Ruta Nacional 7", "Carr. Estatal 120"), and
     * the road words' abbreviations before it ("Carr.", "Ctra."), compared lower-cased (round thirty-two).
     */
    private static final java.util.Set<String> ROAD_KINDS = java.util.Set.of("federal", "estatal", "nacional", "provincial");
    static final java.util.Set<String> ROAD_ABBREVIATIONS = java.util.Set.of("carr", "ctra");

    /**
     * The number at {@code pos} follows a road word and its "km" ends before a space and a digit: "Ruta 3 km 1.412"; since
     * round thirty-two also with the road's kind between ("Carr. Federal 45 km 12.5", "Ruta Nacional 7 km 650").
     */
    private static boolean roadBefore(ReadContext ctx, int pos, int unitEnd) {
        String t = ctx.text;
        if (unitEnd + 1 >= t.length() || t.charAt(unitEnd) != ' ' || !TokenScanner.isDigit(t.charAt(unitEnd + 1))) {
            return false;
        }
        String before = ctx.previousWord(pos);
        if (ROAD_WORDS.contains(before.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (before.isEmpty() && ROAD_ABBREVIATIONS.contains(ctx.previousWordAcrossDot(pos).toLowerCase(Locale.ROOT))) {
            // Round fifty-four: the road word shortened right before its number ("Carr. 30 km 8") as written out
            // ("Carretera 30 km 8"): the "km" after the road's number is its kilometre point, "kilómetro ocho".
            return true;
        }
        if (!ROAD_KINDS.contains(before.toLowerCase(Locale.ROOT))) {
            return false;
        }
        String road = ctx.previousWordAcrossDot(ReadContext.spacesStart(t, pos) - before.length()).toLowerCase(Locale.ROOT);
        return ROAD_WORDS.contains(road) || ROAD_ABBREVIATIONS.contains(road);
    }

    /** Round eighty-one A: words of a wire or its gauge, in either language, that make an "AWG" near them no currency. */
    private static final Set<String> WIRE_WORDS = Set.of("wire", "wires", "wiring", "cable", "cables", "cabling", "conductor",
            "conductors", "gauge", "cableado", "alambre", "alambres", "conductores", "calibre", "calibres");

    /**
     * Round eighty-one A: "AWG" after a number is the American Wire Gauge, no Aruban florins, when a wire's word or its
     * gauge's is near ("cable calibre 8 AWG", "el alambre de cobre 10 AWG", "6 AWG copper wire"): a few words before the
     * number, or the two after the capitals: the number stays a plain one and the capitals are left to the initialisms'
     * reading. Where money is meant ("150 AWG por noche", "AWG 150", "200 AWG a night, and the cable car…") no such word
     * is that near.
     */
    private static boolean wireGauge(ReadContext ctx, int pos, Matcher currency) {
        if (!currency.group(1).equals("AWG")) {
            return false;
        }
        int after = currency.end();
        for (int words = 0; words < 2 && ReadContext.blanksEnd(ctx.text, after) > after; words++) {
            after = ReadContext.lettersEnd(ctx.text, ReadContext.blanksEnd(ctx.text, after));
        }
        return ctx.anyWord(ctx.sentenceStart(pos, 25), pos, WIRE_WORDS::contains)
                || ctx.anyWord(currency.end(), after, WIRE_WORDS::contains);
    }

    /**
     * A currency the locale knows right after {@code end}: "3m USD", "5M €". Round thirty-three: any three capitals match
     * the pattern, so "a 6.2m RIB", "a 7m SUV" took the glued "m" for millions of an unknown currency and left it unsaid;
     * only a currency {@link Currencies#find} knows (ICU's codes included) makes the letter a scale.
     */
    private static boolean currencyAfter(ReadContext ctx, int end) {
        Matcher c = ctx.at(CURRENCY_AFTER, end);
        return c.lookingAt() && Currencies.find(c.group(1), ctx.locale) != null;
    }

    /** The end of the text, or spaces and then a capital or the end: a dot there closes the sentence. */
    private static boolean sentenceEnd(String t, int end) {
        int i = end;
        while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
            i++;
        }
        return i == t.length() || i > end && Character.isUpperCase(t.charAt(i));
    }

    /** A number and a prime or a double prime alone: "90'", "30''", "8′", "6″"; not "90's" or a closing quote's word. */
    private static final Pattern PRIME_MARK = Pattern.compile("(\\d{1,3})(''|″|'|′)(?!['′″\\p{L}\\d])");
    /** Words of a match's or a race's clock near a prime: "90' + 30''" is then minutes and seconds, not feet and inches. */
    private static final Pattern CLOCK_WORDS = Pattern.compile("(?i)(?<![\\p{L}])(?:match|game|half|extra time|stoppage|minutes?|seconds?"
            + "|lasts?|duration|timer|clock|record|lap|race|running|run time|kick-?off|overtime|play(?:ing)? time)(?![\\p{L}])");
    /** A size word after a length in feet: "6' tall", "10' long", "4' deep". */
    private static final Pattern SIZE_WORD_AFTER = Pattern.compile("[ \\u00A0](?:tall|high|long|wide|deep|thick|across|away|apart)(?![\\p{L}])");
    /** An opening single quote before the number ("shows 'Error 3'"): its closing quote is no prime. */
    private static final Pattern OPEN_QUOTE = Pattern.compile("(?:^|[\\s(\\[])'(?=\\S)");

    /**
     * Round nine: "8' ceilings", "a 6' fence", "it is 6' tall": after a number a prime is feet and a double prime inches, in
     * English, the foot before a noun it describes; near a match's or a race's clock ("the match lasts 90' + 30''"), and
     * always in Spanish ("el récord es de 2' 15''"), minutes and seconds. After "minuto" it only marks the minute ("en el
     * minuto 90'"). A single quote opened before the number in the sentence closes there: no unit.
     */
    private static int primeMark(ReadContext ctx, int pos) {
        Matcher m = ctx.at(PRIME_MARK, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        String t = ctx.text;
        boolean ascii = m.group(2).charAt(0) == '\'';
        int from = Math.max(0, Math.max(t.lastIndexOf('.', pos - 1), Math.max(t.lastIndexOf('\n', pos - 1), t.lastIndexOf(';', pos - 1))) + 1);
        if (ascii && OPEN_QUOTE.matcher(t).region(from, pos).useTransparentBounds(true).find()) {
            return -1;
        }
        boolean seconds = m.group(2).length() == 2 || m.group(2).equals("″");
        String number = m.group(1);
        boolean one = number.equals("1");
        if (ctx.es()) {
            String before = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
            ctx.append(ctx.speller.cardinal(number, Gender.MASCULINE));
            if (!seconds && (before.equals("minuto") || before.equals("min."))) {
                return m.end(); // "en el minuto 90'": the minute's number
            }
            ctx.append(seconds ? (one ? " segundo" : " segundos") : (one ? " minuto" : " minutos"));
            return m.end();
        }
        int to = Math.min(t.length(), pos + 60);
        boolean clock = CLOCK_WORDS.matcher(t).region(from, to).find();
        boolean describes = AttributiveAmount.describesNoun(ctx, pos, m.end());
        if (ascii && !clock && !describes && !SIZE_WORD_AFTER.matcher(t).region(m.end(), t.length()).lookingAt()) {
            return -1; // an apostrophe after a number with no clock, noun or size word near is left as written (a quote's end)
        }
        String unit = clock ? (seconds ? "second" : "minute") : (seconds ? "inch" : "foot");
        String plural = clock ? unit + "s" : seconds ? "inches" : "feet";
        ctx.append(ctx.speller.cardinal(number, Gender.NEUTRAL)).append(' ').append(one || describes ? unit : plural);
        return m.end();
    }

    /** The "by" of a dimension, with the sides' label letters where they are written ("W by D"). */
    private static void by(ReadContext ctx, Matcher times) {
        if (times.group(1) != null) {
            ctx.append(' ').append(times.group(1));
        }
        ctx.append(ctx.es() ? " por " : " by ");
        if (times.group(2) != null) {
            ctx.append(times.group(2)).append(' ');
        }
    }

    /** An amount with its unit after a dose's slash: "5 ml", "2,5 kg". */
    private static final Pattern PER_AMOUNT = Pattern.compile("\\d{1,4}(?:[.,]\\d{1,3})?[ \\u00A0]?(" + Units.SYMBOL_ALT + ")(?![\\p{L}\\d²³])");

    /** Round eighty-three A: steel before a grade, perhaps with its kind between ("acero quirúrgico", "stainless steel"). */
    private static final Pattern STEEL_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:acero|steel)(?:[ \\u00A0]+\\p{L}+)?[ \\u00A0]+$");

    /** Words a garment's size follows ("talla 42L"). */
    private static final java.util.Set<String> SIZE_WORDS = java.util.Set.of("talla", "tallas", "size", "sizes");

    /**
     * A capital "L" glued to the number at {@code pos} names a size or a version after a size word or a product's capitals
     * ("talla 42L" "cuarenta y dos L", "AIX 5L"), not litres ("5L de agua", "una garrafa de 8L" keep theirs). Round
     * eighty-three A: three digits and an L beside steel are its grade ("acero quirúrgico 304L", "316L steel"), the low-carbon
     * letter of the grade's number, "trescientos cuatro L", never litres.
     */
    private static boolean gluedLetterNotLitre(ReadContext ctx, int pos, int end) {
        String before = ctx.previousWord(pos);
        if (SIZE_WORDS.contains(before.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (end - pos == 3 && (STEEL_BEFORE.matcher(ctx.text.substring(Math.max(0, pos - 40), pos)).find()
                || ctx.nextWord(end + 1).equalsIgnoreCase("steel"))) {
            return true;
        }
        if (before.length() < 2 || before.length() > 4) {
            return false; // a product's initials ("AIX", "HP"); a shouted word ("BOTELLA 2L") keeps its litres
        }
        for (int i = 0; i < before.length(); i++) {
            if (!Character.isUpperCase(before.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "100 mg/5 ml", "250 mg/5 mL" (round eleven): a unit's amount over an amount with its unit is a concentration or a
     * dose, the slash "por"/"per" ("cien miligramos por cinco mililitros"), as it is before a bare unit ("5 mg/ml"); -1
     * when no such amount follows.
     */
    private static int perAmount(ReadContext ctx, int end) {
        String t = ctx.text;
        // Round twelve: the slash set apart ("500 mg / 5 ml") is the same dose, "por", not "barra".
        int slash = t.startsWith(" / ", end) && end + 3 < t.length() && TokenScanner.isDigit(t.charAt(end + 3)) ? end + 1 : end;
        int number = slash == end ? end + 1 : slash + 2;
        if (number >= t.length() || t.charAt(slash) != '/' || !TokenScanner.isDigit(t.charAt(number))) {
            return -1;
        }
        Matcher d = ctx.at(PER_AMOUNT, number);
        Units.Unit unit = d.lookingAt() ? Units.find(d.group(1)) : null;
        if (unit == null || unit.esOne().startsWith("por ") || slash != end && !unit.esOne().endsWith("litro")) {
            return -1; // set apart, only a volume makes a dose ("70 kg / 1,75 m" lists a weight and a height)
        }
        int mark = ctx.out.length();
        ctx.append(ctx.es() ? " por " : " per ");
        int e = DIMENSION.read(ctx, number);
        if (e <= number) {
            ctx.out.setLength(mark);
            return -1;
        }
        return e;
    }

    /** "12/kg" → "twelve per kilogram", "12 kg/kg" → "… per kilogram"; "40 x 30" → "cuarenta por treinta". */
    private static int per(ReadContext ctx, int end) {
        Matcher x = ctx.at(TIMES, end);
        if (x.lookingAt()) {
            by(ctx, x);
            // "2x8 m2": the second side is read with its unit, as the first was.
            int e = DIMENSION.read(ctx, x.end());
            return e > x.end() ? e : x.end();
        }
        // Round forty-nine: "12,000 mi./yr.", "4 hrs./wk.": the first symbol's dot before the slash is its abbreviation's,
        // unsaid, and the rate's own shortened unit ("yr.", "mo.", "wk.") drops its dot inside a sentence as a symbol's does.
        boolean dottedSymbol = end + 1 < ctx.text.length() && ctx.text.charAt(end) == '.' && ctx.text.charAt(end + 1) == '/'
                && end > 0 && Character.isLetter(ctx.text.charAt(end - 1));
        Matcher k = ctx.lang == Lang.EN ? ctx.at(PER_UNIT_KELVIN, end) : null;
        Units.Unit perKelvin = k != null && k.lookingAt() ? Units.find(k.group(2) == null ? k.group(1) : k.group(1) + "²") : null;
        if (perKelvin != null && !perKelvin.esOne().startsWith("por ")) {
            // Round eighty-three B: a heat-transfer unit's divisor is a product with the kelvin glued after it ("W/m²K",
            // "W/m2K", "W/mK"): "watts per square metre kelvin", the area said as its own unit (m², square metre), no
            // slash or letter left as written.
            ctx.append(" per ").append(Units.spelling(ctx, perKelvin.enOne())).append(" kelvin");
            return k.end();
        }
        Matcher p = ctx.at(PER_UNIT, dottedSymbol ? end + 1 : end);
        if (p.lookingAt()) {
            Units.Unit unit = Units.find(p.group(1));
            if (unit != null && !unit.esOne().startsWith("por ")) {
                ctx.append(ctx.es() ? " por " + unit.esOne() : " per " + Units.spelling(ctx, unit.enOne())).append(power(ctx, p.group(2)));
                return ctx.text.startsWith("/", p.end()) ? secondRate(ctx, p.end())
                        : dottedSymbol ? TokenScanner.pastSymbolDot(ctx.text, p.end()) : p.end();
            }
        }
        Matcher w = ctx.at(PER_WORD, dottedSymbol ? end + 1 : end);
        if (w.lookingAt()) {
            ctx.append(ctx.es() ? " por " : " per ").append(w.group(1));
            return w.end();
        }
        return end;
    }

    /** A rate's divisor's power, after its unit: "al cuadrado", "squared"; nothing when it has none. */
    private static String power(ReadContext ctx, String written) {
        if (written == null) {
            return "";
        }
        boolean cube = written.equals("³");
        return ctx.es() ? (cube ? " al cubo" : " al cuadrado") : (cube ? " cubed" : " squared");
    }

    /**
     * Round twelve: a dose per weight and time, "15 mg/kg/día", "2 ml/kg/h": the second rate joins the first as a
     * pharmacist says it, "por kilogramo y día", "per kilogram per day", never "/día" left as written.
     */
    private static int secondRate(ReadContext ctx, int slash) {
        Matcher u = ctx.at(PER_UNIT, slash);
        Units.Unit unit = u.lookingAt() ? Units.find(u.group(1)) : null;
        if (unit != null && !unit.esOne().startsWith("por ")) {
            ctx.append(ctx.es() ? " y " + unit.esOne() : " per " + Units.spelling(ctx, unit.enOne())).append(power(ctx, u.group(2)));
            return u.end();
        }
        Matcher w = ctx.at(PER_WORD, slash);
        if (w.lookingAt()) {
            ctx.append(ctx.es() ? " y " : " per ").append(w.group(1));
            return w.end();
        }
        return slash;
    }

    /**
     * The hyphenated mixed number's fraction at {@code end} ({@link #HYPHENATED_MIXED}), a proper one, when a unit's symbol
     * follows it: its matcher, matched; null otherwise.
     */
    private static Matcher hyphenatedMixed(ReadContext ctx, int end) {
        Matcher m = ctx.at(HYPHENATED_MIXED, end);
        if (!m.lookingAt() || Integer.parseInt(m.group(1)) >= Integer.parseInt(m.group(2)) || m.group(1).startsWith("0")) {
            return null;
        }
        Matcher u = ctx.at(UNIT_AFTER, m.end());
        return u.lookingAt() && Units.find(u.group(1)) != null ? m : null;
    }

    /**
     * "2 2/1000" → "dos y dos milésimos"; with a unit after, "1 1/2 m" → "uno y medio metros". Round sixty-two A: English
     * says a quarter as it says a half ("one and a quarter inches"), and before its noun the unit is the compound's
     * singular as a whole number's is ("2-1/2 in. screws", "two and a half inch screws"); a unit's dot mid-sentence is
     * the symbol's ("3-1/4 pulg., nueva").
     */
    private static int mixed(ReadContext ctx, int pos, String minus, String whole, Matcher mixed) {
        String[] vulgar = mixed.groupCount() >= 3 && mixed.group(3) != null ? FractionReader.parts(mixed.group(3).charAt(0)) : null;
        String num = vulgar != null ? vulgar[0] : mixed.group(1);
        String den = vulgar != null ? vulgar[1] : mixed.group(2);
        Matcher u = ctx.at(UNIT_AFTER, mixed.end());
        Units.Unit unit = u.lookingAt() ? Units.find(u.group(1)) : null;
        boolean half = num.equals("1") && den.equals("2");
        // "1 1/2 tazas" → "una y media tazas": the whole agrees with the noun, as with a unit ("1 1/2 h").
        boolean feminine = ctx.es() && (unit != null ? unit.esFeminine()
                : half && "media".equals(FractionReader.halfBeforeNoun(ctx, mixed.end())));
        String f = !ctx.es() && half ? "a half" // "3 1/2 cups" → "three and a half cups"
                : !ctx.es() && num.equals("1") && den.equals("4") ? "a quarter"
                : ctx.es() && unit != null && half ? (feminine ? "media" : "medio")
                : half && unit == null && FractionReader.halfBeforeNoun(ctx, mixed.end()) != null
                ? FractionReader.halfBeforeNoun(ctx, mixed.end()) // "2 1/2 tazas" → "dos y media tazas"
                : FractionReader.speak(ctx, num, den);
        if (f == null) {
            return -1;
        }
        String and = ctx.es() ? " y " : " and ";
        ctx.append(minus).append(amount(ctx, whole, null, feminine ? Gender.FEMININE : Gender.NEUTRAL)).append(and).append(f);
        if (unit == null) {
            return mixed.end();
        }
        int unitEnd = TokenScanner.pastSymbolDot(ctx.text, u.end());
        boolean describes = !ctx.es() && AttributiveAmount.describesNoun(ctx, pos, unitEnd);
        ctx.append(' ').append(ctx.es() ? unit.esMany() : Units.spelling(ctx, describes ? unit.enOne() : unit.enMany()));
        return unitEnd;
    }

    /** The second number of a range: "-2", "–30", and in Spanish " a 3" ("de 1 a 3 veces", round seven B). */
    private static final Pattern RANGE_TO = Pattern.compile("(?:[-–]|[ \\u00A0]a[ \\u00A0])\\d{1,4}(?![\\d.,:/])");
    /**
     * Round eighty-one A: {@link #RANGE_TO} with its second number's thousands grouped ("de 1,800 a 2,100 kcal", "de 1.300 a
     * 1.700 calorías"), taken only when the locale reads the group as thousands, no fraction ({@link #rangeTo}).
     */
    private static final Pattern RANGE_TO_THOUSANDS = Pattern.compile("(?:[-–]|[ \\u00A0]a[ \\u00A0])(\\d{1,3}(?:[.,]\\d{3})+)(?![\\d.,:/])");

    /**
     * The second number of a range after {@code end} ({@link #RANGE_TO}, or {@link #RANGE_TO_THOUSANDS} with a whole number
     * of thousands), for the first to agree with the noun after it: "de mil ochocientas a dos mil cien kilocalorías" as
     * "de una a tres horas". A match that does not look at {@code end} when there is none.
     */
    private static Matcher rangeTo(ReadContext ctx, int end) {
        Matcher range = ctx.at(RANGE_TO, end);
        if (range.lookingAt()) {
            return range;
        }
        Matcher grouped = ctx.at(RANGE_TO_THOUSANDS, end);
        return grouped.lookingAt() && ctx.grammar.fractionDigits(grouped.group(1)) == null ? grouped : range;
    }

    /**
     * Round forty-nine: the keypad's "#" or "*" named after digits, "seguido de la tecla #", "y luego #", "seguido de
     * numeral": the digits before it are keyed in ("Marque 3600 seguido de la tecla #", "tres seis cero cero"), as English
     * "enter 4417#" (round nineteen B) is; "pague 3600 pesos" names no key.
     */
    private static final Pattern ES_KEY_AFTER_DIGITS = Pattern.compile("[ \\u00A0]+(?:seguid[oa]s?[ \\u00A0]+de|y[ \\u00A0]+(?:luego|después))"
            + "[ \\u00A0]+(?:(?:la|el)[ \\u00A0]+)?(?:tecla[ \\u00A0]+)?(?:#|\\*|numeral|almohadilla|asterisco)(?![\\p{L}\\d])");

    /** A telephone extension named by its word ("la extensión", "el anexo", Argentina's "el interno"). */
    private static final Pattern ES_EXTENSION_NAMED = Pattern.compile("(?<!\\p{L})(?:[Ee]xtensión|[Aa]nexo|[Ii]nterno)(?!\\p{L})");

    /** Whether {@code sentence} names an extension; "interno" only in Argentina, elsewhere an adjective ("un pedido interno"). */
    private static boolean extensionNamed(ReadContext ctx, String sentence) {
        Matcher named = ES_EXTENSION_NAMED.matcher(sentence);
        while (named.find()) {
            if (!named.group().equalsIgnoreCase("interno") || "AR".equals(ctx.locale.region)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Numbers a caller keys in, said digit by digit: a telephone extension ("ext. 204", "extension 3150", "ext. 4512",
     * "anexo 210") and, in English, a text-message short code ("Text STOP to 55512") and digits keyed with a "#".
     */
    private static boolean keyedIn(ReadContext ctx, int start, String whole) {
        String before = ctx.previousWordAcrossDot(start).toLowerCase(Locale.ROOT);
        if (before.equals("ext") || before.equals("extension") || before.equals("extensión") || before.equals("anexo")
                || "AR".equals(ctx.locale.region) && (before.equals("int") || before.equals("interno"))) { // "int. 2404": Argentina's extension
            return true; // Spanish too: "ext. 4512" is keyed in, "cuatro cinco uno dos", never "cuatro mil quinientos doce"
        }
        int end = start + whole.length();
        if (ctx.es() && whole.length() >= 2 && whole.length() <= 6 && TokenScanner.keypadWord(before)
                && extensionNamed(ctx, ctx.text.substring(ctx.sentenceStart(start, 80), start))) {
            // Round seventy-eight R: "Si conoce la extensión, marque 315": the extension named earlier in the sentence and
            // keyed by the verb right before its digits is dictated as after "ext." ("tres uno cinco"), whatever follows.
            return true;
        }
        if (ctx.lang == Lang.EN && end < ctx.text.length() && ctx.text.charAt(end) == '#' && whole.length() >= 2
                && TokenScanner.keyedAfterDigits(ctx, end)) {
            return true; // "enter 4417#" (round nineteen B): digits keyed with the "#" after them are keyed one by one
        }
        if (ctx.es() && whole.length() >= 4 && (ctx.at(ES_KEY_AFTER_DIGITS, end).lookingAt() || keyGluedAfter(ctx, before, end))) {
            // "marque 3600 seguido de la tecla #" (round forty-nine): a code's four digits or more keyed before a key, one by
            // one; a survey's score ("marque del 0 al 10 seguido de la tecla #", "100 y luego #") keeps its number.
            return true;
        }
        if (ctx.lang == Lang.EN && whole.length() >= 4 && whole.length() <= 6 && (before.equals("texting") || before.equals("text")
                || before.equals("txt")) && !pluralNounAfter(ctx, end)) {
            // "by texting 60777", "text 81122" (round seven A): the short code itself after the verb; "texting 4200
            // customers" counts whom the texts go to
            return true;
        }
        if (ctx.lang == Lang.EN && whole.length() >= 2 && whole.length() <= 6 && digitsTail(ctx, start, before, whole)) {
            return true; // "your mobile ending 316", "the last 4 digits of your account number, 8832" (round twenty-three B)
        }
        if (ctx.lang == Lang.EN && before.equals("at") && whole.length() >= 5 && whole.length() <= 6) {
            // Round forty-nine: a text is sent "at" a short code too ("or text RATE at 44210", "reply to our text at 44210"):
            // five or six digits, as US short codes are, right after the text cue and at most two words ("at 1530" is a
            // time, "meet you at 1500 Oak St." an address, "at 24000 stores" a count).
            return TEXT_AT_CUE.matcher(ctx.text.substring(ctx.sentenceStart(start, 60), start)).find();
        }
        if (!before.equals(ctx.es() ? "al" : "to") || whole.length() < 4 || whole.length() > 6) {
            return false;
        }
        String sentence = ctx.text.substring(ctx.sentenceStart(start, 60), start);
        return ctx.es() ? ES_TEXT_CUE.matcher(sentence).find() : TEXT_CUE.matcher(sentence).find()
                || TEXTED_TO_CUE.matcher(sentence).find() && !pluralNounAfter(ctx, start + whole.length());
    }

    /**
     * Round fifty-two: the key glued after a Spanish code's digits ("marcá 4418#", "por ejemplo, 7719#") is round
     * forty-nine's key cue itself, with no "seguido de": Spanish reads any "#" that is no number sign as the key
     * (TokenScanner.hashKey). A hashtag or a rank ("#2027", "#1 en ventas") has its "#" before the digits; a weight in the
     * trade's pound mark, a quantity with "de" before or after it ("una grúa de 1500#", "1500# de carga"), is no code.
     */
    private static boolean keyGluedAfter(ReadContext ctx, String before, int end) {
        if (!TokenScanner.hashGluedAfterDigits(ctx.text, end) || before.equals("de")) {
            return false;
        }
        String after = ctx.nextWord(end + 1);
        return !after.equals("de") && !after.equals("del");
    }

    /** Auxiliaries before a verb's "ending": "we are ending 300 plans" ends something, it names no tail of digits. */
    private static final java.util.Set<String> EN_AUXILIARIES = java.util.Set.of("is", "are", "was", "were", "be", "been", "am", "s", "re");
    /** "the last 4 digits of your account number, ", "last three digits of your order reference: ", "last 4 digits are ". */
    private static final Pattern LAST_DIGITS_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])last (?:two|three|four|five|six|[2-6]) digits"
            + "(?: of [^.;!?\\d]{1,48}?)?(?: (?:is|are|was)|[,:])? ?$");

    /** The cue before a reference's word whose digits are its tail: "the last three digits of your order ". */
    private static final Pattern LAST_DIGITS_OF_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])last (?:two|three|four|five|six|[2-6]) digits of [^.;!?\\d]{0,48}$");

    /**
     * Round twenty-three B: "the last three digits of your order reference: 219": the reference's word at {@code pos} comes
     * after a cue of its last digits, which are dictated, not read as a short reference's pairs.
     */
    static boolean afterLastDigitsCue(ReadContext ctx, int pos) {
        String sentence = ctx.text.substring(ctx.sentenceStart(pos, 100), pos);
        return sentence.contains("digits") && LAST_DIGITS_OF_BEFORE.matcher(sentence).find();
    }

    /**
     * Round twenty-three B: digits that are the tail of a number named before them are dictated, as a card's after "card
     * ending" already are (ReferenceReader): after "ending" following a noun ("your mobile ending 316", "the savings account
     * ending 61"), after "ends in"/"ending in" ("the card you used ends in 44"), and after "the last N digits of …" with a
     * comma, a colon or "is" ("… of your account number, 8832"). A verb's "are ending 300 plans", a year ("the financial
     * year ending 2026", "ends in 2027") and a count before its plural noun ("ends in 30 days") keep their numbers.
     */
    private static boolean digitsTail(ReadContext ctx, int start, String before, String whole) {
        String t = ctx.text;
        int end = start + whole.length();
        if (pluralNounAfter(ctx, end)
                || whole.length() == 4 && (whole.startsWith("19") || whole.startsWith("20"))) {
            return false;
        }
        if (before.equals("ending") || before.equals("in")) {
            int i = ReadContext.spacesStart(t, start);
            String cue = ctx.previousWord(i - before.length()).toLowerCase(Locale.ROOT);
            return before.equals("ending") ? cue.length() > 1 && !EN_AUXILIARIES.contains(cue) : cue.equals("ends") || cue.equals("ending");
        }
        int i = ReadContext.spacesStart(t, start);
        if (i == 0 || t.charAt(i - 1) != ',' && t.charAt(i - 1) != ':' && !before.equals("is") && !before.equals("are") && !before.equals("was")) {
            return false;
        }
        String sentence = t.substring(ctx.sentenceStart(start, 100), start);
        return sentence.contains("digits") && LAST_DIGITS_BEFORE.matcher(sentence).find(); // the regex only where its word is
    }

    /** A lower-case word in the plural right after a number, its counted noun: "ends in 30 days", "to 2000 numbers". */
    private static boolean pluralNounAfter(ReadContext ctx, int end) {
        return end < ctx.text.length() && ctx.text.charAt(end) == ' ' && Vocabulary.countedNoun(ctx.lang, ctx.nextWord(end));
    }

    /**
     * Round nine: "envíe OFERTA al 73520", "manda la palabra SALDO al 30412", "por SMS al 45210", "por texto al 31502": a keyword in capitals sent
     * to a number, or a text message named, makes the number after "al" a short code, keyed in digit by digit.
     */
    private static final Pattern ES_TEXT_CUE = Pattern.compile("(?<![\\p{L}])(?:SMS|(?iu:mensaje|mensajes|texto|textos)(?![\\p{L}])|(?iu:env[íi]e|env[íi]a|envi[áa]|"
            + "mande|manda|mandá|textee|textea|responda|responde|respondé|conteste|contesta|contestá|escriba|escribe|escribí)[ \\u00A0]+"
            + "(?:(?iu:con)[ \\u00A0]+)?\\p{Lu}{2,}(?![\\p{L}])"
            // Round sixty-five B: a reply's verb names the keyword sent as "envíe" does ("conteste SÍ al 28461"), and "la
            // palabra" (or "la palabra clave") and a word in capitals name a keyword to send whatever verb comes before
            // ("responda con la palabra FECHA al 47310", "escriba la palabra clave GAFAS al 25170", "manda la palabra SALDO").
            + "|(?iu:la palabra(?:[ \\u00A0]+clave)?)[ \\u00A0]+\\p{Lu}{2,}(?![\\p{L}]))");

    /** "text RATE at ", "reply to our text at ": a text cue, at most two words, then "at" right before the short code. */
    private static final Pattern TEXT_AT_CUE = Pattern.compile("(?i)(?<![\\p{L}])(?:text|txt|sms|texting|reply)(?:[ \\u00A0]+[\\p{L}'’]+){0,2}[ \\u00A0]+at[ \\u00A0]*$");

    private static final Pattern TEXT_CUE = Pattern.compile("(?i)\\b(?:text|txt|sms|reply)\\b"); // "Reply STOP to 8020" (round five H)

    /**
     * Round sixty-five B: the verb's other forms right before its keyword and "to" ("by texting YES to 48210", "if you
     * texted STOP to 73915", "by replying with the word YES to 60284"), which {@link #TEXT_CUE}'s whole words miss. The
     * keyword in capitals must stand between, perhaps after "us", "with" or "the word": "texting reminders to 4000
     * patients" and "she replied to 3000 emails" send to no short code, nor does a count ("texted STOP to 2000 numbers").
     */
    private static final Pattern TEXTED_TO_CUE = Pattern.compile("(?<![\\p{L}])(?i:texting|texted|replying|replied)(?:[ \\u00A0]+(?i:us|with))?"
            + "(?:[ \\u00A0]+(?i:the[ \\u00A0]+)?(?i:keyword|word))?[ \\u00A0]+[\"“]?\\p{Lu}[\\p{Lu}\\d]+[\"”]?[ \\u00A0]+to[ \\u00A0]*$");

    /** A code's first group with a leading zero and its hyphen, right before a number: "0041-". */
    private static final Pattern ZERO_LED_GROUP_BEFORE = Pattern.compile("(?<![\\d.,/-])0\\d{2,11}-$");

    /**
     * A dictated code's earlier groups on the same line, right before a number: a zero-led group of three digits or more
     * and perhaps further groups of three to five, each followed by a space ("0912 ", "00481 2290 ").
     */
    private static final Pattern ZERO_LED_GROUPS_BEFORE = Pattern.compile("(?<![\\d.,/:-])0\\d{2,11}(?:[ \\u00A0]\\d{3,5})*[ \\u00A0]$");

    /**
     * Round eighteen (Spanish): a group of three to five digits printed after a zero-led code's group, with only a space
     * between, is the same code ("transpondedor 0912 3348", "tarjeta 0123 4567"): dictated too, the space a pause, as the
     * hyphen of {@link #ZERO_LED_GROUP_BEFORE} is. A plural noun after it makes a count ("el lote 0816 1500 unidades").
     */
    private static boolean zeroLedCodeContinues(ReadContext ctx, String raw, String whole, int end) {
        int start = end - raw.length();
        if (start < 4 || whole.length() < 3 || whole.length() > 5 || (ctx.text.charAt(start - 1) != ' ' && ctx.text.charAt(start - 1) != '\u00A0')
                || !Character.isDigit(ctx.text.charAt(start - 2))) {
            return false; // cheap check first: a digit and a space right before
        }
        if (end < ctx.text.length() && (Character.isLetterOrDigit(ctx.text.charAt(end)) || ctx.text.charAt(end) == '-')
                || !ZERO_LED_GROUPS_BEFORE.matcher(ctx.text.substring(Math.max(0, start - 40), start)).find()) {
            return false;
        }
        String next = ctx.nextWord(end);
        return !Vocabulary.spanishPluralNoun(next);
    }

    /**
     * What may follow a bare range of decimals: the text's end, a bracket's close, a pause's mark or a sentence's dot. A
     * word after it ("0,12-0,14 €", "1.5-2 kg", "2,5-3 A", "6,8-7,4 y") is the counted range's of TokenScanner.
     */
    private static final Pattern DECIMAL_RANGE_CLOSE = Pattern.compile("$|[,;:!?)]|\\.(?!\\d)");
    /** Words that already open a range, so Spanish adds no "de" of its own ("desde 6,5-7,2", "entre 1,5-2,5"). */
    private static final Set<String> RANGE_OPENERS = Set.of("de", "del", "desde", "entre", "between", "from");

    /**
     * Round sixty-eight B: two decimals joined by a hyphen, the smaller first, with nothing counted after the second (a
     * bracket's close, a pause, the sentence's end: "pH (6,5-7,0)", "the normal range is 1.2-1.8."), are a range as two
     * numbers before a unit are (TokenScanner's counted range, "1-1.5 bar"), where the hyphen was left between the two
     * readings: "to" in English; in Spanish "de … a …", as a range alone in brackets is said (round eight C). After
     * "entre"/"between" the joint is "y"/"and". Only a decimal starts it (integers keep their codes and scores, "3-1"),
     * each side at most three digits and two decimals, with no digit, dot, comma, slash or hyphen before the first (a
     * code's parts) and no dotted clock times ("10.15-11.45", TimeReader's). Returns where the range ends, or -1.
     */
    private static int decimalRange(ReadContext ctx, int pos, String raw, int end) {
        String t = ctx.text;
        if (end + 1 >= t.length() || t.charAt(end) != '-' || pos > 0 && "0123456789.,/:-".indexOf(t.charAt(pos - 1)) >= 0) {
            return -1;
        }
        Matcher second = ctx.at(ctx.grammar.signedAmount, end + 1);
        if (!second.lookingAt() || second.group(1) != null || !ctx.at(DECIMAL_RANGE_CLOSE, second.end()).lookingAt()) {
            return -1;
        }
        String raw2 = second.group(2);
        String[] first = {ctx.grammar.integerDigits(raw), ctx.grammar.fractionDigits(raw)};
        String[] last = {ctx.grammar.integerDigits(raw2), ctx.grammar.fractionDigits(raw2)};
        for (String[] side : new String[][]{first, last}) {
            if (side[0].isEmpty() || side[0].length() > 3 || side[1] != null && (side[1].isEmpty() || side[1].length() > 2)) {
                return -1;
            }
        }
        if (ctx.grammar.decimalMark(raw) == '.' && clockLike(first) && clockLike(last)) {
            return -1; // "10.15-11.45": a window of dotted clock times
        }
        if (value(first) >= value(last)) {
            return -1;
        }
        String before = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
        boolean between = before.equals("entre") || before.equals("between");
        if (ctx.es() && !RANGE_OPENERS.contains(before)) {
            ctx.append("de ");
        }
        Gender g = ctx.es() ? Gender.MASCULINE : Gender.NEUTRAL;
        ctx.append(amount(ctx, first[0], first[1], g, ctx.grammar.decimalMark(raw)))
                .append(between ? (ctx.es() ? " y " : " and ") : ctx.es() ? " a " : " to ")
                .append(amount(ctx, last[0], last[1], g, ctx.grammar.decimalMark(raw2)));
        return second.end();
    }

    /** A range side's value from its whole digits and its decimals, if any ({"6", "5"} is 6.5, {"7", null} is 7). */
    private static double value(String[] wholeAndFraction) {
        return Double.parseDouble(wholeAndFraction[0] + "." + (wholeAndFraction[1] == null ? "0" : wholeAndFraction[1]));
    }

    /** An hour of the day and two-digit minutes, as a dotted clock time is written ("9.30", "14.05"). */
    private static boolean clockLike(String[] wholeAndFraction) {
        return wholeAndFraction[1] != null && wholeAndFraction[1].length() == 2 && Integer.parseInt(wholeAndFraction[1]) < 60
                && Integer.parseInt(wholeAndFraction[0]) <= 24;
    }

    /**
     * Two groups of four digits with one space between, alone on their line's stretch: no digit group before the first, none
     * after the second, and then only a pause's mark, the sentence's end or a word ("es 7316 2280; indíquela"). The first
     * is no year ("en 2019 1500 de ellas" keeps a year and a count).
     */
    private static final Pattern FOUR_DIGIT_PAIR = Pattern.compile("(?<![\\d.,/:-]|\\d[ \\u00A0])((?!(?:19|20)\\d\\d)\\d{4})[ \\u00A0](\\d{4})"
            + "(?=$|[;:!?)»\"”]|[.,](?!\\d)|[ \\u00A0]+\\p{L})");

    /**
     * Round seventy A (Spanish): whether a {@link #FOUR_DIGIT_PAIR} starts at {@code start} and is one code to write down
     * ("su referencia para el ingreso es 7316 2280", "la guía de tu envío es 8735 1469"), as a zero-led code's groups are
     * (round eighteen) and as English dictates two groups of four after a reference's noun (round forty-two): Spanish sets
     * a number's thousands apart in threes, so two fours are never one number, and two cardinals side by side ("siete mil
     * trescientos dieciséis dos mil doscientos ochenta") are heard as one. A count after them (a plural noun, a unit, a
     * currency: "1200 1500 piezas") keeps the numbers.
     */
    private static boolean fourDigitCodeAt(ReadContext ctx, int start) {
        Matcher m = start < 0 ? null : ctx.at(FOUR_DIGIT_PAIR, start);
        if (m == null || !m.lookingAt()) {
            return false;
        }
        String next = ctx.nextWord(m.end());
        return !Vocabulary.spanishPluralNoun(next) && Units.find(next) == null && !Currencies.wordOrCode(next);
    }

    /** A number with nothing special after it. */
    /** A lens power's "D" after a space, standing alone: "-2,50 D", "(+1.75 D)". */
    private static final Pattern DIOPTRE_SYMBOL = Pattern.compile("[ \\u00A0]D(?![\\p{L}\\d'’.-])");
    /** A clause ends between a prescription's word and a power: a full stop, a semicolon, a colon. */
    private static final Pattern WORDS_SINCE_CUE = Pattern.compile("(?i)(?:adición|graduación|receta|prescription|add)[^.;:!?]{0,20}$");

    /**
     * Round eighty-two B: a spectacle or contact-lens power. Its shape is a sign and two decimals in quarter steps ("-3,00",
     * "+2.00", "-1.25"), or a prescription's word just before it ("una adición de 2,00", "the prescription is 1.50"); an
     * optician says a whole power as a whole number ("menos tres", "minus three", never "coma cero cero") and reads "D"
     * after it as the unit ("menos dos coma cincuenta dioptrías", "minus one dioptre"). A unit or a currency after the
     * number ("-3.00 °C", "+2.00 %", "-2.00 EUR") makes it another measure, left to its reader, and so does a sign before
     * a fraction that is no quarter ("-3.10").
     */
    private int lensPower(ReadContext ctx, int pos, boolean negative, String raw, String whole, String frac, int end) {
        if (frac == null || frac.length() != 2 || whole.length() > 2 || !(frac.equals("00") || frac.equals("25") || frac.equals("50") || frac.equals("75"))) {
            return -1;
        }
        String t = ctx.text;
        boolean signed = negative || pos > 0 && t.charAt(pos - 1) == '+';
        Matcher dioptre = ctx.at(DIOPTRE_SYMBOL, end);
        boolean unitAfter = dioptre.lookingAt();
        if (!unitAfter) {
            Matcher u = ctx.at(UNIT_AFTER, end);
            String next = ctx.nextWord(end);
            if (u.lookingAt() || Currencies.wordOrCode(next) || Currencies.find(next, ctx.locale) != null || Units.englishName(next)
                    || Units.spanishName(next) || end < t.length() && "%°‰".indexOf(t.charAt(end)) >= 0) {
                return -1;
            }
        }
        boolean cued = signed || WORDS_SINCE_CUE.matcher(t.substring(Math.max(0, pos - 40), pos)).find();
        if (!cued || !unitAfter && !frac.equals("00")) {
            return -1; // a power with a quarter fraction and no "D" reads as any decimal does ("menos dos coma cincuenta")
        }
        String minus = negative ? (ctx.es() ? "menos " : "minus ") : "";
        String number = frac.equals("00") ? ctx.speller.cardinal(whole, Gender.NEUTRAL) : bare(ctx, raw, whole, frac, end);
        ctx.append(minus).append(number);
        if (!unitAfter) {
            return end;
        }
        boolean one = frac.equals("00") && whole.equals("1");
        ctx.append(' ').append(ctx.es() ? (one ? "dioptría" : "dioptrías") : ("US".equals(ctx.locale.region) ? "diopter" : "dioptre") + (one ? "" : "s"));
        return dioptre.end();
    }

    private static String bare(ReadContext ctx, String raw, String whole, String frac, int end) {
        boolean ungrouped = raw.chars().allMatch(ch -> ch >= '0' && ch <= '9');
        if (frac == null && ungrouped && keyedIn(ctx, end - raw.length(), whole)) {
            return ctx.speller.digits(whole); // "ext. 204", "text STOP to 55512": digits a caller keys in
        }
        if (frac == null && whole.length() > 1 && (whole.charAt(0) == '0' || (ungrouped && whole.length() >= 6))) {
            return ctx.speller.digits(whole); // "004", "123000": codes and identifiers, not quantities
        }
        if (frac == null && ungrouped && (whole.length() >= 3 || ctx.es() && whole.length() == 2)
                && ZERO_LED_GROUP_BEFORE.matcher(ctx.text.substring(Math.max(0, end - raw.length() - 13), end - raw.length())).find()
                && (end == ctx.text.length() || !Character.isLetterOrDigit(ctx.text.charAt(end)))) {
            // "boleta 0041-77820" (round seven C): the code's next group, digit by digit too. Round sixteen (Spanish): also
            // a group of two ("cuenta 00481-22", was "veintidós"), and the hyphen is a pause, as a keyed code's is
            // ("código 5819-2046"), not a dash left between two words.
            int last = ctx.out.length() - 1;
            if (ctx.es() && last >= 0 && ctx.out.charAt(last) == '-') {
                ctx.out.replace(last, last + 1, ", ");
            }
            return ctx.speller.digits(whole);
        }
        if (ctx.es() && frac == null && ungrouped && whole.length() == 4 && fourDigitCodeAt(ctx, end - 4)) {
            return ctx.speller.digits(whole); // "es 7316 2280": a code's first group, dictated (round seventy A)
        }
        if (ctx.es() && frac == null && ungrouped && (whole.length() == 4 && fourDigitCodeAt(ctx, end - 9)
                || zeroLedCodeContinues(ctx, raw, whole, end))) {
            // A code's next group after a pause: "es 7316 2280"'s second (round seventy A), a zero-led code's next.
            int last = ctx.out.length() - 1;
            if (last >= 1 && ctx.out.charAt(last) == ' ' && Character.isLetter(ctx.out.charAt(last - 1))) {
                ctx.out.insert(last, ',');
            }
            return ctx.speller.digits(whole);
        }
        if (ctx.es() && frac == null && ungrouped && whole.length() == 5 && (postalCodeBeforeTown(ctx, end) || postalCodeNamedBefore(ctx, end - 5))) {
            return ctx.speller.digits(whole); // "28046 Madrid", "06700 Ciudad de México": a postal code before its town
        }
        if (ctx.lang == Lang.EN && frac == null && ungrouped && whole.length() == 4) {
            int n = Integer.parseInt(whole);
            if (n >= 1100 && n <= 2099 && n % 1000 != 0) {
                return ctx.speller.year(n); // "1994", "1428 Elm St." are said in pairs
            }
        }
        Matcher range = rangeTo(ctx, end);
        // "1-2 filas", "21–30 personas": the first number of a range agrees with the noun after the second; round eighty-one
        // A: so does one before grouped thousands ("de 1.300 a 1.700 calorías": "de mil trescientas a mil setecientas").
        Matcher list = range.lookingAt() || !ctx.es() ? null : ctx.at(COUNT_LIST_REST, end);
        // "1, 2 o 3 veces" (round five J): every count of a list agrees with the noun after the last one ("una, dos o tres").
        String counted = range.lookingAt() ? ctx.nextWord(range.end()) : list != null && list.lookingAt() ? ctx.nextWord(list.end()) : ctx.nextWord(end);
        String abbreviated = ctx.es() && !range.lookingAt() && end < ctx.text.length() && ctx.text.charAt(end) == ' '
                ? Abbreviations.countedNoun(ctx.text, end) : null;
        counted = abbreviated != null ? abbreviated : counted; // "1 hab.", "21 uds.": the number agrees with the word in full
        // A year is printed without a thousands separator: "en 1,200 estaciones", "en 1.200 estaciones" count (round five G).
        boolean yearShaped = ungrouped && (yearOfMonth(ctx, end - raw.length(), whole) || yearAfterPreposition(ctx, end - raw.length(), whole));
        Gender g = ctx.es() && frac == null && !yearShaped
                ? Vocabulary.spanishNounGender(counted) : Gender.NEUTRAL;
        boolean joined = range.lookingAt() || list != null && list.lookingAt();
        // The word before the number, as written; only Spanish agreement reads it.
        String wordBefore = ctx.es() ? ctx.previousWord(end - raw.length()) : "";
        String wordBeforeLower = wordBefore.toLowerCase(Locale.ROOT);
        Units.Unit unit = ctx.es() && joined && abbreviated == null && frac == null ? Units.find(counted) : null;
        if (unit != null) {
            // Round twelve: "entre 1 y 2 h", "de 1 a 3 t": the count of a range or a list agrees with the unit its last
            // number carries ("una y dos horas", "una a tres toneladas"), as with a noun written in full.
            g = unit.esFeminine() ? Gender.FEMININE : Gender.NEUTRAL;
        }
        if (g != Gender.NEUTRAL && placeLabel(ctx, end - raw.length(), end, range.lookingAt() && range.group().charAt(0) != ' ')) {
            g = Gender.NEUTRAL; // "los puestos 1-38", "del uno al veintiuno" (round eight E): the places' labels agree with nothing
        }
        if (g == Gender.MASCULINE && joined) {
            // "de 1 a 5 kg", "1 a 3 días": "uno a tres", the short "un" only right before its noun; round twelve: in a
            // dashed range and a list too ("1-2 días", "1 o 2 días", "entre 21 y 30 días": "uno", "veintiuno", never
            // "un o dos", "veintiún y")
            g = Gender.NEUTRAL;
        }
        if (g != Gender.NEUTRAL && TokenScanner.keypadWord(wordBeforeLower) && !counted.equals("vez") && !counted.equals("veces")) {
            // "presione 1 excelente", "marque 1 pésimo" (the lead after round sixteen): after a keypad verb the number is a
            // key, "uno", and the word after it is the option it names, no noun it counts ("pulse 1 vez" still counts).
            // Round forty-three: a word in -a after the key too ("marque 1 ahora", "oprima 1 consulta"): a key is "uno".
            g = Gender.NEUTRAL;
        }
        // Round sixty-seven A: the word after a range or a list stands after its last number, so that number is the count
        // it would agree with ("1 a 250 termina": 250 counts no singular "termina"), not the first end.
        String lastCount = range.lookingAt() ? lastDigits(range.group()) : list != null && list.lookingAt() ? lastDigits(list.group()) : whole;
        if (g != Gender.NEUTRAL && abbreviated == null && unit == null && !counted.isEmpty() && !oneCount(lastCount) && singularWord(counted)
                && !SINGULAR_DETERMINERS.contains(wordBeforeLower)) {
            // Round fourteen: a count above one agrees with a plural noun, so a word with no plural's "-s" after it is not
            // what it counts but a verb or an adjective after a numbered name ("Av. Norte 550 cierra", "el local 21 abre",
            // "Calle Mayor 31 queda"); a cardinal said as an ordinal after its article ("la 21 edición") and "21 mil" keep it.
            g = Gender.NEUTRAL;
        }
        if (g != Gender.NEUTRAL && Vocabulary.spanishNounGender(TokenScanner.numberedPlacesNounBefore(ctx.text, end - raw.length())) == Gender.MASCULINE) {
            // Round sixty-seven A: after a masculine plural noun of numbered items ("los lotes 1 a 30", "artículos 1 y 2") the
            // number is an item's label, said whole ("uno"), never agreeing with a word after it ("una", "un").
            g = Gender.NEUTRAL;
        }
        if (g != Gender.NEUTRAL && !joined && TokenScanner.singularNumberedPlaceBefore(ctx.text, end - raw.length(), counted.toLowerCase(Locale.ROOT))) {
            // Round seventy A: after a singular noun of a numbered place or item ("la puerta 1 permanece", "el módulo 1
            // atiende") the number is its label, said whole ("uno"), as after the plural; a time after it still counts.
            g = Gender.NEUTRAL;
        }
        if (g != Gender.NEUTRAL && !joined && !wordBefore.isEmpty() && Character.isUpperCase(wordBefore.charAt(0))
                && ReferenceReader.afterStreet(ctx.text, end - raw.length())) {
            // Round seventy-five K: a house number after a street's capitalised name ("la Plaza del Carmen 1 cierra", "Pza.
            // Mayor 1 abre") is the building's label, said whole ("uno"), never agreeing with the feminine street word or
            // a verb after it; a lower-case word before the number ("la plaza tiene 1 fuente") still lets it count.
            g = Gender.NEUTRAL;
        }
        if (g != Gender.NEUTRAL && AttributiveAmount.firstSide(ctx.text, end - raw.length()) < end - raw.length()) {
            // Round sixty-six C: the last side of "2x1", "3 x 2" names a promotion's deal (or a size's side), no count of
            // the word after it, so it is said whole: "dos por uno pizzas", "dos por uno martes", never "dos por un"/"por una".
            g = Gender.NEUTRAL;
        }
        if (g == Gender.FEMININE && !whole.equals("1") && MASCULINE_SINGULAR_DETERMINERS.contains(wordBeforeLower)) {
            g = Gender.NEUTRAL; // "el 205 funciona": after "el" a number above one names something (a bus line, a room), and a word in -a after it is no noun it counts
        }
        if (ctx.es() && frac == null && g == Gender.NEUTRAL && whole.length() <= 2 && FEMININE_PLURAL_ARTICLES.contains(wordBefore)) {
            g = Gender.FEMININE; // "entre las 21 y las 22 h": after "las" the number is an hour, or counts a feminine noun ("veintiuna")
        }
        if (ctx.es() && frac == null && g == Gender.NEUTRAL && whole.length() <= 2 && spanishHour(ctx, end - raw.length(), end, whole)) {
            g = Gender.FEMININE; // round twelve: "a la 1", "entre 12 y 1 de la tarde": an hour, "la una"
        }
        if (ctx.es() && frac == null && g == Gender.NEUTRAL && oneCount(whole) && !SINGULAR_DETERMINERS.contains(wordBeforeLower)
                && ctx.at(ELIDED_NOUN_COMPLEMENT, end).lookingAt() && feminineCountedBefore(ctx, end - raw.length())) {
            g = Gender.FEMININE; // round sixty-one B: "2 cajas de tornillos y 1 de arandelas": "una", the counted noun elided
        }
        String words = amount(ctx, whole, frac, g, ctx.grammar.decimalMark(raw));
        if (unit != null && range.lookingAt() && range.group().charAt(0) != ' ' && unit.esOne().equals("hora")
                && timetableLine(ctx, end - raw.length(), whole, range.group().substring(1))) {
            // Round seventeen: "de lunes a viernes, 9–18 h", "Horario: 10-20 h": a dashed span of bare hours with no word
            // before it is a timetable's line, said as round eight C's and round sixteen's spans are, opening with "de"
            // ("de nueve a dieciocho horas", was "nueve a dieciocho horas").
            return "de " + words;
        }
        // "doscientos millones de personas": a round million takes "de" before the noun it counts.
        boolean roundMillions = whole.length() >= 7 && whole.length() <= NumberSpeller.MAX_DIGITS && Long.parseLong(whole) % 1_000_000 == 0;
        return g != Gender.NEUTRAL && roundMillions ? words + " de" : words;
    }

    /**
     * Whether a dashed span of two hours of the day ("9–18") starts a timetable's line: nothing before it but the start,
     * a comma, a colon or a semicolon, or a weekday's name ("sábados 10-14 h"); "tarda 2-3 h", "de 9-14 h" and "entre
     * 2-4 h" have a word that frames them, and one opening a bracket has its "de" from round eight C's bracketed range.
     */
    private static boolean timetableLine(ReadContext ctx, int start, String first, String second) {
        if (first.length() > 2 || second.length() > 2 || Integer.parseInt(first) > 24 || Integer.parseInt(second) > 24) {
            return false;
        }
        int i = start;
        while (i > 0 && (ctx.text.charAt(i - 1) == ' ' || ctx.text.charAt(i - 1) == '\u00A0')) {
            i--;
        }
        if (i == 0 || ",:;".indexOf(ctx.text.charAt(i - 1)) >= 0) {
            return true;
        }
        String before = ctx.previousWord(start).toLowerCase(Locale.ROOT);
        // a weekday's name or its plural ("sábados")
        return DateReader.spanishWeekdayName(before) || before.endsWith("s") && DateReader.spanishWeekdayName(before.substring(0, before.length() - 1));
    }

    /**
     * A number of a Spanish range of numbered places after their plural noun ("los puestos 1-38"), either the first (a dash
     * right after it) or the second (a dash right before it): see {@link TokenScanner#placeRange}.
     */
    private static boolean placeLabel(ReadContext ctx, int start, int end, boolean dashAfter) {
        String t = ctx.text;
        if (dashAfter) {
            return TokenScanner.articledPlaces(t, end);
        }
        if (start == 0 || t.charAt(start - 1) != '-' && t.charAt(start - 1) != '–') {
            return false;
        }
        int dash = start - 1;
        return dash > 0 && TokenScanner.isDigit(t.charAt(dash - 1)) && TokenScanner.articledPlaces(t, dash);
    }

    /** The rest of a Spanish list of small counts after its first: ", 2 o 3", " o 2", ", 2, 3 y 4", ", 2 o 3+" (round eight E). */
    private static final Pattern COUNT_LIST_REST = Pattern.compile("(?:,[ \\u00A0]?\\d{1,3})*,?[ \\u00A0](?:o|y|u|ni)[ \\u00A0]\\d{1,3}\\+?(?![\\d%]|[.,:/]\\d)");

    private static final java.util.Set<String> FEMININE_PLURAL_ARTICLES = java.util.Set.of("las", "unas", "Las");

    /** The part of the day in words after an hour: " de la tarde", " del mediodía". */
    private static final Pattern PART_OF_DAY_AFTER = Pattern.compile("[ \\u00A0]+(?:de[ \\u00A0]+la[ \\u00A0]+(?:mañana|tarde|noche|madrugada)"
            + "|del[ \\u00A0]+mediodía)(?![\\p{L}])");
    /** Words before "la 1" that make it the hour ("a la 1", "desde la 1"); "la 1" alone may be a line or a room ("la uno"). */
    private static final java.util.Set<String> BEFORE_THE_HOUR = java.util.Set.of("a", "desde", "hasta", "entre", "para", "sobre", "hacia", "tras");

    /**
     * Round twelve: an hour of the clock written bare, which is feminine ("la una"): an hour from one to twelve before the
     * part of the day in words ("12 y 1 de la tarde"), or "1" after "la" after a preposition of time ("a la 1", "desde la 1").
     */
    private static boolean spanishHour(ReadContext ctx, int start, int end, String whole) {
        String t = ctx.text;
        if (end + 8 < t.length() && t.charAt(end) == ' ' && t.charAt(end + 1) == 'd') {
            int h = Integer.parseInt(whole);
            if (h >= 1 && h <= 12 && ctx.at(PART_OF_DAY_AFTER, end).lookingAt()) {
                return true;
            }
        }
        if (!whole.equals("1") || start < 5 || !t.startsWith(" la ", start - 4)) {
            return false;
        }
        return BEFORE_THE_HOUR.contains(ctx.previousWord(start - 3).toLowerCase(Locale.ROOT));
    }

    /** Words after which a cardinal names the place in a series of the singular noun after it ("la 21 edición", "su 31 aniversario"). */
    private static final java.util.Set<String> SINGULAR_DETERMINERS = java.util.Set.of("la", "el", "del", "al", "su", "tu", "mi",
            "nuestra", "nuestro", "esta", "este", "esa", "ese", "aquella", "aquel");

    /**
     * Round sixty-one B: "de" and a lower-case word, no month's name, after a bare "1" ("y 1 de arandelas"): the noun the one
     * counts is left out before its complement; "1 de marzo" is a date, "1 de 5" a share.
     */
    private static final Pattern ELIDED_NOUN_COMPLEMENT = Pattern.compile("[ \\u00A0]+de[ \\u00A0]+(?!(?:" + Vocabulary.ES_MONTH_ALT
            + ")(?!\\p{L}))\\p{Ll}{3,}", Pattern.UNICODE_CASE);
    /** A count before its noun: "3 bombonas", "12 cajas"; the digits in group 1, the noun in group 2. */
    private static final Pattern COUNT_BEFORE_NOUN = Pattern.compile("(?<![\\d.,])(\\d+)(?![.,]\\d)[ \\u00A0]+(\\p{Ll}+)");

    /**
     * Whether the last count of a gendered plural noun earlier in the sentence ("Le enviamos 2 cajas de tornillos y 1 de
     * arandelas") counts a feminine one: the bare "1" after it with a "de" complement ({@link #ELIDED_NOUN_COMPLEMENT})
     * counts the same noun left out, so it agrees with it, "una de arandelas", as a speaker says it. Units and words of no
     * known gender ("12 kg") are skipped; with no such count before, "1 de 5 estrellas" stays "uno". Round eighty A: a
     * unit's abbreviation dot in the list ("2 cajas de polos de 24 ud. y 1 de conos") ends no sentence, so the count before
     * it is still found ("una de conos").
     */
    private static boolean feminineCountedBefore(ReadContext ctx, int start) {
        Matcher m = COUNT_BEFORE_NOUN.matcher(ctx.text).region(ctx.sentenceStartPastAbbreviations(start, 200), start);
        Gender last = Gender.NEUTRAL;
        while (m.find()) {
            String noun = m.group(2);
            Gender g = Vocabulary.spanishNounGender(noun);
            // After a count, "de" and a number describe what it counted ("3 botellas de vino de 12 grados"), counting nothing.
            boolean complement = last != Gender.NEUTRAL && ctx.previousWord(m.start()).equals("de");
            if (g != Gender.NEUTRAL && noun.endsWith("s") && !oneCount(m.group(1)) && !complement) {
                last = g;
            }
        }
        return last == Gender.FEMININE;
    }

    /** The last run of digits in a range's or a list's rest ("-250", " a 250", ", 2 o 3+"). */
    private static String lastDigits(String rest) {
        String[] runs = rest.split("\\D+");
        return runs[runs.length - 1];
    }

    /** Whether the digits are one ("1", "01"), the only count a singular noun follows. */
    private static boolean oneCount(String whole) {
        return NumberSpeller.stripLeadingZeros(whole).equals("1");
    }

    /** A Spanish word with no plural ending: every plural ends in "-s" (or is "-x" invariant), and "mil" multiplies. */
    private static boolean singularWord(String word) {
        char last = Character.toLowerCase(word.charAt(word.length() - 1));
        return last != 's' && last != 'x' && !word.equalsIgnoreCase("mil");
    }

    /** Singular masculine determiners: the number after one is a name, and agrees with no feminine word after it. */
    private static final java.util.Set<String> MASCULINE_SINGULAR_DETERMINERS = java.util.Set.of("el", "del", "al", "este", "ese", "aquel");

    /** Words before a year: "en 2021 hubo", "desde 1991 ha", "el año 2001 marcó" (a count of that size is written "2.021"). */
    private static final java.util.Set<String> YEAR_CUES = java.util.Set.of("en", "año", "desde", "hasta", "hacia", "del");

    /** Four digits from 1000 to 2099 after a word that announces a year: a year, which agrees with nothing after it. */
    private static boolean yearAfterPreposition(ReadContext ctx, int start, String whole) {
        return whole.length() == 4 && (whole.charAt(0) == '1' || whole.startsWith("20")) && start > 0 && ctx.text.charAt(start - 1) == ' '
                && YEAR_CUES.contains(ctx.previousWord(start).toLowerCase(Locale.ROOT));
    }

    /** "marzo de 2001 ISO publica": four digits after a month and "de" are its year, which agrees with no noun after it. */
    private static boolean yearOfMonth(ReadContext ctx, int start, String whole) {
        String t = ctx.text;
        int i = ReadContext.spacesStart(t, start);
        if (whole.length() != 4 || i < 2 || !t.regionMatches(true, i - 2, "de", 0, 2) || i > 2 && Character.isLetter(t.charAt(i - 3))) {
            return false;
        }
        return Vocabulary.month(ctx.lang, ctx.previousWord(i - 2)) > 0;
    }

    /** Five digits then a capitalised name, after a comma or at the start of a line: an address's postal code and town. */
    private static boolean postalCodeBeforeTown(ReadContext ctx, int end) {
        String t = ctx.text;
        int start = end - 5;
        int b = ReadContext.spacesStart(t, start);
        boolean afterComma = b == 0 || t.charAt(b - 1) == ',' || t.charAt(b - 1) == '\n';
        boolean townAfter = end + 1 < t.length() && t.charAt(end) == ' ' && Character.isUpperCase(t.charAt(end + 1));
        return townAfter && (afterComma || spanishPostcodeAfterPlaceWord(ctx, start, end));
    }

    /** Words that put a place after them ("el almacén de 28925 Alcorcón", "en 08005 Barcelona", "desde 41005 Sevilla"). */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("de", "en", "desde", "hasta");

    /**
     * Round eighty-two A: in es-ES text a five-digit number after a place's preposition and before a capitalised name is
     * the town's postal code ("sale de nuestro almacén de 41005 Sevilla", "dos ocho cero cero cinco"), dictated as after a
     * comma, when its first two digits are one of Spain's 52 province codes and it is no round thousand (no code ends in
     * "000"). A capitalised plural noun a count names ("más de 12500 Personas", a headline's capitals) is no town: an
     * accented "-és"/"-ás" ends a town's name ("Leganés"), never such a plural.
     */
    private static boolean spanishPostcodeAfterPlaceWord(ReadContext ctx, int start, int end) {
        if (!"ES".equals(ctx.locale.region) || !PLACE_PREPOSITIONS.contains(ctx.previousWord(start).toLowerCase(Locale.ROOT))) {
            return false;
        }
        int code = Integer.parseInt(ctx.text.substring(start, end));
        int province = code / 1000;
        String town = ctx.nextWord(end).toLowerCase(Locale.ROOT);
        return province >= 1 && province <= 52 && code % 1000 != 0
                && !(Vocabulary.spanishPluralNoun(town) && !town.matches(".*[áéíóú]s"));
    }

    /** "código postal", "CP", "C.P." as a word of the text: the noun that names a postal code. */
    private static final Pattern POSTAL_CODE_NOUN = Pattern.compile("(?<![\\p{L}])(?:(?iu:código[ \\u00A0]+postal)|C\\.?P\\.?)(?![\\p{L}])");

    /**
     * Round forty: "diga su código postal, por ejemplo el 28045", "el código postal de entrega; si es el 46021": five
     * digits after "el" in a sentence that has named a postal code are that code, dictated digit by digit as after
     * "código postal" itself (ReferenceReader) and before a town ({@link #postalCodeBeforeTown}), never "veintiocho mil
     * cuarenta y cinco". Without the noun in the sentence ("el 15000 ganador"), or after the code it names ("su código
     * postal es 28045 y el 15000…"), the number keeps its reading.
     */
    private static boolean postalCodeNamedBefore(ReadContext ctx, int start) {
        return ctx.previousWord(start).equalsIgnoreCase("el") && postalCodeNamed(ctx, ctx.sentenceStart(start, 80), start);
    }

    /**
     * "código postal" (or "CP") between {@code from} and {@code start}, no number after it before {@code start}: the next
     * number is the code it names. Round eighty-three A: ReferenceReader's examples ask it too ("marque su código postal,
     * por ejemplo 28931").
     */
    static boolean postalCodeNamed(ReadContext ctx, int from, int start) {
        Matcher noun = POSTAL_CODE_NOUN.matcher(ctx.text).region(from, start);
        int named = -1;
        while (noun.find()) {
            named = noun.end();
        }
        // The code the noun names is the first number after it: "su código postal es 28045 y el 15000 es el premio".
        return named >= 0 && ctx.text.substring(named, start).chars().noneMatch(Character::isDigit);
    }

    /** Integer and fraction digits as words: "dos coma cinco", "point one six six five". */
    static String amount(ReadContext ctx, String whole, String frac, Gender gender) {
        return amount(ctx, whole, frac, gender, ctx.grammar.style.decimal());
    }

    /** As above, with the decimal mark as written: Spanish says the mark it sees, "punto" or "coma". */
    static String amount(ReadContext ctx, String whole, String frac, Gender gender, char decimalMark) {
        NumberSpeller sp = ctx.speller;
        String intWords;
        if (whole.isEmpty()) {
            intWords = ctx.es() ? "cero" : "";
        } else {
            intWords = sp.cardinal(whole, frac == null ? gender : Gender.NEUTRAL);
        }
        if (frac == null || frac.isEmpty()) {
            return intWords;
        }
        // Where Spanish writes a decimal point (es-MX) it is also said "punto".
        String mark = !ctx.es() ? "point" : decimalMark == '.' ? "punto" : "coma";
        return (intWords.isEmpty() ? "" : intWords + " ") + mark + " " + sp.fraction(frac);
    }

    /** Words before a version family ("versiones 2.x y 0.9x", "Links 0.9x"): there "x" is the wildcard, said as the letter. */
    private static final java.util.Set<String> VERSION_WORDS = java.util.Set.of("version", "versions", "release", "releases", "series",
            "versión", "versiones", "serie", "y", "and", "or", "o", "v");

    /** "1.5x": one decimal ("1.5", not "2.6.x" nor "1.x") glued to "x", after a lower-case word that names no version. */
    private static boolean timesAfterDecimal(ReadContext ctx, int pos, Matcher wildcard) {
        String frac = wildcard.group(2);
        // "failed 3x", "10x faster" (round seven D): a whole count glued to "x" multiplies as a decimal does.
        if (!wildcard.group(3).isEmpty() || frac.length() == 1 || frac.length() > 3 || frac.indexOf('.', 1) > 0 || wildcard.group(1).length() > 2) {
            return false;
        }
        String before = ctx.previousWord(pos);
        return !before.isEmpty() && Character.isLowerCase(before.charAt(0)) && !VERSION_WORDS.contains(before)
                && pos > 0 && ctx.text.charAt(pos - 1) == ' ';
    }

    private static String unitAmount(ReadContext ctx, String whole, String frac, char mark, Units.Unit unit) {
        boolean one = frac == null && NumberSpeller.stripLeadingZeros(whole).equals("1");
        if (ctx.es()) {
            boolean percent = unit.esOne().startsWith("por ");
            Gender g = percent ? Gender.NEUTRAL : unit.esFeminine() ? Gender.FEMININE : Gender.MASCULINE;
            return amount(ctx, whole, frac, g, mark) + " " + (one ? unit.esOne() : unit.esMany());
        }
        return amount(ctx, whole, frac, Gender.NEUTRAL, mark) + " " + (one ? Units.spelling(ctx, unit.enOne()) : Units.spelling(ctx, unit.enMany()));
    }

    /** An asterisk after a rating's number, a space, a punctuation mark or the text's end after it ("4*,", "5* de"). */
    private static final Pattern STAR_AFTER_RATING = Pattern.compile("\\*(?![\\p{L}\\d*#_])");

    /**
     * Round seventy-eight R: Spanish star ratings written with an asterisk after one digit, one to five ("hotel 4*", "un
     * concurso CSIO 5*"), are the stars, "cuatro estrellas", "una estrella"; in a sentence that keys something ("marque
     * 4*", "pulse 1 y luego 5*") the asterisk is the keypad's star and is left to the keypad readers.
     */
    private static int starRating(ReadContext ctx, int pos, String whole, int end) {
        if (!ctx.es() || whole.length() != 1 || whole.charAt(0) < '1' || whole.charAt(0) > '5' || !ctx.at(STAR_AFTER_RATING, end).lookingAt()) {
            return -1;
        }
        if (ctx.anyWord(ctx.sentenceStart(pos, 80), pos, TokenScanner::keypadWord)) {
            return -1;
        }
        String next = end + 1 < ctx.text.length() && ctx.text.charAt(end + 1) == ' ' ? ctx.nextWord(end + 1) : "";
        if (!next.isEmpty() && Character.isLowerCase(next.charAt(0)) && !NOT_A_NOUN.contains(next)) {
            return -1; // "válida 3* días": a footnote's mark before the noun it counts; a rating follows its noun ("hotel 4* de")
        }
        int stars = whole.charAt(0) - '0';
        ctx.append(ctx.speller.cardinal(stars, Gender.FEMININE)).append(stars == 1 ? " estrella" : " estrellas");
        return end + 1;
    }

    private int ordinal(ReadContext ctx, int pos, String whole, int end) {
        if (whole.length() > NumberSpeller.MAX_DIGITS || whole.charAt(0) == '0') {
            return -1;
        }
        long n = Long.parseLong(whole);
        if (ctx.es()) {
            Matcher o = ctx.at(ES_ORDINAL, end);
            if (!o.lookingAt()) {
                o = ctx.at(FLOOR_BEFORE_FLAT, end);
                if (!o.lookingAt() || !HOUSE_NUMBER_BEFORE.matcher(ctx.text.substring(Math.max(0, pos - 40), pos)).find()) {
                    return -1;
                }
            }
            String marker = o.group().endsWith(".") ? o.group().substring(0, o.group().length() - 1) : o.group(); // Mexican "2o. piso"
            boolean feminine = marker.endsWith("ª") || marker.endsWith("a") || marker.endsWith("ᵃ");
            boolean apocope = marker.endsWith("ᵉʳ") || marker.endsWith("er")
                    || !feminine && (n % 10 == 1 || n % 10 == 3) && n % 100 != 11 && beforeMasculineNoun(ctx, o.end());
            ctx.append(ctx.speller.ordinal(n, feminine, apocope));
            return o.end();
        }
        Matcher o = ctx.at(EN_ORDINAL, end);
        if (!o.lookingAt()) {
            return -1;
        }
        String suffix = o.group(1).toLowerCase(Locale.ROOT);
        if (o.group(1).equals("st") && (suffix.equals(englishSuffix(n)) ? Units.poundsAfter(ctx.text, o.end()) : Units.stones(ctx, pos, o.end()))) {
            // Round fifty-seven: "11st 2lb", "a limit of 17st": the stone glued to its number, as British weights are written;
            // a true ordinal's "st" ("the 21st") is the stone only with pounds after it ("21st 4lb").
            ctx.append(unitAmount(ctx, whole, null, ctx.grammar.style.decimal(), Units.STONE));
            return o.end();
        }
        if (!suffix.equals(englishSuffix(n))) {
            ctx.append(ctx.speller.cardinal(n, Gender.NEUTRAL)).append(' ').append(o.group(1)); // "4rd": not an ordinal
        } else {
            ctx.append(ctx.speller.ordinal(n, false, false));
        }
        return o.end();
    }

    /**
     * Words after a masculine ordinal that are no noun it qualifies: "el 1.º de mayo", "llévate el 3.º al 50 %", "3.º izq.",
     * "quedó 1.º en la carrera". Before any other lower-case word (a noun: "3.º piso", "1.º año", "21.º lugar") "primero"
     * and "tercero" lose their final "o", as Spanish requires: "tercer piso", "vigésimo primer aniversario".
     */
    private static final java.util.Set<String> NOT_A_NOUN = java.util.Set.of("de", "del", "al", "a", "y", "e", "o", "u", "en", "con",
            "por", "para", "que", "es", "fue", "era", "será", "son", "se", "lo", "la", "el", "los", "las", "un", "una", "sin", "tras",
            "izq", "izqda", "izda", "izquierda", "dcha", "dcho", "der", "derecha", "derecho", "ctro", "centro", "int", "interior",
            "ext", "exterior", "pta", "puerta", "ni", "pero", "como", "ya", "no", "sí", "más", "también", "hoy", "mañana",
            // Round forty-four: an ordinal standing alone before an adjective or a verb names no noun either ("lleve 2 y el
            // 3.º gratis", "el 1.º recibe una parrilla"), so it keeps "tercero"/"primero".
            "gratis", "gratuito", "incluido", "recibe", "gana", "obtiene", "lleva", "llega", "paga", "queda", "sale");

    private static boolean beforeMasculineNoun(ReadContext ctx, int end) {
        if (end >= ctx.text.length() || ctx.text.charAt(end) != ' ') {
            return false; // "3.º," "1.º." : nothing follows it
        }
        String word = ctx.nextWord(end);
        // An adverb in -mente ("el 3.º totalmente gratis") qualifies no noun either (round forty-four).
        return word.length() >= 2 && Character.isLowerCase(word.charAt(0)) && !NOT_A_NOUN.contains(word) && !word.endsWith("mente");
    }

    /**
     * Words next to "4K" that make it a resolution: "4K TV", "8K video", "televisor 4K", a screen's technology ("4K OLED
     * TV", round eight D); also "in 4K" at a phrase's end.
     */
    private static final java.util.Set<String> RESOLUTION_NEXT = java.util.Set.of("tv", "tvs", "uhd", "hdr", "ultra", "video", "videos",
            "resolution", "display", "displays", "monitor", "monitors", "screen", "screens", "streaming", "camera", "cameras",
            "projector", "content", "movies", "footage", "quality", "televisor", "televisión", "pantalla", "resolución", "cámara",
            "oled", "qled", "led", "lcd", "inch", "pulgadas");

    /**
     * Devices sold by the resolution they play or film (round twenty-three), right before or after "4K" or ending a
     * product's name: "Tu decodificador 4K", "the player 4K", "Your StreamBox 4K". Only next to it: "the player 4K
     * dollars" has a currency, and a device a few words back names nothing about a later "4K".
     */
    private static final java.util.Set<String> RESOLUTION_DEVICES = java.util.Set.of("decodificador", "deco", "reproductor",
            "receptor", "consola", "proyector", "decoder", "receiver", "player", "console", "box", "stick", "streamer", "cam", "webcam",
            // Round seventy-one D: Spain's spelling of the set-top box ("su descodificador 4K"), the singular screens a "4K"
            // names over a word of their kind ("4K action camera", resolution), and a model sold by it ("un modelo 4K",
            // "the 4K model"): a model's "4K" is its resolution or its name's letter, said "cuatro K" either way.
            "descodificador", "camera", "monitor", "projector", "tv", "display", "screen", "modelo", "model");

    /**
     * Round thirty-five: words that end "in 4K" as a phrase, as its end of sentence does ("en 4K y 4 pantallas", "in 4K
     * with HDR"); "en 4K usuarios" would go on to a noun and counts.
     */
    private static final java.util.Set<String> PHRASE_JOINS = java.util.Set.of("y", "o", "sin", "con", "por", "para", "desde", "and", "or",
            "with", "without", "for", "from");

    private static boolean resolution(ReadContext ctx, int pos, int end) {
        String next = ctx.nextWord(end).toLowerCase(Locale.ROOT);
        if (RESOLUTION_NEXT.contains(next) || RESOLUTION_DEVICES.contains(next)) {
            return true;
        }
        int afterNext = ReadContext.lettersEnd(ctx.text, ReadContext.blanksEnd(ctx.text, end));
        if (next.length() >= 3 && !PHRASE_JOINS.contains(next) && !next.equals("per") && afterNext < ctx.text.length()
                && ctx.text.charAt(afterNext) == ' ' && RESOLUTION_DEVICES.contains(ctx.nextWord(afterNext).toLowerCase(Locale.ROOT))) {
            // Round seventy-one D: a device one word of its kind after ("our 4K satellite receiver", "the 4K action camera"):
            // a singular device, which a count of thousands never takes; "4K extra TVs", "4K to box office" keep theirs.
            return true;
        }
        int after = ReadContext.spacesEnd(ctx.text, end);
        if (Currencies.wordOrCode(next) || after < ctx.text.length() && Character.getType(ctx.text.charAt(after)) == Character.CURRENCY_SYMBOL) {
            // "4K €", "4K euros", "4K USD": thousands of a currency (its name or code as Currencies lists them, or its
            // symbol), however a device was named before
            return false;
        }
        String name = ctx.previousWord(pos);
        String before = name.toLowerCase(Locale.ROOT);
        int tail = name.length() - 1;
        while (tail > 0 && !(Character.isUpperCase(name.charAt(tail)) && Character.isLowerCase(name.charAt(tail - 1)))) {
            tail--;
        }
        if (RESOLUTION_DEVICES.contains(before) || tail > 0 && RESOLUTION_DEVICES.contains(name.substring(tail).toLowerCase(Locale.ROOT))) {
            return true; // "Your StreamBox 4K", "the ClearCam 4K": a product named by its device, the device's resolution
        }
        int mark = pos - 1;
        while (mark > 0 && ctx.text.charAt(mark) == ' ') {
            mark--;
        }
        if (mark > 0 && mark < pos - 1 && (ctx.text.charAt(mark) == '"' || ctx.text.charAt(mark) == '\u2033') && Character.isDigit(ctx.text.charAt(mark - 1))) {
            return true; // "55\" 4K", "27\" 4K monitor" (round eight D): a size in inches before it is a screen's
        }
        if (RESOLUTION_NEXT.contains(before) || (before.equals("in") || before.equals("en")) && (next.isEmpty() || PHRASE_JOINS.contains(next))) {
            return true; // "televisor 4K"; round thirty-five: "plan Premium en 4K y 4 pantallas", "en 4K sin costo extra"
        }
        // "televisor de 65\" 4K", "a 55-inch 4K" (round seven B): the screen named a few words before, its size between.
        for (String w : ctx.text.substring(Math.max(0, pos - 30), pos).split("[^\\p{L}]+")) {
            if (RESOLUTION_NEXT.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static String englishSuffix(long n) {
        long lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return "th";
        }
        return switch ((int) (n % 10)) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** An English ordinal ending written on a denominator: "1/3rd", "3/4ths". */
    private static final Pattern DENOMINATOR_SUFFIX = Pattern.compile("(?i:st|nd|rd|th)s?(?![\\p{L}\\d])");

    /**
     * A number inside a code is not the numerator of a fraction: "31/31/100", "123/261788/2021" (slash-separated
     * parts) and "MIG-25/235212" (a number glued to a code's letters by a hyphen) are read part by part.
     */
    private static boolean partOfCode(String t, int pos) {
        if (pos < 2) {
            return false;
        }
        char before = t.charAt(pos - 1);
        return before == '/' && TokenScanner.isDigit(t.charAt(pos - 2)) || before == '-' && Character.isLetter(t.charAt(pos - 2));
    }

    /**
     * A law's or a decree's number and year ("Ley 7/1985", "Real Decreto 1393/2007", "decreto reglamentario 379/93"):
     * no fraction, the two numbers said one after the other, as the real sentences read them.
     */
    private static final Pattern LEGAL_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(ley|leyes|decreto|decreto-ley|orden|resolución|directiva"
            + "|reglamento|circular|sentencia|expediente|instrucción)(?:[ \\u00A0]+\\p{Ll}+)?[ \\u00A0]+(?:n\\.?º[ \\u00A0]?)?$");

    /** A year and the next one's last two digits: "2019/20", "1999/00". */
    private static boolean season(String whole, String den) {
        if (whole.length() != 4 || whole.charAt(0) != '1' && whole.charAt(0) != '2') {
            return false;
        }
        int y = Integer.parseInt(whole);
        return den.length() == 2 && Integer.parseInt(den) == (y + 1) % 100; // "2006/2007" is read by FractionReader
    }

    private static boolean legalNumber(ReadContext ctx, int pos, String den) {
        Matcher m = ctx.es() ? LEGAL_BEFORE.matcher(ctx.text.substring(Math.max(0, pos - 48), pos)) : null;
        // Round seventy A: a file's number over its full year ("el expediente 52.806/2024", its thousands set apart) is a
        // document's number, said with "barra" as "el expte. 88/2026" and "expediente 3321/2025" are, never the pause a
        // law's number takes ("treinta y siete mil…, dos mil veinticinco" dropped the slash).
        return m != null && m.find() && !(den.length() == 4 && m.group(1).equalsIgnoreCase("expediente"));
    }

    /** A '"' right after a number, not followed by a letter or digit, with no quotation left open before it. */
    static boolean inchMark(String t, int pos, int end) {
        if (end < t.length() && t.charAt(end) == '\u2033') {
            // Round eighty-three B: the double prime "″" is the inch's own sign and never closes a quotation.
            return end + 1 == t.length() || !Character.isLetterOrDigit(t.charAt(end + 1));
        }
        if (end >= t.length() || t.charAt(end) != '"' || end + 1 < t.length() && Character.isLetterOrDigit(t.charAt(end + 1))) {
            return false;
        }
        boolean open = false;
        for (int i = 0; i < pos; i++) {
            if (t.charAt(i) != '"') {
                continue;
            }
            // An earlier inch mark ("mide 84\" … al menos 36\"") opens no quotation: a '"' after a digit while no
            // quotation is open, with no word glued after it, is one; any other '"' opens or closes a quotation.
            boolean inch = !open && i > 0 && isDigitChar(t.charAt(i - 1)) && (i + 1 == t.length() || !Character.isLetterOrDigit(t.charAt(i + 1)));
            if (!inch) {
                open = !open;
            }
        }
        return !open;
    }

    private static boolean isDigitChar(char c) {
        return c >= '0' && c <= '9';
    }

    /** Words before "3/12" that make it one instalment of a plan rather than a fraction. */
    private static final java.util.Set<String> INSTALMENT_WORDS = java.util.Set.of("cuota", "mensualidad", "plazo", "pago", "recibo",
            "payment", "installment", "instalment");

    /** A tyre's rim after its width and aspect ratio: "205/55 R16", "225/40ZR18". */
    private static final Pattern TYRE_RIM = Pattern.compile("[ \\u00A0]?(Z?R)[ \\u00A0]?(\\d{2})(?![\\d\\p{L}])");
    /** A code of capitals after a number over another, the capital followed by a capital or a digit: "175/65 R14", "12/55 TX". */
    private static final Pattern CODE_AFTER = Pattern.compile(" \\p{Lu}[\\p{Lu}\\d]");

    /**
     * Round ten: "205/55 R16" is a tyre's width in millimetres over its aspect ratio, then its rim in inches, never
     * "cincuentaicincoavos". Spanish says it as written, "doscientos cinco barra cincuenta y cinco R dieciséis"; an American
     * or British tyre shop says the width in pairs and no slash, "two oh five fifty five R sixteen", as it says the size on
     * the phone and on the sidewall. More generally a number over one that is no denominator a fraction is spoken with (a
     * two-digit one other than ten, twelve, sixteen, thirty-two, sixty-four) before a code of capitals is a size or a
     * label, the slash said ("barra", "slash"). -1 when neither.
     */
    private static int tyreOrCode(ReadContext ctx, String whole, String den, int end) {
        if (den.length() != 2 || whole.length() > 3 || java.util.Set.of("10", "12", "16", "32", "64").contains(den)) {
            return -1;
        }
        Matcher rim = ctx.at(TYRE_RIM, end);
        if (whole.length() == 3 && rim.lookingAt()) {
            String width = ctx.es() ? ctx.speller.cardinal(whole, Gender.NEUTRAL) : UsAddresses.inPairs(ctx.speller, Integer.parseInt(whole));
            ctx.append(width).append(ctx.es() ? " barra " : " ").append(ctx.speller.cardinal(den, Gender.NEUTRAL)).append(' ')
                    .append(String.join(" ", rim.group(1).split(""))).append(' ').append(ctx.speller.cardinal(rim.group(2), Gender.NEUTRAL));
            return rim.end();
        }
        if (ctx.at(CODE_AFTER, end).lookingAt()) {
            ctx.append(ctx.speller.cardinal(whole, Gender.NEUTRAL)).append(ctx.es() ? " barra " : " slash ").append(ctx.speller.cardinal(den, Gender.NEUTRAL));
            return end;
        }
        return -1;
    }

    /**
     * Round fifty-seven: three numbers or more of one to three digits joined by slashes ("6/14/6", "4/12/4/12"), with no
     * year of two digits last (a date, "4/5/27", which DateReader reads before this), nothing glued before or after: a
     * build-up's layers (double glazing's pane, gap and pane in millimetres) or a list of sizes, each number said in
     * turn with no "barra", never a number and then a fraction ("seis/catorce sextos"). A year of four digits makes no
     * such run ("4/5/2027" is a date).
     */
    private static final Pattern SLASHED_NUMBER_RUN = Pattern.compile("(?<![\\p{L}\\d/.,])(\\d{1,3}(?:/\\d{1,3}){2,})(?![\\p{L}\\d/]|[.,]\\d)");

    /** {@link #SLASHED_NUMBER_RUN} at {@code pos} read number by number (Spanish); -1 when none or its last part is a year's two digits. */
    private static int slashedNumberRun(ReadContext ctx, int pos) {
        Matcher run = ctx.es() ? ctx.at(SLASHED_NUMBER_RUN, pos) : null;
        if (run == null || !run.lookingAt()) {
            return -1;
        }
        String[] parts = run.group(1).split("/");
        if (parts.length == 3 && parts[2].length() == 2) {
            return -1; // "4/5/27": a date's year of two digits
        }
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            sb.append(sb.length() > 0 ? " " : "").append(ctx.speller.cardinal(part, Gender.NEUTRAL));
        }
        ctx.append(sb.toString());
        return run.end();
    }

    /**
     * An English fraction in a compound adjective, its denominator singular ("three quarter", "five eighth"); after
     * "a"/"an" one half and one quarter are "half", "quarter" ("a quarter inch", never "a one quarter"), and one half is
     * "half" with no article too. {@code before} is the word before the fraction, in lower case.
     */
    private static String attributiveFraction(ReadContext ctx, String whole, int d, String before) {
        String denWord = d == 2 ? "half" : d == 4 ? "quarter" : ctx.speller.ordinal(d, false, false);
        boolean single = whole.equals("1") && (d == 2 || d == 4 && (before.equals("a") || before.equals("an")));
        return single ? denWord : ctx.speller.cardinal(whole, Gender.NEUTRAL) + " " + denWord;
    }

    private int fraction(ReadContext ctx, int pos, String whole, int end, String prefix) {
        int run = prefix.isEmpty() ? slashedNumberRun(ctx, pos) : -1;
        if (run > 0) {
            return run;
        }
        Matcher f = ctx.at(FRACTION, end);
        if (!f.lookingAt() || ctx.lang == Lang.EN && partOfCode(ctx.text, pos)) {
            return -1;
        }
        String den = f.group(1).replace(".", "").replace(",", "");
        int code = f.end() < ctx.text.length() && (ctx.text.charAt(f.end()) == ' ' || ctx.text.charAt(f.end()) == 'R' || ctx.text.charAt(f.end()) == 'Z') ? tyreOrCode(ctx, whole, den, f.end()) : -1;
        if (code > 0) {
            return code;
        }
        if (prefix.isEmpty() && whole.length() <= 2 && den.length() <= 2 && Integer.parseInt(den) == Integer.parseInt(whole) + 1
                && (ctx.previousWord(pos).equals("Year") || ctx.previousWord(pos).equals("Years"))) {
            // "a Year 5/6 coding club" (round ten): two school years taught together, "Year five and six", no fraction
            ctx.append(ctx.speller.cardinal(whole, Gender.NEUTRAL)).append(ctx.es() ? " y " : " and ").append(ctx.speller.cardinal(den, Gender.NEUTRAL));
            return f.end();
        }
        if (prefix.isEmpty() && season(whole, den)) {
            // "temporada 2019/20", "campaña 2006/2007": a season of two years, no fraction.
            ctx.append(ctx.speller.cardinal(whole, Gender.NEUTRAL)).append('-').append(ctx.speller.cardinal(NumberSpeller.stripLeadingZeros(den).isEmpty()
                    ? "0" : NumberSpeller.stripLeadingZeros(den), Gender.NEUTRAL));
            return f.end();
        }
        if (prefix.isEmpty() && legalNumber(ctx, pos, den) && (den.length() == 2 || den.length() == 4)) {
            ctx.append(ctx.speller.cardinal(whole, Gender.NEUTRAL)).append(", ").append(ctx.speller.cardinal(den, Gender.NEUTRAL));
            return f.end();
        }
        if (prefix.isEmpty() && ReferenceReader.yearShaped(den) && !den.endsWith("00") && !ReferenceReader.yearShaped(whole)) {
            // "Aviso 23/2026", "el expte. 45/2026", "la causa 312/2025" (round eight): a document's number over its year,
            // the slash said as written ("barra", "slash"), never a fraction's "sobre"; a law's keeps the reading above, and
            // a round denominator ("1/2000") is a fraction.
            ctx.append(ctx.speller.cardinal(whole, Gender.NEUTRAL)).append(ctx.es() ? " barra " : " slash ")
                    .append(ctx.speller.year(Integer.parseInt(den)));
            return f.end();
        }
        if (prefix.isEmpty() && ReferenceReader.yearShaped(whole) && den.length() == 2 && Integer.parseInt(den) >= 1 && Integer.parseInt(den) <= 12) {
            // "the 2025/12 statement" (round eight): a year and a month, never "twelfths"; said as written.
            ctx.append(ctx.speller.year(Integer.parseInt(whole))).append(ctx.es() ? " barra " : " slash ")
                    .append(ctx.speller.cardinal(NumberSpeller.stripLeadingZeros(den), Gender.NEUTRAL));
            return f.end();
        }
        String before = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
        if (INSTALMENT_WORDS.contains(before) && prefix.isEmpty() && den.length() <= 3 && whole.length() <= 3 && Integer.parseInt(den) >= Integer.parseInt(whole)) {
            // "la cuota 3/12", "payment 2/6": one instalment of a plan, "tres de doce", "two of six".
            ctx.append(ctx.speller.cardinal(whole, Gender.FEMININE)).append(ctx.es() ? " de " : " of ").append(ctx.speller.cardinal(den, Gender.FEMININE));
            return f.end();
        }
        String spoken = FractionReader.speak(ctx, whole, den);
        if (spoken == null) {
            return -1;
        }
        int d = den.length() <= 2 ? Integer.parseInt(den) : 0;
        // Round fifty-nine B: the inch mark glued after a fraction ("una llave de 3/4\"", "a 5/8\" wrench") is the inch as
        // after a whole number, "tres cuartos de pulgada", "three quarters of an inch"; before the noun it describes, as
        // "3/4-in." is, "a five eighth inch wrench". A '"' closing a quotation ("dijo \"1/2\"") is no inch (inchMark).
        boolean inches = prefix.isEmpty() && inchMark(ctx.text, pos, f.end());
        if (inches && ctx.lang == Lang.EN && whole.length() == 1 && d >= 2 && d <= 16 && AttributiveAmount.describesNoun(ctx, pos, f.end() + 1)) {
            ctx.append(attributiveFraction(ctx, whole, d, before)).append(" inch");
            return f.end() + 1;
        }
        Matcher u = ctx.at(UNIT_AFTER, f.end());
        Units.Unit unit = inches ? Units.find("in.")
                : u.lookingAt() && (u.group().startsWith(" ") || u.group().startsWith("\u00A0")) ? Units.find(u.group(1)) : null;
        if (unit != null && !unit.esOne().startsWith("por ")) {
            // "1/2 kg" → "medio kilogramo", "3/4 l" → "tres cuartos de litro", "1/2 lb" → "half a pound".
            boolean half = whole.equals("1") && den.equals("2");
            int unitEnd = inches ? f.end() + 1 : TokenScanner.pastSymbolDot(ctx.text, u.end());
            if (!inches && ctx.lang == Lang.EN && unit.enOne().equals("inch") && prefix.isEmpty() && whole.length() == 1 && d >= 2 && d <= 16
                    && AttributiveAmount.measureBeforeSingularNoun(ctx, unitEnd)) {
                // Round eighty-two B: "the 1/2 in. drain slope", "a 3/4 in. pipe": a fraction and the inch's symbol, spaced,
                // before the noun they size are one compound adjective as the hyphenated "3/4-in. pipe" is ("the half inch
                // drain slope", "a three quarter inch pipe"); "cut 3/4 in. off" keeps "three quarters of an inch".
                ctx.append(attributiveFraction(ctx, whole, d, before)).append(' ').append(Units.spelling(ctx, unit.enOne()));
                return unitEnd;
            }
            if (ctx.es()) {
                ctx.append(prefix).append(half ? (unit.esFeminine() ? "media " : "medio ") : spoken + " de ").append(unit.esOne());
            } else {
                String name = Units.spelling(ctx, unit.enOne());
                ctx.append(prefix).append(half ? "half " : spoken + " of ").append(Units.article(name)).append(' ').append(name);
            }
            return unitEnd;
        }
        String half = whole.equals("1") && den.equals("2") ? FractionReader.halfBeforeNoun(ctx, f.end()) : null;
        String next = f.end() < ctx.text.length() && ctx.text.charAt(f.end()) == ' ' ? ctx.nextWord(f.end()).toLowerCase(Locale.ROOT) : "";
        if (ctx.es() && half == null && d >= 3 && d <= 10 && whole.length() <= 2 && (next.equals("partes") || next.equals("parte"))) {
            // "las 3/4 partes", "1/3 parte": the denominator agrees with "parte", "tres cuartas partes", "una tercera parte".
            String ordinal = ctx.speller.ordinal(d, true, false);
            ctx.append(prefix).append(ctx.speller.cardinal(whole, Gender.FEMININE)).append(' ').append(whole.equals("1") ? ordinal : ordinal + "s");
            return f.end();
        }
        Matcher sized = ctx.lang == Lang.EN && prefix.isEmpty() && whole.length() == 1 && d >= 2 && d <= 16 && Integer.parseInt(whole) <= d
                && !DateReader.DATE_PREPOSITIONS.contains(before) ? ctx.at(SIZED_THING_AFTER, f.end()) : null;
        // Round seventy-nine B: the size word may come before the fraction too ("switch to a full-size 4/4", "size 1/2"), the
        // fraction then naming the size itself; "size 3/4 of…" is a share and keeps its reading.
        boolean sizeBefore = sized != null && before.equals("size") && !next.equals("of");
        if (sized != null && (sized.lookingAt() || sizeBefore)) {
            // Round forty-six: a string instrument's size ("1/2-size violin", "a 3/4 cello", "4/4 size") is said as a string
            // player says it, the fraction attributive with its denominator singular ("half size", "three quarter cello")
            // and the full size as a time signature is ("four four size"); "on 4/4" (a date) and "3/4 of" keep theirs.
            int n = Integer.parseInt(whole);
            String denWord = d == 2 ? "half" : d == 4 ? "quarter" : ctx.speller.ordinal(d, false, false);
            ctx.append(n == d ? ctx.speller.cardinal(whole, Gender.NEUTRAL) + " " + ctx.speller.cardinal(den, Gender.NEUTRAL)
                    : n == 1 ? denWord : ctx.speller.cardinal(whole, Gender.NEUTRAL) + " " + denWord);
            if (sized.lookingAt() && ctx.text.charAt(f.end()) == '-') {
                ctx.append(' ').append(sized.group(1)); // "3/4-size": the hyphen joins the compound, said as a space
                return sized.end();
            }
            return f.end();
        }
        boolean hyphen = ctx.lang == Lang.EN && prefix.isEmpty() && f.end() < ctx.text.length() && ctx.text.charAt(f.end()) == '-';
        Matcher compound = hyphen ? ctx.at(HYPHEN_WORD, f.end()) : null;
        // "3/4-in. plywood", "1/2-in. pipe" (round twenty B): a unit's symbol in the compound adjective, as "a 65-in. TV".
        Matcher symbol = hyphen && !compound.lookingAt() ? ctx.at(HYPHEN_UNIT, f.end()) : null;
        Units.Unit symbolUnit = symbol != null && symbol.lookingAt() ? Units.find(symbol.group(1)) : null;
        if ((compound != null && compound.lookingAt() || symbolUnit != null && !symbolUnit.enOne().equals("percent"))
                && whole.length() == 1 && d >= 2 && d <= 16) {
            // "a 3/4-inch gas line", "a 1/2-mile walk": a fraction in a compound adjective keeps its denominator singular,
            // no hyphen ("three quarter inch", "half mile"), as "a 10-kg bag" keeps its unit.
            // Round forty-eight: after "a"/"an" one quarter is "a quarter inch" as one half is "a half inch" (style page's
            // fractions), never "a one quarter inch"; with no article ("1/4-inch bolts") the number stays.
            ctx.append(attributiveFraction(ctx, whole, d, before))
                    .append(' ').append(symbolUnit != null ? Units.spelling(ctx, symbolUnit.enOne()) : compound.group(1));
            return symbolUnit != null ? symbol.end() : compound.end();
        }
        if (half == null && prefix.isEmpty()) {
            half = FractionReader.unitFractionBeforeWord(ctx, pos, whole, den, f.end());
        }
        ctx.append(prefix).append(half != null ? half : spoken);
        Matcher suffix = ctx.lang == Lang.EN ? ctx.at(DENOMINATOR_SUFFIX, f.end()) : null;
        return suffix != null && suffix.lookingAt() ? suffix.end() : f.end();
    }

    /**
     * Two sides in one unit with "by" between ("ten feet by twelve feet"), each in the singular when it is one or when
     * the dimension describes the noun after it ("a twenty four inch by thirty five inch space").
     */
    private static void sidesBy(ReadContext ctx, String a, String b, String one, String many, boolean describes) {
        ctx.append(ctx.speller.cardinal(a, Gender.NEUTRAL)).append(a.equals("1") || describes ? one : many).append(" by ")
                .append(ctx.speller.cardinal(b, Gender.NEUTRAL)).append(b.equals("1") || describes ? one : many);
    }

    /**
     * Round forty-six: "-size", " size", " cello": after a fraction the word of a string instrument's size or the
     * instrument itself, so the fraction names its size ("3/4-size", "a 1/2 violin").
     */
    private static final Pattern SIZED_THING_AFTER = Pattern.compile("[- \\u00A0](size|sized|violins?|violas?|cellos?|guitars?|basses|bass)"
            + "(?![\\p{L}\\d'’-])");

    /** "-inch gas line": a hyphen, then a lower-case word and a noun after it. */
    private static final Pattern HYPHEN_WORD = Pattern.compile("-(\\p{Ll}{2,12})(?=[ \\u00A0]\\p{Ll})");

    /** A number's words in the plural: "fours", "sixes", "twenties" (also a code's number, "P sixties": TokenScanner). */
    static String pluralNumber(String words) {
        return words.endsWith("y") ? words.substring(0, words.length() - 1) + "ies" : words.endsWith("x") ? words + "es" : words + "s";
    }

    /**
     * The number at {@code pos} is the second side of a size glued to its first, both of one or two digits up to twelve,
     * as sawn timber is named ("2x4", "4x4", "2x12"); "3x30s" (thirty seconds) is no such size.
     */
    private static boolean lumberSide(String t, int pos, String whole) {
        if (pos < 2 || t.charAt(pos - 1) != 'x' && t.charAt(pos - 1) != '×' || whole.length() > 2 || Integer.parseInt(whole) > 12) {
            return false;
        }
        int start = TokenScanner.digitsStart(t, pos - 1);
        return start < pos - 1 && pos - 1 - start <= 2 && Integer.parseInt(t.substring(start, pos - 1)) <= 12
                && (start == 0 || !Character.isLetterOrDigit(t.charAt(start - 1)));
    }

    /** "1980s" → "nineteen eighties", "80's" → "eighties". */
    private static String decade(ReadContext ctx, String whole) {
        String words = whole.length() == 4 ? ctx.speller.year(Integer.parseInt(whole)) : ctx.speller.cardinal(whole, Gender.NEUTRAL);
        if (words.endsWith("y")) {
            return words.substring(0, words.length() - 1) + "ies";
        }
        return words + "s";
    }
}
