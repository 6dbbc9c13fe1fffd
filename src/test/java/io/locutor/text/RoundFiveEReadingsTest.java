package io.locutor.text;

import static io.locutor.text.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Readings of issue 13's round five E, from the seen misses of the eleventh Spanish and tenth English held-out batches,
 * fixed by class: English abbreviations before and after numbers and names, electrical units and short durations after a
 * number, ranges before a unit, both ends of a Spanish time range alike, fault codes, Argentine plates, a decimal
 * multiplier and a fraction in a compound adjective. Each rule is also checked where it must not fire. Expected strings
 * are exact.
 */
class RoundFiveEReadingsTest {
    @Test
    void englishAbbreviationsAroundNumbersAndNames() {
        assertEquals("regular fifty dollars, including tax, six inches of snow, five years, three months, two weeks, thirty seconds",
                read("en-US", "reg. $50, incl. tax, 6 in. of snow, 5 yrs, 3 mos, 2 wks, 30 secs"));
        assertEquals("licence number four four one eight, two two nine zero, three seven one six", read("en-GB", "licence no. 4418 2290 3716"));
        assertEquals("You left Saint Mary's Hospital at eighty nine Eccleston Square, London", read("en-GB", "You left St Mary's Hospital at 89 Eccleston Sq., London"));
        assertEquals("Established nineteen eighty seven, estimated arrival", read("en-US", "Est. 1987, est. arrival"));
        // "no." not before a number, "in" without its dot or not after a number, "St" after a street name: left alone.
        assertEquals("Say no. Then log in. Call twelve Elm Street today.", read("en-US", "Say no. Then log in. Call 12 Elm St today."));
    }

    @Test
    void electricalUnitsAfterANumber() {
        assertEquals("twelve volts and seven amp hours, a five thousand milliamp hour pack", read("en-US", "12 V and 7 Ah, a 5000 mAh pack"));
        assertEquals("a two hundred and forty volt outlet", read("en-US", "a 240V outlet"));
        assertEquals("una pila de doce voltios y siete amperios hora", read("es-MX", "una pila de 12 V y 7 Ah"));
        // Not after "a" before a noun, or before "of": the plural stays; a percentage keeps its reading.
        assertEquals("the twenty kilograms bag, a five kilograms of flour, a ten percent discount", read("en-US", "the 20 kg bag, a 5 kg of flour, a 10% discount"));
    }

    @Test
    void aRangeBeforeAUnitIsNoCode() {
        assertEquals("your order is eight to twelve minutes away, your case is three to five days from closing",
                read("en-US", "your order is 8-12 min away, your case is 3-5 days from closing"));
        // A code after "order" keeps its digits.
        assertEquals("Your order is four four one eight, two two.", read("en-US", "Your order is 4418-22."));
    }

    @Test
    void spanishTimeRangesKeepBothEndsAlike() {
        assertEquals("entre nueve y once de la mañana, entre las nueve y las once de la mañana.", read("es-MX", "entre 9 y 11 a. m., entre las 9 y las 11 a. m."));
        assertEquals("entre las veintiuna y las veintidós horas", read("es-ES", "entre las 21 y las 22 h"));
        // A masculine article keeps the masculine number.
        assertEquals("los veintiuno", read("es-ES", "los 21"));
    }

    @Test
    void faultCodesAndArgentinePlates() {
        assertEquals("error E two zero four, el aire marca E uno dos", read("en-US", "error E-204") + ", " + read("es-MX", "el aire marca E-12"));
        assertEquals("patente A B uno dos tres C D y patente A B C uno dos tres", read("es-AR", "patente AB 123 CD y patente ABC 123"));
        // Without a fault word a model name keeps its reading; a patent's number stays a number.
        assertEquals("The F-one hundred and fifty is here.", read("en-US", "The F-150 is here."));
        assertEquals("la patente US cinco mil ciento veintitrés", read("es-AR", "la patente US 5123"));
    }

    @Test
    void aDecimalMultiplierAndACompoundFraction() {
        assertEquals("paid at one point five times, a three quarter inch gas line", read("en-GB", "paid at 1.5x, a 3/4-inch gas line"));
        // Version families keep the letter.
        assertEquals("Versions two point x and zero point nine x.", read("en-US", "Versions 2.x and 0.9x."));
    }
}
