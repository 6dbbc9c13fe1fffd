package io.locutor.text;

import static io.locutor.text.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Readings of issue 13's round five C, from the seen misses of the ninth Spanish and eighth English held-out batches
 * and earlier leftovers: identifying numbers printed in groups, apocopated ordinals, number-noun compounds, printed
 * codes in groups of four, route numbers, pence with decimals, units after "per", "Dr" as a title, "4K", "mar." as a
 * weekday, hectares. Each rule is also checked where it must not fire. Expected strings are exact.
 */
class RoundFiveCReadingsTest {
    @Test
    void digitGroupsAfterAnIdentifyingNumberAreDictated() {
        assertEquals("Su número de servicio es siete tres tres, cero uno nueve, dos ocho ocho, cuatro uno cero.",
                read("es-MX", "Su número de servicio es 733 019 288 410."));
        // A phone after "su número" stays a phone; "número 5" and a count keep their readings.
        assertEquals("Su número es seis cero cero, uno dos tres, cuatro cinco seis.", read("es-ES", "Su número es 600 123 456."));
        assertEquals("el número cinco de la lista", read("es-MX", "el número 5 de la lista"));
    }

    @Test
    void aCountAfterNumeroKeepsItsQuantityReading() {
        assertEquals("El número de asistentes es ciento cincuenta mil personas.", read("es-ES", "El número de asistentes es 150 000 personas."));
        assertEquals("Su número de empleados es ciento cincuenta mil.", read("es-ES", "Su número de empleados es 150 000."));
    }

    @Test
    void primeroAndTerceroLoseTheirOBeforeAMasculineNoun() {
        assertEquals("el tercer piso, el primer año, el decimotercer lugar", read("es-AR", "el 3.º piso, el 1º año, el 13.º lugar"));
        assertEquals("la tercera planta, tercero izquierda, el primero de junio, llévate el tercero al cincuenta por ciento, tercero B, "
                        + "quedó tercero en la carrera, el undécimo piso",
                read("es-ES", "la 3.ª planta, 3.º izq., el 1.º de junio, llévate el 3.º al 50 %, 3.º B, quedó 3.º en la carrera, el 11.º piso"));
    }

    @Test
    void aNumberNounCompoundIsSaidWithoutItsHyphen() {
        assertEquals("a ninety day supply and a thirty year mortgage", read("en-US", "a 90-day supply and a 30-year mortgage"));
        // Word compounds keep their hyphen; ranges and codes keep their readings.
        assertEquals("the thirty year-old car, Wi-Fi, COVID-nineteen, pages four to twelve, three to five days",
                read("en-US", "the 30-year-old car, Wi-Fi, COVID-19, pages 4-12, 3-5 days"));
        // A unit symbol in the compound is said as the unit, in the singular; a range of units keeps its plural.
        assertEquals("a ten kilogram bag, a fifteen minute walk, five to ten kilograms", read("en-US", "a 10-kg bag, a 15-min walk, 5-10 kg"));
        assertEquals("a ten kilometre run", read("en-GB", "a 10-km run"));
    }

    @Test
    void printedGroupsOfFourAreDictatedWithTheirShortLastGroup() {
        assertEquals("tracking number nine four zero five, five zero three six, nine nine three zero, zero two one two, four four seven eight, six one.",
                read("en-US", "tracking number 9405 5036 9930 0212 4478 61."));
        assertEquals("nine four zero five, five zero three six, nine nine three zero, zero two one two, four four seven eight, six one is on its way",
                read("en-US", "9405 5036 9930 0212 4478 61 is on its way"));
        // A short number with a counted word after it is no part of the code; two groups are no printed code.
        assertEquals("ref one two three four, five six seven eight, nine zero one two three items", read("en-US", "ref 1234 5678 9012 3 items"));
        assertEquals("call twelve thirty four five thousand six hundred and seventy eight", read("en-US", "call 1234 5678"));
    }

    @Test
    void aRouteNumberIsSaidInPairs() {
        assertEquals("via Highway one oh one North, Route sixty six, I ninety five, I four oh five, U S two eighty",
                read("en-US", "via Hwy 101 North, Route 66, I-95, I-405, US-280"));
        assertEquals("the U S one hundred times", read("en-US", "the US 100 times"));
    }

    @Test
    void penceWithADecimalAndAUnitAfterPer() {
        assertEquals("twenty four point five pence per kilowatt hour, one penny, fifty pence, one thousand and eighty p",
                read("en-GB", "24.5p per kWh, 1p, 50p, 1080p"));
        assertEquals("sold per kilogram, per person, five per cent", read("en-GB", "sold per kg, per person, 5 per cent"));
        assertEquals("quince céntimos por kilovatio hora", read("es-ES", "0,15 € por kWh"));
    }

    @Test
    void drIsATitleBeforeANameAndADriveAfterOne() {
        assertEquals("with Doctor Hughes at four Elm Drive, then Elm Drive.", read("en-GB", "with Dr Hughes at 4 Elm Dr, then Elm Dr."));
        assertEquals("Doctor Smith", read("en-GB", "Dr. Smith"));
    }

    @Test
    void aResolutionIsSaidByItsLetter() {
        assertEquals("a four K T V, filmed in four K, a four thousand dollars bonus, four thousand views",
                read("en-US", "a 4K TV, filmed in 4K, a $4K bonus, 4K views"));
    }

    @Test
    void marAfterTheArticleIsTuesday() {
        assertEquals("el martes diez de marzo, el diez de marzo.", read("es-ES", "el mar. 10 de marzo, el 10 de mar."));
    }

    @Test
    void haAfterANumberIsHectaresUnlessAVerbFollows() {
        assertEquals("veinticinco hectáreas de cultivo, una hectárea, en dos mil veinticuatro ha crecido, el equipo tres ha sido",
                read("es-ES", "25 ha de cultivo, 1 ha, en 2024 ha crecido, el equipo 3 ha sido"));
        assertEquals("twenty five hectares of land", read("en-GB", "25 ha of land"));
    }
}
