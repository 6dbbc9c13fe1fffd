package io.locutor.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a US postal address a delivery script reads out: a house number in pairs ("123 Laguna Ct" → "one
 * twenty three Laguna Court"), street types written without a dot ("Ct", "Hwy", "Rd"), and a state code with its ZIP
 * ("Santa, FL, 95051" → "Santa, Florida, nine five zero five one"). The state names are USPS's two-letter codes; no
 * library locutor uses carries them.
 */
final class UsAddresses {
    private UsAddresses() {
    }

    private static final Map<String, String> STREET_TYPES = Map.ofEntries(Map.entry("ct", "Court"), Map.entry("hwy", "Highway"),
            Map.entry("rd", "Road"), Map.entry("ln", "Lane"), Map.entry("ave", "Avenue"), Map.entry("blvd", "Boulevard"),
            Map.entry("pkwy", "Parkway"), Map.entry("st", "Street"), Map.entry("dr", "Drive"), Map.entry("pl", "Place"),
            Map.entry("ter", "Terrace"), Map.entry("cir", "Circle"), Map.entry("sq", "Square"), Map.entry("trl", "Trail"),
            // British street words as addresses shorten them (round seven A): "14 Lavender Gdns", "Hill Cres", "Park Terr".
            Map.entry("gdns", "Gardens"), Map.entry("cres", "Crescent"), Map.entry("terr", "Terrace"), Map.entry("gro", "Grove"),
            Map.entry("fwy", "Freeway"), // round seven D: "4500 W. Airport Fwy"
            // Round thirty-four: USPS Publication 28's suffix for an expressway ("2200 N. Central Expy", Dallas).
            Map.entry("expy", "Expressway"));

    private static final Map<String, String> STATES = Map.ofEntries(Map.entry("AL", "Alabama"), Map.entry("AK", "Alaska"),
            Map.entry("AZ", "Arizona"), Map.entry("AR", "Arkansas"), Map.entry("CA", "California"), Map.entry("CO", "Colorado"),
            Map.entry("CT", "Connecticut"), Map.entry("DE", "Delaware"), Map.entry("DC", "D C"), Map.entry("FL", "Florida"),
            Map.entry("GA", "Georgia"), Map.entry("HI", "Hawaii"), Map.entry("ID", "Idaho"), Map.entry("IL", "Illinois"),
            Map.entry("IN", "Indiana"), Map.entry("IA", "Iowa"), Map.entry("KS", "Kansas"), Map.entry("KY", "Kentucky"),
            Map.entry("LA", "Louisiana"), Map.entry("ME", "Maine"), Map.entry("MD", "Maryland"), Map.entry("MA", "Massachusetts"),
            Map.entry("MI", "Michigan"), Map.entry("MN", "Minnesota"), Map.entry("MS", "Mississippi"), Map.entry("MO", "Missouri"),
            Map.entry("MT", "Montana"), Map.entry("NE", "Nebraska"), Map.entry("NV", "Nevada"), Map.entry("NH", "New Hampshire"),
            Map.entry("NJ", "New Jersey"), Map.entry("NM", "New Mexico"), Map.entry("NY", "New York"), Map.entry("NC", "North Carolina"),
            Map.entry("ND", "North Dakota"), Map.entry("OH", "Ohio"), Map.entry("OK", "Oklahoma"), Map.entry("OR", "Oregon"),
            Map.entry("PA", "Pennsylvania"), Map.entry("RI", "Rhode Island"), Map.entry("SC", "South Carolina"),
            Map.entry("SD", "South Dakota"), Map.entry("TN", "Tennessee"), Map.entry("TX", "Texas"), Map.entry("UT", "Utah"),
            Map.entry("VT", "Vermont"), Map.entry("VA", "Virginia"), Map.entry("WA", "Washington"), Map.entry("WV", "West Virginia"),
            Map.entry("WI", "Wisconsin"), Map.entry("WY", "Wyoming"), Map.entry("PR", "Puerto Rico"));

    /**
     * Round eight E: the states Spanish names in its own words (Fundéu's usage); the others keep their English name
     * ("Texas", "Florida") in Spanish text too.
     */
    private static final Map<String, String> ES_STATES = Map.ofEntries(Map.entry("NM", "Nuevo México"), Map.entry("NY", "Nueva York"),
            Map.entry("NJ", "Nueva Jersey"), Map.entry("NH", "Nuevo Hampshire"), Map.entry("NC", "Carolina del Norte"),
            Map.entry("SC", "Carolina del Sur"), Map.entry("ND", "Dakota del Norte"), Map.entry("SD", "Dakota del Sur"),
            Map.entry("PA", "Pensilvania"), Map.entry("HI", "Hawái"), Map.entry("LA", "Luisiana"), Map.entry("WV", "Virginia Occidental"));

    /** Every state's name as an English text writes it ("Texas", "New Mexico"); "D C" is the code's spelling, no written name. */
    private static final java.util.Set<String> ENGLISH_TEXT_STATE_NAMES = STATES.values().stream().filter(name -> !name.equals("D C"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /**
     * Round thirty-one: every state's name as a Spanish text writes it, in English ("Florida", "Texas") or in Spanish where
     * Spanish has its own ("Nuevo México", "Carolina del Norte").
     */
    private static final java.util.Set<String> SPANISH_TEXT_STATE_NAMES = java.util.stream.Stream.concat(ENGLISH_TEXT_STATE_NAMES.stream(),
            ES_STATES.values().stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** A city's comma, a state's name of one to three words and the spaces before its ZIP: ", Florida ", ", Nuevo México ". */
    private static final Pattern CITY_AND_STATE_BEFORE = Pattern.compile(",[ \\u00A0]+(\\p{Lu}\\p{L}+(?:[ \\u00A0]\\p{L}+){0,2})[ \\u00A0]+$");
    /** Five digits, perhaps a hyphen and the ZIP+4's four ("75205", "43215-0931"), and nothing glued after: a ZIP code's shape. */
    private static final Pattern ZIP_CODE = Pattern.compile("(\\d{5})(?:-(\\d{4}))?(?![\\d\\p{L}]|[.,]\\d)");

    /**
     * Rounds thirty-one and thirty-one B: "Miami, Florida 33135", "Albuquerque, Nuevo México 87102", "Dallas, Texas 75205",
     * "Columbus, Ohio 43215-0931": five digits after a city's comma and a state's full name are its ZIP code, dictated
     * digit by digit as after the state's code ({@link #stateAndZip}) or after "ZIP" and "código postal", never "treinta y
     * tres mil…" or "seventy five thousand…". Only after ", State " so that "Texas 12000 homes", with no city before, stays
     * a count.
     */
    static int zipAfterStateName(ReadContext ctx, int pos) {
        String t = ctx.text;
        if (pos < 6 || t.charAt(pos - 1) != ' ' && t.charAt(pos - 1) != '\u00A0') {
            return -1;
        }
        Matcher zip = ctx.at(ZIP_CODE, pos);
        if (!zip.lookingAt()) {
            return -1;
        }
        Matcher state = CITY_AND_STATE_BEFORE.matcher(t.substring(Math.max(0, pos - 36), pos));
        if (!state.find() || !(ctx.es() ? SPANISH_TEXT_STATE_NAMES : ENGLISH_TEXT_STATE_NAMES).contains(state.group(1))) {
            return -1;
        }
        return dictateZip(ctx, zip);
    }

    /** A ZIP code digit by digit, its ZIP+4 part after a pause; returns its end. */
    private static int dictateZip(ReadContext ctx, Matcher zip) {
        ctx.append(ctx.speller.digits(zip.group(1)));
        if (zip.group(2) != null) {
            ctx.append(" ").append(ctx.speller.digits(zip.group(2)));
        }
        return zip.end();
    }

    /** Words after which a ZIP code given in a sentence's run ends its phrase: "for example 60614 then press #". */
    private static final java.util.Set<String> ZIP_PHRASE_ENDS = java.util.Set.of("then", "and", "or");

    /** Whether the text at {@code end} ends the phrase of a code given: its end, a punctuation mark or {@link #ZIP_PHRASE_ENDS}. */
    private static boolean zipEndsPhrase(ReadContext ctx, int end) {
        int after = ReadContext.spacesEnd(ctx.text, end);
        return after >= ctx.text.length() || !Character.isLetterOrDigit(ctx.text.charAt(after))
                && ctx.text.charAt(after) != '%' && Character.getType(ctx.text.charAt(after)) != Character.CURRENCY_SYMBOL
                || ZIP_PHRASE_ENDS.contains(ctx.nextWord(end));
    }

    /** "ZIP", "ZIP code", "zip codes", "postal code": an English cue that a ZIP code is asked for or given. */
    private static final Pattern EN_ZIP_CUE = Pattern.compile("(?<![\\p{L}\\d])(?:ZIP|(?i:(?:zip|postal)[ \\u00A0]+codes?))(?![\\p{L}\\d])");
    /** How many words before a ZIP code its cue may stand ("ZIP code now, for example 60614": five). */
    private static final int ZIP_CUE_WORDS = 8;

    /**
     * Round forty-seven: "enter your five-digit ZIP code now, for example 60614", "key in your ZIP code at the tone, such
     * as 30318", "your ZIP code on file, 85016": five digits a few words after "ZIP" or "postal code" in the same sentence
     * are the code it asks for, dictated digit by digit as after the cue itself (ReferenceReader's DIGIT_CODE) or a state's
     * name. A count keeps its number: the code given ends its phrase (a punctuation mark, the text's end, "then", "and",
     * "or" after it), so "in this ZIP code, 45000 people voted" counts, and so does one after an approximator or "of"
     * ("about 30000 residents", as PhoneReader reads them); thousands printed with a comma ("12,000") are no ZIP's shape.
     */
    static int zipAfterCue(ReadContext ctx, int pos) {
        String t = ctx.text;
        if (ctx.es() || pos < 6 || t.charAt(pos - 1) != ' ' && t.charAt(pos - 1) != '\u00A0') {
            return -1;
        }
        Matcher zip = ctx.at(ZIP_CODE, pos);
        if (!zip.lookingAt() || !zipEndsPhrase(ctx, zip.end()) || PhoneReader.approximatorBefore(ctx, pos)) {
            return -1;
        }
        int sentence = pos;
        while (sentence > 0 && !(".!?;".indexOf(t.charAt(sentence - 1)) >= 0 && (sentence == t.length() || Character.isWhitespace(t.charAt(sentence))))) {
            sentence--;
        }
        String[] words = t.substring(sentence, pos).trim().split("[ \\u00A0]+");
        String window = String.join(" ", java.util.Arrays.copyOfRange(words, Math.max(0, words.length - ZIP_CUE_WORDS), words.length));
        return EN_ZIP_CUE.matcher(window).find() ? dictateZip(ctx, zip) : -1;
    }

    /** Round seventy-four I: two capitals at {@code pos} are a US state's postal code after its city's comma (", TX"). */
    static boolean stateAfterCity(String t, int pos, String code) {
        return STATES.containsKey(code) && afterComma(t, pos);
    }

    /** A state's name in the text's language. */
    private static String stateName(ReadContext ctx, String code) {
        String name = STATES.get(code);
        return ctx.es() && name != null ? ES_STATES.getOrDefault(code, name) : name;
    }

    /** A two-capital code after a list's joint: ", NM", " y NM", " and NM". */
    private static final Pattern LISTED_AFTER = Pattern.compile("(?:,[ \\u00A0]|[ \\u00A0](?:y|e|o|and|or|&)[ \\u00A0])(\\p{Lu}{2})(?![\\p{L}\\d])");
    /** A two-capital code before a list's joint, ending right before the code being read: "TX y ", "CA, ". */
    private static final Pattern LISTED_BEFORE = Pattern.compile("(?<![\\p{L}\\d])(\\p{Lu}{2})(?:,[ \\u00A0]|[ \\u00A0](?:y|e|o|and|or|&)[ \\u00A0])$");

    /**
     * "vendidos en TX y NM", "stores in CA, NV and AZ" (round eight E): a state code listed beside another state code is a
     * state though no city or ZIP goes with it. A code that is also a word ("OK", "IN", "ME") is not read so ("TX y OK"
     * keeps "OK"), nor a code beside capitals that are no state ("AC y DC", "PC y TV").
     */
    private static boolean listedState(ReadContext ctx, int pos, int runEnd, String word) {
        if (WORD_CODES.contains(word)) {
            return false;
        }
        Matcher after = ctx.at(LISTED_AFTER, runEnd);
        if (after.lookingAt() && STATES.containsKey(after.group(1))) {
            return true;
        }
        Matcher before = LISTED_BEFORE.matcher(ctx.text.substring(Math.max(0, pos - 8), pos));
        return before.find() && STATES.containsKey(before.group(1));
    }

    /** State codes that are also English or Spanish words: a state only before punctuation or a ZIP. */
    private static final java.util.Set<String> WORD_CODES = java.util.Set.of("OK", "IN", "ME", "OR", "HI", "OH", "ID", "LA", "MA",
            "PA", "AL", "CO", "DE", "GA", "MI", "NO", "SC");

    private static final String TYPE_ALT = String.join("|", STREET_TYPES.keySet()) + "|street|avenue|court|road|lane|drive|boulevard|highway|way|place|parkway|terrace|circle|square|trail|gardens|crescent|grove"
            // Round seventy-five L: USPS Publication 28's suffixes spelt out that had been missing ("2200 Stemmons Freeway").
            + "|freeway|expressway|turnpike|pike|causeway|alley";

    /** After a house number: one to three capitalised words, then a street type ("123 Laguna Ct", "1428 Elm St."). */
    private static final Pattern STREET_AFTER = Pattern.compile("[ \\u00A0](?:([NSEW])\\.?[ \\u00A0])?(?:(?:\\p{Lu}\\p{Ll}+|\\d{1,3}(?:st|nd|rd|th))[ \\u00A0]){1,3}(?i:"
            + TYPE_ALT + ")(?![\\p{L}\\d])");
    /**
     * Round nineteen B: a compass letter and a street's name with no type after it ("at 4410 N. Broadway, Suite 3B",
     * "to 2208 W Lincoln.", "at 95 N. Main before noon"): the name ends at punctuation, the text's end or a lower-case
     * word (group 3). "Route 66 N. of town" and "page 12 N. B." have no name.
     */
    private static final Pattern NAME_AFTER = Pattern.compile("[ \\u00A0]([NSEW])\\.?[ \\u00A0](\\p{Lu}\\p{Ll}+)(?:[ \\u00A0]\\p{Lu}\\p{Ll}+)?"
            + "(?=[,;:)]|\\.(?![\\p{L}\\d])|$|([ \\u00A0]\\p{Ll}))");
    /**
     * Round forty-five: a road named by its number after a house number ("2200 E. Loop 820", "3400 N. Highway 75", "at 4500
     * Highway 6"): the house number in pairs and the compass letter said as with a street's name; the road's number is
     * {@link #route}'s. With no compass letter only after an address's cue ({@link #ADDRESS_CUES}): "12 Route 66 diners"
     * counts. Round fifty-four: a branch route's letter after the road's number ("Route 10W", "Highway 9E"), and the roads
     * named by two or three words and a number ("State Route 48", "County Road 18", "Farm to Market 78", whose numbers run
     * to four digits).
     */
    private static final Pattern ROAD_AFTER = Pattern.compile("[ \\u00A0](?:([NSEW])\\.?[ \\u00A0])?(?:Loop|Highway|Hwy|HWY|Route|Rte|US|SR|Interstate"
            + "|(?:State|County)[ \\u00A0](?:Route|Road|Rd)|Farm[ \\u00A0]to[ \\u00A0]Market(?:[ \\u00A0]Road)?)"
            + "\\.?[ \\u00A0-]\\d{1,4}[NSEW]?(?![\\d\\p{L}]|[.,]\\d)");
    /**
     * Round fifty-four: what may follow a numbered road that ends an address with no cue before its house number ("Our
     * office, 6415 State Route 48, is closed", "… 4630 Route 10W."): a stop, a comma, the text's end or a capitalised
     * direction ("Highway 75 North"). A lower-case word after the road's number makes the number before it a count ("2500
     * Route 12 commuters").
     */
    private static final Pattern ROAD_ENDS_ADDRESS = Pattern.compile("(?:[,;:)]|\\.(?![\\p{L}\\d])|$|[ \\u00A0](?:North|South|East|West)(?![\\p{L}\\d]))");
    /**
     * Round sixty-three A: verbs of calling in at a place before "by" ("stop by 3150 S. Halsted", "drop by", "come by"):
     * "by" then names the place, as "at" does; "by 2030", "grow by 1500" stay counts and years.
     */
    private static final java.util.Set<String> VISIT_VERBS = java.util.Set.of("stop", "drop", "come", "swing", "pop", "stopping",
            "dropping", "coming", "swinging", "popping");

    /** {@link #ADDRESS_CUES} before the house number at {@code numberStart}, or "by" after one of the {@link #VISIT_VERBS}. */
    private static boolean addressCueBefore(ReadContext ctx, int numberStart) {
        String cue = ctx.previousWord(numberStart);
        if (ADDRESS_CUES.contains(cue)) {
            return true;
        }
        if (!cue.equalsIgnoreCase("by")) {
            return false;
        }
        int cueStart = ReadContext.spacesStart(ctx.text, numberStart) - cue.length();
        return VISIT_VERBS.contains(ctx.previousWord(cueStart).toLowerCase(java.util.Locale.ROOT));
    }

    /** Words an address without a street type follows ("meet at", "moved to"): a count or a measure does not. */
    private static final java.util.Set<String> ADDRESS_CUES = java.util.Set.of("at", "to", "on", "from");
    /**
     * Capitalised words that start a sentence after a dotted letter ("at 60 W. Then go"): no street's name when a
     * lower-case word follows.
     */
    private static final java.util.Set<String> SENTENCE_OPENERS = java.util.Set.of("The", "Then", "This", "That", "These", "There",
            "We", "You", "It", "Our", "Your", "Please", "Call", "Thank", "Thanks", "If", "For", "See", "And", "But", "So", "Now");
    /** The direction letter before a street name, "200 W. Main St." */
    private static final Pattern DIRECTION = Pattern.compile("[ \\u00A0]([NSEW])\\.?(?=[ \\u00A0])");

    /** ", FL, 95051", " IL 62704-1234": a state code after a city, then perhaps its ZIP code. */
    private static final Pattern STATE_ZIP = Pattern.compile("(\\p{Lu}{2})(?![\\p{L}\\d])(?:(,?[ \\u00A0])(\\d{5})(?:-(\\d{4}))?(?![\\d]))?");

    /**
     * Round twenty-nine: whether a compass letter, a street's name and its type follow the number ending at {@code end}
     * ("Visit 410 S. Main St."): a house number, so a capitalised word before it ("Visit") names no product and
     * {@link #houseNumber} says the letter ("South"); "Team 410 S. Patel will call" has no street type and is left.
     */
    static boolean compassStreetAfter(ReadContext ctx, int end) {
        Matcher street = end + 3 < ctx.text.length() && ctx.text.charAt(end) == ' ' ? ctx.at(STREET_AFTER, end) : null;
        return street != null && street.lookingAt() && street.group(1) != null;
    }

    /**
     * A house number and the direction after it ("200 W. Main St." → "two hundred West"), or -1 when no street
     * follows the number that ends at {@code end}.
     */
    static int houseNumber(ReadContext ctx, String digits, int end) {
        String t = ctx.text;
        if (end + 1 >= t.length() || t.charAt(end) != ' ' || !Character.isUpperCase(t.charAt(end + 1)) && !TokenScanner.isDigit(t.charAt(end + 1))) {
            return -1; // a street name starts with a capital (or is "5th"): most numbers need no regular expression
        }
        Matcher street = ctx.at(STREET_AFTER, end);
        if (!street.lookingAt()) {
            street = ctx.at(ROAD_AFTER, end);
        }
        if (!street.lookingAt() || street.pattern() == ROAD_AFTER && street.group(1) == null
                && !ADDRESS_CUES.contains(ctx.previousWord(end - digits.length())) && !ctx.at(ROAD_ENDS_ADDRESS, street.end()).lookingAt()) {
            street = ctx.at(NAME_AFTER, end);
            if (!street.lookingAt() || !addressCueBefore(ctx, end - digits.length())
                    || street.group(3) != null && SENTENCE_OPENERS.contains(street.group(2))) {
                return -1;
            }
        }
        int n = Integer.parseInt(digits);
        ctx.append(digits.length() >= 3 && digits.length() <= 4 ? inPairs(ctx.speller, n)
                : digits.length() == 5 && n % 1000 != 0 ? fiveDigitHouseNumber(ctx.speller, n) : ctx.speller.cardinal(digits, Gender.NEUTRAL));
        if (street.group(1) == null) {
            return end;
        }
        Matcher d = ctx.at(DIRECTION, end);
        d.lookingAt();
        ctx.append(' ').append(compassWord(d.group(1).charAt(0)));
        return d.end();
    }

    /** The words a number said in pairs follows (roads, exits, rooms), written as agents say them. */
    private static final Map<String, String> ROUTE_WORDS = Map.ofEntries(Map.entry("Hwy", "Highway"), Map.entry("HWY", "Highway"),
            Map.entry("Highway", "Highway"), Map.entry("Route", "Route"), Map.entry("Rte", "Route"), Map.entry("US", "U S"),
            Map.entry("SR", "S R"), Map.entry("Interstate", "Interstate"),
            // Round forty-five: a Texas loop ("Loop 820", "Loop 610") is a highway named by its number, "Loop eight twenty".
            Map.entry("Loop", "Loop"),
            Map.entry("Rm", "Room"), // "Rm 302" (round seven A): a room number is said in pairs as a road's is, "Room three oh two"
            // A numbered room, suite, flat, ward or gate is said in pairs too ("Room one fourteen", "Suite two ten",
            // "Courtroom six oh two"): every English writer of the held-out batches gave that reading first, and three
            // rejected "one hundred and fourteen" outright.
            Map.entry("Room", "Room"), Map.entry("Suite", "Suite"), Map.entry("Ste", "Suite"), Map.entry("Apt", "Apartment"),
            Map.entry("Apartment", "Apartment"), Map.entry("Unit", "Unit"), Map.entry("Ward", "Ward"), Map.entry("Gate", "Gate"),
            Map.entry("Courtroom", "Courtroom"), Map.entry("Classroom", "Classroom"),
            // Round seventy-six M: a numbered station of a bike-share, a shuttle or a depot is a stop named by its number,
            // said in pairs as a gate's is ("Station two fifteen"); "Station Road" has no number after it.
            Map.entry("Station", "Station"),
            // Round forty-nine: a storage or rental unit named inside a sentence is written in lower case ("for unit 216", "unit
            // 127 is past due", "delivered to unit 308") and said in pairs as "Unit 214" is, "unit two fourteen"; a unit, a
            // currency or a plural noun after its number makes a count, as after a vehicle (see route).
            Map.entry("unit", "unit"),
            // Round seven C: a highway exit is numbered by its milepost and said as the road's number is, "exit one forty five".
            Map.entry("exit", "exit"), Map.entry("Exit", "Exit"),
            // Round forty-five: a fleet's cab, taxi, bus or truck is named by its number, said in pairs as a room's is ("cab two
            // fourteen"; "truck 14" is "fourteen" either way); a unit after it counts ("a van 120 miles away", see route).
            Map.entry("cab", "cab"), Map.entry("Cab", "Cab"), Map.entry("taxi", "taxi"), Map.entry("Taxi", "Taxi"),
            Map.entry("truck", "truck"), Map.entry("Truck", "Truck"), Map.entry("van", "van"), Map.entry("Van", "Van"),
            Map.entry("bus", "bus"), Map.entry("Bus", "Bus"), Map.entry("coach", "coach"), Map.entry("Coach", "Coach"));
    /** The lower-case vehicles of {@link #ROUTE_WORDS}: a unit, a currency or a plural noun after their number makes it a count. */
    private static final java.util.Set<String> VEHICLE_WORDS = java.util.Set.of("cab", "taxi", "truck", "van", "bus", "coach");
    /**
     * Round seventy-seven O: the places of {@link #ROUTE_WORDS} whose number may carry a capital glued after it, one room of
     * a numbered pair or wing ("Room 305C", "Suite 118A"), said in pairs as "Room 305" is and the letter after it, "Room
     * three oh five C".
     */
    private static final java.util.Set<String> LETTERED_PLACE_WORDS = java.util.Set.of("Room", "Suite", "Apartment", "Ward", "Gate",
            "Courtroom", "Classroom");
    /** Lower-case words that may follow a route's number: "US 30 west". */
    private static final java.util.Set<String> DIRECTIONS = java.util.Set.of("north", "south", "east", "west", "northbound",
            "southbound", "eastbound", "westbound");
    /**
     * After a route word (and perhaps its dot): a space or hyphen and one to three digits, not a decimal or more digits,
     * not a code's hyphened letter ("Apt 12-B") and not the first group of a spaced thousand ("Room 116 123 metres").
     */
    private static final Pattern ROUTE_NUMBER = Pattern.compile("\\.?[ \\u00A0-](\\d{1,3})([A-Z](?![\\p{L}\\d]))?(?![\\d\\p{L}]|[.,:/]\\d|-[\\d\\p{L}]|[ \\u00A0]\\d{3}(?!\\d))");

    /**
     * "Hwy 101" → "Highway one oh one", "Route 66", "US 280", "SR 99": a road's number is its name, said in pairs as
     * interstates are ("I-405" → "I four oh five", see ReferenceReader): "one oh one", "two eighty"; one or two digits
     * as a number. "US" and "SR" take it only when no lower-case word follows ("US 100 times" counts).
     */
    static int route(ReadContext ctx, int pos, int runEnd) {
        String word = ROUTE_WORDS.get(ctx.text.substring(pos, runEnd));
        if (word == null) {
            return placesRange(ctx, pos, runEnd);
        }
        Matcher m = ctx.at(ROUTE_NUMBER, runEnd);
        if (!m.lookingAt()) {
            return -1;
        }
        if (VEHICLE_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT)) || word.equals("unit")) {
            String after = ctx.nextWord(m.end());
            if (m.group(1).length() < 3 || Units.find(after) != null || Units.englishName(after) || Currencies.wordOrCode(after)
                    || after.length() > 3 && after.endsWith("s") && Character.isLowerCase(after.charAt(0))) {
                return -1; // "truck 14" is a number either way; "the van 120 miles away", "bus 300 seats", "unit 120 volts" count
            }
        }
        if (word.indexOf(' ') > 0) {
            String after = ctx.nextWord(m.end());
            if (!after.isEmpty() && Character.isLowerCase(after.charAt(0)) && !DIRECTIONS.contains(after)) {
                return -1;
            }
        }
        if (m.group(2) != null && "NSEW".indexOf(m.group(2).charAt(0)) < 0 && !LETTERED_PLACE_WORDS.contains(word)) {
            return -1; // a road's or a vehicle's number takes a compass letter only ("Route 9W"); "unit 120V" is a measure
        }
        String number = m.group(1);
        // A zero-led number ("Room 007") is dictated as written.
        ctx.append(word).append(' ').append(number.length() > 1 && number.charAt(0) == '0' ? ctx.speller.digits(number)
                : number.length() == 3 ? inPairs(ctx.speller, Integer.parseInt(number)) : ctx.speller.cardinal(number, Gender.NEUTRAL));
        if (m.group(2) != null) {
            ctx.append(' ').append(m.group(2)); // "Route 9W" (round seven A): a branch route's compass letter, said as written
        }
        return m.end();
    }

    /** A dashed range of two three-digit numbers: " 301–318", " 402-410". */
    private static final Pattern PLACES_RANGE = Pattern.compile("[ \\u00A0]([1-9]\\d{2})(?:[-–]|[ \\u00A0]to[ \\u00A0])([1-9]\\d{2})(?![\\d\\p{L}]|[.,:/]\\d)");

    /**
     * Round seventy B: the plural of a capitalised place word of {@link #ROUTE_WORDS} ("Rooms", "Suites", "Courtrooms",
     * "Gates") before a dashed range (round seventy-three H: or one joined by "to") of three-digit numbers names the places by their numbers, each end said in pairs as
     * "Room 301" is ("Rooms three oh one to three eighteen"; both ends had been counted, "three hundred and one").
     * Vehicles, whose plural before numbers counts, and a range that does not rise, keep their readings. -1 otherwise.
     */
    private static int placesRange(ReadContext ctx, int pos, int runEnd) {
        String t = ctx.text;
        String one = t.charAt(runEnd - 1) == 's' ? ROUTE_WORDS.get(t.substring(pos, runEnd - 1)) : null;
        // Round seventy-three H: the lower-case "units" of a storage site or an estate too ("units 215 to 228"), as "unit 216"
        // is said in pairs; a unit or a plural noun after the range makes it a count, as after "unit 120" (see route).
        boolean lowerUnits = "unit".equals(one);
        if (one == null || !Character.isUpperCase(one.charAt(0)) && !lowerUnits || VEHICLE_WORDS.contains(one.toLowerCase(java.util.Locale.ROOT))) {
            return -1;
        }
        Matcher m = ctx.at(PLACES_RANGE, runEnd);
        if (!m.lookingAt() || Integer.parseInt(m.group(1)) >= Integer.parseInt(m.group(2))) {
            return -1;
        }
        String after = lowerUnits ? ctx.nextWord(m.end()) : "";
        if (Units.find(after) != null || Units.englishName(after) || Currencies.wordOrCode(after)
                || after.length() > 3 && after.endsWith("s") && Character.isLowerCase(after.charAt(0))) {
            return -1;
        }
        ctx.append(t.substring(pos, runEnd)).append(' ').append(inPairs(ctx.speller, Integer.parseInt(m.group(1)))).append(" to ")
                .append(inPairs(ctx.speller, Integer.parseInt(m.group(2))));
        return m.end();
    }

    /**
     * Round forty-five: a compass letter before a street's name and its type with no house number ("a leak on N. Lake Shore
     * Dr.", "blocking W. Cedar Ridge Ave."), inside a sentence (a lower-case word before it), is the street's direction, said
     * as after a house number ("North"); a capitalised word before it may be a name's initial ("Ask E. Main St. staff").
     * Returns the end of the letter and its dot, or -1.
     */
    static int compassBeforeStreet(ReadContext ctx, int pos) {
        String t = ctx.text;
        String before = ctx.previousWord(pos);
        if (pos < 2 || t.charAt(pos - 1) != ' ' || before.isEmpty() || !before.chars().allMatch(Character::isLowerCase)) {
            return -1;
        }
        Matcher street = ctx.at(STREET_AFTER, pos - 1);
        if (!street.lookingAt() || street.group(1) == null) {
            return -1;
        }
        Matcher title = ctx.at(TITLE_BEFORE_NAME, street.end() - 2);
        if (title.lookingAt() && !SENTENCE_OPENERS.contains(title.group(1))) {
            return -1; // "with N. Patel Dr. Jones": "Dr." before a name is a title, the letter an initial
        }
        ctx.append(compassWord(t.charAt(pos)));
        return t.charAt(pos + 1) == '.' ? pos + 2 : pos + 1;
    }

    /** "Dr. Jones", "St. Louis": a title's or a saint's abbreviation with its dot before a capitalised name (group 1). */
    private static final Pattern TITLE_BEFORE_NAME = Pattern.compile("(?:Dr|St)\\.[ \\u00A0](\\p{Lu}\\p{Ll}+)");

    /** "N" → "North", "S", "E", "W": a street's direction as its sign is read. */
    private static String compassWord(char letter) {
        return switch (letter) {
            case 'N' -> "North";
            case 'S' -> "South";
            case 'E' -> "East";
            default -> "West";
        };
    }

    /** "P.O. Box 4471", "PO Box 118", "P. O. Box": a post-office box, perhaps its number (group 1). */
    private static final Pattern PO_BOX = Pattern.compile("(?:P\\.[ \\u00A0]?O\\.|PO)[ \\u00A0]*(?:Box|BOX)(?:[ \\u00A0]+(\\d{1,8})(?![\\d\\p{L}]|[.,]\\d))?(?![\\p{L}\\d])");

    /**
     * Round forty-five: "P.O. Box 4471" → "P O Box four four seven one": the box's initials with no dot left (none ends a
     * sentence before "Box"), and its number dictated, as USPS clerks and callers read a box number, never "four thousand…".
     * Round fifty-five: US Spanish text names the box in English too, its digits said in the text's language ("P O Box
     * dos cero ocho siete"), by this same rule.
     */
    static int poBox(ReadContext ctx, int pos) {
        if (pos > 0 && Character.isLetterOrDigit(ctx.text.charAt(pos - 1))) {
            return -1;
        }
        Matcher box = ctx.at(PO_BOX, pos);
        if (!box.lookingAt()) {
            return -1;
        }
        ctx.append("P O Box");
        if (box.group(1) != null) {
            ctx.append(' ').append(ctx.speller.digits(box.group(1)));
        }
        return box.end();
    }

    /**
     * Round seventy-five L: a US voice splits a five-digit house number after its first two digits and says the other
     * three as a three-digit house number, "27100" "twenty seven one hundred", "31250" "thirty one two fifty", "10050" "ten
     * oh fifty"; a round thousand ("22000") stays "twenty two thousand".
     */
    static String fiveDigitHouseNumber(NumberSpeller sp, int n) {
        int rest = n % 1000;
        String tail = rest >= 100 ? inPairs(sp, rest) : rest >= 10 ? "oh " + sp.cardinal(rest, Gender.NEUTRAL) : "oh oh " + sp.digit(rest);
        return sp.cardinal(n / 1000, Gender.NEUTRAL) + " " + tail;
    }

    /** A number said in pairs, as house numbers and code sections are: "one twenty three", "three fifty", "fourteen twenty eight", "ten oh five". */
    static String inPairs(NumberSpeller sp, int n) {
        if (n >= 1000) {
            return sp.year(n);
        }
        int rest = n % 100;
        String tail = rest == 0 ? "hundred" : rest < 10 ? "oh " + sp.digit(rest) : sp.cardinal(rest, Gender.NEUTRAL);
        return sp.cardinal(n / 100, Gender.NEUTRAL) + " " + tail;
    }

    /**
     * "Ct", "hwy", "Rd" after a street name, and a state code after a city ("Santa, FL, 95051"), in English text;
     * -1 when the word at {@code pos} is neither.
     */
    static int read(ReadContext ctx, int pos, int runEnd) {
        String t = ctx.text;
        String word = t.substring(pos, runEnd);
        String type = STREET_TYPES.get(word.toLowerCase(java.util.Locale.ROOT));
        String before = type == null ? "" : ctx.previousWord(pos);
        boolean afterName = !before.isEmpty() && Character.isUpperCase(before.charAt(0)) || afterOrdinal(t, pos)
                || before.equals("s") && EN_HOUSE_AND_NAME_BEFORE.matcher(t.substring(Math.max(0, pos - 48), pos)).find();
        // Not before a capitalised word: "Call Dr Smith", "visit St Louis" are a title and a saint.
        boolean nameNext = runEnd + 1 < t.length() && t.charAt(runEnd) == ' ' && Character.isUpperCase(t.charAt(runEnd + 1))
                && quadrant(ctx.nextWord(runEnd)) == null;
        if (type != null && afterName && !nameNext && !word.equals("ST") && !word.equals("CT") && (runEnd == t.length() || t.charAt(runEnd) != '.')) {
            ctx.append(type);
            return runEnd;
        }
        if (type != null && afterName && word.equals("Dr") && runEnd < t.length() && t.charAt(runEnd) == '.' && closing(t, runEnd + 1)) {
            ctx.append(type); // "lives on Elm Dr.", "Oak Dr., Leeds": the street's dot before the end, not a title before a name
            return TokenScanner.dotMidSentence(t, runEnd) ? runEnd + 1 : runEnd; // no "Drive.," before the comma
        }
        if (type != null && afterName && word.equals("Dr") && runEnd < t.length() && t.charAt(runEnd) == '.'
                && EN_HOUSE_AND_NAME_BEFORE.matcher(t.substring(Math.max(0, pos - 48), pos)).find()) {
            // Round twenty-three B: "at 4410 N. Lakeshore Dr. The tech will…", "870 Willow Creek Dr. today": after a house
            // number and a street's name the street's "Dr." is "Drive" before any word; its dot ends the sentence before a
            // capital and goes with the word before a lower-case one. "At 3 PM Dr. Patel" has no street name (capitals only).
            ctx.append(type);
            return TokenScanner.dotMidSentence(t, runEnd) ? runEnd + 1 : runEnd;
        }
        if (type != null && afterName && word.equals("Dr") && runEnd < t.length() && t.charAt(runEnd) == '.' && onStreetName(t, pos)) {
            // Round twenty-seven B: "a transformer on Maple Dr. Please unplug…", "waiting on Harbor View Dr. near the…": "on"
            // and a name are a street's, as a house number and a name are; a doctor is met, not stood on ("on Tuesday Dr.
            // Lee" is a day, "rely on Dr. Shah" has no name).
            ctx.append(type);
            return TokenScanner.dotMidSentence(t, runEnd) ? runEnd + 1 : runEnd;
        }
        if (word.equals("Dr") && nameNext) {
            ctx.append("Doctor"); // "with Dr Hughes": British English writes the title without a dot
            return runEnd;
        }
        String quadrant = quadrant(word);
        if (quadrant != null && isStreetType(ctx.previousWordAcrossDot(pos))) {
            ctx.append(quadrant); // "Pennsylvania Ave NW", "Industrial Pkwy. SE": the city quadrant of the street
            return runEnd;
        }
        if (quadrant != null && afterHouseNumber(t, pos) && runEnd + 1 < t.length() && t.charAt(runEnd) == ' '
                && (TokenScanner.isDigit(t.charAt(runEnd + 1)) || Character.isUpperCase(t.charAt(runEnd + 1)))) {
            ctx.append(quadrant); // "1000 NW 7th St", "250 SE Main St": the quadrant between the house number and the street
            return runEnd;
        }
        if (quadrant != null && runEnd + 1 < t.length() && t.charAt(runEnd) == ' ') {
            Matcher street = ctx.at(STREET_AFTER, runEnd);
            if (street.lookingAt() && street.group(1) == null) {
                // Round thirty: with no house number too ("on NE 4th St", "at SW Coral Way"): a quadrant before a street's
                // ordinal or name and its type is the street's, said as its sign is read ("Northeast Fourth Street"),
                // never "N E"; "Omaha, NE 68102" has no street after it.
                ctx.append(quadrant);
                return runEnd;
            }
        }
        return stateAndZip(ctx, pos, runEnd, word);
    }

    /**
     * ", FL 33145", ", CA, 95051": a state code after a city, with its ZIP digit by digit. Spanish text (es-US) takes it
     * only with the ZIP, where the two capitals cannot be anything else.
     */
    static int stateAndZip(ReadContext ctx, int pos, int runEnd, String word) {
        String t = ctx.text;
        String state = STATES.get(word);
        if (state == null) {
            return -1;
        }
        if (listedState(ctx, pos, runEnd, word)) {
            ctx.append(stateName(ctx, word));
            return runEnd;
        }
        Matcher m = ctx.at(STATE_ZIP, pos);
        if (ctx.es() && (!m.lookingAt() || m.group(3) == null) && !"US".equals(ctx.locale.region)) {
            return -1;
        }
        // Round seven D: "Reno, NV pay", es-US "Dallas, TX, a $17": without a ZIP the code ends the address at a comma, a
        // stop or a lower-case word; a code that is also a word ("OK", "IN", "ME", "OR", "HI") only before punctuation.
        boolean closes = runEnd == t.length() || t.charAt(runEnd) == ',' || t.charAt(runEnd) == '.'
                || !WORD_CODES.contains(word) && runEnd + 1 < t.length() && t.charAt(runEnd) == ' ' && Character.isLowerCase(t.charAt(runEnd + 1));
        if (!m.lookingAt() || !afterComma(t, pos) || (m.group(3) == null && (!closes || !cityBeforeComma(t, pos)))) {
            return -1;
        }
        ctx.append(stateName(ctx, word));
        if (m.group(3) != null) {
            ctx.append(m.group(2).startsWith(",") ? ", " : " ").append(ctx.speller.digits(m.group(3)));
            if (m.group(4) != null) {
                ctx.append(" ").append(ctx.speller.digits(m.group(4)));
            }
        }
        return m.end();
    }

    /** What may follow an abbreviation's dot that ends an address: the end of the text, a comma, a semicolon or a bracket. */
    private static boolean closing(String t, int i) {
        i = ReadContext.spacesEnd(t, i);
        return i == t.length() || ",;)".indexOf(t.charAt(i)) >= 0;
    }

    /**
     * es-US "en 2214 NE 47th Ave.", "1830 SW Coral Way" (round eight F): the quadrant between a house number and the street
     * (an ordinal in digits or a capitalised name) is said in English, as the street's name is.
     */
    static int spanishQuadrant(ReadContext ctx, int pos, int runEnd) {
        String t = ctx.text;
        String quadrant = "US".equals(ctx.locale.region) ? quadrant(t.substring(pos, runEnd)) : null;
        if (quadrant == null || !afterHouseNumber(t, pos) || runEnd + 1 >= t.length() || t.charAt(runEnd) != ' '
                || !(TokenScanner.isDigit(t.charAt(runEnd + 1)) || Character.isUpperCase(t.charAt(runEnd + 1)))) {
            return -1;
        }
        ctx.append(quadrant);
        return runEnd;
    }

    /**
     * Round seventy-nine B: a compass letter or a quadrant after a street's abbreviated type and its dot ("1745 8th Ave. S.,
     * Nashville", "78 Elm Blvd. W. in Tulsa", "Main St. NE, Suite 4"), before a comma, a semicolon, a lower-case word or the
     * text's end, is the street's direction, said as USPS Publication 28 writes it after the type ("Eighth Avenue South");
     * the type's dot ends no sentence there. The type must follow a capitalised name or an ordinal ("Elm", "8th"); a
     * capitalised word after the letter ("Oak Ave. S. Smith will call") may make it an initial and is left.
     */
    private static final Pattern COMPASS_AFTER_TYPE = Pattern.compile("[ \\u00A0]([NS][EW]?|[EW])(\\.?)(?=[,;]|$|[ \\u00A0]+\\p{Ll})");

    /**
     * Appends the direction after the street type written from {@code typeStart} to {@code typeEnd} (its dot included, the
     * type itself already said) and returns where the letter ends, its dot kept when it ends the text; -1 when no such
     * direction follows (see {@link #COMPASS_AFTER_TYPE}).
     */
    static int compassAfterStreetType(ReadContext ctx, int typeStart, int typeEnd) {
        Matcher m = ctx.at(COMPASS_AFTER_TYPE, typeEnd);
        String before = ctx.previousWord(typeStart);
        if (!m.lookingAt() || !(!before.isEmpty() && Character.isUpperCase(before.charAt(0)) || afterOrdinal(ctx.text, typeStart))) {
            return -1;
        }
        String letters = m.group(1);
        ctx.append(' ').append(letters.length() == 1 ? compassWord(letters.charAt(0)) : quadrant(letters));
        return m.end() == ctx.text.length() ? m.end(1) : m.end();
    }

    /** "NW", "SE": a quadrant written after a street type, else null. */
    private static String quadrant(String word) {
        return switch (word) {
            case "NE" -> "Northeast";
            case "NW" -> "Northwest";
            case "SE" -> "Southeast";
            case "SW" -> "Southwest";
            default -> null;
        };
    }

    private static boolean isStreetType(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return STREET_TYPES.containsKey(w) || STREET_TYPES.containsValue(word) || TYPE_ALT.contains("|" + w + "|") || TYPE_ALT.endsWith("|" + w);
    }

    /** "5th Ave", "42nd St.": a numbered street, the word before being an ordinal written in digits. */
    static boolean afterOrdinal(String t, int pos) {
        int i = ReadContext.spacesStart(t, pos);
        if (i == pos || i < 3) {
            return false;
        }
        String suffix = t.substring(i - 2, i).toLowerCase(java.util.Locale.ROOT);
        return (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")) && TokenScanner.isDigit(t.charAt(i - 3));
    }

    /**
     * English: a house number, maybe a direction ("N."), and a street name of one to three capitalised words with lower-case
     * letters (a possessive too) right before: "4410 N. Lakeshore ", "27 Queen's " (round twenty-three B: "27 Queen's Rd"
     * takes its type as "27 Queen Rd" does, "the Queen's Dr" without a house number keeps its doctor); "3 PM " is a time.
     */
    private static final Pattern EN_HOUSE_AND_NAME_BEFORE = Pattern.compile("(?<![\\d.,:/])\\d{1,6}(?: [NSEW]\\.?)?(?: \\p{Lu}\\p{Ll}+(?:['’]s)?){1,3} $");

    /** "on Maple ", "along Harbor View ": a preposition of place and a name of one to three capitalised words right before. */
    private static final Pattern ON_NAME_BEFORE = Pattern.compile("(?<![\\p{L}])(?:[Oo]n|[Aa]long|[Oo]ff|[Oo]nto)((?: \\p{Lu}\\p{Ll}+(?:['’]s)?){1,3}) $");

    /**
     * A street's name after "on", "along", "off" or "onto" right before {@code pos}, no word of it a weekday's or a month's
     * full name: "on Tuesday Dr. Lee" and "on March" name a day, no street ("on Mar Vista Dr." is a street).
     */
    private static boolean onStreetName(String t, int pos) {
        Matcher m = ON_NAME_BEFORE.matcher(t.substring(Math.max(0, pos - 48), pos));
        if (!m.find()) {
            return false;
        }
        for (String w : m.group(1).trim().split(" ")) {
            if (DateReader.englishWeekdayName(w) || Vocabulary.englishMonthName(w)) {
                return false;
            }
        }
        return true;
    }

    /** A house number and a street name of one to three capitalised words right before: "1420 Main ", "55 Ocean Park ". */
    private static final Pattern HOUSE_AND_NAME_BEFORE = Pattern.compile("(?<![\\d.,])\\d{1,6}(?: [NSEW]\\.?)?(?: \\p{Lu}\\p{L}*){1,3} $");

    /**
     * es-US "la clínica de 1420 Main St. el 12/1" (round seven C): a US street type with its dot after a house number and
     * the street's name is said as the English word of the name ("Main Street"), as Spanish speakers in the US say it. The
     * dot goes with the word before a lower-case word; before a capital it ends the sentence and stays.
     */
    static int spanishStreetType(ReadContext ctx, int pos, int runEnd) {
        String t = ctx.text;
        String type = STREET_TYPES.get(t.substring(pos, runEnd).toLowerCase(java.util.Locale.ROOT));
        if (type == null || !"US".equals(ctx.locale.region) || runEnd >= t.length() || t.charAt(runEnd) != '.' && t.charAt(runEnd) != ','
                || !Character.isUpperCase(t.charAt(pos))) {
            return -1;
        }
        String before = t.substring(Math.max(0, pos - 40), pos);
        if (!HOUSE_AND_NAME_BEFORE.matcher(before).find() && !namedRoad(t, runEnd, type, before)) {
            return -1;
        }
        ctx.append(type);
        if (t.charAt(runEnd) == '.' && runEnd + 2 < t.length() && t.charAt(runEnd + 1) == ' ' && TokenScanner.isDigit(t.charAt(runEnd + 2))) {
            return runEnd + 1; // "Farm Rd. 12": the road's number follows its dot
        }
        return TokenScanner.dotMidSentence(t, runEnd) ? runEnd + 1 : runEnd; // "Oak St.; traiga" (round nine) as "Oak St. el 12/1"
    }

    /** One to three capitalised words ending right before a street type: "la Farm ", "de Old Mill ". */
    private static final Pattern NAME_BEFORE = Pattern.compile("(?:^|[^\\p{L}\\d.])(?:\\p{Lu}\\p{Ll}+ ){1,3}$");

    /**
     * Round fifteen: es-US "junto a la Farm Rd. 12", "cierre de la County Rd. 48", "la Old Mill Rd. después": a road named
     * with no house number, its type's dot followed by the road's number or by a lower-case word, is said in English as
     * with a house number. Round sixteen: "Dr." too ("la Elm Dr. cerrada"), where the capitalised words before it are a
     * name, not a Spanish word ("Su Dr. le llamará" keeps its doctor); before a capital it stays a title ("Hospital Dr.
     * Gálvez"). The lead after round sixteen: "St." the same way ("la clínica de Main St. el 12/7" → "Main Street";
     * rounds seven C and fifteen had kept it written): a saint's "St." comes before a name, never after one.
     */
    private static boolean namedRoad(String t, int dot, String type, String before) {
        boolean sentenceEnd = !type.equals("Drive") && spanishSentenceAfter(t, dot, !type.equals("Street"));
        // Round seventy-eight R: "en Fondren St., el acceso": the type's dot before a comma or a semicolon ends no sentence,
        // the name is checked as at a sentence's end (a lower-case word before it), and the dot goes with the word.
        boolean beforePause = !type.equals("Drive") && t.charAt(dot) == '.' && dot + 1 < t.length() && ",;".indexOf(t.charAt(dot + 1)) >= 0;
        if (!sentenceEnd && !beforePause && (t.charAt(dot) != '.' || dot + 2 >= t.length() || t.charAt(dot + 1) != ' ')) {
            return false;
        }
        Matcher name = NAME_BEFORE.matcher(before);
        if (!name.find()) {
            return false;
        }
        if (sentenceEnd || beforePause) {
            // Round seventy-two E: "la obra de Main St. Manténgase …", "en Ocean Blvd." at the text's end: the type's dot
            // ends the sentence (it stays), the name after a lower-case word, not a sentence's first word ("Visite Ave.").
            int first = name.start() + (Character.isUpperCase(before.charAt(name.start())) ? 0 : 1);
            return LOWER_CASE_WORD_BEFORE.matcher(before.substring(0, first)).find() && nameWords(name.group());
        }
        char next = t.charAt(dot + 2);
        return TokenScanner.isDigit(next) || Character.isLowerCase(next)
                && (!type.equals("Drive") && !type.equals("Street") || nameWords(name.group()));
    }

    /** A lower-case word and its space right before a road's name ("de ", "en "). */
    private static final Pattern LOWER_CASE_WORD_BEFORE = Pattern.compile("\\p{Ll}[ \\u00A0]$");

    /**
     * Round seventy-two E: a type's dot at {@code dot} that ends a sentence a Spanish one follows, or the text: the text's
     * end, "¿"/"¡", or a capitalised word only Spanish has, an accent or an "ñ" in it ("Manténgase", "Diríjase") or a
     * function word ("Lo", "Su"). A saint's name after "St." ("Hospital St. Jude") is none of these; after a type no saint
     * shares ("Oak Ave. Llame") {@code anyCapital} lets any capitalised word start the next sentence.
     */
    private static boolean spanishSentenceAfter(String t, int dot, boolean anyCapital) {
        if (t.charAt(dot) != '.' || dot + 1 == t.length()) {
            return t.charAt(dot) == '.';
        }
        if (dot + 2 >= t.length() || t.charAt(dot + 1) != ' ') {
            return false;
        }
        char first = t.charAt(dot + 2);
        if (first == '¿' || first == '¡') {
            return true;
        }
        String word = t.substring(dot + 2, ReadContext.lettersEnd(t, dot + 2));
        return Character.isUpperCase(first) && (anyCapital || SPANISH_LETTERS.matcher(word).find()
                || Vocabulary.spanishFunctionWord(word.toLowerCase(java.util.Locale.ROOT)));
    }

    /** Letters English words do not have: Spanish accents and "ñ". */
    private static final Pattern SPANISH_LETTERS = Pattern.compile("[áéíóúñÁÉÍÓÚÑ]");

    /** Capitalised words that name a road: none a Spanish function word, after a capitalised article ("La Elm "). */
    private static boolean nameWords(String words) {
        String[] w = words.trim().split(" ");
        int first = w.length > 1 && (w[0].equals("La") || w[0].equals("El")) ? 1 : 0;
        for (int i = first; i < w.length; i++) {
            if (Vocabulary.spanishFunctionWord(w[i].toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static final NumberSpeller ENGLISH = new NumberSpeller(Lang.EN);
    /** "3rd St.", "21st Avenue": a street named by an English ordinal and its type. */
    private static final Pattern ORDINAL_STREET = Pattern.compile("(\\d{1,3})(?:st|nd|rd|th)[ \\u00A0](\\p{Lu}\\p{Ll}{1,9})(?![\\p{L}\\d])");

    /**
     * es-US "en 3rd St. dio positivo", "la 5th Ave." (round eight C): a US street named by an English ordinal is said in
     * English, ordinal and type, as the street's name ("Third Street"); the type's dot goes with it before a lower-case word.
     */
    static int spanishOrdinalStreet(ReadContext ctx, int pos) {
        String t = ctx.text;
        int suffix = pos;
        while (suffix < t.length() && suffix < pos + 3 && TokenScanner.isDigit(t.charAt(suffix))) {
            suffix++;
        }
        if (!ctx.es() || !"US".equals(ctx.locale.region) || pos > 0 && Character.isLetterOrDigit(t.charAt(pos - 1))
                || suffix == t.length() || "snrt".indexOf(t.charAt(suffix)) < 0) {
            return -1; // cheap check first: es-US, and "st", "nd", "rd" or "th" after the digits
        }
        Matcher m = ctx.at(ORDINAL_STREET, pos);
        String word = m.lookingAt() ? m.group(2).toLowerCase(java.util.Locale.ROOT) : null;
        String type = word == null ? null : STREET_TYPES.getOrDefault(word, STREET_TYPES.containsValue(m.group(2)) ? m.group(2) : null);
        if (type == null) {
            return -1;
        }
        StringBuilder ordinal = new StringBuilder();
        for (String w : ENGLISH.ordinal(Long.parseLong(m.group(1)), false, false).split(" ")) {
            ordinal.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)).append(' ');
        }
        ctx.append(ordinal.append(type).toString());
        int end = m.end();
        boolean lowerNext = end + 2 < t.length() && t.charAt(end) == '.' && t.charAt(end + 1) == ' ' && Character.isLowerCase(t.charAt(end + 2));
        return lowerNext ? end + 1 : end;
    }

    /**
     * es-US "en 4500 W. Airport Fwy" (round seven D): the compass letter between a house number and a street is the
     * street's direction, said in English as the name is ("West"), never watts; the number stays Spanish. Round
     * eighteen: a numbered street ("111 S. 3rd Ave.") and a letter without its dot ("805 W 23rd Ave.") too, before a
     * street's type ({@link #STREET_AFTER}); a name with no type after the dotted letter still needs an address's
     * context ({@link #addressBefore}), so a firm's "2000 S. A." and an initial ("agente 12 S. García") are left.
     */
    static int spanishHouseDirection(ReadContext ctx, String digits, int end) {
        String t = ctx.text;
        if (!"US".equals(ctx.locale.region) || end + 4 >= t.length() || t.charAt(end) != ' ' || "NSEW".indexOf(t.charAt(end + 1)) < 0) {
            return -1;
        }
        int name = t.charAt(end + 2) == '.' ? end + 4 : end + 3;
        if (name >= t.length() || t.charAt(name - 1) != ' ' || !Character.isUpperCase(t.charAt(name)) && !TokenScanner.isDigit(t.charAt(name))) {
            return -1;
        }
        boolean named = name == end + 4 && Character.isUpperCase(t.charAt(name)) && !(name + 1 < t.length() && t.charAt(name + 1) == '.')
                && addressBefore(ctx.previousWord(end - digits.length())) && !nextSentence(ctx, name);
        Matcher street = named ? null : ctx.at(STREET_AFTER, end);
        if (!named && (!street.lookingAt() || street.group(1) == null)) {
            return -1;
        }
        ctx.append(ctx.speller.cardinal(digits, Gender.NEUTRAL)).append(' ').append(compassWord(t.charAt(end + 1)));
        return name - 1;
    }

    /**
     * Round forty-eight: whether the capitalised word at {@code pos}, after a dotted letter, opens the caller's next sentence
     * ("un calefactor de 1500 W. La entrega es…", "de 900 W. Gracias por…"): a word that opens Spanish sentences
     * ({@link Abbreviations#opensSpanishSentence}) with no capitalised word after it, so the dot ends the sentence and the
     * letter after the number is its unit (watts, "vatios"), no street's direction; a street's name that starts so
     * ("4500 W. El Camino Real") goes on in capitals.
     */
    private static boolean nextSentence(ReadContext ctx, int pos) {
        String word = ctx.nextWord(pos);
        if (!Abbreviations.opensSpanishSentence(word)) {
            return false;
        }
        String after = ctx.nextWord(pos + word.length());
        return after.isEmpty() || !Character.isUpperCase(after.charAt(0));
    }

    /** Spanish words a house number follows: "en 4500 W. Airport", "hasta 200 N. Miami". */
    private static final java.util.Set<String> ES_PLACE_WORDS = java.util.Set.of("en", "a", "al", "de", "del", "desde", "hasta",
            "hacia", "entre", "y", "o", "por", "sobre", "frente");

    /**
     * Whether the word before a house number leaves it one: none (a colon, a comma, the start), a capitalised name, or a
     * place word. After another word ("el agente 12 S. García") the number counts or names something, and a capital
     * with its dot is an initial.
     */
    private static boolean addressBefore(String word) {
        return word.isEmpty() || Character.isUpperCase(word.charAt(0)) || ES_PLACE_WORDS.contains(word);
    }

    /** Digits then a space right before {@code pos}: "1000 NW". */
    private static boolean afterHouseNumber(String t, int pos) {
        return pos >= 2 && t.charAt(pos - 1) == ' ' && TokenScanner.isDigit(t.charAt(pos - 2));
    }

    /** A state code follows its city: "Springfield, IL". */
    private static boolean afterComma(String t, int pos) {
        int i = ReadContext.spacesStart(t, pos);
        return i > 0 && i < pos && t.charAt(i - 1) == ',';
    }

    /**
     * Round seventy B: with no ZIP after it, a state code's comma follows its city's capitalised name ("Pierre, SD."); a
     * list's lower-case word before the comma names no city ("your camera kit, SD card and charger", "cameras, SD cards").
     */
    private static boolean cityBeforeComma(String t, int pos) {
        int comma = ReadContext.spacesStart(t, pos) - 1;
        int w = ReadContext.lettersStart(t, comma);
        return w < comma && Character.isUpperCase(t.charAt(w));
    }
}
