package io.locutor.text;

/**
 * How reference and order numbers ({@code #12345}, {@code pedido 12345}, {@code nº 12345}) are read.
 * They are codes, not quantities, so they are never read as one big number.
 */
public enum ReferenceReading {
    /**
     * Default, one rule per length (round eight): codes of one or two digits are read as a plain number, three as a
     * number too ({@code n.º 214} → "doscientos catorce", English in pairs: {@code #214} → "two fourteen"), four digit by
     * digit ({@code n.º 2417} → "dos cuatro uno siete"); five keep the first two digits together as one number and the
     * rest one digit at a time ({@code 12345} → "doce tres cuatro cinco", the seed example). A code starting with
     * {@code 0} or, of five, with a round ten ({@code 20931}: "veinte nueve" would be heard as 29) is read digit by
     * digit, and so is a code of six digits or more ({@code n.º 640291}) or one with letters ({@code INC-36271}),
     * something the caller writes down.
     */
    GROUPED,
    /** Every digit on its own: {@code 12345} → "uno dos tres cuatro cinco". */
    DIGITS,
    /**
     * Pairs from the left, an odd last digit alone; a pair starting with zero is read "cero N":
     * {@code 12345} → "doce treinta y cuatro cinco", {@code 1205} → "doce cero cinco".
     */
    PAIRS
}
