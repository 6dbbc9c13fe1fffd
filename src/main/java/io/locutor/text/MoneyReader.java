package io.locutor.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts of money with the currency before ("$1,50", "€ 2 billones", "USD 25") — the currency-after forms
 * ("25,50 €", "21 nio") are found by {@link QuantityReader} and spoken here too. Spanish: "veinticinco euros con
 * cincuenta céntimos", "una libra", "un dólar", "veintiún euros", "un millón de euros"; English: "twenty dollars and fifty cents".
 */
final class MoneyReader implements TokenReader {
    /** Scale words after an amount: "2,3 billones", "$45 billion", "¥30B". */
    static final String SCALE = "(?:[ \\u00A0]?(mil|millones|millón|billones|billón|millardos|thousand|million|billion|trillion)(?![\\p{L}])"
            + "|(B|M|K|bn|mn|m|k)(?![\\p{L}\\d]))";
    private static final Pattern SCALE_AT = Pattern.compile(SCALE);
    /** "/mo", "/hr" after an amount: a rate. */
    private static final Pattern RATE = Pattern.compile("/(mo|month|hr|hour|h|mes|día|dia|año|year|yr|day|week|semana"
            // "$899/person", "£45/night", "€20/persona" (round five H): a price per head, per night, per ticket
            + "|person|night|head|guest|adult|child|ticket|persona|noche|huésped|adulto|niño|entrada"
            // "11,40 €/hora", "$17.25/hora" (round seven D): the hour written out, "la hora" as Spanish says a wage
            + "|hora)(?![\\p{L}])");
    /** Any other unit after "/": "0,15 €/min" → "quince céntimos por minuto", "3146 €/m²" → "… por metro cuadrado". */
    private static final Pattern PER_UNIT = Pattern.compile("/(" + Units.SYMBOL_ALT + ")(?![\\p{L}\\d²³])");
    /** A word after a price's "/": "/gram", "/litre", "/acre" (round eight: any noun the price is for). */
    private static final Pattern PER_UNIT_WORD = Pattern.compile("/(\\p{Ll}{3,12})(?![\\p{L}\\d])");
    /**
     * A Spanish word or shortened word after a price's "/" (round twenty): "0,08 €/ud.", "$18/pza.", "14 €/saco", the
     * unit the price is for; its dot, when it has one, is the abbreviation's.
     */
    private static final Pattern ES_PER_WORD = Pattern.compile("/(\\p{Ll}{1,12}\\.?)(?![\\p{L}\\d])");
    /** "pp" glued to (or one space after) a price: per person; "pppn" per person per night. */
    private static final Pattern PER_PERSON = Pattern.compile("[ \\u00A0]?(pppn|pp)(?![\\p{L}\\d])");
    /** An ISO code after an amount with a bare symbol: "$50 USD", "$1,200.00 MXN". */
    private static final Pattern CODE_AFTER = Pattern.compile("[ \\u00A0]?(\\p{Lu}{3})(?![\\p{L}\\d])");
    private static final Pattern RANGE = Pattern.compile("[ ]?[-–][ ]?(?=(?:" + Currencies.SYMBOLS + ")\\d)", Pattern.CASE_INSENSITIVE);

    /**
     * Lower case, the letters the prefix pattern's symbols and codes start with before their "$", "/" or amount: "us" of
     * "us$", "u" of "u$s", "s" of "s/", "eur", "usd".
     */
    private static final Set<String> LETTER_HEADS = java.util.stream.Stream.of((Currencies.SYMBOLS + "|" + Currencies.CODES).split("\\|"))
            .map(alternative -> alternative.replaceAll("[^a-z].*", "")).filter(head -> !head.isEmpty())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * Whether a word at {@code pos} can be the prefix's symbol or code: one to four letters, then "$", "/", a space or an
     * amount, and (when they are ASCII, which the pattern's Unicode case folding leaves as they are) one of
     * {@link #LETTER_HEADS}. Most words near a digit ("at 2:30", "de 125") are none.
     */
    private static boolean letteredPrefix(String t, int pos) {
        int end = pos;
        boolean ascii = true;
        while (end < t.length() && Character.isLetter(t.charAt(end))) {
            ascii &= t.charAt(end) < 128;
            end++;
        }
        if (end - pos > 4 || end == t.length() || "$/ \u00A0.".indexOf(t.charAt(end)) < 0 && !TokenScanner.isDigit(t.charAt(end))) {
            return false;
        }
        return !ascii || LETTER_HEADS.contains(t.substring(pos, end).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the prefix is a code's capitals glued to its digits ("code RS5201", "FR2024") or, in English, spaced from
     * them, not money: the written
     * abbreviations "Rs", "kr", "Fr." are money as they are written ("Rs 5,201", "Rs5201"), ISO codes in capitals too
     * ("USD500"), but two capitals glued to a number that are no ISO code name a code.
     */
    private static boolean codeLetters(ReadContext ctx, Matcher m) {
        String head = m.group(1);
        if (head.length() < 2 || !head.chars().allMatch(Character::isUpperCase) || Currencies.isIsoCode(head)) {
            return false;
        }
        // Round fifty-two: in English a space between changes nothing ("code RS 73418", "access code KR 20476"): the
        // written abbreviations are mixed case ("Rs 500", "Rs. 1,200", "kr 90" stay money), so two capitals that are no
        // ISO code, a space and plain digits (no thousands' comma, no decimals) are a code's letters and its serial.
        return m.end(1) == m.start(2) || !ctx.es() && ctx.text.substring(m.end(1), m.start(2)).isBlank()
                && m.group(2).chars().allMatch(Character::isDigit);
    }

    private static boolean amountSoon(String t, int pos) {
        for (int i = pos + 1; i < t.length() && i <= pos + 5; i++) {
            if (TokenScanner.isDigit(t.charAt(i)) || t.charAt(i) == '.') {
                return true;
            }
        }
        return false;
    }

    @Override
    public int read(ReadContext ctx, int pos) {
        // The prefix pattern (a symbol or code of one to four characters, maybe a space, an amount) is a long
        // case-insensitive alternation tried at every word near a digit: it can only match with a digit or an amount's
        // leading dot within five characters.
        if (!amountSoon(ctx.text, pos) || Character.isLetter(ctx.text.charAt(pos)) && !letteredPrefix(ctx.text, pos)) {
            return -1;
        }
        Matcher m = ctx.at(ctx.grammar.moneyPrefix, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        Currencies.Currency currency = Currencies.find(m.group(1), ctx.locale);
        if (currency == null || codeLetters(ctx, m)) {
            return -1;
        }
        int end = m.end();
        String scale = null;
        Matcher s = ctx.at(SCALE_AT, end);
        if (s.lookingAt()) {
            scale = s.group(1) != null ? s.group(1) : s.group(2);
            end = s.end();
        }
        String amount = m.group(2);
        if (scale != null) {
            end = currencyWordAgain(ctx, end, currency);
        }
        Matcher code = ctx.at(CODE_AFTER, end);
        if (scale == null && m.group(1).length() == 1 && code.lookingAt()) {
            // "$1,200.00 MXN", "$50 USD": the code after a bare symbol says which currency it is, and is said once.
            Currencies.Currency coded = Currencies.find(code.group(1), ctx.locale);
            if (coded != null) {
                // The locale's own currency keeps its everyday name ("pesos" in Mexico for MXN), another one is named in full.
                currency = code.group(1).equals(localCurrencyCode(ctx.locale)) ? currency : coded;
                end = code.end();
            }
        }
        String frac = ctx.grammar.fractionDigits(amount);
        if (scale == null && oneUnitAlone(ctx, pos, amount, end)) {
            ctx.append(ctx.es() ? currency.esOne() : currency.enOne());
            return end;
        }
        if (scale == null && !ctx.es() && (frac == null || trimCents(frac).isEmpty()) && AttributiveAmount.describesNoun(ctx, pos, end)) {
            // "a $15 fee", "a £30 voucher": an amount before its noun describes it and names the currency in the
            // singular ("a fifteen dollar fee", "a thirty pound voucher"). Only a whole amount: "a $20.10 charge" has
            // cents, and "twenty dollars and ten cents" has no singular form; a scale ("a $4K bonus") keeps its reading.
            String whole = NumberSpeller.stripLeadingZeros(ctx.grammar.integerDigits(amount));
            if (!whole.isEmpty() && whole.length() <= NumberSpeller.MAX_DIGITS) {
                ctx.append(ctx.speller.cardinal(Long.parseLong(whole), Gender.NEUTRAL)).append(' ').append(currency.enOne());
                return end;
            }
        }
        if (scale == null && currency == Currencies.POUND && ctx.lang == Lang.EN && "GB".equals(ctx.locale.region) && frac != null
                && frac.length() == 2 && frac.charAt(0) != '0' && AttributiveAmount.describesNoun(ctx, pos, end)) {
            // Round thirty: in Britain a price with pence before its noun is said as a price tag is read, "a three pound
            // twenty five booking fee", the pound singular as in "a thirty pound voucher", the pence a bare number; "three
            // pounds and twenty five pence" cannot stand before a noun. Pence under ten ("£3.05") and pence alone ("£0.50")
            // keep the full reading, as do other currencies ("a $3.25 fee": no writer's reading yet).
            String whole = NumberSpeller.stripLeadingZeros(ctx.grammar.integerDigits(amount));
            if (!whole.isEmpty() && !whole.equals("0") && whole.length() <= NumberSpeller.MAX_DIGITS) { // "a £0.50 charge": pence alone
                ctx.append(ctx.speller.cardinal(Long.parseLong(whole), Gender.NEUTRAL)).append(' ').append(currency.enOne()).append(' ')
                        .append(ctx.speller.cardinal(Long.parseLong(frac), Gender.NEUTRAL));
                return end;
            }
        }
        if (scale != null && scale.length() > 2 && !ctx.es() && !ctx.grammar.integerDigits(amount).isEmpty()
                && AttributiveAmount.describesNoun(ctx, pos, end)) {
            // Round seventy-seven O: "a $12 million library expansion", "our £4.8 million riverside development": a price in
            // millions before its noun describes it as "a $15 fee" does, the currency singular ("twelve million dollar library
            // expansion"); "raised $12 million for" and "$4.8 million in grants" have no noun after the price, and keep theirs. Only
            // a scale written as a word: "the $2.5M trail plan" keeps the reading its tuning row pairs with "Prop."
            ctx.append(QuantityReader.amount(ctx, ctx.grammar.integerDigits(amount), frac, Gender.MASCULINE)).append(' ')
                    .append(scaleWord(scale, false)).append(' ').append(currency.enOne());
            return end;
        }
        speak(ctx, ctx.grammar.integerDigits(amount), frac, scale, currency);
        return rateAndRange(ctx, end);
    }

    /** Words before a single unit of currency that make it the unit itself: "every £1", "each $1", "per $1". */
    private static final Set<String> ONE_UNIT_BEFORE = Set.of("every", "each", "per");
    /**
     * Spanish's twin of {@link #ONE_UNIT_BEFORE}: "cada $1", "por cada 1 €" (round sixty-eight B). Not "por" alone: "por $1
     * al día" is a price, "por un dólar".
     */
    private static final Set<String> ES_ONE_UNIT_BEFORE = Set.of("cada");

    /**
     * Whether the amount {@code amount}, read from {@code pos} to {@code end} with its currency, is one unit of the
     * currency after a word that makes it the unit itself. Round eleven B: "every £1 you give", "per $1 spent" are "every
     * pound", "per dollar", as a speaker says them; round sixty-eight B: Spanish "por cada $1 que done", "cada 1 €
     * aportado" are "por cada dólar", "cada euro" likewise, never "cada un dólar". A digit right after is no amount of one.
     */
    static boolean oneUnitAlone(ReadContext ctx, int pos, String amount, int end) {
        return amount.equals("1") && (ctx.es() ? ES_ONE_UNIT_BEFORE : ONE_UNIT_BEFORE).contains(ctx.previousWord(pos).toLowerCase(Locale.ROOT))
                && (end == ctx.text.length() || !Character.isDigit(ctx.text.charAt(end)));
    }

    private static String localCurrencyCode(TextLocale locale) {
        try {
            return com.ibm.icu.util.Currency.getInstance(new com.ibm.icu.util.ULocale("und-" + locale.region)).getCurrencyCode();
        } catch (RuntimeException e) {
            return ""; // a region without a currency of its own
        }
    }

    /** After an amount: "/mo" becomes "per month", and "$50-$100" reads "to" between the two amounts. */
    static int rateAndRange(ReadContext ctx, int end) {
        Matcher r = ctx.at(RATE, end);
        if (r.lookingAt()) {
            ctx.append(ctx.es() ? " " + esRate(r.group(1)) : " per " + enRate(r.group(1)));
            return abbreviationDot(ctx.text, r.end(), r.group(1));
        }
        Matcher u = ctx.at(PER_UNIT, end);
        if (u.lookingAt() && Units.find(u.group(1)) != null) {
            Units.Unit unit = Units.find(u.group(1));
            ctx.append(ctx.es() ? " por " + unit.esOne() : " per " + Units.spelling(ctx, unit.enOne()));
            return TokenScanner.pastSymbolDot(ctx.text, u.end()); // round seventy-one D: "$9/ft. installed", the symbol's dot unsaid
        }
        Matcher word = ctx.lang == Lang.EN ? ctx.at(PER_UNIT_WORD, end) : null;
        if (word != null && word.lookingAt() && !word.group(1).equals("and")) {
            // "$62.40/gram", "£3.20/litre" (round seven C): the unit written out; "$30/acre", "£12/bag" (round eight): any
            // noun written after a price's slash is what the price is for, "per acre" ("and/or" is no noun).
            ctx.append(" per ").append(word.group(1));
            return word.end();
        }
        Matcher es = ctx.es() ? ctx.at(ES_PER_WORD, end) : null;
        if (es != null && es.lookingAt()) {
            // "ud." after "/" is never "usted": a rate is per one of what is sold, so the unit of sale in the singular
            String sold = es.group(1);
            String counted = sold.endsWith(".") ? Abbreviations.unitOfSale(sold) : null;
            String bare = sold.endsWith(".") ? sold.substring(0, sold.length() - 1) : sold;
            if (counted != null || bare.length() >= 3) {
                ctx.append(" por ").append(counted != null ? counted : bare); // "14 €/saco." ends its sentence: the dot is kept
                int wordEnd = es.start(1) + bare.length();
                return counted != null && dotInside(ctx.text, wordEnd) ? wordEnd + 1 : wordEnd;
            }
        }
        Matcher pp = ctx.lang == Lang.EN ? ctx.at(PER_PERSON, end) : null;
        if (pp != null && pp.lookingAt()) {
            // "£549pp", "£89pppn" (round seven A): British travel prices per person, and per night.
            ctx.append(pp.group(1).equals("pppn") ? " per person per night" : " per person");
            return pp.end();
        }
        Matcher g = ctx.at(RANGE, end);
        if (g.lookingAt()) {
            ctx.append(ctx.es() ? " a " : " to ");
            return g.end();
        }
        return end;
    }

    /**
     * "($9.99/mo.)", "$20/yr. for" (round eight D): the dot of a shortened unit inside a sentence is the abbreviation's,
     * not a full stop, and is not said; one before a capital or at the end may close the sentence too, and is kept.
     */
    private static int abbreviationDot(String t, int end, String unit) {
        if (end >= t.length() || t.charAt(end) != '.' || !(unit.equals("mo") || unit.equals("yr") || unit.equals("hr"))) {
            return end;
        }
        return dotInside(t, end) ? end + 1 : end;
    }

    /** The dot at {@code end} is inside a sentence: a lower-case word, a digit or a clause's punctuation follows it. */
    private static boolean dotInside(String t, int end) {
        int i = ReadContext.spacesEnd(t, end + 1);
        return i < t.length() && (Character.isLowerCase(t.charAt(i)) || Character.isDigit(t.charAt(i)) || ",;:)".indexOf(t.charAt(i)) >= 0);
    }

    private static String esRate(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "mo", "month", "mes" -> "al mes";
            case "hr", "hour", "h" -> "por hora";
            case "hora" -> "la hora";
            case "día", "dia", "day" -> "al día";
            case "week", "semana" -> "a la semana";
            case "person", "head", "persona" -> "por persona";
            case "night", "noche" -> "por noche";
            case "guest", "huésped" -> "por huésped";
            case "adult", "adulto" -> "por adulto";
            case "child", "niño" -> "por niño";
            case "ticket", "entrada" -> "por entrada";
            default -> "al año";
        };
    }

    private static String enRate(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "mo", "month", "mes" -> "month";
            case "hr", "hour", "h", "hora" -> "hour";
            case "día", "dia", "day" -> "day";
            case "week", "semana" -> "week";
            case "person", "head", "persona" -> "person";
            case "night", "noche" -> "night";
            case "guest", "huésped" -> "guest";
            case "adult", "adulto" -> "adult";
            case "child", "niño" -> "child";
            case "ticket", "entrada" -> "ticket";
            default -> "year";
        };
    }

    /**
     * "$2.200 millones de dólares", "$3 million dollars": the text names the currency after the scale as well; the
     * reading names it once, so the written words are skipped. Returns where the reading continues.
     */
    private static int currencyWordAgain(ReadContext ctx, int end, Currencies.Currency c) {
        String t = ctx.text;
        int i = ReadContext.blanksEnd(t, end);
        if (ctx.es() && t.regionMatches(true, i, "de ", 0, 3)) {
            i += 3;
        }
        for (String word : ctx.es() ? new String[]{c.esMany(), c.esOne()} : new String[]{c.enMany(), c.enOne()}) {
            int after = i + word.length();
            if (t.regionMatches(true, i, word, 0, word.length()) && (after == t.length() || !Character.isLetter(t.charAt(after)))) {
                return after;
            }
        }
        return end;
    }

    /** Appends the spoken amount. {@code frac} may be null, {@code scale} is the scale word as written or null. */
    static void speak(ReadContext ctx, String whole, String frac, String scale, Currencies.Currency c) {
        NumberSpeller sp = ctx.speller;
        boolean es = ctx.es();
        if (whole.isEmpty()) {
            whole = "0";
        }
        if (scale != null) {
            // "2,3 billones de euros", "two point five million dollars": the amount is a quantity, not units and cents.
            String number = QuantityReader.amount(ctx, whole, frac, Gender.MASCULINE);
            String scaleWord = scaleWord(scale, es);
            boolean thousands = scaleWord.equals("mil");
            ctx.append(number).append(" ").append(scaleWord).append(es ? (thousands ? " " : " de ") + c.esMany() : " " + c.enMany());
            return;
        }
        String cents = frac == null ? "" : trimCents(frac);
        if (cents.length() > 2 || NumberSpeller.stripLeadingZeros(whole).length() > NumberSpeller.MAX_DIGITS) {
            // More than two significant decimals ("$1,234.123") cannot be cents: read the number, then the currency.
            ctx.append(QuantityReader.amount(ctx, whole, frac, Gender.NEUTRAL)).append(" ").append(es ? c.esMany() : c.enMany());
            return;
        }
        long units = Long.parseLong(NumberSpeller.stripLeadingZeros(whole));
        int centValue = cents.isEmpty() ? 0 : Integer.parseInt(cents.length() == 1 ? cents + "0" : cents);
        Gender gender = es ? (c.esFeminine() ? Gender.FEMININE : Gender.MASCULINE) : Gender.NEUTRAL;
        StringBuilder sb = new StringBuilder();
        if (units > 0 || centValue == 0) {
            String spoken = sp.cardinal(units, gender);
            if (es && spoken.startsWith("un millón") && ctx.out.substring(Math.max(0, ctx.out.length() - 6)).matches("(?:^|.*\\P{L})[Cc]ada ")) {
                spoken = spoken.substring(3); // "por cada $1,000,000": "cada millón", as "cada mil" (round five F)
            }
            sb.append(spoken).append(' ');
            if (es && units >= 1_000_000 && units % 1_000_000 == 0) {
                sb.append("de "); // "un millón de euros"
            }
            sb.append(units == 1 ? (es ? c.esOne() : c.enOne()) : (es ? c.esMany() : c.enMany()));
        }
        if (centValue > 0) {
            if (sb.length() > 0) {
                // Spanish "con", English "and": "forty six dollars and eighty five cents", "forty six pounds and twenty
                // pence", as a caller says an exact amount (every call-script file lists it).
                sb.append(es ? " con " : " and ");
            }
            sb.append(sp.cardinal(centValue, es ? Gender.MASCULINE : Gender.NEUTRAL)).append(' ')
                    .append(centValue == 1 ? (es ? c.esCentOne() : c.enCentOne()) : (es ? c.esCentMany() : c.enCentMany()));
        }
        ctx.append(sb.toString());
    }

    /** "500" → "50", "010" → "01", "000" → "": zeros past the cents do not change the amount. */
    private static String trimCents(String frac) {
        String f = frac;
        while (f.length() > 2 && f.endsWith("0")) {
            f = f.substring(0, f.length() - 1);
        }
        if (f.length() <= 2 && !f.isEmpty() && Integer.parseInt(f) == 0) {
            return "";
        }
        return f;
    }

    static String scaleWord(String scale, boolean es) {
        return switch (scale) {
            case "B", "bn" -> es ? "mil millones" : "billion";
            case "M", "m", "mn" -> es ? "millones" : "million";
            case "K", "k" -> es ? "mil" : "thousand";
            default -> scale.toLowerCase(Locale.ROOT);
        };
    }
}
