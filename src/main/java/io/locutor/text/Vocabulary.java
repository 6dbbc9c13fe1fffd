package io.locutor.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Word tables shared by the readers: month names, Spanish noun gender, English words that are no plural noun. */
final class Vocabulary {
    private Vocabulary() {
    }

    static final String[] ES_MONTHS = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
            "octubre", "noviembre", "diciembre"};
    static final String[] EN_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};

    /** Month names and abbreviations (lower case, without the dot) → month number, per language. */
    private static final Map<String, Integer> ES_MONTH_WORDS = Map.ofEntries(
            Map.entry("enero", 1), Map.entry("ene", 1), Map.entry("febrero", 2), Map.entry("feb", 2), Map.entry("marzo", 3),
            Map.entry("mar", 3), Map.entry("abril", 4), Map.entry("abr", 4), Map.entry("mayo", 5), Map.entry("may", 5),
            Map.entry("junio", 6), Map.entry("jun", 6), Map.entry("julio", 7), Map.entry("jul", 7), Map.entry("agosto", 8),
            Map.entry("ago", 8), Map.entry("septiembre", 9), Map.entry("setiembre", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("set", 9), Map.entry("octubre", 10), Map.entry("oct", 10), Map.entry("noviembre", 11), Map.entry("nov", 11),
            Map.entry("diciembre", 12), Map.entry("dic", 12));
    private static final Map<String, Integer> EN_MONTH_WORDS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2), Map.entry("march", 3),
            Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6),
            Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    /** Regex alternation of the month words above (longest first so "sept" wins over "sep"). */
    static final String ES_MONTH_ALT = alternation(ES_MONTH_WORDS.keySet());
    static final String EN_MONTH_ALT = alternation(EN_MONTH_WORDS.keySet());
    /** The Spanish month abbreviations alone ("ene", "sept", "set"): the words above but the names ("setiembre" is one too). */
    static final String ES_MONTH_ABBREVIATION_ALT = alternation(ES_MONTH_WORDS.keySet().stream()
            .filter(word -> !java.util.Arrays.asList(ES_MONTHS).contains(word) && !word.equals("setiembre")).toList());

    /**
     * A regex alternation of a table's words, longest first, so that of two words one of which begins the other the longer
     * is tried first ("sept" before "sep", "mayo" before "may"); the words are plain letters, no regex.
     */
    static String alternation(java.util.Collection<String> words) {
        return words.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(java.util.Comparator.naturalOrder()))
                .collect(java.util.stream.Collectors.joining("|"));
    }

    static int month(Lang lang, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        Integer m = (lang == Lang.ES ? ES_MONTH_WORDS : EN_MONTH_WORDS).get(w);
        return m == null ? 0 : m;
    }

    /** Whether a word is an English month's full name, in any case ("March", "may"; not "Mar"). */
    static boolean englishMonthName(String word) {
        return java.util.Arrays.asList(EN_MONTHS).contains(word.toLowerCase(Locale.ROOT));
    }

    static String monthName(Lang lang, int month) {
        if (lang == Lang.ES) {
            return ES_MONTHS[month - 1];
        }
        // English writes a month's name with its capital wherever it stands ("on 11/28" → "on November twenty eighth").
        String name = EN_MONTHS[month - 1];
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * English words ending in "s" that are never a plural noun, so never what a number before them counts ("this 3 was",
     * "CHEM 210 and 220 this fall", "5 kg less towards"): function words, adverbs, and verbs' third person common in call
     * scripts that no noun shares ("arrives", "includes"; "ships", "returns", "changes" are plural nouns as often).
     */
    private static final Set<String> EN_S_WORDS_NOT_PLURAL = Set.of(
            // function words
            "this", "his", "its", "is", "was", "has", "does", "as", "us", "thus", "plus", "yes", "across", "unless", "towards",
            "afterwards", "besides",
            // adverbs
            "always", "perhaps", "sometimes", "nevertheless",
            // verbs' third person
            "goes", "gives", "seems", "helps", "adds", "brings", "weighs", "pays", "says", "gets", "keeps", "arrives", "departs",
            "comes", "sells", "begins", "opens", "closes", "reaches", "travels", "waits", "sits", "serves", "includes",
            "contains", "requires", "becomes", "exceeds", "qualifies", "follows", "appears", "lasts", "expires");

    /** Whether a lower-case English word ending in "s" is no plural noun ("was", "always", "arrives"): see the set above. */
    static boolean englishNotPluralNoun(String lower) {
        return EN_S_WORDS_NOT_PLURAL.contains(lower);
    }

    /**
     * Whether a word right after a number is the lower-case plural noun it counts ("30 days", "3 cuotas"): in English any
     * word in "-s" but those above ("this", "was", "always"), in Spanish a noun by {@link #spanishPluralNoun} ("antes",
     * "más" are none).
     */
    static boolean countedNoun(Lang lang, String word) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0))
                && (lang == Lang.ES ? spanishPluralNoun(word) : word.endsWith("s") && !englishNotPluralNoun(word));
    }

    /** Words after a number that are not what it counts, so the number keeps its bare form ("uno", "veintiuno"). */
    private static final Set<String> ES_NOT_NOUNS = Set.of("y", "e", "o", "u", "de", "del", "en", "a", "al", "por", "para", "que",
            "con", "sin", "se", "es", "son", "fue", "era", "más", "menos", "entre", "sobre", "hasta", "desde", "como", "si", "no",
            "ni", "pero", "the", "lo", "la", "las", "los", "el", "le", "les", "su", "sus", "mi", "tu", "este", "esta", "ese", "esa",
            // conjunctions, adverbs and the commonest verb forms that can follow a year or a count ("en 1987 mientras",
            // "en 1941 cuando", "en 1921 obtuvo"): nothing to agree with, so no "veintiún"/"novecientas"
            "mientras", "cuando", "donde", "aunque", "porque", "según", "tras", "ante", "bajo", "contra", "hacia", "durante",
            "mediante", "ya", "aún", "también", "tampoco", "sólo", "solo", "muy", "nunca", "siempre", "luego", "después", "antes",
            "está", "están", "estaba", "estaban", "ha", "han", "había", "habían", "hay", "fueron", "tiene", "tienen", "tenía",
            "tenían", "sería", "será", "serán", "eran", "estuvo", "tuvo", "hizo",
            // Round forty-three: adverbs in -a the ending rule took for feminine nouns ("pulse 1 ahora" was "pulse una
            // ahora", "presione 1 enseguida"): a time's adverb agrees with nothing.
            "ahora", "enseguida");
    /** Whether a lower-case Spanish word is a function word or a common verb form ("su", "de", "está"), never a name. */
    static boolean spanishFunctionWord(String lower) {
        return ES_NOT_NOUNS.contains(lower);
    }

    /** Nouns ending in -a (or -ie) that are masculine (the -a rule would get them wrong). */
    private static final Set<String> ES_MASCULINE_A = Set.of("día", "días", "mapa", "mapas", "problema", "problemas", "programa",
            "programas", "sistema", "sistemas", "tema", "temas", "idioma", "idiomas", "clima", "planeta", "esquema", "dilema",
            "telegrama", "diagrama", "sofá", "sofás", "pie", "pies", "pijama", "pijamas", "plazo", "cinema", "lema", "emblema", "poema", "poemas",
            // Clipped units of data, masculine as their full forms: "300 megas", "20 gigas" (megabytes, gigabytes).
            "mega", "megas", "giga", "gigas", "tera", "teras",
            // round six: more Greek "-ma" nouns and others an encyclopaedia counts ("21 cromosomas", "41 ecosistemas")
            "planetas", "climas", "esquemas", "dilemas", "teorema", "teoremas", "fantasma", "fantasmas", "cometa", "cometas",
            "drama", "dramas", "panorama", "panoramas", "prisma", "prismas", "aroma", "aromas", "síntoma", "síntomas",
            "diploma", "diplomas", "cromosoma", "cromosomas", "genoma", "genomas", "axioma", "axiomas", "lemas", "emblemas",
            "telegramas", "diagramas", "ecosistema", "ecosistemas", "subsistema", "subsistemas", "fonema", "fonemas",
            "morfema", "morfemas", "carcinoma", "carcinomas", "enigma", "enigmas", "dogma", "dogmas", "paradigma", "paradigmas",
            "estigma", "estigmas", "trauma", "traumas", "crucigrama", "crucigramas", "organigrama", "organigramas",
            "holograma", "hologramas", "pentagrama", "pentagramas", "anagrama", "anagramas", "tranvía", "tranvías",
            "mediodía", "mediodías", "cinemas");
    /** Common feminine nouns that the ending rule does not catch. */
    private static final Set<String> ES_FEMININE = Set.of("vez", "veces", "mano", "manos", "foto", "fotos", "moto", "motos",
            "radio", "noche", "noches", "tarde", "tardes", "parte", "partes", "llave", "llaves", "clase", "clases", "calle",
            "calles", "gente", "mente", "suerte", "muerte", "fuente", "frase", "base", "bases", "nave", "naves", "red", "redes",
            "sed", "pared", "paredes", "luz", "luces", "paz", "voz", "voces", "cruz", "flor", "flores", "imagen", "imágenes",
            "orden", "órdenes", "razón", "opción", "opciones", "sesión", "sesiones", "reunión", "reuniones", "ley", "leyes",
            "hora", "horas", "semana", "semanas", "unidad", "unidades", "cuota", "cuotas", "factura", "facturas", "llamada",
            "llamadas", "persona", "personas", "libra", "libras", "peseta", "pesetas", "corona", "coronas", "rupia", "rupias",
            "córdoba", "córdobas", "milla", "millas", "tonelada", "toneladas", "pulgada", "pulgadas", "onza", "onzas", "línea",
            "líneas", "mensualidad", "mensualidades",
            // round six: feminine nouns an encyclopaedia counts that no ending rule catches ("21 mujeres", "300 aves")
            "mujer", "mujeres", "ave", "aves", "madre", "madres", "torre", "torres", "catedral", "catedrales", "tribu",
            "tribus", "señal", "señales", "cárcel", "cárceles", "labor", "labores", "piel", "pieles", "nube", "nubes",
            "serpiente", "serpientes", "urbe", "urbes", "res", "reses", "raíz", "raíces", "nuez", "nueces", "carne", "carnes",
            "fiebre", "fiebres", "sal", "sales", "nariz", "narices", "lombriz", "lombrices", "perdiz", "perdices", "codorniz",
            "codornices", "cicatriz", "cicatrices", "hoz", "hoces", "fase", "fases", "clave", "claves",
            "índole", "estirpe", "estirpes", "hélice", "hélices", "tos", "sede", "sedes", "muertes", "suertes", "grey",
            // Round forty-two: the feminine nouns in "-al" and "-l" (most, "canal", "hospital", "local", "portal", are
            // masculine, as the rule says) a caller's script counts: "3,500 sucursales", "21 credenciales", "300 postales"
            // ("catedral", "señal", "sal", "cárcel", "piel" above); no dictionary of Spanish genders is on the class path.
            "sucursal", "sucursales", "credencial", "credenciales", "postal", "postales", "espiral", "espirales", "diagonal",
            "diagonales", "bacanal", "bacanales", "miel", "mieles");
    /** Masculine nouns in "-ión" (the ending rule makes "-ión" feminine: "región", "unión", "opinión"). */
    private static final Set<String> ES_MASCULINE_ION = Set.of("avión", "aviones", "camión", "camiones", "gorrión", "gorriones",
            "embrión", "embriones", "escorpión", "escorpiones", "anfitrión", "anfitriones", "bastión", "bastiones", "ion", "iones",
            "ión", "catión", "cationes", "anión", "aniones", "aluvión", "aluviones", "sarampión", "centurión", "centuriones",
            "guion", "guión", "guiones", "alción", "vibrión", "vibriones", "champiñón", "champiñones", "septentrión");
    /** Masculine nouns in "-sis" (most, "crisis", "tesis", "hipótesis", "dosis", are feminine). */
    private static final Set<String> ES_MASCULINE_SIS = Set.of("análisis", "énfasis", "paréntesis", "oasis", "chasis", "génesis");

    /**
     * Endings of Spanish verb forms that a number can run into ("1921 obtuvo", "1987 publicaron", "2001 llegó"); a noun
     * rarely ends like this, and a verb has no gender for the number to agree with.
     */
    private static boolean spanishVerbForm(String w) {
        return w.length() > 3 && (w.endsWith("ó") || w.endsWith("aron") || w.endsWith("ieron") || w.endsWith("uvo")
                || w.endsWith("aban"))
                // a present or past plural ("Fórmula 1 alcanzan", "1 tenían"): Spanish nouns of five letters or more end
                // in an accented "-án" ("huracán"), not in "-an" ("plan", "pan", "clan" are shorter)
                || w.length() > 4 && w.endsWith("an")
                // Round thirty-five: the "-en" plural too ("nivel 1 corren", "sótano 1 deben": "uno", never "un"); nouns in
                // "-men" ("examen", "volumen") and the few listed in "-en" are nouns still.
                || w.length() > 4 && w.endsWith("en") && !w.endsWith("men") && !ES_NOUNS_IN_EN.contains(w);
    }

    /** Spanish nouns of five letters or more in an unaccented "-en" besides those in "-men": "1 origen", "1 margen". */
    private static final Set<String> ES_NOUNS_IN_EN = Set.of("origen", "margen", "imagen", "virgen", "orden", "desorden", "joven",
            "polen", "germen", "aborigen");

    /** A Spanish plural noun ("unidades", "piezas"), the thing a number before it counts; "antes", "más" are none. */
    static boolean spanishPluralNoun(String word) {
        return word.endsWith("s") && spanishNounGender(word) != Gender.NEUTRAL;
    }

    /**
     * The gender of the Spanish word a number counts, or {@link Gender#NEUTRAL} when {@code word} is not a noun that
     * agrees (a preposition, nothing at all). Rule of thumb first ( -a/-as, -ción, -dad, -tud, -sión are feminine),
     * then the exception lists above.
     */
    static Gender spanishNounGender(String word) {
        if (word.isEmpty()) {
            return Gender.NEUTRAL;
        }
        if (Character.isUpperCase(word.charAt(0)) && word.length() > 1 && Character.isLowerCase(word.charAt(1))) {
            return Gender.NEUTRAL; // a name ("en 1821 Costa Rica", "Windows 8"): nothing to agree with
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() == 1 || ES_NOT_NOUNS.contains(w) || spanishVerbForm(w)) { // a lone letter ("2s+1 x 2s+1") counts nothing
            return Gender.NEUTRAL;
        }
        if (ES_FEMININE.contains(w)) {
            return Gender.FEMININE;
        }
        if (ES_MASCULINE_A.contains(w)) {
            return Gender.MASCULINE;
        }
        if (w.endsWith("a") || w.endsWith("as") || w.endsWith("ción") || w.endsWith("ciones") || w.endsWith("sión")
                || w.endsWith("siones") || w.endsWith("dad") || w.endsWith("dades") || w.endsWith("tud") || w.endsWith("tudes")
                || w.endsWith("ie") || w.endsWith("ies")) { // -ie: especie, serie, superficie (pie and its plural are listed)
            return Gender.FEMININE;
        }
        if ((w.endsWith("ión") || w.endsWith("iones")) && !ES_MASCULINE_ION.contains(w)) {
            return Gender.FEMININE; // "región", "religiones", "unión", "opiniones"; "aviones", "iones" are listed masculine
        }
        if (w.endsWith("umbre") || w.endsWith("umbres") || w.endsWith("triz") || w.endsWith("trices") || w.endsWith("itis")
                || w.length() > 4 && w.endsWith("sis") && !ES_MASCULINE_SIS.contains(w)) {
            return Gender.FEMININE; // "costumbres", "cumbres", "actrices", "matrices", "crisis", "tesis", "hipótesis"
        }
        return Gender.MASCULINE;
    }
}
