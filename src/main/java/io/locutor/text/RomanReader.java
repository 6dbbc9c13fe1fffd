package io.locutor.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roman numerals in capitals where the words around them say what they are (a lone "I", "V" or "MIX" elsewhere is
 * left as written): after a name they are a regnal number ("Felipe VI" → "Felipe sexto", "Alfonso XIII" → "Alfonso
 * trece": Spanish says ordinals up to ten, cardinals after; "Henry VIII" → "Henry the eighth"); after a word that numbers
 * parts ("capítulo IV", "World War II") a cardinal; between an article and a lower-case noun ("el XI apóstol") an
 * ordinal agreeing with the article. Centuries are read by {@link DateReader}.
 */
final class RomanReader implements TokenReader {
    private static final Pattern ROMAN = Pattern.compile("[IVXLCDM]{1,7}(?![\\p{L}\\d])");
    private static final Set<String> NUMBERED_PARTS = Set.of("capítulo", "tomo", "volumen", "parte", "fase", "acto", "libro", "título",
            "artículo", "canto", "chapter", "part", "volume", "phase", "act", "book", "war", "guerra", "bowl", "tier", "level", "nivel",
            "juegos", "olimpiada", "edición", "congreso", "dinastía", "legislatura", "región", "distrito", "sección", "división",
            "cuerpo", "regimiento", "batallón", "brigada", "sala", "planta", "zona", "sector", "grupo", "serie");
    /**
     * Round fourteen: Spanish words for a kind or a degree numbered by a cardinal ("clase II", "tipo I", "grado III",
     * "estadio IV") and the plurals of the numbered parts before a list or a range ("Fases II-III", "capítulos IV y V").
     */
    private static final Set<String> SPANISH_NUMBERED_KINDS = Set.of("clase", "clases", "tipo", "tipos", "grado", "grados", "estadio",
            "estadios", "categoría", "categorías", "nivel", "niveles", "fases", "capítulos", "tomos", "volúmenes", "partes", "libros",
            "actos", "títulos", "artículos", "secciones", "salas", "plantas", "zonas", "grupos", "series");
    /** Names of queens and empresses who bear a regnal number; their ordinal is feminine. */
    private static final Set<String> QUEENS = Set.of("Isabel", "María", "Juana", "Catalina", "Victoria", "Ana", "Cristina", "Leonor",
            "Urraca", "Blanca", "Berenguela", "Teresa", "Carlota", "Beatriz", "Margarita", "Luisa", "Cleopatra", "Sofía", "Juliana",
            "Guillermina", "Mariana", "Petronila", "Constanza", "Sancha", "Matilde", "Elena", "Arsínoe", "Berenice", "Isabela",
            "Elizabeth", "Mary", "Anne", "Catherine", "Margaret", "Christina");

    /**
     * Round eleven: the given names of kings, emperors and popes that bear a regnal number, as Spanish writes them. RAE:
     * a Roman numeral after a dynastic name is read as an ordinal up to ten ("Felipe II", "Juan Pablo II": "segundo");
     * after any other name, a course, a work or an edition ("Estadística II", "Derecho Civil III", "Rocky IV"), as a
     * cardinal ("Estadística dos"), as a student or a reader says it.
     */
    private static final Set<String> KINGS = Set.of("Alfonso", "Fernando", "Felipe", "Carlos", "Enrique", "Juan", "Pedro", "Jaime",
            "Sancho", "García", "Ramiro", "Ordoño", "Bermudo", "Fruela", "Luis", "Francisco", "José", "Manuel", "Sebastián", "Amadeo",
            "Pablo", "Pío", "León", "Benedicto", "Gregorio", "Clemente", "Inocencio", "Urbano", "Bonifacio", "Alejandro", "Sixto",
            "Julio", "Martín", "Nicolás", "Adriano", "Paulo", "Calixto", "Celestino", "Eugenio", "Esteban", "Marcelo", "Pelagio",
            "Honorio", "Víctor", "Félix", "Anastasio", "Sergio", "Jorge", "Eduardo", "Guillermo", "Ricardo", "Jacobo", "Federico",
            "Napoleón", "Otón", "Rodolfo", "Leopoldo", "Maximiliano", "Ludovico", "Lotario", "Pipino", "Clodoveo", "Childerico",
            "Dagoberto", "Iván", "Miguel", "Constantino", "Justiniano", "Teodosio", "Basilio", "Andrónico", "Ptolomeo", "Ramsés",
            "Tutmosis", "Amenofis", "Amenhotep", "Seti", "Antíoco", "Seleuco", "Mitrídates", "Herodes", "Abderramán", "Hisham",
            "Mohamed", "Muhammad", "Yusuf", "Harald", "Olaf", "Haakon", "Cristián", "Gustavo", "Óscar", "Magnus", "Erico", "Canuto",
            "Valdemar", "Segismundo", "Sigismundo", "Casimiro", "Ladislao", "Boleslao", "Estanislao", "Matías", "Wenceslao",
            "Humberto", "Balduino", "Alberto", "Rainiero", "Simeón", "Boris", "Hugo", "Roberto", "Duarte", "Dionisio", "Tomás",
            "Recaredo", "Liuva", "Teodorico", "Alarico", "Witiza", "Égica", "Conrado", "Alejo", "Isaac", "Romano", "Nicéforo",
            "Heraclio", "Sesostris", "Amenemhat", "Psamético", "Necao", "Darío", "Jerjes", "Artajerjes", "Ciro", "Cambises",
            "Antígono", "Demetrio", "Filipo", "Perseo", "Sargón", "Salmanasar", "Nabucodonosor", "Silvestre", "Dámaso", "Gelasio",
            "Agapito", "Lucio", "Hasán", "Abdalá", "Kamehameha",
            "Henry", "Edward", "George", "William", "Charles", "James", "Richard", "John", "Stephen", "Louis", "Frederick", "Philip");
    /** The titles of {@link #TITLES} a woman bears: her number agrees ("la reina Ranavalona II" → "segunda"). */
    private static final Set<String> FEMININE_TITLES = Set.of("reina", "emperatriz", "zarina", "princesa", "duquesa", "condesa", "infanta");
    /** Councils named by their see, numbered as rulers are ("Vaticano II" is "Vaticano segundo"). */
    private static final Set<String> COUNCILS = Set.of("Vaticano", "Letrán", "Nicea", "Constantinopla", "Lyon", "Toledo");
    /** Titles before a ruler's name ("el rey Witiza II", "la reina Ranavalona II"): the number after the name is regnal. */
    private static final Set<String> TITLES = Set.of("rey", "reina", "papa", "emperador", "emperatriz", "zar", "zarina", "príncipe",
            "princesa", "duque", "duquesa", "conde", "condesa", "sultán", "faraón", "káiser", "infante", "infanta", "archiduque",
            "marqués", "califa", "emir", "king", "queen", "pope");

    /** English words a model's letter follows: "Model X", "Series X", "Gen X". */
    private static final Set<String> MODEL_WORDS = Set.of("model", "series", "gen");
    /** Capitalised words that are not names: a numeral after them is not a regnal number. */
    private static final Set<String> NOT_NAMES = Set.of("el", "la", "los", "las", "un", "una", "the", "a", "an", "in", "en", "de", "of",
            "and", "y", "by", "por", "para", "for", "with", "con", "from", "desde", "to", "tipo", "type", "clase", "class", "grado",
            "grade", "fase", "phase", "estadio", "stage");

    /** Just before {@code nameStart}: an author and an initial closing a list item ("Wang X, ", "Kuang X., "). */
    private static final Pattern AUTHOR_BEFORE = Pattern.compile("\\p{Lu}\\p{Ll}+ \\p{Lu}\\.?, ?$");

    private static boolean authorList(String t, int nameStart) {
        return nameStart > 0 && AUTHOR_BEFORE.matcher(t.substring(Math.max(0, nameStart - 40), nameStart)).find();
    }

    /** After a comma, a surname and its initial: the next author of a list ("Pérez I, Gómez J"). */
    private static final Pattern AUTHOR_AFTER = Pattern.compile(",[ \\u00A0]*\\p{Lu}\\p{Ll}+[ \\u00A0]\\p{Lu}(?![\\p{L}])");

    /**
     * Round twelve: Spanish "Cálculo I, Física y Química", "Felipe I, rey de Castilla": a lone "I" before a comma is the
     * numeral one, unless an author and an initial come after the comma (a list of authors, "Pérez I, Gómez J"). "V" and
     * "X" stay initials there, and so does any letter before a full stop.
     */
    private static boolean spanishOneBeforeComma(ReadContext ctx, String numeral, char after, int end) {
        return ctx.es() && after == ',' && numeral.equals("I") && !ctx.at(AUTHOR_AFTER, end).lookingAt();
    }

    /** I, V and X only, up to thirty ("II", "XV", "XXI"): a number; "CD", "DC", "MIX" before a capital are names. */
    private static boolean smallRoman(String numeral, int n) {
        return n <= 30 && numeral.chars().allMatch(c -> c == 'I' || c == 'V' || c == 'X');
    }

    /**
     * Round thirty-one: two capitals with a hundred's or a thousand's letter ("CV", "CD", "DC", "MD", "CC", "CM", "MI")
     * spell an initialism far more often than an ordinal past a hundred, which no call script writes in roman letters:
     * "el CV impreso", "el CD incluido" keep their letters, never "el centésimo quinto". Numerals of I, V, X and L
     * ("el XV Congreso", "la XL edición") and longer ones ("el CXX aniversario") keep the article's ordinal.
     */
    private static boolean initialismShaped(String numeral) {
        return numeral.length() == 2 && numeral.chars().anyMatch(c -> c == 'C' || c == 'D' || c == 'M');
    }

    @Override
    public int read(ReadContext ctx, int pos) {
        Matcher m = ctx.at(ROMAN, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        int n = RomanNumerals.parse(m.group());
        if (n <= 0 || n > 3999) {
            return -1;
        }
        Reading reading = reading(ctx, pos, m, n);
        if (reading == null && ctx.es()) {
            // Round fourteen: "Clase I, II y III", "Fases II-III": a numeral that goes on a list of numerals is read as
            // the list's first is ("clase uno, dos y tres"), though no word of its own stands before it.
            int head = listHead(ctx.text, pos);
            Matcher first = head < 0 ? null : ctx.at(ROMAN, head);
            if (first != null && first.lookingAt()) {
                int h = RomanNumerals.parse(first.group());
                reading = h > 0 && h <= 3999 ? reading(ctx, head, first, h) : null;
            }
        }
        if (reading == null) {
            return -1;
        }
        switch (reading) {
            case CARDINAL -> ctx.append(ctx.speller.cardinal(n, Gender.NEUTRAL));
            case ORDINAL -> ctx.append(ctx.speller.ordinal(n, false, false));
            case ORDINAL_FEMININE -> ctx.append(ctx.speller.ordinal(n, true, false));
            case REGNAL -> ctx.append(n <= 10 ? ctx.speller.ordinal(n, false, false) : ctx.speller.cardinal(n, Gender.NEUTRAL));
            case REGNAL_FEMININE -> ctx.append(n <= 10 ? ctx.speller.ordinal(n, true, false) : ctx.speller.cardinal(n, Gender.FEMININE));
            default -> ctx.append("the ").append(ctx.speller.ordinal(n, false, false));
        }
        return m.end();
    }

    /** How a numeral is said, so that the rest of a list of numerals is said as its first. */
    private enum Reading { CARDINAL, ORDINAL, ORDINAL_FEMININE, REGNAL, REGNAL_FEMININE, ENGLISH_REGNAL }

    /** A separator of a list of numerals before a numeral: ", ", " y ", " e ", " o ", " u ", " a ", a dash or a slash. */
    private static final Pattern LIST_SEPARATOR_BEFORE = Pattern.compile("(?:,[ \\u00A0]?|[ \\u00A0](?:y|e|o|u|a)[ \\u00A0]|[-–/])$");
    private static final Pattern ROMAN_BEFORE = Pattern.compile("(?<![\\p{L}\\d])[IVXLCDM]{1,7}$");

    /**
     * Where the first numeral of a list of numerals that {@code pos} goes on starts ("Clase I, II y III" for "III" gives
     * "I"), or -1 when no numeral and separator come right before it.
     */
    private static int listHead(String t, int pos) {
        if (pos == 0 || ",yeoua-–/ ".indexOf(t.charAt(pos - 1)) < 0) {
            return -1; // the common path: a numeral after a word
        }
        int head = -1;
        int at = pos;
        for (int k = 0; k < 8; k++) {
            String before = t.substring(Math.max(0, at - 12), at);
            Matcher sep = LIST_SEPARATOR_BEFORE.matcher(before);
            if (!sep.find()) {
                break;
            }
            int sepStart = at - (before.length() - sep.start());
            String rest = t.substring(Math.max(0, sepStart - 8), sepStart);
            Matcher numeral = ROMAN_BEFORE.matcher(rest);
            if (!numeral.find()) {
                break;
            }
            head = sepStart - (rest.length() - numeral.start());
            at = head;
        }
        return head;
    }

    /** How the numeral {@code m} at {@code pos} is said where it stands, or null when the words around it say it is none. */
    private Reading reading(ReadContext ctx, int pos, Matcher m, int n) {
        String before = ctx.previousWord(pos);
        if (before.isEmpty() && ctx.previousWordAcrossDot(pos).equalsIgnoreCase("vol")) {
            before = "volume"; // Round sixty-three A: "vol. II", "Vol. IV": the volume's abbreviation numbers a part as its word does
        }
        String lower = before.toLowerCase(Locale.ROOT);
        boolean spaceBefore = pos > 0 && ctx.text.charAt(pos - 1) == ' ';
        if (!spaceBefore || before.isEmpty()) {
            return null;
        }
        String next = ctx.nextWord(m.end());
        char after = m.end() < ctx.text.length() ? ctx.text.charAt(m.end()) : ' ';
        boolean rangeOfNumerals = after == '-' && ctx.es() && ctx.at(NUMERAL_AFTER_DASH, m.end()).lookingAt();
        if (after == '-' && !rangeOfNumerals
                || (m.group().length() == 1 && (after == ',' || after == '.')) && !spanishOneBeforeComma(ctx, m.group(), after, m.end())) {
            return null; // "Scorpio X-1", "Wang X, Du X.": a name or an initial, not a number; "Fases II-III" is a range
        }
        if (m.group().length() == 1 && authorList(ctx.text, pos - 1 - before.length())) {
            return null; // "Zhang F, Du X (2003)": the last name of a list of authors with their initials, not a king
        }
        if (ctx.es() && m.group().length() > 1 && smallRoman(m.group(), n) && next.equals("años")) {
            // "la fiesta de XV años", "sus XXV años de servicio" (round seven C): a count of years, said as a number.
            return Reading.CARDINAL;
        }
        if (NUMBERED_PARTS.contains(lower) || ctx.es() && SPANISH_NUMBERED_KINDS.contains(lower)) {
            // Round fifty-six: a lone C, D, L or M after a kind's or a part's word is the kind's letter ("casa rodante Clase
            // D", "póliza Tipo C", "Nivel C", "Medicare Part D"): no call script numbers a class, a type or a part fifty,
            // a hundred or more in roman letters; "Clase II", "Tipo IV", "Nivel X" keep their numbers.
            return m.group().length() == 1 && n > 10 ? null : Reading.CARDINAL;
        }
        if (ctx.lang == Lang.EN && m.group().equals("X") && (MODEL_WORDS.contains(lower) || after == ' '
                && m.end() + 1 < ctx.text.length() && TokenScanner.isDigit(ctx.text.charAt(m.end() + 1)))) {
            // "Model X 90", "Series X 2", "the Model X" (round twenty-two B): a lone X after a model's word or before a
            // number is a letter; "Pope Pius X", "Louis XIV" and "Chapter X" keep their numerals.
            return null;
        }
        if (ctx.es() && (lower.equals("el") || lower.equals("la")) && !next.isEmpty() && !initialismShaped(m.group())
                && (m.group().length() > 1 ? Character.isLowerCase(next.charAt(0)) || smallRoman(m.group(), n) : Character.isUpperCase(next.charAt(0)))) {
            // "el XI apóstol", "la I Guerra Mundial", "la II Guerra Mundial", "el XV Congreso": an ordinal after the article.
            return lower.equals("la") ? Reading.ORDINAL_FEMININE : Reading.ORDINAL;
        }
        boolean name = Character.isUpperCase(before.charAt(0)) && before.length() > 1 && Character.isLowerCase(before.charAt(1))
                && !NOT_NAMES.contains(lower);
        // English "I" is the pronoun unless it ends the text or "of" follows: "Sam I", "Elizabeth I of England".
        boolean regnalI = next.equals("of") || m.end() == ctx.text.length();
        if (!name || n > 40 || (m.group().equals("I") && ctx.lang == Lang.EN && !regnalI)) {
            return null;
        }
        String title = ctx.es() ? ctx.previousWord(pos - 1 - before.length()).toLowerCase(Locale.ROOT) : "";
        if (ctx.es() && !QUEENS.contains(before) && !KINGS.contains(before) && !COUNCILS.contains(before) && !TITLES.contains(title)) {
            return Reading.CARDINAL; // "Estadística II", "Derecho Civil III": "dos", "tres"
        }
        if (ctx.es()) {
            // A queen's number agrees with her name: "Isabel II" → "Isabel segunda", "Cleopatra VII" → "Cleopatra séptima".
            return QUEENS.contains(before) || FEMININE_TITLES.contains(title) ? Reading.REGNAL_FEMININE : Reading.REGNAL;
        }
        return Reading.ENGLISH_REGNAL;
    }

    /** A numeral right after a dash: "II-III" is a range of numerals, not a name and a number ("Scorpio X-1"). */
    private static final Pattern NUMERAL_AFTER_DASH = Pattern.compile("-[IVXLCDM]{1,7}(?![\\p{L}\\d])");
}
