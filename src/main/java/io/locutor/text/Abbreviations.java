package io.locutor.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations and titles: "Sr." → "Señor", "Ud." → "usted", "etc." → "etcétera", "Mr." → "Mister".
 * The abbreviation's dot is not a full stop: it is dropped, so the voice does not pause ("ABC Corp. para" →
 * "ABC Corp para"). It is kept when the abbreviation really ends the sentence (end of text or line, or a capital
 * letter next), except after titles, which are always followed by a name.
 * Case: an abbreviation written with a capital gives a capitalised expansion; "el dr." stays lower case.
 */
final class Abbreviations implements TokenReader {
    private record Entry(String spoken, boolean title, boolean needsName) {
    }

    private static final Map<String, Entry> ES = new HashMap<>();
    private static final Map<String, Entry> EN = new HashMap<>();
    private static final Entry SPOONFUL = new Entry("cucharada", false, false);
    private static final Entry FLAT = new Entry("departamento", false, false);
    /** "un 15 % dto.": the discount straight after its amount, with the "de" the written form leaves out. */
    private static final Entry DISCOUNT_OF_AMOUNT = new Entry("de descuento", false, false);
    private static final Entry EXTENSION_AR = new Entry("interno", false, false);
    /** Round nineteen: "Escuela N.º 14 D.E. 9" (Buenos Aires): the school district, its number after it. */
    private static final Entry SCHOOL_DISTRICT_AR = new Entry("Distrito Escolar", false, false);
    /**
     * Round twelve: "Diag. 74", "Diag. Norte" (La Plata, Buenos Aires): a street, "Diagonal", written with its capital before
     * a number or a name; "diag." elsewhere may be a diagnosis ("diag. diferencial") and stays as written.
     */
    private static final Entry DIAGONAL = new Entry("diagonal", false, false);
    /**
     * Round twenty-nine B: "C. Morelos 45", "C. San Martín 1450", "C. Real 27": a capital "C." before a street's name and
     * its house number is the street, "calle", as Mexican, Argentine and Spanish addresses shorten it; "C. Pérez" with no
     * number after, "Juan C. Pérez" or "la vitamina C. Tome 2" are an initial or a letter and stay.
     */
    private static final Entry STREET = new Entry("calle", false, false);
    /** One space, a street's capitalised name (up to four words, "de"/"del"/"la"/"los" between), then its house number. */
    private static final Pattern STREET_NAME_AND_NUMBER = Pattern.compile("[ \\u00A0](?:(?:de|del|la|las|los|el)[ \\u00A0])*\\p{Lu}\\p{Ll}+"
            + "(?:[ \\u00A0](?:(?:de|del|la|las|los|el|y)[ \\u00A0])*\\p{Lu}\\p{Ll}+){0,3},?[ \\u00A0](?:#[ \\u00A0]?)?\\d{1,5}(?![\\d\\p{L}]|[.,:]\\d)");
    /** Words an address follows: "enviada a C. Morelos 45", "en C. Real 27", "esquina con C. Hidalgo 3". */
    private static final java.util.Set<String> BEFORE_AN_ADDRESS = java.util.Set.of("a", "en", "de", "desde", "hasta", "hacia", "por",
            "sobre", "entre", "y", "con", "esquina");

    /**
     * {@link #STREET_NAME_AND_NUMBER} after the "C." ending at {@code end}, and an address's place before it: the text's
     * or a line's start, a colon, a comma, a bracket or a word an address follows ({@link #BEFORE_AN_ADDRESS}). After a
     * name, a title or a noun ("Juan C. Pérez", "Sr. C. Pérez", "vitamina C.") it is an initial or a letter.
     */
    private static boolean streetInitial(ReadContext ctx, int pos, int end) {
        int i = ReadContext.spacesStart(ctx.text, pos);
        boolean addressPlace = i == 0 || ":,;(\n".indexOf(ctx.text.charAt(i - 1)) >= 0
                || i < pos && BEFORE_AN_ADDRESS.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT));
        return addressPlace && ctx.at(STREET_NAME_AND_NUMBER, end).lookingAt();
    }
    /**
     * Round forty-five: "en la E.S. de la A-2", "su E.S. de confianza", "la E.S. Puerto Norte": in Spain a petrol
     * station is written "E.S." (estación de servicio) on receipts, signs and the firms' messages, and a caller hears the
     * place, never the letters "ES" (which the voice says as the verb "es"). Only where the words around make it a place:
     * a feminine determiner before it and "de"/"del" or a capitalised name after it ({@link #serviceStation}).
     */
    private static final Entry SERVICE_STATION = new Entry("estación de servicio", false, false);
    /** Determiners of a feminine singular noun, "la E.S.", "su E.S.", "esta E.S.": a place's, not an initial's. */
    private static final java.util.Set<String> FEMININE_SINGULAR_DETERMINERS;
    /** The feminine singular determiners whose form says the gender ("la", "esta"); "su", "tu", "cada" go with either. */
    private static final java.util.Set<String> FEMININE_MARKED_DETERMINERS = java.util.Set.of("la", "una", "esta", "esa", "nuestra",
            "vuestra", "otra", "misma");
    static {
        java.util.Set<String> determiners = new java.util.HashSet<>(FEMININE_MARKED_DETERMINERS);
        determiners.addAll(java.util.Set.of("su", "tu", "cada"));
        FEMININE_SINGULAR_DETERMINERS = java.util.Set.copyOf(determiners);
    }

    /**
     * Round forty-six: "con la prof. Marta Ibáñez", "la Dr. Ruiz", "la Lic. Pérez": a masculine title's abbreviation after
     * a determiner that is feminine by its form ({@link #FEMININE_MARKED_DETERMINERS}) names a woman, so it is read as the
     * feminine title her own abbreviation ("profa.", "dra.", "lcda.") would be; "el prof. Ruiz", "su prof.", and a title
     * with nothing before it (the name's gender unknown) keep the table's masculine.
     */
    private static final Map<String, String> FEMININE_TITLES = Map.of("profesor", "profesora", "doctor", "doctora",
            "licenciado", "licenciada");

    /**
     * The capitals "E.S." written at {@code pos} (its dot at {@code end - 1}) name a service station: Spain's Spanish, a
     * feminine determiner right before ({@link #FEMININE_SINGULAR_DETERMINERS}) and, after one space, "de"/"del" or a
     * capitalised name. "E.S." elsewhere (a name's initials, "Juan E.S. Ruiz"), "ES" (Spain's code) and "es" (the verb)
     * are left alone.
     */
    private static boolean serviceStation(ReadContext ctx, int pos, int end) {
        if (!"ES".equals(ctx.locale.region) || !ctx.text.startsWith("E.S.", pos) || end != pos + 4 || end + 1 >= ctx.text.length()
                || ctx.text.charAt(end) != ' ' && ctx.text.charAt(end) != '\u00A0'
                || !FEMININE_SINGULAR_DETERMINERS.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT))) {
            return false;
        }
        String next = ctx.nextWord(end);
        return next.equals("de") || next.equals("del") || next.length() > 1 && Character.isUpperCase(next.charAt(0))
                && Character.isLowerCase(next.charAt(1)) && !opensSpanishSentence(next);
    }

    /**
     * Whether a capitalised word opens a Spanish caller's next sentence rather than continuing a name: a courtesy, a
     * script's imperative or a time word ({@link #ES_SENTENCE_OPENERS}), or a function word ("La", "Si", "Para",
     * {@link Vocabulary#spanishFunctionWord}).
     */
    static boolean opensSpanishSentence(String word) {
        return ES_SENTENCE_OPENERS.contains(word) || Vocabulary.spanishFunctionWord(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Capitalised words that open a Spanish caller's next sentence, not a station's name after "la E.S." ("le esperamos en
     * la E.S. Gracias por…", "… su E.S. Recuerde que…"): courtesies, a script's imperatives and time words; the function
     * words ("La", "Si", "Para") are {@link Vocabulary#spanishFunctionWord}'s.
     */
    private static final java.util.Set<String> ES_SENTENCE_OPENERS = java.util.Set.of("Gracias", "Muchas", "Saludos", "Atentamente",
            "Buen", "Buenos", "Buenas", "Feliz", "Felices", "Recuerde", "Recuerda", "Recordá", "Llame", "Llama", "Llamá", "Pulse", "Pulsa",
            "Marque", "Marca", "Presione", "Oprima", "Visite", "Consulte", "Escriba", "Responda", "Conteste", "Disculpe", "Disculpa",
            "Le", "Les", "Te", "Nos", "Usted", "Hoy", "Mañana", "Ahora", "Además", "Aquí", "Allí", "Ahí");
    /** "hab. 312" before its number is a room ("tres hab." after a count may be rooms or inhabitants). */
    private static final Entry ROOM = new Entry("habitación", false, false);
    /** Round eight F: "la Esc. Primaria Benito Juárez", "Esc. Técnica N.º 3": before a school's name "esc." is a school. */
    private static final Entry SCHOOL = new Entry("escuela", true, false); // a name follows: its dot ends no sentence
    /** Words a school's name starts with, also written in lower case ("esc. primaria"). */
    private static final java.util.Set<String> SCHOOL_WORDS = java.util.Set.of("primaria", "secundaria", "técnica", "normal",
            "preparatoria", "nacional", "superior", "municipal", "rural", "especial", "oficial", "pública", "privada", "infantil");
    /** A staircase's side, written after "Esc." in an address ("Esc. Izq.", "Esc. Dcha."): still the staircase. */
    private static final java.util.Set<String> SIDES = java.util.Set.of("izquierda", "derecha", "izq", "izqda", "izda", "dcha", "dch",
            "der", "interior", "exterior", "centro", "central");

    /**
     * "Esc." is a school before a word of its name (a capitalised word or a school word, "la Esc. Normal Mariano Moreno");
     * after an address's number ("Olmo 8, Esc. B", "Puerto 14, esc. 2") or before a side, a letter or a number it is the
     * staircase.
     */
    private static boolean school(ReadContext ctx, int pos, int end) {
        String next = ctx.nextWord(end);
        if (next.length() < 3 || SIDES.contains(next.toLowerCase(Locale.ROOT))
                || !(Character.isUpperCase(next.charAt(0)) || SCHOOL_WORDS.contains(next))) {
            return false;
        }
        int i = pos;
        while (i > 0 && (ctx.text.charAt(i - 1) == ' ' || ctx.text.charAt(i - 1) == ',')) {
            i--;
        }
        return i == 0 || !(TokenScanner.isDigit(ctx.text.charAt(i - 1)) || "ºª".indexOf(ctx.text.charAt(i - 1)) >= 0);
    }
    /**
     * Round nine B: Spanish words a count is written with in listings, prescriptions and bookings ("piso de 3 hab.", "2
     * comp. de 250 mg", "depto. de 3 amb.", "mesa para 6 pers."), as the RAE's list of abbreviations and the trades' own
     * forms write them; after a number only, singular after "1" ("una habitación"). Elsewhere they stay as written ("hab."
     * may be "habitantes", "comp." "compárese").
     */
    private static final Map<String, String[]> ES_COUNTED = new HashMap<>();
    /**
     * Round nine B: words of an address or a document written before their number or letter ("apto. 4B", "of. 3", "art.
     * 14", "cap. 2", "Bl. C"); elsewhere "apto." is the adjective and "art." may be a word cut short.
     */
    private static final Map<String, String> ES_BEFORE_A_NUMBER = new HashMap<>();

    static {
        counted("habitación", "habitaciones", "hab.", "habs.");
        counted("dormitorio", "dormitorios", "dorm.", "dorms.");
        counted("ambiente", "ambientes", "amb.", "ambs.");
        counted("comprimido", "comprimidos", "comp.", "comps.", "compr.");
        counted("cápsula", "cápsulas", "cáp.", "cáps.", "caps.");
        counted("tableta", "tabletas", "tab.", "tabs.", "tabl.");
        counted("pieza", "piezas", "pza.", "pzas.", "pz.", "pzs.");
        counted("persona", "personas", "pers.", "pax.");
        counted("paquete", "paquetes", "paq.", "paqs.");
        counted("unidad", "unidades", "ud.", "uds.", "und.", "unds.", "unid.", "unids.");
        counted("sobre", "sobres", "sob.");
        counted("ampolla", "ampollas", "amp.", "amps.");
        counted("caja", "cajas", "cj.", "cjs.");
        counted("semana", "semanas", "sem.", "sems.");
        counted("ejemplar", "ejemplares", "ej.", "ejs.");
        // Round twenty-three: a book's or a contract's pages ("240 págs." "doscientas cuarenta páginas", "1 pág." "una
        // página"); before a number ("pág. 11") the plain table's reading stays.
        counted("página", "páginas", "pág.", "págs.", "pag.", "pags.", "pp.");
        ES_BEFORE_A_NUMBER.put("apto.", "apartamento");
        ES_BEFORE_A_NUMBER.put("of.", "oficina");
        ES_BEFORE_A_NUMBER.put("ofic.", "oficina");
        ES_BEFORE_A_NUMBER.put("loc.", "local");
        ES_BEFORE_A_NUMBER.put("art.", "artículo");
        ES_BEFORE_A_NUMBER.put("arts.", "artículos");
        ES_BEFORE_A_NUMBER.put("cap.", "capítulo");
        ES_BEFORE_A_NUMBER.put("vol.", "volumen");
        ES_BEFORE_A_NUMBER.put("bl.", "bloque");
        ES_BEFORE_A_NUMBER.put("blq.", "bloque");
        ES_BEFORE_A_NUMBER.put("lte.", "lote");
        ES_BEFORE_A_NUMBER.put("apdo.", "apartado");
        // Round thirteen: a stadium's or a theatre's section before its number ("secc. 112", "sec. 3").
        ES_BEFORE_A_NUMBER.put("secc.", "sección");
        ES_BEFORE_A_NUMBER.put("sec.", "sección");
        // Round twenty: an industrial estate's and a plot's address words (Correos' and the land registry's forms): "nv. 14",
        // "parc. 27", "pol. 9, parc. 112", and Mexico's block and lot ("Mz. 3 Lt. 21"). "lt." after a number is litres.
        ES_BEFORE_A_NUMBER.put("parc.", "parcela");
        ES_BEFORE_A_NUMBER.put("nv.", "nave");
        ES_BEFORE_A_NUMBER.put("manz.", "manzana");
        ES_BEFORE_A_NUMBER.put("lt.", "lote");
    }

    /**
     * Round ten: counted words that also stand before the adjective describing them with no number ("en hab. doble",
     * "dorm. principal", "amb. luminoso", "por pers. adicional"); "ud." is "usted" there, "pza." a square, so neither is here.
     */
    private static final java.util.Set<String> NAMED_BEFORE_AN_ADJECTIVE = java.util.Set.of("hab.", "habs.", "dorm.", "dorms.", "amb.", "ambs.", "pers.");

    /** One space, then a digit or a capital: a street's number or the first word of its name ("Diag. 74", "Diag. Norte"). */
    private static boolean streetNameNext(String t, int end) {
        return end + 1 < t.length() && t.charAt(end) == ' ' && (TokenScanner.isDigit(t.charAt(end + 1)) || Character.isUpperCase(t.charAt(end + 1)));
    }

    /**
     * Round forty-seven: "en 2215 Ave. Bergenline", "en Ave. Constitución 2150": US and northern-Mexican Spanish print the
     * avenue "Ave.", as English does; capitalised, before a capitalised street's name, after its house number or with the
     * number after the name, it is "avenida", as "Av." is. Elsewhere ("vimos un ave. Luego", the bird at a sentence's
     * end, or "Ave. María") it is left as written.
     */
    private static boolean avenueOfAnAddress(ReadContext ctx, int pos, int end) {
        String t = ctx.text;
        if (t.charAt(pos) != 'A' || !(end + 1 < t.length() && t.charAt(end) == ' ' && Character.isUpperCase(t.charAt(end + 1)))) {
            return false;
        }
        int i = ReadContext.spacesStart(t, pos);
        boolean houseNumberBefore = i < pos && i > 0 && TokenScanner.isDigit(t.charAt(i - 1));
        return houseNumberBefore || ctx.at(STREET_NAME_AND_NUMBER, end).lookingAt();
    }

    /** One space, then a lower-case word of two or more letters: an adjective or a complement after a noun. */
    private static boolean adjectiveAfter(String t, int end) {
        return end + 2 < t.length() && t.charAt(end) == ' ' && Character.isLowerCase(t.charAt(end + 1)) && Character.isLetter(t.charAt(end + 2));
    }

    /**
     * "Ferreyra & Asoc.", "Martín y Asoc." (round ten): after "&"/"y" ending a firm's name, the partners, "Asociados";
     * before "de" the body's name, "Asoc. de Vecinos" "Asociación". Null elsewhere: left as written.
     */
    private static Entry firmPartners(ReadContext ctx, int pos) {
        String before = ctx.previousWord(pos);
        int i = ReadContext.spacesStart(ctx.text, pos);
        if (before.equals("y") || i > 0 && ctx.text.charAt(i - 1) == '&') {
            return new Entry("Asociados", false, false);
        }
        return ctx.nextWord(pos + 5).equals("de") ? new Entry("Asociación", false, false) : null;
    }

    /**
     * A feminine noun right before the abbreviation at {@code pos}, after one space ("velocidad máx.", "Velocidad máx."
     * at a sentence's start): {@link Vocabulary#spanishNounGender} on the lower-cased word, so a capital is no name here.
     */
    private static boolean feminineNounBefore(ReadContext ctx, int pos) {
        String before = ctx.previousWord(pos);
        return pos > 0 && ctx.text.charAt(pos - 1) == ' '
                && Vocabulary.spanishNounGender(before.toLowerCase(Locale.ROOT)) == Gender.FEMININE;
    }

    private static void counted(String one, String many, String... keys) {
        for (String k : keys) {
            ES_COUNTED.put(k, new String[] {one, many});
        }
    }

    /**
     * The plural noun of a Spanish counted abbreviation right after {@code from} (across spaces, "3 hab." → "habitaciones"),
     * or null: the number before it agrees with that noun ("21 uds." → "veintiuna unidades").
     */
    static String countedNoun(String text, int from) {
        int start = ReadContext.spacesEnd(text, from);
        int i = ReadContext.lettersEnd(text, start);
        if (i == start || i >= text.length() || text.charAt(i) != '.') {
            return null;
        }
        String key = text.substring(start, i + 1).toLowerCase(Locale.ROOT);
        String[] noun = ES_COUNTED.get(key);
        return noun == null ? null : key.startsWith("hab") && countBefore(text, from) >= 100 ? "habitantes" : noun[1];
    }

    /**
     * "ud.", "pza.", "u." after a price's "/" (round twenty): the counted word in the singular ("unidad", "pieza"), as a
     * rate is per one; null for any other shortened word.
     */
    static String unitOfSale(String abbreviation) {
        String key = abbreviation.toLowerCase(Locale.ROOT);
        String[] noun = ES_COUNTED.get(key.equals("u.") ? "ud." : key);
        return noun == null ? null : noun[0];
    }

    /** The whole number right before {@code pos} (across spaces, thousands marks skipped), or -1. */
    private static long countBefore(String t, int pos) {
        int i = ReadContext.spacesStart(t, pos);
        int end = i;
        while (i > 0 && (TokenScanner.isDigit(t.charAt(i - 1)) || i > 1 && ".,".indexOf(t.charAt(i - 1)) >= 0 && TokenScanner.isDigit(t.charAt(i - 2)))) {
            i--;
        }
        String digits = t.substring(i, end).replaceAll("[.,]", "");
        return digits.isEmpty() || digits.length() > 12 ? -1 : Long.parseLong(digits);
    }

    /**
     * A lone Spanish month abbreviation after a preposition that names a month ("en nov.", "desde dic."; round eight C).
     * "mar." and "may." are left out: "agua de mar." is the sea.
     */
    private static final Map<String, Entry> ES_MONTH_ALONE = new HashMap<>();
    private static final java.util.Set<String> BEFORE_A_MONTH = java.util.Set.of("en", "de", "desde", "hasta", "durante");
    /** A flat's letter or number after "dto.": " B", " 4", " 12A". */
    private static final Pattern UNIT_NEXT = Pattern.compile("[ \\u00A0](?:\\p{Lu}|\\d{1,3}\\p{Lu}?)(?![\\p{L}\\d])");

    /** A number or a roman numeral in capitals after a volume's "vol." ("vol. 2", "Vol. III"), nothing glued after it. */
    private static final Pattern VOLUME_NUMBER_NEXT = Pattern.compile("[ \\u00A0](?:\\d{1,3}|[IVXLC]{1,6})(?![\\p{L}\\d])");
    /** An English ordinal in figures ("4th", "2nd", "21st") and a space, ending where the region ends. */
    private static final Pattern ORDINAL_BEFORE = Pattern.compile("(?<![\\p{L}\\d])\\d{1,3}(?:st|nd|rd|th)[ \\u00A0]$");

    /** "1 cda.", "½ cda.": an amount right before the word. */
    private static boolean afterAmount(String t, int pos) {
        int i = ReadContext.spacesStart(t, pos);
        return i < pos && i > 0 && (TokenScanner.isDigit(t.charAt(i - 1)) || "½¼¾".indexOf(t.charAt(i - 1)) >= 0);
    }

    /** "los" and a list of weekdays, written or abbreviated, up to a comma or "y"/"o" just before: "los vie., sáb. y ". */
    private static final Pattern LOS_WEEKDAY_LIST = Pattern.compile("(?i)(?<![\\p{L}])los (?:(?:lun|mar|mi[ée]|jue|vie|s[áa]b|dom)\\.?"
            + "|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bados|domingos)(?:(?:, ?| [yeo] )(?:(?:lun|mar|mi[ée]|jue|vie|s[áa]b|dom)\\.?"
            + "|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bados|domingos))*(?:, ?| [yo] )$");

    /** A percentage or an amount just before {@code pos}, past spaces: "15 % dto.", "5 € dto.", "20% dcto.". */
    private static boolean afterPercentOrAmount(String t, int pos) {
        int i = pos;
        while (i > 0 && (t.charAt(i - 1) == ' ' || t.charAt(i - 1) == '\u00A0')) {
            i--;
        }
        return i < pos && i > 0 && (t.charAt(i - 1) == '%' || t.charAt(i - 1) == '€' || TokenScanner.isDigit(t.charAt(i - 1)));
    }

    /**
     * Places a single capital letter names ("la puerta D", "el andén B", "gate D", "block C"): a capital and a dot after
     * one is that letter and the sentence's full stop, no title's initial ("D." is "Don" only before a name, as in
     * "Sr. D. Luis").
     */
    private static final java.util.Set<String> LETTERED_PLACES = java.util.Set.of("puerta", "sector", "bloque", "zona", "edificio", "torre",
            "andén", "sala", "módulo", "pasillo", "terminal", "nivel", "sección", "fila", "ala", "pabellón", "área", "letra", "entrada",
            "salida", "acceso", "gate", "block", "zone", "building", "tower", "door", "section", "row", "hall", "wing", "level",
            "concourse", "lot", "entrance", "exit");

    /** Spanish address words, expanded only where an address can be: not glued to a number. */
    private static final java.util.Set<String> ADDRESS_PARTS = java.util.Set.of("plaza", "avenida", "carretera", "urbanización", "paseo",
            "polígono", "escalera", "puerta", "colonia", "edificio", "bulevar", "diagonal", "camino", "calzada", "prolongación", "cerrada", "privada",
            "fraccionamiento", "glorieta", "ronda", "travesía", "callejón", "pasaje", "barrio", "manzana", "esquina", "Place",
            "Elementary", "Gardens", "Crescent"); // English words of a name: "Lincoln Elem. School", "Hill Cres., Bath"

    static {
        title(ES, "señor", "sr.");
        title(ES, "señora", "sra.");
        title(ES, "señorita", "srta.");
        title(ES, "señores", "sres.", "srs.");
        title(ES, "señoras", "sras.");
        title(ES, "doctor", "dr.");
        title(ES, "doctora", "dra.");
        title(ES, "licenciado", "lic.", "lcdo.");
        title(ES, "licenciada", "lcda.");
        // Round twenty-four: "Farmacia Ldo. Roca", Spain's "Ldo."/"Lda."; only before a name, as "Lda." is also a
        // Portuguese firm's "limitada" ("Pinturas Silva, Lda.").
        ES.put("ldo.", new Entry("licenciado", true, true));
        ES.put("lda.", new Entry("licenciada", true, true));
        title(ES, "ingeniero", "ing.");
        title(ES, "doña", "dña.");
        // Ranks and titles before a name, as encyclopaedias and Latin-American letters write them ("Gral. San Martín").
        title(ES, "general", "gral.");
        title(ES, "coronel", "cnel.");
        title(ES, "teniente", "tte.");
        title(ES, "profesor", "prof.");
        title(ES, "profesora", "profa.");
        title(ES, "monseñor", "mons.");
        title(ES, "arquitecto", "arq.");
        ES.put("d.", new Entry("don", true, true));
        ES.put("da.", new Entry("doña", true, true));
        plain(ES, "usted", "ud.", "vd.");
        plain(ES, "ustedes", "uds.", "vds.");
        plain(ES, "etcétera", "etc.");
        plain(ES, "aproximadamente", "aprox.");
        plain(ES, "teléfono", "tel.", "tfno.", "tlf.", "teléf.");
        plain(ES, "Corp", "corp.");
        plain(ES, "ese a", "s.a.");
        plain(ES, "ese ele", "s.l.");
        plain(ES, "plaza", "pza.", "pl.");
        plain(ES, "avenida", "av.", "avda.");
        plain(ES, "calle", "c/");
        plain(ES, "página", "pág.");
        plain(ES, "figura", "fig.");
        plain(ES, "departamento", "dpto.", "depto.");
        plain(ES, "extensión", "ext.");
        plain(ES, "máximo", "máx.");
        plain(ES, "mínimo", "mín.");
        plain(ES, "por ejemplo", "p. ej.", "p.ej.");
        plain(ES, "Estados Unidos", "ee. uu.", "ee.uu.");
        plain(ES, "atentamente", "atte.");
        plain(ES, "código postal", "c.p.");
        // Weekdays ("mar." is left alone: it is also March), eras, and the parts of a Spanish or Mexican address.
        plain(ES, "lunes", "lun.");
        plain(ES, "miércoles", "mié.", "miér.", "mier.");
        plain(ES, "jueves", "jue.", "juev.");
        plain(ES, "viernes", "vie.", "vier.");
        plain(ES, "sábado", "sáb.", "sab.");
        plain(ES, "domingo", "dom.");
        plain(ES, "antes de Cristo", "a.c.", "a. c.", "a.de c.", "a. de c.");
        plain(ES, "después de Cristo", "d.c.", "d. c.", "d.de c.", "d. de c.");
        plain(ES, "izquierda", "izq.", "izqda.", "izda.");
        plain(ES, "derecha", "dcha.", "dch.", "der.");
        plain(ES, "carretera", "ctra.");
        plain(ES, "urbanización", "urb.");
        plain(ES, "paseo", "p.º", "pº.", "pso.");
        plain(ES, "polígono", "pol.");
        title(ES, "Polígono Industrial", "pol. ind."); // "el Pol. Ind. Malpica", an industrial estate's name (round eight D)
        plain(ES, "escalera", "esc.");
        plain(ES, "puerta", "pta.");
        plain(ES, "colonia", "col.");
        // Round twenty-six: a Mexican colonia's or avenue's point of the compass ("Col. Roma Nte.", "Jardines Ote."): no
        // Spanish word is spelt so. "Pte." stays: it is also "presidente" and "puente".
        plain(ES, "Norte", "nte.");
        plain(ES, "Oriente", "ote.");
        plain(ES, "referencia", "ref.");
        plain(ES, "incluido", "incl."); // "IVA incl."
        plain(ES, "descuento", "dto.", "dcto."); // "un 30 % de dto."
        plain(ES, "expediente", "expte."); // "el expte. N° 4587/2026"
        plain(ES, "apartamento", "apt."); // US addresses: "2150 Coral Way, Apt. 4B" ("apto." is also the adjective)
        plain(ES, "sin número", "s/n"); // "Pza. de España s/n": a building with no street number
        plain(ES, "interior", "int.");
        // Round nine B: more address words of the RAE's list of abbreviations, unambiguous wherever they stand.
        plain(ES, "esquina", "esq.");
        plain(ES, "entresuelo", "entlo.");
        plain(ES, "principal", "pral.");
        plain(ES, "provincia", "prov.");
        plain(ES, "compañía", "cía."); // a Mexican address's inner number: "Insurgentes Sur 1602, int. 301"
        // Mexican states as addresses abbreviate them after the city ("Monterrey, N.L.", "Guadalajara, Jal.")
        plain(ES, "Nuevo León", "n.l.");
        plain(ES, "Jalisco", "jal.");
        plain(ES, "Guanajuato", "gto.");
        plain(ES, "Querétaro", "qro.");
        plain(ES, "Michoacán", "mich.");
        plain(ES, "Oaxaca", "oax.");
        plain(ES, "Yucatán", "yuc.");
        plain(ES, "Chihuahua", "chih.");
        plain(ES, "Tamaulipas", "tamps.");
        plain(ES, "San Luis Potosí", "s.l.p.");
        plain(ES, "Estado de México", "edo. méx.", "edo. mex.");
        // Round seven C ("Acapulco, Gro."): the other states whose abbreviation is no Spanish word ("Son.", "Ver.", "Sin."
        // and "Col." are words or "colonia", and stay as written).
        plain(ES, "Guerrero", "gro.");
        plain(ES, "Puebla", "pue.");
        plain(ES, "Hidalgo", "hgo.");
        plain(ES, "Aguascalientes", "ags.");
        plain(ES, "Coahuila", "coah.");
        plain(ES, "Chiapas", "chis.");
        plain(ES, "Durango", "dgo.");
        plain(ES, "Tlaxcala", "tlax.");
        plain(ES, "Zacatecas", "zac.");
        plain(ES, "Campeche", "camp.");
        plain(ES, "Nayarit", "nay.");
        plain(ES, "Quintana Roo", "q. roo.", "q. roo");
        plain(ES, "Baja California Sur", "b.c.s.");
        plain(ES, "edificio", "edif.");
        // Round twelve: "Bv." is Argentina's bulevar ("Bv. Oroño", Rosario), "Blv." Mexico's ("Blv. Agua Caliente", Tijuana).
        plain(ES, "bulevar", "blvd.", "bvar.", "bv.", "blv.");
        plain(ES, "camino", "c.º", "cno.");
        // kitchen measures of recipes and meal deliveries: "2 cdas. de azúcar", "1 cdta. de sal"
        plain(ES, "cucharadas", "cdas.");
        plain(ES, "cucharadita", "cdta.", "cdita.");
        plain(ES, "cucharaditas", "cdtas.", "cditas.");
        // Mexican and Spanish street words a delivery or appointment address is written with ("Calz. de Tlalpan").
        plain(ES, "calzada", "calz.", "czda.");
        plain(ES, "prolongación", "prol.", "prolong.");
        plain(ES, "cerrada", "cda.", "cerr.");
        plain(ES, "privada", "priv.");
        plain(ES, "fraccionamiento", "fracc.");
        plain(ES, "glorieta", "glta.");
        plain(ES, "ronda", "rda.");
        plain(ES, "travesía", "trav.", "trv.");
        plain(ES, "callejón", "cjón.", "callej.");
        plain(ES, "pasaje", "pje.", "psje.");
        plain(ES, "barrio", "bo.");
        plain(ES, "manzana", "mz.", "mza.");
        plain(ES, "horas", "hrs.", "hs.");
        plain(ES, "páginas", "págs.", "pp.");
        plain(ES, "entre otros", "et al.");
        // Round seven D: an office's and a bill's words ("Consultora Rumbo RR. HH.", "(vto. 10/12)").
        plain(ES, "recursos humanos", "rr. hh.", "rr.hh.");
        plain(ES, "vencimiento", "vto.", "vencim.");
        // Round eight: a road and a family firm ("km 23 carr. Hermosillo-Kino", "Contratista Rural Hnos. Bianchi").
        plain(ES, "carretera", "carr.");
        title(ES, "Hermanos", "hnos."); // a name follows: its dot ends no sentence
        // Round thirty-one: a religious' title before her or his name, as a parish, a school or a home writes it ("la Hna.
        // Lucía", "el Hno. Marcos", "el Pbro. Andrés Gil"; RAE's list of abbreviations), beside "Mons." above; only before
        // a name, as "Ldo." is, so a signature's "Juan Pérez, Pbro." keeps the dot that ends it.
        ES.put("hna.", new Entry("hermana", true, true));
        ES.put("hnas.", new Entry("hermanas", true, true));
        ES.put("hno.", new Entry("hermano", true, true));
        ES.put("pbro.", new Entry("presbítero", true, true));
        // Round eight C: a town hall ("ALERTA del Ayto. de Alcorcón"), named like a title.
        title(ES, "ayuntamiento", "ayto.");
        for (String month : new String[] {"ene", "feb", "abr", "jun", "jul", "ago", "sep", "sept", "set", "oct", "nov", "dic"}) {
            ES_MONTH_ALONE.put(month + ".", new Entry(Vocabulary.monthName(Lang.ES, Vocabulary.month(Lang.ES, month)), false, false));
        }
        title(EN, "Mister", "mr.");
        title(EN, "Missus", "mrs.");
        title(EN, "Miz", "ms.");
        title(EN, "Doctor", "dr.");
        title(EN, "Professor", "prof.");
        plain(EN, "Junior", "jr.");
        plain(EN, "Senior", "sr.");
        plain(EN, "et cetera", "etc.");
        plain(EN, "approximately", "approx.");
        plain(EN, "Inc", "inc.");
        plain(EN, "Corp", "corp.");
        plain(EN, "Limited", "ltd.");
        plain(EN, "department", "dept.");
        plain(EN, "Building", "bldg."); // "the Admin Bldg.", "Bldg. 4"
        plain(EN, "extension", "ext.");
        plain(EN, "months", "mos.");
        title(EN, "for example", "e.g."); // round eight: "e.g. Monday": what follows is an example, no new sentence
        plain(EN, "reference", "ref.");
        plain(EN, "account", "acct."); // "acct. #88120934" (round five H)
        plain(EN, "per annum", "p.a."); // "8,000 miles p.a."
        plain(EN, "P O", "p.o."); // "P.O. Box 1234"
        title(EN, "that is", "i.e.");
        plain(EN, "years", "yrs.");
        plain(EN, "weeks", "wks.");
        plain(EN, "telephone", "tel.");
        plain(EN, "versus", "vs.");
        plain(EN, "Avenue", "ave.");
        plain(EN, "Boulevard", "blvd.");
        plain(EN, "Apartment", "apt.");
        plain(EN, "Suite", "ste.");
        plain(EN, "Road", "rd.");
        plain(EN, "Lane", "ln.");
        plain(EN, "Place", "pl."); // "226 Park Pl."
        plain(EN, "Parkway", "pkwy.");
        plain(EN, "Highway", "hwy.", "hwy");
        // More street suffixes, as USPS Publication 28 (appendix C1) abbreviates them and British addresses write them too
        // ("89 Eccleston Sq.", "4 Oak Ct."); "Dr." stays the title (a street "Dr" after a house number is UsAddresses').
        plain(EN, "Court", "ct.");
        plain(EN, "Square", "sq.");
        plain(EN, "Terrace", "ter.", "terr.");
        plain(EN, "Circle", "cir.");
        plain(EN, "Drive", "drv.");
        plain(EN, "square feet", "sq. ft.");
        // Price and office words of call scripts: "(reg. $249)", "incl. VAT", "excl. delivery", "Est. arrival".
        plain(EN, "regular", "reg.");
        plain(EN, "including", "incl.");
        plain(EN, "excluding", "excl.");
        plain(EN, "estimated", "est.");
        // Round seven A: office words of reminders and statements ("GP appt.", "£46.10 per qtr.", "Lincoln Elem. School",
        // "Pacific Gas Co.").
        plain(EN, "Company", "co.");
        plain(EN, "maximum", "max."); // "max. 6 tablets/day"; after a number "min." is the minute (QuantityReader reads it first)
        plain(EN, "minimum", "min.");
        plain(EN, "appointment", "appt.");
        plain(EN, "appointments", "appts.");
        plain(EN, "quarter", "qtr.");
        // Round eighty-three B: a thread's or a label's weight ("two spools of 40 wt. thread", "net wt. 500 g"): "forty weight
        // thread", the grade said as the trade says it.
        plain(EN, "weight", "wt.");
        plain(EN, "Elementary", "elem.");
        plain(EN, "Gardens", "gdns.");
        plain(EN, "Crescent", "cres.");
        plain(EN, "Monday", "mon.");
        plain(EN, "Tuesday", "tue.", "tues.");
        plain(EN, "Wednesday", "wed.", "weds.");
        plain(EN, "Thursday", "thu.", "thurs.");
        plain(EN, "Friday", "fri.");
        plain(EN, "Saturday", "sat.");
        plain(EN, "Sunday", "sun.");
        // Round seven C: a firm's and an address's words ("Pinecrest Property Mgmt.", "Riverside Ind. Est.", "Spokes & Co.").
        plain(EN, "Management", "mgmt.", "mgt.");
        plain(EN, "Industrial Estate", "ind. est.");
        // Round seven D: "Metro Officials Assn.", "Pacific Coast Fwy."
        plain(EN, "Association", "assn.");
        plain(EN, "Freeway", "fwy.");
        // Round thirty-four: USPS Publication 28 abbreviates an expressway "EXPY" ("4410 N. Central Expy., Dallas").
        plain(EN, "Expressway", "expy.", "expwy.");
    }

    /**
     * Round thirty-four: British style writes the titles without a dot ("the late Mr Peter Hale", "Mrs Joan Parry", "Ms
     * Priya Shah"), read as {@link #EN}'s dotted "Mr." is; only in that case and before a capitalised name, so an "MR scan",
     * "Ms." at a sentence's end or "ms" after a number stay. The dotless "Dr" is UsAddresses' (it may be a street's Drive),
     * the dotless "St" {@link #street}'s.
     */
    private static final java.util.Set<String> EN_DOTLESS_TITLES = java.util.Set.of("Mr", "Mrs", "Ms");

    /** {@link #EN_DOTLESS_TITLES} from {@code pos} to {@code runEnd} before a capitalised name; -1 otherwise. */
    static int dotlessTitle(ReadContext ctx, int pos, int runEnd) {
        String t = ctx.text;
        String word = t.substring(pos, runEnd);
        boolean nameNext = runEnd + 2 < t.length() && t.charAt(runEnd) == ' ' && Character.isUpperCase(t.charAt(runEnd + 1))
                && Character.isLowerCase(t.charAt(runEnd + 2));
        boolean coupleNext = t.startsWith(" and Mrs ", runEnd) || t.startsWith(" & Mrs ", runEnd); // "Mr and Mrs Hale"
        if (!EN_DOTLESS_TITLES.contains(word) || !nameNext && !coupleNext) {
            return -1;
        }
        ctx.append(EN.get(word.toLowerCase(Locale.ROOT) + ".").spoken());
        return runEnd;
    }

    /**
     * English shorthand written as a whole word without a dot (round seven C): "thru Sunday", "WWII". Only the whole word:
     * "thrust" and "WWIII-style" are other words.
     */
    private static final Map<String, String> EN_WORDS = Map.of("thru", "through", "Thru", "Through", "THRU", "THROUGH",
            "WWI", "World War One", "WWII", "World War Two",
            "msg", "message", "msgs", "messages", // round seven D: "msg & data rates may apply"
            "Ltd", "Limited", "LTD", "Limited"); // round ten B: a company's "Ltd" without its dot, as "Ltd." is read

    /** Round nine B: British lettings' rent periods, written without dots after the amount ("£950 pcm", "£225 pw"). */
    private static final Map<String, String> EN_AFTER_AN_AMOUNT = Map.of("pcm", "per calendar month", "PCM", "per calendar month",
            "pw", "per week", "PW", "per week");

    /**
     * A weekday written short before a part of its day (round seven C): "Sat night", "Sun AM", "Fri evening" → "Saturday
     * night", "Sunday morning". Capitalised only: "the sun" and "wed" are other words.
     */
    private static final Pattern WEEKDAY_PART = Pattern.compile("(\\p{Lu}\\p{Ll}{1,4})[ \\u00A0]+"
            + "(night|morning|afternoon|evening|AM|am|PM|pm)(?![\\p{L}\\d]|\\.\\p{L})");

    /** {@link #WEEKDAY_PART} at {@code pos}: the weekday in full, "AM" as "morning" (no clock time, so a part of the day). */
    static int weekdayPart(ReadContext ctx, int pos) {
        // Asked at every capitalised English word of three to five letters: only a weekday's short name can start it.
        if (DateReader.weekdayName(ctx.nextWord(pos)) == null) {
            return -1;
        }
        Matcher m = ctx.at(WEEKDAY_PART, pos);
        String day = m.lookingAt() ? DateReader.weekdayName(m.group(1)) : null;
        if (day == null) {
            return -1;
        }
        String part = m.group(2);
        ctx.append(day).append(' ').append(part.equalsIgnoreCase("am") ? "morning" : part);
        return m.end();
    }

    /**
     * Round eight: English capitals said as a word only right before a number ("VHF Ch 12", "from MP 34 to MP 106"):
     * a radio or TV channel, a highway's milepost. Elsewhere ("Ch" in a name, "the MP for Leeds") they stay as written.
     */
    private static final Map<String, String> EN_BEFORE_A_NUMBER = Map.of("Ch", "channel", "MP", "milepost");

    /** {@link #EN_BEFORE_A_NUMBER}: the word from {@code pos} to {@code runEnd}, then one space and a digit. */
    static int beforeANumber(ReadContext ctx, int pos, int runEnd) {
        String t = ctx.text;
        String word = runEnd + 1 < t.length() && t.charAt(runEnd) == ' ' && TokenScanner.isDigit(t.charAt(runEnd + 1))
                ? EN_BEFORE_A_NUMBER.get(t.substring(pos, runEnd)) : null;
        if (word == null) {
            return -1;
        }
        ctx.append(word);
        return runEnd;
    }

    /** {@link #EN_WORDS} at {@code pos} (a run of letters ending at {@code runEnd}); -1 when it is no such word. */
    static int englishShorthand(ReadContext ctx, int pos, int runEnd) {
        String written = ctx.text.substring(pos, runEnd);
        String word = EN_WORDS.get(written);
        if (word == null && afterAmount(ctx.text, pos)) {
            word = EN_AFTER_AN_AMOUNT.get(written); // "£950 pcm", "£225 pw": a rent's period; "pw" elsewhere may be a password
        }
        if (word == null || runEnd < ctx.text.length() && Character.isLetterOrDigit(ctx.text.charAt(runEnd))
                || pos > 0 && ctx.text.charAt(pos - 1) == '-' && pos > 1 && Character.isLetter(ctx.text.charAt(pos - 2))) {
            // Round thirty: a compound's last part ("drive-thru", "walk-thru") is the compound's own spelling, said as it is
            // written and kept by the writers ("drive-thru window"); only a "thru" of its own is the shorthand "through".
            return -1;
        }
        ctx.append(word);
        return runEnd;
    }

    private static void title(Map<String, Entry> map, String spoken, String... keys) {
        for (String k : keys) {
            map.put(k, new Entry(spoken, true, false));
        }
    }

    private static void plain(Map<String, Entry> map, String spoken, String... keys) {
        for (String k : keys) {
            map.put(k, new Entry(spoken, false, false));
        }
    }

    /** Up to three dotted pieces ("p. ej.", "S.A.", "EE. UU."), or "c/", "s/n". */
    private static final Pattern CANDIDATE = Pattern.compile("(?:\\p{L}{1,6}\\.(?:[ ]?\\p{L}{1,3}\\.){0,2}|[sS]/[nN](?![\\p{L}\\d])|[cC]/)");
    /** Initials: "C. S. Lewis", "U.S.A." → "CS", "USA" (the voice spells capitals). */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\.[ ]?){2,6}(?![\\p{L}])");
    /** Lower-case acronyms the voice would otherwise try to say as a word: spelled letter by letter. */
    private static final java.util.Set<String> ES_ACRONYMS = java.util.Set.of("ip", "dni", "nif", "nie", "cif", "sms", "pdf", "iban", "url", "cp");
    /** The words {@link #acronym} reads: {@link #ES_ACRONYMS} and the cases of {@link #capitalsInFull}. */
    private static final java.util.Set<String> ACRONYM_WORDS = java.util.stream.Stream.concat(ES_ACRONYMS.stream(),
            java.util.stream.Stream.of("MSI", "ERR", "PB", "CP", "RN", "RP")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,4}(?![\\p{L}\\d])");
    private static final Pattern ST = Pattern.compile("St\\.?(?![\\p{L}])");
    /** English "no." / "No." right before a number (USPS and British forms write it so): "number". */
    // Round fifty-one: or before a reference's capitals and its digits ("permit no. RK 55021"), read as after a digit.
    private static final Pattern EN_NUMBER_SIGN = Pattern.compile("[nN]os?\\.(?=[ \\u00A0]?\\d|[ \\u00A0]ending[ \\u00A0](?:in[ \\u00A0])?\\d"
            + "|[ \\u00A0][A-Z]{1,3}[ \\u00A0]?\\d{4})");
    /** Round eighteen B: a coupon's "Exp." before a month/day date ("Exp. 5/4"): "Expires", as the date is read. */
    private static final Pattern EN_EXPIRES = Pattern.compile("[eE]xp\\.(?=[ \\u00A0]?\\d{1,2}/\\d)");
    /** "Exp. date": the expiration (US) or expiry (elsewhere) date. */
    private static final Pattern EN_EXP_DATE = Pattern.compile("(?<!\\p{L})[eE]xp\\.(?=[ \\u00A0][dD]ate(?!\\p{L}))");
    /** "no." then a digit: left to the number sign's rules ({@link #EN_NUMBER_SIGN}, the reference reader). */
    private static final Pattern DIGIT_AFTER_NO = Pattern.compile("no\\.[ \\u00A0]?\\d");
    /** A lower-case English "no." before a bracket or a colon ("the machine no. (such as D7)", "your account no.: "). */
    private static final Pattern NO_BEFORE_BRACKET = Pattern.compile("no\\.(?=[ \\u00A0]?[(:])");
    private static final java.util.Set<String> EN_DETERMINERS = java.util.Set.of("the", "your", "our", "their", "its", "his", "her",
            "my", "this", "that", "each", "any", "a", "an");

    /**
     * A lower-case noun right before {@code pos} and a determiner before it ("the machine", "your account"): what a "no."
     * there abbreviates is the noun's number; "he said no. (Really.)" or "the answer is no. (See below.)" have no such noun.
     */
    private static boolean afterDeterminedNoun(ReadContext ctx, int pos) {
        String noun = ctx.previousWord(pos);
        if (noun.length() < 3 || !Character.isLowerCase(noun.charAt(0)) || EN_DETERMINERS.contains(noun)) {
            return false;
        }
        int i = ReadContext.spacesStart(ctx.text, pos);
        return EN_DETERMINERS.contains(ctx.previousWord(i - noun.length()).toLowerCase(Locale.ROOT));
    }

    /** "Est. 1987": established, before a year. */
    private static final Pattern ESTABLISHED = Pattern.compile("[eE]st\\.(?=[ \\u00A0](?:1[6-9]|20)\\d\\d(?!\\d))");

    /** "Pº de la Castellana": the paseo written with a raised o and no dot. */
    private static final Pattern PASEO = Pattern.compile("[Pp]º(?=[ \\u00A0])");
    /** "p. 48" is a page only before a number; elsewhere "P." is an initial. */
    private static final Pattern PAGE = Pattern.compile("p\\.(?=[ \\u00A0]?\\d)");
    /** "pp. 3-5", "pp. 7 and 9": English pages, before a number. */
    private static final Pattern EN_PAGES = Pattern.compile("(?<!\\p{L})pp\\.(?=[ \\u00A0]?\\d)");
    /** A range of pages after "p.": "14-16", "14–16" (the first the smaller), not a page's own hyphenated number ("p. 3-A"). */
    private static final Pattern PAGE_RANGE = Pattern.compile("[ \\u00A0]?(\\d{1,4})[-–](\\d{1,4})(?![\\d\\p{L}])");
    /** "km 9" on a road: the kilometre point, said before its number. */
    private static final Pattern KM_POINT = Pattern.compile("(?:km|Km|KM)\\.?(?=[ \\u00A0]\\d)");

    /** Articles after which a kilometre point names several ("los km 120 y 135"). */
    private static final java.util.Set<String> PLURAL_ARTICLES = java.util.Set.of("los", "unos", "estos", "esos", "sus");

    /** "nº", "n.º", "núm." before a number that the reference reader did not take as a code ("nº 5.2"). */
    private static final Pattern NUMBER_SIGN = Pattern.compile("(?:[nN]º|[nN]\\.º|núm\\.)(?=[ \\u00A0]?\\d|[ \\u00A0]\\p{Ll})");

    /**
     * Round nineteen: "exp." before a file's number ("(exp. 2026/118734)", "el exp. 812/2025", "Exp. n.º 4471") is
     * "expediente", as "expte." is; only before a number shaped like a file's (four digits or more, digits joined by a
     * slash or a hyphen, a number sign), since "exp." also clips "experiencia" ("exp. laboral", "exp. 3 años").
     */
    private static final Pattern FILE_EXP = Pattern.compile("[Ee]xp\\.(?=[ \\u00A0]?(?:\\d{4}|\\d{1,4}[/-]\\d|[nN](?:\\.?[º°]|úm\\.)))");

    /**
     * English shorthand written with a slash (round seven A): "w/ speeds up to", "w/o", "w/c 14 Dec" (week commencing),
     * "c/o front desk", "S/N 5CD…", "N/A". Only as a whole word followed by a space, a bracket or punctuation: "w/2" or
     * "a/b/c" are something else.
     */
    private static final Pattern EN_SLASHED = Pattern.compile("(\\p{L}/\\p{L}?)(?=[ \\u00A0,;:)]|\\.(?:[ \\u00A0]|$)|$)");
    private static final Map<String, String> EN_SLASHED_WORDS = Map.of("w/", "with", "w/o", "without", "w/c", "week commencing",
            "c/o", "care of", "s/n", "serial number", "n/a", "not applicable");

    /** "c/u" after a price: "cada uno", each of the things priced. */
    private static final Pattern EACH = Pattern.compile("[cC]/[uU](?![\\p{L}\\d])");
    /**
     * Plural words of a clause before "c/u", nearest last, and (round eight E) a singular noun after its article ("la
     * pieza cuesta $95 c/u"); a clause ends at a stop, a semicolon or a colon.
     */
    private static final Pattern PLURAL_WORD = Pattern.compile("(\\p{Ll}{3,}s)(?![\\p{L}])|(?<![\\p{L}])(?:[eE]l|[lL]a|[uU]na?)[ \\u00A0](\\p{Ll}{3,})(?![\\p{L}])");

    /**
     * "llantas de 29\" desde $41 c/u" (round seven C): "cada una" after a feminine plural noun of the clause, the thing
     * priced ("cada uno" after "zapatos", and when no noun is found), or the nearer singular noun after its article ("si
     * faltan martillos, la pieza cuesta $95 c/u": "cada una"); the currency's own plural ("dólares") is not it.
     */
    private static String eachOne(String t, int pos) {
        int stop = t.lastIndexOf('.', pos - 1);
        while (stop > 0 && !endsSentence(t.substring(stop + 1, Math.min(t.length(), stop + 3)))) {
            stop = t.lastIndexOf('.', stop - 1); // "sus cuotas de oct. y nov. ($48 c/u)" (round seven D): an abbreviation's dot ends no clause
        }
        int start = Math.max(Math.max(stop, t.lastIndexOf(';', pos - 1)), t.lastIndexOf(':', pos - 1)) + 1;
        String clause = t.substring(start, pos);
        Matcher w = PLURAL_WORD.matcher(clause);
        Gender g = Gender.MASCULINE;
        boolean inComplement = false;
        boolean pluralHead = false;
        while (w.find()) {
            String word = w.group(1) != null ? w.group(1) : w.group(2);
            // Round nine B: "vacunas para perros y gatos", "cajas de tornillos": after a plural head noun, a noun after a
            // preposition (and the nouns joined to it by "y" / "o") completes the thing priced; the head is what "c/u"
            // counts. After a singular head ("la caja de tornillos a $5 c/u") the plural complement is what is counted.
            String before = wordBefore(clause, w.start()).toLowerCase(Locale.ROOT);
            inComplement = COMPLEMENT_PREPOSITIONS.contains(before) || inComplement && COORDINATORS.contains(before);
            if (inComplement && pluralHead) {
                continue;
            }
            pluralHead |= w.group(1) != null && !inComplement;
            Gender found = Vocabulary.spanishNounGender(word);
            if (found != Gender.NEUTRAL && Currencies.find(word, null) == null && Units.find(word) == null) {
                g = found;
            }
        }
        return g == Gender.FEMININE ? "cada una" : "cada uno";
    }

    private static final java.util.Set<String> COMPLEMENT_PREPOSITIONS = java.util.Set.of("de", "del", "para", "con", "sin", "en");
    private static final java.util.Set<String> COORDINATORS = java.util.Set.of("y", "e", "o", "u");

    /** The word ending right before {@code i} in {@code s}, across spaces; "" when punctuation or nothing comes first. */
    private static String wordBefore(String s, int i) {
        int end = i;
        while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\u00A0')) {
            end--;
        }
        return s.substring(ReadContext.lettersStart(s, end), end);
    }

    /** "aprox." before a label's colon or "de" and a word ("Total aprox.: $3,426", "Tiempo aprox. de entrega: 40 min"). */
    private static final Pattern LABEL_APPROX = Pattern.compile("aprox\\.(?=:|[ \\u00A0]de[ \\u00A0]\\p{L})");

    /**
     * Round twenty-seven: "Total aprox.:", "Duración aprox. de la reparación:": right after a label's noun "aprox." is the
     * adjective that agrees with it ("Total aproximado", "Duración aproximada"), not the adverb; null after anything but
     * a noun ("tardará aprox.: …", "en aprox.").
     */
    private static String approximate(String noun) {
        if (noun.isEmpty()) {
            return null;
        }
        String w = noun.toLowerCase(Locale.ROOT);
        Gender g = Vocabulary.spanishNounGender(w);
        if (g == Gender.NEUTRAL) {
            return null;
        }
        boolean plural = w.length() > 3 && w.endsWith("s") && !w.endsWith("is") && !w.endsWith("us");
        return (g == Gender.FEMININE ? "aproximada" : "aproximado") + (plural ? "s" : "");
    }

    /** "Gaskin et al, 2005", "et al., 2008": the citation's "and others", with or without its dot. */
    private static final Pattern ET_AL = Pattern.compile("et al\\.?(?![\\p{L}])");

    @Override
    public int read(ReadContext ctx, int pos) {
        // Each pattern below starts with a fixed letter: tried only on it (this runs at every token).
        char first = ctx.text.charAt(pos);
        if (ctx.es()) {
            Matcher number = first == 'n' || first == 'N' ? ctx.at(NUMBER_SIGN, pos) : null;
            if (number != null && number.lookingAt()) {
                ctx.append("número"); // "nº 5.2", "núm. 3": whatever follows, the sign is the word
                return number.end();
            }
            Matcher each = first == 'c' || first == 'C' ? ctx.at(EACH, pos) : null;
            if (each != null && each.lookingAt()) {
                ctx.append(eachOne(ctx.text, pos));
                return each.end();
            }
            Matcher file = first == 'e' || first == 'E' ? ctx.at(FILE_EXP, pos) : null;
            if (file != null && file.lookingAt()) {
                ctx.append(first == 'E' ? "Expediente" : "expediente");
                return file.end();
            }
            Matcher approx = first == 'a' && ctx.text.startsWith("aprox.", pos) ? ctx.at(LABEL_APPROX, pos) : null;
            if (approx != null && approx.lookingAt()) {
                String adjective = approximate(ctx.previousWord(pos));
                if (adjective != null) {
                    ctx.append(adjective);
                    return pos + 6;
                }
            }
            Matcher dona = first == 'D' || first == 'd' ? ctx.at(DONA_WITH_RAISED_A, pos) : null;
            if (dona != null && dona.lookingAt()) {
                ctx.append(first == 'D' ? "Doña" : "doña"); // as "Dña." is read
                return dona.end();
            }
            Matcher etAl = first == 'e' ? ctx.at(ET_AL, pos) : null;
            if (etAl != null && etAl.lookingAt()) {
                ctx.append("entre otros");
                return etAl.end();
            }
        }
        if (ctx.lang == Lang.EN && ctx.text.startsWith("inc. ", pos)) {
            ctx.append("including"); // "£45.00 inc. VAT": written in lower case it is not a company's "Inc."
            return pos + 4;
        }
        if (ctx.lang == Lang.EN && ctx.text.startsWith("St", pos)) {
            int e = street(ctx, pos);
            if (e > 0) {
                return e;
            }
        }
        if (ctx.lang == Lang.EN && (first == 'n' || first == 'N' || first == 'e' || first == 'E')) {
            Matcher no = ctx.at(EN_NUMBER_SIGN, pos);
            if (no.lookingAt()) {
                // "licence no. 4418 2290 3716", "No. 5": before a number the sign is the word "number".
                // "Nos. 2–18" (round seven A): several numbers; "account no. ending 3318": the number whose end is quoted.
                String word = no.group().length() == 4 ? "numbers" : "number";
                ctx.append(first == 'N' && sentenceStart(ctx.text, pos) ? capitalize(word) : word);
                return no.end();
            }
            if ((first == 'e' || first == 'E') && ctx.at(EN_EXP_DATE, pos).lookingAt()) {
                // "Exp. date: 3/9" (round nineteen B): the card's or coupon's date label, as each country names it.
                String word = ctx.locale.region.equals("US") ? "xpiration" : "xpiry";
                ctx.append(first).append(word);
                return pos + 4;
            }
            if ((first == 'e' || first == 'E') && ctx.at(EN_EXPIRES, pos).lookingAt()) {
                ctx.append(first == 'E' ? "Expires" : "expires");
                return pos + 4;
            }
            if (first == 'n' && ctx.at(NO_BEFORE_BRACKET, pos).lookingAt() && afterDeterminedNoun(ctx, pos)) {
                ctx.append("number"); // "text the machine no. (such as D7)" (round eight E): the noun's number, shown in the bracket
                return pos + 3;
            }
            if (first == 'n' && ctx.text.startsWith("no.", pos) && !ctx.at(DIGIT_AFTER_NO, pos).lookingAt()
                    && pos > 0 && ctx.text.charAt(pos - 1) == ' '
                    && TokenScanner.GLUED_SIGN_NOUNS.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT))) {
                // Round thirty-two B: "have your invoice no. and field GPS coordinates ready", "quote your account no. or
                // postcode": a document's noun names its number with "no." though no number follows (the caller is
                // asked for it); the answer "no" never comes right after "invoice" or "order".
                ctx.append("number");
                return pos + 3;
            }
            Matcher est = ctx.at(ESTABLISHED, pos);
            if (est.lookingAt()) {
                ctx.append(first == 'E' ? "Established" : "established"); // "Est. 1987": a year after it is a founding
                return est.end();
            }
        }
        Matcher paseo = ctx.es() && (first == 'P' || first == 'p') ? ctx.at(PASEO, pos) : null;
        if (paseo != null && paseo.lookingAt()) {
            ctx.append(Character.isUpperCase(ctx.text.charAt(pos)) ? "Paseo" : "paseo"); // "Pº de la Castellana"
            return paseo.end();
        }
        Matcher km = first == 'k' || first == 'K' ? ctx.at(KM_POINT, pos) : null;
        if (km != null && km.lookingAt()) {
            // "entre los km 120 y 135": after a plural article the points are several, "los kilómetros".
            boolean several = ctx.es() && PLURAL_ARTICLES.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT));
            ctx.append(ctx.es() ? (several ? "kilómetros" : "kilómetro") : "kilometer");
            return km.end();
        }
        Matcher pages = first == 'p' && ctx.lang == Lang.EN && pos + 2 < ctx.text.length() && ctx.text.charAt(pos + 1) == 'p'
                ? ctx.at(EN_PAGES, pos) : null;
        if (pages != null && pages.lookingAt()) {
            ctx.append("pages"); // "pp. 3-5", "pp. 7 and 9" (round nineteen B): the abbreviation is plural before any number
            return pages.end();
        }
        Matcher page = first == 'p' ? ctx.at(PAGE, pos) : null;
        if (page != null && page.lookingAt()) {
            // "p. 16-18" (round eighteen): before a range the abbreviation names several pages.
            Matcher range = ctx.at(PAGE_RANGE, page.end());
            boolean several = range.lookingAt() && Integer.parseInt(range.group(1)) < Integer.parseInt(range.group(2));
            ctx.append(ctx.es() ? (several ? "páginas" : "página") : several ? "pages" : "page");
            return page.end();
        }
        Matcher slashed = ctx.lang == Lang.EN && pos + 1 < ctx.text.length() && ctx.text.charAt(pos + 1) == '/' ? ctx.at(EN_SLASHED, pos) : null;
        if (slashed != null && slashed.lookingAt()) {
            String word = EN_SLASHED_WORDS.get(slashed.group(1).toLowerCase(Locale.ROOT));
            if (word != null) {
                ctx.append(Character.isUpperCase(first) && sentenceStart(ctx.text, pos) ? capitalize(word) : word);
                return slashed.end(1);
            }
        }
        // CANDIDATE needs one to six letters and a dot, or "s/n", "c/": most words are neither.
        Matcher m = dotAfterShortWord(ctx.text, pos) || pos + 1 < ctx.text.length() && ctx.text.charAt(pos + 1) == '/'
                ? ctx.at(CANDIDATE, pos) : null;
        if (m == null || !m.lookingAt()) {
            return ctx.es() ? acronym(ctx, pos) : -1;
        }
        String written = m.group();
        Map<String, Entry> table = ctx.es() ? ES : EN;
        // Round nineteen: a firm's "S.A." and "S.L." in capitals are its initials, said as "S. A.", "S.R.L." and "C.V." are
        // ("SA"); in lower case ("Eupatorium s.l.", sensu lato) the table's reading stays.
        boolean firmInitials = ctx.es() && first == 'S' && written.length() == 4 && written.charAt(1) == '.'
                && (written.charAt(2) == 'A' || written.charAt(2) == 'L');
        // Longest dotted prefix that is a known abbreviation: "S.A." before "S.".
        for (int end = firmInitials ? 0 : written.length(); end > 0; end = written.lastIndexOf('.', end - 2) + 1) {
            String key = written.substring(0, end).toLowerCase(Locale.ROOT);
            Entry e = table.get(key);
            if (ctx.es() && key.equals("cda.") && afterAmount(ctx.text, pos)) {
                e = SPOONFUL; // "1 cda. de aceite" is a spoonful; "Cda. de los Pinos 12" a street (cerrada)
            }
            if (ctx.es() && e == null && ES_MONTH_ALONE.containsKey(key) && BEFORE_A_MONTH.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT))
                    && !numberAfterSpace(ctx.text, pos + end)) {
                e = ES_MONTH_ALONE.get(key); // "¿donaste en nov.?": a month; "nov. 2026" is left to the date rules
            }
            String[] countedNoun = ctx.es() ? ES_COUNTED.get(key) : null;
            long count = countedNoun != null && afterAmount(ctx.text, pos) ? countBefore(ctx.text, pos) : -1;
            if (count >= 100 && key.startsWith("hab")) {
                countedNoun = new String[] {"habitante", "habitantes"}; // "un pueblo de 3.000 hab.": inhabitants, not rooms
            }
            boolean countedHere = count >= 0;
            if (countedHere) {
                // "(28 uds.)": the count's units, never "ustedes"; "3 hab.": rooms; "1 comp.": one tablet
                e = new Entry(count == 1 ? countedNoun[0] : countedNoun[1], false, false);
            } else if (ctx.es() && e == null && ES_BEFORE_A_NUMBER.containsKey(key)
                    && UNIT_NEXT.matcher(ctx.text).region(pos + end, ctx.text.length()).lookingAt()) {
                e = new Entry(ES_BEFORE_A_NUMBER.get(key), false, false); // "apto. 7B", "art. 14": before its number or letter
            }
            if (e == null && key.equals("vol.") && VOLUME_NUMBER_NEXT.matcher(ctx.text).region(pos + end, ctx.text.length()).lookingAt()) {
                // Round sixty-three A: a book's volume before its number or its roman numeral, both languages ("vol. III",
                // "Vol. 2": "volumen tres", "Volume two"), its capital kept; RomanReader says the numeral as a part's
                // cardinal. With no number after it ("vol." of a sound) the word stays as written.
                String volume = ctx.es() ? "volumen" : "volume";
                e = new Entry(Character.isUpperCase(first) ? capitalize(volume) : volume, false, false);
            }
            if (ctx.lang == Lang.EN && e == null && key.equals("ed.") && first == 'e'
                    && ORDINAL_BEFORE.matcher(ctx.text).region(Math.max(0, pos - 8), pos).useTransparentBounds(true).find()) {
                // Round sixty-three A: "the 4th ed.", "2nd ed.": a book's edition after its ordinal; "Ed." (a name) and an
                // "ed." after any other word stay as written.
                e = new Entry("edition", false, false);
            }
            if (ctx.es() && e == null && key.equals("ave.") && avenueOfAnAddress(ctx, pos, pos + end)) {
                e = ES.get("av."); // "en 2215 Ave. Bergenline": the avenue as "Av." reads it
            }
            if (ctx.es() && e == null && key.equals("diag.") && first == 'D' && streetNameNext(ctx.text, pos + end)) {
                e = DIAGONAL;
            }
            if (ctx.es() && e == null && first == 'C' && end == 2 && streetInitial(ctx, pos, pos + end)) {
                e = STREET;
            }
            if (ctx.es() && key.equals("esc.") && school(ctx, pos, pos + end)) {
                e = SCHOOL;
            }
            if (ctx.es() && e == null && key.equals("e.s.") && serviceStation(ctx, pos, pos + end)) {
                e = SERVICE_STATION;
            }
            if (ctx.es() && key.equals("hab.") && !countedHere) {
                e = numberAfterSpace(ctx.text, pos + end) ? ROOM : null; // "hab. 312": the room; "ciudad de hab." is left as written
            }
            if (ctx.es() && countedNoun != null && !countedHere && NAMED_BEFORE_AN_ADJECTIVE.contains(key) && adjectiveAfter(ctx.text, pos + end)) {
                // "en hab. doble", "con dorm. principal" (round ten): no count before, a lower-case word after: the noun it
                // describes, in the number written ("habs. dobles" plural)
                e = new Entry(key.endsWith("bs.") || key.equals("dorms.") ? countedNoun[1] : countedNoun[0], false, false);
            }
            if (ctx.es() && key.equals("asoc.") && e == null) {
                e = firmPartners(ctx, pos);
            }
            if (ctx.es() && e != null && e.title() && FEMININE_TITLES.containsKey(e.spoken())
                    && FEMININE_MARKED_DETERMINERS.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT))) {
                e = new Entry(FEMININE_TITLES.get(e.spoken()), e.title(), e.needsName()); // "la prof. Marta": "la profesora Marta"
            }
            if (ctx.es() && e != null && (key.equals("máx.") || key.equals("mín.")) && feminineNounBefore(ctx, pos)) {
                // Round forty-four: the adjective agrees with the noun it follows, "velocidad máx." "velocidad máxima",
                // "temperaturas mín." "temperaturas mínimas"; after a masculine noun or none the table's "máximo" stays.
                String noun = ctx.previousWord(pos);
                String adjective = e.spoken().substring(0, e.spoken().length() - 1) + "a";
                e = new Entry(noun.endsWith("s") ? adjective + "s" : adjective, false, false);
            }
            if (ctx.es() && key.equals("dto.") && UNIT_NEXT.matcher(ctx.text).region(pos + end, ctx.text.length()).lookingAt()) {
                e = FLAT; // "piso 3, dto. B" (Argentina): the flat; "un 30 % de dto. en lentillas" the discount
            } else if (ctx.es() && (key.equals("dto.") || key.equals("dcto.")) && afterPercentOrAmount(ctx.text, pos)) {
                e = DISCOUNT_OF_AMOUNT; // "un 15 % dto. en la tienda" (round nine): "quince por ciento de descuento"
            }
            if (first == 'D' && key.equals("d.e.") && ctx.es() && "AR".equals(ctx.locale.region) && numberAfterSpace(ctx.text, pos + end)) {
                e = SCHOOL_DISTRICT_AR; // "Escuela N.º 14 D.E. 9": in Argentina the school district; elsewhere the initials stay
            }
            if (ctx.es() && key.equals("int.") && "AR".equals(ctx.locale.region) && numberAfterSpace(ctx.text, pos + end)) {
                e = EXTENSION_AR; // "llamá al int. 2404" (round seven D): in Argentina the phone's "interno"; elsewhere an address's "interior"
            }
            if (e != null && ADDRESS_PARTS.contains(e.spoken()) && end < ctx.text.length() - pos && TokenScanner.isDigit(ctx.text.charAt(pos + end))) {
                e = null; // "Sp.Pl.1:494", a citation: a street word is written before a name or a space, never glued to a number
            }
            if (e != null && ctx.es() && (e.spoken().equals("sábado") || e.spoken().equals("domingo"))
                    && (ctx.previousWord(pos).equalsIgnoreCase("los") || LOS_WEEKDAY_LIST.matcher(ctx.text.substring(Math.max(0, pos - 60), pos)).find())) {
                // "los sáb.": every Saturday, "los sábados"; so is each day of a list after "los" ("los vie., sáb. y dom."; round nine)
                e = new Entry(e.spoken() + "s", false, false);
            }
            if (e != null && !(end < ctx.text.length() - pos && Character.isLetter(ctx.text.charAt(pos + end)))) {
                return expand(ctx, pos, pos + end, written.substring(0, end), e);
            }
            if (end <= 1) {
                break;
            }
        }
        Matcher initials = ctx.at(INITIALS, pos);
        if (initials.lookingAt()) {
            String letters = initials.group().replaceAll("[. ]", "");
            boolean en = ctx.lang == Lang.EN;
            if (en && letters.length() == 2 && initials.group().indexOf(' ') < 0) {
                // "U.S.", "U.K.", "U.N.", "E.U.", "D.C." (round five K): two dotted capitals are spelt, else the voice
                // says "US" as "us", "UN" as "un".
                letters = letters.charAt(0) + " " + letters.charAt(1);
            }
            String zone = en ? Initialisms.zoneAfterTime(ctx.text, pos, initials.group().replaceAll("[. ]", "")) : null;
            ctx.append(zone != null ? zone : letters); // "by 5 E.S.T.": "Eastern Standard Time" (round sixteen B)
            String after = ctx.text.substring(initials.end());
            if (en ? endsEnglishSentence(after) : endsSentence(after)) {
                ctx.append(".");
            } else if (initials.group().endsWith(" ")) {
                ctx.append(" ");
            }
            return initials.end();
        }
        if (ctx.es()) {
            // "Entre Ríos 2.430, PB. Traé" (round seven C): a word in full at a sentence's end keeps its dot after it.
            Matcher w = ctx.at(WORD, pos);
            String full = w.lookingAt() ? capitalsInFull(ctx, pos, w.group(), w.end()) : null;
            if (full != null) {
                ctx.append(full);
                return w.end();
            }
        }
        return -1;
    }

    /** A greeting or thanks and its comma just before: "Thanks, ", "Thanks so much, ", "Hi, ", "Good morning, ". */
    private static final Pattern GREETING_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:thanks|thank you|cheers|hi|hello|hey|dear|bye|goodbye|"
            + "morning|afternoon|evening|night|welcome|sorry|congratulations|regards)(?:[ ](?:again|so|very|much|a|lot|all|both|everyone))*,[ ]$");

    /** Words written before a code or number ("ref. AB123", "ext. 204"): their dot ends no sentence. */
    private static final java.util.Set<String> BEFORE_A_CODE = java.util.Set.of("reference", "extension",
            // Round seven B: "(ref. ER-2026-004518)", "el expte. N° 4587/2026": a code or its number sign follows.
            "referencia", "expediente", "extensión", "departamento",
            // Round sixty-three A: a volume's number or numeral follows ("vol. II de la obra", never "volumen. dos").
            "volumen", "Volumen", "volume", "Volume");
    /** English price and office words ("incl.", "excl.", "reg.", "est."): their dot ends no sentence before a code in capitals. */
    private static final java.util.Set<String> PRICE_WORDS = java.util.Set.of("regular", "including", "excluding", "estimated");
    /** A word of two or more capitals, or capitals with digits ("VAT", "LK21"), next. */
    private static final Pattern CAPITAL_CODE_NEXT = Pattern.compile(" {1,2}[A-Z][A-Z0-9]+(?![\\p{L}])");
    /** A British car registration next: two letters, two digits, three letters ("LK21 XRT"). */
    private static final Pattern PLATE_NEXT = Pattern.compile(" {1,2}[A-Z]{2}\\d{2} ?[A-Z]{3}(?![\\p{L}\\d])");

    /**
     * An Argentine postal code (CPA): province letter, four digits, three letters ("C1424CEN"), or its short form without
     * the block's letters, as most addresses still write it ("CP C1425", "CP X5000"; round nine B).
     */
    private static final Pattern CPA_NEXT = Pattern.compile("[ \\u00A0]\\p{Lu}\\d{4}(?:\\p{Lu}{3})?(?![\\p{L}\\d])");

    /**
     * Round seven B: capitals a Spanish script writes for words, said in full where their place shows it: "12 MSI" (after
     * a number of payments: "meses sin intereses"), "PB" in an address (after a comma: "planta baja"), "CP" before an
     * Argentine postal code ("código postal"). Elsewhere they stay as written.
     */
    private static String capitalsInFull(ReadContext ctx, int pos, String word, int end) {
        String t = ctx.text;
        char before = pos >= 2 && t.charAt(pos - 1) == ' ' ? t.charAt(pos - 2) : ' ';
        return switch (word) {
            case "MSI" -> TokenScanner.isDigit(before) ? "meses sin intereses" : null;
            // "marca «ERR 07»" (round eight C): a device's error, before its number.
            case "ERR" -> end + 1 < t.length() && t.charAt(end) == ' ' && TokenScanner.isDigit(t.charAt(end + 1)) ? "error" : null;
            case "PB" -> before == ',' ? "planta baja" : null;
            case "CP" -> ctx.at(CPA_NEXT, end).lookingAt() ? "código postal" : null;
            // "la RN 7", "RP 2" (round seven D): Argentina's national and provincial routes, before their number.
            case "RN", "RP" -> "AR".equals(ctx.locale.region) && end + 1 < t.length() && t.charAt(end) == ' ' && TokenScanner.isDigit(t.charAt(end + 1))
                    ? (word.equals("RN") ? "ruta nacional" : "ruta provincial") : null;
            default -> null;
        };
    }

    /** A digit one character after {@code i} (past the space after an abbreviation's dot): "hab. 312", "int. 2404". */
    private static boolean numberAfterSpace(String t, int i) {
        return i + 1 < t.length() && TokenScanner.isDigit(t.charAt(i + 1));
    }

    /** One to six letters (as CANDIDATE counts them: code points) and a dot. */
    private static boolean dotAfterShortWord(String t, int pos) {
        int i = pos;
        int letters = 0;
        while (i < t.length() && letters <= 6 && Character.isLetter(t.codePointAt(i))) {
            i += Character.charCount(t.codePointAt(i));
            letters++;
        }
        return letters >= 1 && letters <= 6 && i < t.length() && t.charAt(i) == '.';
    }

    private static int acronym(ReadContext ctx, int pos) {
        // Tried at every short Spanish word: only the words read below (the capitals of capitalsInFull, ES_ACRONYMS) can be.
        if (!ACRONYM_WORDS.contains(ctx.nextWord(pos))) {
            return -1;
        }
        Matcher w = ctx.at(WORD, pos);
        if (!w.lookingAt()) {
            return -1;
        }
        String full = capitalsInFull(ctx, pos, w.group(), w.end());
        if (full != null) {
            ctx.append(full);
            return w.end();
        }
        if (!ES_ACRONYMS.contains(w.group())) {
            return -1;
        }
        ctx.append(String.join(" ", w.group().split("")));
        return w.end();
    }

    private static int expand(ReadContext ctx, int pos, int end, String written, Entry e) {
        String next = ctx.text.substring(end);
        boolean nameFollows = next.length() > 1 && next.charAt(0) == ' ' && Character.isUpperCase(next.charAt(1));
        if (e.needsName() && !nameFollows && !(pos == 0 || ctx.text.charAt(pos - 1) == '\n')) {
            return -1; // "D." is only "Don" before a name or heading a line ("da. Ana Pérez"); else it is an initial
        }
        if (e.needsName() && written.length() == 2 && LETTERED_PLACES.contains(ctx.previousWord(pos).toLowerCase(java.util.Locale.ROOT))) {
            return -1; // Round sixty-two B: "en la torre D. Llegue…": a place's letter, its dot the sentence's, never "Don"
        }
        // Capitalised only where a capital belongs: a title, or the start of a sentence ("Ud." mid-sentence → "usted").
        boolean capital = Character.isUpperCase(written.charAt(0)) && (e.title() || sentenceStart(ctx.text, pos));
        String word = e.spoken();
        if (ctx.lang == Lang.EN && "regular".equals(word) && (PLATE_NEXT.matcher(next).lookingAt() || ownedRegistration(ctx, pos, next))) {
            word = "registration"; // "(reg. LK21 XRT)": a car's registration, not a regular price
        }
        if (ctx.lang == Lang.EN && !e.title() && Character.isUpperCase(written.charAt(0)) && pos >= 3 && ctx.text.charAt(pos - 1) == ' '
                && ctx.text.charAt(pos - 2) == ',' && (endsSentence(next) || next.startsWith("!")) && GREETING_BEFORE.matcher(ctx.text).region(Math.max(0, pos - 24), pos).find()) {
            return -1; // Round fourteen B: "Thanks, Reg.", "Hi, Gen.": a capitalised word after a greeting's comma, ending the sentence, is a name
        }
        if (ctx.lang == Lang.EN && "reference".equals(word) && endsSentence(next) && !CAPITAL_CODE_NEXT.matcher(next).lookingAt()) {
            return -1; // Round twelve B: "Ask the ref.": with no code after it the dot ends the sentence and "ref" is the referee
        }
        if (ctx.lang == Lang.EN && "Company".equals(word)) {
            String before = ctx.previousWord(pos);
            // "Spokes & Co.", "Smith and Co." (round seven C): the partners' "and" stands between the name and its "Co.".
            boolean partners = ctx.text.regionMatches(Math.max(0, pos - 2), "& ", 0, 2) || before.equals("and");
            if (!partners && (before.isEmpty() || !Character.isUpperCase(before.charAt(0)))) {
                return -1; // "Pacific Gas Co." is a company after its name; "Co. Durham", "co. op" are not
            }
        }
        String spoken = capital ? capitalize(word) : word;
        ctx.append(spoken);
        int compass = ctx.lang == Lang.EN && written.endsWith(".") ? UsAddresses.compassAfterStreetType(ctx, pos, end) : -1;
        if (compass > 0) {
            return compass; // "8th Ave. S., Nashville": "Eighth Avenue South" (round seventy-nine B)
        }
        // An address word is followed by its name ("Av. Insurgentes", "Col. Roma"): its dot ends no sentence; nor does a
        // price word's before a code in capitals ("incl. VAT", "reg. LK21 XRT", "est. ETA"; round five F).
        boolean codeNext = PRICE_WORDS.contains(e.spoken()) && CAPITAL_CODE_NEXT.matcher(next).lookingAt();
        if (!e.title() && e != STREET && e != SERVICE_STATION && !ADDRESS_PARTS.contains(e.spoken()) && !BEFORE_A_CODE.contains(e.spoken()) && !codeNext
                && written.endsWith(".") && endsSentence(next)) {
            ctx.append(".");
        } else if (!next.isEmpty() && Character.isLetterOrDigit(next.charAt(0))) {
            ctx.append(' '); // "págs.11": the dot was all that kept the word from what follows
        }
        return end;
    }

    /** Owners and vehicles a "reg." belongs to: "your reg.", "the vehicle reg.". */
    private static final java.util.Set<String> REG_OWNERS = java.util.Set.of("your", "my", "our", "their", "his", "her", "vehicle",
            "car", "van", "motorbike");
    /** What a regular price or time goes on to: "their reg. price", "reg. hours", "reg. $80". */
    private static final Pattern REGULAR_NEXT = Pattern.compile(" {1,2}(?:[$£€\\d]|(?:price|prices|rate|rates|fee|fees|hours|hrs|season|size)(?![\\p{L}]))");

    /**
     * Round twenty-three B: "quoting your reg.", "have your vehicle reg. ready": after an owner or a vehicle, "reg." is the
     * car's registration, as British forms write it; a price, a rate or hours after it keep it regular ("their reg. price").
     */
    private static boolean ownedRegistration(ReadContext ctx, int pos, String next) {
        return REG_OWNERS.contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT)) && !REGULAR_NEXT.matcher(next).lookingAt();
    }

    /**
     * Round thirty-four: "D.ª Rosario Gil", "Dª Carmen": the RAE's abbreviation of "doña" with its raised "a", beside
     * "Dña." ({@link #ES}); only before a capitalised name, so a letter "D" with an ordinal's "ª" elsewhere stays.
     */
    private static final Pattern DONA_WITH_RAISED_A = Pattern.compile("[Dd]\\.?ª(?=[ \\u00A0]+\\p{Lu})");

    /** "Elm St." is a street, "St. Louis" a saint. */
    private static int street(ReadContext ctx, int pos) {
        Matcher m = ctx.at(ST, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        String before = ctx.previousWord(pos);
        String next = ctx.text.substring(m.end());
        if (!m.group().endsWith(".")) {
            // "St Mary's Hospital", "St Albans": British style writes the saint without a dot; only before a capitalised
            // name, and not after one ("Elm St" is a street, read by UsAddresses after its house number).
            boolean nameNext = next.length() > 1 && next.charAt(0) == ' ' && Character.isUpperCase(next.charAt(1));
            if (!nameNext || !before.isEmpty() && Character.isUpperCase(before.charAt(0))
                    && !sentenceStart(ctx.text, Math.max(0, ctx.text.lastIndexOf(before, pos)))) {
                return -1;
            }
            ctx.append("Saint");
            return m.end();
        }
        boolean afterName = !before.isEmpty() && Character.isUpperCase(before.charAt(0)) || UsAddresses.afterOrdinal(ctx.text, pos);
        if (afterName) {
            ctx.append("Street");
            int compass = m.group().endsWith(".") ? UsAddresses.compassAfterStreetType(ctx, pos, m.end()) : -1;
            if (compass > 0) {
                return compass; // "310 Pine St. E., Portland": "Pine Street East" (round seventy-nine B)
            }
            if (endsSentence(next)) {
                ctx.append(".");
            }
        } else {
            ctx.append("Saint");
        }
        return m.end();
    }

    static boolean sentenceStart(String t, int pos) {
        int i = pos - 1;
        while (i >= 0 && (t.charAt(i) == ' ' || t.charAt(i) == '¿' || t.charAt(i) == '¡' || t.charAt(i) == '"')) {
            i--;
        }
        return i < 0 || ".!?\n:".indexOf(t.charAt(i)) >= 0;
    }

    private static boolean endsSentence(String next) {
        int i = 0;
        while (i < next.length() && next.charAt(i) == ' ') {
            i++;
        }
        return i == next.length() || next.charAt(i) == '\n' || next.charAt(i) == '\r'
                || (i > 0 && Character.isUpperCase(next.charAt(i)));
    }

    /** Capitalised words that open a new sentence after a dotted initialism ("in the U.S. The ..."). */
    private static final java.util.Set<String> EN_SENTENCE_OPENERS = java.util.Set.of("The", "We", "You", "Your", "Our", "It",
            "This", "That", "These", "Please", "Call", "If", "For", "Thank", "Thanks", "A", "An", "I", "They", "He", "She",
            "There", "Visit", "Reply", "Press", "Text", "To", "Do", "Don't", "Questions", "Contact", "Bring", "All", "Be");

    /**
     * In English a dotted initialism's dot ends the sentence at the text's end or a line's, or before a word that opens
     * sentences ("shipped within the U.S. Your ..."); before another capitalised word it is part of a name ("the U.S.
     * Embassy", "U.S. Department of State", "C. S. Lewis"): round five K.
     */
    private static boolean endsEnglishSentence(String next) {
        if (!endsSentence(next)) {
            return false;
        }
        String rest = next.strip();
        if (rest.isEmpty() || next.charAt(0) == '\n' || next.charAt(0) == '\r') {
            return true;
        }
        int e = 0;
        while (e < rest.length() && (Character.isLetter(rest.charAt(e)) || rest.charAt(e) == '\'')) {
            e++;
        }
        return EN_SENTENCE_OPENERS.contains(rest.substring(0, e));
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
