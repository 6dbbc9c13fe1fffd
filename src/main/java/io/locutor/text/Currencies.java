package io.locutor.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Currency symbols and ISO codes → their spoken names, with Spanish gender, and the name of the cents. */
final class Currencies {
    private Currencies() {
    }

    /** One currency's words. {@code esFeminine} drives "una libra" / "veintiuna libras". */
    record Currency(String esOne, String esMany, boolean esFeminine, String esCentOne, String esCentMany,
                    String enOne, String enMany, String enCentOne, String enCentMany) {
    }

    private static final Currency EURO = new Currency("euro", "euros", false, "céntimo", "céntimos", "euro", "euros", "cent", "cents");
    private static final Currency DOLLAR = new Currency("dólar", "dólares", false, "centavo", "centavos", "dollar", "dollars", "cent", "cents");
    private static final Currency US_DOLLAR = new Currency("dólar estadounidense", "dólares estadounidenses", false, "centavo", "centavos",
            "US dollar", "US dollars", "cent", "cents");
    private static final Currency PESO = new Currency("peso", "pesos", false, "centavo", "centavos", "peso", "pesos", "centavo", "centavos");
    static final Currency POUND = new Currency("libra", "libras", true, "penique", "peniques", "pound", "pounds", "penny", "pence");

    private static final com.ibm.icu.util.ULocale ES = new com.ibm.icu.util.ULocale("es");
    private static final com.ibm.icu.util.ULocale EN = new com.ibm.icu.util.ULocale("en");
    /** ISO 4217 codes ICU knows (upper case), so any written code is read even where the table below has no entry. */
    private static final Set<String> ISO_CODES = isoCodes();
    private static final Map<String, Currency> FROM_ICU = new java.util.concurrent.ConcurrentHashMap<>();

    /** Symbols and codes (lower case) that are unambiguous whatever the region. */
    private static final Map<String, Currency> BY_KEY = new HashMap<>();

    static {
        put(EURO, "€", "eur", "euro", "euros");
        put(DOLLAR, "dólar", "dólares", "dollar", "dollars");
        put(PESO, "peso", "pesos");
        put(POUND, "£", "gbp", "libra", "libras", "pound", "pounds");
        put(US_DOLLAR, "us$", "usd", "u$s", "u$d"); // "U$S 890": how Argentina and Uruguay write the US dollar
        put(new Currency("peso mexicano", "pesos mexicanos", false, "centavo", "centavos", "Mexican peso", "Mexican pesos", "centavo", "centavos"),
                "mxn", "mex$", "mx$");
        put(new Currency("peso colombiano", "pesos colombianos", false, "centavo", "centavos", "Colombian peso", "Colombian pesos", "centavo", "centavos"),
                "cop", "col$");
        put(new Currency("peso argentino", "pesos argentinos", false, "centavo", "centavos", "Argentine peso", "Argentine pesos", "centavo", "centavos"),
                "ars");
        put(new Currency("peso chileno", "pesos chilenos", false, "centavo", "centavos", "Chilean peso", "Chilean pesos", "centavo", "centavos"),
                "clp");
        put(new Currency("peso boliviano", "pesos bolivianos", false, "centavo", "centavos", "boliviano", "bolivianos", "centavo", "centavos"),
                "bob", "bop");
        put(new Currency("sol", "soles", false, "céntimo", "céntimos", "sol", "soles", "céntimo", "céntimos"), "pen", "s/");
        put(new Currency("yen", "yenes", false, "centavo", "centavos", "yen", "yen", "sen", "sen"), "¥", "jpy");
        put(new Currency("yuan", "yuanes", false, "centavo", "centavos", "yuan", "yuan", "fen", "fen"), "cny");
        put(new Currency("won", "wones", false, "centavo", "centavos", "won", "won", "jeon", "jeon"), "₩", "krw");
        put(new Currency("colón", "colones", false, "céntimo", "céntimos", "colón", "colones", "céntimo", "céntimos"), "₡");
        put(new Currency("colón costarricense", "colones costarricenses", false, "céntimo", "céntimos", "Costa Rican colón",
                "Costa Rican colones", "céntimo", "céntimos"), "crc");
        put(new Currency("peseta", "pesetas", true, "céntimo", "céntimos", "peseta", "pesetas", "céntimo", "céntimos"), "₧", "ptas", "pts");
        put(new Currency("real", "reales", false, "centavo", "centavos", "real", "reais", "centavo", "centavos"), "r$", "brl");
        put(new Currency("franco suizo", "francos suizos", false, "céntimo", "céntimos", "Swiss franc", "Swiss francs", "centime", "centimes"), "chf");
        put(new Currency("franco", "francos", false, "céntimo", "céntimos", "franc", "francs", "centime", "centimes"), "fr");
        put(new Currency("córdoba", "córdobas", true, "centavo", "centavos", "córdoba", "córdobas", "centavo", "centavos"), "nio");
        put(new Currency("balboa", "balboas", false, "centésimo", "centésimos", "balboa", "balboas", "centésimo", "centésimos"), "pab");
        put(new Currency("lempira", "lempiras", false, "centavo", "centavos", "lempira", "lempiras", "centavo", "centavos"), "hnl");
        put(new Currency("dólar de Hong Kong", "dólares de Hong Kong", false, "centavo", "centavos", "Hong Kong dollar",
                "Hong Kong dollars", "cent", "cents"), "hkd", "hk$");
        put(new Currency("florín arubeño", "florines arubeños", false, "centavo", "centavos", "Aruban florin", "Aruban florins", "cent", "cents"), "awg");
        put(new Currency("rupia", "rupias", true, "paisa", "paisas", "rupee", "rupees", "paisa", "paise"), "rs", "inr", "₹");
        put(new Currency("corona", "coronas", true, "céntimo", "céntimos", "krone", "kroner", "øre", "øre"), "kr", "sek", "nok", "dkk");
        put(new Currency("marco", "marcos", false, "pfennig", "pfennigs", "mark", "marks", "pfennig", "pfennigs"), "mk", "dem");
        put(new Currency("dólar canadiense", "dólares canadienses", false, "centavo", "centavos", "Canadian dollar", "Canadian dollars",
                "cent", "cents"), "cad", "c$");
    }

    private static void put(Currency c, String... keys) {
        for (String k : keys) {
            BY_KEY.put(k, c);
        }
    }


    /**
     * Round forty-two: every other currency sign ICU knows ("₱", "₦", "₫", "₺", "₽", "₴"), each the sign of one currency
     * (its symbol, or its only narrow symbol: "₩" is South Korea's symbol, North Korea's narrow one), read as the unit it
     * names, without the country, as "$" is "dollars" ("₱25,000" "twenty five thousand pesos", "veinticinco mil pesos").
     * The signs of the table above ({@code $ € £ ¥ ₩ ₡ ₧ ₹}) keep their readings.
     */
    private static final Map<String, Currency> ICU_SIGNS = icuSigns();

    private static Map<String, Currency> icuSigns() {
        Map<String, String> symbolOf = new HashMap<>();
        Map<String, java.util.List<String>> narrowOf = new HashMap<>();
        for (com.ibm.icu.util.Currency c : com.ibm.icu.util.Currency.getAvailableCurrencies()) {
            String symbol = c.getSymbol(com.ibm.icu.util.ULocale.ROOT);
            String narrow = c.getName(com.ibm.icu.util.ULocale.ROOT, com.ibm.icu.util.Currency.NARROW_SYMBOL_NAME, null);
            if (sign(symbol)) {
                symbolOf.merge(symbol, c.getCurrencyCode(), (a, b) -> "");
            }
            if (sign(narrow)) {
                narrowOf.computeIfAbsent(narrow, n -> new java.util.ArrayList<>()).add(c.getCurrencyCode());
            }
        }
        Map<String, Currency> signs = new HashMap<>();
        for (String sign : narrowOf.keySet()) {
            String code = symbolOf.getOrDefault(sign, narrowOf.get(sign).size() == 1 ? narrowOf.get(sign).get(0) : "");
            if (!code.isEmpty() && !BY_KEY.containsKey(sign) && !sign.equals("$") && !sign.equals("¤")) {
                Currency named = fromIcu(code);
                signs.put(sign, new Currency(esUnit(named.esOne()), esUnit(named.esMany()), named.esFeminine(), named.esCentOne(),
                        named.esCentMany(), enUnit(named.enOne()), enUnit(named.enMany()), named.enCentOne(), named.enCentMany()));
            }
        }
        return Map.copyOf(signs);
    }

    /** One character of Unicode's currency symbols (Sc): "₱", not "R$" or "Rs". */
    private static boolean sign(String written) {
        return written.codePointCount(0, written.length()) == 1 && Character.getType(written.codePointAt(0)) == Character.CURRENCY_SYMBOL;
    }

    /** English puts the country first ("Philippine pesos", "Turkish Lira"): the unit is the last word. */
    private static String enUnit(String name) {
        return name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /** Spanish puts the unit first ("pesos filipinos"), after a "nuevo" if any ("nuevos séqueles israelíes"). */
    private static String esUnit(String name) {
        String[] words = name.split(" ");
        return words.length > 1 && words[0].startsWith("nuev") ? words[0] + " " + words[1] : words[0];
    }

    /** Whether a character is a currency sign ICU reads that the table above lacks ("₱", "₦"). */
    static boolean isIcuSign(char c) {
        return ICU_SIGNS.containsKey(String.valueOf(c));
    }

    /** Regex alternation of currency symbols and codes (matched case-insensitively; longest first). */
    static final String SYMBOLS = "us\\$|u\\$s|u\\$d|mex\\$|mx\\$|col\\$|hk\\$|r\\$|c\\$|s/|\\$|€|£|¥|₩|₡|₧|₹|["
            + String.join("", new java.util.TreeSet<>(ICU_SIGNS.keySet())) + "]";
    /** Currency names written after an amount ("1.500,50 euros"): read as money so the cents are said as such. */
    static final String WORDS = "euros|euro|dólares|dólar|dollars|dollar|pesos|peso|libras|libra|pounds|pound";
    static final String CODES = "eur|usd|gbp|mxn|cop|ars|clp|pen|jpy|cny|krw|crc|brl|chf|nio|pab|hnl|hkd|awg|inr|sek|nok|dkk|cad|bob|bop|ptas|pts|rs|kr|mk|fr";
    /** A currency's name, code or symbol as one alternation, for "an amount follows" checks: "euros", "usd", "€". */
    static final String ANY = WORDS + "|" + CODES + "|" + SYMBOLS;
    /** {@link #WORDS} and {@link #CODES} as a set, for a word already cut out of the text. */
    private static final Set<String> WORDS_AND_CODES = java.util.stream.Stream.of((WORDS + "|" + CODES).split("\\|"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Whether a word, in any case, is a currency's name or code written after an amount: "euros", "dólar", "USD", "kr". */
    static boolean wordOrCode(String word) {
        return WORDS_AND_CODES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A currency symbol, code or name as written; a bare {@code $} is what the locale means by it. */
    static Currency find(String key, TextLocale locale) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.equals("$")) {
            return locale == null ? DOLLAR : locale.dollarSign;
        }
        Currency c = BY_KEY.get(k);
        if (c == null) {
            c = ICU_SIGNS.get(key);
        }
        return c != null ? c : fromIcu(key);
    }

    /** The name people in a country use for their own "$" currency: "pesos" in Mexico or Argentina, "dólares" in the US. */
    static Currency localDollarSign(String isoCode) {
        String name = com.ibm.icu.util.Currency.getInstance(isoCode).getName(ES, com.ibm.icu.util.Currency.LONG_NAME, null);
        return name.toLowerCase(Locale.ROOT).contains("peso") ? PESO : DOLLAR;
    }


    private static Set<String> isoCodes() {
        Set<String> codes = new java.util.HashSet<>();
        for (com.ibm.icu.util.Currency c : com.ibm.icu.util.Currency.getAvailableCurrencies()) {
            codes.add(c.getCurrencyCode());
        }
        return Set.copyOf(codes);
    }

    static boolean isIsoCode(String written) {
        return written.length() == 3 && ISO_CODES.contains(written);
    }

    /**
     * An ISO code written in capitals ("PLN", "CHF") read with ICU's display names and plural forms: "zloty" /
     * "zlotys"; Spanish gender from the name's ending (ICU has none), cents as "céntimos"/"cents".
     */
    private static Currency fromIcu(String written) {
        if (!isIsoCode(written)) {
            return null;
        }
        return FROM_ICU.computeIfAbsent(written, code -> {
            com.ibm.icu.util.Currency c = com.ibm.icu.util.Currency.getInstance(code);
            String esOne = c.getName(ES, com.ibm.icu.util.Currency.PLURAL_LONG_NAME, "one", null);
            String esMany = c.getName(ES, com.ibm.icu.util.Currency.PLURAL_LONG_NAME, "other", null);
            String enOne = c.getName(EN, com.ibm.icu.util.Currency.PLURAL_LONG_NAME, "one", null);
            String enMany = c.getName(EN, com.ibm.icu.util.Currency.PLURAL_LONG_NAME, "other", null);
            boolean feminine = esOne.split(" ")[0].endsWith("a");
            return new Currency(esOne, esMany, feminine, "céntimo", "céntimos", enOne, enMany, "cent", "cents");
        });
    }
}
