package io.locutor.text;

import static io.locutor.text.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Money: "and" between dollars and cents, pounds and pence, pence with decimals and a unit after "per".
 * Each rule is also checked where it must not fire. Expected strings are exact.
 */
class MoneyReadingsTest {
    @Test
    void theDotOfAShortenedRateInsideASentenceIsNotSaid() {
        // Round eight D: "/mo." inside a sentence is an abbreviation; before a capital or at the end it may close the sentence.
        assertEquals("the plan (nine dollars and ninety nine cents per month). Then twenty dollars per year, after. Pay five dollars per month.",
                read("en-US", "the plan ($9.99/mo.). Then $20/yr., after. Pay $5/mo."));
        assertEquals("five dollars per month. Call us", read("en-US", "$5/mo. Call us"));
    }

    @Test
    void penceWithADecimalAndAUnitAfterPer() {
        assertEquals("twenty four point five pence per kilowatt hour, one penny, fifty pence, one thousand and eighty p",
                read("en-GB", "24.5p per kWh, 1p, 50p, 1080p"));
        assertEquals("sold per kilogram, per person, five per cent", read("en-GB", "sold per kg, per person, 5 per cent"));
        assertEquals("quince céntimos por kilovatio hora", read("es-ES", "0,15 € por kWh"));
    }

    @Test
    void dollarsAndCentsAreJoinedByAnd() {
        assertEquals("a balance of three hundred and seven dollars and nine cents", read("en-US", "a balance of $307.09"));
        assertEquals("twelve pounds and five pence", read("en-GB", "£12.05"));
        // Whole amounts and cents alone keep their readings.
        assertEquals("pay twelve dollars today, or ninety cents", read("en-US", "pay $12 today, or $0.90"));
    }

    @Test
    void theArgentineDollarSign() {
        assertEquals("desde ochocientos noventa dólares estadounidenses por persona", read("es-AR", "desde U$S 890 por persona"));
        assertEquals("mil quinientos dólares estadounidenses", read("es-AR", "u$s 1.500"));
        // the peso keeps the bare sign
        assertEquals("mil quinientos pesos", read("es-AR", "$ 1.500"));
    }

    @Test
    void britishPricesPerPerson() {
        // Round seven A: "pp" and "pppn" after a price; any other letters stay as written.
        assertEquals("From five hundred and forty nine pounds per person or eighty nine pounds per person per night, and twelve pounds pps.",
                read("en-GB", "From £549pp or £89pppn, and £12 pps."));
    }

    @Test
    void roundSevenCAPricePerAUnitWrittenOut() {
        assertEquals("sixty two dollars and forty cents per gram and three dollars and ten cents per pound",
                read("en-US", "$62.40/gram and $3.10/lb"));
        // Round eight: any noun after a price's slash is what it is for, a unit's name or not.
        assertEquals("he paid five dollars per share and thirty dollars per acre", read("en-US", "he paid $5/share and $30/acre"));
    }

    @Test
    void roundSevenDAWageByTheHourAndSoManyForAnAmount() {
        assertEquals("a nueve euros con cincuenta céntimos la hora; dos por diez dólares", read("es-ES", "a 9,50 €/hora; 2 x $10"));
        assertEquals("twelve dollars per hour, three times ten dollars", read("en-US", "$12/hora, 3 x $10"));
        // Must not fire: the symbol "h" keeps "por hora"; a dimension keeps "por"; a letter "x" between words stays.
        assertEquals("ocho euros por hora, cuarenta por treinta centímetros, la talla x grande", read("es-ES", "8 €/h, 40 x 30 cm, la talla x grande"));
    }

    @Test
    void roundEightETheCentSignInSpanish() {
        // Round eight E: the cent sign glued to its amount is the centavo in Spanish text, agreeing as a masculine noun.
        assertEquals("monedas de veinticinco centavos, un centavo por segundo, veintiún centavos",
                read("es-US", "monedas de 25¢, 1¢ por segundo, 21¢"));
        assertEquals("twenty five cents", read("en-US", "25¢"));
        // Must not fire: the sign alone, away from a number, is left.
        assertEquals("el signo ¢", read("es-US", "el signo ¢"));
    }

    @Test
    void roundTwentySevenARangeUnderOneUnitIsSaidInCentsAtBothEnds() {
        assertEquals("pasa de doce a catorce céntimos por kilovatio hora, entre cuarenta y cincuenta y cinco céntimos",
                read("es-ES", "pasa de 0,12 a 0,14 €/kWh, entre 0,40 y 0,55 €"));
        // Must not fire: an end of one unit or more, a measure's range, no "de"/"entre" before the start.
        assertEquals("de cero coma ochenta a un euro con veinte céntimos, de cero coma doce a cero coma catorce kilogramos, "
                + "sube cero coma diez a sesenta céntimos", read("es-ES", "de 0,80 a 1,20 €, de 0,12 a 0,14 kg, sube 0,10 a 0,60 €"));
    }

    @Test
    void roundTwentyNineARateInPenceSaysItsUnit() {
        assertEquals("six pence per minute, nine pence per call", read("en-GB", "6p/min, 9p/call"));
        // Must not fire: pence alone, a video's resolution.
        assertEquals("It costs fifty pence and one thousand and eighty p video.", read("en-GB", "It costs 50p and 1080p video."));
    }

    @Test
    void roundThirtyABritishPriceWithPenceBeforeItsNounIsSaidAsItsTag() {
        assertEquals("a three pound twenty five booking fee", read("en-GB", "a £3.25 booking fee"));
        // Must not fire: pence under ten, pence alone, no noun after, another currency, a price that is no modifier.
        assertEquals("a three pounds and five pence fee, a fifty pence charge, a three pounds and twenty five pence or less, costs three"
                + " pounds and twenty five pence each", read("en-GB", "a £3.05 fee, a £0.50 charge, a £3.25 or less, costs £3.25 each"));
        assertEquals("a three dollars and twenty five cents fee", read("en-US", "a $3.25 fee"));
    }

    @Test
    void otherCurrencySignsAreReadFromIcu() {
        // Round forty-two: a sign the table lacks is read by ICU's name for its currency, the unit without the country.
        assertEquals("the full thirty two thousand pesos", read("en-US", "the full ₱32,000"));
        assertEquals("nine hundred and ninety nine rubles", read("en-US", "₽999"));
        assertEquals("los quinientos pesos", read("es-US", "los ₱500"));
        assertEquals("cinco mil liras", read("es-MX", "₺5,000"));
        // must not fire: the table's own signs keep their readings
        assertEquals("forty thousand rupees", read("en-US", "₹40,000"));
        assertEquals("three hundred won", read("en-US", "₩300"));
        assertEquals("fifty dollars", read("en-US", "$50"));
    }

    @Test
    void capitalsGluedToDigitsThatAreNoIsoCodeAreACodeNotMoney() {
        // "RS", "KR", "FR" glued to digits in capitals are a code's letters (a promo or booking code), not rupees, kronor
        // or francs: those abbreviations are money as they are written, with their small letters or a space.
        assertEquals("use code R S seven seven three four", read("en-US", "use code RS7734"));
        // must not fire: the written abbreviation, an ISO code in capitals, a code with a space before the amount
        assertEquals("forty thousand rupees", read("en-US", "Rs40,000"));
        assertEquals("forty thousand rupees", read("en-US", "Rs 40,000"));
        assertEquals("five hundred US dollars", read("en-US", "USD500"));
        assertEquals("five hundred rupees", read("en-US", "INR 500"));
    }

    @Test
    void spacedCapitalsThatAreACurrencysLettersBeforeACodesDigitsAreSpelt() {
        // Round fifty-two: two capitals that are no ISO code, a space and plain digits after "code" are a code, spelt and
        // dictated, not an amount in rupees or kroner.
        assertEquals("Use code K R five one nine zero at the till.", read("en-GB", "Use code KR 5190 at the till."));
        // Must not fire: the written abbreviation in mixed case, a thousands' comma or decimals, Spanish text.
        assertEquals("The ticket costs five hundred rupees, or five thousand two hundred and one rupees.",
                read("en-GB", "The ticket costs Rs 500, or Rs5201."));
        assertEquals("Pay forty five thousand rupees or one thousand two hundred rupees and fifty paise today.",
                read("en-GB", "Pay RS 45,000 or RS 1,200.50 today."));
        assertEquals("Pague cinco mil rupias hoy.", read("es-MX", "Pague RS 5000 hoy."));
    }
}
