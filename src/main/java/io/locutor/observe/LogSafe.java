package io.locutor.observe;

/**
 * The one place a caller-supplied value is made safe for a log line: CR, LF, tabs and every other control or
 * line-separating character is written as a visible escape ({@code \n}, {@code \r}, {@code \t}, {@code \u2028}), so
 * no value can forge a log line or hide in a terminal; lone surrogates are escaped too, and long values are cut to a
 * bounded length with a note of how much was left out.
 */
public final class LogSafe {

    /** Longest value written as is; the rest is summarized as "…(+N chars)". */
    public static final int MAX_LENGTH = 200;

    private LogSafe() {
    }

    /** {@code v} as one safe, bounded log token; {@code null} (no value) is {@code "-"}, as in access logs. */
    public static String value(Object v) {
        if (v == null) {
            return "-";
        }
        String s = v.toString();
        if (plain(s)) {
            return s; // the usual case (a door, a voice id, a request id): nothing to escape, nothing to copy
        }
        int end = Math.min(s.length(), MAX_LENGTH);
        if (end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        StringBuilder out = new StringBuilder(end + 16);
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1));
                    boolean pairedLow = Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085'
                            || Character.getType(c) == Character.FORMAT && c != '\u200d'
                            || (Character.isSurrogate(c) && !pairedHigh && !pairedLow)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (end < s.length()) {
            out.append("…(+").append(s.length() - end).append(" chars)");
        }
        return out.toString();
    }

    /** Short printable ASCII without a backslash: written as is. */
    private static boolean plain(String s) {
        if (s.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~' || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
