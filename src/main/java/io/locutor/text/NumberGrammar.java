package io.locutor.text;

import java.util.regex.Pattern;

/**
 * How numbers look for one {@link NumberStyle}: regular expressions for amounts written with that style's separators,
 * and splitting a matched amount into its integer and fraction digits. Immutable; one per style.
 */
final class NumberGrammar {
    /** Spaces people group thousands with ("1 034 068"), accepted whatever the style. */
    private static final String SPACE = "[ \\u00A0\\u202F]";

    final NumberStyle style;
    /** An unsigned amount: grouped or plain integer, optional fraction; a bare ".5" only where '.' is the decimal mark. */
    final String amount;
    /** An unsigned whole number, grouped or not (for ordinals and references). */
    final String integer;
    /** An optionally negative amount at a token start. */
    final Pattern signedAmount;
    /** A currency symbol or code, then an amount: "$1,50", "€ 2,3", "USD 25", "nio21". */
    final Pattern moneyPrefix;

    NumberGrammar(NumberStyle style) {
        this.style = style;
        // Either mark may group or start a fraction: which one it is, is decided per number by interpret().
        String grouped = "\\d{1,3}(?:\\.\\d{3})+(?!\\d)|\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d{1,3}(?:'\\d{3})+(?!\\d)"
                + "|\\d{1,3}(?:" + SPACE + "\\d{3})+(?![\\d])";
        this.integer = "(?:" + grouped + "|\\d+)";
        String leading = style.decimal() == '.' ? "|\\.\\d+" : "";
        String own = style.thousands() == '.' || style.thousands() == ',' || style.thousands() == '\'' ? ""
                : "|\\d{1,3}(?:" + Pattern.quote(String.valueOf(style.thousands())) + "\\d{3})+(?![\\d])";
        this.amount = "(?:(?:" + grouped + own + "|\\d+)(?:[.,]\\d+)?" + leading + ")";
        this.signedAmount = Pattern.compile("(?<!\\d)(?:(?<!\\p{L})|(?<=\\d[x×]))([-\u2212\u2013](?=[\\d.]))?(" + amount + ")"); // "2x8": the side after the "x"
        this.moneyPrefix = Pattern.compile("(?<![\\p{L}\\d])(" + Currencies.SYMBOLS + "|" + Currencies.CODES + ")"
                + "[ \\u00A0]?(" + amount + ")(?![\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * Which character of a matched amount starts its fraction, or 0 for a whole number. The rule holds in every locale:
     * a mark followed by a group that is not three digits ("12.5", "3,1415", "1,234.50") is a decimal mark; with both
     * marks the last one is; a mark repeated ("1.000.000") groups thousands; a lone mark before exactly three digits is
     * the one ambiguous case, and the locale decides ("1.500" is 1500 in Spain, 1.5 nowhere; "1,500" the other way), except
     * after a lone zero ("0,125", "0.125"), which is always a fraction.
     */
    char decimalMark(String amount) {
        int lastDot = amount.lastIndexOf('.');
        int lastComma = amount.lastIndexOf(',');
        int lastQuote = amount.lastIndexOf('\'');
        int last = Math.max(lastDot, Math.max(lastComma, lastQuote));
        if (last < 0) {
            return 0;
        }
        char mark = amount.charAt(last);
        if (mark == '\'') {
            return 0;
        }
        if (amount.indexOf(mark) != last) {
            return 0; // repeated: grouping
        }
        if (Math.min(lastDot, lastComma) >= 0 || lastQuote >= 0) {
            return mark; // the other mark grouped the thousands before it
        }
        int tail = amount.length() - last - 1;
        if (tail == 3 && amount.endsWith("00") && last > 0 && amount.charAt(0) != '0' && style.decimal() == ',') {
            // "44,000 especies", "6,500 son endémicas", "2,500 años" in Spanish text, which mixes Spain's 1.000 and
            // Mexico's 1,000: a fraction ending in zeros is not written, so it is a thousands group. ("1,250" stays
            // for the locale to decide; English keeps "$2.000" as two dollars.)
            return 0;
        }
        if (tail != 3 || amount.substring(0, last).trim().equals("0") || last == 0) {
            return mark;
        }
        if (amount.substring(0, last).contains(" ") || amount.substring(0, last).contains("\u00A0")) {
            return mark; // "1 234,567": spaces grouped, so the mark is a decimal one
        }
        return mark == style.thousands() ? 0 : mark == style.decimal() ? mark : 0;
    }

    /** Integer digits of a matched amount, without separators ("" for ".5"). */
    String integerDigits(String amount) {
        char mark = decimalMark(amount);
        int dec = mark == 0 ? -1 : amount.lastIndexOf(mark);
        String whole = dec < 0 ? amount : amount.substring(0, dec);
        StringBuilder sb = new StringBuilder(whole.length());
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Fraction digits of a matched amount, or null when it has none. */
    String fractionDigits(String amount) {
        char mark = decimalMark(amount);
        return mark == 0 ? null : amount.substring(amount.lastIndexOf(mark) + 1);
    }
}
