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
        String t = Pattern.quote(String.valueOf(style.thousands()));
        String d = Pattern.quote(String.valueOf(style.decimal()));
        String grouped = "\\d{1,3}(?:" + t + "\\d{3})+(?!\\d)|\\d{1,3}(?:" + SPACE + "\\d{3})+(?![\\d])";
        this.integer = "(?:" + grouped + "|\\d+)";
        String leading = style.decimal() == '.' ? "|\\.\\d+" : "";
        this.amount = "(?:" + integer + "(?:" + d + "\\d+)?" + leading + ")";
        this.signedAmount = Pattern.compile("(?<![\\p{L}\\d])([-\u2212](?=[\\d.]))?(" + amount + ")");
        this.moneyPrefix = Pattern.compile("(?<![\\p{L}\\d])(" + Currencies.SYMBOLS + "|" + Currencies.CODES + ")"
                + "[ \\u00A0]?(" + amount + ")(?![\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Integer digits of a matched amount, without separators ("" for ".5"). */
    String integerDigits(String amount) {
        int dec = amount.indexOf(style.decimal());
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
        int dec = amount.indexOf(style.decimal());
        return dec < 0 ? null : amount.substring(dec + 1);
    }
}
