package io.locutor.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reference and order numbers are codes, not quantities: "#12345", "nº 12345", "n.º 12345", "No. 12345" become
 * "número …"/"number …", and after words like "pedido", "factura", "order" the digits are read as a code too.
 * How the digits are read is the configured {@link ReferenceReading}.
 */
final class ReferenceReader implements TokenReader {
    private static final String CODE = "(\\d{1,30}(?:[-/]\\d{1,30}){0,4})(?![\\d\\p{L}]|[.,]\\d)";
    private static final Pattern MARKED = Pattern.compile("(?:#|[nN]\\.?[ \\u00A0]?[º°]\\.?|[nN]úm\\.|[nN]ro\\.|No\\.)"
            + "[ \\u00A0]?" + CODE);
    private static final Pattern ES_KEYWORD = Pattern.compile("(pedido|referencia|ref\\.|expediente|factura|contrato|ticket|incidencia|localizador|"
            + "reserva|póliza|albarán|envío|seguimiento|cliente|abonado|socio|caso|solicitud)"
            + "((?:[ \\u00A0]+(?:número|nº|n\\.º|no\\.|#))?[ \\u00A0]*:?[ \\u00A0]*)" + CODE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern EN_KEYWORD = Pattern.compile("(order|reference|ref\\.|ticket|invoice|account|case|confirmation|booking|"
            + "policy|tracking|customer|claim|contract|reservation)"
            + "((?:[ \\u00A0]+(?:number|no\\.|#))?[ \\u00A0]*:?[ \\u00A0]*)" + CODE, Pattern.CASE_INSENSITIVE);

    @Override
    public int read(ReadContext ctx, int pos) {
        Matcher m = ctx.at(MARKED, pos);
        if (m.lookingAt()) {
            ctx.append(ctx.es() ? "número " : "number ").append(code(ctx, m.group(1)));
            return m.end();
        }
        m = ctx.at(ctx.es() ? ES_KEYWORD : EN_KEYWORD, pos);
        if (m.lookingAt()) {
            String marker = m.group(2).trim();
            ctx.append(m.group(1));
            if (marker.startsWith(":")) {
                ctx.append(": ");
            } else if (!marker.isEmpty()) {
                ctx.append(ctx.es() ? " número " : " number ");
            } else {
                ctx.append(" ");
            }
            ctx.append(code(ctx, m.group(3)));
            return m.end();
        }
        return -1;
    }

    /** Groups separated by "-" or "/" are read one after another with a pause. */
    private static String code(ReadContext ctx, String written) {
        StringBuilder sb = new StringBuilder();
        for (String group : written.split("[-/]")) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(group(ctx, group));
        }
        return sb.toString();
    }

    static String group(ReadContext ctx, String digits) {
        NumberSpeller sp = ctx.speller;
        if (digits.length() <= 2 && digits.charAt(0) != '0') {
            return sp.cardinal(digits, Gender.NEUTRAL);
        }
        switch (ctx.referenceReading) {
            case DIGITS:
                return sp.digits(digits);
            case PAIRS:
                return pairs(sp, digits);
            case GROUPED:
            default:
                if (digits.charAt(0) == '0') {
                    return sp.digits(digits);
                }
                return sp.cardinal(digits.substring(0, 2), Gender.NEUTRAL) + " " + sp.digits(digits.substring(2));
        }
    }

    private static String pairs(NumberSpeller sp, String digits) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 2) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            String pair = digits.substring(i, Math.min(i + 2, digits.length()));
            sb.append(pair.charAt(0) == '0' ? sp.digits(pair) : sp.cardinal(pair, Gender.NEUTRAL));
        }
        return sb.toString();
    }
}
