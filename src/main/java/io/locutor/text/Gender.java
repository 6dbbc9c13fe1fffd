package io.locutor.text;

/** Spanish agreement of a number with what it counts; English ignores it. */
enum Gender {
    /** Counting or a bare number: "uno", "veintiuno". */
    NEUTRAL,
    /** Before a masculine noun: "un euro", "veintiún días". */
    MASCULINE,
    /** Before a feminine noun: "una libra", "veintiuna horas". */
    FEMININE
}
