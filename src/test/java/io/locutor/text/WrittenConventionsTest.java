package io.locutor.text;

import static io.locutor.text.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Rules added from the second round on real sentences (issue 13): each is a written convention a user's next sentence
 * can use, checked here on sentences of our own (not the Proteno rows they were found on). Expected strings are exact.
 */
class WrittenConventionsTest {
    private static final TextNormalizer N = new TextNormalizer(NormalizerConfig.defaults());

    private static String es(String text) {
        return N.normalize(text, "es-ES", null);
    }

    private static String en(String text) {
        return N.normalize(text, "en-US", null);
    }

    @Test
    void aNumberAgreesOnlyWithANounNotWithAVerbOrConjunction() {
        assertEquals("En mil novecientos noventa y uno llegó la fibra.", es("En 1991 llegó la fibra."));
        assertEquals("en dos mil uno cuando abrimos", es("en 2001 cuando abrimos"));
        assertEquals("en mil novecientos ochenta y siete mientras tanto", es("en 1987 mientras tanto"));
        assertEquals("trescientas especies y doscientas series", es("300 especies y 200 series"));
        assertEquals("veintiún pies", es("21 pies"));
        assertEquals("de una a dos semanas", es("de 1-2 semanas")); // a range agrees with the noun after it
    }

    @Test
    void aTwentyFourHourTimeWithHorasIsReadTheFormalWay() {
        assertEquals("a las dieciocho cuarenta y cinco horas", es("a las 18:45 h"));
        assertEquals("a las quince treinta horas.", es("a las 15:30 horas."));
        assertEquals("Cerramos a las veinte horas. Gracias.", es("Cerramos a las 20:00 h. Gracias."));
        assertEquals("a las nueve y media", es("a las 9:30 h")); // on the 12-hour dial the everyday reading stays
        // Without "horas" a 24-hour time is still read as written, minutes straight after the hour.
        assertEquals("a las dieciocho cuarenta y cinco", es("a las 18:45"));
        assertEquals("las trece cero cinco", es("13:05"));
        assertEquals("a las cinco cincuenta y uno de la mañana", es("a las 5:51 de la mañana")); // round five: off the five-minute marks
    }

    @Test
    void chapterAndVerseOrADurationInBracketsIsNotAClock() {
        assertEquals("Lea Juan tres, dieciséis hoy.", es("Lea Juan 3:16 hoy."));
        assertEquals("la pista dura (cuatro, treinta y dos)", es("la pista dura (4:32)"));
        assertEquals("Llegamos las nueve y cinco", es("Llegamos 9:05")); // a capital that starts the sentence is no name
        assertEquals("el lunes las diez y media", es("el lunes 10:30"));
    }

    @Test
    void unitsAloneRatesPerWordAndDimensions() {
        assertEquals("el precio por metro cuadrado", es("el precio por m²"));
        assertEquals("tres centímetros por año", es("3 cm/año"));
        assertEquals("diez euros por centímetro cuadrado", es("10 €/cm²"));
        assertEquals("dos por ocho metros cuadrados", es("2x8 m2"));
        assertEquals("two by eight square meters", en("2x8 m2"));
    }

    @Test
    void versionsOperatorsAndSigns() {
        assertEquals("la versión diez punto seis", es("la v10.6"));
        assertEquals("version two point one", en("v2.1"));
        assertEquals("uno punto nueve punto nueve", es("1.9.9"));
        assertEquals("un millón doscientas mil personas", es("1.200.000 personas")); // thousands groups stay one number
        assertEquals("C más más once", es("C++11"));
        assertEquals("dos más tres igual a cinco", es("2+3=5"));
        assertEquals("two times eight", en("2*8"));
        assertEquals("la valencia más dos", es("la valencia +2"));
        assertEquals("cinco más menos uno", es("5 ± 1"));
    }

    @Test
    void citationsDatesAndSpansKeepWhatIsWritten() {
        assertEquals("García entre otros, dos mil cinco", es("García et al., 2005"));
        assertEquals("el ocho de agosto del dos mil siete", es("el 8 de agosto del 2007"));
        assertEquals("de cuatrocientos setenta y seis-mil cuatrocientos noventa y dos", es("de 476-1492"));
        assertEquals("five five five, one two three four", en("555-1234")); // seven-digit local numbers are US phones
        assertEquals("dos mil doscientos millones de dólares", es("$2.200 millones de dólares"));
        assertEquals("Teodosio trescientos noventa y cinco-", es("Teodosio -395-"));
        assertEquals("el número cinco punto dos", es("el nº 5.2"));
        assertEquals("véanse páginas once y doce", es("véanse págs.11 y 12"));
    }

    // Round three (issue 13): rules found on the Proteno tuning half and NeMo's English tuning rows, checked on sentences of our own.

    @Test
    void equalsIsSaidIgualAAlsoWhenGlued() {
        assertEquals("Si x igual a cuatro, entonces z igual a ocho.", es("Si x=4, entonces z=8."));
        assertEquals("cinco más dos igual a siete", es("5 + 2 = 7"));
        assertEquals("x equals four", en("x=4"));
    }

    @Test
    void commaJoinedNumbersAreAListWhereNoLocaleGroupsThem() {
        assertEquals("Los valores tres, siete, nueve y doce.", es("Los valores 3,7,9 y 12."));
        assertEquals("Véanse las páginas doce, cuarenta y cinco, doscientos treinta del manual.", es("Véanse las págs. 12,45,230 del manual."));
        assertEquals("uno coma dos cinco cero kilogramos", es("1,250 kg")); // one comma, three digits: the locale decides
        assertEquals("Más de dos mil quinientos clientes", es("Más de 2,500 clientes")); // a fraction is not written with trailing zeros
    }

    @Test
    void standardsAreSaidAsNumbersWithTheirYear() {
        assertEquals("Certificados ISO nueve mil uno dos mil quince e ISO IEC veintisiete mil uno.", es("Certificados ISO 9001:2015 e ISO/IEC 27001."));
        assertEquals("la norma UNE EN mil ciento setenta y seis", es("la norma UNE-EN 1176"));
    }

    @Test
    void roundElevenAStandardsLettersHyphenedToASerialAreACode() {
        // Six digits or more after the hyphen (no standard is numbered so), or five after a code's word: spelt and dictated.
        assertEquals("Retirala con el código E N cinco cinco ocho dos cero cuatro hasta", es("Retirala con el código EN-558204 hasta"));
        assertEquals("la E N cinco cinco ocho dos cero cuatro; clave E N cuatro cero nueve uno siete",
                es("la EN-558204; clave EN-40917"));
        // Must not fire: a standard's five digits after "norma" or in running text, four digits, a space before the number.
        assertEquals("la norma UNE treinta y seis mil diez; certificación ISO catorce mil uno; ISO ocho mil ochocientos cincuenta y nueve uno",
                es("la norma UNE-36010; certificación ISO-14001; ISO-8859-1"));
        assertEquals("la norma EN ciento veinticinco mil", es("la norma EN 125000"));
    }

    @Test
    void modelNamesVersionWildcardsAndTheArticleOfADottedTime() {
        assertEquals("El modelo A trescientos veinte y el B dos.", es("El modelo A320 y el B2."));
        assertEquals("versiones dos punto equis y cero punto nueve equis", es("versiones 2.x y 0.9x"));
        assertEquals("a la una y media y anterior a la tres punto cincuenta", es("a la 1.30 y anterior a la 3.50"));
        assertEquals("en la plaza de Colón", es("en la pl. de Colón"));
        assertEquals("Bot. Pl.uno:veintidós", es("Bot. Pl.1:22")); // glued to a number "Pl." is a citation, not a square
    }

    @Test
    void usAddressesAreReadAsADriverSaysThem() {
        assertEquals("Deliver to seven forty two Evergreen Terrace, Springfield, Illinois six two seven zero four.",
                en("Deliver to 742 Evergreen Ter, Springfield, IL 62704."));
        assertEquals("We ship from twelve hundred Harbor Boulevard, Miami, Florida, three three one zero one.",
                en("We ship from 1200 Harbor Blvd, Miami, FL, 33101."));
        // Round thirty-one B: after a city and its state written in full the ZIP (and its four more) is dictated too.
        assertEquals("Dallas, Texas seven five two zero five; Columbus, Ohio four three two one five zero nine three one; New York,"
                + " New York one zero zero zero one", en("Dallas, Texas 75205; Columbus, Ohio 43215-0931; New York, New York 10001"));
        // Must not fire: no city before the state, a year, a decimal.
        assertEquals("Texas twelve thousand homes; Dallas, Texas twenty twenty six; Austin, Texas seventy eight thousand seven hundred"
                + " and one point five", en("Texas 12000 homes; Dallas, Texas 2026; Austin, Texas 78701.5"));
        assertEquals("Send it to Washington, D C.", en("Send it to Washington, DC."));
        assertEquals("Call Doctor Smith tomorrow.", en("Call Dr Smith tomorrow.")); // a title before a name, not a street type (said since round five C)
        assertEquals("We have one thousand two hundred people.", en("We have 1,200 people."));
    }

    @Test
    void aLoneGreekLetterIsSaidByNameAndVersesAfterAChapterAreAList() {
        assertEquals("los receptores beta-adrenérgicos y el factor alfa", es("los receptores β-adrenérgicos y el factor α"));
        assertEquals("el área es pi por r", es("el área es π por r"));
        assertEquals("la palabra λόγος", es("la palabra λόγος")); // Greek words are left to the voice
        assertEquals("a beta test", en("a β test"));
        assertEquals("Juan tres:dieciséis, diecisiete", es("Juan 3:16,17"));
    }

    @Test
    void retirementPlansAndTaxCodeSectionsAreNamedInPairs() {
        assertEquals("Enroll in our four oh one k today.", en("Enroll in our 401(k) today."));
        assertEquals("a four oh three b plan and a five oh one c three charity", en("a 403b plan and a 501(c)(3) charity"));
        assertEquals("ten thousand views", en("10k views")); // a count suffix elsewhere
    }

    @Test
    void aHyphenBetweenSmallNumbersBeforeWhatTheyCountIsARange() {
        assertEquals("La entrega tarda diez a quince días hábiles.", es("La entrega tarda 10-15 días hábiles."));
        assertEquals("del dos por ciento a diez por ciento", es("del 2%-10%"));
        assertEquals("Shipping takes three to five business days.", en("Shipping takes 3-5 business days."));
        assertEquals("We'll call you back in fifteen to twenty minutes.", en("We'll call you back in 15-20 min."));
        assertEquals("I S B N nine hundred and seventy eight-zero", en("ISBN 978-0")); // a code, not a range
    }

    @Test
    void roundTheClockHalvesCenturiesAndACodeAfterTheAmount() {
        assertEquals("Atención veinticuatro siete.", es("Atención 24/7."));
        assertEquals("Cerramos el veinticuatro de julio.", es("Cerramos el 24/7.")); // after "el" it is a date
        assertEquals("Añada medio kilogramo de harina, media taza de leche y tres cuartos de litro de agua.",
                es("Añada ½ kg de harina, ½ taza de leche y ¾ l de agua."));
        assertEquals("Add half a pound of butter.", en("Add ½ lb of butter."));
        assertEquals("Desde el siglo veintiuno", es("Desde el s. XXI"));
        assertEquals("mil doscientos pesos o cincuenta dólares estadounidenses", N.normalize("$1,200.00 MXN o $50 USD", "es-MX", null));
        assertEquals("mil doscientos pesos mexicanos", es("$1,200.00 MXN"));
        assertEquals("fifty dollars or twenty Canadian dollars", en("$50 USD or $20 CAD"));
    }

    @Test
    void aStreetDirectionIsNotAUnitAndADayAfterAMeridiemIsNotANewSentence() {
        assertEquals("Visit us at two hundred West Main Street, Suite three hundred.", en("Visit us at 200 W. Main St., Suite 300."));
        assertEquals("It uses two hundred watts.", en("It uses 200 W.")); // a unit where no street follows
        assertEquals("The storm is expected at three AM Tuesday.", en("The storm is expected at 3 a.m. Tuesday."));
        assertEquals("We close at nine PM. Thanks.", en("We close at 9 p.m. Thanks."));
    }

    @Test
    void aCompassLetterBeforeAStreetNameWithNoTypeIsTheAddresssDirection() {
        // Round nineteen B: after "at"/"to"/"on"/"from", a house number, a compass letter and a capitalised name that ends
        // at punctuation or before a lower-case word are an address: the number in pairs, the letter "North"…
        assertEquals("Classes meet at forty four ten North Broadway, Suite three B.", en("Classes meet at 4410 N. Broadway, Suite 3B."));
        assertEquals("We moved to eighteen fifty West Lake Forest.", en("We moved to 1850 W Lake Forest."));
        assertEquals("Pick up at ninety five East Main before noon.", en("Pick up at 95 E. Main before noon."));
        // Must not fire: no cue word, a lower-case word after the letter, a letter after its dot, a new sentence after a
        // unit, a count.
        assertEquals("Route sixty six N. of town is closed.", en("Route 66 N. of town is closed."));
        assertEquals("See page twelve NB for details.", en("See page 12 N. B. for details."));
        assertEquals("The lamp runs at sixty watts. Then it dims.", en("The lamp runs at 60 W. Then it dims."));
        assertEquals("We shipped four thousand four hundred and ten N. Broadway posters.", en("We shipped 4410 N. Broadway posters."));
    }

    @Test
    void roundSeventyFiveLAFreewaysHouseNumberInPairsAndFiveDigitHouseNumbers() {
        assertEquals("Meet us at forty eight hundred Katy Freeway.", en("Meet us at 4800 Katy Freeway."));
        assertEquals("Pick up at thirty one two fifty Gratiot Avenue, Roseville.", en("Pick up at 31250 Gratiot Ave., Roseville."));
        assertEquals("Visit ten oh fifty Main Street today.", en("Visit 10050 Main St. today."));
        // Must not fire: a round thousand, a five-digit count.
        assertEquals("Visit twenty two thousand Main Street today.", en("Visit 22000 Main St. today."));
        assertEquals("We moved twenty seven thousand one hundred boxes.", en("We moved 27100 boxes."));
    }

    @Test
    void aVisitVerbsByIsAnAddressCueBeforeACompassLetterAndAName() {
        // Round sixty-three A: "stop by", "drop by" name a place as "at" does (was "three thousand one hundred and fifty S.").
        assertEquals("Please stop by thirty one fifty South Halsted for a fitting.", en("Please stop by 3150 S. Halsted for a fitting."));
        assertEquals("Swing by twelve oh eight East Colfax, open late.", en("Swing by 1208 E. Colfax, open late."));
        // Must not fire: "by" after any other verb, a letter with no number before it, a letter and a person's name.
        assertEquals("Sales grew by fifteen hundred N. Smith said so.",
                en("Sales grew by 1500 N. Smith said so."));
        assertEquals("Read Section N. Please call.", en("Read Section N. Please call."));
        assertEquals("Ask about Plan S. Jones will call.", en("Ask about Plan S. Jones will call."));
    }

    @Test
    void addressesCodesAndKeypadShortcutsInSpanishScripts() {
        assertEquals("Nuestra oficina está en Paseo de la Castellana noventa y cinco, dos ocho cero cuatro seis Madrid.",
                es("Nuestra oficina está en Pº de la Castellana 95, 28046 Madrid."));
        assertEquals("Estamos en avenida Insurgentes Sur mil seiscientos dos, colonia Roma, código postal cero seis siete cero cero.",
                N.normalize("Estamos en Av. Insurgentes Sur 1602, Col. Roma, C.P. 06700.", "es-MX", null));
        assertEquals("Marca asterisco seis uno uno desde tu celular.", N.normalize("Marca *611 desde tu celular.", "es-MX", null));
        // Round forty: five digits after "el" in a sentence that named a postal code are that code. Must not fire: no such
        // noun in the sentence, or the code already given.
        assertEquals("Diga su código postal, por ejemplo el cuatro uno cero uno tres.", es("Diga su código postal, por ejemplo el 41013."));
        assertEquals("Diga su código postal. El quince mil ganador; su código postal es dos ocho cero cuatro cinco y el quince mil es el premio.",
                es("Diga su código postal. El 15000 ganador; su código postal es 28045 y el 15000 es el premio."));
        assertEquals("Dial star two two eight pound.", en("Dial *228#."));
        // a lettered code is written down: digit by digit (Spanish reference convention, round four B)
        assertEquals("Su expediente es el B dos tres cuatro cinco uno.", es("Su expediente es el B-23451."));
        // the "h." mark says "horas" after a whole hour
        assertEquals("El servicio estará caído de las dos a las cuatro horas.", es("El servicio estará caído de 2:00 a 4:00 h."));
        assertEquals("En veintiocho mil cuarenta y seis casos", es("En 28046 casos")); // a count, not a postal code
    }

    @Test
    void roundEightyTwoASpanishPostcodeAfterAPlaceWordBeforeItsTown() {
        // es-ES: a province's code after "de"/"en"/"desde" and before a capitalised town is the postal code, dictated.
        assertEquals("sale de nuestro almacén de dos ocho nueve dos cinco Alcorcón hoy", es("sale de nuestro almacén de 28925 Alcorcón hoy"));
        assertEquals("en cero ocho cero cero cinco Barcelona", es("en 08005 Barcelona"));
        // Must not fire: an amount, a headline's capitalised count, a round thousand, no province's code, another country.
        assertEquals("de veintiocho mil novecientos veinticinco euros", es("de 28925 euros"));
        assertEquals("Más de doce mil quinientos Personas asistieron", es("Más de 12500 Personas asistieron"));
        assertEquals("de doce mil Visitantes", es("de 12000 Visitantes"));
        assertEquals("desde sesenta mil quinientos Lugo", es("desde 60500 Lugo"));
        assertEquals("de veintiocho mil novecientos veinticinco Alcorcón", N.normalize("de 28925 Alcorcón", "es-MX", null));
    }

    @Test
    void roundEightEAListOfStateCodes() {
        // Round eight E: a state code listed beside another is a state, in Spanish by its Spanish name where Spanish has one.
        assertEquals("vendidos en Texas y Nuevo México. Envíos a Nueva York, Nueva Jersey y Arizona.",
                read("es-US", "vendidos en TX y NM. Envíos a NY, NJ y AZ."));
        assertEquals("stores in Texas and New Mexico only", read("en-US", "stores in TX and NM only"));
        // Must not fire: capitals beside no state code, a code that is also a word, a code alone.
        assertEquals("corriente AC y DC, TV y PC, Texas y OK, en TX", read("es-US", "corriente AC y DC, TV y PC, TX y OK, en TX"));
    }

    @Test
    void keypadCodesMixingStarAndHashAreKeyedOneKeyAtATime() {
        // Round fifty-four: a service code is keyed key by key, the keys by their names where the call is heard.
        assertEquals("Dial star pound four three pound, or star star two one star zero seven nine one pound.",
                read("en-US", "Dial *#43#, or **21*0791#."));
        assertEquals("Dial star hash four three hash to check.", read("en-GB", "Dial *#43# to check."));
        assertEquals("Marque asterisco almohadilla cuatro tres almohadilla.", read("es-ES", "Marque *#43#."));
        assertEquals("Marcá numeral numeral cero cero dos numeral.", read("es-AR", "Marcá ##002#."));
        assertEquals("Consulte su saldo marcando asterisco cinco, or check it by dialing star nine.",
                read("es-MX", "Consulte su saldo marcando *5") + ", " + read("en-US", "or check it by dialing *9."));
        // Must not fire: a product, a footnote's star, an order's or a rank's number, a code opened by a hash in a sentence
        // that keys nothing.
        assertEquals("Mix five times three parts. Precio* sujeto a cambios.", read("en-US", "Mix 5*3 parts.") + " " + read("es-MX", "Precio* sujeto a cambios."));
        assertEquals("Order number four four seven one; our number one pick. Your score was number twelve pound on the list.",
                read("en-US", "Order #4471; our #1 pick. Your score was #12# on the list."));
    }

    @Test
    void markdownEmphasisPastedIntoAScriptIsUnsaid() {
        // Round fifty-nine B: a CRM's bold or italic markers ("**50% off**", "*important*", "__today__") go, the words
        // between are read as usual; the stars were keyed ("star five zero percent off").
        assertEquals("Get fifty percent off until Friday, important: bring your I D, today only.",
                read("en-US", "Get **50% off** until Friday, *important*: bring your ID, __today__ only."));
        assertEquals("cincuenta por ciento de descuento hasta el viernes; importante: traiga su INE; hoy nada más.",
                read("es-MX", "**50% de descuento** hasta el viernes; *importante*: traiga su INE; _hoy_ nada más."));
        assertEquals("Última oportunidad: tres cuotas sin intereses.", read("es-ES", "***Última oportunidad***: **3 cuotas *sin* intereses**."));
        // Must not fire: keypad stars (a spaced key, codes with no closing star, a pair around keys only), a footnote's or a
        // rating's lone star, a product, underscores inside a word or an address.
        assertEquals("Press star then two, or dial star pound four three pound.", read("en-US", "Press * then 2, or dial *#43#."));
        assertEquals("Marque asterisco cuatro tres numeral para activar; pulse la tecla asterisco para repetir.",
                read("es-MX", "Marque *43# para activar; pulse la tecla * para repetir."));
        assertEquals("Dial star star two one star zero seven nine one pound to forward calls.", read("en-US", "Dial **21*0791# to forward calls."));
        assertEquals("Dial *seventy two* then the number.", read("en-US", "Dial *72* then the number."));
        assertEquals("Rated five* by guests. See note*.", read("en-GB", "Rated 5* by guests. See note*."));
        assertEquals("Precio* sujeto a cambios. *Consulte condiciones.", read("es-ES", "Precio* sujeto a cambios. *Consulte condiciones."));
        assertEquals("Mix five times three times two parts and email john underscore doe underscore smith at mail dot com today.",
                read("en-US", "Mix 5*3*2 parts and email john_doe_smith@mail.com today."));
    }
}
