package io.locutor.text;

import static io.locutor.text.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The Spanish call-script rules of issue 13, round four B: what a caller must hear and write down (addresses, codes,
 * account numbers, flights), the 24-hour dial marked by "hrs.", and kitchen measures. Expected strings are exact; each
 * rule also has a case where it must not fire.
 */
class SpanishCallScriptRulesTest {
    @Test
    void pronounceablePartsOfAnAddressAreWordsTheRestIsSpelt() {
        assertEquals("Escriba a reclamaciones arroba seguroshogar punto es hoy.", read("es-ES", "Escriba a reclamaciones@seguroshogar.es hoy."));
        assertEquals("w w w punto pagafacil punto m x barra cita guion previa", read("es-MX", "www.pagafacil.mx/cita-previa"));
        // no Spanish syllables: spelt, as before
        assertEquals("q w r t punto b c n arroba x y z punto com", read("es", "qwrt.bcn@xyz.com"));
        assertEquals("arroba w e z y r uno nueve", read("es", "@wezyr19"));
        // English keeps its own rule
        assertEquals("help at bank dot com", read("en", "help@bank.com"));
    }

    @Test
    void codesToWriteDownAreDigitByDigitShortOnesKeepThePairHead() {
        assertEquals("Su expediente número seis cuatro cero dos nueve uno ya está abierto.", read("es-ES", "Su expediente n.º 640291 ya está abierto."));
        assertEquals("Ticket T K siete siete uno dos cero.", read("es-MX", "Ticket TK-77120."));
        assertEquals("pedido número doce tres cuatro cinco", read("es", "pedido #12345"));
        assertEquals("Su pedido cuatro cinco A, nueve ocho uno llega hoy.", read("es-ES", "Su pedido 45A-981 llega hoy."));
        assertEquals("número siete siete ocho uno B", read("es", "nº 7781B"));
        assertEquals("factura F dos mil veinticinco, cero cero uno dos tres cuatro", read("es-MX", "factura F-2025-001234"));
        assertEquals("código D E V, ocho ocho A dos", read("es-ES", "código DEV-88A2"));
    }

    @Test
    void anIbanIsDictatedOnlyWhenItsCheckDigitsHold() {
        assertTrue(ReferenceReader.ibanChecks("ES60 0049 1500 0512 3456 7892"));
        assertTrue(ReferenceReader.ibanChecks("GB82WEST12345698765432"));
        assertFalse(ReferenceReader.ibanChecks("ES61 0049 1500 0512 3456 7892"));
        assertEquals("cuenta E S seis cero, cero cero cuatro nueve, uno cinco cero cero, cero cinco uno dos, tres cuatro cinco seis, siete ocho nueve dos",
                read("es-ES", "cuenta ES60 0049 1500 0512 3456 7892"));
    }

    @Test
    void flightAndTrainNumbers() {
        assertEquals("Su vuelo I B tres cuatro cinco seis sale a las diez.", read("es-ES", "Su vuelo IB 3456 sale a las 10:00."));
        assertEquals("el tren Alvia cuatro cero ocho siete", read("es-ES", "el tren Alvia 4087"));
        assertEquals("el vuelo Y cuatro uno uno dos cero", read("es-MX", "el vuelo Y4 1120"));
        assertEquals("un vuelo de ciento veinte pasajeros", read("es", "un vuelo de 120 pasajeros"));
    }

    @Test
    void hoursMarkTheTwentyFourHourDialInEveryLocale() {
        assertEquals("de las nueve a las veintiuna horas.", read("es-MX", "de 9:00 a 21:00 hrs."));
        assertEquals("de las veintidós a las seis horas", read("es-MX", "de 22:00 a 6:00 horas"));
        assertEquals("a las trece quince horas", read("es-MX", "a las 13:15 hrs"));
        // with no mark a 12-hour locale keeps its dial
        assertEquals("a las cinco y media de la tarde", read("es-MX", "a las 17:30"));
        assertEquals("a las cinco cuarenta y cinco de la tarde", read("es-US", "a las 17:45"));
    }

    @Test
    void aWeekdayOrAZeroPaddedMonthMakesADate() {
        assertEquals("el viernes siete de marzo", read("es-ES", "el viernes 7/03"));
        assertEquals("lunes diez de marzo", read("es-ES", "lunes 10/3"));
        assertEquals("el lunes tres de noviembre", read("es-ES", "el lun. 3/11"));
        assertEquals("tres cuartos", read("es-ES", "3/4"));
    }

    @Test
    void spacedPercentRanges() {
        assertEquals("un diez a quince por ciento", read("es-ES", "un 10-15 %"));
        assertEquals("del cinco al ocho por ciento", read("es-MX", "del 5 al 8%"));
    }

    @Test
    void kitchenMeasures() {
        assertEquals("una cucharada de aceite y dos cucharaditas de sal", read("es-ES", "1 cda. de aceite y 2 cdtas. de sal"));
        assertEquals("Cerrada de los Pinos doce", read("es-MX", "Cda. de los Pinos 12"));
        assertEquals("media taza de leche y medio vaso de agua", read("es-ES", "1/2 taza de leche y ½ vaso de agua"));
        assertEquals("dos y media tazas de harina", read("es-ES", "2 1/2 tazas de harina"));
    }

    @Test
    void roundNineteenArgentineSchoolDistrict() {
        // "D.E." before a number in Argentina is a school district, as Buenos Aires names its schools.
        assertEquals("la Escuela número siete Distrito Escolar once", read("es-AR", "la Escuela N.º 7 D.E. 11"));
        // Must not fire: outside Argentina, or with no number after it.
        assertEquals("la Escuela número siete DE once", read("es-ES", "la Escuela N.º 7 D.E. 11"));
        assertEquals("Los DE de la ciudad", read("es-AR", "Los D.E. de la ciudad"));
    }

    @Test
    void roundSevenDArgentineExtensionsRoutesAndEachOneAfterAbbreviatedMonths() {
        assertEquals("llamá al interno dos cuatro cero cuatro; la ruta nacional siete y la ruta provincial dos",
                read("es-AR", "llamá al int. 2404; la RN 7 y la RP 2"));
        assertEquals("sus cuotas de octubre y noviembre (cuarenta y ocho dólares cada una)", read("es-US", "sus cuotas de oct. y nov. ($48 c/u)"));
        // Must not fire: Mexico's "int." is an address's interior; "RN" elsewhere, or without a number, stays.
        assertEquals("Insurgentes Sur mil seiscientos dos, interior trescientos uno", read("es-MX", "Insurgentes Sur 1602, int. 301"));
        assertEquals("la RN siete; la RN de la provincia", read("es-ES", "la RN 7") + "; " + read("es-AR", "la RN de la provincia"));
    }

    @Test
    void roundEighteenAnEsUsDirectionBeforeANumberedStreet() {
        assertEquals("en ciento once South Third Avenue y en ochocientos cinco West Twenty Third Avenue",
                read("es-US", "en 111 S. 3rd Ave y en 805 W 23rd Ave"));
        // A dotted letter before a name with no type keeps round seven D's reading after a place word.
        assertEquals("queda en cuatro mil quinientos West Flagler, junto al parque", read("es-US", "queda en 4500 W. Flagler, junto al parque"));
        // Must not fire: a firm's "S. A.", an initial before a surname, a lamp's watts, and outside the US.
        assertEquals("Constructora dos mil SA le recuerda", read("es-US", "Constructora 2000 S. A. le recuerda"));
        assertEquals("el agente doce S. García y una lámpara de cien vatios sobre la mesa",
                read("es-US", "el agente 12 S. García y una lámpara de 100 W sobre la mesa"));
        assertEquals("en ciento once S. tercera avenida", read("es-MX", "en 111 S. 3ra avenida"));
    }

    @Test
    void roundSevenDAnEsUsStreetDirectionAndAHandle() {
        assertEquals("en dos mil cien West Lake Fwy", read("es-US", "en 2100 W. Lake Fwy")); // no comma or dot: the type stays as written
        assertEquals("en seis mil North Loop Freeway, puerta dos", read("es-US", "en 6000 N. Loop Fwy, puerta 2"));
        assertEquals("escribinos a arroba clubnorte", read("es-AR", "escribinos a @ClubNorte"));
        // Must not fire: watts outside the US Spanish, a compass letter with no name after, an address inside a word.
        assertEquals("un equipo de cuatrocientos vatios. Radio@Netscape", read("es-ES", "un equipo de 400 W. Radio@Netscape"));
        assertEquals("una lámpara de sesenta vatios.", read("es-US", "una lámpara de 60 W."));
    }

    @Test
    void roundEightCBothFormsPhonesAndOrdinalStreets() {
        assertEquals("su hijo o hija, el tutor o tutora, los alumnos o alumnas", read("es-ES", "su hijo/a, el tutor/a, los alumnos/as"));
        assertEquals("llame al cero dos nueve dos seis, cuatro dos, uno uno ocho cero", read("es-AR", "llame al 02926 42-1180"));
        // Round forty-one: the same number with its trunk and area code in brackets (was "(cero dos nueve dos seis) cuarenta
        // y dos-mil ciento ochenta").
        assertEquals("llame al cero dos nueve dos seis, cuatro dos, uno uno ocho cero interno uno dos", read("es-AR", "llame al (02926) 42-1180 int. 12"));
        // Must not fire: five digits in brackets no area code of the country's (libphonenumber) starts; Spain's and Mexico's
        // bracketed area codes as before.
        assertEquals("código (cero cero cero cero uno) doce-tres mil cuatrocientos cincuenta y seis", read("es-AR", "código (00001) 12-3456"));
        assertEquals("Llame al nueve uno, cuatro cinco seis, siete ocho, nueve cero", read("es-ES", "Llame al (91) 456 78 90"));
        assertEquals("llame al cinco cinco, cinco uno tres tres, nueve cero cero cero", read("es-MX", "llame al (55) 5133 9000"));
        assertEquals("en Third Street dio positivo, en la Fifth Avenue.", read("es-US", "en 3rd St. dio positivo, en la 5th Ave."));
        // Must not fire: a unit or rate after the slash (round fifty-five: a count's rate is "por"), a slash in a path, a
        // Spanish street ordinal outside es-US.
        assertEquals("dos cápsulas por día, ver w w w punto sitio punto es barra a", read("es-ES", "2 cápsulas/día, ver www.sitio.es/a"));
        assertEquals("en la tres rd St.", read("es-ES", "en la 3rd St."));
    }

    @Test
    void aLessOrMoreSignBeforeAQuantityInRunningTextBoundsIt() {
        // Round eight F: "<" / ">" after a word or a bracket and before a quantity is "menos de" / "más de".
        assertEquals("no pasa por calles de menos de tres metros", read("es-ES", "no pasa por calles de < 3 m"));
        assertEquals("pedidos de más de quinientos pesos", read("es-MX", "pedidos de > 500 pesos"));
        // Must not fire: between two terms the sign compares; before no number it is the symbol's name.
        assertEquals("si x menor que tres y dos mayor que uno", read("es-ES", "si x < 3 y 2 > 1"));
        assertEquals("a menor que b", read("es-ES", "a < b"));
    }

    @Test
    void roundThirteenACapitalisedMonthAbbreviationBeforeANameIsAPlace() {
        assertEquals("el andén dos de Mar del Plata", read("es-AR", "el andén 2 de Mar del Plata"));
        assertEquals("la parcela cuatro de Mar Azul", read("es-MX", "la parcela 4 de Mar Azul"));
        // Must not fire: a dot, a year, a full month name or lower case after the abbreviation keep the date.
        assertEquals("el diez de marzo. Pedro llama.", read("es-ES", "el 10 de Mar. Pedro llama."));
        assertEquals("antes del cinco de enero del dos mil veintisiete.", read("es-ES", "antes del 5 de Ene del 2027."));
        assertEquals("el cinco de marzo Madrid abre.", read("es-ES", "el 5 de Marzo Madrid abre."));
        assertEquals("el tres de marzo llega.", read("es-ES", "el 3 de Mar llega."));
    }

    @Test
    void roundThirteenAPlusSignAfterAPrepositionBoundsACount() {
        assertEquals("grupos de más de doce, salas para más de cien", read("es-ES", "grupos de +12, salas para +100"));
        assertEquals("con más de mil quinientos socios", read("es-AR", "con +1.500 socios"));
        // Must not fire: a degree, a percent, a decimal or a bound already said keep the signed number; no preposition, no bound.
        assertEquals("una subida de más dos grados y de más cinco por ciento", read("es-ES", "una subida de +2 grados y de +5 %"));
        assertEquals("de más tres coma cinco puntos", read("es-ES", "de +3,5 puntos"));
        assertEquals("menos de más diez", read("es-ES", "menos de +10"));
        assertEquals("la temperatura es más cuatro", read("es-ES", "la temperatura es +4"));
    }

    @Test
    void roundFourteenAPlusBeforeAnAgeABrandsPlusAndTheEyesOfALensPower() {
        // Round sixteen: a rating after the noun it rates says whom for, "para mayores de".
        assertEquals("tarifa para mayores de sesenta y cinco; evento para mayores de dieciocho, con DNI; Película para mayores de dieciséis.",
                read("es-ES", "tarifa para mayores de +65; evento +18, con DNI; Película +16."));
        assertEquals("espectáculo para mayores de dieciséis; noche para mayores de veintiuno el sábado",
                read("es-AR", "espectáculo +16; noche +21 el sábado"));
        assertEquals("Centro Habla más y Clínica Vida más", read("es-ES", "Centro Habla+ y Clínica Vida+"));
        // the services that call themselves "plus" in Spanish keep it
        assertEquals("Disney plus, Canal plus y Apple TV plus", read("es-ES", "Disney+, Canal+ y Apple TV+"));
        assertEquals("ojo derecho más uno coma setenta y cinco y ojo izquierdo menos cero coma veinticinco",
                read("es-ES", "OD +1,75 y OI -0,25"));
        // Must not fire: a signed quantity, a count before its noun, an age out of range, "OD" before no signed number.
        assertEquals("más dos coma veinticinco dioptrías, más tres grados centígrados, suma más dieciocho puntos, nivel más cinco",
                read("es-ES", "+2,25 dioptrías, +3 °C, suma +18 puntos, nivel +5"));
        assertEquals("El OD del informe", read("es-ES", "El OD del informe"));
        assertEquals("Fibra más quince euros al mes, Tarifa más veinte minutos", read("es-ES", "Fibra +15 € al mes, Tarifa +20 min"));
        assertEquals("Disney plus", read("en-US", "Disney+"));
    }

    @Test
    void roundSeventeenTheAgeBoundsSignStandsForItsDe() {
        assertEquals("Solo mayores de dieciocho. Evento para mayores de dieciséis años.", read("es-ES", "Solo mayores +18. Evento para mayores +16 años."));
        assertEquals("entran solo mayores de veintiuno, con DNI", read("es-AR", "entran solo mayores +21, con DNI"));
        // Must not fire: a one-digit or decimal signed amount after "mayor", a sign after another word, "mayores de +65".
        assertEquals("Los mayores más dos puntos y la mayor más tres coma cinco", read("es-ES", "Los mayores +2 puntos y la mayor +3,5"));
        assertEquals("tarifa para mayores de sesenta y cinco; suma más dieciocho puntos", read("es-ES", "tarifa para mayores de +65; suma +18 puntos"));
    }

    @Test
    void roundSeventySevenPAnEmailUserNameSyllablesHoldIsSaidAndAFileSampleOverItsYearIsAReference() {
        assertEquals("escribí a kids arroba clubnautico punto com punto ar", read("es-AR", "escribí a kids@clubnautico.com.ar"));
        assertEquals("su expediente, por ejemplo dos mil veinticinco barra cuatro cero nueve uno siete.",
                read("es-ES", "su expediente, por ejemplo 2025/40917."));
        // Must not fire: initials, a code and capitals before "@"; a sample after a phone's number or no document's
        // noun, and a short serial.
        assertEquals("a r r h h arroba empresa punto es, f a q arroba x punto m x o t i c k e t s arroba x punto es",
                read("es-ES", "a rrhh@empresa.es, faq@x.mx o Tickets@x.es"));
        assertEquals("Su número de teléfono, por ejemplo dos mil veinticinco sobre cuarenta mil novecientos diecisiete.",
                read("es-ES", "Su número de teléfono, por ejemplo 2025/40917."));
        assertEquals("el expediente y la cantidad, por ejemplo dos mil veinticinco sobre cuatro mil noventa y uno",
                read("es-ES", "el expediente y la cantidad, por ejemplo 2025/4091"));
    }

    @Test
    void roundSeventyEightRFloorsStreetTypesBeforeACommaStarRatingsAndExtensionsAfterAKeypadVerb() {
        assertEquals("en la calle Sarmiento mil doscientos, cuarto C.", read("es-AR", "en la calle Sarmiento 1200, 4° C."));
        assertEquals("Cerrado en Kirby Road, por obras.", read("es-US", "Cerrado en Kirby Rd., por obras."));
        assertEquals("un hotel una estrella, otro de tres estrellas.", read("es-ES", "un hotel 1*, otro de 3*."));
        assertEquals("Si conoce la extensión, marque tres uno cinco.", read("es-MX", "Si conoce la extensión, marque 315."));
        // Must not fire: a temperature with no street before its number, a type at the sentence's start, a footnote's mark
        // before a noun, a survey's score, an adjective "interno" outside Argentina.
        assertEquals("El día doce, treinta y ocho grados centígrados de máxima.", read("es-AR", "El día 12, 38° C de máxima."));
        assertEquals("Preston Ave., la tienda.", read("es-US", "Preston Ave., la tienda."));
        assertFalse(read("es-ES", "Oferta válida 3* días.").contains("estrella"));
        assertFalse(read("es-ES", "Para repetir, pulse 5* ahora.").contains("estrella"));
        assertEquals("Para calificar, marque cien y luego numeral.", read("es-MX", "Para calificar, marque 100 y luego #."));
        assertEquals("Si es un pedido interno, marque veinticinco.", read("es-MX", "Si es un pedido interno, marque 25."));
    }

    @Test
    void roundFifteenAnEnDashWithNoNumberBeforeItIsAMinusSign() {
        assertEquals("la planta menos tres y el nivel menos uno!", read("es-AR", "la planta –3 y el nivel –1!"));
        assertEquals("entre menos cinco y menos diez grados centígrados", read("es-ES", "entre –5 y –10 °C"));
        // Must not fire: a range, spaced or not; an aside the dash opens and a later dash closes; English.
        assertEquals("de diez a veinte grados y de dos a tres", read("es-ES", "de 10 –20 grados y de 2–3"));
        assertEquals("la tarifa –quince euros al mes– incluye todo", read("es-ES", "la tarifa –15 euros al mes– incluye todo"));
        assertEquals("level –two now", read("en-US", "level –2 now"));
    }

    @Test
    void roundFifteenANumberSignBeforeASeriesLetterAndDigitsIsANumberedCode() {
        assertEquals("el acta número Q cero cuatro cinco ocho uno dos siete y la póliza número K cinco cinco uno dos cero",
                read("es-AR", "el acta n.º Q 0458127 y la póliza núm. K 55120"));
        assertEquals("su reclamo número B cuatro cero nueve uno siete", read("es-US", "su reclamo n° B 40917"));
        // Must not fire: a short number keeps its cardinal; a capital with no digits after it is a word.
        assertEquals("la plaza número ciento doce y el nº A y B", read("es-ES", "la plaza n.º 112 y el nº A y B"));
    }

    @Test
    void roundFifteenAKeyOfHyphenedGroupsIsDictatedGroupByGroup() {
        assertEquals("su clave X K siete P, dos dos Q M, nueve cero R T activa", read("es-ES", "su clave XK7P-22QM-90RT activa"));
        assertEquals("código siete H Q dos, M X nueve K, cuatro L P A.", read("es-MX", "código 7HQ2-MX9K-4LPA."));
        assertEquals("canje Q W siete siete, tres N R B;", read("es-AR", "canje QW77-3NRB;"));
        // Must not fire: groups of unequal length with fewer than two mixing capitals and digits keep their older rules.
        assertEquals("el cincuenta y ocho Z K treinta y uno y el motor C F seis-ochenta E uno", read("es-ES", "el 58-ZK-31 y el motor CF6-80E1"));
        assertEquals("COVID-diecinueve", read("es-ES", "COVID-19"));
        assertEquals("ISSN cero cero cero cuatro-doscientos ochenta y dos X.", read("es-ES", "ISSN 0004-282X."));
    }

    @Test
    void roundFifteenAHexadecimalCodeIsDictatedAfterCeroEquis() {
        assertEquals("el error cero equis ocho cero cero siete cero cero cero cinco, pulse dos", read("es-ES", "el error 0x80070005, pulse 2"));
        assertEquals("código cero equis C cero cero cero cero dos uno A.", read("es-MX", "código 0xC000021A."));
        // Must not fire: a short dimension keeps its "por".
        assertEquals("una placa de cero por cinco y de dos por tres", read("es-ES", "una placa de 0x5 y de 2x3"));
    }

    @Test
    void roundEighteenADomainOfEnglishSyllablesIsSaid() {
        assertEquals("Compre en bookingsplus punto com o en shopnow punto com punto ar",
                read("es-US", "Compre en bookingsplus.com o en shopnow.com.ar"));
        // Must not fire: initials no English word starts or ends like stay spelt, and short labels keep their rules.
        assertEquals("en h s b c n e t punto com, g m x b a n k punto de, s r t f o r d punto com y c f e punto m x",
                read("es-MX", "en hsbcnet.com, gmxbank.de, srtford.com y cfe.mx"));
    }

    @Test
    void roundFourteenADomainOfWordsEndingInALoanClusterIsSaid() {
        assertEquals("en marluzfest punto com barra reembolso", read("es-ES", "en marluzfest.com/reembolso"));
        // Must not fire: letters that make no syllables before the ending stay spelt.
        assertEquals("en b b v a c s t punto com y a s d f s t punto es", read("es-ES", "en bbvacst.com y asdfst.es"));
    }

    @Test
    void roundThirtyThreeADomainEndingInCatalanNcIsSaid() {
        assertEquals("en pescablanc punto com y remfranc punto es", read("es-ES", "en pescablanc.com y remfranc.es"));
        // Must not fire: initials before the ending, letters that make no syllables, a short label.
        assertEquals("en b b v a n c punto m x, s p o r t s i n c punto com y x k c d n c punto es",
                read("es-MX", "en bbvanc.mx, sportsinc.com y xkcdnc.es"));
    }

    @Test
    void roundThirteenALaterAlOfASentenceWithACallDialsAShortNumber() {
        assertEquals("llame a la oficina; para trámites, al cuatro uno uno.", read("es-US", "llame a la oficina; para trámites, al 411."));
        // Must not fire: a range's end, a sentence with no verb of calling, or one after the sentence that had it.
        assertEquals("llame ya: las plazas van de cien al trescientos once.", read("es-US", "llame ya: las plazas van de 100 al 311."));
        assertEquals("para trámites, al trescientos once.", read("es-US", "para trámites, al 311."));
        assertEquals("Llame hoy. Para trámites, al trescientos once.", read("es-US", "Llame hoy. Para trámites, al 311."));
    }

    @Test
    void roundThirteenATimeAfterATimetableNounIsReadAsTheBoardShowsIt() {
        assertEquals("salida siete cuarenta, cierre dieciocho treinta", read("es-AR", "salida 7:40, cierre 18:30"));
        // Must not fire: the text's own "a las", a part of the day written after it, a noun that is no timetable's.
        assertEquals("salida a las siete y veinte", read("es-ES", "salida a las 7:20"));
        assertEquals("salida las siete y veinte de la tarde.", read("es-US", "salida 7:20 p. m."));
        assertEquals("reunión a las nueve y media", read("es-ES", "reunión a las 9:30"));
    }

    @Test
    void roundThirteenASectionBeforeItsNumber() {
        assertEquals("en la sección ciento doce y la sección cuatro", read("es-US", "en la secc. 112 y la sec. 4"));
        // Must not fire: with no number after it the abbreviation is left as written.
        assertEquals("espere unos seg. más", read("es-ES", "espere unos seg. más"));
        assertEquals("la secc. técnica", read("es-ES", "la secc. técnica"));
    }

    @Test
    void roundThirteenAStarAndDigitInASentenceThatKeyedIsAKey() {
        assertEquals("pulse su clave y después asterisco dos.", read("es-ES", "pulse su clave y después *2."));
        assertEquals("su número seguido de almohadilla y luego asterisco cuatro.", read("es-ES", "su número seguido de # y luego *4."));
        // Must not fire: no keypad verb or "#" in its sentence, nor one in the sentence before.
        assertEquals("La nota es *tres según el tribunal.", read("es-ES", "La nota es *3 según el tribunal."));
        assertEquals("Marque uno. La nota es *tres.", read("es-ES", "Marque 1. La nota es *3."));
    }

    @Test
    void aKeyPressedBeforeTheOptionItNamesIsUno() {
        // The lead after round sixteen: after a keypad verb the number is a key, whatever word names its option.
        assertEquals("Presione uno excelente, dos bueno o tres malo.", read("es-US", "Presione 1 excelente, 2 bueno o 3 malo."));
        assertEquals("marque uno pésimo", read("es-MX", "marque 1 pésimo"));
        // Must not fire: a count of presses, a noun counted with no keypad verb before it.
        assertEquals("pulse una vez la tecla, califique con una estrella", read("es-ES", "pulse 1 vez la tecla, califique con 1 estrella"));
    }

    @Test
    void roundTwentySevenAPathWordOfEnglishSyllablesIsSaid() {
        assertEquals("visite miamidade punto gov barra parking o segurosdelsur punto com barra renewal",
                read("es-US", "visite miamidade.gov/parking o segurosdelsur.com/renewal"));
        // Must not fire: a short link's mixed-case key and letters with no syllables stay spelt.
        assertEquals("sitio punto es barra b a n k i n g y sitio punto es barra x k c d q z",
                read("es-ES", "sitio.es/BaNkInG y sitio.es/xkcdqz"));
    }

    @Test
    void roundSeventyThreeGAShortPathWordSyllablesHoldIsSaid() {
        assertEquals("solicite su crédito en financiaya punto m x barra pyme o reserve en polideportivoluna punto es barra gym",
                read("es-MX", "solicite su crédito en financiaya.mx/pyme o reserve en polideportivoluna.es/gym"));
        // Must not fire: codes no syllable holds stay spelt, and so does a mixed-case key.
        assertEquals("vea agencia punto es barra f a q barra p d f o agencia punto es barra a b c barra x y z barra g y m",
                read("es-ES", "vea agencia.es/faq/pdf o agencia.es/abc/xyz/GyM"));
    }

    @Test
    void roundFortyFiveAPathSegmentThatIsASpanishWordIsSaid() {
        // Round forty-five: a path's two-letter Spanish word is said, as its three-letter words already were.
        assertEquals("pida en gasnorte punto m x barra es barra tarifas o en tienda punto com barra mi guion cuenta",
                read("es-MX", "pida en gasnorte.mx/es/tarifas o en tienda.com/mi-cuenta"));
        assertEquals("sitio punto com barra en", read("es-US", "sitio.com/en"));
        // Must not fire: codes that are no Spanish word, an English word, a word in capitals, a host's label.
        assertEquals("sitio punto com barra m x, sitio punto com barra u s, sitio punto com barra g o y sitio punto com barra e s",
                read("es-US", "sitio.com/mx, sitio.com/us, sitio.com/go y sitio.com/ES"));
        assertEquals("visite mi punto banco punto es", read("es-ES", "visite mi.banco.es"));
    }

    @Test
    void feminineNounsInAlAgree() {
        // Round forty-two: "sucursal", "credencial", "postal" are feminine though most nouns in "-al" are not.
        assertEquals("en más de tres mil quinientas sucursales", read("es-MX", "en más de 3,500 sucursales"));
        assertEquals("veintiuna credenciales", read("es-US", "21 credenciales"));
        // must not fire: masculine nouns in "-al"
        assertEquals("doscientos canales", read("es-MX", "200 canales"));
        assertEquals("veintiún hospitales", read("es-ES", "21 hospitales"));
    }

    @Test
    void aKeyAfterAKeypadVerbIsUnoBeforeAnAdverbInA() {
        // Round forty-three: "ahora", "enseguida" are adverbs, no feminine nouns; after a keypad verb the key is "uno".
        assertEquals("marque uno ahora, presione uno enseguida, oprima uno consulta", read("es-ES", "marque 1 ahora, presione 1 enseguida, oprima 1 consulta"));
        // must not fire: "vez" is still counted after a keypad verb, a feminine noun after a count, no keypad verb
        assertEquals("pulse una vez", read("es-ES", "pulse 1 vez"));
        assertEquals("llegó una persona", read("es-MX", "llegó 1 persona"));
        assertEquals("veintiuna semanas", read("es-MX", "21 semanas"));
    }

    @Test
    void roundFortyEightWattsBeforeTheNextSentenceAreNoStreetsDirection() {
        // Round forty-eight: es-US "W." after a number, then a word opening the next sentence, is the unit, watts.
        assertEquals("un inversor de tres mil vatios. El precio es de seiscientos cuarenta dólares.",
                read("es-US", "un inversor de 3000 W. El precio es de 640 dólares."));
        assertEquals("su licuadora es de novecientos vatios. Gracias por su compra.", read("es-US", "su licuadora es de 900 W. Gracias por su compra."));
        // Must not fire: a street's name after the letter (one that starts as a sentence could, "El Camino Real", too),
        // a street's type after its name, and English's compass letter before a street.
        assertEquals("en cuatro mil quinientos West El Camino Real abre", read("es-US", "en 4500 W. El Camino Real abre"));
        assertEquals("Vivo en cuatro mil quinientos West Flagler. Llame antes.", read("es-US", "Vivo en 4500 W. Flagler. Llame antes."));
        assertEquals("Visit us at twenty two hundred West Loop South today.", read("en-US", "Visit us at 2200 W. Loop South today."));
    }

    @Test
    void roundFiftyAmpsBeforeTheNextSentenceAndTheKeyAfterBoton() {
        // Round fifty: "A." after "de" and a number, a word that takes amps shortly before, is the unit; a key after "botón".
        assertEquals("un disyuntor de treinta y dos amperios. Llame a su electricista.",
                read("es-MX", "un disyuntor de 32 A. Llame a su electricista."));
        assertEquals("mantenga pulsado el botón asterisco unos segundos", read("es-ES", "mantenga pulsado el botón * unos segundos"));
        assertEquals("deje presionado el botón numeral", read("es-MX", "deje presionado el botón #"));
        // Must not fire: a seat's or a flat's letter, an initial, no word that takes amps, no "de" before the number.
        assertEquals("Su asiento es el doce A. Gracias por volar con nosotros.", read("es-MX", "Su asiento es el 12 A. Gracias por volar con nosotros."));
        assertEquals("el departamento de cuatro A. Pérez", read("es-MX", "el departamento de 4 A. Pérez"));
        assertEquals("el fusible del piso doce A. Gracias", read("es-ES", "el fusible del piso 12 A. Gracias"));
    }

    @Test
    void roundFiftyFiveCountsSlashBeforeATimeWordIsPor() {
        // Round fifty-five: a count's slash before a time word (or a head's) is "por", as a unit's is.
        assertEquals("tres clases por semana, diez horas por mes, una vez por semana, dos noches por persona",
                read("es-ES", "3 clases/semana, 10 horas/mes, 1 vez/semana, 2 noches/persona"));
        // Must not fire: two words with no count (a choice), a plural after the slash, a price's own rate ("la hora", "al
        // mes", "a la semana"), a unit's rate, both forms of a word.
        assertEquals("los días/semanas, lunes/martes, dos días/semanas, el alumno o alumna",
                read("es-ES", "los días/semanas, lunes/martes, 2 días/semanas, el alumno/a"));
        assertEquals("quince euros la hora, cuarenta euros al mes, noventa kilómetros por hora, veinte kilómetros por día",
                read("es-ES", "15 €/hora, 40 €/mes, 90 km/h, 20 km/día"));
        assertEquals("pague veinticinco dólares a la semana", read("es-US", "pague $25/semana"));
    }

    @Test
    void roundSixtySixCAPromotionsLastNumberIsSaidWhole() {
        // Round sixty-six C: the last number of "2x1" or "2 x 1" (a promotion's deal, a size's side) counts no word after it.
        assertEquals("dos por uno pizzas, dos por uno cada viernes, dos por uno lunes y tres por dos en gorras",
                read("es-MX", "2x1 pizzas, 2x1 cada viernes, 2 x 1 lunes y 3x2 en gorras"));
        // Must not fire: a count with no "x" before it, a count after a word ending in "x" ("box"), a unit's amount.
        assertEquals("una casa y veintiún días, el box un día, tres por un centímetro",
                read("es-ES", "1 casa y 21 días, el box 1 día, 3x1 cm"));
    }
}
