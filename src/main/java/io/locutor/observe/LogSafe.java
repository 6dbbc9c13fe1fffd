package io.locutor.observe;

/**
 * Makes a caller-supplied value safe to put in a log line: CR, LF, tabs and other control characters are escaped
 * (so a value can neither forge a second line nor break a parser), and the result is bounded in length.
 */
public final class LogSafe {

    /** Longest value written, in characters, before it is cut and marked with an ellipsis. */
    static final int MAX_LENGTH = 200;

    private LogSafe() {
    }

    /** The value as one bounded, escaped line; {@code "-"} for null. */
    public static String value(Object value) {
        if (value == null) {
            return "-";
        }
        String text = String.valueOf(value);
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 8);
        for (int i = 0; i < text.length(); i++) {
            if (out.length() >= MAX_LENGTH) {
                return out.append('…').toString();
            }
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
