package io.locutor.text;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.ShortNumberInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers and IP addresses, read digit by digit in the groups they were written in, a pause (comma) between
 * groups: "+34 600 123 456" → "más treinta y cuatro, seis cero cero, uno dos tres, cuatro cinco seis". A country code
 * of one or two digits is said as a number, a three-digit one digit by digit (as NeMo and operators do).
 *
 * <p>Digit groups that cannot be a grouped quantity ("55 1234 5678": a group after the first that is not three digits)
 * are a phone number in every locale. Groups that could be thousands ("600 123 456") and unbroken runs of digits
 * ("5512345678") are a phone only where libphonenumber says they are a valid number of the locale's country; an
 * unbroken run is then grouped as that country writes it. Emergency numbers ("112", "911") after "llame al" / "call"
 * are read digit by digit.
 */
final class PhoneReader implements TokenReader {
    private static final String SEP = "[ \\u00A0.-]";
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+(\\d{1,3})((?:" + SEP + "?\\(?\\d{1,5}\\)?){1,6})(?![\\d\\p{L}])");
    /**
     * An area code in brackets and the local number: "(55) 5133 9000", "(0351) 422-1234"; round forty-one: with Argentina's
     * trunk "0" a four-digit area code makes five digits in the brackets, "(02902) 49-1180" (checked in {@link #number}).
     */
    private static final Pattern AREA_CODE = Pattern.compile("\\((\\d{2,4}|0\\d{4})\\)" + SEP + "?(\\d{2,4}(?:" + SEP + "\\d{2,4}){1,3})(?![\\d\\p{L}])");
    private static final Pattern DASHED = Pattern.compile("(?<![\\d.,/-])(\\d{2,4}(?:-\\d{2,4}){1,3}(?:-\\d{1,4})?)(?![\\d\\p{L}]|[.,/-]\\d)");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.,/-])(\\d{3}\\.\\d{3}\\.\\d{4})(?![\\d\\p{L}]|[.,/-]\\d)");
    private static final Pattern SPACED = Pattern.compile("(?<![\\d.,/-])((?:\\d{1,4}|0\\d{4})(?:[ \\u00A0]\\d{2,4}){2,4})(?![\\d\\p{L}]|[.,/-]\\d)");
    /**
     * An area code, a space, then a dashed local number: Buenos Aires "11 4523-7788", Córdoba "351 422-1234"; with the trunk
     * "0" and a four-digit area code, a six-digit local number: "02926 42-1180" (round eight C).
     */
    private static final Pattern AREA_SPACE_DASHED = Pattern.compile("(?<![\\d.,/-])(\\d{2,4}[ \\u00A0]\\d{3,4}-\\d{4}|0\\d{4}[ \\u00A0]\\d{2}-\\d{4})(?![\\d\\p{L}]|[.,/-]\\d)");
    private static final Pattern MOBILE = Pattern.compile("(?<![\\d.,/-])([6789]\\d{8})(?![\\d\\p{L}]|[.,/-]\\d)");
    /** North American numbers with the trunk "1" written first: "1-800-555-0199", "1 (800) 555 0199". */
    private static final Pattern NANP = Pattern.compile("(?<![\\d.,/-])1[-. \\u00A0]\\(?(\\d{3})\\)?[-. \\u00A0](\\d{3})[-. \\u00A0](\\d{4})(?![\\d\\p{L}]|[.,/-]\\d)");
    /** A toll-free vanity number: "1-800-FLOWERS", "1-800-GO-U-HAUL". */
    private static final Pattern VANITY = Pattern.compile("(?<![\\d.,/-])1[-. \\u00A0](8\\d{2})[-. \\u00A0](\\p{Lu}{2,10}(?:[-. ]\\p{Lu}{1,10}){0,3})(?![\\p{L}\\d])");
    /**
     * A trunk "0", an area code and the subscriber number in one group: "01524 496213", "0113 4960571", and (round
     * sixty-four A) the UK's few five-digit area codes, "017687 72845", "016977 23458" (see its use).
     */
    private static final Pattern TRUNK_AND_NUMBER = Pattern.compile("(?<![\\d.,/-])(0\\d{2,5}[ \\u00A0]\\d{4,8})(?![\\d\\p{L}]|[.,/-]\\d)");
    private static final Pattern UNBROKEN = Pattern.compile("(?<![\\d.,/-])(\\d{7,15})(?![\\d\\p{L}]|[.,/-]\\d)");
    /** Three single digits joined by hyphens: "2-1-1", "9-1-1". */
    private static final Pattern HYPHENED_SHORT = Pattern.compile("(\\d)-(\\d)-(\\d)(?![\\d\\p{L}]|-\\d|[.,]\\d)");
    private static final Pattern SHORT = Pattern.compile("(?<![\\d.,/-])(\\d{3})(?![\\d\\p{L}]|[.,/:-]\\d)");
    /** Words before a short number that make it a number to dial. */
    private static final Set<String> DIAL_CUES = Set.of("al", "llame", "llamen", "llamar", "llama", "llamá", "marque", "marca", "marcá", "marcar", "call", "dial", "ring", "phone");
    /** "call 116 123": a short number printed in two groups of three (checked against libphonenumber's short numbers). */
    private static final Pattern SHORT_SPACED = Pattern.compile("(?<![\\d.,/-])(\\d{3})[ \\u00A0](\\d{3})(?![\\d\\p{L}]|[.,/:-]\\d|[ \\u00A0]\\d)");
    /** "call or text 988" (round five J): a short number texted is dialled too. */
    private static final Set<String> EN_TEXT_CUES = Set.of("text", "txt");
    /** "Ashland County 911" (round five J): the emergency number named after the place it serves. */
    private static final Set<String> EN_PLACE_WORDS = Set.of("county", "parish", "borough", "city", "township");
    /** Spanish verbs of calling: "llame al 311" dials a service number where "del 100 al 311" does not. */
    private static final Set<String> ES_CALL_VERBS = Set.of("llame", "llamen", "llamar", "llama", "llamá", "marque", "marca", "marcá",
            "marcar", "comuníquese", "comunícate");
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern IP = Pattern.compile("(?<![\\d.,/-])(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d]|\\.\\d)");

    /** "x123", "ext123" glued or spaced after a phone: its extension ("ext. 204" with a dot is read by the quantity rules). */
    private static final Pattern EXTENSION_AFTER = Pattern.compile("[ \\u00A0]?(?:x|ext|EXT|X)[ \\u00A0]?(\\d{1,6})(?![\\d\\p{L}]|[.,]\\d)");

    @Override
    public int read(ReadContext ctx, int pos) {
        int end = number(ctx, pos);
        if (end > pos) {
            Matcher x = ctx.at(EXTENSION_AFTER, end);
            if (x.lookingAt()) {
                // "(800) 555-0100 x123": the extension keyed in after the number.
                ctx.append(ctx.es() ? " extensión " : " extension ").append(ctx.speller.digits(x.group(1)));
                return x.end();
            }
        }
        return end;
    }

    private int number(ReadContext ctx, int pos) {
        char c = ctx.text.charAt(pos);
        if (c == '+') {
            Matcher m = ctx.at(INTERNATIONAL, pos);
            if (!m.lookingAt()) {
                return -1;
            }
            List<String> groups = groups(m.group(2));
            int total = m.group(1).length() + groups.stream().mapToInt(String::length).sum();
            if (total < 7) {
                return -1;
            }
            String cc = m.group(1).length() <= 2 ? ctx.speller.cardinal(m.group(1), Gender.NEUTRAL) : ctx.speller.digits(m.group(1));
            ctx.append(ctx.es() ? "más " : "plus ").append(cc).append(", ").append(spoken(ctx, groups));
            return m.end();
        }
        if (c == '(') {
            Matcher m = ctx.at(AREA_CODE, pos);
            if (!m.lookingAt()) {
                return -1;
            }
            List<String> groups = new ArrayList<>();
            groups.add(m.group(1));
            groups.addAll(groups(m.group(2)));
            if (m.group(1).length() == 5 && !validForRegion(String.join("", groups), ctx.locale.region)) {
                return -1; // five digits in brackets only as a trunk "0" and an area code of the locale's country (libphonenumber)
            }
            ctx.append(spoken(ctx, groups));
            return m.end();
        }
        if (digitsAhead(ctx.text, pos) < 3) {
            return -1; // "15 %", "el 1 de": too few digits for any phone, short number or address; skip the patterns
        }
        Matcher m = ctx.at(IP, pos);
        if (m.lookingAt() && isIp(m)) {
            String dot = ctx.es() ? " punto " : " dot ";
            StringBuilder sb = new StringBuilder();
            for (int g = 1; g <= 4; g++) {
                if (g > 1) {
                    sb.append(dot);
                }
                sb.append(ctx.speller.digits(m.group(g)));
            }
            ctx.append(sb.toString());
            return m.end();
        }
        m = ctx.lang == Lang.EN && c == '1' ? ctx.at(VANITY, pos) : null;
        if (m != null && m.lookingAt()) {
            // "1-800-FLOWERS", "1-888-CALL-NOW": the toll-free prefix, then the word as written for the caller to key in.
            String prefix = m.group(1).equals("800") ? "eight hundred" : ctx.speller.digits(m.group(1));
            ctx.append("one, ").append(prefix).append(", ").append(m.group(2).replaceAll("[-. ]", " "));
            return m.end();
        }
        m = ctx.lang == Lang.EN ? relayNumber(ctx, pos) : null;
        if (m != null) {
            // A relay prefix keyed before the number it connects to is a number of its own: a pause after it.
            ctx.append(ctx.speller.digits(m.group(1))).append(ctx.text.startsWith(" ", m.end()) && digitsAhead(ctx.text, m.end()) > 0 ? "," : "");
            return m.end();
        }
        m = ctx.at(NANP, pos);
        if (m.lookingAt()) {
            ctx.append(spoken(ctx, List.of("1", m.group(1), m.group(2), m.group(3))));
            return m.end();
        }
        m = ctx.at(SHORT_SPACED, pos);
        if (m.lookingAt() && DIAL_CUES.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT))
                && shortNumber(m.group(1) + m.group(2), ctx.locale.region)) {
            // "call 116 123" (round five J): a six-digit short number printed in two groups after a verb of calling
            // is one number to dial, digit by digit, not "one hundred sixteen thousand…".
            ctx.append(ctx.speller.digits(m.group(1))).append(' ').append(ctx.speller.digits(m.group(2)));
            return m.end();
        }
        m = pos + 4 < ctx.text.length() && ctx.text.charAt(pos + 1) == '-' ? ctx.at(HYPHENED_SHORT, pos) : null;
        if (m != null && m.lookingAt() && shortNumber(m.group(1) + m.group(2) + m.group(3), ctx.locale.region)) {
            // "llame al 2-1-1", "call 8-1-1" (round nine B): a short number written digit by digit with hyphens is dialled
            // so, the hyphens unsaid; a score or a step list ("3-1-2") is no short number of the region.
            ctx.append(ctx.speller.digits(m.group(1) + m.group(2) + m.group(3)));
            return m.end();
        }
        m = ctx.at(SHORT, pos);
        if (m.lookingAt() && shareAfter(ctx, m.end())) {
            // Round forty-eight: a share ("cargado al 100%", "llega al 100 por ciento", Argentina's 100 and 107 being short
            // numbers too) is no number to dial, whatever cue stands before it; no phone ends in a percent sign either.
            return -1;
        }
        if (m.lookingAt() && afterEmergencyLabel(ctx, pos) && shortNumber(m.group(1), ctx.locale.region)
                || m.lookingAt() && (DIAL_CUES.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT)) && !rangeEnd(ctx, pos) || emergencyCue(ctx, pos, m.end())
                || standingAlone(ctx, pos, m.end()) || reachCue(ctx, pos, m.end()))
                && ShortNumberInfo.getInstance().isEmergencyNumber(m.group(1), ctx.locale.region)
                || m.lookingAt() && ctx.lang == Lang.EN && shortNumber(m.group(1), ctx.locale.region)
                && (DIAL_CUES.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT))
                || EN_TEXT_CUES.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT)) || dialledAlternative(ctx, pos)
                || namedService(ctx, pos) || serviceName(ctx, pos, m.group(1)) || afterInfoLabel(ctx, pos)
                || contactAlternative(ctx, pos, m.end()) || onAtClauseEnd(ctx, pos, m.end()))
                // Round fifty-five, both languages since round fifty-eight: "if it is urgent but no emergency, 111.", "si se
                // intoxica durante la excursión, 091.": any short number of the region stands alone after a clause naming an
                // emergency, a danger or a call, and its comma, where an emergency number would (round nineteen B), a line to
                // dial too; after a bare "or" ("Pages 200 or 211.") a number that is no emergency's may be a count.
                // The dialling context first: it reads a word or two back, where shortNumber parses with libphonenumber (6% of a
                // cache miss's worker CPU on the bench's Spanish texts, whose numbers are mostly no short number's)
                || m.lookingAt() && standingAlone(ctx, pos, m.end()) && afterClauseMark(ctx.text, pos)
                && shortNumber(m.group(1), ctx.locale.region)
                || m.lookingAt() && ctx.es() && spanishDial(ctx, pos) && shortNumber(m.group(1), ctx.locale.region)
                // Round seventy B: English lists its numbers as Spanish does ("call 999, 112 or 101", "for non-emergencies, 101 or 111").
                || m.lookingAt() && listedAfterDialledNumber(ctx, pos, m.end(), 4) && shortNumber(m.group(1), ctx.locale.region)
                || m.lookingAt() && (namedEmergency(ctx, pos, m.end()) && ShortNumberInfo.getInstance().isEmergencyNumber(m.group(1), ctx.locale.region)
                || areaCode(ctx, pos))) {
            // English also dials the region's other short numbers: "call 311", "or 111 for urgent advice".
            ctx.append(ctx.speller.digits(m.group(1)));
            return m.end();
        }
        m = ctx.at(UNBROKEN, pos);
        if (m.lookingAt() && !(ctx.es() && ctx.locale.region.equals("ES"))) {
            List<String> groups = nationalGroups(m.group(1), ctx.locale.region);
            // Round eighty-three B: the national format adds the trunk prefix a run written without it lacks ("1914960452"
            // in GB prints "0191 496 0452"), and these groups are what is said: never a digit the text does not have. A
            // run written without its country's trunk prefix is no phone as printed; its other readers take it.
            if (groups != null && String.join("", groups).equals(m.group(1))) {
                ctx.append(spoken(ctx, groups));
                return m.end();
            }
        }
        m = ctx.at(TRUNK_AND_NUMBER, pos);
        if (m.lookingAt()) {
            // Round forty-eight: "01524 496213", "07700 900123": a trunk-prefixed area code and a subscriber number of six
            // or seven digits, each group too long for SPACED, are two groups with a pause between them when libphonenumber
            // prints the valid national number so ("zero one nine zero four, four nine six one one five").
            // Round sixty-four A: also a valid number split only where libphonenumber's national format ends its area code
            // ("017687 72845", "0113 4960571"): the first group is the trunk and area code, the rest the subscriber's
            // number, a grouping printed for every UK area code length; six digits then five that are no valid number of
            // the region ("012345 67890" of a count) keep their reading as numbers.
            List<String> printed = groups(m.group(1));
            List<String> national = nationalGroups(String.join("", printed), ctx.locale.region);
            if (printed.equals(national) || national != null && national.size() > 1 && printed.get(0).equals(national.get(0))) {
                ctx.append(spoken(ctx, printed));
                return m.end();
            }
        }
        for (Pattern p : new Pattern[]{AREA_SPACE_DASHED, DASHED, DOTTED, SPACED, MOBILE}) {
            m = ctx.at(p, pos);
            if (m.lookingAt() && isPhone(ctx, p, m.group(1))) {
                List<String> groups = p == MOBILE ? List.of(m.group(1).substring(0, 3), m.group(1).substring(3, 6), m.group(1).substring(6))
                        : groups(m.group(1));
                ctx.append(spoken(ctx, groups));
                return m.end();
            }
        }
        return -1;
    }

    /**
     * After a short number: the end of the clause, a word of a dialled number's going on ({@link #EN_AFTER_DIALLED}) or
     * of its service ("line", "service"); a noun counted or named after it ("the BBC 100 list") is none.
     */
    private static boolean notCounted(ReadContext ctx, int end) {
        String t = ctx.text;
        String next = ctx.nextWord(end).toLowerCase(Locale.ROOT);
        return end == t.length() || t.charAt(end) != ' ' && ".,;:!?)".indexOf(t.charAt(end)) >= 0
                || t.charAt(end) == ' ' && (EN_AFTER_DIALLED.contains(next) || EN_SERVICE_NOUNS.contains(next));
    }

    /**
     * "NHS 111" with the end of its clause or a service's word after it: a short number of the region named by its
     * service's initials, to be dialled (the product rule, "Office 365 apps", leaves it to this reader).
     */
    static boolean namedServiceNumber(ReadContext ctx, int pos) {
        return ctx.lang == Lang.EN && pos + 3 <= ctx.text.length() && namedService(ctx, pos)
                && shortNumber(ctx.text.substring(pos, pos + 3), ctx.locale.region);
    }

    private static final Pattern SHORT_THREE = Pattern.compile("\\d{3}(?![\\d\\p{L}]|[.,]\\d)");

    /**
     * "call NHS 111", "dial NYC 311" (round five H): a service's initials between the verb of calling and its short number;
     * the number is dialled, "one one one", not "one hundred and eleven".
     */
    private static boolean namedService(ReadContext ctx, int pos) {
        String name = ctx.previousWord(pos);
        if (name.length() < 2 || name.length() > 5 || !name.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        int i = ReadContext.spacesStart(ctx.text, pos);
        // Round thirty-two B: "or NHS 111 if anyone feels unwell", "the NHS 111 service": the service's initials name the
        // line by themselves, with no verb of calling before them; only right before a three-digit short number, with a
        // single space (the caller checks the region's short-number data).
        return DIAL_CUES.contains(ctx.previousWord(i - name.length()).toLowerCase(Locale.ROOT))
                || i == pos - 1 && ctx.text.charAt(i) == ' ' && SHORT_THREE.matcher(ctx.text).region(pos, ctx.text.length()).lookingAt()
                && notCounted(ctx, pos + 3);
    }

    /** Labels an emergency number is printed after, with a colon: "Emergencias: 112", "Emergency: 999". */
    private static final Set<String> EMERGENCY_LABELS = Set.of("emergencias", "emergencia", "urgencias", "emergency", "emergencies");
    /** Spanish emergency services a number is printed after, with a colon: "Policía: 101", "SAME: 107", "Ambulancia: 107". */
    private static final Set<String> EMERGENCY_SERVICES = Set.of("bomberos", "policía", "policia", "ambulancia", "ambulancias",
            "guardacostas", "same", "samu", "sem");

    /**
     * Round eight F: an emergency label prints the number to dial, with a colon or without ("Emergencias: 103",
     * "Emergencias 911", "Emergency 911"): any short number of the region (libphonenumber's emergency and short numbers,
     * so Argentina's 103 of civil defence too) is dialled. Without the colon the label is capitalised, as labels are
     * printed: "atendimos emergencias 112 veces" counts.
     */
    private static boolean afterEmergencyLabel(ReadContext ctx, int pos) {
        int i = ReadContext.spacesStart(ctx.text, pos);
        if (i == pos) {
            return false;
        }
        boolean colon = i > 0 && ctx.text.charAt(i - 1) == ':';
        String label = ctx.previousWord(colon ? i - 1 : i);
        if (!label.isEmpty() && EMERGENCY_LABELS.contains(label.toLowerCase(Locale.ROOT)) && (colon || Character.isUpperCase(label.charAt(0)))) {
            return true;
        }
        if (colon && ctx.es() && EMERGENCY_SERVICES.contains(label.toLowerCase(Locale.ROOT)) && joinedToAnotherShortNumber(ctx, pos)) {
            // Round fifty-six: an emergency service's noun and a colon before short numbers joined by "o" or "y" ("SAME: 107
            // o 911", "Policía: 101 y 911") print the numbers that reach it, each dialled as after "Emergencias:"; a lone
            // number there keeps its name (es-AR "Policía: 101" is "ciento uno"; Argentines call their brigade "el cien").
            return true;
        }
        if (!colon && ctx.es() && i == pos - 1 && EMERGENCY_SERVICES.contains(label.toLowerCase(Locale.ROOT))
                && label.chars().allMatch(Character::isUpperCase)) {
            // Round sixty-one B: a service's initials right before a short number of its region ("llamá al SAME 107",
            // "con el SAMU 131") name the line and the number after them is the one that reaches it, dialled as English
            // "NHS 111" is (namedService); a service's common noun without a colon ("la policía 101 veces") may count.
            return true;
        }
        // A label of a few words before the colon names the emergency first: "Emergencias en montaña: 911",
        // "Emergency line: 999".
        int from = colon ? Math.max(ctx.sentenceStart(i - 1, 40), ctx.text.lastIndexOf(',', i - 1) + 1) : i;
        return colon && ctx.anyWord(from, i - 1, EMERGENCY_LABELS::contains);
    }

    /** After a short number, a joiner ("o", "y") and another short number of the region: "100 o 911", "101 y 911". */
    private static final Pattern JOINED_SHORT_NUMBER = Pattern.compile("\\d{2,6}[ \\u00A0]+(?:o|u|y|e)[ \\u00A0]+(\\d{2,6})(?![\\d\\p{L}]|[.,]\\d)");

    /**
     * Where a list of short numbers of the region that goes on after the number ending at {@code end} ends: past up to
     * two more members joined by "o", "y" or a comma ("107, 100 o 911"), each a short number (libphonenumber's); {@code
     * end} itself when no joiner and short number follow.
     */
    private static int shortNumberListEnd(ReadContext ctx, int end) {
        for (int members = 0; members < 2; members++) {
            Matcher m = ctx.at(ctx.es() ? ES_LIST_MEMBER : EN_LIST_MEMBER, end);
            if (!m.lookingAt() || !shortNumber(m.group(1), ctx.locale.region)) {
                break;
            }
            end = m.end();
        }
        return end;
    }

    /** Whether the number at {@code pos} is joined by "o"/"y" to another short number of the region ({@link #JOINED_SHORT_NUMBER}). */
    private static boolean joinedToAnotherShortNumber(ReadContext ctx, int pos) {
        Matcher m = ctx.at(JOINED_SHORT_NUMBER, pos);
        return m.lookingAt() && shortNumber(m.group(1), ctx.locale.region);
    }

    /** English labels a traveller or information line's number is printed after, with a colon: "Updates: 511". */
    private static final Set<String> EN_INFO_LABELS = Set.of("updates", "update", "info", "information", "conditions", "travel",
            "traffic", "roads", "helpline", "hotline", "help", "enquiries", "inquiries");

    /**
     * "Updates: 511", "Road info: 511" (round ten B): after an information label and its colon a short number of the
     * region (libphonenumber's short-number data: the US 511 travel line, 311, 211) is the line to call, dialled.
     */
    private static boolean afterInfoLabel(ReadContext ctx, int pos) {
        int i = ReadContext.spacesStart(ctx.text, pos);
        return i > 1 && i < pos && ctx.text.charAt(i - 1) == ':' && EN_INFO_LABELS.contains(ctx.previousWord(i - 1).toLowerCase(Locale.ROOT));
    }

    /** Labels of a relay or text-phone line: "TTY 711", "TDD: 711", "text relay 711", "Relay UK on 18001". */
    private static final Set<String> EN_RELAY_LABELS = Set.of("tty", "tdd", "ttd", "ttys", "relay", "textphone", "minicom");
    /** Words between a relay label and its number: the service's country ("Relay UK on 18001"), "TTY users", "TDD line". */
    private static final Set<String> EN_RELAY_BRIDGES = Set.of("uk", "on", "at", "via", "users", "user", "line", "number", "service");
    /** A short number of three to five digits: "711", "18001" (Relay UK's prefix, keyed before the number it connects to). */
    private static final Pattern RELAY_SHORT = Pattern.compile("(\\d{3,5})(?![\\d\\p{L}]|[.,/:-]\\d)");

    /**
     * Round seventeen B: "TTY 711", "TDD: 711", "Relay 711", "through Relay UK on 18001 0300 123 4567": a short number of
     * the region (libphonenumber's: the US and Canadian relay line 711, the UK's relay prefix 18001) within a few words
     * after a relay or text-phone label of the same clause is dialled, "seven one one", not "seven hundred and eleven".
     * "711 TTY calls" (the label after it) keeps its count. Returns the match, or null.
     */
    private static Matcher relayNumber(ReadContext ctx, int pos) {
        int i = ReadContext.spacesStart(ctx.text, pos);
        if (i > 0 && ctx.text.charAt(i - 1) == ':') {
            i--;
        }
        if (i == pos || i == 0 || !Character.isLetter(ctx.text.charAt(i - 1))) {
            return null; // cheap check first: most numbers have no word right before them
        }
        for (int words = 0; words < 3; words++) {
            String word = ctx.previousWord(i);
            String lower = word.toLowerCase(Locale.ROOT);
            if (EN_RELAY_LABELS.contains(lower)) {
                Matcher m = ctx.at(RELAY_SHORT, pos);
                return m.lookingAt() && shortNumber(m.group(1), ctx.locale.region) ? m : null;
            }
            if (!EN_RELAY_BRIDGES.contains(lower)) {
                return null;
            }
            i = ReadContext.spacesStart(ctx.text, i);
            i -= word.length();
        }
        return null;
    }

    /** Words that may follow a short number to call: "311 to rebook", "111 anytime"; "211 stores" counts stores. */
    private static final Set<String> EN_DIAL_TAILS = Set.of("to", "for", "if", "anytime", "any", "now", "today", "or", "and");

    /**
     * Round sixteen B: "Info: denvergov.org/trash or 311", "unitedway.org, (614) 228-8800 or 211", "Contact 311 to
     * rebook": a short number of the region (libphonenumber's) offered as another way in, after "or", "and" or a
     * comma next to a web address, an e-mail address or a phone number, or after "contact", is the line to call,
     * dialled. Nothing but a few words of when or why may follow it: "or 211 stores", "contact 311 members" count.
     */
    private static boolean contactAlternative(ReadContext ctx, int pos, int end) {
        String next = ctx.nextWord(end);
        if (!next.isEmpty() && !EN_DIAL_TAILS.contains(next)) {
            return false;
        }
        String t = ctx.text;
        String before = ctx.previousWord(pos);
        if (before.equalsIgnoreCase("contact")) {
            return true;
        }
        int i = ReadContext.spacesStart(t, pos);
        if (before.equals("or") || before.equals("and")) {
            i -= before.length();
        } else if (!before.isEmpty() || i == 0 || t.charAt(i - 1) != ',') {
            return false;
        }
        while (i > 0 && (t.charAt(i - 1) == ' ' || t.charAt(i - 1) == ',')) {
            i--;
        }
        int tokenEnd = i;
        while (i > 0 && !Character.isWhitespace(t.charAt(i - 1))) {
            i--;
        }
        return contactToken(t.substring(i, tokenEnd));
    }

    /** A web or e-mail address ("denvergov.org/trash", "help@city.gov") or a phone number's last group or more. */
    private static boolean contactToken(String token) {
        int digits = 0;
        boolean phone = !token.isEmpty();
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if ("()-.+".indexOf(c) < 0) {
                phone = false;
            }
        }
        if (phone) {
            return digits >= 7;
        }
        int slash = token.indexOf('/');
        String host = slash < 0 ? token : token.substring(0, slash);
        int dot = host.lastIndexOf('.');
        return dot > 0 && dot < host.length() - 1 && host.indexOf('.') > 0
                && TopLevelDomains.contains(host.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Round eight: the region's emergency number (libphonenumber's) is dialled, digit by digit, also after "on" with no
     * noun after it ("alert the coastguard on 999", "on 999 or 112"); "on 112 acres", "911 vecinos" keep their numbers.
     * After a label and a colon ("Emergencias: 112") {@link #afterEmergencyLabel} dials it: every three-digit emergency
     * number libphonenumber knows is one of its region's short numbers too (all but Uzbekistan's 001 to 003; round nine).
     */
    private static boolean emergencyCue(ReadContext ctx, int pos, int end) {
        String before = ctx.previousWord(pos);
        // Round eighty B: "use 999 BSL", "use 911 from any phone": the emergency number one is told to use is the line to
        // dial, before a service's name in capitals or a word of how or when (EN_AFTER_DIALLED) as at a clause's end; "use
        // 112 tablets" (a count's noun) keeps its number, and "use 100 grams" has no emergency number.
        boolean use = before.equalsIgnoreCase("use");
        if (ctx.lang != Lang.EN || !before.equals("on") && !use) {
            return false;
        }
        String next = ctx.nextWord(end);
        return end == ctx.text.length() || ctx.text.charAt(end) != ' ' || next.isEmpty() || next.equals("or") || next.equals("and")
                || use && (Character.isUpperCase(next.charAt(0)) || EN_AFTER_DIALLED.contains(next));
    }

    /** English verbs that get through to a number without calling it: "reach 911", "contact 999". */
    private static final Set<String> EN_REACH_VERBS = Set.of("reach", "contact");
    /** Words that go on after a number dialled, not a counted noun: "reach 911 by phone", "reach 999 or 112 from any network". */
    private static final Set<String> EN_AFTER_DIALLED = Set.of("by", "on", "from", "or", "and", "if", "in", "for", "with", "when",
            "via", "at", "through", "using", "instead", "now", "first", "directly", "immediately", "right", "straight", "as",
            "while", "before", "after", "until", "to", "then",
            // Round forty-eight: "or NHS 111 out of hours", "NHS 111 outside opening hours": when the line is to be rung.
            "out", "outside", "overnight", "anytime");

    /**
     * Round seventy-three H: "report any smoke to 911", "pass sightings to 911 or 311", "to 911 or the police line": the
     * emergency number after "to" is the line a report is given to, after "report" earlier in the sentence or before "or"
     * and another number or line; "from 900 to 911" ends a range and "rise to 911 or more" names a level.
     */
    private static boolean givenToTheLine(ReadContext ctx, int pos, int end) {
        if (rangeEnd(ctx, pos)) {
            return false;
        }
        String t = ctx.text;
        if (t.startsWith(" or ", end)) {
            int j = end + 4;
            String partner = ctx.nextWord(end + 3);
            if (j < t.length() && TokenScanner.isDigit(t.charAt(j)) || EN_LINE_DETERMINERS.contains(partner)) {
                return true;
            }
        }
        return ctx.anyWord(ctx.sentenceStart(pos, 80), pos, word -> word.equals("report"));
    }

    /** Words that start another line named after "911 or": "the non-emergency line", "your local station". */
    private static final Set<String> EN_LINE_DETERMINERS = Set.of("the", "your", "our", "a", "an");

    /**
     * Round twenty-three B: "if you cannot reach 911 by phone", "use a mobile to reach 999 or 112", "contact 112 or 999
     * straight away": the region's emergency number after "reach"/"contact", or after "or"/"and" joining it to another
     * number behind one of them, is the number to dial (the caller checks emergency numbers after this). A count goes on
     * to its noun ("reach 911 more homes", "reach 999 customers").
     */
    private static boolean reachCue(ReadContext ctx, int pos, int end) {
        if (ctx.lang != Lang.EN) {
            return false;
        }
        String t = ctx.text;
        String before = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
        boolean reach = EN_REACH_VERBS.contains(before) || before.equals("to") && givenToTheLine(ctx, pos, end);
        if (!reach && (before.equals("or") || before.equals("and"))) {
            int i = ReadContext.spacesStart(t, pos);
            i -= before.length();
            i = ReadContext.spacesStart(t, i);
            reach = i > 0 && TokenScanner.isDigit(t.charAt(i - 1))
                    && ctx.anyWord(ctx.sentenceStart(i, 80), i, EN_REACH_VERBS::contains);
        }
        if (!reach) {
            return false;
        }
        String next = ctx.nextWord(end);
        if ((next.equals("or") || next.equals("and")) && t.startsWith(" " + next + " ", end)) {
            // "reach 999 or 112 units" counts both: the partner's own next word decides.
            int j = end + next.length() + 2;
            int digits = TokenScanner.digitsEnd(t, j);
            if (digits > j) {
                end = digits;
                next = ctx.nextWord(end);
            }
        }
        return end == t.length() || t.charAt(end) != ' ' || next.isEmpty() || !Character.isLowerCase(next.charAt(0))
                || EN_AFTER_DIALLED.contains(next);
    }

    /**
     * Round nineteen B: "in an emergency, 999.", "For emergencies, 911.", "Emergencies only, 112": the region's emergency
     * number standing alone at a clause's end, after an emergency word, a verb of calling or "or", or after a comma or a
     * colon ending a clause that names an emergency or a call, is the number to dial (the caller checks emergency numbers
     * after this). A count goes on to its noun ("999 customers"), a share has its sign ("el 100 %"), and "Total, 999."
     * names no call.
     */
    private static boolean standingAlone(ReadContext ctx, int pos, int end) {
        String t = ctx.text;
        if (end < t.length() && t.charAt(end) == ' ') {
            // Round sixty-seven B: the first of two or three short numbers of the region joined by "o"/"y" stands alone with
            // them ("si hay humo, 080 o 112."): the whole list ends the clause, its later members are dialled after it
            // (listedAfterDialledNumber); a count goes on to its noun after the list ("…, 100 o 107 personas"). Round seventy
            // B: English too, "if anyone is hurt, 999 or 112."
            end = shortNumberListEnd(ctx, end);
        }
        if (end < t.length() && ".,;!?)".indexOf(t.charAt(end)) < 0 || end + 1 < t.length() && t.charAt(end) == '.'
                && TokenScanner.isDigit(t.charAt(end + 1))) {
            return false;
        }
        String before = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
        if (EMERGENCY_LABELS.contains(before) || DIAL_CUES.contains(before) && !before.equals("al") || before.equals("or")) {
            return true;
        }
        int i = ReadContext.spacesStart(t, pos);
        if (ctx.lang == Lang.EN && before.equals("to") && i > 2
                && EMERGENCY_LABELS.contains(ctx.previousWord(ReadContext.spacesStart(t, i - 2)).toLowerCase(Locale.ROOT))) {
            // Round sixty B: "report each emergency to 911.", "Direct all emergencies to 999.": what is reported or sent "to" the
            // number is the emergency itself, so the number is the line that takes it, dialled; "calls rose to 911." and
            // "emergency calls rose to 911." (no emergency word right before "to") keep the number.
            return true;
        }
        if (i == pos || i == 0 || t.charAt(i - 1) != ',' && t.charAt(i - 1) != ':') {
            return false;
        }
        // The clause right before the comma names the emergency or the call: "vecinos: 112" after "Emergencias
        // atendidas," counts.
        int from = ctx.sentenceStart(i - 1, 80);
        for (int j = i - 2; j >= from; j--) {
            if (",;:".indexOf(t.charAt(j)) >= 0) {
                from = j + 1;
                break;
            }
        }
        return ctx.anyWord(from, i - 1, word -> EMERGENCY_LABELS.contains(word) || DIAL_CUES.contains(word) && !word.equals("al"))
                || (ctx.es() ? SPANISH_DANGER : ENGLISH_DANGER).matcher(t).region(from, i - 1).find()
                || ctx.es() && EN_CASO_DE_CLAUSE.matcher(t).region(from, i - 1).matches()
                || ctx.lang == Lang.EN && lesserLineClause(ctx, from, i - 1)
                || t.charAt(i - 1) == ',' && emergencyAfterCondition(ctx, pos, i - 1, from);
    }

    /** Round seventy-five K: "if in doubt", "if so", "si acaso": a condition with no verb of its own names no emergency. */
    private static final Set<String> VERBLESS_CONDITION_STARTS = Set.of("in", "so", "not", "needed", "necessary", "possible",
            "unsure", "required", "applicable", "acaso", "procede");

    /**
     * Round seventy-five K: "si tiene palpitaciones, 112.", "If your lips start to swell, 911.": after a conditional clause
     * ("si"/"if" and at least a verb's words) and its comma, the region's emergency number (libphonenumber's
     * ShortNumberInfo, not a longer danger list) ending the sentence alone is the line to dial, whatever the condition's
     * words; the danger words ({@link #SPANISH_DANGER}, {@link #ENGLISH_DANGER}) still carry the other short numbers and a
     * number before a further clause. The condition may hold commas of its own ("si tiene fiebre, rigidez o manchas,
     * 112."). "If in doubt, 999." (no verb), a count going on to its noun and a number that is no emergency's keep it.
     * Round eighty-four A: a semicolon ends the clause as a full stop does ("si no respira, 112; para lo demás, …"): the
     * number still stands alone after the condition, the next clause gives another line.
     */
    private static boolean emergencyAfterCondition(ReadContext ctx, int pos, int comma, int clauseFrom) {
        String t = ctx.text;
        int end = TokenScanner.digitsEnd(t, pos);
        if (end < t.length() && ".!?;".indexOf(t.charAt(end)) < 0 || end + 1 < t.length() && t.charAt(end) == '.'
                && !Character.isWhitespace(t.charAt(end + 1))
                || !ShortNumberInfo.getInstance().isEmergencyNumber(t.substring(pos, end), ctx.locale.region)) {
            return false;
        }
        int sentence = ctx.sentenceStart(clauseFrom, 200);
        int from = clauseFrom;
        while (true) {
            int first = ReadContext.spacesEnd(t, from);
            String word = ctx.nextWord(first);
            if (word.equalsIgnoreCase(ctx.es() ? "si" : "if")) {
                int second = ReadContext.spacesEnd(t, first + word.length());
                String next = ctx.nextWord(second).toLowerCase(Locale.ROOT);
                int space = t.indexOf(' ', second + next.length());
                return !next.isEmpty() && !VERBLESS_CONDITION_STARTS.contains(next) && space > 0 && space < comma;
            }
            if (from <= sentence || t.charAt(from - 1) != ',') {
                return false;
            }
            // The clause before, across a comma only ("si tiene fiebre, rigidez…, 112."): back to a comma, a semicolon, a
            // colon or the sentence's start.
            int j = from - 2;
            while (j >= sentence && ",;:".indexOf(t.charAt(j)) < 0) {
                j--;
            }
            from = Math.max(j + 1, sentence);
        }
    }

    /** Round seventy-four I: "for non-urgent help", "for non-emergencies": a clause naming the line for what is no emergency. */
    private static final Pattern NON_EMERGENCY = Pattern.compile("(?i)\\bnon-(?:urgent|emergenc(?:y|ies))\\b");

    /**
     * Round seventy-four I: "for non-urgent matters, 101.", "If you smell gas, ring 999; for anything else, 101.": a clause
     * naming what is no emergency, or a clause opened by "for" after a danger clause of the same sentence, names the line
     * for the rest, so the region's short number standing alone after its comma is dialled (the caller checks
     * libphonenumber's short numbers); "for 2024, 101." names none.
     * Round eighty B: a purpose clause opened by "to" likewise ("If you see sparking cables, call 999; to report a fault,
     * 105."), and the clause before may give its line by a verb of calling and a number instead of a danger's word ("If a
     * pupil goes missing, ring 999; for everything else, 101."); "for adults, 105." with no such clause before names none.
     */
    private static boolean lesserLineClause(ReadContext ctx, int from, int comma) {
        if (NON_EMERGENCY.matcher(ctx.text).region(from, comma).find()) {
            return true;
        }
        int sentence = ctx.sentenceStart(from, 160);
        String opener = ctx.nextWord(from);
        return sentence < from && (opener.equalsIgnoreCase("for") || opener.equalsIgnoreCase("to"))
                && (ENGLISH_DANGER.matcher(ctx.text).region(sentence, from).find() || NUMBER_DIALLED.matcher(ctx.text).region(sentence, from).find());
    }

    /**
     * Round eighty-five A: "en caso de reacción alérgica, 911.", "en caso de caída, 112;": the clause "en caso de" opens
     * names the case the line after its comma answers, whatever the noun phrase, so the region's short number standing
     * alone there is dialled without a danger's word in {@link #SPANISH_DANGER}; a doubt or a question ("en caso de duda,
     * 911.", "en caso de consultas, 112.") and a phrase with digits ("en caso de compra de 3 cajas, 100.") name none, and
     * a count after the number ("…, 911 vecinos") never stands alone.
     */
    private static final Pattern EN_CASO_DE_CLAUSE = Pattern.compile("(?iU)[ \\u00A0]*en[ \\u00A0]+caso[ \\u00A0]+de[ \\u00A0]+"
            + "(?!.*\\b(?:dudas?|consultas?|preguntas?)\\b)[^\\d]*\\p{L}");

    /** Round eighty B: a verb of calling ({@link #DIAL_CUES}) and the number it dials, "call 999", "ring 101". */
    private static final Pattern NUMBER_DIALLED = Pattern.compile("(?i)\\b(?:" + String.join("|", DIAL_CUES) + ")[ \\u00A0]+\\d{3}(?!\\d)");

    /**
     * Round sixty-one B: the English twin of {@link #SPANISH_DANGER}: "or, if there is smoke or a fire, 999.", "if anyone
     * is injured, 999.": a clause naming a danger or a hurt names the emergency as "in an emergency" does, so the
     * number standing alone after its comma is dialled ({@link #standingAlone}); "if in doubt, 999." names none.
     */
    private static final Pattern ENGLISH_DANGER = Pattern.compile("(?iU)\\b(?:danger|fire|smoke|flames?|injur(?:ed|y|ies)|hurt"
            + "|bleeding|unconscious|collapsed?|not breathing|choking|overdose|accident|crash|crime|break-in|burglary|assault"
            + "|attack|threat|life-threatening|gas leak|flood(?:ing)?)s?\\b");

    /**
     * Round forty-six: "en caso de peligro, 911.", "en caso de incendio, 112.": "en caso de" and a danger names the
     * emergency as "en caso de emergencia" does, so the number standing alone after it is dialled ({@link #standingAlone});
     * "en caso de duda, 911." and a count ("en caso de incendio, 911 vecinos…") keep the number. Round fifty-eight: the
     * danger may stand anywhere in the clause, with words between ("en caso de avería grave en la carretera", "si sufre
     * una quemadura en la cocina, 112."), and a health emergency names it as a fire does ("golpe de calor", "infarto");
     * "en caso de duda, 911." still names none.
     */
    private static final Pattern SPANISH_DANGER = Pattern.compile("(?iU)\\b(?:peligro|emergencia"
            + "|urgencia|riesgo|incendio|fuego|accidente|siniestro|robo|asalto|agresión|inundación|intoxicación|sismo|terremoto"
            + "|derrumbe|explosión|fuga|evacuación|amenaza|golpe de calor|infarto|desmayo|herida|herido|lesión|quemadura"
            + "|envenenamiento|ahogamiento|ictus|atropello|choque"
            // Round sixty-five B: smoke, flames, a smell of gas and a body's harm name the danger as "incendio" does ("si ve
            // humo en la escalera, 112.", "si huele a gas, 911."); a count ("… humo, 112 vecinos") still goes on to its noun.
            + "|humo|humareda|llamas|olor a gas|huele a gas|inconsciente|hemorragia|sangrado|asfixia|electrocución|convulsión"
            // Round seventy-four J: a flood named by its verb or participle ("si su vivienda se inunda, 112.", "si la calle
            // está inundada, 911.") names the danger as "inundación" does.
            + "|inunda|inundan|inundó|inundado|inundada"
            // Round eighty-four A: the hurt named as people ("en caso de lesionados, 911.", "si hay accidentados, 112."), as
            // "herido" names them; "en caso de duda, 911." still names none.
            + "|lesionado|lesionada|accidentado|accidentada|intoxicado|intoxicada"
            + ")(?:s|es|a|as)?\\b");

    /**
     * "Ashland County 911", "Marion County 911 dispatch" (round five J): the region's emergency number as the name of
     * the service, after "County"/"Parish"/"City" or before a word of its service, is said as it is dialled, "nine one
     * one". A count ("911 calls last year", "911 residents") keeps its reading.
     */
    private static boolean serviceName(ReadContext ctx, int pos, String digits) {
        String next = ctx.nextWord(pos + digits.length()).toLowerCase(Locale.ROOT);
        if ((EN_PLACE_WORDS.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT)) || EN_SERVICE_NOUNS.contains(next))
                && ShortNumberInfo.getInstance().isEmergencyNumber(digits, ctx.locale.region)) {
            return true;
        }
        // Round thirty-three: the region's other short numbers (the caller checks libphonenumber's: 311, 211, 411) name
        // their line before a word of its service too, "payments and 311 services", "our 311 line"; a word that counts
        // ("about 311 services") or a plural of people ("311 operators") keeps the number.
        return EN_SERVICE_NOUNS.contains(next) && !next.endsWith("ors") && !next.endsWith("ers")
                && !approximatorBefore(ctx, pos);
    }

    /** Whether an approximator or "of" before {@code pos} makes the number there a count ({@link #EN_APPROXIMATORS}). */
    static boolean approximatorBefore(ReadContext ctx, int pos) {
        return EN_APPROXIMATORS.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT));
    }

    /** Words that make the number after them a count: "about 311 services", "over 211 lines". */
    private static final Set<String> EN_APPROXIMATORS = Set.of("about", "around", "over", "under", "nearly", "almost", "some",
            "approximately", "roughly", "than", "only", "just", "of", "exactly", "least", "most", "to", "all");

    /**
     * "the 911 call center", "a 999 call", "911 dispatchers": the emergency number before a singular word of its service
     * is the service's name, "nine one one"; "911 calls" (plural, perhaps a count) and "911 residents" keep the number.
     */
    private static final Set<String> EN_SERVICE_NOUNS = Set.of("call", "center", "centre", "dispatch", "dispatcher", "dispatchers",
            "operator", "operators", "system", "service", "services", "line", "hotline");

    /** Words an area code is printed after: "en el área 713", "con lada 664" (Mexico's long-distance prefix). */
    private static final Set<String> AREA_WORDS = Set.of("área", "lada", "LADA");
    /** Determiners before "911 calls": the calls to the service, not a count of them ("about 911 calls" counts). */
    private static final Set<String> EN_CALL_DETERMINERS = Set.of("", "the", "your", "our", "their", "my", "all", "most", "any", "no", "for", "these",
            "those", "free");

    /** "lada 664 y 686", "área 305 o 786": an area code listed after another. */
    private static final Pattern LISTED_AREA = Pattern.compile("(?:área|lada|LADA) \\d{3},? (?:y|o|,) ?$");

    /**
     * Round ten: a three-digit number after "área" or "lada" is an area code, dialled digit by digit ("el área siete
     * uno tres"), as English "area code" already is; so is one listed after it ("lada 664 y 686").
     */
    private static boolean areaCode(ReadContext ctx, int pos) {
        String before = ctx.previousWord(pos);
        return AREA_WORDS.contains(before) || (before.equals("y") || before.equals("o")) && ctx.es()
                && LISTED_AREA.matcher(ctx.text.substring(Math.max(0, pos - 16), pos)).find();
    }

    /**
     * Round ten: the region's emergency number named, not dialled, is said as it is dialled: after "el"/"del" in Spanish
     * ("el 911 por voz puede fallar", "El 112 funciona sin cobertura"), before "calls"/"texts" after a determiner or
     * at a clause's start in English ("911 calls from your cell still work"). A count ("about 911 calls", "911 vecinos",
     * "los 911 vecinos") keeps its number; libphonenumber's emergency numbers of the locale's country are checked after.
     */
    private static boolean namedEmergency(ReadContext ctx, int pos, int end) {
        String before = ctx.previousWord(pos);
        if (ctx.es()) {
            // Not a share ("el 100 %", "el 100 por ciento": Argentina's 100 is also the fire brigade's) and not the start
            // of a range ("del 101 al 107").
            return (before.equals("el") || before.equals("El") || before.equals("del")) && !shareOrRangeAfter(ctx, end);
        }
        String next = ctx.nextWord(end);
        return (next.equals("calls") || next.equals("texts")) && EN_CALL_DETERMINERS.contains(before.toLowerCase(Locale.ROOT));
    }

    /**
     * "del 101 al 107", "from 100 to 112": the number ends a range (a number before its "al"/"a"/"to", across any white
     * space), it is no call.
     */
    private static boolean rangeEnd(ReadContext ctx, int pos) {
        String t = ctx.text;
        int i = ReadContext.lettersStart(t, ReadContext.spacesStart(t, pos));
        while (i > 0 && Character.isWhitespace(t.charAt(i - 1))) {
            i--;
        }
        return i > 0 && TokenScanner.isDigit(t.charAt(i - 1));
    }

    /** A percent sign or "por ciento" after the number, or "al" and another number: a share or a range, no number named. */
    private static boolean shareOrRangeAfter(ReadContext ctx, int end) {
        if (shareAfter(ctx, end)) {
            return true;
        }
        String t = ctx.text;
        int i = ReadContext.blanksEnd(t, end);
        String next = ctx.nextWord(end).toLowerCase(Locale.ROOT);
        if (next.equals("al") || next.equals("a")) {
            int j = ReadContext.spacesEnd(t, i + next.length());
            return j < t.length() && TokenScanner.isDigit(t.charAt(j));
        }
        return false;
    }

    /** A percent or per-mille sign or "por ciento" after the number ending at {@code end}: a share, no number named. */
    private static boolean shareAfter(ReadContext ctx, int end) {
        String t = ctx.text;
        int i = ReadContext.blanksEnd(t, end);
        if (i < t.length() && (t.charAt(i) == '%' || t.charAt(i) == '‰')) {
            return true;
        }
        if (!ctx.nextWord(end).equalsIgnoreCase("por")) {
            return false;
        }
        String after = ctx.nextWord(t.indexOf(' ', i) < 0 ? t.length() : t.indexOf(' ', i)).toLowerCase(Locale.ROOT);
        return after.equals("ciento") || after.equals("cien");
    }

    /** A comma or a colon, and spaces, right before {@code pos}: the number ends a clause of its own. */
    private static boolean afterClauseMark(String t, int pos) {
        int i = ReadContext.spacesStart(t, pos);
        return i > 0 && (t.charAt(i - 1) == ',' || t.charAt(i - 1) == ':');
    }

    /**
     * "Call 999 in an emergency or 111 for urgent advice": a short number after "or"/"and" in a sentence that already
     * asks to call or dial is a number to dial too, if it is one of the region's short numbers (libphonenumber).
     */
    private static boolean dialledAlternative(ReadContext ctx, int pos) {
        String before = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
        boolean on = before.equals("on");
        if (!on && !before.equals("or") && !before.equals("and") && !before.equals("then")) {
            return false;
        }
        String t = ctx.text;
        if (on && (onAddress(t, pos) || !t.regionMatches(true, pos - 3, "on ", 0, 3))) {
            return false; // "call the store on 101 Main Street", "on 123 acres": a house number, a count
        }
        return ctx.anyWord(ctx.sentenceStart(pos, 80), pos,
                word -> DIAL_CUES.contains(word) || word.equals("ring") || on && ON_CALL_VERBS.contains(word));
    }

    /**
     * Round seventy-two F: "report a power cut on 105;", "get medical advice on 111.": British English gives the line to
     * ring after "on" with no verb of calling too, the short number (libphonenumber's for the region, checked by the caller)
     * ending its clause; "on 101 Main Street", "on 150 acres" go on after it, and after a participle ("closed on 150.")
     * the number is a level reached.
     */
    private static boolean onAtClauseEnd(ReadContext ctx, int pos, int end) {
        String t = ctx.text;
        if (pos < 3 || !t.startsWith("on ", pos - 3) || !ctx.previousWord(pos).equals("on") || ctx.previousWord(pos - 3).endsWith("ed")) {
            return false;
        }
        return end == t.length() || ".;,!?)".indexOf(t.charAt(end)) >= 0 && (end + 1 == t.length() || !Character.isDigit(t.charAt(end + 1)));
    }

    /**
     * Round eleven B: "call 999 or the police on 101", "ring NHS on 111", "contact the police on 101": British English
     * gives the number to call after "on" once a verb of calling has come; these verbs count only then.
     */
    private static final Set<String> ON_CALL_VERBS = Set.of("contact", "text", "reach", "phone", "ring", "call");

    /**
     * The number after "on" is followed by a capitalised word, a house number on its street ("on 101 Main Street"), or
     * by a plural, a count ("on 123 acres", "on 111 days' notice").
     */
    private static boolean onAddress(String t, int pos) {
        int i = pos;
        while (i < t.length() && Character.isDigit(t.charAt(i))) {
            i++;
        }
        if (i + 1 >= t.length() || t.charAt(i) != ' ') {
            return false;
        }
        if (Character.isUpperCase(t.charAt(i + 1))) {
            return true;
        }
        int j = i + 1;
        while (j < t.length() && Character.isLowerCase(t.charAt(j))) {
            j++;
        }
        return j - i > 3 && t.charAt(j - 1) == 's';
    }

    /** Words that join the numbers of a list: "103 o 911", "107 y 100", "911, 100 u 107". */
    private static final Set<String> ES_LIST_JOINERS = Set.of("o", "u", "y", "e");
    /** Round seventy B: English's, "999 or 112", "999, 112 and 101". */
    private static final Set<String> EN_LIST_JOINERS = Set.of("or", "and");
    /** A joiner of {@link #ES_LIST_JOINERS} or a comma and a later member of a list of numbers: " o 911", ", 107", ", y 112". */
    private static final Pattern ES_LIST_MEMBER = listMember(ES_LIST_JOINERS);
    /** Round seventy B: English's, " or 112", ", 112", ", and 101" ({@link #EN_LIST_JOINERS}). */
    private static final Pattern EN_LIST_MEMBER = listMember(EN_LIST_JOINERS);

    /** A comma, or a joiner perhaps after one, then a number of two to six digits (group 1) standing alone. */
    private static Pattern listMember(Set<String> joiners) {
        return Pattern.compile("(?:,?[ \\u00A0]+(?:" + String.join("|", joiners) + ")|,)[ \\u00A0]+(\\d{2,6})(?![\\d\\p{L}]|[.,]\\d)");
    }
    /** Words that may follow a number dialled, not a counted noun: "103 o 911 desde cualquier teléfono". */
    private static final Set<String> ES_AFTER_DIALLED = Set.of("o", "u", "y", "e", "desde", "para", "si", "en", "ante", "las", "sin", "por");

    /**
     * Round forty-seven: "Emergencias: 103 o 911.", "llame al 100, 107 o 911": several numbers listed after one cue (an
     * emergency label, a verb of calling) are all dialled, as the first is; a later member of the list (after "o", "y" or
     * a comma) is dialled when the member before it is a short number of the region dialled by that cue or by this rule
     * (at most {@code depth} members back), and it goes on to the clause's end, a joiner or a preposition; "Emergencias:
     * 103 o 911 vecinos" counts. The caller checks libphonenumber's short numbers of the region.
     */
    private static boolean listedAfterDialledNumber(ReadContext ctx, int pos, int end, int depth) {
        String t = ctx.text;
        String next = ctx.nextWord(end).toLowerCase(Locale.ROOT);
        if (depth == 0 || end < t.length() && t.charAt(end) == ' ' && !next.isEmpty() && !(ctx.es() ? ES_AFTER_DIALLED : EN_AFTER_DIALLED).contains(next)
                && Character.isLetter(next.charAt(0))) {
            return false;
        }
        int i = ReadContext.spacesStart(t, pos);
        String before = ctx.previousWord(pos);
        if (i < pos && (ctx.es() ? ES_LIST_JOINERS : EN_LIST_JOINERS).contains(before)) {
            i = ReadContext.spacesStart(t, i - before.length());
        } else if (!(i < pos && i > 0 && t.charAt(i - 1) == ',')) {
            return false;
        }
        if (i > 0 && t.charAt(i - 1) == ',') {
            i--; // "100, 107 o 911", and the serial comma "103, 107, y 911"
        }
        int start = i;
        while (start > 0 && TokenScanner.isDigit(t.charAt(start - 1))) {
            start--;
        }
        if (start == i || i - start > 6 || start > 0 && !Character.isWhitespace(t.charAt(start - 1)) || !shortNumber(t.substring(start, i), ctx.locale.region)) {
            return false;
        }
        // Round sixty-seven B: also after a first member standing alone after a danger clause and its comma ("si hay humo,
        // 080 o 112."), dialled as a lone number there is.
        return afterEmergencyLabel(ctx, start) || (ctx.es() ? spanishDial(ctx, start) : DIAL_CUES.contains(ctx.previousWord(start).toLowerCase(Locale.ROOT)))
                || standingAlone(ctx, start, i) && afterClauseMark(t, start) || listedAfterDialledNumber(ctx, start, i, depth - 1)
                // Round seventy-three H: after an emergency number a report is given to ("sightings to 911 or 311").
                || ctx.lang == Lang.EN && ctx.previousWord(start).equals("to") && givenToTheLine(ctx, start, i)
                && ShortNumberInfo.getInstance().isEmergencyNumber(t.substring(start, i), ctx.locale.region);
    }

    /** Spanish words for an information or help line, before "en el"/"al" and a short number of the region. */
    private static final Set<String> INFO_LINES = Set.of("información", "informacion", "informes", "orientación", "orientacion");

    /**
     * "llame al 311", "marque 411", "o al 311" after a call: a short service number (libphonenumber's, of the locale's
     * country: es-US dials 311 and 411) is dialled only after a verb of calling, directly, through "al", or through a
     * later "al" of the same sentence, or after an information line ("Información en el 311"); "del 100 al 311" stays
     * a number.
     */
    private static boolean spanishDial(ReadContext ctx, int pos) {
        String before = ctx.previousWord(pos).toLowerCase(Locale.ROOT);
        if (ES_CALL_VERBS.contains(before)) {
            return true;
        }
        if (!before.equals("al") && !before.equals("el")) {
            return false; // "marque el 988" (round five J) as "marque al 988"
        }
        int at = ctx.text.lastIndexOf(ctx.previousWord(pos), pos); // as written: "El 112" at a sentence's start is not "el"
        String verbWritten = ctx.previousWord(at);
        String verb = verbWritten.toLowerCase(Locale.ROOT);
        if (ES_CALL_VERBS.contains(verb)) {
            return true;
        }
        // "Información en el 311", "Informes al 311": a line for information names the short number to call.
        String line = verb.equals("en") ? ctx.previousWord(ctx.text.lastIndexOf(verbWritten, at)).toLowerCase(Locale.ROOT) : verb;
        if (INFO_LINES.contains(line)) {
            return true;
        }
        if (before.equals("el") && !verb.equals("o") && !verb.equals("y") || rangeEnd(ctx, pos)) {
            return false; // "del 100 al 311": a range's end
        }
        // Round thirteen: "llame al 911; para información, al 311": a later "al" of the same sentence, past a semicolon
        // or a comma, still names a number to call.
        return ctx.anyWord(ctx.sentenceStart(pos, 120), at, ES_CALL_VERBS::contains);
    }

    private static boolean shortNumber(String digits, String region) {
        try {
            return ShortNumberInfo.getInstance().isValidShortNumberForRegion(PHONES.parse(digits, region), region);
        } catch (NumberParseException e) {
            return false;
        }
    }

    /** Digits in the run of digits and phone separators starting at {@code pos} (looked at up to 24 characters). */
    private static int digitsAhead(String t, int pos) {
        int digits = 0;
        for (int i = pos; i < t.length() && i - pos < 24; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (" .-()\u00A0".indexOf(c) < 0) {
                break;
            }
        }
        return digits;
    }

    /** An IP address has a group that is not three digits long; "1.000.000.000" is a number. */
    private static boolean isIp(Matcher m) {
        for (int g = 2; g <= 4; g++) {
            if (m.group(g).length() != 3) {
                return true;
            }
        }
        return false;
    }

    /** The groups the country writes a valid national number in ("5512345678" in MX → 55 1234 5678), or null. */
    private static List<String> nationalGroups(String digits, String region) {
        try {
            Phonenumber.PhoneNumber number = PHONES.parse(digits, region);
            if (!PHONES.isValidNumberForRegion(number, region)) {
                return null;
            }
            return groups(PHONES.format(number, PhoneNumberUtil.PhoneNumberFormat.NATIONAL));
        } catch (NumberParseException e) {
            return null;
        }
    }

    /**
     * Where a phone of the locale's country printed in its groups ("55 5133 9000", "91 456 78 90", "351 422-8190") that
     * starts at {@code pos} ends, or -1. Round eleven: a reference's word before it ("Tel. de seguimiento: 55 5133 9000",
     * "rastreo: 81 8342 1170") does not make it a code: no reference is printed in a phone's groups and valid as one.
     */
    static int nationalPhoneEnd(ReadContext ctx, int pos) {
        for (Pattern p : new Pattern[]{AREA_SPACE_DASHED, SPACED}) {
            Matcher m = ctx.at(p, pos);
            List<String> printed = m.lookingAt() ? groups(m.group(1)) : null;
            List<String> national = printed == null ? null : nationalGroups(String.join("", printed), ctx.locale.region);
            // The last group as the country prints it too: "account 5521 0834 62 days" is no US phone (552 108 3462).
            if (national != null && national.get(national.size() - 1).equals(printed.get(printed.size() - 1))) {
                return m.end();
            }
        }
        return -1;
    }

    /** The phone printed between {@code pos} and {@code end}, said group by group (see {@link #nationalPhoneEnd}). */
    static void speakGroups(ReadContext ctx, int pos, int end) {
        ctx.append(spoken(ctx, groups(ctx.text.substring(pos, end))));
    }

    /** Whether libphonenumber holds the digits a valid number of the region (the caller has no other sign of a phone). */
    static boolean validForRegion(String digits, String region) {
        try {
            return PHONES.isValidNumberForRegion(PHONES.parse(digits, region), region);
        } catch (NumberParseException e) {
            return false;
        }
    }

    private static boolean isPhone(ReadContext ctx, Pattern p, String written) {
        List<String> groups = groups(written);
        int digits = groups.stream().mapToInt(String::length).sum();
        if (p == MOBILE) {
            return ctx.es() && ctx.locale.region.equals("ES");
        }
        if (p == AREA_SPACE_DASHED) {
            return validForRegion(String.join("", groups), ctx.locale.region); // "11 4523-7788" in es-AR, not "a 12 2020-2021"
        }
        if (p == SPACED) {
            boolean thousandsLike = groups.get(0).length() <= 3 && groups.stream().skip(1).allMatch(g -> g.length() == 3);
            if (!thousandsLike) {
                return digits >= 7 && !groups.stream().allMatch(PhoneReader::isYear); // "55 1234 5678", "91 234 56 78": no quantity is grouped like that
            }
            // "600 123 456" is a phone in Spain, "1 034 068" a number everywhere.
            return validForRegion(String.join("", groups), ctx.locale.region);
        }
        if (p == DASHED) {
            if (digits < 7) {
                return false;
            }
            // "1970-2010" is a range of years, not a phone.
            if (groups.size() == 2 && isYear(groups.get(1)) && (isYear(groups.get(0))
                    || ctx.es() && Integer.parseInt(groups.get(0)) < Integer.parseInt(groups.get(1)))) {
                // "1970-2010", "476-1492", "129-1983": a span ending in a year. Spanish-speaking countries do not write
                // seven-digit local numbers with a dash (English "555-1234" stays a phone).
                return false;
            }
            return true;
        }
        return true;
    }

    private static boolean isYear(String g) {
        if (g.length() != 4) {
            return false;
        }
        int y = Integer.parseInt(g);
        return y >= 1000 && y <= 2099;
    }

    private static List<String> groups(String written) {
        List<String> groups = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < written.length(); i++) {
            char ch = written.charAt(i);
            if (ch >= '0' && ch <= '9') {
                cur.append(ch);
            } else if (cur.length() > 0) {
                groups.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (cur.length() > 0) {
            groups.add(cur.toString());
        }
        return groups;
    }

    private static String spoken(ReadContext ctx, List<String> groups) {
        StringBuilder sb = new StringBuilder();
        for (String g : groups) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(ctx.speller.digits(g));
        }
        return sb.toString();
    }
}
