package io.locutor.text;

import static io.locutor.text.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Reference readings: identifying numbers, codes and registrations a caller copies down (numbers printed in
 * groups after "número", printed codes in groups of four, route numbers, codes after "code"/"PIN", Spanish, Argentine
 * and British plates, fault codes, Spanish postal codes), and the counts and amounts beside them that keep their readings.
 * Each rule is also checked where it must not fire. Expected strings are exact.
 */
class ReferenceReadingsTest {
    @Test
    void aPinAfterIsIsDictated() {
        // Round thirty-five: "your PIN is 4827" is keyed in, digit by digit.
        assertEquals("your new PIN is six two zero one", read("en-GB", "your new PIN is 6201"));
        // Must not fire: a PIN's count of tries, a sentence with no digits after "is".
        assertEquals("your PIN is locked after three tries", read("en-US", "your PIN is locked after 3 tries"));
    }

    @Test
    void spanishClaimErrorAndAccountCodes() {
        // Round thirty-five: a claim of five digits, an error's code and an account's year-shaped first group are dictated.
        assertEquals("tu reclamo cincuenta y uno tres cero ocho", read("es-AR", "tu reclamo 51308"));
        // Round seventy-one C: an error's three digits are said as the length rule says three, its four still dictated.
        assertEquals("el error cuatrocientos uno", read("es-MX", "el error 401"));
        assertEquals("su cuenta número dos cero uno uno, cinco cinco dos ocho", read("es-US", "su cuenta n.º 2011-5528"));
        // Must not fire: a claim's short number, "por error" before an amount, an error's count.
        assertEquals("el reclamo dos de tres", read("es-AR", "el reclamo 2 de 3"));
        assertEquals("le cobramos por error mil quinientos pesos", read("es-AR", "le cobramos por error 1500 pesos"));
        assertEquals("hubo un error doscientos casos", read("es-MX", "hubo un error 200 casos"));
        assertEquals("un error de doscientos euros", read("es-ES", "un error de 200 euros"));
        assertEquals("el error trescientos pesos", read("es-MX", "el error 300 pesos"));
    }

    @Test
    void roundFortyFiveANumberANounGivesAsItsOwnAfterEs() {
        // Round forty-five: "número de" and a singular noun, then "es" or a colon and four to six digits: the noun's code,
        // by the house length rule, as English "your candidate number is 4417".
        assertEquals("su número de servicio es treinta y uno nueve cero cuatro", read("es-US", "su número de servicio es 31904"));
        assertEquals("tu número de usuario es cinco cinco dos uno", read("es-ES", "tu número de usuario es 5521"));
        assertEquals("Número de paciente: setenta y tres nueve uno cuatro", read("es-MX", "Número de paciente: 73914"));
        assertEquals("su número de seguro social es seis cero cuatro uno dos ocho", read("es-US", "su número de seguro social es 604128"));
        // Must not fire: a plural noun's count, a crowd's count, a count after the digits, fewer digits, printed groups.
        assertEquals("el número de plazas es dos mil quinientos", read("es-ES", "el número de plazas es 2500"));
        assertEquals("el número de aforo es mil doscientos", read("es-ES", "el número de aforo es 1200"));
        assertEquals("su número de habitación es mil doscientos cuatro", read("es-ES", "su número de habitación es 1204"));
        assertEquals("el número de invitado es mil doscientos euros", read("es-ES", "el número de invitado es 1200 euros"));
        assertEquals("su número de mesa es catorce", read("es-MX", "su número de mesa es 14"));
        assertEquals("Tu número de vale es cuatro cuatro uno cero, dos dos nueve ocho.", read("es-MX", "Tu número de vale es 4410 2298."));
    }

    @Test
    void roundFortyEightAnOrdersKindAndANounsComplementBeforeItsNumber() {
        // Round forty-eight: "orden de" and its kind before four digits or more, an order's code by the house length rule.
        assertEquals("con orden de trabajo setenta y dos nueve uno cuatro", read("es-US", "con orden de trabajo 72914"));
        assertEquals("la orden de compra tres tres nueve uno", read("es-ES", "la orden de compra 3391"));
        // "número de" and a noun with its complement before "es" or a colon.
        assertEquals("tu número de legajo de participante es treinta y siete uno dos cero",
                read("es-AR", "tu número de legajo de participante es 37120"));
        assertEquals("Su número de cliente del programa es cincuenta y cinco ocho dos uno", read("es-MX", "Su número de cliente del programa es 55821"));
        assertEquals("Su número de afiliado de la aseguradora: ochenta y cuatro uno cero seis", read("es-US", "Su número de afiliado de la aseguradora: 84106"));
        // Must not fire: an order's amount, a count straight after "de", a numbered place, a plural noun's count.
        assertEquals("una orden de pago mil quinientos dólares", read("es-MX", "una orden de pago 1500 dólares"));
        assertEquals("una orden de dos mil piezas", read("es-MX", "una orden de 2000 piezas"));
        assertEquals("el número de habitación del hotel es mil doscientos cuatro", read("es-ES", "el número de habitación del hotel es 1204"));
        assertEquals("el número de invitados de la boda es dos mil quinientos", read("es-MX", "el número de invitados de la boda es 2500"));
    }

    @Test
    void roundFiftyNineAReportsKindBeforeItsNumber() {
        // Round fifty-nine: "reporte de" and its kind before four digits or more, a report's code by the house length rule.
        assertEquals("su reporte de incidente veintisiete cuatro seis uno", read("es-MX", "su reporte de incidente 27461"));
        // Must not fire: a report's amount or a year, a count straight after "de", a plural noun's count.
        assertEquals("el reporte de gastos mil quinientos pesos", read("es-MX", "el reporte de gastos 1500 pesos"));
        assertEquals("un reporte de dos mil páginas", read("es-CO", "un reporte de 2000 páginas"));
        assertEquals("el reporte de ventas dos mil veintiséis", read("es-MX", "el reporte de ventas 2026"));
        assertEquals("el reporte de ventas quince mil unidades", read("es-MX", "el reporte de ventas 15000 unidades"));
    }

    @Test
    void aServiceNumberOfFiveDigits() {
        // Round thirty-four: a service's number of five digits or more is a reference, by the house length rule.
        assertEquals("tu número de servicio cuarenta y ocho dos uno siete", read("es-MX", "tu número de servicio 48217"));
        // Must not fire: a service's hours, a count of services.
        assertEquals("servicio veinticuatro horas y el servicio dos de tres", read("es-ES", "servicio 24 horas y el servicio 2 de 3"));
    }

    @Test
    void aPaymentCodeWithAFirstGroupOfFive() {
        // Round thirty-four: a keyed code printed as five (or six) digits and four is dictated whole, a pause between.
        assertEquals("con el código de pago cuatro cero nueve dos uno, siete siete tres seis",
                read("es-AR", "con el código de pago 40921 7736"));
        // Must not fire: a group of three after the five (no printed serial), or a currency after the group of four.
        assertEquals("payment code seven three nine two zero one hundred and fifteen", read("en-US", "payment code 73920 115"));
        assertEquals("code seven three nine two zero one thousand one hundred and fifty eight dollars", read("en-US", "code 73920 1158 dollars"));
    }

    @Test
    void digitGroupsAfterAnIdentifyingNumberAreDictated() {
        assertEquals("Su número de servicio es siete tres tres, cero uno nueve, dos ocho ocho, cuatro uno cero.",
                read("es-MX", "Su número de servicio es 733 019 288 410."));
        // A phone after "su número" stays a phone; "número 5" and a count keep their readings.
        assertEquals("Su número es seis cero cero, uno dos tres, cuatro cinco seis.", read("es-ES", "Su número es 600 123 456."));
        assertEquals("el número cinco de la lista", read("es-MX", "el número 5 de la lista"));
    }

    @Test
    void roundTwentyThreeDigitGroupsAfterNumeroDeAnyNounAreItsCode() {
        // Groups no quantity is printed in (a group of four) after "número de" and a singular noun are that noun's code.
        assertEquals("con el número de boleta seis seis uno cero, dos dos siete ocho antes", read("es-US", "con el número de boleta 6610 2278 antes"));
        assertEquals("Tu número de vale es cuatro cuatro uno cero, dos dos nueve ocho.", read("es-MX", "Tu número de vale es 4410 2298."));
        // Must not fire: thousands printed with spaces, a plural noun (what is counted).
        assertEquals("el número de plazas doscientos cincuenta mil, el número de visitas mil doscientos trescientos más",
                read("es-ES", "el número de plazas 250 000, el número de visitas 1200 300 más"));
    }

    @Test
    void aCountAfterNumeroKeepsItsQuantityReading() {
        assertEquals("El número de asistentes es ciento cincuenta mil personas.", read("es-ES", "El número de asistentes es 150 000 personas."));
        assertEquals("Su número de empleados es ciento cincuenta mil.", read("es-ES", "Su número de empleados es 150 000."));
    }

    @Test
    void printedGroupsOfFourAreDictatedWithTheirShortLastGroup() {
        assertEquals("tracking number nine four zero five, five zero three six, nine nine three zero, zero two one two, four four seven eight, six one.",
                read("en-US", "tracking number 9405 5036 9930 0212 4478 61."));
        assertEquals("nine four zero five, five zero three six, nine nine three zero, zero two one two, four four seven eight, six one is on its way",
                read("en-US", "9405 5036 9930 0212 4478 61 is on its way"));
        // A short number with a counted word after it is no part of the code; two groups are no printed code.
        assertEquals("reference one two three four, five six seven eight, nine zero one two three items", read("en-US", "ref 1234 5678 9012 3 items"));
        assertEquals("call twelve thirty four five thousand six hundred and seventy eight", read("en-US", "call 1234 5678"));
        // Round nine B: after a reference word, two printed groups of four and a short last one are one code.
        assertEquals("Your account number is five five two one, zero eight three four, six two. Thanks",
                read("en-GB", "Your account number is 5521 0834 62. Thanks"));
        assertEquals("account number five five two one, zero eight three four sixty two days", read("en-GB", "account number 5521 0834 62 days"));
        // ZIP codes joined by "&" are a list of two codes, both dictated; a count after "&" is not one.
        assertEquals("ZIP codes six zero six one four and six zero six five seven; ZIP six zero six one four and two more",
                read("en-US", "ZIP codes 60614 & 60657; ZIP 60614 & 2 more"));
    }

    @Test
    void aSpanishCodeKeyedInIsDictated() {
        assertEquals("recuerde el código de recogida cuatro cuatro uno siete", read("es-ES", "recuerde el código de recogida 4417"));
        assertEquals("introduzca el código de sesión tres uno ocho, dos dos siete.", read("es-ES", "introduzca el código de sesión 318 227."));
        assertEquals("el código de acceso es siete siete cuatro, dos uno nueve y", read("es-US", "el código de acceso es 774 219 y"));
        assertEquals("ingresá el código nueve cero cuatro, uno uno siete que llega por SMS", read("es-AR", "ingresá el código 904 117 que llega por SMS"));
        // Without a code word the groups are a quantity; a session or a pickup without "código" counts.
        assertEquals("la sesión dura ciento veinte minutos", read("es-ES", "la sesión dura 120 minutos"));
        assertEquals("la recogida de quinientos kilos", read("es-ES", "la recogida de 500 kilos"));
    }

    @Test
    void aRouteNumberIsSaidInPairs() {
        assertEquals("via Highway one oh one North, Route sixty six, I ninety five, I four oh five, U S two eighty",
                read("en-US", "via Hwy 101 North, Route 66, I-95, I-405, US-280"));
        assertEquals("the U S one hundred times", read("en-US", "the US 100 times"));
    }

    @Test
    void aCodePrintedInGroupsIsDictatedWhole() {
        assertEquals("your locker code five one two, seven seven four expires", read("en-US", "your locker code 512 774 expires"));
        // A single group keeps its reading; a count after it is no part of the code.
        assertEquals("code one two three four and two items", read("en-US", "code 1234 and 2 items"));
        assertEquals("PIN four four one nine, two tries left", read("en-US", "PIN 4419, 2 tries left"));
    }

    @Test
    void aSpanishPlateIsSpelt() {
        assertEquals("el coche de matrícula uno dos tres cuatro B C D", read("es-ES", "el coche de matrícula 1234 BCD"));
        assertEquals("placa A B C uno dos tres D", read("es-MX", "placa ABC-123-D"));
        // A plate word without a plate after it changes nothing.
        assertEquals("la placa de Nazca mide cinco mil kilómetros", read("es-ES", "la placa de Nazca mide 5000 km"));
        // Round twenty-seven: "tablilla", the plate in Puerto Rico and US Spanish.
        assertEquals("su registro vehicular (tablilla K T R cuatro cuatro uno cero)", read("es-US", "su registro vehicular (tablilla KTR 4410)"));
        // Must not fire: a board ("tablilla") with a count or a measure after it.
        assertEquals("una tablilla de treinta centímetros y la tablilla tres", read("es-US", "una tablilla de 30 cm y la tablilla 3"));
    }

    @Test
    void faultCodesAndArgentinePlates() {
        assertEquals("error E two zero four, el aire marca E uno dos", read("en-US", "error E-204") + ", " + read("es-MX", "el aire marca E-12"));
        assertEquals("patente A B uno dos tres C D y patente A B C uno dos tres", read("es-AR", "patente AB 123 CD y patente ABC 123"));
        // Without a fault word a model name keeps its reading (since round sixty-five A its three digits in pairs, as
        // "I-405"'s are, where the hyphen and "one hundred and fifty" were left); a patent's number stays a number.
        assertEquals("The F one fifty is here.", read("en-US", "The F-150 is here."));
        assertEquals("la patente US cinco mil ciento veintitrés", read("es-AR", "la patente US 5123"));
    }

    @Test
    void regBeforeAPlateIsTheRegistration() {
        // A British plate is read character by character, its age digits too (round five G: "B D one nine K L M").
        assertEquals("Your courtesy car (registration B D one nine K L M) is ready; was thirty pounds (regular forty five pounds).",
                read("en-GB", "Your courtesy car (reg. BD19 KLM) is ready; was £30 (reg. £45)."));
    }

    @Test
    void spanishPostalCodesAndCadaMillon() {
        assertEquals("Evacuación obligatoria para los códigos postales nueve tres cero cero uno y nueve tres cero cero tres; precio de noventa y tres mil un pesos.",
                read("es-US", "Evacuación obligatoria para los códigos postales 93001 y 93003; precio de 93001 pesos."));
        assertEquals("Te prestamos hasta tres millones de pesos y pagas ocho mil doscientos pesos por cada millón de pesos; cuesta un millón de pesos.",
                read("es-MX", "Te prestamos hasta $3,000,000 y pagas $8,200 por cada $1,000,000; cuesta $1,000,000."));
    }

    @Test
    void roundEightyFourBCapitalsAndThreeDigitsAfterCodeAreSaidInPairs() {
        assertEquals("the colour, code B R five thirty, is in stock; code K nine forty",
                read("en-GB", "the colour, code BR 530, is in stock; code K 940"));
        // Must not fire: four digits or more are dictated, a zero-led number is read digit by digit, no "code" before it.
        assertEquals("code R S seven three four one eight; code one two three four and two items; Room B two hundred and fifteen",
                read("en-GB", "code RS 73418; code 1234 and 2 items; Room B 215"));
    }

    @Test
    void modelCodesSpellTheirLettersAndReadTheirNumberAsAReference() {
        assertEquals("Your router, model Z T forty five G, ships today.", read("en-US", "Your router, model ZT-45G, ships today."));
        assertEquals("Revise su termostato modelo Q V catorce.", read("es-ES", "Revise su termostato modelo QV-14."));
        // Not where the capitals and number are a name said as one: one capital, a word, a Spanish road or port (a port's
        // capitals with no syllable are spelt since round seven C, a road's kept as written since round sixty-five C, the
        // number still said as one).
        // Round sixty-five A: one capital and three digits are a model's name in pairs ("F one fifty"), no code spelt.
        assertEquals("the COVID-nineteen kit, the F one fifty and I ninety five",
                read("en-US", "the COVID-19 kit, the F-150 and I-95"));
        assertEquals("GO TO GATE-four", read("en-US", "GO TO GATE-4"));
        assertEquals("Evite la AP siete y conecte el puerto R S doscientos treinta y dos.", read("es-ES", "Evite la AP-7 y conecte el puerto RS-232."));
    }

    @Test
    void codesMixingLettersAndDigitsAreDictated() {
        assertEquals("el lote tres uno C dos cero siete", read("es-ES", "el lote 31C207"));
        assertEquals("Your order number B four zero nine one three ships Monday.", read("en-US", "Your order #B40913 ships Monday."));
        assertEquals("Container T C L U three zero two nine one seven four is at berth four.", read("en-US", "Container TCLU 3029174 is at berth 4."));
        assertEquals("The courier van, K P two three Z R T, will arrive shortly.", read("en-GB", "The courier van, KP23 ZRT, will arrive shortly."));
        assertEquals("Refill R x seven seven two zero, one one four at the counter.", read("en-US", "Refill Rx 7720-114 at the counter."));
        assertEquals("guía uno Z siete W X, cuatro cuatro uno, cero nueve ocho dos", read("es-MX", "guía 1Z 7WX 441 0982"));
        // A short name with a number, or a lone hexadecimal-looking result, is not dictated.
        assertEquals("four K sixty TVs and five G", read("en-US", "4K60 TVs and 5G"));
        assertEquals("el resultado uno A cuarenta y uno E uno", read("es-ES", "el resultado 1A41E1"));
    }

    @Test
    void aCardsLastDigitsAreDictated() {
        assertEquals("We charged the Visa ending two two zero eight; the last four digits of your account are five five three one.",
                read("en-US", "We charged the Visa ending 2208; the last four digits of your account are 5531."));
        // "last" before a count of things, "ending" after no card word: no digits to dictate.
        assertEquals("The last three games ended in a draw.", read("en-US", "The last 3 games ended in a draw."));
        assertEquals("the fiscal year ending twenty nineteen", read("en-US", "the fiscal year ending 2019"));
    }

    @Test
    void aTailOfDigitsAfterItsCueIsDictated() {
        // Round twenty-three B: "ending" after any noun, "ends in", and "the last N digits of …" with a comma, a colon or
        // "is" before the digits ("three hundred and sixteen", "eight thousand eight hundred and thirty two" before).
        assertEquals("calls divert to your mobile ending three one six.", read("en-GB", "calls divert to your mobile ending 316."));
        assertEquals("the savings account ending six one, the card that ends in four four",
                read("en-US", "the savings account ending 61, the card that ends in 44"));
        assertEquals("the last four digits of your account number, eight eight three two.",
                read("en-US", "the last 4 digits of your account number, 8832."));
        assertEquals("the last three digits of your order reference: two one nine", read("en-GB", "the last three digits of your order reference: 219"));
        // Must not fire: a verb's "are ending" before a count, a year, a duration's plural noun, a reference's pairs
        // without the cue, a number after a comma with no cue of digits.
        assertEquals("We are ending three hundred old plans.", read("en-US", "We are ending 300 old plans."));
        assertEquals("the sale ends in three days, the year ending twenty twenty six", read("en-US", "the sale ends in 3 days, the year ending 2026"));
        assertEquals("Your order reference: two nineteen.", read("en-GB", "Your order reference: 219."));
        assertEquals("In the last four weeks, eight hundred and thirty two joined.", read("en-GB", "In the last 4 weeks, 832 joined."));
    }

    @Test
    void aShortNumberAfterAWordSignIsANumber() {
        assertEquals("habitación número trescientos cinco", read("es-ES", "habitación n.º 305"));
        assertEquals("Room number three hundred and five", read("en-US", "Room No. 305"));
        // After a reference word three digits are a number too, four are dictated (round eight: one rule per length).
        assertEquals("pedido número ciento veintitrés; número cuatro cuatro dos uno.", read("es-ES", "pedido n.º 123; n.º 4421."));
    }

    @Test
    void aNumberInPrintedGroupsAfterASignIsDictatedInThem() {
        assertEquals("abono número cero cero nueve uno, tres tres cero dos, siete siete uno cero", read("es-ES", "abono n.º 0091 3302 7710"));
        assertEquals("account number four four one zero, two two eight one, nine nine three zero", read("en-GB", "account no. 4410 2281 9930"));
    }

    @Test
    void aLetteredCodeInPrintedGroupsAfterAReferenceWordIsDictated() {
        assertEquals("tracking number J D, four four one zero, two two eight one, seven G B.", read("en-GB", "tracking no. JD 4410 2281 7GB."));
        assertEquals("expediente A B, dos dos nueve cero cuatro uno siete", read("es-AR", "expediente AB 2290417"));
        assertEquals("the serial X R seven, zero zero three one four four five", read("en-US", "the serial XR7-0031445"));
        // Capitals and a short number are not a printed code.
        assertEquals("your booking A B twelve is for two adults", read("en-US", "your booking AB 12 is for 2 adults"));
    }

    @Test
    void aYearShapedFirstGroupAfterANumberSignIsPartOfTheFileNumber() {
        assertEquals("presente su pase número dos cero dos cinco, cero cero siete uno dos en la ventanilla",
                read("es-ES", "presente su pase n.º 2025-00712 en la ventanilla"));
        assertEquals("visitor permit number two zero two eight, four four one is ready", read("en-US", "visitor permit No. 2028-441 is ready"));
        // Without a number sign the year stays a year ("expediente 2026-04571"), and a range of years stays two years (round twenty-six: with a pause).
        assertEquals("el expediente dos mil veintiséis, cero cuatro cinco siete uno y la temporada dos mil veintitrés, dos mil veinticinco",
                read("es-ES", "el expediente 2026-04571 y la temporada 2023-2025"));
    }

    @Test
    void aTaxpayerNumberIsDictatedInItsGroups() {
        assertEquals("firme con su EIN nueve uno, siete siete cero cero cuatro dos uno", read("es-US", "firme con su EIN 91-7700421"));
        // Round twenty-two B: English spells the number's name, as it spells "S S N ending" ("SSN one two three…" before).
        assertEquals("enter your S S N one two three, four five, six seven eight nine below", read("en-US", "enter your SSN 123-45-6789 below"));
        assertEquals("our E I N is eight four, one two three four five six seven; T I N number one two, three four five six seven eight nine",
                read("en-US", "our EIN is 84-1234567; TIN #12-3456789"));
        assertEquals("I T I N: nine one two, three four, five six seven eight", read("en-US", "ITIN: 912-34-5678"));
        // A count after the word is no number of it: "EIN 2" is left to the number rules; nor is a tin of anything.
        assertEquals("E I N two", read("en-US", "EIN 2"));
        assertEquals("a tin of twelve, Tin twelve", read("en-US", "a tin of 12, Tin 12"));
    }

    @Test
    void anEnglishCodeMixingDigitsAndCapitalsIsDictated() {
        assertEquals("quote voucher K W four seven X R two at the till", read("en-GB", "quote voucher KW-47XR2 at the till"));
        // A model code (one last capital) keeps its number; a single capital stays a name, its hyphen unsaid (round five K).
        assertEquals("model Z T forty five G", read("en-US", "model ZT-45G"));
        assertEquals("the F thirty five A jet", read("en-US", "the F-35A jet"));
    }

    @Test
    void aCodeKeyedInAtADoorOrGateIsDictated() {
        // Round five J: "Código de acceso", "clave de la puerta", "gate code on file", "lockbox code", capitalised or not.
        // Round fifty-nine B: a colon before the digits is kept, a pause, as the writer put it.
        assertEquals("Código de acceso: siete dos ocho uno. Clave de la puerta cero cuatro uno dos.",
                read("es-ES", "Código de acceso: 7281. Clave de la puerta 0412."));
        assertEquals("Gate code on file: four four seven one. Door code is two two nine zero.",
                read("en-US", "Gate code on file: 4471. Door code is 2290."));
        assertEquals("Keyfree Rentals: the lockbox code is three three nine zero.", read("en-US", "Keyfree Rentals: the lockbox code is 3390."));
        // Not a code: a gate's number and a floor after "code red" are counted.
        assertEquals("Gate twelve opens at nine AM.", read("en-US", "Gate 12 opens at 9 AM."));
        assertEquals("Code red on floor three.", read("en-US", "Code red on floor 3."));
    }

    @Test
    void aSpanishCodeNounWithAComplementOfItsOwnIsDictatedAfterEs() {
        // Round twenty-one: whatever the code opens, "es", "será" or a colon gives it its value.
        assertEquals("el código de la taquilla del gimnasio es cinco ocho tres uno", read("es-ES", "el código de la taquilla del gimnasio es 5831"));
        assertEquals("la clave de su buzón de voz será cero cuatro cuatro siete", read("es-MX", "la clave de su buzón de voz será 0447"));
        assertEquals("el PIN de la tarjeta: nueve nueve cero uno", read("es-AR", "el PIN de la tarjeta: 9901")); // its colon kept (round fifty-nine B)
        assertEquals("el código postal es dos ocho cero cero uno", read("es-ES", "el código postal es 28001"));
        // must not fire: a count of the code's digits, a number after another verb, two digits
        assertEquals("el código de la caja tiene cuatro cifras", read("es-ES", "el código de la caja tiene 4 cifras"));
        assertEquals("la clave de la oferta: mil doscientos clientes ya la usan", read("es-ES", "la clave de la oferta: 1200 clientes ya la usan"));
        assertEquals("la clave del éxito es diez minutos al día", read("es-ES", "la clave del éxito es 10 minutos al día"));
    }

    @Test
    void hyphenedGroupsOfCapitalsAndDigitsAreDictatedWholeAndVisaCodesSpelt() {
        assertEquals("activation key Q nine four seven T R two eight M one, valid once",
                read("en-US", "activation key Q947-TR28-M1, valid once"));
        assertEquals("part R two D zero four seven one C fits", read("en-GB", "part R2-D0471-C fits"));
        assertEquals("an L one or an O one B visa", read("en-US", "an L-1 or an O-1B visa"));
        // Not fired: a toll-free vanity number, a range, two groups, Spanish codes and a fault code keep their readers.
        assertEquals("call one, eight hundred, FLOWERS", read("en-US", "call 1-800-FLOWERS"));
        assertEquals("grades six to eight", read("en-US", "grades 6-8"));
        assertEquals("code F two one", read("en-US", "code F-21"));
        assertEquals("factura F dos mil veinticinco, cero cero uno dos tres cuatro", read("es-ES", "factura F-2025-001234"));
    }

    @Test
    void aSpanishPlateIsDictatedAndAHouseNumberAfterALowerCaseStreetIsANumber() {
        assertEquals("la moto siete tres cero dos K R T está lista", read("es-ES", "la moto 7302 KRT está lista"));
        assertEquals("el turismo uno nueve cero ocho G H J", read("es-ES", "el turismo 1908-GHJ"));
        assertEquals("en la avenida Hidalgo número ciento veinte", read("es-MX", "en la avenida Hidalgo #120"));
        // Not fired: a count or a year before an initialism without vowels, a marked order number.
        assertEquals("envió dos mil SMS", read("es-ES", "envió 2000 SMS"));
        assertEquals("edición dos mil cinco DVD", read("es-ES", "edición 2005 DVD"));
        assertEquals("pedido número trescientos diez hoy", read("es-MX", "pedido #310 hoy"));
    }

    @Test
    void roundSevenBCodes() {
        // after the word IBAN the label says what it is, whatever its check digits; elsewhere they must hold
        assertEquals("IBAN E S siete seis, dos uno cero cero, cero cuatro uno ocho, cuatro cinco cero dos, cero cero cero cinco, uno tres tres dos",
                read("es-ES", "IBAN ES76 2100 0418 4502 0005 1332"));
        assertEquals("cuenta E S setenta y seis dos uno cero cero, cero cuatro uno ocho, cuatro cinco cero dos, cero cero cero cinco, uno tres tres dos",
                read("es-ES", "cuenta ES76 2100 0418 4502 0005 1332"));
        // a plate in one run (California)
        assertEquals("placa ocho A B C uno dos tres", read("es-US", "placa 8ABC123"));
        // a code the courier asks for; a code of conduct of a year is no code to key in
        assertEquals("el código de entrega es cuatro cuatro siete uno", read("es-AR", "el código de entrega es 4471"));
        assertEquals("el código de conducta dos mil veinticuatro", read("es-ES", "el código de conducta 2024"));
        // a number over its year; a year first as before
        assertEquals("la incidencia dos mil veinticuatro barra cero cero uno dos tres", read("es-ES", "la incidencia 2024/00123"));
        // the asterisk key after a keypad word; a product or a footnote mark is not
        assertEquals("para volver al menú, marcá asterisco.", read("es-AR", "para volver al menú, marcá *."));
        assertEquals("pulse la tecla asterisco para volver", read("es-ES", "pulse la tecla * para volver"));
        assertEquals("precio* válido", read("es-ES", "precio* válido"));
        // Round twenty-seven: a lone star later in a sentence a keypad verb opened is that menu's key.
        assertEquals("Marque uno para sí, dos para no o asterisco para repetir.", read("es-US", "Marque 1 para sí, 2 para no o * para repetir."));
        // Must not fire: no keypad word in the sentence, or only in the sentence before (a footnote's mark).
        assertEquals("Tarifa válida * consulte condiciones. Pulse uno. * Oferta limitada.",
                read("es-ES", "Tarifa válida * consulte condiciones. Pulse 1. * Oferta limitada."));
        // Round eleven: a star and one digit after a keypad word are keyed too, in both languages.
        assertEquals("marque asterisco dos o use la app; pulse la tecla asterisco cinco; oprima asterisco nueve numeral",
                read("es-MX", "marque *2 o use la app") + "; " + read("es-ES", "pulse la tecla *5") + "; " + read("es-US", "oprima *9#"));
        assertEquals("press star two to change your seat; press star three.", read("en-US", "press *2 to change your seat") + "; "
                + read("en-GB", "press *3."));
        // Must not fire: no keypad word before the star (a footnote's mark).
        assertEquals("precio *dos; see note *two", read("es-ES", "precio *2") + "; " + read("en-US", "see note *2"));
        // Round nine B: the "#" key is "numeral" in the Americas, "almohadilla" in Spain (and after a star code too).
        assertEquals("marque numeral para omitir", read("es-MX", "marque # para omitir"));
        assertEquals("marcá asterisco seis uno uno numeral", read("es-AR", "marcá *611#"));
        assertEquals("oprima numeral; pulse almohadilla", read("es-US", "oprima #") + "; " + read("es-ES", "pulse #"));
        // Round ten: "pound" on an American line, "hash" on a British one (and after a star code); a lone "#" between a
        // noun and its verb is the noun's number.
        assertEquals("press pound to skip; press hash to skip", read("en-US", "press # to skip") + "; " + read("en-GB", "press # to skip"));
        assertEquals("dial star six one one pound", read("en-US", "dial *611#"));
        assertEquals("Your order number is four four seven one. su folio número es válido",
                read("en-US", "Your order # is 4471.") + " " + read("es-MX", "su folio # es válido"));
        // Must not fire: a key after a keypad word before a verb, a key at the end, a capitalised word before it.
        assertEquals("press pound is all it takes. Press one then pound. Enter PIN hash is next",
                read("en-US", "press # is all it takes. Press 1 then #.") + " " + read("en-GB", "Enter PIN # is next"));
    }

    @Test
    void roundTwentySixBALoneNumberSignAfterANounAPossessiveOrTheOpensIsItsNumber() {
        assertEquals("have your member number ready, keep your account number to hand, write the invoice number on it",
                read("en-US", "have your member # ready, keep your account # to hand, write the invoice # on it"));
        assertEquals("bring your N H S patient number; quote your claim number.", read("en-GB", "bring your NHS patient #; quote your claim #."));
        // Must not fire: a key after "the" or a keypad word, a key alone, Spanish (its own rule).
        assertEquals("press the pound key, press the star or the pound to go on, press pound",
                read("en-US", "press the # key, press the star or the # to go on, press #"));
        assertEquals("tenga su pedido almohadilla listo", read("es-ES", "tenga su pedido # listo"));
    }

    @Test
    void roundTwentySixBOneRunOfFourDigitsOrMoreAfterIdIsDictatedByTheLengthRule() {
        assertEquals("your key fob (I D fifty five eight one two), staff I D three zero nine one seven, member I D is seven seven four five",
                read("en-US", "your key fob (ID 55812), staff ID 30917, member ID is 7745"));
        // Must not fire: a short number, a range, a decimal; printed groups keep round eighteen B's reading.
        assertEquals("photo I D eighteen and over, I D twenty twenty four to twenty twenty five, I D twelve point five",
                read("en-US", "photo ID 18 and over, ID 2024-2025, ID 12.5"));
        assertEquals("meeting I D eight eight four, two zero three, one one seven", read("en-US", "meeting ID 884 203 117"));
    }

    @Test
    void roundTwentySixBAGradeSpanFromKindergartenAfterGradesIsARange() {
        assertEquals("for Grades K to five, grade K to eight math, grades K to twelve.",
                read("en-US", "for Grades K–5, grade K-8 math, grades K-12."));
        // Must not fire: no "grade" before it, a visa's letter and number.
        assertEquals("all Ridgeview K twelve schools, a J one visa", read("en-US", "all Ridgeview K-12 schools, a J-1 visa"));
    }

    @Test
    void roundTwentySixBANumberAfterErrorOrStatusIsACodeDictated() {
        assertEquals("shows Error four zero four, returned status five zero three, error: one six zero three",
                read("en-US", "shows Error 404, returned status 503, error: 1603"));
        // Must not fire: a count before its plural noun, a decimal, a status's four digits, Spanish.
        assertEquals("four hundred and four errors were logged", read("en-US", "404 errors were logged"));
        assertEquals("status two point five, your status twenty twenty four", read("en-US", "status 2.5, your status 2024"));
        assertEquals("error cuatrocientos cuatro", read("es-ES", "error 404"));
    }

    @Test
    void roundTwentySixBAYearAfterABareEndingCueIsAYearInEnglish() {
        assertEquals("the offer ends in twenty twenty seven; a tariff ending in twenty twenty eight",
                read("en-GB", "the offer ends in 2027; a tariff ending in 2028"));
        // Must not fire: a card, an account or a phone named before the cue, a cue with its noun, a number no year.
        assertEquals("your card ending in two zero two seven. card ending two zero two seven. Your mobile ends in two zero two seven.",
                read("en-US", "your card ending in 2027. card ending 2027. Your mobile ends in 2027."));
        assertEquals("the offer ends in three zero two one", read("en-US", "the offer ends in 3021"));
    }

    @Test
    void roundTwentySixBANumberSignGluedToADocumentsNounStartsItsReference() {
        assertEquals("ticket number fifty eight two one four, Order number three zero seven seven two, Invoice number four four one zero",
                read("en-US", "ticket#58214, Order#30772, Invoice#4410"));
        // Must not fire: another word before the sign, the sign spaced as a key or a rank, Spanish.
        assertEquals("page hash three, press pound then two, our number one choice", read("en-US", "page#3, press # then 2, our #1 choice"));
        assertFalse(read("es-ES", "pedido#4410").contains("número"));
    }

    @Test
    void roundEighteenAPostalItemInGroupsOfThreeIsDictatedWithItsCountry() {
        assertEquals("Seguimiento: P A, cuatro ocho dos, nueve tres uno, siete siete cinco, A R.",
                read("es-AR", "Seguimiento: PA 482 931 775 AR."));
        assertEquals("su envío C D, siete uno cuatro, cero cinco dos, nueve ocho tres, E S llega hoy",
                read("es-ES", "su envío CD 714 052 983 ES llega hoy"));
        assertEquals("Parcel R R, four five one, two zero seven, eight three six, U S cleared customs",
                read("en-US", "Parcel RR 451 207 836 US cleared customs"));
        // Must not fire: no country capitals after the nine digits (a word there), or only two groups.
        assertEquals("AB cuatrocientos ochenta y dos millones novecientos treinta y un mil setecientos setenta y cinco ESTE",
                read("es-ES", "AB 482 931 775 ESTE"));
        assertEquals("el lote AB cuatrocientos ochenta y dos mil novecientos treinta y uno de hoy", read("es-ES", "el lote AB 482 931 de hoy"));
    }

    @Test
    void postalItemsAndSlashedReferencesAreDictated() {
        // Round seven A: a UPU S10 item number (Royal Mail) and capitals with two or more slash-separated numbers.
        assertEquals("Item J X, one two three four, five six seven eight, nine G B, agreement N F, two two, zero nine one five.",
                read("en-GB", "Item JX 1234 5678 9GB, agreement NF/22/0915."));
        assertEquals("Your R x number eight eight four one zero, two is ready.", read("en-US", "Your Rx# 88410-2 is ready."));
        // One slash only: the letters spelt, the slash said, a year as a year (round eight); two letters and a number
        // after "ref": one code, as after "reference" (round thirty-eight B; it was "twelve thirty four", other readers').
        assertEquals("case H R slash twenty twenty six, reference A B one two three four", read("en-GB", "case HR/2026, ref AB 1234"));
    }

    @Test
    void roundTenCodesWithSlashesAndADigitLedLetterCode() {
        // Round ten: capitals, a year and a serial say their slashes and the year; a slash glued inside a code before a
        // capital is "slash"; one or two digits, capitals, a hyphen and digits are dictated.
        assertEquals("file L T B slash twenty twenty five slash zero four one one", read("en-GB", "file LTB/2025/0411"));
        assertEquals("model R T four four one zero slash C", read("en-US", "model RT-4410/C"));
        assertEquals("el código ocho K W cinco cero uno", read("es-MX", "el código 8KW-501").replace(",", ""));
        assertEquals("code three J P two two", read("en-US", "code 3JP-22").replace(",", ""));
        // Must not fire: no year in the middle (dictated as before), a date's slash, a slash before a lower-case word,
        // a single capital before the hyphen, Spanish (Proteno's references keep the slash unsaid).
        assertEquals("agreement N F, two two, zero nine one five", read("en-GB", "agreement NF/22/0915"));
        assertEquals("and/or, the 4x4 A/C", read("en-US", "and/or, the 4x4 A/C").replace("four by four", "4x4"));
        assertEquals("pieza B P dos dos uno cero/F", read("es-ES", "pieza BP-2210/F"));
        assertEquals("lot four four one two B", read("en-US", "lot 4412-B"));
    }

    @Test
    void roundSevenCExitsLowerCaseNumberSignsPlaceLabelsAndPrintedGroups() {
        assertEquals("take exit one forty five", read("en-US", "take exit 145"));
        assertEquals("the exit two sign", read("en-US", "the exit 2 sign"));
        assertEquals("the exit was closed", read("en-US", "the exit was closed"));
        assertEquals("your pledge number sixty six three one zero is due", read("en-GB", "your pledge no. 66310 is due"));
        assertEquals("account number five five one two, eight eight three zero is due", read("en-GB", "account no. 5512 8830 is due"));
        assertEquals("locker L two one eight", read("en-US", "locker L-218"));
        assertEquals("badge B B, four four seven one, nine six two", read("en-GB", "badge BB 4471 962"));
        assertEquals("at nine AM twenty twenty four fifteen hundred people", read("en-GB", "at 9 AM 2024 1500 people"));
        assertEquals("job number C D, four four seven one, B", read("en-US", "job no. CD/4471/B"));
        assertEquals("the A five nine one and the B four three nine one; the A forty", read("en-GB", "the A591 and the B4391; the A40"));
        assertEquals("an Airbus A three twenty one", read("en-GB", "an Airbus A321"));
        assertEquals("the A five ninety one", read("en-US", "the A591"));
        assertEquals("the A five nine one (Kendal to Keswick)", read("en-GB", "the A591 (Kendal–Keswick)"));
        assertEquals("the Michelson–Morley experiment", read("en-GB", "the Michelson–Morley experiment"));
    }

    @Test
    void aPrintedCodesLastGroupOfTwoDigitsIsDictated() {
        // Round eight D: after two groups, a last group of two digits belongs to the code; a day before "de" does not.
        assertEquals("Guía R Y, cinco cinco uno cero, dos dos nueve ocho, cuatro siete. Gracias.", read("es-MX", "Guía RY 5510 2298 47. Gracias."));
        assertEquals("guía A B, uno dos tres cuatro, cinco seis siete ocho doce de mayo", read("es-MX", "guía AB 1234 5678 12 de mayo"));
    }

    @Test
    void roundSeventyFourJACarriersNameAndZipAreWordsAndALotOfGoodsCodeDictated() {
        // Round seventy-four J: a carrier's name before a tracking number's groups is said as its name, no pause after it;
        // "código ZIP" says "ZIP" as the English word; a lot named by its goods names the glued code as "lote" does.
        assertEquals("guía DHL tres tres cero ocho, seis seis uno cuatro", read("es-US", "guía DHL 3308 6614"));
        assertEquals("por UPS cuatro cuatro uno cero, dos dos nueve uno", read("es-US", "por UPS 4410 2291"));
        assertEquals("su código ZIP nueve cero dos uno cero", read("es-US", "su código ZIP 90210"));
        assertEquals("el lote de latas cinco cinco cero ocho C", read("es-ES", "el lote de latas 5508C"));
        // Must not fire: other capitals before groups keep round eight D's spelling and pause, or round seventy A's run;
        // a count after a lot of goods.
        assertEquals("guía R Y, cuatro cuatro uno cero, dos dos nueve uno", read("es-MX", "guía RY 4410 2291"));
        assertEquals("el código C P T nueve nueve dos uno cuatro", read("es-US", "el código CPT 99214"));
        assertEquals("el lote de taladros cuatro mil seiscientas trece piezas", read("es-MX", "el lote de taladros 4613 piezas"));
    }

    @Test
    void spanishCapitalsBeforeAShortNumberAreSpeltAndTheNumberSaid() {
        // Round seven C: "GT-150", "SSA-827" with no model word before them: a name whose capitals have no syllable.
        assertEquals("la grúa B X doscientos y el formulario D S ochenta y dos", read("es-ES", "la grúa BX-200 y el formulario DS-82"));
        // Round eight D: a last capital after the number too ("PG-20K", "CX-45W"), as English reads "ZT-45G"; a run
        // mixing more digits and capitals stays dictated ("DEV-88A2", "RMA-4B7").
        assertEquals("las baterías P G veinte K, el cargador C X cuarenta y cinco W, el lote R M A, cuatro B siete",
                read("es-MX", "las baterías PG-20K, el cargador CX-45W, el lote RMA-4B7"));
        assertEquals("su P S cuatro y el M P tres", read("es-MX", "su PS4 y el MP3"));
        // Must not fire: capitals Spanish says as a word keep it; after a model word the digits stay dictated.
        assertEquals("el COVID-diecinueve y el VIC-veinte", read("es-ES", "el COVID-19 y el VIC-20"));
        // Round sixty-two B (the house's decision, measured): a round hundred after "modelo" is said as a number now
        // ("el modelo BX-200", "B X doscientos"); any other number keeps its dictated digits.
        assertEquals("el modelo B X dos uno cero", read("es-ES", "el modelo BX-210"));
    }

    @Test
    void spanishAccountNumbersAfterCuentaAreDictated() {
        // Round seventeen: "cuenta" before a code's shape (a hyphen between digit groups, five digits or more) names an
        // account, read by the house length rule with the hyphen a pause.
        assertEquals("su cuenta cinco cinco, dos cero nueve uno tres tiene saldo", read("es-US", "su cuenta 55-20913 tiene saldo"));
        assertEquals("el número de cuenta cuatro cuatro siete uno, dos cero tres ocho cinco", read("es-MX", "el número de cuenta 4471-20385"));
        assertEquals("tu cuenta cuarenta y siete dos uno cinco vence", read("es-AR", "tu cuenta 47215 vence"));
        assertEquals("Cuenta: ocho dos, cuatro uno siete tres seis.", read("es-ES", "Cuenta: 82-41736."));
        // Must not fire: the idioms "en cuenta", "a cuenta", "por cuenta", a count after "cuenta de", a short number, a range
        // of days.
        assertEquals("tenga en cuenta veinte mil opiniones", read("es-ES", "tenga en cuenta 20000 opiniones"));
        assertEquals("tenga en cuenta diez a quince días hábiles", read("es-ES", "tenga en cuenta 10-15 días hábiles"));
        assertEquals("deje a cuenta quince mil pesos", read("es-MX", "deje a cuenta 15000 pesos"));
        assertEquals("la cuenta de tres personas", read("es-ES", "la cuenta de 3 personas"));
        assertEquals("la cuenta doscientos pesos", read("es-MX", "la cuenta 200 pesos"));
        assertEquals("la cuenta tiene tres a cuatro errores", read("es-ES", "la cuenta tiene 3-4 errores"));
        // A span of years keeps its years (whatever joins them; not "dos cero dos cinco").
        assertEquals("la cuenta dos mil veinticuatro dos mil veinticinco cierra",
                NemoSuiteTest.comparable(read("es-MX", "la cuenta 2024-2025 cierra")));
    }

    @Test
    void roundTwentyThreeADocumentsHyphenedSerialAfterItsNounAndKind() {
        // A document noun, perhaps with its kind ("de auto"), before two digit groups joined by a hyphen (four digits or
        // more after it): the serial is dictated, the hyphen a pause, as "contrato 5520-118734" already was.
        assertEquals("Tu póliza de auto siete siete cero ocho, cuatro cuatro uno nueve dos cinco tiene un adeudo",
                read("es-MX", "Tu póliza de auto 7708-441925 tiene un adeudo"));
        assertEquals("la multa de tránsito acta uno uno dos tres, cuatro cuatro nueve ocho siete uno sigue impaga",
                read("es-AR", "la multa de tránsito acta 1123-449871 sigue impaga"));
        assertEquals("su reclamo de garantía siete siete cuatro uno, tres cero cero nueve dos ocho", read("es-US", "su reclamo de garantía 7741-300928"));
        // Must not fire: a span of years, a range, the nouns with no serial after them.
        assertEquals("el contrato de alquiler dos mil veinticuatro dos mil veinticinco y el acta dos mil veinticuatro dos mil veinticinco",
                NemoSuiteTest.comparable(read("es-ES", "el contrato de alquiler 2024-2025 y el acta 2024-2025")));
        assertEquals("el recibo de diez a quince días, el acta de la reunión, la multa dos, pagos de diez a quince días",
                read("es-ES", "el recibo de 10-15 días, el acta de la reunión, la multa 2, pagos de 10-15 días"));
    }

    @Test
    void roundEighteenAZeroLedCodeGoesOnAcrossASpace() {
        assertEquals("su transpondedor cero nueve uno dos, tres tres cuatro ocho no fue leído",
                read("es-US", "su transpondedor 0912 3348 no fue leído"));
        assertEquals("la tarjeta cero uno dos tres, cuatro cinco seis siete, ocho nueve cero uno vence",
                read("es-MX", "la tarjeta 0123 4567 8901 vence"));
        // Must not fire: a single zero, a word between the groups, a plural noun counted after the group, a new line.
        assertEquals("pague cero tres cuotas", read("es-AR", "pague 0 3 cuotas"));
        assertEquals("la tarjeta cero nueve uno dos y tres mil trescientos cuarenta y ocho más",
                read("es-ES", "la tarjeta 0912 y 3348 más"));
        assertEquals("el lote cero ocho uno seis mil quinientas unidades", read("es-MX", "el lote 0816 1500 unidades"));
        assertEquals("el código cero nueve uno dos\nmil quinientos", read("es-ES", "el código 0912\n1500"));
    }

    @Test
    void spanishCodesGoOnAcrossTheirPrintedGroups() {
        // Round seven C: a lettered code's next group, a zero-led code's second group, a keyed code's hyphen.
        assertEquals("su paquete número K M tres uno cinco ocho cuatro dos llega hoy", read("es-ES", "su paquete n.º KM-315 842 llega hoy"));
        // Round sixteen: the hyphen is a pause, as the keyed code's below, and a second group of two is dictated too.
        assertEquals("su boleto cero cero nueve tres, cuatro seis uno dos cero vence", read("es-MX", "su boleto 0093-46120 vence"));
        assertEquals("su cuenta cero cero cuatro ocho uno, dos dos tiene saldo", read("es-US", "su cuenta 00481-22 tiene saldo"));
        assertEquals("ingresá el código cinco ocho uno nueve, dos cero cuatro seis", read("es-AR", "ingresá el código 5819-2046"));
        // Must not fire: a unit after the group is a quantity; a letter glued to the group ends the code's rule; postal
        // codes keep their range.
        assertEquals("el lote número A B uno dos trescientos kilogramos", read("es-ES", "el lote n.º AB-12 300 kg"));
        assertEquals("ISSN cero cero cero cuatro-doscientos ochenta y dos X", read("es-ES", "ISSN 0004-282X"));
        assertEquals("ganaron tres-uno, la cuota cero ocho-doce", read("es-ES", "ganaron 3-1, la cuota 08-12"));
        assertEquals("los códigos postales dos ocho cero cero uno a dos ocho cero cero cinco",
                read("es-ES", "los códigos postales 28001-28005"));
    }

    @Test
    void aKeyedCodeInThreeHyphenatedGroupsIsOneCode() {
        // Round ten B: three hyphenated groups or more after a code's cue are one printed code, in both languages.
        assertEquals("pagá con el código de pago siete uno cero cero, tres nueve dos dos, cinco cuatro ocho uno.",
                read("es-AR", "pagá con el código de pago 7100-3922-5481."));
        assertEquals("Enter access code two two one, four seven zero, eight eight three at the gate",
                read("en-US", "Enter access code 221-470-883 at the gate"));
        // Must not fire: two groups keep their readings (a Spanish keyed code's pause, an English range of codes), and
        // postal codes their range.
        assertEquals("ingresá el código cinco ocho uno nueve, dos cero cuatro seis", read("es-AR", "ingresá el código 5819-2046"));
        assertEquals("ZIP codes four three two zero one to four three two one five", read("en-US", "ZIP codes 43201-43215"));
        assertEquals("los códigos postales dos ocho cero cero uno a dos ocho cero cero cinco",
                read("es-ES", "los códigos postales 28001-28005"));
    }

    @Test
    void aSpanishOrderOfFourDigitsOrMoreIsACode() {
        assertEquals("tu equipo (orden setenta y tres cuatro dos cero) está listo", read("es-AR", "tu equipo (orden 73420) está listo"));
        // Must not fire: a short number after "orden" counts.
        assertEquals("la orden cinco del día", read("es-AR", "la orden 5 del día"));
    }

    @Test
    void aTransferAliasSaysItsDots() {
        assertEquals("transferí al alias CASA punto NORTE punto ALQ. Gracias", read("es-AR", "transferí al alias CASA.NORTE.ALQ. Gracias"));
        // Must not fire: a name after "alias", a dotted word elsewhere (a file's is read as one since round ten B:
        // "LEEME.TXT" → "LEEME punto TXT").
        assertEquals("el alias Juan y la marca CASA.NORTE", read("es-AR", "el alias Juan y la marca CASA.NORTE"));
    }

    @Test
    void aReferenceIsReadByOneRulePerLength() {
        // Round eight: four digits dictated, three said as a number (English in pairs), five keep the seed's pair head.
        assertEquals("el socio número tres uno ocho cinco y el pedido número doce tres cuatro cinco",
                read("es-ES", "el socio n.º 3185 y el pedido #12345"));
        assertEquals("account seven seven one two and Game number two fourteen and booking number three oh five",
                read("en-GB", "account 7712 and Game #214 and booking #305"));
        // Must not fire: one or two digits stay a number, a leading zero is dictated whatever the length.
        assertEquals("pedido número siete; número cero cuatro uno dos", read("es-ES", "pedido n.º 7; n.º 0412"));
        assertEquals("ticket number zero four one two", read("en-US", "ticket #0412"));
    }

    @Test
    void lettersBeforeASlashOrASeriesAreSpeltAndTheSlashSaid() {
        // Round eight: a folio numbered by year, an office's initials over a serial, a keyed code with a glued head.
        assertEquals("el folio Z F veintiséis, cero cuatro uno dos y el folio LAB veintiséis barra tres tres ocho uno",
                read("es-MX", "el folio ZF-26-0412 y el folio LAB-26/3381"));
        assertEquals("la factura F dos mil veintiséis barra cero nueve uno tres", read("es-ES", "la factura F-2026/0913"));
        assertEquals("invoice H F slash two zero nine three one and reference T E C slash five five two one",
                read("en-GB", "invoice HF/20931 and ref TEC/5521"));
        assertEquals("con el código Q X siete dos dos ocho uno", read("es-US", "con el código QX7-2281"));
        assertEquals("the code Q X seven two two eight one", read("en-US", "the code QX7-2281"));
        // Round seventeen: a head of four digits, its hyphen a pause (was "dos cero dos cuatro-cero cero…", "cuarenta mil…").
        assertEquals("su expediente A B dos cero dos cuatro, cero cero uno dos tres y el folio S N dos cero dos seis, cuatro cero cinco uno siete",
                read("es-ES", "su expediente AB2024-00123 y el folio SN2026-40517"));
        // Must not fire: one group after a capital keeps its road or model reading; English keeps NeMo's "MIG-25/…".
        assertEquals("el A P siete y la N trescientos treinta y dos", read("es-ES", "el AP-7 y la N-332"));
        assertEquals("MIG-twenty five/two three five two one two-asdg", read("en", "MIG-25/235212-asdg"));
    }

    @Test
    void roundTwelveCapitalsAndDigitsOnBothSidesOfAHyphenAreOneCode() {
        assertEquals("con el código M X siete, Q K cuatro dos antes", read("es-MX", "con el código MX7-QK42 antes"));
        assertEquals("el código de acceso H B dos, W N cinco ocho, Q cuatro", read("es-US", "el código de acceso HB2-WN58-Q4"));
        // Must not fire: one capital first (two vitamins, two levels), digits right after the hyphen (an engine's model).
        assertEquals("vitaminas B seis-B doce", read("es-ES", "vitaminas B6-B12"));
        assertEquals("los motores C F seis-ochenta E uno", read("es-ES", "los motores CF6-80E1"));
    }

    @Test
    void anArgentineCuitAndAPlateAfterItsVehicleAreDictated() {
        // Round eight: a CUIT's three groups digit by digit; a Mercosur plate a few words after its vehicle.
        assertEquals("tu CUIT dos cero, uno dos tres cuatro cinco seis siete ocho, nueve", read("es-AR", "tu CUIT 20-12345678-9"));
        assertEquals("la patente de tu auto A F cuatro ocho dos K D", read("es-AR", "la patente de tu auto AF 482 KD"));
        // A postal code after "es" is dictated as every tuning row dictates one ("el CP es 5000").
        assertEquals("el código postal es cinco cero cero cero; su código postal es ocho cuatro cero cero", read("es-AR", "el CP es 5000; su código postal es 8400"));
        // Must not fire: a range of two numbers, the plate's shape with no vehicle before it, a count after "es".
        assertEquals("el total es cinco mil", read("es-AR", "el total es 5000"));
        assertEquals("el rango veinte-treinta", read("es-AR", "el rango 20-30"));
        assertEquals("la sala AB ciento veintitrés CD", read("es-AR", "la sala AB 123 CD"));
    }

    @Test
    void aBritishTaxCodePostcodeDistrictAndAircraftAreReadAsSaid() {
        // Round eight: a tax code in pairs and its letter; a two-digit postcode district as a number; "the A320 jet".
        assertEquals("your new tax code twelve fifty seven L", read("en-GB", "your new tax code 1257L"));
        assertEquals("Diss I P twenty two four L T and London S W one A one A A and Leeds L S one four D Y",
                read("en-GB", "Diss IP22 4LT and London SW1A 1AA and Leeds LS1 4DY"));
        assertEquals("the A three twenty jet and the A five nine one road", read("en-GB", "the A320 jet and the A591 road"));
        // Must not fire: litres glued to a number without "tax code" before it.
        assertEquals("a one thousand two hundred and fifty seven litre tank", read("en-GB", "a 1257L tank"));
    }

    @Test
    void roundThirtyOneBATaxCodeAfterACommaOrAVerbAndPluralPFormsAreSaidAsPayrollDoes() {
        // Round thirty-one B: "tax code" then a comma, a colon or a few words (an earlier code among them) still names the code.
        assertEquals("Your tax code is twelve fifty seven L. Tax code: eleven eighty five M. Your new tax code, twelve fifty seven L,"
                + " has changed from eleven hundred L to twelve fifty seven L.",
                read("en-GB", "Your tax code is 1257L. Tax code: 1185M. Your new tax code, 1257L, has changed from 1100L to 1257L."));
        // HMRC's P forms in the plural: the "s" is said on the number; P11D's letter takes it as a letter does.
        assertEquals("Your P sixties and P forty fives, the P eight hundreds, a P sixty, two P eleven Ds",
                read("en-GB", "Your P60s and P45s, the P800s, a P60, two P11Ds"));
        // Must not fire: litres with no tax code before them (another sentence, no "tax code" at all); other codes' "s".
        assertEquals("The tax code. A new two hundred and forty litre tank. Buy two hundred litres now",
                read("en-GB", "The tax code. A new 240L tank. Buy 200L now"));
        assertEquals("the A four s and B fifty two s, M P three s", read("en-GB", "the A4s and B52s, MP3s"));
    }

    @Test
    void aNumberAndACapitalJoinedByAHyphenAreACodeOfRoundNine() {
        assertEquals("lot four four one two B is recalled", read("en-US", "lot 4412-B is recalled"));
        assertEquals("el lote cinco cinco dos uno C está retirado", read("es-ES", "el lote 5521-C está retirado"));
        assertEquals("Apt twelve B", read("en-US", "Apt 12-B"));
        // must not fire: a capital then more letters, a year's serial
        assertEquals("lot four thousand four hundred and twelve-Bx is here", read("en-US", "lot 4412-Bx is here"));
        assertEquals("lot twenty twenty six, one one eight seven three four is here", read("en-US", "lot 2026-118734 is here"));
    }

    @Test
    void fourDigitsAHyphenAndCapitalsAreAFormsName() {
        // Round eleven B: a tax form or a model, its number said as a year is, the capitals spelt.
        assertEquals("any ten ninety nine I N T forms", read("en-US", "any 1099-INT forms"));
        assertEquals("Form ten forty E S, the nineteen ninety X L", read("en-US", "Form 1040-ES, the 1990-XL"));
        // must not fire: one capital (a lot), a leading zero, capitals then lower case, Spanish
        assertEquals("lot four four one two B", read("en-US", "lot 4412-B"));
        assertEquals("lot four thousand four hundred and twelve-Bx is here", read("en-US", "lot 4412-Bx is here"));
        assertEquals("reference zero zero nine nine-AB", read("en-US", "ref 0099-AB"));
    }

    @Test
    void roundFourteenBFourDigitsAndOneCapitalNamedAsAFormAreAForm() {
        assertEquals("Form ten ninety nine K, your ten ninety eight T, your employer's ten ninety five C, any ten ninety nine R forms",
                read("en-US", "Form 1099-K, your 1098-T, your employer's 1095-C, any 1099-R forms"));
        assertEquals("your W two, an I nine and the D S one sixty", read("en-US", "your W-2, an I-9 and the DS-160"));
        // must not fire: a code's noun before it (a lot, a part, a unit), a leading zero, a road, a school's range
        assertEquals("lot four four one two B, part three three one zero A, unit four four one two B",
                read("en-US", "lot 4412-B, part 3310-A, unit 4412-B"));
        assertEquals("reference zero zero nine nine A, I ninety five, K twelve schools", read("en-US", "ref 0099-A, I-95, K-12 schools"));
    }

    @Test
    void aCoursesNumberAfterItsSubjectIsSaidInPairs() {
        // Round nine: "101" after a capitalised subject is the beginners' course; another number before a course word.
        assertEquals("Sign up for Intro to Pottery one oh one this spring.", read("en-US", "Sign up for Intro to Pottery 101 this spring."));
        assertEquals("Our Spanish two oh one course starts", read("en-US", "Our Spanish 201 course starts"));
        assertEquals("our Biology one ten class", read("en-US", "our Biology 110 class"));
        // must not fire: a lower-case word, a weekday or a month before it, another number with no course word, Spanish
        assertEquals("see page one hundred and one now", read("en-US", "see page 101 now"));
        assertEquals("On Monday one hundred and one people came", read("en-US", "On Monday 101 people came"));
        assertEquals("On Monday two hundred and one classes start", read("en-US", "On Monday 201 classes start"));
        assertEquals("The Fund has two hundred and one members", read("en-US", "The Fund has 201 members"));
        assertEquals("el Aula ciento uno", read("es-ES", "el Aula 101"));
        // Round eleven B: a sentence's capitalised verb of calling is no subject; the number is dialled.
        assertEquals("Call one zero one. Text one zero one now.", read("en-GB", "Call 101. Text 101 now."));
    }

    @Test
    void aSubjectsCapitalsAndACourseNumberAreACourse() {
        // Round eleven B: the subject said as its clipped word, three or four digits in pairs, spaced or glued.
        assertEquals("the exam for chem one oh one is Wednesday.", read("en-US", "the exam for CHEM 101 is Wed."));
        assertEquals("your resit for econ twenty forty one, psych two ten and math ten ten", read("en-GB", "your resit for ECON2041, PSYCH 210 and MATH 1010"));
        // must not fire: no number, one digit, five digits, a letter or a decimal after, a leading zero, Spanish
        assertEquals("E C O N is hard. C H E M one lab. C H E M ten thousand one hundred and fifty code.",
                read("en-US", "ECON is hard. CHEM 1 lab. CHEM 10150 code."));
        assertEquals("C H E M one hundred and one A, C H E M one hundred and one point five units, M A T H zero one zero one",
                read("en-US", "CHEM 101A, CHEM 101.5 units, MATH 0101"));
        assertEquals("ECON ciento uno", read("es-ES", "ECON 101"));
    }

    @Test
    void aSpanishCapitalHyphenAndShortNumberLoseTheHyphen() {
        // Round nine: as English "J-1", the letter and its number, the hyphen unsaid.
        assertEquals("camarón U quince y pulpo", read("es-MX", "camarón U-15 y pulpo"));
        assertEquals("por obras, la A seis está cortada", read("es-ES", "por obras, la A-6 está cortada"));
        // must not fire: a device's fault code (digit by digit); a two-capital road keeps its capitals (round sixty-five C)
        // (round seventy-one C: after "error" or "código" its two digits are said as a number, "el error E-41" "E cuarenta y uno")
        assertEquals("su bomba marca E cuatro uno.", read("es-ES", "su bomba marca E-41."));
        assertEquals("la AP siete", read("es-ES", "la AP-7"));
    }

    @Test
    void aSpanishCodeOfShortGroupsReadsEachGroupOneWay() {
        // Round ten B: digits, capitals and digits joined by hyphens are one code, the hyphens unsaid; a lettered code whose
        // groups are all short says each as a number, as it says its head.
        assertEquals("el código cuarenta y dos T R diecisiete", read("es-ES", "el código 42-TR-17"));
        assertEquals("la unidad P K L cuarenta y ocho, treinta y seis", read("es-MX", "la unidad PKL-48-36"));
        // Must not fire: a serial after a short head stays dictated, a single capital between numbers is no code, and
        // English keeps dictating its hyphenated codes.
        assertEquals("folio Z F veintiséis, cero cuatro uno dos", read("es-ES", "folio ZF-26-0412"));
        assertEquals("la dos-A-tres", read("es-ES", "la 2-A-3"));
        assertEquals("Enter code six four R T two nine", read("en-US", "Enter code 64-RT-29"));
    }

    @Test
    void roundTwelveBAPlateAfterItsWordIsDictated() {
        assertEquals("license plate K T R five five eight one, plate J X W three three zero seven, registration H B N seven one two six,"
                + " your reg as T W X eight eight four", read("en-US", "license plate KTR 5581, plate JXW 3307, registration HBN 7126,"
                + " your reg as TWX 884"));
        // must not fire: digits or capitals alone after the word, a plate's word with no code after it
        assertEquals("Plate two of the set, the registration F A Q, Registration opens at nine AM",
                read("en-US", "Plate 2 of the set, the registration FAQ, Registration opens at 9 AM"));
    }

    @Test
    void roundFifteenBAProductsNumberAfterItsBrandIsSaidInPairs() {
        assertEquals("with Microsoft three sixty five Business licenses, Office three sixty five apps, an Xbox three sixty controller",
                read("en-US", "with Microsoft 365 Business licenses, Office 365 apps, an Xbox 360 controller"));
        // must not fire: a numbered place before it (a room, said in pairs as rooms are), a count after a name with no product's word after it
        assertEquals("Meet in Room one fourteen Building B. We have three hundred and sixty five days left.",
                read("en-US", "Meet in Room 114 Building B. We have 365 days left."));
        assertEquals("Microsoft three hundred and sixty five times", read("en-US", "Microsoft 365 times"));
    }

    @Test
    void roundSeventyFourIAMakesThreeDigitModelIsSaidInPairsAndAUnitsCapitalsEndNoProductsName() {
        assertEquals("rent the Cessna two ten or your Piper one forty, a Beechcraft one seventy five.",
                read("en-US", "rent the Cessna 210 or your Piper 140, a Beechcraft 175."));
        // Must not fire: a count before its plural noun, a numbered place, a road, an index's capitals, a round hundred.
        assertEquals("the Hilton two hundred and fifty rooms, Hangar three, Route sixty six, the F T S E two hundred and fifty fell,"
                + " Fortune five hundred companies, the Hilton two hundred and the Marriott one hundred and fifty guests.",
                read("en-GB", "the Hilton 250 rooms, Hangar 3, Route 66, the FTSE 250 fell, Fortune 500 companies, the Hilton 200"
                        + " and the Marriott 150 guests."));
        // "IU" after a capitalised word's number is a dose's unit, no product's name; a product's capitalised word still is.
        assertEquals("Take one hundred and fifty international units daily, Inject three hundred and seventy five international"
                + " units of it. Microsoft three sixty five Business.",
                read("en-US", "Take 150 IU daily, Inject 375 IU of it. Microsoft 365 Business."));
    }

    @Test
    void roundSeventyFourIATwoCapitalsAndFiveDigitsAreACodeAnywhere() {
        assertEquals("have it ready, for example K T five one nine three seven; or ready, M R two zero four one eight; codes A B one"
                + " two three four five, C D six seven eight nine zero.",
                read("en-GB", "have it ready, e.g. KT 51937; or ready, MR 20418; codes AB 12345, CD 67890."));
        // Must not fire: a count before its plural noun, a currency's code, a state's code after its city, four digits.
        assertEquals("U K twenty five thousand jobs, pay fifteen thousand US dollars, Austin, Texas seven eight seven zero one and"
                + " A B twelve thirty four.",
                read("en-GB", "UK 25000 jobs, pay USD 15000, Austin, TX 78701 and AB 1234."));
    }

    @Test
    void roundFifteenBADictatedCodesHyphenIsNeitherSaidNorAPause() {
        assertEquals("case C V two zero two six zero one four five five two, account zero zero four eight one two two,"
                + " claim zero four five seven seven", read("en-US", "case CV2026-014552, account 00481-22, claim 045-77"));
        // must not fire: a code not led by a zero keeps its pause, three groups keep round ten B's pauses
        assertEquals("claim one two three four five, six seven, case zero zero four nine, one five zero zero, zero five",
                read("en-US", "claim 12345-67, case 0049-1500-05"));
    }

    @Test
    void roundFifteenBAPlateOfFiveDigitsAfterItsLettersIsDictated() {
        assertEquals("plate Z K five eight two three one, license plate K D seven three three zero five",
                read("en-US", "plate ZK 58231, license plate KD 73305"));
        // must not fire: five digits alone, a plate's word with a count after it; six digits after capitals stay a dictated code
        assertEquals("plate fifty eight thousand two hundred and thirty one", read("en-US", "plate 58231"));
        assertEquals("registration H R one two three four five six", read("en-US", "registration HR 123456"));
        assertEquals("Plates twelve thousand five hundred were sold", read("en-US", "Plates 12,500 were sold"));
    }

    @Test
    void roundTwelveBNoAfterACapitalisedNounAndRefBeforeACodeAreTheirWords() {
        assertEquals("Order number W C five five zero one six. Invoice number H T seven seven two zero.",
                read("en-US", "Order no. WC-55016. Invoice no. HT7720."));
        assertEquals("Reference: Y W slash four four eight one zero two. Your booking reference G H two one seven six four.",
                read("en-GB", "Ref: YW/448102. Your booking ref GH-21764."));
        // must not fire: "ref" as a word (a referee), "Ref" before a count, "no." with no code after it
        assertEquals("The ref gave two yellow cards. Our ref: two pages. Ask the ref.",
                read("en-GB", "The ref gave 2 yellow cards. Our ref: 2 pages. Ask the ref."));
        assertEquals("I said no. We will call.", read("en-GB", "I said no. We will call."));
    }

    @Test
    void roundTwelveBACourseNumberAfterSpeltSubjectCapitalsIsSaidInPairs() {
        // Since the lead's change after round sixteen, a code that starts its subject's name ("ENGL", "HIST") is the name.
        assertEquals("your C S one oh one final, the English one oh two essay, the history two ten seminar",
                read("en-US", "your CS 101 final, the ENGL 102 essay, the HIST 210 seminar"));
        // must not fire: no course word after a number other than 101, a full stop between the capitals and the number
        assertEquals("the F B I one hundred and two agents, we charged V A T. one hundred and one people paid",
                read("en-GB", "the FBI 102 agents, we charged VAT. 101 people paid"));
        assertEquals("C S two hundred and ten students", read("en-US", "CS 210 students"));
    }

    @Test
    void aLetteredHeadWithSpacedDigitGroupsIsDictatedGroupByGroup() {
        // Round sixteen B: a parcel's number printed as a lettered head and digit groups, eight digits or more.
        assertEquals("your parcel J D zero one four eight, three three seven two, nine zero five one will come",
                read("en-GB", "your parcel JD0148 3372 9051 will come"));
        assertEquals("shipment Q T four zero six eight one, two two nine four", read("en-US", "shipment QT40681 2294"));
        assertEquals("su paquete J D cero uno cuatro ocho, tres tres siete dos llega hoy", read("es-ES", "su paquete JD0148 3372 llega hoy"));
        // Must not fire: fewer than eight digits (a flight and a count, a model and a count), a decimal after the group.
        assertEquals("Flight B A one one seven twelve hundred passengers", read("en-US", "Flight BA117 1200 passengers"));
        assertEquals("Model X five hundred two thousand units", read("en-US", "Model X500 2000 units"));
    }

    @Test
    void anInitialismsLastDigitsAndAYearsZeroLedSerialAreDictated() {
        // The lead after round sixteen: "ending" after an identifier's initialism, as after "card"; a year, a slash and a
        // zero-led serial is a reference, never a fraction.
        assertEquals("Your U T R ending four four seven one, the E I N ending eight eight two three",
                read("en-GB", "Your UTR ending 4471, the EIN ending 8823"));
        assertEquals("el resguardo dos mil veintiséis barra cero cero cuatro uno dos siete", read("es-ES", "el resguardo 2026/004127"));
        // Must not fire: a year after "ending", a fraction or a date with no zero-led serial, a season.
        assertEquals("for the F Y ending twenty twenty six", read("en-US", "for the FY ending 2026"));
        assertEquals("dos tercios de los clientes", read("es-ES", "2/3 de los clientes"));
    }

    @Test
    void aYearSlashAndALongSerialAfterADocumentsNounIsAReference() {
        // Round nineteen: a year over five digits or more is no fraction; behind a document's noun it is its number,
        // the serial by the house length rule.
        assertEquals("(expediente dos mil veintiséis barra uno uno ocho siete tres cuatro)", read("es-ES", "(exp. 2026/118734)"));
        assertEquals("la resolución dos mil veinticinco barra cuarenta y ocho dos uno tres", read("es-MX", "la resolución 2025/48213"));
        assertEquals("el registro dos mil veintitrés barra siete siete uno dos tres cuatro", read("es-AR", "el registro 2023/771234"));
        // Must not fire: a fraction, a number over its year, a year and a month, a serial of four digits, no noun.
        assertEquals("tres cuartos de taza", read("es-ES", "3/4 de taza"));
        assertEquals("la resolución mil cuatrocientos cincuenta y dos, dos mil veintiséis", read("es-ES", "la resolución 1452/2026"));
        assertEquals("el registro dos mil veintiséis barra once", read("es-ES", "el registro 2026/11"));
        assertFalse(read("es-ES", "la resolución 2026/4471").contains("cuatro cuatro siete uno"), "four digits over a year: not this rule");
        // Round forty: "registro" is a reference's noun, its serial over a year dictated as after "expediente".
        assertEquals("el registro dos mil veintiséis barra cuatro cuatro siete uno", read("es-ES", "el registro 2026/4471"));
        assertFalse(read("es-ES", "la carta 2026/118734").contains("barra"), "no document's noun");
        // Round twenty-two B: English has the rule too, with its own nouns and "slash", "ref" and "no." without their dot.
        assertEquals("your appeal reference twenty twenty six slash five five three one seven zero",
                read("en-US", "your appeal ref 2026/553170"));
        assertEquals("docket number twenty twenty five slash thirty eight eight one six and application twenty twenty six slash four zero seven two one five",
                read("en-US", "docket no. 2025/38816 and application 2026/407215"));
        // Must not fire: no document's noun, a noun that numbers nothing.
        assertFalse(read("en-US", "the 2026/118734 ratio").contains("slash"), "no document's noun");
        assertFalse(read("en-US", "a share 2026/118734").contains("slash"), "no document's noun");
    }

    @Test
    void roundTwentySixBAYearOverAShortSerialOrAfterANounsColonIsTheDocumentsNumberInEnglish() {
        assertEquals("quote file twenty twenty three slash seventy seven", read("en-US", "quote file 2023/77"));
        assertEquals("claim reference: twenty twenty four slash ninety nine one two zero", read("en-GB", "claim ref: 2024/99120"));
        assertEquals("permit number: twenty twenty six slash ninety five", read("en-US", "permit number: 2026/95"));
        // Must not fire: fractions, a date, a season's next year, no document's noun.
        assertEquals("add three quarters cup, open twenty four seven, a fifty fifty split", read("en-US", "add 3/4 cup, open 24/7, a 50/50 split"));
        assertFalse(read("en-GB", "due 12/05/2026").contains("slash"), "a date");
        assertFalse(read("en-GB", "a record 2023/24 season").contains("slash"), "a season");
        assertFalse(read("en-US", "the 2023/77 ratio").contains("slash"), "no document's noun");
        assertFalse(read("en-US", "a note: 2023/77").contains("slash"), "no document's noun before the colon");
    }

    @Test
    void aCourseCodeThatStartsItsSubjectsNameIsSaidInFullAndBldgIsABuilding() {
        // The lead after round sixteen: "ENGL 102" as batch 37_en's writer read it; "Bldg." as "Dept." is said.
        assertEquals("registration for English one oh two and history one fifteen at the Admin Building, Building four",
                read("en-US", "registration for ENGL 102 and HIST 115 at the Admin Bldg., Bldg. 4"));
        // Must not fire: a code with no course number after it, a spelt subject that starts no name.
        assertEquals("the S P A N two class, your C S one oh one final", read("en-US", "the SPAN 2 class, your CS 101 final"));
    }

    @Test
    void digitGroupsAfterAnIdOrAPinAreDictatedAndAGluedKeyedHashIsTheKey() {
        // Round eighteen B: every printed group alike after "ID"/"PIN" (the last was "one hundred and seventeen"), and a
        // "#" glued after the keyed digits in a keyed sentence is the line's key ("pound" in the US; it was "hash").
        assertEquals("enter meeting I D eight eight four, two zero three, one one seven pound",
                read("en-US", "enter meeting ID 884 203 117#"));
        assertEquals("your member I D is four zero nine, two two six, five one three; key in PIN two two eight one, nine three zero hash.",
                read("en-GB", "your member ID is 409 226 513; key in PIN 2281 930#."));
        assertEquals("enter passcode four four one seven, nine nine zero two followed by pound",
                read("en-US", "enter passcode 4417 9902 followed by #"));
        // Must not fire: one group, a last group of two before a word (a count), a "#" glued before a digit, a "#" after
        // digits in a sentence that keys nothing.
        assertEquals("the I D twelve thirty four rule; your PIN four four seven one twenty times; We're number one; Apartment four hash today",
                read("en-US", "the ID 12 34 rule") + "; " + read("en-US", "your PIN 4471 20 times") + "; " + read("en-US", "We're #1") + "; "
                        + read("en-US", "Apt 4# today"));
    }

    @Test
    void digitsKeyedWithAGluedHashAreDictated() {
        // Round nineteen B: the digits before the keyed "#" are keyed too ("enter 4417#" was "four thousand…").
        assertEquals("enter four four one seven pound", read("en-US", "enter 4417#"));
        assertEquals("Key in eight zero four one three hash and wait.", read("en-GB", "Key in 80413# and wait."));
        // Must not fire: a sentence that keys nothing, a digit alone, digits with no "#".
        assertEquals("The twenty twenty four hash value; Press one pound now; enter four thousand four hundred and seventeen times",
                read("en-US", "The 2024# value") + "; " + read("en-US", "Press 1# now") + "; " + read("en-US", "enter 4417 times"));
    }

    @Test
    void aCodePrintedInPairsIsDictatedPairByPair() {
        // Round nineteen B: a passcode's pairs as the groups after "ID" or "PIN" ("sixty forty one seventy seven" before).
        assertEquals("your passcode six zero, four one, seven seven expires", read("en-US", "your passcode 60 41 77 expires"));
        assertEquals("The key safe code is seven one, zero nine, four four.", read("en-GB", "The key safe code is 71 09 44."));
        // Must not fire: two pairs (a count could follow), one group.
        assertEquals("the code twelve thirty four rule; your passcode is four four one seven.",
                read("en-US", "the code 12 34 rule") + "; " + read("en-US", "your passcode is 4417."));
    }

    @Test
    void anEnglishLabelledIsbnIsDictatedWithItsHyphensAsPauses() {
        // Round nineteen B: as Spanish does, an ISBN after its label is dictated ("nine hundred and seventy eight-zero-…").
        assertEquals("I S B N nine seven eight, zero, three zero six, four zero six one five, seven",
                read("en-US", "ISBN 978-0-306-40615-7"));
        assertEquals("The I S B N is zero, three zero six, four zero six one five, two.", read("en-GB", "The ISBN is 0-306-40615-2."));
        // Must not fire: too few digits. (Round sixty-three A: a thirteen-digit number with the 978 head in five groups is
        // dictated whatever its check digit, see isbnThirteenShapeIsDictatedWhereverItStands.)
        assertEquals("I S B N nine hundred and seventy eight-zero", read("en-US", "ISBN 978-0"));
    }

    @Test
    void isbnThirteenShapeIsDictatedWhereverItStands() {
        // Round sixty-three A: the hyphened ISBN-13 shape away from its label, or with none, was read as numbers joined by
        // hyphens ("nine hundred and seventy nine-eight-…"); in Spanish after "el ISBN" too.
        assertEquals("the I S B N, for example nine seven nine, eight, eight eight six four five, three one zero, two, then",
                read("en-US", "the ISBN, for example 979-8-88645-310-2, then"));
        assertEquals("el ISBN nueve siete ocho, uno, cuatro nueve dos cero, siete siete tres cero, cinco ya",
                read("es-US", "el ISBN 978-1-4920-7730-5 ya"));
        // Must not fire: a phone number, a date, a part number of another head or length, a sixth group.
        assertEquals("Call nine seven eight, five five five, zero one two three now.", read("en-US", "Call 978-555-0123 now."));
        assertFalse(read("en-US", "Part 977-1-4920-7730-5 fits.").contains("nine seven seven"));
        assertFalse(read("en-US", "Part 978-1-4920-7730-55 fits.").contains("nine seven eight, one"));
        assertFalse(read("en-US", "Part 978-1-4920-7730-5-2 fits.").contains("nine seven eight, one"));
    }

    @Test
    void aFilesShortenedNounBeforeItsSerialIsAReference() {
        // Round twenty-two: "exp." and "expte." before a serial read it as "expediente" does, by the house length rule
        // ("exp. 58317" was "cincuenta y ocho mil trescientos diecisiete").
        assertEquals("su expediente cincuenta y ocho tres uno siete, y el Expediente cuatro cinco ocho dos",
                read("es-ES", "su exp. 58317, y el Exp. 4582"));
        // Must not fire: "exp." as "experiencia" before a short count, an amount, a count of files.
        assertEquals("con exp. tres años; un expediente de doce mil trescientos cuarenta y cinco euros; doce mil trescientos cuarenta y cinco expedientes",
                read("es-ES", "con exp. 3 años; un expediente de 12345 euros; 12345 expedientes"));
    }

    @Test
    void roundSeventySixMThreeCapitalsAndFiveDigitsAreACodeAnywhere() {
        assertEquals("your file, K B W three zero seven one six, is closed.", read("en-GB", "your file, KBW 30716, is closed."));
        // Must not fire: three capitals said as a word (a ZIP, a PIN, a standard), a count before its plural noun.
        assertEquals("ZIP nine zero two one zero, PIN one two three four five, ISO fourteen thousand one, A B C twelve thousand three"
                + " hundred and forty five jobs.", read("en-US", "ZIP 90210, PIN 12345, ISO 14001, ABC 12345 jobs."));
    }

    @Test
    void roundSeventySixMJobAndABareNounsNumberSetApartAreCodes() {
        assertEquals("your boiler repair, job fifty two eight one four, is booked; quote parcel number sixty one eight three zero when"
                + " you call.", read("en-GB", "your boiler repair, job 52814, is booked; quote parcel number 61830 when you call."));
        // Must not fire: jobs counted, the number itself, a count's word, a phone's word, a plural noun after the digits.
        assertEquals("a job forty thousand people want, per job twelve thousand, the number fifteen thousand if needed, total number"
                + " twelve thousand, if so, phone number twelve thousand three hundred and forty five if, job twelve thousand three"
                + " hundred and forty five jobs.", read("en-GB", "a job 40000 people want, per job 12000, the number 15000 if needed,"
                + " total number 12000, if so, phone number 12345 if, job 12345 jobs."));
    }
    @Test
    void everyPairOfALongReferenceInPairsIsDictatedAlike() {
        // Round twenty-two: seven pairs after a reference word were "cuarenta" for the first and numbers past the fifth.
        assertEquals("la referencia cuatro cero, uno siete, nueve tres, dos seis, cinco ocho, siete uno, cero nueve para el parte",
                read("es-ES", "la referencia 40 17 93 26 58 71 09 para el parte"));
        assertEquals("passcode six zero, four one, seven seven, two zero, one one, nine three, zero five",
                read("en-US", "passcode 60 41 77 20 11 93 05"));
        // Must not fire: one pair after the word, a pair and a count.
        assertEquals("el pedido doce de treinta y cuatro cajas; la referencia cuarenta y cinco, gracias",
                read("es-ES", "el pedido 12 de 34 cajas; la referencia 45, gracias"));
    }

    @Test
    void aSpanishLabelledIsbnIsDictatedByTheSameRule() {
        // Round twenty-two: Spanish shares the English rule, its label as written; printed in spaced groups it was read
        // as numbers ("tres uno dos mil trescientos…").
        assertEquals("el ISBN es nueve siete ocho, seis cero siete, tres uno, dos tres cuatro cinco, siete.",
                read("es-MX", "el ISBN es 978 607 31 2345 7."));
        assertEquals("ISBN: nueve siete ocho, seis cero siete, tres uno, dos tres cuatro cinco, siete", read("es-ES", "ISBN: 978 607 31 2345 7"));
        // Must not fire: a count after the label, a short number.
        assertEquals("sin ISBN dos de los libros; ISBN doce", read("es-ES", "sin ISBN 2 de los libros; ISBN 12"));
    }

    @Test
    void roundEightyOneAFichaBeforeALongNumberAndSeurAfterAColon() {
        // A "ficha" (a record or intake card) names its code by the house length rule before five digits or more.
        assertEquals("su ficha de socio sesenta y uno cero cuatro siete está activa",
                read("es-ES", "su ficha de socio 61047 está activa"));
        // Must not fire: a token's price, a form's short item, a count of cards.
        assertEquals("una ficha de cinco pesos, la ficha tres del formulario, veinte mil fichas",
                read("es-MX", "una ficha de 5 pesos, la ficha 3 del formulario, 20000 fichas"));
        // Round eighty-two A: a receipt's five digits, perhaps after "número", are its code by the same rule.
        assertEquals("su recibo número sesenta y uno cuatro siete cero está listo; el recibo sesenta y uno cuatro siete cero",
                read("es-MX", "su recibo número 61470 está listo; el recibo 61470"));
        // Must not fire: four digits, an amount after "de" or after the digits.
        assertEquals("el recibo número dos mil veintiséis, el recibo de quince mil pesos, el recibo número quince mil pesos",
                read("es-MX", "el recibo número 2026, el recibo de 15000 pesos, el recibo número 15000 pesos"));
        // A carrier's name of four capitals after a reference word and a colon is said as its name, as "MRW" is.
        assertEquals("envío: SEUR siete siete cero uno, cuatro cuatro dos ocho",
                read("es-ES", "envío: SEUR 7701 4428"));
        // Must not fire: other capitals there are spelt.
        assertEquals("envío: S E A T siete siete cero uno, cuatro cuatro dos ocho",
                read("es-ES", "envío: SEAT 7701 4428"));
    }

    @Test
    void capitalsAndDigitsJoinedByAHyphenAreACodesAndAStatesPlateIsDictatedWhole() {
        // Round eighteen B: two capitals a shouted word could be are a code's before a hyphen and a number ("HI-four" was
        // left as a word and a count); capitals glued to digits, a hyphen and capitals are dictated ("K forty nine-LMT");
        // a US state's capitals before a plate, and "tag", belong to the plate.
        assertEquals("mention offer H I four, quote promo U P three, locker J five two W M C",
                read("en-US", "mention offer HI-4, quote promo UP-3, locker J52-WMC"));
        assertEquals("for plate N J K four nine L M T, with tag R eight two K T V, plate T X B R four five five one two",
                read("en-US", "for plate NJ K49-LMT, with tag R82-KTV, plate TX BR4-5512"));
        // Must not fire: a name with one capital or said as a word, a highway, a shouted word of three capitals, a model
        // glued to its number, a price tag's amount.
        assertEquals("the COVID-nineteen kit, Wi-Fi, an A-list, I ninety five, STEP-two, the F one fifty and the X five, price tag twenty five dollars",
                read("en-US", "the COVID-19 kit, Wi-Fi, an A-list, I-95, STEP-2, the F-150 and the X5, price tag 25 dollars"));
    }

    @Test
    void roundEightyThreeBARunWithoutItsTrunkPrefixIsNeverReadWithOne() {
        // A ten-digit reference that libphonenumber would print with the UK trunk "0" is read as written, every digit its own.
        assertEquals("Quote parcel number one nine one four nine six zero four five two when you call.",
                read("en-GB", "Quote parcel number 1914960452 when you call."));
        // Must not fire: a run written with its trunk prefix, a US number (no trunk digit), a grouped phone.
        assertEquals("Call zero one nine one, four nine six, zero four five two or zero one nine one, four nine six, zero four five two today.",
                read("en-GB", "Call 01914960452 or 0191 496 0452 today."));
        assertEquals("Call two one two, five five five, zero one four seven today.", read("en-US", "Call 2125550147 today."));
    }

    @Test
    void roundEightyThreeBCourseLevelsWithAnOhAreSaidInPairs() {
        assertEquals("Sign up for Weaving two oh one and Sewing three oh one in the spring.",
                read("en-US", "Sign up for Weaving 201 and Sewing 301 in the spring."));
        // Must not fire: a capital opening the sentence, a count's noun after the number, a number with no "oh".
        assertEquals("Over two hundred and five people came. Only three hundred and one left. We sold Widgets two hundred and five units.",
                read("en-US", "Over 205 people came. Only 301 left. We sold Widgets 205 units."));
    }

    @Test
    void roundEightyTwoBACountBeforeAThreeDigitSizeLeavesItANameInPairs() {
        assertEquals("we post twenty four size six seventy five batteries", read("en-US", "we post 24 size 675 batteries"));
        // Must not fire: two digits, a round hundred (maybe a count of its own), a pack's "count", a unit after.
        assertEquals("twelve size ten batteries, twenty size one hundred envelopes, six size two hundred count packs, three size three hundred megabytes",
                read("en-US", "12 size 10 batteries, 20 size 100 envelopes, 6 size 200 count packs, 3 size 300 MB"));
    }

    @Test
    void roundSeventyFiveLACodeWeTextedYouIsKeyedIn() {
        assertEquals("enter the PIN we texted you, four seven one eight, then; the code we emailed you, eight one four three seven, then",
                read("en-US", "enter the PIN we texted you, 4718, then") + "; " + read("en-US", "the code we emailed you, 81437, then"));
        // Must not fire: no code's noun before "we sent you", a short count, a counted noun after the digits.
        assertEquals("the parcel we sent you, seven thousand one hundred and forty six, last week; the code we sent you, twelve, then; "
                        + "the PIN we texted you, twenty twenty six rules apply",
                read("en-US", "the parcel we sent you, 7146, last week") + "; " + read("en-US", "the code we sent you, 12, then") + "; "
                        + read("en-US", "the PIN we texted you, 2026 rules apply"));
    }

    @Test
    void roundEightyBAPinsWordsBeforeIsAndAReferenceBeforeAColon() {
        // Round eighty B: a PIN's preposition and words before its "is", a "service request" and a number set apart by a colon.
        assertEquals("your PIN for the bike shed is five zero three eight; the PIN to the side door is four four one seven",
                read("en-GB", "your PIN for the bike shed is 5038") + "; " + read("en-GB", "the PIN to the side door is 4417"));
        assertEquals("about service request sixty one two zero four: a visit; about job number seventy one five two six: a visit",
                read("en-US", "about service request 61204: a visit") + "; " + read("en-US", "about job number 71526: a visit"));
        // Must not fire: a count or an amount after the PIN's "is", a bare "request" before a count, a count after "job
        // number".
        assertEquals("The PIN for the first month is three days old. The PIN for the lockers is two thousand nine hundred and fifty seven pounds.",
                read("en-GB", "The PIN for the first month is 3 days old. The PIN for the lockers is 2957 pounds."));
        assertEquals("Please request forty thousand units: now. We hired job number twelve thousand workers: great.",
                read("en-US", "Please request 40000 units: now. We hired job number 12000 workers: great."));
    }

    @Test
    void roundTwentyAParcelsGuideOrTrackingInPrintedGroupsIsOneDictatedCode() {
        assertEquals("su guía cinco cinco tres cero, cero siete uno ocho y el tracking seis uno cero dos, cuatro cuatro nueve cero",
                read("es-MX", "su guía 5530 0718 y el tracking 6102 4490"));
        // Must not fire: a guide's part, a single number after "guía", an order's number then a count of two digits.
        assertEquals("la guía dos de tres; Guía cinco; la guía mil quinientas cajas; pedido doce doce unidades",
                read("es-MX", "la guía 2 de 3; Guía 5; la guía 1500 cajas; pedido 12 12 unidades"));
    }

    @Test
    void aFiveDigitNumberAfterADocumentsInitialismIsDictated() {
        // Round twenty B: a bill of lading's, a return's or a shipment's number after its initialism is a code with
        // letters, every digit said ("B O L fifty five thousand…" before).
        assertEquals("on B O L five five one two zero, R M A three zero nine one seven and P O two zero five zero zero",
                read("en-US", "on BOL 55120, RMA 30917 and PO 20500"));
        // Must not fire: a currency's code before an amount, a name's number, a count after a word after the initialism.
        assertEquals("fifty five thousand one hundred and twenty US dollars, COVID nineteen, the B O L lists twelve thousand forty units",
                read("en-US", "USD 55120, COVID 19, the BOL lists 12040 units"));
        assertEquals("fifty five thousand one hundred and twenty pounds", read("en-GB", "GBP 55120"));
        // Round twenty-two B: a number sign or "No." between the initialism and its digits is "number", the digits as before.
        assertEquals("your A W B number seven two zero four six and P O number six one five five three",
                read("en-GB", "your AWB #72046 and PO No. 61553"));
        // Must not fire: a capitalised word before a number sign, a currency's code before a sign, a short number after it.
        assertEquals("Invoice number eighty eight two one three, U S D number fifty five one two zero, P O number four four seven one",
                read("en-US", "Invoice #88213, USD #55120, PO #4471"));
    }

    @Test
    void aCodesShortLastGroupBeforeAVerbIsDictated() {
        // Round twenty B: a short last group of a code printed in groups, before a verb or a preposition, is the code's end
        // ("one one eight four fifty two is…" before), after capitals as after a reference's word.
        assertEquals("your consignment S P, seven seven three zero, one one eight four, five two is at our depot",
                read("en-GB", "your consignment SP 7730 1184 52 is at our depot"));
        assertEquals("your reference three three nine zero, seven seven one two, four five was sent",
                read("en-GB", "your reference 3390 7712 45 was sent"));
        // Must not fire: a count before its noun after the code keeps its number.
        assertEquals("badge B B, four four seven one, nine six two two visitors; PIN four four seven one twenty times",
                read("en-GB", "badge BB 4471 962 2 visitors") + "; " + read("en-GB", "PIN 4471 20 times"));
    }

    @Test
    void aLotNumberWithAGluedCapitalIsDictated() {
        // Round twenty-four: after a word that names a code, digits and one glued capital are the code, said character by
        // character.
        assertEquals("retiren el lote cuatro cinco uno ocho B; batch seven seven zero one K; lot six one zero zero D",
                read("es-ES", "retiren el lote 4518B") + "; " + read("en-GB", "batch 7701K") + "; " + read("en-US", "lot 6100D"));
        // Must not fire: a resolution, a flat, amperes, litres, a model's short number. Round forty (the house's decision):
        // a lot without a capital is a reference too, dictated by the house length rule.
        assertEquals("a four K T V, model four K, flat three B, a ten amp fuse, the five liter jug, model three hundred and twenty D",
                read("en-US", "a 4K TV, model 4K, flat 3B, a 10A fuse, the 5L jug, model 320D"));
        assertEquals("piso tres B, el lote cuatro cinco uno ocho", read("es-ES", "piso 3B, el lote 4518"));
    }

    @Test
    void anEnglishKeyedCodesHyphenedGroupsAreOneCode() {
        // Round twenty-four: after a code's or a PIN's word a hyphen joins the groups of one code, a pause, never "to".
        assertEquals("enter the code three three eight zero, five one two seven; your PIN five five two one, seven seven three zero",
                read("en-US", "enter the code 3380-5127") + "; " + read("en-US", "your PIN 5521-7730"));
        // Must not fire: a ZIP code's range, a count's range, an age's, no code word.
        assertEquals("ZIP codes four three two zero one to four three two one five, aged eighteen to twenty five, pages twelve hundred to thirteen fifty",
                read("en-US", "ZIP codes 43201-43215, aged 18-25, pages 1200-1350"));
    }

    @Test
    void roundTwentySixAHyphenedAccountLoanOrCardNumberAfterItsNounAndKindIsDictated() {
        assertEquals("su cuenta de ahorro cuatro cuatro siete uno, dos dos nueve ocho uno cero; el préstamo tres tres cero uno, siete siete ocho"
                + " ocho uno dos; la cuenta corriente cero cero siete dos, cinco cinco uno nueve cero tres",
                read("es-ES", "su cuenta de ahorro 4471-229810; el préstamo 3301-778812; la cuenta corriente 0072-551903"));
        assertEquals("la tarjeta de regalo siete siete cuatro cero, dos dos cero uno nueve tres", read("es-US", "la tarjeta de regalo 7740-220193"));
        // Must not fire: a span of years, a range of days, an amount's range after a verb.
        assertEquals("el préstamo de dos mil veinticuatro a dos mil veinticinco; un préstamo de diez a quince días; la tarjeta cuesta mil"
                + " quinientos-dos mil euros", read("es-ES", "el préstamo de 2024-2025; un préstamo de 10-15 días; la tarjeta cuesta 1500-2000 euros"));
    }

    @Test
    void roundTwentySixAHyphenedSerialAfterItsNounAndEsIsDictated() {
        assertEquals("su número de cuenta es cinco cinco cero dos, ocho ocho cuatro uno siete cero; la póliza de hogar es siete siete cero ocho,"
                + " cuatro cuatro uno nueve dos cinco", read("es-US", "su número de cuenta es 5502-884170; la póliza de hogar es 7708-441925"));
        // Must not fire: a range of amounts, a span of years after "es".
        assertEquals("la cuenta es diez a quince euros; el préstamo es mil quinientos-dos mil euros; la tarjeta es dos mil veinticuatro, dos mil"
                + " veinticinco", read("es-ES", "la cuenta es 10-15 euros; el préstamo es 1500-2000 euros; la tarjeta es 2024-2025"));
    }

    @Test
    void roundTwentySixACapitalisedWordHyphenAndSerialIsACode() {
        assertEquals("el concepto CUOTA dos dos nueve uno; la referencia TORNEO tres cero ocho siete uno; la póliza A U T cinco cinco ocho dos uno tres",
                read("es-ES", "el concepto CUOTA-2291; la referencia TORNEO-30871; la póliza AUT-558213"));
        // Must not fire: a word before a year (an event's name), short numbers after a name.
        assertEquals("MADRID-dos mil veintiséis; pruebas COVID-diecinueve", read("es-ES", "MADRID-2026; pruebas COVID-19"));
    }

    @Test
    void roundTwentySixDigitsAfterIdAreAnIdentifier() {
        assertEquals("su tarjeta (ID cuatro cero ocho siete dos) fue desactivada; tu ID de alumno es cuatro cuatro siete uno",
                read("es-US", "su tarjeta (ID 40872) fue desactivada; tu ID de alumno es 4471"));
        // Must not fire: the lower-case verb, a short number, a count after "de".
        assertEquals("id cuarenta mil ochocientas setenta y dos veces; el ID doce y el ID de trescientos usuarios",
                read("es-ES", "id 40872 veces; el ID 12 y el ID de 300 usuarios"));
    }

    @Test
    void roundTwentySixATrackingCodeWhoseHeadMixesADigitAndACapitalIsDictatedGroupByGroup() {
        assertEquals("Número de rastreo: uno Z, nueve nueve nueve, A A uno, cero uno, dos tres cuatro cinco, seis siete ocho cuatro.",
                read("es-US", "Número de rastreo: 1Z 999 AA1 01 2345 6784."));
        // Must not fire: three groups after the head.
        assertEquals("el pedido dos b diez veinte treinta", NemoSuiteTest.comparable(read("es-ES", "el pedido 2B 10 20 30")));
    }

    @Test
    void roundTwentySixAnUnlabelledRunOfSevenPairsIsDictatedPairByPair() {
        assertEquals("anote cuatro ocho, uno nueve, dos siete, tres seis, cero cinco, nueve uno, seis tres, para activar",
                read("es-ES", "anote 48 19 27 36 05 91 63, para activar"));
        // Must not fire: six pairs (the phone reader's, as before), English.
        assertEquals("anote cuatro ocho, uno nueve, dos siete, tres seis, cero cinco noventa y uno", read("es-ES", "anote 48 19 27 36 05 91"));
        assertEquals("note four eight, one nine, two seven, three six, zero five ninety one sixty three", read("en-US", "note 48 19 27 36 05 91 63"));
    }

    @Test
    void roundTwentySevenBAPromoCodesEnglishWordIsSaid() {
        assertEquals("with code TYRE ten, promo code GYM thirty, voucher WASH twenty five", read("en-GB", "with code TYRE10, promo code GYM30, voucher WASH25"));
        // Must not fire: capitals no syllable holds, an error's code, a known initialism, no promotion's cue.
        assertEquals("code A B C twelve, error code B A T twelve, code V A T five, gate G Y M three",
                read("en-US", "code ABC12, error code BAT12, code VAT5, gate GYM3"));
    }

    @Test
    void roundTwentyNineAnAirlineBaggageFileIsSpeltAndDictated() {
        assertEquals("Your claim M C O A A six one zero three eight was filed. Claim number S F O U A four zero nine two six too.",
                read("en-US", "Your claim MCOAA 61038 was filed. Claim #SFOUA 40926 too."));
        assertEquals("Reclamo número C O R A R tres uno siete cinco cero y expediente A G P V Y cuatro siete uno dos cero.",
                read("es-AR", "Reclamo n.º CORAR 31750 y expediente AGPVY 47120."));
        // Must not fire: a shouted word before a count or an amount, three capitals, a bare word or initialism.
        assertEquals("claim FREE ten thousand points, order TOTAL forty five thousand dollars, our STORE twelve thousand three hundred and"
                + " forty five today", read("en-US", "claim FREE 10000 points, order TOTAL 45000 dollars, our STORE 12345 today"));
        assertEquals("Referencia IMPORTE cuarenta y cinco mil euros, el SAT tiene cuarenta mil trámites, PAGAR quince mil euros",
                read("es-ES", "Referencia IMPORTE 45000 €, el SAT tiene 40000 trámites, PAGAR 15000 euros"));
        // Round seventy-six M: three capitals and five digits are a code anywhere ("T K O one two three four five"), but not
        // after a determiner ("the N H S twelve thousand").
        assertEquals("file T K O one two three four five and the N H S twelve thousand",
                read("en-GB", "file TKO 12345 and the NHS 12000"));
    }

    @Test
    void roundTwentyNineANumberSignBeforeALetteredCodeAfterANounIsNumber() {
        assertEquals("order number A seven K two ships", read("en-GB", "order #A7K2 ships"));
        // Must not fire: the keypad's key after a verb.
        assertEquals("Press hash one A now, press hash then one.", read("en-GB", "Press #1A now, press # then 1."));
    }

    @Test
    void roundTwentyNineAFormsNumberIsItsName() {
        assertEquals("rellene el formulario dos de tres y el formulario tres dos cuatro uno", read("es-MX", "rellene el formulario 2 de 3 y el formulario 3241"));
        assertEquals("folio sixty six two one three", read("en-US", "folio 66213"));
        // "Form 1040-ES" keeps its reading; a lower-case "form" with no determiner is the verb.
        assertEquals("we form two thousand teams every year; Form ten forty E S is due; the form eighty eight twenty one is signed; Form twenty"
                + " eight forty eight", read("en-US", "we form 2000 teams every year; Form 1040-ES is due; the form 8821 is signed; Form 2848"));
    }

    @Test
    void roundFiftyFiveATaxFormsNumberBeforeFormsOrWithItsPluralIsItsName() {
        // The IRS's forms by their number with a glued plural or before "form(s)", in pairs; a lettered form's glued "s"
        // is its plural, never seconds.
        assertEquals("your ten ninety fives, the ten forty one forms, our ten sixty five form, the W fours and I nines",
                read("en-US", "your 1095s, the 1041 forms, our 1065 form, the W-4s and I-9s"));
        // Must not fire: a count before its noun, a price, a number glued to a letter, another four digits before "forms".
        assertEquals("one thousand ninety five guests, one thousand ninety five dollars, room one thousand forty one, two thousand five"
                + " hundred forms, the W four", read("en-US", "1095 guests, $1095, room 1041, 2500 forms, the W-4"));
    }

    @Test
    void roundTwentyNineAFlightsThreeLetterAirlineCodeIsSpelt() {
        assertEquals("flight E Z Y five five two zero, vuelo V L G uno dos cero cuatro",
                read("en-GB", "flight EZY 5520") + ", " + read("es-ES", "vuelo VLG 1204"));
        // Must not fire: a train's service name.
        assertEquals("tren AVE tres uno cuatro dos a Sevilla y tren Alvia cuatro cero ocho siete", read("es-ES", "tren AVE 3142 a Sevilla y tren Alvia 4087"));
        assertEquals("train ACE one two and flight B A two eight seven", read("en-US", "train ACE 12 and flight BA 287"));
    }

    @Test
    void roundThirtyPrintedGroupsAfterAReferenceNounAndItsKindAreDictated() {
        assertEquals("tu folio de atención es tres tres ocho dos, uno nueve cero siete y tu guía es siete siete tres cero, dos dos uno ocho",
                read("es-MX", "tu folio de atención es 3382 1907 y tu guía es 7730 2218"));
        // Must not fire: groups shaped as thousands after a kind, a count after a kind, a guide's part.
        assertEquals("el pedido de hoy es ciento cincuenta mil piezas, la reserva de grupo es doce personas y la guía dos de tres llega mañana",
                read("es-MX", "el pedido de hoy es 150 000 piezas, la reserva de grupo es 12 personas y la guía 2 de 3 llega mañana"));
    }

    @Test
    void roundThirtyALetteredCodeAfterACodeNounIsSpelt() {
        assertEquals("tu código de compra, por ejemplo T O S cinco cinco cero dos siete", read("es-AR", "tu código de compra, por ejemplo TOS-55027"));
        // Must not fire: a code's noun further back in the sentence (a head of four capitals: since round fifty-seven one of
        // three is spelt wherever it stands).
        assertEquals("el código llega por SMS con LUNA dos dos ocho uno cuatro", read("es-AR", "el código llega por SMS con LUNA-22814"));
    }

    @Test
    void roundThirtyOneAZipAfterAStatesFullNameIsDictatedInSpanish() {
        assertEquals("Miami, Florida tres tres uno tres cinco.", read("es-US", "Miami, Florida 33135."));
        assertEquals("Raleigh, Carolina del Norte dos siete seis cero uno, y Houston, Texas siete siete cero cero cinco uno dos tres cuatro",
                read("es-US", "Raleigh, Carolina del Norte 27601, y Houston, Texas 77005-1234"));
        // Must not fire: no city's comma before the state, a year, a country that is no US state.
        assertEquals("En Texas veinte mil personas votaron; Miami, Florida dos mil veintiséis; Madrid, España veintiocho mil trece.",
                read("es-US", "En Texas 20000 personas votaron; Miami, Florida 2026; Madrid, España 28013."));
    }

    @Test
    void roundThirtyOneAGluedKeyAfterAPasswordsOrACodesNounIsDictated() {
        assertEquals("su contraseña temporal es cuatro ocho K dos Q", read("es-MX", "su contraseña temporal es 48K2Q"));
        assertEquals("la clave provisional: siete R T nueve cuatro", read("es-ES", "la clave provisional: 7RT94"));
        assertEquals("el código de recogida es K cuatro T siete dos", read("es-US", "el código de recogida es K4T72"));
        assertEquals("su NIP del cajero es seis B tres uno Q", read("es-MX", "su NIP del cajero es 6B31Q"));
        // Must not fire: a promotion's word and its number, capitals before digits, a code's noun that names no code here.
        assertEquals("el código de descuento V E R A N O dos cero dos cinco o la clave A B C uno dos tres",
                read("es-MX", "el código de descuento VERANO2025 o la clave ABC123"));
        assertEquals("Recibirá el código por SMS: cuarenta y ocho K dos Q.", read("es-ES", "Recibirá el código por SMS: 48K2Q."));
    }

    @Test
    void roundThirtyTwoASpanishMachinesModelAfterItsNounIsSaidInPairs() {
        assertEquals("la bomba treinta veinte R, el tractor cincuenta y uno cien M y el modelo sesenta y uno cero cinco D",
                read("es-MX", "la bomba 3020R, el tractor 5100M y el modelo 6105D"));
        // Must not fire: no machine's noun before the code, no capital after the digits.
        assertEquals("el lote cuatro cuatro uno dos B, la oficina mil doscientos tres A y el tractor cinco mil setenta y cinco",
                read("es-MX", "el lote 4412B, la oficina 1203A y el tractor 5075"));
    }

    @Test
    void roundThirtyTwoBDocumentNoWithoutDigitsInitialledInvoiceAndMachineModels() {
        assertEquals("have your invoice number and ZIP code ready; quote your order number or call back",
                read("en-US", "have your invoice no. and ZIP code ready; quote your order no. or call back"));
        assertEquals("invoice I N V seven seven three one five for fertiliser", read("en-GB", "invoice INV 77315 for fertiliser"));
        assertEquals("the five oh seven five E tractor and a three oh three eight E", read("en-US", "the 5075E tractor and a 3038E"));
        // Must not fire: the answer "no"; a number after "no."; printed groups keep their pauses; a unit's capital, a code
        // after its word and four digits with no determiner before them keep their readings.
        assertEquals("Say yes or no. and then hang up; the answer was no. Then we left; your order number forty four five two one shipped",
                read("en-US", "Say yes or no. and then hang up; the answer was no. Then we left; your order no. 44521 shipped"));
        assertEquals("tracking number Q Y, five five one two, zero nine four three", read("en-US", "tracking no. QY 5512 0943"));
        assertEquals("a one thousand liter tank, the two thousand watt heater, batch two four zero nine C, model five zero seven five E,"
                + " twenty twenty four A", read("en-US", "a 1000L tank, the 2000W heater, batch 2409C, model 5075E, 2024A"));
    }

    @Test
    void roundThirtyThreeARegistrationAfterNumeroAndACodesClosingCapitalsAreDictated() {
        assertEquals("el número A B uno dos tres cuatro C D, el registro T X dos dos uno cero K W",
                read("es-US", "el número AB 1234 CD, el registro TX-2210-KW"));
        assertEquals("el código L P cuatro cuatro uno dos cero U Y", read("es-AR", "el código LP-44120-UY"));
        // Must not fire: a number with no capitals after it, capitals with no digits, a size's letter with no word before it.
        assertEquals("el número tres de la revista, el número ABC ciento veintitrés, la talla M cuarenta y dos",
                read("es-MX", "el número 3 de la revista, el número ABC 123, la talla M 42"));
    }

    @Test
    void roundThirtySevenAStaffFilesLegajoIsAReferenceAfterACommaToo() {
        assertEquals("Tenga a mano su número de legajo, cuarenta y ocho dos cero seis. El legajo dos nueve cuatro siete está activo.",
                read("es-AR", "Tenga a mano su número de legajo, 48206. El legajo 2947 está activo."));
        assertEquals("su número de pedido, cincuenta y uno tres tres ocho, y el legajo A cuatro cuatro siete uno",
                read("es-ES", "su número de pedido, 51338, y el legajo A-4471"));
        // Must not fire: a small number counts; a comma with no "número de" before the noun, or a count after the number.
        assertEquals("el legajo doce, traiga el legajo, tres fotos y el DNI; tenga a mano su pedido, cincuenta y un mil trescientos"
                + " treinta y ocho; anote el número de pedido, dos copias", read("es-AR", "el legajo 12, traiga el legajo, 3 fotos y el DNI;"
                + " tenga a mano su pedido, 51338; anote el número de pedido, 2 copias"));
    }

    @Test
    void roundEightyThreeALettersAfterALotACarrierAndAnExamplesCodes() {
        // A lot's capitals and one group of digits are one code, spelt and dictated in one run.
        assertEquals("retiramos el jarabe del lote K R siete uno cero cuatro", read("es-MX", "retiramos el jarabe del lote KR 7104"));
        // Argentina's OCA is a carrier's name, not spelt.
        assertEquals("Seguimiento: OCA cinco cinco dos uno, cero cero ocho siete", read("es-AR", "Seguimiento: OCA 5521 0087"));
        // A postal code offered as an example, a named number's two groups of three.
        assertEquals("marque su código postal, por ejemplo dos ocho nueve tres uno, y pulse la tecla asterisco",
                read("es-ES", "marque su código postal, por ejemplo 28931, y pulse la tecla asterisco"));
        assertEquals("tenga a mano su número de cliente, por ejemplo cinco siete tres, nueve uno cuatro, antes de llamar",
                read("es-US", "tenga a mano su número de cliente, por ejemplo 573 914, antes de llamar"));
        // Must not fire: amounts after "por ejemplo", round thousands, a lot's plain digits, a lot of goods with a count.
        assertEquals("el premio es, por ejemplo quince mil quinientos euros; su número de socio, por ejemplo ciento cincuenta mil",
                read("es-ES", "el premio es, por ejemplo 15 500 euros; su número de socio, por ejemplo 150 000"));
        assertEquals("el lote quince de Mar Azul", read("es-AR", "el lote 15 de Mar Azul"));
    }

    @Test
    void roundFortyARecordsAndALotsNumberAreReferences() {
        assertEquals("su tarjeta de votante, registro uno uno ocho, cuatro cero dos, tres siete siete, fue reenviada",
                read("es-US", "su tarjeta de votante, registro 118 402 377, fue reenviada"));
        assertEquals("retiramos el jarabe del lote cuatro cuatro siete uno; lot five one two seven is recalled",
                read("es-AR", "retiramos el jarabe del lote 4471") + "; " + read("en-US", "lot 5127 is recalled"));
        // Must not fire: thousands with no reference noun, a short number (a land plot, a car park), the lettered codes of a
        // lot and of a registration (said in one run), a count after a lot's groups, "a lot", "antes" after the groups.
        assertEquals("se inscribieron ciento cincuenta mil votantes en el registro; el lote quince de Mar Azul; park in lot twelve",
                read("es-US", "se inscribieron 150 000 votantes en el registro; el lote 15 de Mar Azul") + "; " + read("en-US", "park in lot 12"));
        assertEquals("el lote cinco cinco dos uno D y el registro T X dos dos uno cero K W",
                read("es-ES", "el lote 5521-D y el registro TX-2210-KW"));
        assertEquals("el lote cero ocho uno seis mil quinientas unidades más; a lot two thousand people",
                read("es-MX", "el lote 0816 1500 unidades más") + "; " + read("en-US", "a lot 2000 people"));
        assertEquals("su expediente cuatro cuatro uno cero, dos dos nueve ocho antes del viernes",
                read("es-ES", "su expediente 4410 2298 antes del viernes"));
    }

    @Test
    void spanishDigitsHyphenedToCapitalsAndDigitsAreOneDictatedCode() {
        // Round eighty-four A: the hyphen is a pause, the lettered group dictated, after "código" or any noun.
        assertEquals("el código seis seis cero dos, R uno cuatro, ya no está; el vinil cuatro uno uno ocho, K P tres",
                read("es-MX", "el código 6602-R14, ya no está; el vinil 4118-KP3"));
        // Must not fire: one capital with no digits (round nine's lot), capitals with no digits after "código", letters glued after.
        assertEquals("el lote cinco cinco dos uno D; el código tres uno nueve cero-TX", read("es-ES", "el lote 5521-D; el código 3190-TX"));
        assertFalse(read("es-ES", "el código 3190-T45b").contains("T cuatro cinco"));
    }

    @Test
    void roundThirtySevenDigitsInsideACodeMixingCapitalsAndDigitsAreDictated() {
        assertEquals("Your Wi-Fi password has been reset to seven K Q two nine B; your code is K four T seven two.",
                read("en-US", "Your Wi-Fi password has been reset to 7KQ29B; your code is K4T72."));
        assertEquals("su contraseña wifi provisional es ocho R Z cuatro uno", read("es-ES", "su contraseña wifi provisional es 8RZ41"));
        // Must not fire: one capital ("4K60"), one run of digits ("KT44", "A320", "P11Ds"), capitals a hexadecimal number
        // holds ("5CD12"), a tyre's size, a postcode, an ordinal.
        assertEquals("four K sixty TVs, K T forty four, the A three twenty jet, P eleven Ds, five C D twelve, sixty R sixteen tires,"
                + " S W one A one A A, the fourth floor",
                read("en-GB", "4K60 TVs, KT44, the A320 jet, P11Ds, 5CD12, 60R16 tires, SW1A 1AA, the 4th floor"));
        assertEquals("llantas cincuenta y cinco Z R diecisiete y el resultado uno A cuarenta y uno E uno",
                read("es-MX", "llantas 55ZR17 y el resultado 1A41E1"));
    }

    @Test
    void roundThirtySevenAHashGluedAfterAKeyedCodeIsTheKey() {
        assertEquals("Your door code is four four one seven pound.", read("en-US", "Your door code is 4417#."));
        assertEquals("Your gate code has changed to two nine zero six hash.", read("en-GB", "Your gate code has changed to 2906#."));
        // Must not fire: no code keyed in the sentence, or the "#" before a word.
        assertEquals("Room twelve hash is ready. We sold fifty hash of flour.", read("en-US", "Room 12# is ready. We sold 50# of flour."));
        assertEquals("Your code is four four one seven. hash tag", read("en-US", "Your code is 4417. #tag"));
    }

    @Test
    void roundThirtyEightBRefCuesALetteredCodeAndAPlanningReferenceIsDictatedGroupByGroup() {
        // "ref" and "ref." cue capitals and one group of digits as "reference" does: one code, every digit said.
        assertEquals("tracking reference M C X five one seven three six.", read("en-GB", "tracking ref. MCX 51736."));
        assertEquals("please quote reference H P L three zero eight one five when you call", read("en-GB", "please quote ref HPL 30815 when you call"));
        // Two groups of digits and capitals after slashes: a planning reference, group by group as NF/22/0915.
        assertEquals("your application reference two six, zero one four seven two, H O U has been approved",
                read("en-GB", "your application ref. 26/01472/HOU has been approved"));
        assertEquals("quote reference two five, zero three three one eight, L B C in any letter", read("en-GB", "quote reference 25/03318/LBC in any letter"));
        // Must not fire: the referee, a date, a fraction, a reference with no capitals after its slashes.
        assertEquals("the ref said three more minutes", read("en-GB", "the ref said 3 more minutes"));
        assertEquals("on the twenty seventh of May twenty twenty seven and three quarters", read("en-GB", "on 27/05/2027 and 3/4"));
        assertEquals("reference twenty seven slash zero zero nine three one expires", read("en-GB", "ref. 27/00931 expires"));
    }

    @Test
    void roundThirtyEightBAThreeDigitSizeIsANameSaidInPairs() {
        assertEquals("a sixty pack of size three twelve batteries and your size six seventy five cells",
                read("en-US", "a 60-pack of size 312 batteries and your size 675 cells"));
        // Must not fire: two digits, a noun before "size", a unit or a currency after, nothing after, Spanish.
        assertEquals("a pack of size thirteen batteries, the batch size five hundred units, a file size three hundred megabytes",
                read("en-US", "a pack of size 13 batteries, the batch size 500 units, a file size 300 MB"));
        assertEquals("in size two hundred and fifty dollars or in size three hundred and twelve.", read("en-US", "in size 250 dollars or in size 312."));
        assertEquals("pilas de tamaño trescientos doce", read("es-US", "pilas de tamaño 312"));
    }

    @Test
    void roundThirtyNineBANumberANounNamesAsItsNumberIsACode() {
        assertEquals("your student number is five eight three one and your centre number: thirty six two one zero",
                read("en-GB", "your student number is 5831 and your centre number: 36210"));
        assertEquals("the school's centre number is thirty six two one zero.", read("en-GB", "the school's centre number is 36210."));
        // Must not fire: "number of", no noun before "number", a count's adjective, a participle, a plural noun after.
        assertEquals("the number of seats is one hundred and twenty, the number is three per person",
                read("en-GB", "the number of seats is 120, the number is 3 per person"));
        assertEquals("the total number is thirty eight thousand two hundred and sixteen, the estimated number is thirty eight thousand two hundred and sixteen",
                read("en-GB", "the total number is 38216, the estimated number is 38216"));
        assertEquals("your ticket number is four tickets", read("en-US", "your ticket number is 4 tickets"));
    }

    @Test
    void roundThirtyNineBALetteredUsFormIsSpeltAndSaidInPairs() {
        assertEquals("send Form G three twenty five A, Form N four hundred and Form I one twenty nine F",
                read("en-US", "send Form G-325A, Form N-400 and Form I-129F"));
        assertEquals("your I seven ninety seven C notice, then I thirty five E north", read("en-US", "your I-797C notice, then I-35E north"));
        // Must not fire: a lower-case "form" with no determiner (a verb) keeps the word, no "Form" reading (the capital
        // and three digits after it are a model's name in pairs since round sixty-five A).
        assertEquals("we form G three twenty five teams", read("en-US", "we form G-325 teams"));
    }

    @org.junit.jupiter.api.Test
    void englishFourDigitPairsAfterANumberOrATransferAreDictated() {
        // Round forty-two: two printed groups of four after a thing's number or a transfer's word are its code.
        assertEquals("your order number, two two one seven, nine zero four four", read("en-US", "your order number, 2217 9044"));
        assertEquals("for transfer eight eight one two, zero zero four six was sent", read("en-US", "for transfer 8812 0046 was sent"));
        assertEquals("your transaction six six zero four, one one eight nine", read("en-US", "your transaction 6604 1189"));
        // must not fire: a count after the groups, two years, a third group, one group, a number counted
        assertFalse(read("en-US", "the transfer 5190 0237 dollars").contains("five one nine zero"));
        assertFalse(read("en-US", "your member number 2024 2025").contains("two zero two four,"));
        assertFalse(read("en-US", "the total number, 1200 3400").contains("one two zero zero,"));
        assertEquals("your transfer two thousand is late", read("en-US", "your transfer 2000 is late"));
    }

    @Test
    void roundSeventySixNAReferenceNounsKindAFeesRegistrationYearAndEsGluedToACode() {
        // A reference's own noun with one lower-case kind names its five digits' code, read by the length rule.
        assertEquals("tu caso de garantía sesenta y tres uno cero cinco", read("es-AR", "tu caso de garantía 63105"));
        // A year of this decade after a fee's "de registro" is the year; "ES" glued to digits is a code's capitals.
        assertEquals("la cuota de registro dos mil veintiocho, de ciento veinte pesos", read("es-MX", "la cuota de registro 2028, de $120"));
        assertEquals("seguimiento E S cinco uno dos cero ocho cuatro seis", read("es-ES", "seguimiento ES5120846"));
        // Must not fire: four digits after the kind, an amount or a plural noun after it, a record's number after "número
        // de registro", a year with no comma or fee after it, the verb "es" before the digits.
        assertEquals("su pedido de muebles cuatro mil cuatrocientos setenta y uno llega hoy", read("es-ES", "su pedido de muebles 4471 llega hoy"));
        assertEquals("la reserva de emergencia veinte mil dólares", read("es-MX", "la reserva de emergencia 20000 dólares"));
        assertEquals("el caso de éxito doce mil clientes", read("es-MX", "el caso de éxito 12000 clientes"));
        assertEquals("su número de registro dos cero dos ocho, por favor", read("es-MX", "su número de registro 2028, por favor"));
        assertEquals("el registro dos cero dos siete de la empresa", read("es-MX", "el registro 2027 de la empresa"));
        assertEquals("su pedido es cuarenta y cuatro siete uno cero", read("es-ES", "su pedido es 44710"));
    }

    @org.junit.jupiter.api.Test
    void spanishReferenceNounWithAKindOfTwoWordsBeforeAHyphenedSerial() {
        // Round forty-three: a kind of two words between the noun and its hyphened serial (was "cinco mil quinientos…-").
        assertEquals("su póliza de seguro médico cinco cinco dos uno, tres ocho cero siete cuatro seis vence",
                read("es-MX", "su póliza de seguro médico 5521-380746 vence"));
        // must not fire: a span of years, a range, an amount's range after the kind
        assertFalse(read("es-ES", "su póliza de seguro médico 2024-2025").contains("dos cero dos cuatro"));
        assertFalse(read("es-MX", "el contrato de renta mensual 10-15 días").contains("uno cero,"));
        assertFalse(read("es-MX", "la tarjeta de regalo nueva 1500-2000 pesos").contains("uno cinco cero cero,"));
    }

    @Test
    void roundFortyNineSpanishPinOrKeyGivenAfterEsIsKeyedIn() {
        assertEquals("Su nuevo PIN es siete tres nueve cinco.", read("es-ES", "Su nuevo PIN es 7395."));
        assertEquals("tu PIN temporal es ocho dos cinco cuatro", read("es-MX", "tu PIN temporal es 8254"));
        assertEquals("tu nueva clave provisoria es seis tres nueve cero", read("es-AR", "tu nueva clave provisoria es 6390"));
        // must not fire: an amount after "es", a count after a key's noun, a state word with no code's noun
        assertEquals("El precio es cinco mil novecientos veintisiete pesos.", read("es-ES", "El precio es 5927 pesos."));
        assertEquals("La clave de la oferta: mil doscientos clientes.", read("es-MX", "La clave de la oferta: 1200 clientes."));
        assertEquals("el saldo nuevo es mil doscientos", read("es-MX", "el saldo nuevo es 1200"));
    }

    @Test
    void roundFortyNineDigitsBeforeANamedKeypadKeyAreKeyedIn() {
        assertEquals("Marque tres seis cero cero seguido de la tecla numeral.", read("es-US", "Marque 3600 seguido de la tecla #."));
        assertEquals("Teclee tres cero uno nueve y luego almohadilla.", read("es-ES", "Teclee 3019 y luego #."));
        assertEquals("ingresá cinco ocho cuatro seis seguido de numeral", read("es-AR", "ingresá 5846 seguido de numeral"));
        // must not fire: an amount before another key's verb, digits with no key after them, a survey's score before the key
        assertEquals("marque del cero al diez seguido de la tecla numeral", read("es-MX", "marque del 0 al 10 seguido de la tecla #"));
        assertEquals("Pague tres mil seiscientos euros y luego pulse almohadilla.", read("es-ES", "Pague 3600 euros y luego pulse #."));
        assertEquals("Marque tres mil seiscientas veces seguido.", read("es-ES", "Marque 3600 veces seguido."));
    }

    @Test
    void roundFortyNineTicketOrBoardingPassGroupsAreDictated() {
        assertEquals("tu boleto seis uno cinco dos, cero tres nueve cuatro", read("es-MX", "tu boleto 6152 0394"));
        assertEquals("su tarjeta de embarque cuatro cuatro cero dos, uno uno ocho siete", read("es-ES", "su tarjeta de embarque 4402 1187"));
        // must not fire: a price, a count of tickets, a short number, a boarding pass's count
        assertEquals("El boleto cuesta mil quinientos pesos.", read("es-AR", "El boleto cuesta 1500 pesos."));
        assertEquals("Compré dos boletos por tres mil pesos.", read("es-AR", "Compré 2 boletos por $3000."));
        assertEquals("El boleto quince sale a las ocho.", read("es-AR", "El boleto 15 sale a las 8."));
        assertEquals("Su tarjeta de embarque dos de tres.", read("es-ES", "Su tarjeta de embarque 2 de 3."));
    }

    @Test
    void roundFiftyOneLetteredReferenceAfterNumberSign() {
        // Round fifty-one: capitals and four digits or more after "no." or "number": letters spelt, digits one by one.
        assertEquals("permit number R K five five zero two one is valid", read("en-GB", "permit no. RK 55021 is valid"));
        assertEquals("your tenancy number K W seven three eight two", read("en-US", "your tenancy number KW 7382"));
        // Must not fire: no number word before, or too few digits after the capitals.
        assertEquals("the answer is no. We close at five", read("en-US", "the answer is no. We close at 5"));
        assertEquals("room no. B nine", read("en-US", "room no. B 9"));
    }

    @Test
    void roundFiftyOneCodeWithItsHoldersKind() {
        // Round fifty-one: "código de" and a holder's kind before four digits or more: the code by the length rule.
        assertEquals("su código de socio seis dos nueve uno", read("es-ES", "su código de socio 6291"));
        // Must not fire: digits straight after "de", a year after the kind.
        assertEquals("un código de dos mil piezas", read("es-MX", "un código de 2000 piezas"));
        assertEquals("el código de ética dos mil veinticinco", read("es-ES", "el código de ética 2025"));
    }

    @Test
    void roundFiftyTwoNumberSignOfANounThenACommaBeforeItsNumber() {
        // Round fifty-two: "n.º de" and a reference's noun, a comma, then its number: a code by the length rule, as after
        // "número de legajo, " (round thirty-seven).
        assertEquals("tenga a mano su número de socio, veintiocho cuatro uno seis, por favor",
                read("es-ES", "tenga a mano su n.º de socio, 28416, por favor"));
        assertEquals("dé su número de cliente, siete siete tres cero, al agente", read("es-MX", "dé su núm. de cliente, 7730, al agente"));
        // Must not fire: a count's noun after "n.º de" (no reference noun), a comma after the reference noun with no "número".
        assertEquals("indique el número de personas, doce, al reservar", read("es-ES", "indique el n.º de personas, 12, al reservar"));
        assertEquals("atendimos al cliente, dos mil trescientos pedidos", read("es-ES", "atendimos al cliente, 2300 pedidos"));
    }

    @Test
    void roundFiftyTwoDigitsGluedToTheKeypadHashAreKeyedIn() {
        // Round fifty-two: four digits or more glued to a "#" that ends the word are keyed in, the key by its name.
        assertEquals("marcá tres cinco nueve uno numeral desde tu celular", read("es-AR", "marcá 3591# desde tu celular"));
        assertEquals("por ejemplo, cinco cero dos ocho almohadilla.", read("es-ES", "por ejemplo, 5028#."));
        // Must not fire: a hashtag or a rank ("#" before the digits), fewer than four digits, a code running on after the
        // "#", a weight in the trade's pound mark ("de" before or after it).
        assertEquals("somos número uno en ventas", read("es-MX", "somos #1 en ventas"));
        assertEquals("marque doce numeral para repetir", read("es-MX", "marque 12# para repetir"));
        assertEquals("una grúa de mil quinientos numeral.", read("es-US", "una grúa de 1500#."));
        assertEquals("carga mil quinientos numeral de peso", read("es-US", "carga 1500# de peso"));
        assertEquals("marque cuatro mil cuatrocientos setenta y uno numeral veintidós", read("es-MX", "marque 4471#22"));
    }

    @Test
    void roundFiftyThreeSpanishKeyWithWhatItOpensBeforeEs() {
        // Round fifty-three: a preposition and up to nine plain words between a PIN's (or a stated key's) noun and "es".
        assertEquals("su nuevo PIN de la tarjeta para compras en comercios es cinco uno ocho cero",
                read("es-ES", "su nuevo PIN de la tarjeta para compras en comercios es 5180"));
        // Must not fire: a key's noun with no state word (a key to saving), an amount or a count after the digits, no
        // key's noun at all.
        assertEquals("La clave para ahorrar en la compra del mes es mil quinientos pesos.",
                read("es-MX", "La clave para ahorrar en la compra del mes es 1500 pesos."));
        assertEquals("tu nuevo PIN para la tarjeta de crédito es dos mil quinientos pesos",
                read("es-MX", "tu nuevo PIN para la tarjeta de crédito es 2500 pesos"));
        assertEquals("la clave nueva para la consigna del gimnasio: tres horas", read("es-ES", "la clave nueva para la consigna del gimnasio: 3 horas"));
        assertEquals("El precio para socios del club es seis mil ciento veinte euros.", read("es-ES", "El precio para socios del club es 6120 euros."));
    }

    @Test
    void roundFiftyThreeReferenceNounBeforeTwoPrintedGroups() {
        // Round fifty-three: "es el"/"es la" before the groups, a first group of five or six digits before one of four.
        assertEquals("su boleto es el seis seis uno cuatro, cero nueve dos ocho", read("es-US", "su boleto es el 6614 0928"));
        assertEquals("la guía es la cuatro cuatro siete uno, nueve cero tres dos", read("es-ES", "la guía es la 4471 9032"));
        assertEquals("con la guía cinco dos ocho tres cero, seis seis uno cuatro", read("es-AR", "con la guía 52830 6614"));
        // Must not fire: a date or a number after "es el", a count or an amount after the last group, a phone in its
        // country's groups, a single group after "guía".
        assertEquals("su boleto es el quince de mayo", read("es-US", "su boleto es el 15 de mayo"));
        assertEquals("su boleto es el mil quinientos de la lista", read("es-US", "su boleto es el 1500 de la lista"));
        assertEquals("el lote cuatro cero ocho uno seis mil quinientas unidades más", read("es-ES", "el lote 40816 1500 unidades más"));
        assertEquals("su pedido cuarenta y ocho dos uno tres mil quinientos euros", read("es-ES", "su pedido 48213 1500 €"));
        assertEquals("con la guía cinco cinco, cinco uno tres tres, nueve cero cero cero", read("es-MX", "con la guía 55 5133 9000"));
        assertEquals("la guía sesenta y un mil setecientos treinta es nueva", read("es-MX", "la guía 61730 es nueva"));
    }

    @Test
    void roundFiftyThreeAmountAfterNumberOfNounComma() {
        // Round fifty-three: a currency or a percent after the digits: the amount the comma sets apart.
        assertEquals("su número de abonado, mil trescientos veinte euros, vence el lunes",
                read("es-ES", "su número de abonado, 1320 €, vence el lunes"));
        assertEquals("su número de socio, quince por ciento", read("es-ES", "su n.º de socio, 15 %"));
        // Must not fire: the number with nothing after it is still the noun's code.
        assertEquals("su número de socio, cuarenta y ocho dos uno siete, por favor", read("es-ES", "su número de socio, 48217, por favor"));
    }

    @Test
    void aNumberACompoundNounNamesIsItsCode() {
        // Round fifty-two: up to three plain words name the thing whose number it is.
        assertEquals("Your vehicle lease agreement number is forty seven one nine three; your lease number is twelve three four five.",
                read("en-US", "Your vehicle lease agreement number is 47193; your lease number is 12345."));
        // Must not fire: a count's word or a participle in the compound, no noun, "a number of", a phone's number.
        assertEquals("The total visitor number is twenty five thousand. The estimated attendee number is twelve thousand. The number is twenty five thousand people. A number of twelve thousand.",
                read("en-US", "The total visitor number is 25000. The estimated attendee number is 12000. The number is 25,000 people. A number of 12000."));
        assertEquals("Your contact phone number is fifty five thousand five hundred and twelve.", read("en-US", "Your contact phone number is 55512."));
    }

    @Test
    void roundFiftyThreeAnIdsGroupsAfterACommaOrColonAreDictated() {
        // Round fifty-three: the groups after "ID" and a comma, or three groups after a thing's number, are its code.
        assertEquals("enter your member I D, seven three zero, four one five, nine six two, then press pound.",
                read("en-US", "enter your member ID, 730 415 962, then press #."));
        assertEquals("your policy number, two two one zero, four four three one, eight eight seven zero, is active; your member number: five eight one, two zero four, six six three.",
                read("en-US", "your policy number, 2210 4431 8870, is active; your member number: 581 204 663."));
        // Must not fire: a count after the ID's comma, no noun naming the number, a count's word, a phone's number, two years.
        assertEquals("Show your I D, ten fifteen minutes early. Bring your I D, two forms of proof.",
                read("en-US", "Show your ID, 10 15 minutes early. Bring your ID, 2 forms of proof."));
        assertEquals("The number, one hundred twenty million three hundred thousand four hundred, is huge.",
                read("en-US", "The number, 120 300 400, is huge."));
        assertEquals("Your phone number, five five five, two one zero, four four three three, is on file.",
                read("en-US", "Your phone number, 555 210 4433, is on file."));
        assertEquals("Your member number twenty twenty four twenty twenty five was renewed.",
                read("en-US", "Your member number 2024 2025 was renewed."));
        assertEquals("We served six hundred four million two hundred eighteen thousand three hundred and thirty seven people.",
                read("en-US", "We served 604 218 337 people."));
    }

    @Test
    void roundFiftyThreeAUsSignBeforeACodeIsNumberWhereverItStands() {
        assertEquals("Your reference is number M W five K eight T. Show number T R seven two Q D at the desk.",
                read("en-US", "Your reference is #MW5K8T. Show #TR72QD at the desk."));
        // Must not fire: a hashtag, a rank, a short code with one digit, British text, the keypad's key.
        assertEquals("Join hash SummerSale, our number one choice, hash B two B.",
                read("en-US", "Join #SummerSale, our #1 choice, #B2B."));
        assertEquals("Your reference is hash M W five K eight T.", read("en-GB", "Your reference is #MW5K8T."));
        assertEquals("Press pound to skip.", read("en-US", "Press # to skip."));
    }

    @Test
    void roundFiftyFourIsoCodeWithoutAVowelAfterFourDigitsIsTheCurrency() {
        assertEquals("Son seis mil cien pesos mexicanos en total.", read("es-ES", "Son 6100 MXN en total."));
        // Must not fire: a plate after its vehicle's word, a plate's consonants that are no code, a count before an initialism.
        assertEquals("El coche cuatro ocho dos uno L M N está en el taller y la matrícula seis uno cero cero M X N también.",
                read("es-ES", "El coche 4821 LMN está en el taller y la matrícula 6100 MXN también."));
        assertEquals("Pagó dos mil veinticuatro SMS.", read("es-ES", "Pagó 2024 SMS."));
    }

    @Test
    void roundFiftyFourNumberOfNounWithChainedComplements() {
        assertEquals("Su número de cita de revisión anual es sesenta y uno cuatro dos ocho.",
                read("es-MX", "Su número de cita de revisión anual es 61428."));
        // Must not fire: a plural noun counts, a numbered place's number is said, an amount keeps its currency.
        assertEquals("El número de visitas de la semana es quince mil y tu número de habitación del hotel es mil doscientos cuatro.",
                read("es-ES", "El número de visitas de la semana es 15000 y tu número de habitación del hotel es 1204."));
        assertEquals("El número de pedido de la tienda es mil quinientos euros.", read("es-ES", "El número de pedido de la tienda es 1500 €."));
        assertEquals("El número de asistentes del evento de hoy es dos mil quinientos.",
                read("es-MX", "El número de asistentes del evento de hoy es 2500."));
    }

    @Test
    void roundFiftyFourUnitAfterAReferenceNounIsAQuantity() {
        assertEquals("Su tarjeta de socio veinticinco kilogramos y su boleto siete siete tres cero, dos dos uno ocho.",
                read("es-ES", "Su tarjeta de socio 25 kg y su boleto 7730 2218."));
        // Must not fire: no unit after the digits, the reference keeps its reading.
        assertEquals("La referencia doce es la tuya y su pedido cuarenta y ocho dos uno tres llega hoy.",
                read("es-ES", "La referencia 12 es la tuya y su pedido 48213 llega hoy."));
    }

    @Test
    void roundFiftyFourShortLastPrintedGroupBeforeAPreposition() {
        assertEquals("Con la referencia tres tres uno ocho, siete siete cero dos, cuatro cinco hasta el martes.",
                read("es-MX", "Con la referencia 3318 7702 45 hasta el martes."));
        assertEquals("su referencia cuatro cuatro siete uno, dos dos nueve cero, uno cinco después del pago.",
                read("es-ES", "su referencia 4471 2290 15 después del pago."));
        // Must not fire: before a plural noun the short group counts.
        assertEquals("Con la referencia tres tres uno ocho, siete siete cero dos cuarenta y cinco cajas.",
                read("es-MX", "Con la referencia 3318 7702 45 cajas."));
    }

    @Test
    void roundFiftyFourSerialsLastCapitalsAreSpelt() {
        assertEquals("La pieza K tres P D siete uno V W ocho N J y el código Q cuatro M N ocho P X siete W Z.",
                read("es-MX", "La pieza K3PD71VW8NJ y el código Q4MN8PX7WZ."));
        // Must not fire: a number with its unit or its format glued has no capital before its digits.
        assertEquals("el disco de quinientos gigabytes en formato cuatro D X.", read("es-MX", "el disco de 500GB en formato 4DX."));
    }

    @Test
    void roundFiftyFiveEnglishSerialsLastCapitalsAreSpelt() {
        // Round fifty-five: round fifty-four's rule in English text too.
        assertEquals("the unit H seven R W five two T C three P V and key Z nine K X four M Q",
                read("en-US", "the unit H7RW52TC3PV and key Z9KX4MQ"));
        // Must not fire: a number with its unit or format glued, a plural of an initialism and digits, a word in capitals.
        assertEquals("a five hundred gigabyte drive in four D X, M P three s, the iPhone fifteen and OK",
                read("en-US", "a 500GB drive in 4DX, MP3s, the iPhone 15 and OK"));
    }

    @Test
    void anExampleNumberOfANamedReferenceIsThatReference() {
        // Round fifty-six: after "for example"/"por ejemplo" in a sentence that names a reference, its sample number.
        assertEquals("Have your booking number ready, for example, eighty four two zero one.",
                read("en-US", "Have your booking number ready, for example, 84201."));
        assertEquals("Have your member I D ready, for example four one seven, two nine zero, five five three.",
                read("en-US", "Have your member ID ready, for example 417 290 553."));
        assertEquals("Tenga su número de socio, por ejemplo tres uno cuatro ocho, cero dos seis siete.",
                read("es-ES", "Tenga su número de socio, por ejemplo 3148 0267."));
        // Must not fire: no reference named, a count, an amount or a year after the cue, Spanish thousands printed apart.
        assertEquals("For groups, for example, fourteen people.", read("en-US", "For groups, for example, 14 people."));
        assertEquals("Your order ships today; for example, three thousand five hundred units left.",
                read("en-US", "Your order ships today; for example, 3500 units left."));
        assertEquals("Su pedido, por ejemplo dos mil euros o en dos mil diecinueve; su pedido, por ejemplo doscientos cincuenta mil.",
                read("es-ES", "Su pedido, por ejemplo 2000 € o en 2019; su pedido, por ejemplo 250 000."));
    }

    @Test
    void roundFiftyEightAnExampleOfANumberNamedByAnyNoun() {
        // Round fifty-eight: "número de <noun>" with a complement, "<possessive> <noun> number": the example is that number.
        assertEquals("tu número de asociado de la mutual, por ejemplo seis uno cuatro, dos cero nueve, siete siete tres, y el recibo",
                read("es-AR", "tu número de asociado de la mutual, por ejemplo 614 209 773, y el recibo"));
        assertEquals("su número de empleado del hotel, por ejemplo treinta y uno cuatro cero ocho.",
                read("es-ES", "su número de empleado del hotel, por ejemplo 31408."));
        assertEquals("have your patient number ready, for example, six three nine zero, two two one four.",
                read("en-US", "have your patient number ready, for example, 6390 2214."));
        // Must not fire: a plural's "número de", a count's "number" with no possessive, a round sum in thousands, an amount.
        assertEquals("el número de plazas, por ejemplo mil quinientos.", read("es-ES", "el número de plazas, por ejemplo 1500."));
        assertEquals("a large number of guests, for example twelve hundred.", read("en-US", "a large number of guests, for example 1200."));
        assertEquals("su número de socio, por ejemplo doscientos cincuenta mil; su número de socio, por ejemplo dos mil euros.",
                read("es-ES", "su número de socio, por ejemplo 250 000; su número de socio, por ejemplo 2000 €."));
    }

    @Test
    void aPlainNounsNumberBeforeTwoPrintedGroups() {
        // Round fifty-six: "quoting card number …" with no possessive or article before the noun.
        assertEquals("quoting card number four four one two, zero nine three three", read("en-GB", "quoting card number 4412 0933"));
        // Must not fire: a count's or a phone's word before "number", a participle.
        assertFalse(read("en-GB", "the total number 4412 0933 and estimated number 2210 4431").contains("four four one two"));
    }

    @Test
    void aFoliosKindOrEsElBeforeALoneLongNumberKeepsItTheReferencesCode() {
        // Round fifty-seven: a folio with its kind before four digits or more, and "es el"/"es la" before a reference's
        // lone number of five digits or more: the code by the house length rule.
        assertEquals("tu folio de devolución ochenta y tres cinco dos uno ya quedó y tu folio de queja: siete siete cuatro cero.",
                read("es-MX", "tu folio de devolución 83521 ya quedó y tu folio de queja: 7740."));
        assertEquals("su número de abonado es el cuarenta y siete siete cero dos.", read("es-ES", "su número de abonado es el 47702."));
        // Must not fire: a count's noun, a date, an amount, a year after "es el"; a folio of paper, a count after "folio de".
        assertEquals("el número de asistentes es el doce mil, su reserva es el veintiuno de junio y su pedido es el treinta mil euros.",
                read("es-ES", "el número de asistentes es el 12000, su reserva es el 21 de junio y su pedido es el 30000 €."));
        assertEquals("su pedido es el dos mil veinticuatro", read("es-ES", "su pedido es el 2024"));
        assertEquals("un folio de papel con treinta mil hojas, tu folio de dos mil hojas y el folio de pago mil quinientos pesos.",
                read("es-MX", "un folio de papel con 30000 hojas, tu folio de 2000 hojas y el folio de pago 1500 pesos."));
    }

    @Test
    void aColonAfterTheNumbersWordIsKeptBeforeTheDigits() {
        // Round fifty-nine B: "account number: 40512339" lost its colon with the number's word; it is kept, a pause, as
        // after "número de cuenta:" and after a code's cue ("Confirmation code: 4471").
        assertEquals("Your account number: four zero five one two three three nine.", read("en-US", "Your account number: 40512339."));
        assertEquals("Your account number: four zero five one two three three nine.", read("en-GB", "Your account no.: 40512339."));
        assertEquals("Su número de cuenta: cuatro cero cinco uno dos tres tres nueve.", read("es-MX", "Su número de cuenta: 40512339."));
        assertEquals("Su cuenta número: cuatro cero cinco uno dos tres tres nueve.", read("es-ES", "Su cuenta n.º: 40512339."));
        assertEquals("Confirmation code: four four seven one.", read("en-US", "Confirmation code: 4471."));
        // Must not fire: no colon written, none said.
        assertEquals("Your account number is four zero five one two three three nine and your order number five five two one.",
                read("en-US", "Your account number is 40512339 and your order number 5521."));
    }

    @Test
    void roundSixtyAAnAirWaybillsPrintedGroups() {
        // An airline's prefix and the eight-digit serial in groups, each group dictated, the last one too.
        assertEquals("the A W B number one seven six, three three zero eight, four one seven two too.",
                read("en-GB", "the AWB #176-3308 4172 too."));
        assertEquals("con AWB cero cinco siete, ocho ocho dos tres, cuatro seis uno nueve ya", read("es-ES", "con AWB 057-8823 4619 ya"));
        // Must not fire: a count after the initialism, a five-digit one keeps round twenty B's run.
        assertEquals("the A W B twelve pieces and A W B six one two seven four", read("en-GB", "the AWB 12 pieces and AWB 61274"));
    }

    @Test
    void roundSixtyASampleLedByCapitalsOrAFiveDigitGroup() {
        assertEquals("tu folio de servicio, por ejemplo cuatro ocho dos uno tres, siete siete cero nueve, y",
                read("es-MX", "tu folio de servicio, por ejemplo 48213 7709, y"));
        assertEquals("el número de su contenedor, por ejemplo T G H U cinco cinco dos cero, uno nueve cuatro ocho.",
                read("es-US", "el número de su contenedor, por ejemplo TGHU 5520 1948."));
        assertEquals("your tenancy reference, for example L K L five eight two one three.",
                read("en-GB", "your tenancy reference, for example LKL 58213."));
        // Must not fire: a currency's code before the digits, a unit after them, no reference named before the cue.
        assertEquals("Compre más, por ejemplo mil quinientos dólares estadounidenses en equipos, o su pedido, por ejemplo MX cuatro mil quinientos pesos.",
                read("es-MX", "Compre más, por ejemplo USD 1500 en equipos, o su pedido, por ejemplo MX 4500 pesos."));
        assertEquals("Any model, for example X T four thousand five hundred, works.", read("en-US", "Any model, for example XT 4500, works."));
    }

    @Test
    void roundSixtyANumberOfAnAffiliateNamingItsIssuer() {
        assertEquals("tu número de afiliado de Swiss Medical: cinco cinco dos cero, siete uno cuatro tres.",
                read("es-AR", "tu número de afiliado de Swiss Medical: 5520 7143."));
        // Must not fire: a plural noun's count in thousands; a phone's noun keeps the phone's groups.
        assertEquals("el número de afiliados de Galeno: ciento cincuenta mil personas.", read("es-AR", "el número de afiliados de Galeno: 150 000 personas."));
        assertEquals("tu número de teléfono de Movistar: uno uno, cinco cinco cinco cinco, uno dos tres cuatro.",
                read("es-AR", "tu número de teléfono de Movistar: 11 5555 1234."));
    }

    @Test
    void roundSixtyACustomsEntryNumber() {
        assertEquals("duties of one thousand five hundred dollars on entry five eight one seven are due.",
                read("en-US", "duties of $1,500 on entry 5817 are due."));
        assertEquals("customs entry three one six, two two eight four nine zero seven, one is on hold.",
                read("en-US", "customs entry 316-2284907-1 is on hold."));
        assertEquals("los aranceles de la entrada cinco dos cero ocho vencen.", read("es-US", "los aranceles de la entrada 5208 vencen."));
        // An amount's decimal point before the noun ends no sentence: the customs word before it still counts.
        assertEquals("los aranceles de mil doscientos cincuenta dólares con cuarenta centavos de la entrada cinco dos cero ocho vencen.",
                read("es-US", "los aranceles de $1,250.40 de la entrada 5208 vencen."));
        // ReadContext's sentence walk, shared: a decimal point ends no sentence, a full stop after the decimals does, so
        // the customs word of the sentence before names no entry.
        assertEquals("duties of one thousand two hundred and fifty dollars and forty cents on entry five two zero four are due.",
                read("en-US", "duties of $1,250.40 on entry 5204 are due."));
        assertEquals("los aranceles de mil doscientos cincuenta dólares con cuarenta centavos. Su entrada cinco mil doscientos ocho vence.",
                read("es-US", "los aranceles de $1,250.40. Su entrada 5208 vence."));
        // A number sign between the noun and the number is said, not printed.
        assertEquals("la aduana retiene su entrada número tres uno seis, dos dos ocho cuatro nueve cero siete, uno.",
                read("es-US", "la aduana retiene su entrada n.º 316-2284907-1."));
        assertEquals("customs entry number five eight one seven is on hold.", read("en-US", "customs entry #5817 is on hold."));
        // Must not fire: a stadium's entrance and tickets, a ticket's price, a year, a short count, no customs word.
        assertEquals("Vaya a la entrada tres del estadio con sus dos entradas; la entrada dos mil cuatrocientos cuesta poco.",
                read("es-ES", "Vaya a la entrada 3 del estadio con sus 2 entradas; la entrada 2400 cuesta poco."));
        assertEquals("Use entry four at the stadium; entry twenty twenty five rules changed; customs entry two of five.",
                read("en-US", "Use entry 4 at the stadium; entry 2025 rules changed; customs entry 2 of 5."));
        assertEquals("the raffle entry four thousand four hundred and twelve won.", read("en-US", "the raffle entry 4412 won."));
    }

    @Test
    void roundSeventyNineANoticeCodeOfARoundThousandAfterItsNounIsSaidAsANumber() {
        assertEquals("Le enviamos una carta C P siete mil de Servicios Durán.", read("es-MX", "Le enviamos una carta CP7000 de Servicios Durán."));
        assertEquals("Please return the F X six thousand form and keep a C P nine thousand notice on file.",
                read("en-US", "Please return the FX6000 form and keep a CP9000 notice on file."));
        // Must not fire: a PIN, a code that is no round thousand, a postal code with no noun before it or set apart from
        // its digits, a code with no determiner and no noun around it.
        assertEquals("Su nuevo PIN cuatro cero cero cero y la carta código postal dos uno cinco cero; el código postal siete cero cero cero "
                + "y el código postal siete cero cero cero; envíe el código postal cero seis seis cero cero.",
                read("es-MX", "Su nuevo PIN4000 y la carta CP2150; el CP 7000 y el CP7000; envíe el C.P. 06600."));
        assertEquals("Your PIN two zero zero zero is active; the CP two one five zero notice; call A B three zero zero zero today.",
                read("en-US", "Your PIN2000 is active; the CP2150 notice; call AB3000 today."));
    }

    @Test
    void roundSixtyAZeroLedStandardNumberKeepsItsZeros() {
        assertEquals("la NOM cero treinta y cinco, la NOM cero cero tres, la NOM doscientos cincuenta y uno y la ISO nueve mil uno.",
                read("es-MX", "la NOM-035, la NOM-003, la NOM-251 y la ISO 9001."));
    }

    @Test
    void roundSixtyACourseNumbersListedAfterACourses() {
        assertEquals("book A S A one oh one and one oh four, or chem two ten and two twenty this fall",
                read("en-US", "book ASA 101 and 104, or CHEM 210 and 220 this fall"));
        assertEquals("your A S A one oh five coastal navigation course", read("en-US", "your ASA 105 coastal navigation course"));
        // Must not fire: a count after a course, a count after an initialism.
        assertEquals("Knife Skills one oh one, two hundred and fifty guests came; A S A three hundred members.",
                read("en-US", "Knife Skills 101, 250 guests came; ASA 300 members."));
    }

    @Test
    void aWordInSThatIsNoNounCountsNothingAfterANumber() {
        // Vocabulary.englishNotPluralNoun: "this", "was", "always" after a number count nothing, so the candidate's number
        // is still its code; a real plural noun after it ("seats") makes it a count.
        assertEquals("your candidate number is four four one seven this year", read("en-US", "your candidate number is 4417 this year"));
        assertEquals("your candidate number is four four one seven always", read("en-US", "your candidate number is 4417 always"));
        // Must not fire: a plural noun after the number counts it.
        assertEquals("the candidate number is four thousand four hundred and seventeen seats",
                read("en-US", "the candidate number is 4417 seats"));
    }

    @Test
    void roundSixtyOneBArticleAfterIsBeforeANounsLongCode() {
        assertEquals("su orden de trabajo es la cincuenta y dos nueve cero seis", read("es-US", "su orden de trabajo es la 52906"));
        assertEquals("tu cuenta es la setenta y tres cinco uno ocho", read("es-MX", "tu cuenta es la 73518"));
        // Must not fire: no reference noun ("la temperatura"), four digits after the article, an amount, a year.
        assertEquals("la temperatura es la veinticinco", read("es-MX", "la temperatura es la 25"));
        assertEquals("su orden de compra es la cuatro mil ochocientos sesenta y dos", read("es-US", "su orden de compra es la 4862"));
        assertEquals("la cuenta es la de quince mil pesos", read("es-MX", "la cuenta es la de 15000 pesos"));
        assertEquals("la orden de compra es la dos mil veintiséis", read("es-US", "la orden de compra es la 2026"));
    }

    @Test
    void roundSixtyTwoBFourDigitsAfterAnOrdersInitialismAreDictated() {
        assertEquals("your W O four one eight two, P O six six one nine and R M A three zero five six",
                read("en-US", "your WO 4182, PO 6619 and RMA 3056"));
        // Must not fire: a count's noun after the digits, a bill of lading's four digits (no order's initialism), a
        // currency's code.
        assertEquals("P O two thousand five hundred units, B O L four thousand one hundred and eighty two, four thousand one hundred and eighty two US dollars",
                read("en-US", "PO 2500 units, BOL 4182, USD 4182"));
    }

    @Test
    void roundSixtyTwoBAModelsRoundHundredsOrThousandsAreANumber() {
        // The house's decision, measured over every batch: "modelo KR-500" as the maker says it.
        assertEquals("el modelo K R quinientos y el modelo V T dos mil", read("es-MX", "el modelo KR-500 y el modelo VT-2000"));
        // Must not fire: a number that is not round keeps its dictated digits.
        assertEquals("el modelo K R cinco cero uno", read("es-MX", "el modelo KR-501"));
    }


    @Test
    void roundSeventySevenOAVesselsRegistrationIsSpeltAndDictated() {
        assertEquals("the permit for boat R X five one four zero L T expires", read("en-US", "the permit for boat RX 5140 LT expires"));
        assertEquals("trailer T X five five two one A B is parked", read("en-US", "trailer TX 5521 AB is parked"));
        // Must not fire: no capitals after the digits, or no craft's word before them, leave the other rules to read them.
        assertEquals("vessel K T three thousand one hundred and eighty five", read("en-US", "vessel KT 3185"));
        assertEquals("the boat holds four thousand four hundred and seventy one kilograms", read("en-US", "the boat holds 4471 KG"));
    }

    @Test
    void roundSixtyTwoBANumberKeyedLaterInTheMessageIsItsCode() {
        assertEquals("su tono Brisa tres tres nueve uno quedó guardado; marque tres tres nueve uno numeral",
                read("es-US", "su tono Brisa 3391 quedó guardado; marque 3391#"));
        assertEquals("your shade Dune five one four six is saved; say code five one four six",
                read("en-US", "your shade Dune 5146 is saved; say code 5146"));
        // Must not fire: a count's noun after the first, the digits later inside a longer number or not keyed, an amount.
        assertEquals("tiene tres mil trescientos noventa y un puntos; marque tres tres nueve uno numeral",
                read("es-US", "tiene 3391 puntos; marque 3391#"));
        assertEquals("son tres mil trescientos noventa y uno; marque tres tres nueve uno cero numeral",
                read("es-US", "son 3391; marque 33910#"));
        assertEquals("son tres mil trescientos noventa y uno, y luego tres mil trescientos noventa y uno",
                read("es-US", "son 3391, y luego 3391"));
    }

    @Test
    void roundSixtyThreeBNumberOfAShapedReferenceNounThenACommaBeforeItsNumber() {
        // Round sixty-three B: "número de orden, " (or "reclamo", "registro"…) before five digits or more names the code,
        // read by the length rule as "número de legajo, " is (round thirty-seven).
        assertEquals("tenga a mano su número de orden, ochenta y cuatro dos seis uno, por favor",
                read("es-US", "tenga a mano su número de orden, 84261, por favor"));
        // Must not fire: fewer than five digits, a count's noun after the digits, an amount, no "número de" before the noun.
        assertEquals("el número de orden, dos, es el siguiente; revise el número de orden, doce mil piezas; su número de cuenta, "
                + "mil quinientos euros; la orden, ochenta y cuatro mil doscientos sesenta y uno, ya salió",
                read("es-MX", "el número de orden, 2, es el siguiente") + "; " + read("es-MX", "revise el número de orden, 12000 piezas")
                        + "; " + read("es-ES", "su número de cuenta, 1500 €") + "; " + read("es-ES", "la orden, 84261, ya salió"));
    }

    @Test
    void capitalsAndDigitGroupsAfterACodesWordAreSpeltThenDictated() {
        // Round sixty-four A: "código"/"code" before two or three capitals and printed digit groups; Spanish spells the
        // capitals straight into the first group, after "localizador" and "seguimiento" too.
        assertEquals("use el código R V cinco cinco uno dos, cero cero nueve tres en la web",
                read("es-ES", "use el código RV 5512 0093 en la web"));
        assertEquals("su localizador es K L M cuatro cuatro uno cero, dos dos ocho siete",
                read("es-ES", "su localizador es KLM 4410 2287"));
        // Must not fire: one group (a year, a Spanish word in capitals), a postal code.
        assertEquals("el código ES dos mil veintiséis", read("es-ES", "el código ES 2026"));
        assertEquals("la oferta con el código SOL dos mil veintiséis", read("es-ES", "la oferta con el código SOL 2026"));
        assertEquals("el código postal dos ocho cero uno tres", read("es-ES", "el código postal 28013"));
    }

    @Test
    void roundSixtyFiveASpanishNounsNumberBareOrAcrossACommaAndAFolioAfterEs() {
        // Round sixty-five A: "n.º de" and a singular noun before five digits with nothing between, "número de" and a noun
        // across a comma, and a folio with its kind after a bare "es": the noun's code by the length rule.
        assertEquals("indique su número de bono setenta y tres cuatro uno ocho antes del domingo",
                read("es-ES", "indique su n.º de bono 73418 antes del domingo"));
        assertEquals("lleva tu número de jugador, sesenta y uno ocho tres cuatro, al torneo",
                read("es-MX", "lleva tu número de jugador, 61834, al torneo"));
        assertEquals("tu folio de instalación es cincuenta y siete tres uno cuatro", read("es-MX", "tu folio de instalación es 57314"));
        // Must not fire: a plural noun, a numbered place's noun, four digits with nothing between, a count or an amount
        // after the digits, an order's kind after a bare "es".
        assertEquals("el número de asistentes, quince mil, superó lo previsto", read("es-ES", "el número de asistentes, 15000, superó lo previsto"));
        assertEquals("el número de habitación doce mil cuarenta y cinco", read("es-ES", "el n.º de habitación 12045"));
        assertEquals("tu número de jugador dos mil veintiséis ya está activo", read("es-MX", "tu número de jugador 2026 ya está activo"));
        assertEquals("tu número de jugador, cuarenta y ocho mil doscientos trece puntos", read("es-MX", "tu número de jugador, 48213 puntos"));
        assertEquals("su número de bono, quince mil euros", read("es-ES", "su número de bono, 15000 euros"));
        assertEquals("tu folio de garantía es mil quinientos pesos", read("es-MX", "tu folio de garantía es 1500 pesos"));
        assertEquals("la orden de compra es cuarenta y ocho mil doscientos trece", read("es-MX", "la orden de compra es 48213"));
    }

    @Test
    void roundSixtyFiveAnEnglishNounsNumberSetApartByACommaAfterIt() {
        // Round sixty-five A: "<noun> number 63814," (perhaps a comma before "number" too): the noun's code by the length rule.
        assertEquals("your noise complaint, number sixty three eight one four, has been sent",
                read("en-US", "your noise complaint, number 63814, has been sent"));
        assertEquals("quote your repair job number forty one eight two six, or call", read("en-GB", "quote your repair job number 41826, or call"));
        // Must not fire: a count's word before "number", no noun naming it, four digits. Round seventy-one C: a verb after
        // the digits sets them apart as the comma does.
        assertEquals("the total number fifteen thousand, up from last year", read("en-US", "the total number 15000, up from last year"));
        assertEquals("we sold the number fifteen thousand, a record", read("en-US", "we sold the number 15000, a record"));
        assertEquals("your member number four thousand four hundred and seventeen, please", read("en-US", "your member number 4417, please"));
        assertEquals("your complaint number fifty eight three zero two is open", read("en-US", "your complaint number 58302 is open"));
    }

    @Test
    void roundSeventyNineBAHyphenatedNounsNumberSetApartByCommas() {
        // Round seventy-nine B: a hyphenated compound names the thing as a plain noun does, across the comma before "number".
        assertEquals("your account-closure request, number forty eight two six one, has been logged",
                read("en-US", "your account-closure request, number 48261, has been logged"));
        assertEquals("your card-dispute claim, number thirty nine five one four, is open", read("en-GB", "your card-dispute claim, number 39514, is open"));
        // Must not fire: a count's word before "number", however its noun is compounded.
        assertEquals("the self-service total number fifteen thousand, up from last year",
                read("en-US", "the self-service total number 15000, up from last year"));
    }

    @Test
    void roundSixtyFiveAOneCapitalModelsInPairsAndTwoDigitFlightsAsANumber() {
        // Round sixty-five A: a model of one capital and three digits in pairs, as "I-405" is; a flight's two digits after
        // its airline's code said as a number.
        assertEquals("your twenty twenty Ford F two fifty is ready", read("en-US", "your 2020 Ford F-250 is ready"));
        assertEquals("two Ford E three fifties", read("en-US", "two Ford E-350s"));
        assertEquals("your flight B A sixty two to Toronto", read("en-GB", "your flight BA 62 to Toronto"));
        // Must not fire: a place's label, a fault code, a visa, a zero-led number; three digits, a zero-led pair, no airline
        // code, a train and Spanish keep the flight's digits.
        assertEquals("unit B four one seven; error E two zero four; an F one visa",
                read("en-GB", "unit B-417") + "; " + read("en-US", "error E-204") + "; " + read("en-US", "an F-1 visa"));
        assertEquals("flight B A two eight seven; flight B A zero seven; flight four five; train A B four five",
                read("en-US", "flight BA 287") + "; " + read("en-US", "flight BA 07") + "; " + read("en-US", "flight 45") + "; "
                        + read("en-US", "train AB 45"));
        assertEquals("su vuelo I B tres cuatro", read("es-ES", "su vuelo IB 34"));
    }

    @Test
    void roundSixtySixALessUsualSpanishReferenceNounsBeforeFiveDigits() {
        // Round sixty-six A: a voucher's, a claim's, a licence's or an authorisation's noun before a lone number of five
        // digits or more names its code, read by the house length rule.
        assertEquals("entregue el voucher ochenta y uno cinco dos cuatro en la puerta", read("es-AR", "entregue el voucher 81524 en la puerta"));
        assertEquals("su reclamación sesenta y cuatro uno cero siete sigue abierta", read("es-ES", "su reclamación 64107 sigue abierta"));
        assertEquals("la licencia veintisiete cinco uno ocho vence en marzo", read("es-CO", "la licencia 27518 vence en marzo"));
        assertEquals("su autorización: noventa y uno cuatro cero seis quedó registrada", read("es-MX", "su autorización: 91406 quedó registrada"));
        assertEquals("tu cupón es cincuenta y ocho cero dos seis", read("es-MX", "tu cupón es 58026"));
        // Must not fire: an amount's currency, a plural noun or a unit after the digits, "de" between, four digits, a
        // hyphened serial (round twenty-three's reading).
        assertEquals("un cupón de quince mil pesos", read("es-MX", "un cupón de 15000 pesos"));
        assertEquals("el voucher veinticinco mil pesos vence hoy", read("es-AR", "el voucher 25000 pesos vence hoy"));
        assertEquals("le remito veinte mil unidades mañana", read("es-MX", "le remito 20000 unidades mañana"));
        assertEquals("el certificado cuarenta y cinco mil kilogramos de carga", read("es-ES", "el certificado 45000 kg de carga"));
        assertEquals("el cupón cuatro mil cuatrocientos setenta y uno en caja", read("es-MX", "el cupón 4471 en caja"));
        assertEquals("el comprobante seis seis uno cero, dos dos siete ocho está listo", read("es-ES", "el comprobante 6610-2278 está listo"));
        assertEquals("el permiso es quince mil pesos", read("es-MX", "el permiso es 15000 pesos"));
    }

    @Test
    void roundSixtySixAParcelsCapitalsAndDigitsAreSpeltAndDictated() {
        // Round sixty-six A: a parcel's or a shipment's tracking reference of capitals and digits after its noun, as after
        // "no." or "number": the capitals spelt and the digits one by one.
        assertEquals("track parcel K T three zero one nine four online", read("en-GB", "track parcel KT 30194 online"));
        assertEquals("your shipment G N eight one three five seven arrives Monday", read("en-US", "your shipment GN 81357 arrives Monday"));
        assertEquals("your consignment J X five five two one nine zero seven has left", read("en-GB", "your consignment JX 5521907 has left"));
        assertEquals("track your parcel: K T three zero one nine four online", read("en-GB", "track your parcel: KT 30194 online"));
        // Must not fire: a currency's code before an amount, plain digits after the noun, capitals with no digits.
        assertEquals("the package one thousand five hundred US dollars covers flights", read("en-GB", "the package USD 1500 covers flights"));
        assertEquals("the package includes twelve thousand points", read("en-GB", "the package includes 12000 points"));
        assertEquals("the parcel H Q is in Leeds", read("en-US", "the parcel HQ is in Leeds"));
    }

    @Test
    void roundSixtySevenAPluralLotsRangeOfFourDigitLotsIsDictated() {
        // Round sixty-seven A: both ends of a range of four-digit lots after "lots" are lots, dictated as "lot 5127" is.
        assertEquals("offered as lots three eight one two to three eight five zero today",
                read("en-US", "offered as lots 3812 to 3850 today"));
        assertEquals("see lots seven two zero four to seven two one nine online", read("en-GB", "see lots 7204-7219 online"));
        assertEquals("lots five five one zero and five five one one are withdrawn", read("en-US", "lots 5510 and 5511 are withdrawn"));
        // Must not fire: short lots, a count after "lots of", a singular "a lot", an amount's currency after the range.
        assertEquals("lots fourteen to thirty two are framed", read("en-US", "lots 14 to 32 are framed"));
        assertEquals("we have lots of two hundred and fifty", read("en-US", "we have lots of 250"));
        assertEquals("it costs a lot more than three thousand", read("en-US", "it costs a lot more than 3000"));
        assertEquals("lots two thousand to three thousand dollars", read("en-US", "lots 2000 to 3000 dollars"));
    }

    @Test
    void roundSixtyEightASlashedCodeWhoseFirstGroupEndsInDigits() {
        // Round sixty-eight A: capitals and digits, then slashed groups: each group dictated, a pause for each slash.
        assertEquals("reference K D three, five one two zero, M is open", read("en-GB", "ref. KD3/5120/M is open"));
        assertEquals("permit W two two, zero three one eight, R X", read("en-US", "permit W22/0318/RX"));
        // Must not fire: a year group keeps "slash" and its year; two groups only; capitals alone as before.
        assertEquals("Your ref is B one two slash twenty twenty six slash zero zero four one.", read("en-GB", "Your ref is B12/2026/0041."));
        assertEquals("the M twenty five/forty junction", read("en-GB", "the M25/40 junction"));
        assertEquals("job number C D, four four seven one, B", read("en-US", "job no. CD/4471/B"));
    }

    @Test
    void roundSixtyNineALongSerialNounWithItsKindBeforeFiveDigits() {
        // Round sixty-nine A: one lower-case "de <kind>" between a long-serial noun and its five digits keeps the code.
        assertEquals("su licencia de pesca ochenta y uno cero cuatro seis vence pronto", read("es-MX", "su licencia de pesca 81046 vence pronto"));
        // Must not fire: four digits, a name in capitals, an amount's currency, a plural noun after the number.
        assertEquals("su licencia de pesca cuatro mil cuatrocientos setenta y uno", read("es-ES", "su licencia de pesca 4471"));
        assertEquals("el certificado de Juan veinte mil quinientos", read("es-MX", "el certificado de Juan 20500"));
        assertEquals("una constancia de pago quince mil pesos", read("es-AR", "una constancia de pago 15000 pesos"));
        assertEquals("el permiso de obra doce mil metros cuadrados", read("es-ES", "el permiso de obra 12000 metros cuadrados"));
    }

    @Test
    void roundSeventyOneCSpanishErrorNumbersAndCodesAfterNumero() {
        // Round seventy-one C: a fault code's two digits after Spanish "error"/"código" and an error's three digits after its
        // article are said as the length rule says them; capitals and printed groups after "número" are a code; five
        // digits after "el número", or after an English noun's "number" before a verb, are a code by the length rule.
        assertEquals("la pantalla indica el error F veintisiete", read("es-ES", "la pantalla indica el error F-27"));
        assertEquals("muestra el código H cincuenta y tres.", read("es-MX", "muestra el código H-53."));
        assertEquals("el error quinientos doce aparece", read("es-MX", "el error 512 aparece"));
        assertEquals("con el número P K dos ocho tres nueve, seis cero uno siete.", read("es-ES", "con el número PK 2839 6017."));
        assertEquals("quedó registrado con el número cincuenta y ocho tres uno siete.", read("es-AR", "quedó registrado con el número 58317."));
        assertEquals("your boiler service job number sixty two eight one four is confirmed",
                read("en-GB", "your boiler service job number 62814 is confirmed"));
        // Must not fire: a zero-led fault code, another word before the code, an error's four digits or its amount, groups
        // printed as thousands, four digits or an amount after "el número", an English count's word or a plural noun.
        assertEquals("el error E cero cuatro", read("es-MX", "el error E-04"));
        assertEquals("el aire marca E tres uno", read("es-US", "el aire marca E-31"));
        assertEquals("el error uno uno cero dos", read("es-MX", "el error 1102"));
        assertEquals("el error trescientos pesos", read("es-MX", "el error 300 pesos"));
        assertEquals("el número MX ciento cincuenta mil", read("es-MX", "el número MX 150 000"));
        assertEquals("el número dos mil veintiséis", read("es-ES", "el número 2026"));
        assertEquals("el número quince mil pesos", read("es-MX", "el número 15000 pesos"));
        assertEquals("the total number fifteen thousand is a record", read("en-US", "the total number 15000 is a record"));
        assertEquals("your complaint number fifty eight thousand three hundred and two boxes", read("en-US", "your complaint number 58302 boxes"));
    }

    @Test
    void roundSeventyBAPinSetOffByCommasIsKeyedIn() {
        assertEquals("enter your PIN, seven one four six, then press pound; your PIN, six one one eight.",
                read("en-US", "enter your PIN, 7146, then press pound") + "; " + read("en-GB", "your PIN, 6118."));
        // Must not fire: a plural noun after the digits counts, a short count after the comma.
        assertEquals("change your PIN, twenty twenty six rules apply; for your PIN, three attempts are allowed",
                read("en-GB", "change your PIN, 2026 rules apply") + "; " + read("en-GB", "for your PIN, 3 attempts are allowed"));
    }

    @Test
    void roundSeventyATwoGroupsOfFourDigitsAreOneCode() {
        // Round seventy A: two groups of four digits with a space between are one code, dictated group by group with a
        // pause, wherever its noun stands ("la guía para rastrear tu caja es …").
        assertEquals("la guía para rastrear tu caja en la web es cuatro seis uno ocho, dos siete tres nueve.",
                read("es-MX", "la guía para rastrear tu caja en la web es 4618 2739."));
        // Must not fire: a year first, a count's plural noun or a currency after.
        assertEquals("en dos mil diecinueve mil quinientos de ellas; tenemos mil doscientos mil quinientas piezas; pagó mil doscientos mil quinientos euros",
                read("es-ES", "en 2019 1500 de ellas; tenemos 1200 1500 piezas; pagó 1200 1500 €"));
    }

    @Test
    void roundSeventyACodesCapitalsAndOneGroupOfFiveDigits() {
        // Round seventy A: after "código" two or three capitals and one group of five digits or more are a code, dictated.
        assertEquals("anote el código D R G seis uno cero cuatro ocho", read("es-US", "anote el código DRG 61048"));
        // Must not fire: four digits (a year's shape), another cue's pause after the capitals.
        assertEquals("el código ES dos mil veintiséis; la referencia A B C, nueve nueve dos uno tres",
                read("es-ES", "el código ES 2026; la referencia ABC 99213"));
    }

    @Test
    void roundSeventyTwoFAnAppositivesNumberAndNoAfterAComma() {
        // Round seventy-two F: "job number" opening an appositive after a determined thing's phrase names its number, read
        // by the length rule; a lower-case "no." after such a phrase and its comma is "number".
        assertEquals("your gutter clean, job number eighty one three zero six, is booked",
                read("en-GB", "your gutter clean, job number 81306, is booked"));
        assertEquals("the parking permit, number K B four four one seven, expires", read("en-US", "the parking permit, no. KB-4417, expires"));
        // Must not fire: no determined phrase before the comma, a phone's number, a count after the digits, an answer's "no".
        assertEquals("In the end, phone number forty four thousand eight hundred and twenty one, is wrong.",
                read("en-GB", "In the end, phone number 44821, is wrong."));
        assertEquals("Since March, visitor number twenty thousand came", read("en-GB", "Since March, visitor number 20000 came"));
        assertEquals("your order, job number twenty thousand tickets", read("en-GB", "your order, job number 20000 tickets"));
        assertEquals("Reply yes, no. A B twelve is your code.", read("en-GB", "Reply yes, no. AB12 is your code."));
    }

    @Test
    void roundSeventyTwoECapitalsAndFourDigitGroupsAreACodeAnywhere() {
        assertEquals("por ejemplo T K tres tres uno ocho, cero cuatro siete dos o el MX ciento cincuenta mil",
                read("es-AR", "por ejemplo TK 3318 0472 o el MX 150 000"));
        // Must not fire: one group after the capitals, a year after them; groups printed as thousands (above).
        assertEquals("el código SP siete mil setecientos treinta y el RFC dos mil veinticinco en dos mil veintiséis",
                read("es-AR", "el código SP 7730 y el RFC 2025 en 2026"));
    }

    @Test
    void roundSeventyThreeHIdentifierSaidWithItsVerbIsDictated() {
        assertEquals("Your member I D is D K five one seven three zero.", read("en-GB", "Your member ID is DK 51730."));
        // Must not fire: digits alone, capitals said as a word, a currency's code.
        assertEquals("Your I D is fifty eight two one three and the code is four four seven one.",
                read("en-US", "Your ID is 58213 and the code is 4471."));
        assertEquals("the I D is OK twenty twenty four so", read("en-US", "the ID is OK 2024 so"));
        assertEquals("Your customer number is one thousand five hundred US dollars.", read("en-US", "Your customer number is USD 1500."));
    }

    @Test
    void roundSeventyThreeHRoundTheClockAfterAReferenceNounIsNoNumber() {
        assertEquals("a claim twenty four seven and your order twenty four seven", read("en-US", "a claim 24/7 and your order 24/7"));
        // Must not fire: a claim's slashed number.
        assertEquals("claim twelve slash three forty five", read("en-US", "claim 12/345"));
    }
}
