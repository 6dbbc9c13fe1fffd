package io.locutor.text;

import static io.locutor.text.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Readings of issue 13's round five F, from the seen misses of the twelfth Spanish and eleventh English held-out batches,
 * fixed by class: shouted runs of capitals, a price word's dot before a code, a car's registration, dotless month
 * abbreviations, Spanish postal codes after their plural cue, "cada millón" and the small hours on the 24-hour dial. Each rule is also checked where it must
 * not fire. Expected strings are exact.
 */
class RoundFiveFReadingsTest {
    @Test
    void wordShapedCapitalsInAShoutedRunAreWords() {
        assertEquals("HIGH WIND WATCH: stay indoors tonight.", read("en-US", "HIGH WIND WATCH: stay indoors tonight."));
        assertEquals("BOIL WATER NOTICE for Oak Park residents.", read("en-US", "BOIL WATER NOTICE for Oak Park residents."));
        // Known initialisms stay spelt, and do not make their neighbours words; a lone capital word is still spelt.
        assertEquals("Bring your I D to the F B I T I P desk; U S P S S H I P rates apply.",
                read("en-US", "Bring your ID to the FBI TIP desk; USPS SHIP rates apply."));
        assertEquals("Call the I R S and the D M V now.", read("en-US", "Call the IRS and the DMV now."));
        assertEquals("ALERTA DE TSUNAMI para la costa: suba a zonas altas.", read("es-US", "ALERTA DE TSUNAMI para la costa: suba a zonas altas."));
    }

    @Test
    void aPriceWordsDotBeforeACodeEndsNoSentence() {
        assertEquals("Family tickets for ninety six pounds including V A T, or eighty pounds excluding V A T, estimated E T A noon.",
                read("en-GB", "Family tickets for £96 incl. VAT, or £80 excl. VAT, est. ETA noon."));
        // Before a capitalised word that is no code, the dot still ends the sentence.
        assertEquals("Price is forty pounds including. Delivery is free.", read("en-GB", "Price is £40 incl. Delivery is free."));
    }

    @Test
    void regBeforeAPlateIsTheRegistration() {
        assertEquals("Your courtesy car (registration B D nineteen K L M) is ready; was thirty pounds (regular forty five pounds).",
                read("en-GB", "Your courtesy car (reg. BD19 KLM) is ready; was £30 (reg. £45)."));
    }

    @Test
    void dotlessMonthAbbreviationsInARangeOrAfterAPreposition() {
        assertEquals("Ferries run from April to October, and the cafe shuts in February; talk to Jan at reception.",
                read("en-GB", "Ferries run from Apr to Oct, and the cafe shuts in Feb; talk to Jan at reception."));
        // Before a day number the date rules read it.
        assertEquals("Tours run June to August, closed from December twenty fourth to January second.",
                read("en-US", "Tours run Jun-Aug, closed from Dec. 24 to Jan. 2."));
    }

    @Test
    void spanishPostalCodesAndCadaMillon() {
        assertEquals("Evacuación obligatoria para los códigos postales nueve tres cero cero uno y nueve tres cero cero tres; precio de noventa y tres mil un pesos.",
                read("es-US", "Evacuación obligatoria para los códigos postales 93001 y 93003; precio de 93001 pesos."));
        assertEquals("Te prestamos hasta tres millones de pesos y pagas ocho mil doscientos pesos por cada millón de pesos; cuesta un millón de pesos.",
                read("es-MX", "Te prestamos hasta $3,000,000 y pagas $8,200 por cada $1,000,000; cuesta $1,000,000."));
    }

    @Test
    void smallHoursOnThe24HourDialInA12HourLocale() {
        assertEquals("registrado a las tres y catorce de la mañana; a las tres y catorce; a las nueve y media",
                read("es-MX", "registrado a las 03:14; a las 3:14; a las 09:30"));
        // es-ES reads the 24-hour dial as written.
        assertEquals("registrado a las tres catorce", read("es-ES", "registrado a las 03:14"));
    }
}
