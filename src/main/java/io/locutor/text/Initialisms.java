package io.locutor.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Capital letters a caller hears spelt or said, one convention for every place they occur (call-script round five).
 *
 * <p><b>Letters of a code</b> ("AV-20931", "EXP-48213", "MX123456789"): a caller writes them down, so they are spelt
 * ("A V", "E X P") unless Spanish can say them as a word by the syllable rule of e-mail parts ("AVE", "POL"), or, in
 * English, they are one of the initialisms said as words below.
 *
 * <p><b>English initialisms</b> ("MOT", "SMS", "VAT", "ID", "ATM", "APR", "IP"): an all-capital word of two to four
 * letters is spelt ("M O T"), as callers say them, except a short documented list said as words ({@link #EN_SAID_AS_WORDS}:
 * "PIN", "NASA", "IBAN"…) and ordinary English words written in capitals for a keyword or emphasis ("Text HELP",
 * "JOIN", "STOP", "FREE"; {@link #EN_CAPITALISED_WORDS}). Spanish text keeps its acronyms as written ("DNI", "IVA",
 * "SAT"): the Spanish call scripts read them so, and the voice says them as Spanish does.
 *
 * <p><b>Time zones after a time</b> (English): "5 PM ET" → "Eastern Time", "PT", "CT", "MT", "EST"…, "BST", "CET";
 * "GMT" and "UTC" are spelt, as everyone says them.
 */
final class Initialisms {
    private Initialisms() {
    }

    /** Said as words, not spelt (a documented list; add to it rather than guess). */
    static final Set<String> EN_SAID_AS_WORDS = Set.of("PIN", "NASA", "NATO", "IBAN", "FIFA", "OPEC", "AIDS", "SIM", "ZIP", "SWAT",
            "NAFTA", "FEMA", "OSHA", "HIPAA", "FICO", "COBRA", "GIF", "SARS", "COVID", "UNICEF", "ISA", "SCUBA", "LASER", "RADAR",
            "IKEA", "LEGO", "OFCOM", "OFGEM", "ACAS", "DEFRA", "ASDA", "TESCO", "NOAA",
            "STEM", // round seven D: "our STEM lab" (science, technology, engineering, maths) is said as the word
            "IMAX", // round thirty: the cinema brand everyone says as a word ("an IMAX screen"), never "I M A X"
            "DACA"); // round thirty-nine B: the US programme (Deferred Action for Childhood Arrivals), "a DACA renewal", said "dah-kah"

    /** English words written in capitals (keywords to text, emphasis): said as the words they are. */
    static final Set<String> EN_CAPITALISED_WORDS = Set.of("A", "I", "AN", "AND", "ARE", "AS", "AT", "BE", "BUT", "BY", "CALL", "CAN",
            "DO", "END", "FOR", "FREE", "GO", "HAS", "HE", "HELP", "HI", "HOME", "HOT", "IF", "IN", "INFO", "IS", "JOIN", "ME",
            "MORE", "MY", "NEW", "NO", "NOT", "NOW", "OF", "OFF", "OK", "ON", "ONE", "OR", "OUR", "OUT", "PAY", "QUIT", "SALE", "SAVE",
            "SEE", "SO", "STOP", "TEXT", "THE", "TO", "UP", "WE", "YES", "YOU", "YOUR", "WIN", "DEAL", "DEALS", "BACK", "LAST",
            "BEST", "CODE", "NEXT", "OPEN", "OVER", "PLAN", "SEND", "SIGN", "TODAY", "WAIT", "WORK", "DATE", "DUE", "MUST", "ONLY",
            "HALF", "OFFER", "EACH", "WITH", "THIS", "THAT", "ALL", "NOTE", "MAIN", "MENU", "PUSH", "TAP", "DIAL", "RING", "LIVE",
            "NEWS", "TEAM", "TIME", "ZERO", "AM", "PM",
            "REAL", // round seven D: the US "REAL ID" card, "real I D"
            // street types in capitals ("Ata ST", "MAIN AVE"), said as the street word by the address rules or the voice
            "ST", "AVE", "RD", "DR", "LN", "BLVD", "HWY");

    /** The street types of {@link #EN_CAPITALISED_WORDS}. */
    private static final Set<String> STREET_TYPES = Set.of("ST", "AVE", "RD", "DR", "LN", "BLVD", "HWY");

    /** US, UK and European zones said by name after a time; "GMT", "UTC" and the ambiguous "IST" (India or Ireland) are spelt. */
    private static final Map<String, String> EN_TIME_ZONES = Map.ofEntries(
            Map.entry("ET", "Eastern Time"), Map.entry("CT", "Central Time"), Map.entry("MT", "Mountain Time"),
            Map.entry("PT", "Pacific Time"), Map.entry("EST", "Eastern Standard Time"), Map.entry("EDT", "Eastern Daylight Time"),
            Map.entry("CST", "Central Standard Time"), Map.entry("CDT", "Central Daylight Time"), Map.entry("MST", "Mountain Standard Time"),
            Map.entry("MDT", "Mountain Daylight Time"), Map.entry("PST", "Pacific Standard Time"), Map.entry("PDT", "Pacific Daylight Time"),
            Map.entry("AKST", "Alaska Standard Time"), Map.entry("AKDT", "Alaska Daylight Time"), Map.entry("HST", "Hawaii Standard Time"),
            Map.entry("BST", "British Summer Time"),
            Map.entry("CET", "Central European Time"), Map.entry("CEST", "Central European Summer Time"));

    /**
     * A time just before: a digit, "AM"/"PM"/"a.m."/"p.m." (glued to its hour too, "11pm": round fourteen B), "noon",
     * "midnight", perhaps an opening bracket between. A dot after an undotted "pm" ends the sentence ("at 4pm. PT
     * sessions follow").
     */
    private static final Pattern TIME_BEFORE = Pattern.compile("(?:\\d|(?<!\\p{L})(?:[AaPp]\\.[ \\u00A0]?[Mm]\\.?|[AaPp][Mm])|\\bnoon|\\bmidnight)[ \\u00A0]*\\(?$");

    /** An English zone's initials said by name, at {@code pos} after spaces, a whole word: "9 a.m. PT" (round fourteen B). */
    static boolean namedZoneAt(String t, int pos) {
        int i = ReadContext.spacesEnd(t, pos);
        int end = i;
        StringBuilder letters = new StringBuilder();
        // "E.T.", "P.S.T." (round sixteen B): a zone's letters with a dot after each count as the undotted "ET"
        while (end < t.length() && letters.length() <= 4 && t.charAt(end) >= 'A' && t.charAt(end) <= 'Z') {
            letters.append(t.charAt(end++));
            if (end + 1 < t.length() && t.charAt(end) == '.' && t.charAt(end + 1) >= 'A' && t.charAt(end + 1) <= 'Z') {
                end++;
            }
        }
        return letters.length() >= 2 && (end == t.length() || !Character.isLetterOrDigit(t.charAt(end))) && EN_TIME_ZONES.containsKey(letters.toString());
    }

    /**
     * Round sixteen B: a zone's letters written with dots ("by 5 E.S.T.", "11:59 P.T."), after a time, by its name as the
     * undotted "EST" is; null when {@code letters} is no zone or no time comes before {@code pos}.
     */
    static String zoneAfterTime(String t, int pos, String letters) {
        String zone = EN_TIME_ZONES.get(letters);
        return zone != null && TIME_BEFORE.matcher(t.substring(Math.max(0, pos - 12), pos)).find() ? zone : null;
    }

    /** An English zone after a time by its name ("Eastern Standard Time"), or spelt ("G M T", "U T C"). */
    static String englishZone(String zone) {
        String name = EN_TIME_ZONES.get(zone);
        return name != null ? name : spelt(zone);
    }

    /** The letters of a code as a caller hears them: spelt, or said as a word (see the class comment). */
    static String codeLetters(ReadContext ctx, String letters) {
        if (ctx.es() ? ElectronicReader.pronounceable(letters.toLowerCase(Locale.ROOT)) : EN_SAID_AS_WORDS.contains(letters)) {
            return letters;
        }
        return spelt(letters);
    }

    /** One to three capitals, a hyphen and two to four capitals, no digit, nothing glued after: an aircraft's registration. */
    private static final Pattern REGISTRATION_MARK = Pattern.compile("([A-Z]{1,3})-([A-Z]{2,4})(?![\\p{L}\\d]|[-/][\\p{L}\\d])");

    /**
     * Round seventy-four J: an aircraft's registration ("EC-HRZ", "XA-TRQ", "G-HKTW") is spelt letter by letter, never left
     * to the voice; Spanish pauses at the hyphen as at any code's ("E C, H R Z"), English runs on ("G H K T W"). Letters
     * after the hyphen that make a word ("X-RAY", "CO-OP", "WI-FI", "CD-ROM") or are said as one, a word in capitals on
     * either side, a known initialism before it ("US-UK"), Spanish doubled-letter plurals ("RR-HH", "EE-UU") and three
     * capitals on both sides (an airports' route, "JFK-LHR": no nationality mark has three letters) and a range of
     * clothing sizes ("talla L-XL", "S-XXL") are no registration.
     * Returns the end, or -1.
     */
    static int readRegistrationMark(ReadContext ctx, int pos) {
        String t = ctx.text;
        if (pos > 0 && (Character.isLetterOrDigit(t.charAt(pos - 1)) || "-/.&".indexOf(t.charAt(pos - 1)) >= 0)) {
            return -1;
        }
        Matcher m = ctx.at(REGISTRATION_MARK, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        String prefix = m.group(1);
        String mark = m.group(2);
        boolean word = !EN_KNOWN_SPELT.contains(mark) && EN_WORD_SHAPE.matcher(mark).matches()
                || ctx.es() && ElectronicReader.pronounceable(mark.toLowerCase(Locale.ROOT));
        if (word || EN_SAID_AS_WORDS.contains(mark) || EN_SAID_AS_WORDS.contains(prefix) || EN_CAPITALISED_WORDS.contains(mark)
                || EN_CAPITALISED_WORDS.contains(prefix) || EN_KNOWN_SPELT.contains(prefix) || doubledLetters(prefix) && doubledLetters(mark)
                || prefix.length() == 3 && mark.length() == 3 || prefix.matches("X*[SML]") && mark.matches("X*[SML]")) {
            return -1;
        }
        ctx.append(spelt(prefix)).append(ctx.es() ? ", " : " ").append(spelt(mark));
        return m.end();
    }

    /** Two of one letter ("RR", "HH"): a Spanish plural's initial. */
    private static boolean doubledLetters(String letters) {
        return letters.length() == 2 && letters.charAt(0) == letters.charAt(1);
    }

    static String spelt(String letters) {
        StringBuilder sb = new StringBuilder(letters.length() * 2);
        for (int i = 0; i < letters.length(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(Character.toUpperCase(letters.charAt(i)));
        }
        return sb.toString();
    }

    /**
     * An English all-capital word of two to four letters at {@code pos} (ending at {@code runEnd}, not glued to a digit,
     * a hyphen or slash of a model name such as "MIG-25", or an ampersand as in "AT&T"): a time zone after a time by name, else spelt unless it is said as a word. Returns the end, or -1.
     */
    static int readEnglish(ReadContext ctx, int pos, int runEnd) {
        String t = ctx.text;
        int len = runEnd - pos;
        if (len >= 2 && len <= 4 && runEnd + 1 < t.length() && t.charAt(runEnd) == '-' && Character.isUpperCase(t.charAt(runEnd + 1))
                && (runEnd + 2 == t.length() || !Character.isLetterOrDigit(t.charAt(runEnd + 2))) && t.substring(pos, runEnd).chars().allMatch(c -> c >= 'A' && c <= 'Z')
                && (pos == 0 || !Character.isLetterOrDigit(t.charAt(pos - 1)))) {
            // "USB-C", "USB-A" (round seven A): an initialism and its type letter, both spelt ("MIG-25" keeps its hyphen rule).
            ctx.append(spelt(t.substring(pos, runEnd))).append(' ').append(t.charAt(runEnd + 1));
            return runEnd + 2;
        }
        // Round forty-five: "HMRC-ready", "GDPR-compliant", "USB-powered": an initialism glued to the adjective it makes is
        // spelt as it is alone ("H M R C-ready"); "NASA-funded" keeps its word and "MIG-25" its code.
        boolean hyphenedAdjective = runEnd + 1 < t.length() && t.charAt(runEnd) == '-' && Character.isLowerCase(t.charAt(runEnd + 1));
        if (len >= 3 && len <= 5 && t.charAt(runEnd - 1) == 's') {
            return readEnglishPlural(ctx, pos, runEnd);
        }
        // Round seventy-one D: "your HOA's guidelines", "the DMV's records": an initialism's possessive is spelt as the
        // initialism alone is, its "'s" after the last letter ("H O A's"); "NASA's" keeps its word, "IT'S" is no possessive.
        boolean possessive = runEnd + 1 < t.length() && (t.charAt(runEnd) == '\'' || t.charAt(runEnd) == '’') && t.charAt(runEnd + 1) == 's'
                && (runEnd + 2 == t.length() || !Character.isLetterOrDigit(t.charAt(runEnd + 2)));
        if (len < 2 || len > 4 || runEnd < t.length() && (Character.isLetterOrDigit(t.charAt(runEnd)) || "'-/&".indexOf(t.charAt(runEnd)) >= 0
                && !hyphenedAdjective && !possessive
                && !(t.charAt(runEnd) == '/' && EN_TIME_ZONES.containsKey(t.substring(pos, runEnd)))) // "7 PM ET/4 PM PT" (round fourteen B)
                || pos > 0 && (Character.isLetterOrDigit(t.charAt(pos - 1)) || t.charAt(pos - 1) == '-' || t.charAt(pos - 1) == '.')) {
            return -1;
        }
        for (int i = pos; i < runEnd; i++) {
            char c = t.charAt(i);
            if (c < 'A' || c > 'Z') {
                return -1;
            }
        }
        String word = t.substring(pos, runEnd);
        String zone = EN_TIME_ZONES.get(word);
        if (zone != null && TIME_BEFORE.matcher(t.substring(Math.max(0, pos - 12), pos)).find()) {
            ctx.append(zone);
            if (runEnd < t.length() && t.charAt(runEnd) == '/') {
                ctx.append(" slash "); // "7 PM ET/4 PM PT" is said as the spaced "ET / 4 PM PT" is
                return runEnd + 1;
            }
            return runEnd;
        }
        if (STREET_TYPES.contains(word) && ctx.previousWord(pos).equalsIgnoreCase("the")) {
            ctx.append(spelt(word)); // "the DR" (round seven C): a street type follows its street's name, never "the"
            return runEnd;
        }
        if (pronounAsInitialism(ctx, pos, runEnd, word)) {
            ctx.append(spelt(word)); // "Access to H E course" (round seventy-two F)
            return runEnd;
        }
        if (EN_SAID_AS_WORDS.contains(word) || EN_CAPITALISED_WORDS.contains(word) || shouted(t, pos, runEnd) || keyword(ctx, pos, word)
                || wordShaped(word) && controlLabel(t, runEnd)) {
            return -1;
        }
        ctx.append(spelt(word));
        if (possessive) {
            ctx.append(t.substring(runEnd, runEnd + 2));
            return runEnd + 2;
        }
        return runEnd;
    }

    /** Subject pronouns of {@link #EN_CAPITALISED_WORDS} that are initialisms too ("HE", higher education). */
    private static final Set<String> EN_SUBJECT_PRONOUNS = Set.of("HE", "WE");
    /** Prepositions a subject pronoun never follows ("than", "as", "like" and "but" may take one: "taller than HE is"). */
    static final Set<String> EN_PREPOSITIONS_BEFORE_A_NOUN = Set.of("to", "into", "for", "in", "of", "from", "at", "with",
            "within", "without", "about", "towards", "through", "onto", "on");

    /**
     * Round seventy-two F: "an Access to HE course", "a route into HE study": a subject pronoun in capitals written in mixed
     * case after a lower-case preposition (where no subject pronoun stands) and before a lower-case word is an initialism
     * naming that word's kind, spelt ("H E"); "He said HE was fine" and a shouted "WHAT HE SAID" keep the pronoun.
     */
    private static boolean pronounAsInitialism(ReadContext ctx, int pos, int runEnd, String word) {
        String t = ctx.text;
        return EN_SUBJECT_PRONOUNS.contains(word) && EN_PREPOSITIONS_BEFORE_A_NOUN.contains(ctx.previousWord(pos))
                && runEnd + 1 < t.length() && t.charAt(runEnd) == ' ' && Character.isLowerCase(t.charAt(runEnd + 1));
    }

    private static final Pattern CAPITALS = Pattern.compile("[A-Z]+");
    /** Nouns of a device's controls that a label printed on them names: "the MODE button", "the HEAT key". */
    private static final Pattern CONTROL_LABEL_AFTER = Pattern.compile("((?:(?:,? (?:and|or)|,|/| &) [A-Z]{2,8})*)"
            + " (?:buttons?|keys?|switch(?:es)?|settings?|knobs?|icons?|tabs?|options?|mode)(?![\\p{L}\\d])");

    /**
     * Round sixty-two B: a label printed on a control, in capitals as the device prints it, before its control's noun,
     * alone or joined to other labels ("hold the LOCK and HEAT keys", "the LOW or HIGH key", "the BAKE button"), is the
     * English word it is, as a voice reads the label; it is spelt only when it is no word's shape or a known initialism
     * ("the USB button", "the ID key", "the HVAC switch"). Every label joined to it must be said as a word too.
     */
    private static boolean controlLabel(String t, int runEnd) {
        Matcher m = CONTROL_LABEL_AFTER.matcher(t).region(runEnd, t.length());
        if (!m.lookingAt()) {
            return false;
        }
        Matcher joined = CAPITALS.matcher(m.group(1));
        while (joined.find()) {
            String label = joined.group();
            if (!(wordShaped(label) || EN_CAPITALISED_WORDS.contains(label) || EN_SAID_AS_WORDS.contains(label)
                    || label.length() >= 5 && !unsayable(label) && !EN_AGENCIES.contains(label))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Plurals the call scripts' writers keep as written though the singular is spelt: "TVs" (a Black Friday row of the
     * tuning set, "four K TVs"), the dictionary's own word for the sets, which the voice says right as written.
     */
    private static final Set<String> EN_PLURALS_AS_WRITTEN = Set.of("TV");

    /**
     * Round fifty-three: an initialism's plural with a lower-case "s" ("PCs", "DVRs", "ATMs", "IDs") is spelt as its
     * singular is, the "s" said after the last letter ("P Cs", "A T Ms"), as callers say it; one the house says as a word
     * ("PINs", "SIMs") or an English word in capitals ("OKs") stays as written, as its singular does. Returns the end, or -1.
     */
    private static int readEnglishPlural(ReadContext ctx, int pos, int runEnd) {
        String t = ctx.text;
        String capitals = t.substring(pos, runEnd - 1);
        if (!capitals.chars().allMatch(c -> c >= 'A' && c <= 'Z') || EN_SAID_AS_WORDS.contains(capitals) || EN_PLURALS_AS_WRITTEN.contains(capitals)
                || EN_CAPITALISED_WORDS.contains(capitals) || EN_TIME_ZONES.containsKey(capitals)
                || pos > 0 && (Character.isLetterOrDigit(t.charAt(pos - 1)) || "-./".indexOf(t.charAt(pos - 1)) >= 0)
                || runEnd < t.length() && (Character.isLetterOrDigit(t.charAt(runEnd)) || "-/&".indexOf(t.charAt(runEnd)) >= 0)) {
            return -1;
        }
        ctx.append(spelt(capitals)).append('s');
        return runEnd;
    }

    /**
     * Round forty-five: a printer's and a screen's resolution in lower case ("300 dpi", "a 264 ppi screen"), dots or pixels
     * per inch, spelt as the capitals "DPI" are and as print shops say them.
     */
    private static final Set<String> EN_LOWER_CASE_SPELT = Set.of("dpi", "ppi");

    /** {@link #EN_LOWER_CASE_SPELT}'s word at {@code pos} as a whole word, spelt ("D P I"); -1 otherwise. */
    static int readLowerCaseSpelt(ReadContext ctx, int pos, int runEnd) {
        String t = ctx.text;
        if (!EN_LOWER_CASE_SPELT.contains(t.substring(pos, runEnd)) || pos > 0 && Character.isLetterOrDigit(t.charAt(pos - 1))
                || runEnd < t.length() && (Character.isLetterOrDigit(t.charAt(runEnd)) || t.charAt(runEnd) == '@')) {
            return -1;
        }
        ctx.append(spelt(t.substring(pos, runEnd)));
        return runEnd;
    }

    /**
     * Round eighty-three B: one lower-case letter glued before three or more capitals and nothing after ("uPVC", "mRNA",
     * "eGFR") is an initialism with a small first letter, spelt whole ("U P V C"); a word after the capitals ("iPhone",
     * "eBay") is a brand said as a word, and capitals said as a word themselves ({@link #EN_SAID_AS_WORDS}: "eSIM", "ee
     * sim") keep the writing. Returns the end, or -1.
     */
    static int readLowerLedCapitals(ReadContext ctx, int pos, int runEnd) {
        String t = ctx.text;
        String word = t.substring(pos, runEnd);
        if (word.length() < 4 || !Character.isLowerCase(word.charAt(0)) || !CAPITALS.matcher(word.substring(1)).matches()
                || EN_SAID_AS_WORDS.contains(word.substring(1)) || pos > 0 && Character.isLetterOrDigit(t.charAt(pos - 1))
                || runEnd < t.length() && (Character.isLetterOrDigit(t.charAt(runEnd)) || t.charAt(runEnd) == '@')) {
            return -1;
        }
        ctx.append(spelt(word));
        return runEnd;
    }

    /** Consonants that start an English syllable (Y is a vowel here, as in {@link #hasVowel}). */
    private static final Set<String> ONSETS = Set.of("BL", "BR", "CH", "CL", "CR", "DR", "FL", "FR", "GL", "GR", "PH", "PL", "PR", "SC",
            "SH", "SK", "SL", "SM", "SN", "SP", "ST", "SW", "TH", "TR", "TW", "WH", "WR", "QU", "SCR", "SPR", "STR", "SPL", "THR", "SHR", "CHR");
    /** Consonants that end one. */
    private static final Set<String> CODAS = Set.of("CK", "CT", "FT", "GHT", "GH", "LD", "LF", "LK", "LL", "LM", "LP", "LT", "MB", "MP",
            "ND", "NG", "NK", "NT", "NCH", "PT", "RB", "RD", "RK", "RL", "RM", "RN", "RP", "RT", "RCH", "RST", "RTH", "RLD", "SH", "SK",
            "SP", "SS", "ST", "TH", "CH", "TCH", "WN", "WL", "XT", "NGS", "NDS", "NTS", "LTS", "PTH", "THS", "MPS", "NST");

    /**
     * Round twenty B: five or six capitals standing in lower-case text ("the UKHSA alert", "the NSPCC appeal") are spelt
     * when a run of their consonants is no English syllable's end and next one's start ("KHS", "SPCC", "HTS"): no caller
     * can say them as a word. Round thirty-nine B: so are the agencies people hear spelt ({@link #EN_AGENCIES}: "USCIS",
     * whose letters "us-cis" would hold). A word said so ({@link #EN_SAID_AS_WORDS}) and capitals beside another word in
     * capitals (a headline, "UKHSA COLD HEALTH ALERT", left as written as every shouted run is) are not; -1 then.
     */
    static int readUnsayable(ReadContext ctx, int pos, int runEnd) {
        String t = ctx.text;
        if (runEnd < t.length() && (Character.isLetterOrDigit(t.charAt(runEnd)) || "'-/&".indexOf(t.charAt(runEnd)) >= 0)
                || pos > 0 && (Character.isLetterOrDigit(t.charAt(pos - 1)) || t.charAt(pos - 1) == '-' || t.charAt(pos - 1) == '.')) {
            return -1;
        }
        String word = t.substring(pos, runEnd);
        if (!word.chars().allMatch(c -> c >= 'A' && c <= 'Z') || EN_SAID_AS_WORDS.contains(word) || !unsayable(word) && !EN_AGENCIES.contains(word)
                || capitalNeighbourAfter(t, runEnd) != null || capitalNeighbourBefore(t, pos) != null) {
            return -1;
        }
        ctx.append(spelt(word));
        return runEnd;
    }

    /**
     * Round thirty-nine B: whether capitals standing alone in lower-case text are spelt by {@link #readEnglish} (two to four
     * letters, no word said so or written in capitals for a keyword) or {@link #readUnsayable} (five or six letters no
     * syllables hold, or an agency's); "NASA", "PIN", "STOP" are said as words. Used for a web address's host label.
     */
    static boolean speltStandingAlone(String capitals) {
        int len = capitals.length();
        if (len < 2 || len > 6 || !capitals.chars().allMatch(c -> c >= 'A' && c <= 'Z') || EN_SAID_AS_WORDS.contains(capitals)) {
            return false;
        }
        return len <= 4 ? !EN_CAPITALISED_WORDS.contains(capitals) && !EN_TIME_ZONES.containsKey(capitals)
                : unsayable(capitals) || EN_AGENCIES.contains(capitals);
    }

    /** A run of consonants no split into a syllable's coda and the next one's onset covers. */
    private static boolean unsayable(String word) {
        int i = 0;
        while (i < word.length()) {
            int j = i;
            while (j < word.length() && "AEIOUY".indexOf(word.charAt(j)) < 0) {
                j++;
            }
            if (j - i >= 3 && !splits(word.substring(i, j), i == 0, j == word.length())) {
                return true;
            }
            i = j + 1;
        }
        return false;
    }

    private static boolean splits(String run, boolean first, boolean last) {
        for (int k = 0; k <= run.length(); k++) {
            String coda = run.substring(0, k);
            String onset = run.substring(k);
            boolean codaOk = coda.isEmpty() ? true : !first && (coda.length() == 1 || CODAS.contains(coda));
            boolean onsetOk = onset.isEmpty() ? true : !last && (onset.length() == 1 || ONSETS.contains(onset));
            if (codaOk && onsetOk) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word in a run of capitals ("CALL NOW TO WIN"): the text is shouted, its words are words. A neighbour of five
     * letters or more makes the run shouted; so does a neighbour of three or four letters when both words are shaped
     * like English words ("RED FLAG WARNING", "GAS LEAK reported"; round five F), unless one is a known initialism
     * ({@link #EN_KNOWN_SPELT}: "FBI", "USPS", "VAT", "ID" stay spelt).
     */
    private static boolean shouted(String t, int pos, int runEnd) {
        String own = t.substring(pos, runEnd);
        if (EN_AGENCIES.contains(own) || !hasVowel(own)) {
            // "NWS FLASH FLOOD WARNING", "CDC ADVISORY" (round five I): an agency people hear spelt, or letters with no
            // vowel to say them by, stay spelt even beside a long shouted word ("CALL US TODAY" keeps its "US").
            return false;
        }
        // "PAWN & LOAN", "TOWN & COUNTRY" (round seven C): an ampersand between two words of a shouted name joins them as
        // a space does.
        int after = t.startsWith(" & ", runEnd) ? runEnd + 2 : runEnd;
        int before = pos >= 3 && t.startsWith(" & ", pos - 3) ? pos - 2 : pos;
        if (capitalWordAt(t, after + 1) || capitalWordBefore(t, before - 1)) {
            return true;
        }
        String word = t.substring(pos, runEnd);
        if (!wordShaped(word)) {
            return false;
        }
        String next = capitalNeighbourAfter(t, after);
        String prev = capitalNeighbourBefore(t, before);
        return next != null && wordShaped(next) || prev != null && wordShaped(prev);
    }

    /** A vowel (Y counts: "MY", "SKY") to say the letters as a word by. */
    static boolean hasVowel(String w) {
        for (int i = 0; i < w.length(); i++) {
            if ("AEIOUY".indexOf(w.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Initialisms spelt even in a shouted run, though shaped like words; round five I added the agencies people hear spelt
     * ("NWS", "CDC", "NHS", "EPA", "FDA", "TSA", "FAA", "DHS", "USDA", "HMRC", "DVLA"; "NOAA" and "FEMA" are said as words).
     */
    static final Set<String> EN_KNOWN_SPELT = Set.of("FBI", "USPS", "VAT", "ID", "ATM", "CEO", "EU", "UK", "US", "USA", "UN", "TV",
            "VIP", "FAQ", "API", "URL", "PDF", "GPS", "ETA", "ICU", "CPR", "EMS", "DUI", "MOT", "IRS", "DMV", "ASAP", "RSVP", "HOA",
            "APR", "IRA", "HR", "IT", "OTP", "SOS", "AOL", "AC", "DC", "EV", "SUV", "RV", "ER", "OR", "AM", "PM", "ET", "PT", "CT", "MT",
            "NWS", "CDC", "NHS", "EPA", "FDA", "TSA", "FAA", "DHS", "USDA", "HMRC", "DVLA");
    /** Agencies spelt in any run of capitals, a long shouted word beside them or not. */
    private static final Set<String> EN_AGENCIES = Set.of("NWS", "CDC", "NHS", "EPA", "FDA", "TSA", "FAA", "DHS", "USDA", "HMRC", "DVLA",
            "FBI", "IRS", "DMV", "USPS", "EMS",
            // Round five K: emergency-management offices heard spelt ("LEPC ALERT", "EOC UPDATE"), vowels or not.
            "LEPC", "EOC", "OEM", "NRC", "USGS", "USCG", "NTSB", "ATF", "CBP",
            // Round thirty-nine B: US Citizenship and Immigration Services and the Patent and Trademark Office, five capitals
            // English syllables could hold ("us-cis") but every caller and agent spells.
            "USCIS", "USPTO");
    /** Round seventy-nine B: an agency people hear spelt ({@link #EN_AGENCIES}: "IRS", "CDC", "USPS"), in capitals. */
    static boolean agency(String capitals) {
        return EN_AGENCIES.contains(capitals);
    }

    private static final java.util.regex.Pattern EN_WORD_SHAPE = java.util.regex.Pattern.compile(
            "(?:[BCDFGHJKLMNPRSTVWZ]|BL|BR|CH|CL|CR|DR|FL|FR|GL|GR|PL|PR|SC|SH|SK|SL|SM|SN|SP|ST|SW|TH|TR|TW|WH|WR)?"
                    + "[AEIOU]{1,2}(?:[BCDFGHKLMNPRSTVWXYZ]|GHT|GH|NCH|CK|FT|LD|LF|LK|LL|LP|LT|MP|ND|NG|NK|NT|RD|RK|RM|RN|RT|SH|SK|SP|SS|ST|TH|CH|WN|WL"
                    + "|[BCDFGKLMNPRSTVWZ]?[AEIOU]{1,2}(?:[BCDFGKLMNPRSTWXYZ]|CK|LL|ND|NG|NT|RD|RN|RT|SS|ST|SH|TH|CH)?)?E?");

    /** Verbs a keyword in capitals follows: "Reply KEEP or END", "text SAVE to 60777", "by texting PLAY at 41190". */
    private static final Set<String> KEYWORD_VERBS = Set.of("reply", "text", "texting", "txt", "send", "type", "say");

    /**
     * "Reply KEEP or END", "Text SAVE" (round seven A): a word in capitals right after a verb of replying is the keyword to
     * send, said as the English word it is when it is shaped like one and is no known initialism ("Text VAT" stays spelt).
     * Round sixty-five C: any keyword English syllables hold is the word too ("text QUIZ", "reply JAZZ", "texting YOGA"),
     * by the syllable test a promotion's code passes ({@link #syllablesHold}), so a campaign's next keyword needs no
     * list; capitals no syllables hold stay spelt ("text ABC", "reply NYC").
     */
    private static boolean keyword(ReadContext ctx, int pos, String word) {
        return word.length() >= 3 && KEYWORD_VERBS.contains(ctx.previousWord(pos).toLowerCase(java.util.Locale.ROOT))
                && (wordShaped(word) || plural(word) || syllablesHold(word)) && !EN_KNOWN_SPELT.contains(word) && !EN_AGENCIES.contains(word);
    }

    /**
     * Capitals English syllables hold ({@link ElectronicReader#englishSyllablesAny}: "QUIZ", "JAZZ", "YOGA", "SKY"), with
     * a vowel other than "y" or a "y" ending them: a "y" inside consonants is an initialism's letter far more often than a
     * word's vowel ("NYC", "NYT" stay spelt).
     */
    private static boolean syllablesHold(String capitals) {
        String lower = capitals.toLowerCase(Locale.ROOT);
        return ElectronicReader.englishSyllablesAny(lower) && (hasVowel(capitals.replace('Y', 'B')) || lower.endsWith("y"));
    }

    /** "text JOBS", "reply DEALS" (round seven D): a keyword in the plural, an "S" after a word's shape ("JOB"). */
    private static boolean plural(String word) {
        return word.length() >= 4 && word.endsWith("S") && wordShaped(word.substring(0, word.length() - 1));
    }

    /** Words a promotion's code follows: "use code TYRE10", "promo code FUEL5", "voucher WASH20", "quote RIDE15". */
    private static final Set<String> PROMO_CUES = Set.of("code", "promo", "coupon", "voucher", "promocode", "quote");

    /**
     * Round twenty-seven B: three or four capitals glued to a promotion's number after "code", "promo", "coupon" or
     * "voucher" ("with code TYRE10", "promo code GYM30") are an English word when English syllables make them: the caller
     * types the word they hear, as "SAVE20" is said. An error's or a fault's code ("error code BAT12") and capitals no
     * syllable holds ("code ABC12", "code TBA4") stay spelt. Round seventy-nine A: Spanish too, after its own cues
     * ({@link #ES_PROMO_CUES}).
     */
    static boolean promoWord(ReadContext ctx, int pos, String letters) {
        if (letters.length() < 3 || letters.length() > 4 || EN_KNOWN_SPELT.contains(letters) || EN_AGENCIES.contains(letters)) {
            return false;
        }
        String cue = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
        if (!(ctx.es() ? ES_PROMO_CUES : PROMO_CUES).contains(cue)) {
            return false;
        }
        if ((ctx.es() || cue.equals("quote")) && !PROMO_NUMBER_AFTER.matcher(ctx.text).region(pos + letters.length(), ctx.text.length()).lookingAt()) {
            // Round sixty-five C: "quote RIDE15" names an offer's code by its word and its discount, one or two digits;
            // a booking's or a policy's reference quoted ("quote POL44718") has a longer serial and keeps its letters spelt.
            return false;
        }
        if (cue.equals("code")) {
            String prior = ctx.previousWord(ReadContext.spacesStart(ctx.text, pos) - cue.length()).toLowerCase(Locale.ROOT);
            if (prior.equals("error") || prior.equals("fault") || prior.equals("status") || prior.equals("reason")) {
                return false;
            }
        }
        return ElectronicReader.englishSyllablesAny(letters.toLowerCase(Locale.ROOT));
    }

    /**
     * Round seventy-nine A: Spanish words an offer's code follows ("con el código FLIP20", "cupón GLOW15", "código de
     * descuento STAR10"). "código" names any code in Spanish, so, as after "quote", only capitals glued to one or two digits
     * (the discount, {@link #PROMO_NUMBER_AFTER}) are an offer's word: the caller types the English word a brand named it
     * by, "SPIN treinta", as Spanish syllables already say "FIT veinte" ({@link #codeLetters}); longer serials stay spelt.
     */
    private static final Set<String> ES_PROMO_CUES = Set.of("código", "cupón", "promo", "promocional", "descuento");

    /** One or two digits ending a code's word ("RIDE15", "FIZZ5"): a discount or an amount, as an offer's code has. */
    private static final Pattern PROMO_NUMBER_AFTER = Pattern.compile("\\d{1,2}(?![\\d\\p{L}])");

    /**
     * Spanish roads named by capitals and a number ("la AP-7", "la autovía A-4", "la N-340", "la M-30", "la C-31"); round
     * seventy-nine A: a region's or a province's road of two capitals and up to four digits too ("la CM-4017", "la
     * carretera LU-1405"). No road's number starts with a zero, and three capitals are a standard's ("la NOM-035").
     */
    private static final Pattern ES_ROAD = Pattern.compile("(AP|\\p{Lu}{1,2})-([1-9]\\d{0,3})(?![\\d\\p{L}]|[.,/:-]\\d|-)");
    /** The state's roads whose capitals the road sign and the caller say as written ("AP siete", "N trescientos"). */
    private static final Pattern ES_ROAD_SAID_AS_WRITTEN = Pattern.compile("AP|[ACMN]");
    /** Words a Spanish road's name follows: its article, its kind, a kilometre point. */
    private static final Set<String> ES_ROAD_CUES = Set.of("la", "autovía", "autopista", "carretera", "km");
    /** Four to six capitals before a number printed in groups ("CLABE 0147 2290 …"), the capitals of a file's code. */
    private static final Pattern ES_KIND_BEFORE_GROUPS = Pattern.compile("\\p{Lu}{4,6}(?=[ \\u00A0]\\d{4}[ \\u00A0]\\d)");

    /**
     * Round sixty-five C: two Spanish shapes whose capitals stay as written, as Spanish keeps its acronyms (the class
     * comment), where the code rules would spell them. A road after its article, its kind or "km" ("la AP-7", "la autopista
     * AP-6", "la N-340"): the letters as the road sign has them, the number said as one ("AP siete", "N trescientos
     * cuarenta"), as "la A-6" is "A seis"; "el modelo AP-7" is a product's code and keeps its rule. An account's kind
     * Spanish syllables say, after "cuenta" and before its number printed in groups ("la cuenta CLABE 0147 2290 0183 6654
     * 21"): the acronym, then the groups read as after "CBU" or "IBAN"; a file's code ("reclamo MIAAA 73012") has one run
     * of digits, and capitals before groups after any other word keep the code rules (measured: a held-out batch lost a
     * row when the noun was not asked). Returns the end, or -1.
     */
    static int readSpanishAsWritten(ReadContext ctx, int pos) {
        String t = ctx.text;
        if (!ctx.es() || pos > 0 && (Character.isLetterOrDigit(t.charAt(pos - 1)) || t.charAt(pos - 1) == '-')) {
            return -1;
        }
        Matcher road = ctx.at(ES_ROAD, pos);
        // Round seventy-three G: the road word shortened ("Ctra. M-607", "Carr. N-340") cues the road as written out does.
        String cue = ctx.previousWordAcrossDot(pos).toLowerCase(Locale.ROOT);
        if (road.lookingAt() && (ES_ROAD_CUES.contains(cue) || QuantityReader.ROAD_ABBREVIATIONS.contains(cue))) {
            // Round seventy-nine A: any other road's capitals stay spelt as the code rules spell them ("la C M"), but its
            // number is the road's name, one number as the state's roads have it ("cuatro mil diecisiete"), never keyed in
            // digit by digit.
            String letters = road.group(1);
            ctx.append(ES_ROAD_SAID_AS_WRITTEN.matcher(letters).matches() ? letters : spelt(letters)).append(' ')
                    .append(ctx.speller.cardinal(road.group(2), Gender.NEUTRAL));
            return road.end();
        }
        Matcher kind = ctx.at(ES_KIND_BEFORE_GROUPS, pos);
        if (kind.lookingAt() && ctx.previousWord(pos).equalsIgnoreCase("cuenta") && ElectronicReader.pronounceable(kind.group().toLowerCase(Locale.ROOT))) {
            ctx.append(kind.group());
            return kind.end();
        }
        return -1;
    }

    /** Shaped like an English word of two to four letters ("RED", "FLAG", "GAS", "LEAK"), and not a known initialism. */
    static boolean wordShaped(String w) {
        return w.length() >= 3 && !EN_KNOWN_SPELT.contains(w) && !EN_TIME_ZONES.containsKey(w) && EN_WORD_SHAPE.matcher(w).matches();
    }

    private static String capitalNeighbourAfter(String t, int runEnd) {
        int i = runEnd + 1;
        if (i >= t.length() || t.charAt(runEnd) != ' ') {
            return null;
        }
        int j = i;
        while (j < t.length() && t.charAt(j) >= 'A' && t.charAt(j) <= 'Z') {
            j++;
        }
        return j > i && (j == t.length() || !Character.isLetterOrDigit(t.charAt(j))) ? t.substring(i, j) : null;
    }

    private static String capitalNeighbourBefore(String t, int pos) {
        int i = pos - 1;
        if (i < 1 || t.charAt(i) != ' ') {
            return null;
        }
        int j = i;
        while (j > 0 && t.charAt(j - 1) >= 'A' && t.charAt(j - 1) <= 'Z') {
            j--;
        }
        return j < i && (j == 0 || !Character.isLetterOrDigit(t.charAt(j - 1))) ? t.substring(j, i) : null;
    }

    private static boolean capitalWordAt(String t, int i) {
        if (i >= t.length() || t.charAt(i - 1) != ' ') {
            return false;
        }
        int j = i;
        while (j < t.length() && t.charAt(j) >= 'A' && t.charAt(j) <= 'Z') {
            j++;
        }
        return j - i >= 5 && (j == t.length() || !Character.isLetter(t.charAt(j)));
    }

    private static boolean capitalWordBefore(String t, int i) {
        if (i < 1 || t.charAt(i) != ' ') {
            return false;
        }
        int j = i;
        while (j > 0 && t.charAt(j - 1) >= 'A' && t.charAt(j - 1) <= 'Z') {
            j--;
        }
        return i - j >= 5 && (j == 0 || !Character.isLetter(t.charAt(j - 1)));
    }
}
