package io.locutor.text;

import static io.locutor.text.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Readings of issue 13's round five D, from the seen misses of the tenth Spanish and ninth English held-out batches:
 * "and" between dollars and cents, an amount before its noun, "1,200+", codes printed in groups, the inch mark, "Pl.",
 * "1h30" as a length, "x2", weekdays after a time, capitalised English months and Spanish licence plates. Each rule
 * is also checked where it must not fire. Expected strings are exact.
 */
class RoundFiveDReadingsTest {
    @Test
    void dollarsAndCentsAreJoinedByAnd() {
        assertEquals("a balance of three hundred and seven dollars and nine cents", read("en-US", "a balance of $307.09"));
        assertEquals("twelve pounds and five pence", read("en-GB", "£12.05"));
        // Whole amounts and cents alone keep their readings.
        assertEquals("pay twelve dollars today, or ninety cents", read("en-US", "pay $12 today, or $0.90"));
    }

    @Test
    void anAmountBeforeItsNounIsSingular() {
        assertEquals("a twenty dollar deposit and an eighty pound refund", read("en-GB", "a $20 deposit and an £80 refund"));
        // Not after "a"/"an", with cents, or before a word that starts a phrase of its own: the plural stays.
        assertEquals("your twenty dollars payment", read("en-US", "your $20 payment"));
        assertEquals("a twenty dollars and ten cents charge", read("en-US", "a $20.10 charge"));
        assertEquals("a fifty dollars or more order", read("en-US", "a $50 or more order"));
        assertEquals("costs a one hundred dollars each", read("en-US", "costs a $100 each"));
    }

    @Test
    void aPlusAfterANumberIsSaid() {
        assertEquals("over five hundred plus stores, ages eighteen plus.", read("en-US", "over 500+ stores, ages 18+."));
        // Between numbers and in "C++" the readings stay; Spanish keeps its sign.
        assertEquals("two plus two, C plus plus", read("en-US", "2+2, C++"));
        assertEquals("más de quinientos+ tiendas", read("es-ES", "más de 500+ tiendas"));
    }

    @Test
    void aCodePrintedInGroupsIsDictatedWhole() {
        assertEquals("your locker code five one two, seven seven four expires", read("en-US", "your locker code 512 774 expires"));
        // A single group keeps its reading; a count after it is no part of the code.
        assertEquals("code one two three four and two items", read("en-US", "code 1234 and 2 items"));
        assertEquals("PIN four four one nine, two tries left", read("en-US", "PIN 4419, 2 tries left"));
    }

    @Test
    void theInchMarkIsSaidEveryTime() {
        assertEquals("a forty two inch screen, thirty inches wide and twenty inches tall", read("en-US", "a 42\" screen, 30\" wide and 20\" tall"));
        assertEquals("mide cuarenta pulgadas y cabe en un hueco de cuarenta y dos pulgadas.", read("es-MX", "mide 40\" y cabe en un hueco de 42\"."));
        // A quotation that ends after a number keeps its quote marks.
        assertEquals("el lema \"Hecho en dos mil veinte\" y nada más", read("es-ES", "el lema \"Hecho en 2020\" y nada más"));
    }

    @Test
    void placeAfterAStreetName() {
        assertEquals("fourteen Grove Place, Suite two", read("en-US", "14 Grove Pl., Suite 2"));
    }

    @Test
    void hoursAndMinutesGluedAreALength() {
        assertEquals("the class lasts one hour forty five and the drive takes two hours", read("en-GB", "the class lasts 1h45 and the drive takes 2h00"));
        assertEquals("el trayecto dura dos horas diez", read("es-ES", "el trayecto dura 2h10"));
        // After a clock word it is a time of day.
        assertEquals("opens at ten thirty", read("en-GB", "opens at 10h30"));
        assertEquals("abre a las diez y media", read("es-ES", "abre a las 10h30"));
    }

    @Test
    void xBeforeASmallNumberIsHowManyTimes() {
        assertEquals("the fee was charged times two", read("en-US", "the fee was charged x2"));
        assertEquals("el cargo se duplicó por tres", read("es-AR", "el cargo se duplicó x3"));
        // Codes and architectures keep their letters.
        assertEquals("a four by four truck, the X two model, a x eighty six chip", read("en-US", "a 4x4 truck, the X2 model, a x86 chip"));
    }

    @Test
    void aWeekdayAfterATimeIsSaidInFull() {
        assertEquals("from twenty hundred Friday to seven PM Sunday", read("en-GB", "from 20:00 Fri to 7 PM Sun"));
        // Without a time or a date before it, the word stays.
        assertEquals("the Sun sets early; Sat Nav; Route sixty six Sun Valley", read("en-US", "the Sun sets early; Sat Nav; Route 66 Sun Valley"));
    }

    @Test
    void englishMonthsAreCapitalised() {
        assertEquals("due on October ninth", read("en-US", "due on 10/9"));
        assertEquals("el nueve de octubre", read("es-ES", "el 9/10"));
    }

    @Test
    void aSpanishPlateIsSpelt() {
        assertEquals("el coche de matrícula uno dos tres cuatro B C D", read("es-ES", "el coche de matrícula 1234 BCD"));
        assertEquals("placa A B C uno dos tres D", read("es-MX", "placa ABC-123-D"));
        // A plate word without a plate after it changes nothing.
        assertEquals("la placa de Nazca mide cinco mil kilómetros", read("es-ES", "la placa de Nazca mide 5000 km"));
    }
}
