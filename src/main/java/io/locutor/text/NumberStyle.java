package io.locutor.text;

/**
 * The separators a region writes numbers with: {@code thousands} groups digits, {@code decimal} starts the
 * fraction. Spain writes {@code 1.500,50}, Mexico and English {@code 1,500.50}.
 */
public record NumberStyle(char thousands, char decimal) {
    /** {@code 1.500,50}: the default for Spanish. */
    public static final NumberStyle DOT_THOUSANDS = new NumberStyle('.', ',');
    /** {@code 1,500.50}: the default for English, and what e.g. es-MX uses. */
    public static final NumberStyle COMMA_THOUSANDS = new NumberStyle(',', '.');

    public NumberStyle {
        if (thousands == decimal) {
            throw new IllegalArgumentException("thousands and decimal separators must differ, both are '" + thousands + "'");
        }
        if (!isSeparator(thousands) || !isSeparator(decimal)) {
            throw new IllegalArgumentException("separators must be one of . , ' or space, got '" + thousands + "' and '" + decimal + "'");
        }
    }

    private static boolean isSeparator(char c) {
        return c == '.' || c == ',' || c == '\'' || c == ' ' || c == '\u00A0' || c == '\u202F';
    }
}
