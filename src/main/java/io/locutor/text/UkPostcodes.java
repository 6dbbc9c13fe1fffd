package io.locutor.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK postcode ("SW1A 1AA", "M1 1AE", "LS1 4DY") is spelled character by character, as a caller hears it read
 * back: "S W one A, one A A"; a district of two digits is said as a number ("IP22 4LT": "I P twenty two four L T", as
 * the district is named). The shape is Royal Mail's: an outward code of one or two letters, a digit and perhaps a
 * letter or digit, a space, then a digit and two letters. English text only.
 */
final class UkPostcodes {
    private static final Pattern POSTCODE = Pattern.compile("(\\p{Lu}{1,2}\\d[\\p{Lu}\\d]?)[ \\u00A0](\\d\\p{Lu}{2})(?![\\p{L}\\d])");

    private UkPostcodes() {
    }

    /** Reads a postcode starting at {@code pos}; -1 when there is none. */
    static int read(ReadContext ctx, int pos) {
        if (pos > 0 && Character.isLetterOrDigit(ctx.text.charAt(pos - 1))) {
            return -1;
        }
        Matcher m = ctx.at(POSTCODE, pos);
        if (!m.lookingAt()) {
            return -1;
        }
        String outward = m.group(1);
        int digits = outward.length() - 2;
        if (TokenScanner.isDigit(outward.charAt(digits)) && TokenScanner.isDigit(outward.charAt(digits + 1)) && outward.charAt(digits) != '0') {
            // "IP22 4LT", "LS10 1AB" (round eight): a district of two digits is said as a number, "I P twenty two".
            ctx.append(spelled(ctx, outward.substring(0, digits))).append(' ').append(ctx.speller.cardinal(outward.substring(digits), Gender.NEUTRAL));
        } else {
            ctx.append(spelled(ctx, outward));
        }
        ctx.append(' ').append(spelled(ctx, m.group(2)));
        return m.end();
    }

    private static String spelled(ReadContext ctx, String code) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            char c = code.charAt(i);
            sb.append(TokenScanner.isDigit(c) ? ctx.speller.digit(c - '0') : String.valueOf(c));
        }
        return sb.toString();
    }
}
