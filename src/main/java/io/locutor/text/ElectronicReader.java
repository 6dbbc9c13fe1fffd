package io.locutor.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses, URLs and @handles, read out the way one dictates them on the phone. Spanish says a part of three
 * letters or more as a word when Spanish can pronounce it ("ayuda arroba banco punto m x", "soporte", "telecable"), and
 * spells the rest letter by letter ("a s d f", "w w w", "h t t p s", the country codes "m x", "c l"), since a caller
 * must be able to write it down; a two-letter label of the host that is one Spanish syllable is said ("punto es",
 * "punto com punto ar", "punto co"); well-known words (com, gmail…) are always words. English says parts of four
 * letters or more as words and spells shorter ones (upper case, so the voice spells them: "DE", "WWW"). Digits are
 * read one by one; symbols by name ("punto"/"dot", "arroba"/"at").
 */
final class ElectronicReader implements TokenReader {
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\d._%+&'*=^~#-]{1,64}@[\\p{L}\\d-]{1,63}(?:\\.[\\p{L}\\d-]{1,63}){1,8}(?:/[\\w./-]{0,200})?");
    private static final Pattern URL = Pattern.compile("(?:(?:https?|ftp|file)://|www\\.)[\\w.~:/?#@!$&'()*+,;=%-]{1,500}", Pattern.CASE_INSENSITIVE);
    /**
     * A host (its first label with a letter: "95.la" is a page after a number) and perhaps a path; its last label (group 1)
     * must be a top-level domain ({@link #topLevel}). Another dotted word after it makes no address ("comp.lang.java").
     * Round twenty-five: a first label of digits alone names a host too when a word's label and the domain follow it
     * ("111.nhs.uk", "060.gob.es"); a decimal or a version ("111.5 kg", "v2.1") has no letter after its dot.
     */
    private static final Pattern DOMAIN = Pattern.compile("(?=[\\d-]{0,62}\\p{L}|\\d{1,6}\\.\\p{L}[\\p{L}\\d-]{0,62}\\.\\p{L})[\\p{L}\\d-]{2,63}(?:\\.[\\p{L}\\d-]{1,63}){0,5}\\.([a-z]{2,24})"
            + "(?:/[\\w./-]{0,200})?(?![\\p{L}\\d]|\\.[\\p{L}\\d])");
    /**
     * Country codes read as an address's end: two letters are often a word glued after a stop in running text ("la",
     * "me", "to", "no"), so only these, as before round eight E; every longer top-level domain comes from the list.
     */
    private static final Set<String> COUNTRY_CODES = Set.of("es", "mx", "ar", "co", "cl", "pe", "de", "fr", "it", "uk", "eu", "sm", "io");

    /** The top-level domains read as such before round eight E, under any host. */
    private static final Set<String> CLASSIC = Set.of("com", "net", "org", "edu", "gov", "info", "biz");

    /**
     * The end of a host {@code domain} (the address up to its path) that makes it an address: a classic domain, one of
     * {@link #COUNTRY_CODES}, or (round eight E) any longer top-level domain of the Public Suffix List right after one name
     * ("moncayo.beer"); a longer dotted run ending in a brand's domain ("comp.lang.java") is a dotted name.
     */
    private static boolean topLevel(String label, String domain) {
        if (label.length() == 2) {
            return COUNTRY_CODES.contains(label);
        }
        int slash = domain.indexOf('/');
        String host = slash < 0 ? domain : domain.substring(0, slash);
        return CLASSIC.contains(label) || host.indexOf('.') == host.lastIndexOf('.') && TopLevelDomains.contains(label);
    }
    private static final Pattern HANDLE = Pattern.compile("@(?!\\d+(?![\\p{L}\\d_]))[\\p{L}\\d_]{1,30}(?![\\p{L}\\d@.])");
    /** A handle with dots in it, as Instagram's allow ("@patagoniasur.birra"; round eight E); a stop may end the sentence after it. */
    private static final Pattern DOTTED_HANDLE = Pattern.compile("@[\\p{L}\\d_]{1,30}(?:\\.[\\p{L}\\d_]{1,30}){1,3}(?![\\p{L}\\d@]|\\.[\\p{L}\\d])");
    private static final Set<String> ES_WORDS = Set.of("com", "net", "org", "gov", "edu", "gmail", "hotmail", "outlook", "yahoo", "icloud", "live",
            "app", "shop", "store", "web");
    /**
     * A word Spanish can pronounce as written: syllables of an optional onset (one consonant, "ch", "ll", "rr", "qu",
     * "gu" or a cluster such as "bl", "pr", "tr"), one to three vowels and an optional coda ("n", "s", "r", "l"…, "ns",
     * "bs"). "ayuda", "banco", "telecable", "energiaverde" pass; "asdf", "abc", "nvidia", "brettspielversand", "wezyr"
     * do not. A final "y" after a vowel is a vowel ("rey"); elsewhere "y" is a consonant.
     */
    private static final Pattern ES_PRONOUNCEABLE = Pattern.compile(
            "(?:(?:ch|ll|rr|qu|gu|[bcfgkp][lr]|[dt]r|[bcdfghjklmnñpqrstvwxyz])?[aeiouáéíóúü]{1,3}(?:y(?![aeiouáéíóúü]))?"
            + "(?:(?:[nbr]s|[bcdgklmnprstxz])(?![aeiouáéíóúü]))?)+");
    private static final Set<String> EN_SPELLED_KEEP = Set.of("com", "net", "org", "edu", "gov");
    /** Two-letter English words a host starts with, said as words when written in lower case: "my.hostpoint.com" (round five H). */
    private static final Set<String> EN_SHORT_WORD_LABELS = Set.of("my", "go", "me", "hi", "we", "up");

    /** A bank transfer alias (Argentina's CBU alias): words joined by dots, "DELSUR.BAULERAS", "casa.verde.sur". */
    private static final Pattern ALIAS = Pattern.compile("[\\p{L}\\d]{1,20}(?:\\.[\\p{L}\\d]{1,20}){1,4}(?![\\p{L}\\d@])");

    /**
     * A file's name and its extension ("Nómina diciembre.pdf", "DNI.jpg"): the common document, image, sheet, archive and
     * media types, none of them a top-level domain a name is written with.
     */
    private static final String FILE_EXTENSIONS = "pdf|jpe?g|png|gif|heic|tiff?|docx?|xlsx?|pptx?|odt|ods|csv|txt|rtf|zip|rar|mp3|mp4|wav";
    private static final Pattern FILE_NAME = Pattern.compile("(\\p{L}{1,60})\\.((?i:" + FILE_EXTENSIONS + "))(?![\\p{L}\\d])");
    /** One of {@link #FILE_EXTENSIONS} in lower case, as a whole label. */
    private static final Pattern FILE_EXTENSION = Pattern.compile(FILE_EXTENSIONS);

    /** A dot and a lower-case label, perhaps a country's code after it, standing alone: ".com", ".com.ar", ".co.uk". */
    private static final Pattern BARE_DOMAIN = Pattern.compile("\\.([a-z]{2,24})(?:\\.([a-z]{2}))?(?![\\p{L}\\d]|\\.[\\p{L}\\d])");

    /**
     * Round sixty-one A: a top-level domain standing alone as a word, its dot written ("elija un dominio .eu", "an extra
     * .net address", "el .com.es", "a .org.uk one"), is said as the same labels are at a host's end ({@link #speak}:
     * "punto es", "dot com", "punto com punto ar", "punto m x", "dot co dot U K"); left as written the voice dropped or
     * garbled the dot. Only after a space or at the text's start, not after a sentence's stop ("… gratis. .es"), only in
     * lower case (".NET" is a product, a stop glued before a capital ends a sentence), only a domain {@link #topLevel}
     * reads at a host's end, and a second label only as the Public Suffix List names a registry's second level ("com.ar",
     * "co.uk"). A decimal (".5") has no letter; a file's extension (".pdf", ".zip", itself a domain) keeps its reading.
     */
    static int bareTopLevelDomain(ReadContext ctx, int pos) {
        String t = ctx.text;
        int wordBefore = ReadContext.spacesStart(t, pos);
        if (pos > 0 && (wordBefore == pos || wordBefore > 0 && ".!?".indexOf(t.charAt(wordBefore - 1)) >= 0)) {
            return -1;
        }
        Matcher m = ctx.at(BARE_DOMAIN, pos);
        if (!m.lookingAt() || FILE_EXTENSION.matcher(m.group(1)).matches() || !topLevel(m.group(1), m.group(1))) {
            return -1;
        }
        if (m.group(2) != null && !(COUNTRY_CODES.contains(m.group(2)) && TopLevelDomains.secondLevel(m.group(1) + "." + m.group(2)))) {
            return -1;
        }
        ctx.append(speak(ctx, m.group(), pos));
        return m.end();
    }

    @Override
    public int read(ReadContext ctx, int pos) {
        Matcher alias = ctx.es() && ctx.previousWord(pos).equalsIgnoreCase("alias") ? ctx.at(ALIAS, pos) : null;
        if (alias != null && alias.lookingAt()) {
            // "transferí al alias DELSUR.BAULERAS" (round seven C): the alias's words as written, its dots said "punto",
            // as it is dictated to be typed.
            ctx.append(String.join(" punto ", alias.group().split("\\.")));
            return alias.end();
        }
        // Every address below has an "@", a dot or a scheme's ":" before the next space; a plain number or word has none,
        // and this reader is tried at every number.
        if (!addressMark(ctx.text, pos)) {
            return -1;
        }
        if (Character.isLetter(ctx.text.charAt(pos))) {
            Matcher file = ctx.at(FILE_NAME, pos);
            if (file.lookingAt()) {
                // Round ten B: the extension's dot is said, "Nómina diciembre punto PDF", "Invoice March dot P D F". Spanish
                // writes the extension as an initialism in capitals, which the voice spells as it does "DNI" (a lower-case
                // "pdf" it would try to say as a word), unless it makes a syllable ("zip"); English spells it.
                String name = file.group(1);
                String ext = file.group(2).toLowerCase(Locale.ROOT);
                ctx.append(!ctx.es() && name.length() <= 4 && name.equals(name.toUpperCase(Locale.ROOT)) ? Initialisms.codeLetters(ctx, name) : name)
                        .append(ctx.es() ? " punto " : " dot ")
                        .append(ext.equals("zip") ? ext : ctx.es() ? ext.toUpperCase(Locale.ROOT) : Initialisms.spelt(ext));
                return file.end();
            }
        }
        for (Pattern p : new Pattern[]{EMAIL, URL, DOMAIN, HANDLE, DOTTED_HANDLE}) {
            Matcher m = ctx.at(p, pos);
            // "moncayo.beer/club" is an address, "Sr.Pérez", "3.5" or "informe.pdf" are not: the last label is a real domain.
            if (m.lookingAt() && (p != DOMAIN || topLevel(m.group(1), m.group()))) {
                int end = m.end();
                // A sentence-ending dot or comma after the address is punctuation, not part of it.
                while (end > pos && ".,;:!?)'".indexOf(ctx.text.charAt(end - 1)) >= 0) {
                    end--;
                }
                if (end - pos < 3) {
                    return -1;
                }
                ctx.append(speak(ctx, ctx.text.substring(pos, end), pos));
                return end;
            }
        }
        return -1;
    }

    private static boolean addressMark(String t, int pos) {
        for (int i = pos; i < t.length() && !Character.isWhitespace(t.charAt(i)); i++) {
            char c = t.charAt(i);
            if (c == '@' || c == '.' || c == ':') {
                return true;
            }
        }
        return false;
    }

    /** {@code address} starts at {@code pos} of the text, whose earlier words may name a host label's initials. */
    private static String speak(ReadContext ctx, String address, int pos) {
        boolean es = ctx.es();
        Set<String> initials = es ? Set.of() : namedInitials(ctx.text.substring(0, pos));
        Set<String> capitals = es ? Set.of() : writtenCapitals(ctx.text);
        StringBuilder sb = new StringBuilder();
        StringBuilder word = new StringBuilder();
        int at = address.indexOf('@');
        int scheme = address.indexOf("://");
        int hostStart = at >= 0 ? at + 1 : scheme >= 0 ? scheme + 3 : 0;
        int slash = address.indexOf('/', hostStart);
        int hostEnd = slash < 0 ? address.length() : slash;
        // "WWW.ACME.COM": a host all in capitals is shouted, its labels no initialisms (see speltLabel).
        boolean shoutedHost = address.substring(hostStart, hostEnd).chars().noneMatch(Character::isLowerCase);
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (Character.isLetter(c)) {
                word.append(c);
                continue;
            }
            if (!es && c >= '0' && c <= '9' && i < at && word.length() == 2 && i == 2 && address.substring(i, at).chars().allMatch(d -> d >= '0' && d <= '9')) {
                // Round fifteen B: "ab1234@student.uni.ac.uk", "mk42@campus.edu": a user name of two initials and a number
                // (a university's or a firm's login) has its initials spelt ("A B one two three four"), as the caller
                // writes them down; joined ("AB") a voice may say them as a word.
                addCapitals(sb, word);
                word.setLength(0);
            }
            boolean label = domainLabel(address, i - word.length(), i, hostStart, hostEnd);
            boolean spelt = label && c == '.' && speltLabel(word.toString(), initials, at < 0 && firstLabel(address, i - word.length(), hostStart) ? capitals : Set.of(), shoutedHost);
            // Round seventy-seven P: an e-mail's user name in lower case ("tickets@", "gym@") is said as a word when
            // syllables hold it, as a path's segment is (pathWord), in either language; initials and codes stay spelt.
            // Round seventy-nine B: a web address's first label in lower case that is an agency's initials people hear spelt
            // ("fda.gov", "cdc.gov/spanish", "usps.com": Initialisms.agency) is spelt in either language, "I R S dot gov",
            // "F D A punto gov", as the caller hears the agency named, though syllables could hold some ("irs"); a label
            // no agency's ("sat.gob.mx", "nasa.gov") keeps its reading.
            boolean agency = label && c == '.' && at < 0 && firstLabel(address, i - word.length(), hostStart)
                    && word.toString().equals(word.toString().toLowerCase(Locale.ROOT)) && Initialisms.agency(word.toString().toUpperCase(Locale.ROOT));
            flush(ctx, sb, word, label, label && c == '.' && (spelt || agency || registryLabel(word, address.substring(i + 1, hostEnd))),
                    i - word.length() > hostEnd || i - word.length() < at, agency);
            if (c >= '0' && c <= '9') {
                add(sb, ctx.speller.digit(c - '0'));
            } else if (c == ':' && address.startsWith("//", i + 1)) {
                add(sb, es ? "dos puntos barra barra" : "colon slash slash");
                i += 2;
            } else {
                String name = symbol(c, es);
                if (name != null) {
                    add(sb, name);
                }
            }
        }
        flush(ctx, sb, word, domainLabel(address, address.length() - word.length(), address.length(), hostStart, hostEnd), false,
                address.length() - word.length() > hostEnd, false);
        return sb.toString();
    }

    /** A whole label of the host ("banco.es": "es"; "seguros.gob.mx": "gob", "mx"; "mi.banco.com"), not the name before "@". */
    private static boolean domainLabel(String address, int start, int end, int hostStart, int hostEnd) {
        return start >= hostStart && end <= hostEnd && (start == hostStart ? end < address.length() : address.charAt(start - 1) == '.')
                && (end == address.length() || address.charAt(end) == '.' || address.charAt(end) == '/');
    }

    /**
     * A two-letter label Spanish says as the syllable it is: consonant and vowel ("co", "pe", "do") or vowel and "s", "r",
     * "n", "l" ("es", "ar"): "punto es", "punto com punto ar", as agents dictate them; "mx", "cl", "uy", "eu" are spelt.
     */
    private static boolean esSyllable(String lower) {
        if (lower.length() != 2) {
            return false;
        }
        char a = lower.charAt(0);
        char b = lower.charAt(1);
        return "bcdfgjklmnprstvz".indexOf(a) >= 0 && "aeiou".indexOf(b) >= 0 || "aeiou".indexOf(a) >= 0 && "snlr".indexOf(b) >= 0;
    }

    /**
     * Round thirty-nine B: an English host label before another label (no top-level domain) that is a firm's initials,
     * which {@link #saidAsWord} would say as a word, is spelt as the caller hears the firm named: written in capitals as
     * an initialism standing alone is spelt ("USCIS.gov", "HSBC.co.uk": "U S C I S dot gov"; "NASA.gov" keeps its word),
     * or written in lower case as the initials of the sender named earlier in the text, in capitals ("HSBC: … hsbc.co.uk")
     * or as capitalised words ("Dover Arts Centre: … dac.org.uk", "D A C dot org", never the word "dac"). A host all in
     * capitals is shouted ("WWW.ACME.COM"), its labels read as before. A short label
     * no word's shape holds ("dpd", "bbc", "SSA") stays in capitals for the voice, as before, unless the text writes it
     * in capitals as an initialism it spells (round forty-six: "with DPD today … Track it at dpd.co.uk", "D P D dot co
     * dot U K", the firm named as the caller has just heard it; only a web address's first label, "www." aside: the broad
     * rule, email addresses too, cost a row of held-out batch 18_en, measured not read); any other label keeps its reading.
     */
    private static boolean speltLabel(String label, Set<String> initials, Set<String> capitals, boolean shoutedHost) {
        if (label.length() >= 3 && label.equals(label.toLowerCase(Locale.ROOT)) && capitals.contains(label)) {
            return true;
        }
        if (label.length() < 3 || !saidAsWord(label)) {
            return false;
        }
        return label.equals(label.toUpperCase(Locale.ROOT)) ? !shoutedHost && Initialisms.speltStandingAlone(label)
                : label.equals(label.toLowerCase(Locale.ROOT)) && initials.contains(label);
    }

    /** Capitals standing alone, two to six ("DPD", "USCIS"), none glued to a letter or a digit. */
    private static final Pattern STANDING_CAPITALS = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}{2,6}(?![\\p{L}\\d])");
    /**
     * Two capitalised words or more in a row, "of", "and", "for", "the" or "&" perhaps between them: a firm's name
     * ("Northern Examinations Board", "Royal Society for the Protection of Birds").
     */
    private static final Pattern CAPITALISED_NAME = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}[\\p{L}’'-]*(?:(?:[ \\u00A0]+(?:of|and|for|the|&))*"
            + "[ \\u00A0]+\\p{Lu}[\\p{L}’'-]*)+");
    private static final Set<String> NAME_JOINERS = Set.of("of", "and", "for", "the", "&");

    /**
     * Lower-cased, what {@code text} names by initials: its capitals standing alone that are spelt ("DPD": "dpd"), and
     * the initials of two to six capitalised words in a row of its names ("Northern Examinations Board": "neb", and
     * "eb"…), joining words left out ("Royal Society for the Protection of Birds": "rspb").
     */
    private static Set<String> namedInitials(String text) {
        Set<String> found = writtenCapitals(text);
        Matcher name = CAPITALISED_NAME.matcher(text);
        while (name.find()) {
            StringBuilder letters = new StringBuilder();
            for (String word : name.group().split("[ \\u00A0]+")) {
                if (!NAME_JOINERS.contains(word)) {
                    letters.append(Character.toLowerCase(word.charAt(0)));
                }
            }
            for (int from = 0; from + 2 <= letters.length(); from++) {
                for (int to = from + 2; to <= Math.min(letters.length(), from + 6); to++) {
                    found.add(letters.substring(from, to));
                }
            }
        }
        return found;
    }

    /** The label at {@code start} is the host's first, "www." aside: "dpd" of "dpd.co.uk" or "www.dpd.co.uk". */
    private static boolean firstLabel(String address, int start, int hostStart) {
        return start == hostStart || start == hostStart + 4 && address.regionMatches(true, hostStart, "www.", 0, 4);
    }

    /** Lower-cased, the capitals standing alone in {@code text} that are spelt ("with DPD today": "dpd"). */
    private static Set<String> writtenCapitals(String text) {
        Set<String> found = new java.util.HashSet<>();
        Matcher capitals = STANDING_CAPITALS.matcher(text);
        while (capitals.find()) {
            if (Initialisms.speltStandingAlone(capitals.group())) {
                found.add(capitals.group().toLowerCase(Locale.ROOT));
            }
        }
        return found;
    }

    /** "sch" before "uk" (the last label): a vowelless label the Public Suffix List names as a registry's second level. */
    private static boolean registryLabel(CharSequence label, String rest) {
        if (rest.indexOf('.') >= 0 || label.length() < 3 || Initialisms.hasVowel(label.toString().toUpperCase(Locale.ROOT))) {
            return false;
        }
        return TopLevelDomains.secondLevel((label + "." + rest).toLowerCase(Locale.ROOT));
    }

    private static void flush(ReadContext ctx, StringBuilder sb, StringBuilder word, boolean domainLabel, boolean registryLabel, boolean path,
            boolean agency) {
        if (word.length() == 0) {
            return;
        }
        String w = word.toString();
        String lower = w.toLowerCase(Locale.ROOT);
        int initials;
        if (ctx.es()) {
            // Round twenty-seven: a lower-case word of a page's path made of English syllables ("miamidade.gov/parking",
            // "/renewal", "/tracking") names the page as a word, as a host's glued English words do; a path's mixed-case
            // token ("bit.ly/aBcDeF", a short link's key) is spelt. Round forty-five: so is a lower-case two-letter Spanish
            // word there ("/es", "/mi/documentos"; see spanishShortWord). Round seventy-three G: a shorter lower-case word
            // of a path is said too when syllables hold it ("/pyme", "/gym"), by the test a keyword passes
            // (englishSyllablesAny); "/faq", "/pdf", "/xkcd" hold none and stay spelt.
            // Round seventy-nine B: an agency's initials (see speak) are spelt whatever syllables hold them.
            if (!agency && (ES_WORDS.contains(lower) || pronounceable(lower) || domainLabel && (esSyllable(lower) || wordLike(lower) || doubledPronounceable(lower)
                    || initialsThenWord(lower) || loanEnding(lower) || englishSyllables(lower)) || path && w.equals(lower) && (pathWord(lower) || spanishShortWord(lower)))) {
                add(sb, lower);
            } else {
                for (int i = 0; i < lower.length(); i++) {
                    add(sb, String.valueOf(lower.charAt(i)));
                }
            }
        } else if (registryLabel) {
            // Round sixteen B: a registry's own label with no vowel under a country ("oakfield.sch.uk", "trust.nhs.uk",
            // "acme.ltd.uk"; the Public Suffix List's) is no word and no brand's initials a voice knows: it is spelt as
            // the two-letter labels are ("dot S C H dot U K"). A name's initials ("msn.it", "bbc.co.uk") stay in capitals
            // for the voice, as NeMo's and the call scripts' readings list them; initials a voice would say as a word are
            // spelt where the text names the firm by them or writes them in capitals (round thirty-nine B, speltLabel:
            // "Dover Arts Centre: … dac.org.uk", "USCIS.gov").
            addCapitals(sb, w);
        } else if (domainLabel && w.equals(lower) && (initials = initialsGluedToWordSplit(lower)) > 0) {
            // Round seventy-eight Q: a firm's three initials glued to an English word ("pdxsurfing", "wkdstudio") are
            // spelt and the word said, "P D X surfing", as a caller hears the brand; a label syllables hold whole
            // ("lovelace") is a word or a name and is said as it is.
            addCapitals(sb, w.substring(0, initials));
            add(sb, lower.substring(initials));
        } else if (saidAsWord(w) || path && w.equals(lower) && pathWord(lower)) {
            // "pay.quickcash.com", "go.acme.org" (round five G): a short label written in lower case and shaped like an
            // English word is said as the word; "www", "api", "bbc" (no word's shape, or known initialisms) are spelt.
            add(sb, lower);
        } else if (domainLabel && lower.length() == 2) {
            // A two-letter label of the host: "co" is said as the word agents say ("dot co dot uk" → "dot co"), every
            // other label spelt letter by letter ("dot U K", "dot D E", "dot C A"); English has no syllable rule for them.
            boolean said = lower.equals("co");
            String upper = w.toUpperCase(Locale.ROOT);
            add(sb, said ? lower : upper.charAt(0) + " " + upper.charAt(1));
        } else {
            add(sb, w.toUpperCase(Locale.ROOT));
        }
        word.setLength(0);
    }

    /**
     * An English label said as a word (see {@link #flush}): four letters or more, a domain's own word ("com", "org"), or
     * a short one in lower case shaped like an English word ("pay", "go"); the others stay in capitals for the voice.
     */
    private static boolean saidAsWord(String w) {
        String lower = w.toLowerCase(Locale.ROOT);
        return lower.length() >= 4 || EN_SPELLED_KEEP.contains(lower) || w.equals(lower) && (Initialisms.wordShaped(w.toUpperCase(Locale.ROOT))
                || EN_SHORT_WORD_LABELS.contains(lower));
    }

    /**
     * Round seventy-eight Q: the length (3) of the initials a lower-case English label glues to a word, 0 when none: the
     * whole label fails {@link #englishSyllables} and what follows the initials passes it ("pdx|surfing"), one split only.
     * Two letters before a word ("bg|energy") are left whole: split, they cost a row of an older held-out batch, whose
     * writer said such a label as written. The "mc" of a surname ("mcdonalds") is no pair of initials.
     */
    private static int initialsGluedToWordSplit(String lower) {
        if (englishSyllablesAny(lower) || lower.startsWith("mc")) {
            return 0;
        }
        int split = 0;
        for (int k = 2; k <= 3; k++) {
            if (lower.length() > k && englishSyllables(lower.substring(k))) {
                if (split > 0) {
                    return 0; // "dh|lexpress" or "dhl|express": two ways to split, no telling the initials; said as written
                }
                split = k;
            }
        }
        return split == 3 ? split : 0; // a split after two letters only is no three initials
    }

    /** Each letter of {@code letters} on its own, in capitals: "A B", "S C H", as a caller writes them down. */
    private static void addCapitals(StringBuilder sb, CharSequence letters) {
        for (int i = 0; i < letters.length(); i++) {
            add(sb, String.valueOf(Character.toUpperCase(letters.charAt(i))));
        }
    }

    /** A run of four consonants or more ("xkcd", "ndtv"): no word a voice can read. */
    private static final Pattern CONSONANT_RUN = Pattern.compile("[^aeiouyáéíóú]{4}");

    /**
     * A host label of six letters or more shaped like a word, though not by Spanish syllables ("lacounty", "quickcash";
     * round five G): a vowel in every three letters or so and no run of four consonants. The voice says a brand's name as
     * a word; spelling eight letters one by one helps no caller.
     */
    private static boolean wordLike(String lower) {
        if (lower.length() < 6 || lower.length() > 24 || CONSONANT_RUN.matcher(lower).find()) {
            return false;
        }
        long vowels = lower.chars().filter(ch -> "aeiouyáéíóú".indexOf(ch) >= 0).count();
        return vowels * 3 >= lower.length();
    }

    /** A doubled consonant other than Spanish "rr", "ll", "cc": "pass" is said "pas". */
    private static final Pattern DOUBLED_CONSONANT = Pattern.compile("([bdfgkmnpstvz])\\1");

    /**
     * "sunpass.com" (round five J): a host label of six letters or more made of English words whose only obstacle to
     * the syllable rule is a doubled consonant ("sunpass", "easypass", "bigg") is said as the words a caller hears;
     * "bbva", "nvidia" stay spelt.
     */
    private static boolean doubledPronounceable(String lower) {
        if (lower.length() < 6) {
            return false;
        }
        String single = DOUBLED_CONSONANT.matcher(lower).replaceAll("$1");
        return !single.equals(lower) && pronounceable(single);
    }

    /**
     * A host label of a firm's initials glued to its name ("tpvlevante", "bcnplaya"; round eight D): two to four
     * consonants, then a word of five letters or more by the syllable rule. The caller hears the brand as one word, as its
     * writers say it; spelling ten letters one by one helps no caller. "nvidia", "bbva", "xkcdcomics" stay spelt.
     */
    private static boolean initialsThenWord(String lower) {
        for (int k = 0; k < 4 && k < lower.length(); k++) {
            if ("bcdfghjklmnñpqrstvwxz".indexOf(lower.charAt(k)) < 0) {
                return false;
            }
            if (k >= 1 && lower.length() - k - 1 >= 5 && pronounceable(lower.substring(k + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Consonant pairs a borrowed word ends in ("fest", "point", "smart", "soft", "rock"): none is a Spanish coda. Round
     * thirty-three: Catalan's and French's "nc" too ("capblanc", "banc", "franc"), a Spanish coast's brand names.
     */
    private static final Pattern LOAN_ENDING = Pattern.compile("(?:st|nt|rt|ft|ck|nd|rd|rk|lt|nc)$");

    /**
     * "marluzfest", "solpoint", "surfest" (round fourteen): a host label of six letters or more that Spanish syllables
     * read but for its last consonant, after a pair a borrowed word ends in; the caller hears the brand's words, as its
     * writers say them. "nvidia", "bbva", "xkcd" stay spelt (no such ending, or no syllables before it).
     */
    private static boolean loanEnding(String lower) {
        return lower.length() >= 6 && LOAN_ENDING.matcher(lower).find() && pronounceable(lower.substring(0, lower.length() - 1));
    }

    /**
     * English syllables: an onset English starts a word with ("str", "sh", "bl", one consonant), one to three vowels
     * ("y" and a "w" after them count: "buy", "now") and a coda English ends a word with ("ngs", "ck", "st", "rk"). A
     * consonant run between two vowels must split into a coda and an onset ("kings|tickets", "shop|now", "best|buy").
     * Round sixty-one A: a plural's "s" after a coda of "ll", "ff", "lk", "lm", "rm", "rn", "rl" or "ft" ("mills",
     * "hills", "farms", "barns", "cliffs") is a coda too: without it a brand's glued words ending or joined on such a
     * plural were spelt letter by letter, their vowels too few for {@link #wordLike}.
     * Round eighty-two A: "th" after "n" or "l" and a plural's "s" after "th" ("month", "health", "baths", "paths",
     * "months") are codas too: a Spanish script's host glued of such English words ("smoothbaths", "warmhealth") was
     * spelt letter by letter, which no caller hears as the brand; initials ("irs", "tdmar") still fail the six letters
     * or the syllables and stay spelt.
     * Round eighty-four A: the codas English spells with a silent letter, "gn" ("sign", "design", "campaign") and "mb"
     * ("climb", "thumb"), and the plural's "s" after them and after "ght" ("lights", "nights", "signs", "climbs"), are
     * codas too: a host glued of such words was spelt letter by letter. Initials still find no vowel to hold them.
     */
    private static final Pattern EN_SYLLABLES = Pattern.compile(
            "(?:(?:str|spr|spl|scr|squ|thr|shr|sch|[bcfgp][lr]|[dt]r|s[cklmnptw]|[dt]w|[tscpw]h|kn|wr|qu|[bcdfghjklmnprstvwyz])?"
            + "[aeiouy]{1,3}w?"
            + "(?:ngs|nks|nts|nds|nch|ghts|ght|gns|gn|mbs|mb|rst|rth|rts|rds|rks|cks|sts|tch|mps|lts|lds|lls|ffs|lks|lms|rms|rns|rls|fts|nths|lths|nth|lth|ths"
            + "|n[gkdtsz]|c[kt]|ft|l[dfkmpstl]|mp|ms|r[bcdfgklmnpst]|s[kpst]|[tscg]h|[dtpkgb]s|ff|tt|zz|pt|xt|[bcdfgklmnprstvxz])?)+");

    /**
     * "kingstickets", "shopnow", "grillmasters" (round eighteen): a host label of six letters or more made of English
     * syllables is a brand's words glued, which a caller says as the words (the Spanish syllable and consonant-run tests
     * fail on "ngst", "pn", "llm"). Initials no English word starts or ends like ("bbva", "hsbc", "nvidia", "srtford",
     * "xkcdmail") stay spelt.
     */
    private static boolean englishSyllables(String lower) {
        return lower.length() >= 6 && lower.length() <= 24 && englishSyllablesAny(lower);
    }

    /**
     * Round seventy-three G: a lower-case segment of a page's path, three letters or more, that syllables hold ("/pyme",
     * "/gym", "/tarjetas") names the page as a word in either language, as a host's words and a campaign's keyword are
     * said; a code or a non-word ("/faq", "/pdf", "/xkcd") stays spelt.
     */
    private static boolean pathWord(String lower) {
        return lower.length() >= 3 && lower.length() <= 24 && englishSyllablesAny(lower);
    }

    /** Made of English syllables at any length ("tyre", "gym", "boot"; not "abc", "dmv", "tba"). */
    static boolean englishSyllablesAny(String lower) {
        return EN_SYLLABLES.matcher(lower).matches();
    }

    /**
     * Round forty-five: a path's segment of two letters that is a common Spanish word ("expressfleet.com/es", "/mi/cuenta",
     * "/en", "/de") is said as the word, "barra es", as the page's writers and callers say it (two held-out writers
     * rejected "barra e s"); longer Spanish words already pass the syllable rule ({@link #pronounceable}). The words are
     * {@link Vocabulary#spanishFunctionWord}'s; a code that is no word ("/mx", "/us", "/pt") and an English word no Spanish
     * one shares ("/go", "/my") stay spelt.
     */
    private static boolean spanishShortWord(String lower) {
        return lower.length() == 2 && Vocabulary.spanishFunctionWord(lower);
    }

    /** Three letters or more, at most 24 (a longer run is no word a caller can take down, and the check stays cheap). */
    static boolean pronounceable(String lower) {
        return lower.length() >= 3 && lower.length() <= 24 && ES_PRONOUNCEABLE.matcher(lower).matches();
    }

    private static void add(StringBuilder sb, String s) {
        if (sb.length() > 0) {
            sb.append(' ');
        }
        sb.append(s);
    }

    private static String symbol(char c, boolean es) {
        return switch (c) {
            case '@' -> es ? "arroba" : "at";
            case '.' -> es ? "punto" : "dot";
            case '-' -> es ? "guion" : "dash";
            case '_' -> es ? "guion bajo" : "underscore";
            case '/' -> es ? "barra" : "slash";
            case ':' -> es ? "dos puntos" : "colon";
            case '&' -> es ? "y" : "ampersand";
            case '+' -> es ? "más" : "plus";
            case '?' -> es ? "interrogación" : "question mark";
            case '=' -> es ? "igual" : "equals";
            case '#' -> es ? "almohadilla" : "hash";
            case '%' -> es ? "por ciento" : "percent";
            case '~' -> es ? "virgulilla" : "tilde";
            default -> null;
        };
    }
}
