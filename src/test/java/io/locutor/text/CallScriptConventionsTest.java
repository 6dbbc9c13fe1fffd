package io.locutor.text;

import static io.locutor.text.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * The call-script conventions settled in issue 13, round five (tn/SOURCE.md): what a caller hears for host labels, code
 * letters, English initialisms and time zones, and the leftovers of earlier rounds. Expected strings are exact; each rule
 * also has a case where it must not fire.
 */
class CallScriptConventionsTest {
    @Test
    void aHostLabelThatIsOneSpanishSyllableIsSaidOtherCountryCodesAreSpelt() {
        assertEquals("w w w punto ofertas punto com punto ar", read("es-AR", "www.ofertas.com.ar"));
        assertEquals("info arroba tienda punto es", read("es-ES", "info@tienda.es"));
        assertEquals("ayuda arroba seguros punto gob punto m x", read("es-MX", "ayuda@seguros.gob.mx"));
        assertEquals("h t t p s dos puntos barra barra mi punto banco punto c l", read("es", "https://mi.banco.cl"));
        // the name before "@" is not a host label: two letters there stay spelt
        assertEquals("j p punto lopez arroba banco punto com", read("es", "jp.lopez@banco.com"));
    }

    @Test
    void codeLettersAreSpeltUnlessSpanishCanSayThem() {
        assertEquals("Su número de avería es A V dos cero nueve tres uno.", read("es-ES", "Su número de avería es AV-20931."));
        assertEquals("expediente E X P cuatro ocho dos uno tres", read("es-ES", "expediente EXP-48213"));
        // Round sixteen: after a reference noun the code is dictated, so capitals a syllable could say are spelt too.
        assertEquals("póliza P O L cero cero cuatro cinco ocho dos uno", read("es-ES", "póliza POL-0045821"));
        assertEquals("la póliza A U T cinco cinco ocho dos uno tres", read("es-MX", "la póliza AUT-558213"));
        assertEquals("Número de póliza: V I D cero cero ocho tres tres uno dos.", read("es-ES", "Número de póliza: VID-0083312."));
        assertEquals("su número de reserva es T U R cinco cinco uno dos cero", read("es-US", "su número de reserva es TUR-55120"));
        // Round fifty-seven (measured over every batch: held-out rows gained, none lost): a head of three capitals is a
        // code's prefix wherever it stands, spelt as a head of two is (was "diga POL cero cero…").
        assertEquals("diga P O L cero cero cuatro cinco ocho dos uno", read("es-ES", "diga POL-0045821"));
        assertEquals("por ejemplo M E D siete siete uno cero cuatro", read("es-MX", "por ejemplo MED-77104"));
        // With no reference noun before it a head of four capitals or more keeps its word, and so do a folio numbered by
        // year and a model's short number.
        assertEquals("la respuesta es POLO cero cero cuatro cinco ocho dos uno", read("es-ES", "la respuesta es POLO-0045821"));
        assertEquals("el LAB veintiséis barra tres tres ocho uno, el concepto CUOTA dos dos nueve uno y el VIC-veinte",
                read("es-ES", "el LAB-26/3381, el concepto CUOTA-2291 y el VIC-20"));
        assertEquals("Your case number is C S two zero nine three one.", read("en-US", "Your case number is CS-20931."));
        assertEquals("Tu RFC es G O D E cinco seis uno dos tres uno A B uno.", read("es-MX", "Tu RFC es GODE561231AB1."));
        // a name with a short number is not a code to dictate
        assertEquals("Use the code SAVE ten today.", read("en-US", "Use the code SAVE10 today."));
    }

    @Test
    void englishInitialismsAreSpeltExceptTheWordsOnTheList() {
        assertEquals("Your M O T is due.", read("en-GB", "Your MOT is due."));
        assertEquals("We sent an S M S with your I D.", read("en-US", "We sent an SMS with your ID."));
        assertEquals("Never share your PIN or IBAN.", read("en-US", "Never share your PIN or IBAN."));
        // ordinary words in capitals, shouted text and model names stay as written
        assertEquals("Text HELP to five five five one two.", read("en-US", "Text HELP to 55512."));
        assertEquals("CALL NOW TO CLAIM YOUR PRIZE", read("en-US", "CALL NOW TO CLAIM YOUR PRIZE"));
        // Spanish keeps its acronyms as written
        assertEquals("Traiga su DNI y el recibo del IVA.", read("es-ES", "Traiga su DNI y el recibo del IVA."));
    }

    @Test
    void aTimeZoneAfterATimeIsSaidByName() {
        assertEquals("open nine AM to five PM Eastern Time", read("en-US", "open 9 AM to 5 PM ET"));
        assertEquals("at ten thirty Central European Time", read("en-GB", "at 10:30 CET"));
        assertEquals("at fourteen hundred G M T", read("en-GB", "at 14:00 GMT"));
        assertEquals("until six PM Eastern Standard Time", read("en-US", "until 6 PM EST"));
        // not after a time: an initialism like any other
        assertEquals("the P T team", read("en-US", "the PT team"));
    }

    @Test
    void roundFourteenBAZoneAfterAGluedMarkerOrBeforeASlashIsSaidByNameAndKeepsTheSentencesStops() {
        assertEquals("by eleven PM Eastern Time, at six forty AM Alaska Daylight Time",
                read("en-US", "by 11pm ET, at 6:40 AM AKDT"));
        assertEquals("at seven PM Eastern Time slash four PM Pacific Time", read("en-US", "at 7 PM ET/4 PM PT"));
        // the dot of "a.m." before the zone ends no sentence; the full stop after "GMT" is kept
        assertEquals("Call at nine AM Pacific Time Monday.", read("en-US", "Call at 9 a.m. PT Monday."));
        assertEquals("closes at ten G M T. Then", read("en-GB", "closes at 10:00 GMT. Then"));
        // must not fire: a full stop after an undotted "pm" ends the sentence; initials with no time before them
        assertEquals("Meet at four PM. P T sessions follow.", read("en-US", "Meet at 4pm. PT sessions follow."));
        assertEquals("the E T film, your C T scan", read("en-US", "the ET film, your CT scan"));
    }

    @Test
    void leftoversOfEarlierRounds() {
        assertEquals("Llévate el medio kilo a doce pesos.", read("es-MX", "Llévate el 1/2 kilo a $12."));
        assertEquals("el primero de febrero", read("es-ES", "el 1/02"));
        assertEquals("Tu saldo es menos doscientos cincuenta pesos.", read("es-MX", "Tu saldo es -$250.00."));
        assertEquals("Your balance is minus forty two dollars and eighteen cents.", read("en-US", "Your balance is -$42.18."));
        assertEquals("diez gigabytes de datos", read("es-ES", "10 Gb de datos"));
        assertEquals("fibra de trescientos megabits", read("es-ES", "fibra de 300 Mb"));
        assertEquals("a las cinco y media de la tarde", read("es-MX", "a las 17:30"));
        assertEquals("el quince de marzo de dos mil veintiséis", read("es-US", "el 03/15/2026"));
        // Round seven C: es-US reads slash dates month first, as the US systems that print its scripts write them.
        assertEquals("el cuatro de marzo de dos mil veintiséis", read("es-US", "el 03/04/2026"));
        assertEquals("el tres de abril de dos mil veintiséis", read("es-MX", "el 03/04/2026"));
    }

    @Test
    void numbersACallerKeysInOrWritesDown() {
        assertEquals("Llámenos al nueve uno cero, uno dos tres, cuatro cinco seis extensión cuatro cinco uno dos.",
                read("es-ES", "Llámenos al 910 123 456 ext. 4512."));
        assertEquals("Tu código de verificación es cuatro ocho dos uno.", read("es-MX", "Tu código de verificación es 4821."));
        assertEquals("Entregamos en avenida Juárez número doscientos cuarenta y cinco.", read("es-MX", "Entregamos en Av. Juárez #245."));
        assertEquals("pedido número doce tres cuatro cinco", read("es", "pedido #12345"));
        assertEquals("La cuota tres de doce vence hoy.", read("es-ES", "La cuota 3/12 vence hoy."));
        assertEquals("tres cuartos", read("es-ES", "3/4"));
        assertEquals("from the third to the seventh of March", read("en-GB", "from 3 to 7 March"));
    }

    @Test
    void roundFiveBArgentineHoursPhonesAndYearSerials() {
        assertEquals("de ocho a diecisiete horas", read("es-AR", "de 8 a 17 hs"));
        assertEquals("un plazo de setenta y dos horas.", read("es-AR", "un plazo de 72 hs."));
        assertEquals("a las dieciocho cuarenta y cinco horas", read("es-AR", "a las 18:45 hs"));
        assertEquals("llamá al uno uno, cuatro cinco dos tres, siete siete ocho ocho", read("es-AR", "llamá al 11 4523-7788"));
        assertEquals("el expediente dos mil veinticinco, cero cero cuatro uno dos", read("es-AR", "el expediente 2025-00412"));
        // a range of years keeps its own reading (round twenty-six: "entre" opens it, "y"); a space then a dashed pair that is no valid phone is not one
        assertEquals("entre dos mil veinte y dos mil veintiuno", read("es-ES", "entre 2020-2021"));
        assertEquals("hs", read("es-AR", "hs"));
    }

    @Test
    void roundFiveBSpanishWordsServiceNumbersAndGluedCodes() {
        assertEquals("un plan de doscientos megas y veintiún gigas", read("es-AR", "un plan de 200 megas y 21 gigas"));
        assertEquals("la tarjeta con terminación dos cero cuatro uno", read("es-MX", "la tarjeta con terminación 2041"));
        assertEquals("Llame al tres uno uno.", read("es-US", "Llame al 311."));
        assertEquals("marque cuatro uno uno", read("es-US", "marque 411"));
        assertEquals("el código R T siete Q nueve", read("es-ES", "el código RT7Q9"));
        assertEquals("el jueves once de diciembre; tenga", read("es-ES", "el jue. 11 de dic.; tenga"));
        // "al 311" after no verb of calling is a number; a model name with a number is no glued code
        assertEquals("del cien al trescientos once", read("es-US", "del 100 al 311"));
        // (its capitals with no syllable spelt since round seven C, as a code's are)
        assertEquals("el modelo M P tres", read("es-ES", "el modelo MP3"));
        assertEquals("trescientas personas", read("es-ES", "300 personas"));
    }

    @Test
    void roundFiveBEnglishCodesRangesRoadsAndHosts() {
        assertEquals("from six point two five percent", read("en-US", "from 6.25%"));
        assertEquals("from six thirty", read("en-GB", "from 6.30"));
        assertEquals("parcel one Z nine nine nine A A one zero one two three four five six seven eight four",
                read("en-US", "parcel 1Z999AA10123456784"));
        assertEquals("card four K seven, nine nine three zero, B", read("en-GB", "card 4K7 9930 B"));
        assertEquals("ZIP codes nine zero two one zero through nine zero two one five", read("en-US", "ZIP codes 90210 through 90215"));
        assertEquals("take I five or I four oh five", read("en-US", "take I-5 or I-405"));
        assertEquals("at two hundred Northeast fifth Street", read("en-US", "at 200 NE 5th St"));
        assertEquals("mail dot co dot U K", read("en-GB", "mail.co.uk"));
        // a short code of a digit and a letter stays as the other rules read it; "NE" with no house number is not a quadrant
        assertEquals("the five G plan", read("en-US", "the 5G plan"));
        assertEquals("We ship to the N E region.", read("en-US", "We ship to the NE region."));
    }

    @Test
    void roundFiveBEnglishHundredsOnTheTwentyFourHourDialAndBritishUnitNames() {
        assertEquals("between eight hundred and thirteen hundred", read("en-GB", "between 08:00 and 13:00"));
        assertEquals("between nine hundred and eleven hundred", read("en-GB", "between 09:00 and 11:00"));
        assertEquals("until six hundred", read("en-GB", "until 06:00"));
        assertEquals("fifteen centimetres and two litres", read("en-GB", "15 cm and 2 l"));
        // the United States keeps its 12-hour dial and its spellings
        assertEquals("until six", read("en-US", "until 06:00"));
        assertEquals("fifteen centimeters and two liters", read("en-US", "15 cm and 2 l"));
        // a time with minutes keeps the everyday reading
        assertEquals("at nine forty", read("en-GB", "at 09:40"));
        // "and" between two ranges joins no range: each keeps its own reading (round sixty-six B: "10:00–12:00", two
        // two-digit o'clock times, is itself the 24-hour dial's range, in hundreds; it was "ten to twelve")
        assertEquals("Open ten hundred to twelve hundred and fourteen hundred to eighteen hundred.", read("en-GB", "Open 10:00–12:00 and 14:00–18:00."));
    }

    @Test
    void anEmergencyNumberAfterItsLabelOrOnIsDialled() {
        // Round eight: the region's emergency number after "Emergencias:" or "on" with no noun after it, digit by digit.
        assertEquals("Emergencias: uno uno dos.", read("es-ES", "Emergencias: 112."));
        assertEquals("alert the coastguard on nine nine nine.", read("en-GB", "alert the coastguard on 999."));
        // Round nine: a label in lower case before its colon still dials (afterEmergencyLabel, now the colon's only rule).
        assertEquals("llame a urgencias: nueve uno uno.", read("es-MX", "llame a urgencias: 911."));
        // A label of a few words that names the emergency first: "Emergencias en montaña:", "Emergency line:".
        assertEquals("Emergencias en montaña: nueve uno uno.", read("es-US", "Emergencias en montaña: 911."));
        assertEquals("Emergency line: nine nine nine.", read("en-GB", "Emergency line: 999."));
        // An information line before "en el"/"al" and a short number of the region: the number to call.
        assertEquals("Información en el tres uno uno las veinticuatro horas; informes al dos uno uno.",
                read("es-US", "Información en el 311 las 24 horas; informes al 211."));
        // must not fire: a room after "en el", information about a count
        assertEquals("la oficina en el trescientos once, información en el dos mil veinticuatro",
                read("es-US", "la oficina en el 311, información en el 2024"));
        // Must not fire: another label, a count after "on", a count of neighbours, an emergency word in an earlier clause.
        assertEquals("Vecinos: ciento doce.", read("es-ES", "Vecinos: 112."));
        assertEquals("Emergencias atendidas en el año, vecinos: ciento doce.", read("es-ES", "Emergencias atendidas en el año, vecinos: 112."));
        assertEquals("we farm on one hundred and twelve acres", read("en-GB", "we farm on 112 acres"));
        assertEquals("novecientos once vecinos firmaron", read("es-MX", "911 vecinos firmaron"));
    }

    @Test
    void everyShortNumberListedAfterOneCueIsDialled() {
        // Round forty-seven: several numbers after one emergency label or verb of calling, joined by "o", "y" or commas,
        // are all dialled as the first is, when each is a short number of the region.
        assertEquals("Emergencias: uno cero tres o nueve uno uno.", read("es-AR", "Emergencias: 103 o 911."));
        assertEquals("Urgencias: uno cero siete, uno cero cero y nueve uno uno desde cualquier celular.",
                read("es-AR", "Urgencias: 107, 100 y 911 desde cualquier celular."));
        assertEquals("llame al tres uno uno o dos uno uno para ayuda", read("es-US", "llame al 311 o 211 para ayuda"));
        // Must not fire: a count after the list, a list with no cue, a number that is no short number of the region.
        assertEquals("Emergencias: uno cero tres o novecientos once vecinos", read("es-AR", "Emergencias: 103 o 911 vecinos"));
        assertEquals("Atendimos ciento siete o cien llamadas.", read("es-AR", "Atendimos 107 o 100 llamadas."));
        assertEquals("Llame al nueve uno uno. Fueron ciento siete o cien.", read("es-AR", "Llame al 911. Fueron 107 o 100."));
        assertEquals("Emergencias: uno uno dos y trescientos cuarenta y cinco.", read("es-ES", "Emergencias: 112 y 345."));
    }

    @Test
    void anEmergencyServicesNumbersAfterItsColonAreDialled() {
        // Round fifty-six: an emergency service's noun and a colon before short numbers joined by "o" or "y".
        assertEquals("Si alguien se desmaya, SAME: uno cero siete o nueve uno uno.", read("es-AR", "Si alguien se desmaya, SAME: 107 o 911."));
        assertEquals("Policía: uno cero uno y nueve uno uno desde cualquier celular.",
                read("es-AR", "Policía: 101 y 911 desde cualquier celular."));
        // Must not fire: a count after the number, a service with no colon, no second number joined.
        assertEquals("Bomberos: ciento siete voluntarios; los bomberos ciento siete veces; Policía: trescientos cuarenta y cinco.",
                read("es-AR", "Bomberos: 107 voluntarios; los bomberos 107 veces; Policía: 345."));
        // A lone number after the service keeps its name (Argentines call their brigade "el cien").
        assertEquals("Ante un robo, Policía: ciento uno.", read("es-AR", "Ante un robo, Policía: 101."));
    }

    @Test
    void anEmergencyNumberNamedAndAnAreaCodeAreSaidAsDialled() {
        // Round ten: the emergency number after "el"/"del" (a sentence's "El" too), before "calls" after a determiner or
        // at a clause's start; a three-digit number after "área"/"lada", and one listed after it.
        assertEquals("el nueve uno uno por voz puede fallar", read("es-US", "el 911 por voz puede fallar"));
        assertEquals("El uno uno dos funciona sin cobertura.", read("es-ES", "El 112 funciona sin cobertura."));
        assertEquals("Your nine one one calls still work; nine one one calls are free.",
                read("en-US", "Your 911 calls still work; 911 calls are free."));
        assertEquals("en el área tres cero cinco y con lada seis seis cuatro o seis ocho seis",
                read("es-US", "en el área 305") + " y " + read("es-MX", "con lada 664 o 686"));
        // Must not fire: a count of calls, a number after "el" that is no emergency number, an area's size.
        assertEquals("about nine hundred and eleven calls came in", read("en-US", "about 911 calls came in"));
        assertEquals("el ciento trece de la lista, un área de trescientos metros", read("es-ES", "el 113 de la lista, un área de 300 metros"));
        assertEquals("los novecientos once vecinos", read("es-MX", "los 911 vecinos"));
        // Argentina's 100 (fire), 101 and 107 are emergency numbers: a share of them or a range from or to them is no call.
        assertEquals("el cien por ciento de los recargos y el cien por ciento del abono", read("es-AR", "el 100 % de los recargos y el 100 por ciento del abono"));
        assertEquals("del ciento uno al ciento siete de la avenida", read("es-AR", "del 101 al 107 de la avenida"));
        assertEquals("llamá al uno cero cero; el uno cero siete atiende", read("es-AR", "llamá al 100; el 107 atiende"));
    }

    @Test
    void aShortNumberAfterAnEmergencyLabelWithoutAColonIsDialled() {
        // Round eight F: a capitalised emergency label prints the number to dial without a colon too, and any short
        // number of the region is dialled after it (Argentina's 100 of the fire brigade is no emergency number to
        // libphonenumber, but a short one).
        assertEquals("Emergencias nueve uno uno.", read("es-MX", "Emergencias 911."));
        assertEquals("Emergency nine nine nine, day or night.", read("en-GB", "Emergency 999, day or night."));
        assertEquals("Emergencias: uno cero cero.", read("es-AR", "Emergencias: 100."));
        // Must not fire: a lower-case "emergencias" before a count, another capitalised word, a number that is no short
        // number of the region.
        assertEquals("atendimos las emergencias ciento doce veces", read("es-ES", "atendimos las emergencias 112 veces"));
        assertEquals("Vecinos ciento doce.", read("es-ES", "Vecinos 112."));
        assertEquals("Emergencias cuatrocientos cincuenta y siete.", read("es-ES", "Emergencias 457."));
    }

    @Test
    void roundSeventyFourIAShortNumberAfterANonEmergencyClauseIsDialled() {
        assertEquals("If anyone is hurt, ring nine nine nine; for non-urgent enquiries, one one one. For non-emergencies, one one one.",
                read("en-GB", "If anyone is hurt, ring 999; for non-urgent enquiries, 111. For non-emergencies, 111."));
        assertEquals("If there is a fire, ring nine nine nine; for anything else, one zero one.",
                read("en-GB", "If there is a fire, ring 999; for anything else, 101."));
        // Must not fire: a count after the comma, a "for" clause with no danger before it, a year's "for" clause.
        assertEquals("For non-urgent queries, one hundred and one volunteers came. For anything else, one hundred and one. If there is"
                + " a fire, ring nine nine nine; for twenty twenty four, one hundred and one staff.",
                read("en-GB", "For non-urgent queries, 101 volunteers came. For anything else, 101. If there is a fire, ring 999; for"
                        + " 2024, 101 staff."));
    }

    @Test
    void roundEightyBAShortNumberAfterAPurposeClauseOrUseIsDialled() {
        // Round eighty B: after a clause that dialled a number, a "for" or "to" clause names the line for the rest; the
        // emergency number one is told to "use" is dialled before a service's name or a word of how.
        assertEquals("If a tile falls, ring nine nine nine; to report a blocked drain, one zero five. If a dog bites, call nine nine nine;"
                + " for other matters, one zero one.",
                read("en-GB", "If a tile falls, ring 999; to report a blocked drain, 105. If a dog bites, call 999; for other matters, 101."));
        assertEquals("If you cannot speak, use nine nine nine B S L. Use nine one one from a landline.",
                read("en-GB", "If you cannot speak, use 999 BSL.") + " " + read("en-US", "Use 911 from a landline."));
        // Must not fire: a "for" clause with no call before it, a count after the comma, no emergency number after "use", a
        // count's noun after the emergency number, a number that is no short number of the region.
        assertEquals("Prices: for adults, one hundred and five. Call us today; for anything else, one hundred and one items are listed."
                + " Use one hundred grams of flour. Please use one hundred and twelve tablets.",
                read("en-GB", "Prices: for adults, 105. Call us today; for anything else, 101 items are listed. Use 100 grams of flour."
                        + " Please use 112 tablets."));
        assertEquals("If you smell smoke, call nine one one; for adults, one hundred and five.",
                read("en-US", "If you smell smoke, call 911; for adults, 105."));
    }

    @Test
    void anEmergencyNumberStandingAloneAfterItsCueIsDialled() {
        // Round nineteen B: the region's emergency number alone at a clause's end, after an emergency word and a comma,
        // a verb of calling or "or", is dialled, in both languages.
        assertEquals("For advice call N H S one one one; in an emergency, nine nine nine.",
                read("en-GB", "For advice call NHS 111; in an emergency, 999."));
        assertEquals("For emergencies, nine one one.", read("en-US", "For emergencies, 911."));
        assertEquals("Call your G P or, in an emergency, one one two.", read("en-GB", "Call your GP or, in an emergency, 112."));
        assertEquals("En caso de emergencia, uno uno dos.", read("es-ES", "En caso de emergencia, 112."));
        // Must not fire: a count before its noun, an amount, a year, a total with no emergency or call named, a number
        // that is no emergency number of the region, a model's number before its maker.
        assertEquals("In an emergency, nine hundred and ninety nine customers waited.", read("en-GB", "In an emergency, 999 customers waited."));
        assertEquals("It costs nine hundred and ninety nine pounds.", read("en-GB", "It costs £999."));
        assertEquals("In an emergency in nineteen ninety nine, we closed.", read("en-GB", "In an emergency in 1999, we closed."));
        assertEquals("Total, nine hundred and ninety nine.", read("en-GB", "Total, 999."));
        assertEquals("In an emergency, nine hundred and eleven.", read("en-GB", "In an emergency, 911."));
        assertEquals("He drives a nine hundred and eleven Porsche.", read("en-US", "He drives a 911 Porsche."));
        // Round fifty-five: the region's other short numbers stand alone so too, a line to dial ("one zero one").
        assertEquals("If it is urgent but no emergency, one one one; for a power cut that is no emergency, one zero five.",
                read("en-GB", "If it is urgent but no emergency, 111; for a power cut that is no emergency, 105."));
        // Must not fire: a room, a title, a price, a count at a clause's end with no emergency or call named.
        assertEquals("room one hundred and five, the one hundred and eleven guests, the one hundred and five pound fee, Tickets sold, one hundred and eleven,"
                + " Pages two hundred or two hundred and eleven.", read("en-GB", "room 105, the 111 guests, the £105 fee, Tickets sold, 111, Pages 200 or 211."));
    }

    @Test
    void roundSeventyFiveKLeavesCountsAndVerblessConditionsAlone() {
        // A lone emergency number after a conditional clause is dialled; a count, a number that is no emergency's, a
        // verbless condition, a clause with no "si" and a number before a further clause keep it.
        assertEquals("Si suma los dos pagos, ciento doce euros.", read("es-ES", "Si suma los dos pagos, 112 euros."));
        assertEquals("Si paga hoy, ciento quince.", read("es-ES", "Si paga hoy, 115."));
        assertEquals("Si acaso, ciento doce.", read("es-ES", "Si acaso, 112."));
        assertEquals("Ha pagado, ciento doce.", read("es-ES", "Ha pagado, 112."));
        // A street's house number is "uno"; a lower-case word before the number still lets it count.
        assertEquals("la plaza tiene una fuente", read("es-ES", "la plaza tiene 1 fuente"));
        // ", número" and five digits is a code; "al número" and four digits keep their readings.
        assertEquals("Llame al número cuarenta mil novecientos veintisiete.", read("es-ES", "Llame al número 40927."));
        assertEquals("Su turno, número dos mil veintiséis, ya fue asignado.", read("es-MX", "Su turno, número 2026, ya fue asignado."));
        assertEquals("Recibimos, número a número, cuarenta mil novecientos veintisiete votos.",
                read("es-MX", "Recibimos, número a número, 40927 votos."));
    }

    @Test
    void anEmergencyNumberAfterReachOrContactIsDialled() {
        // Round twenty-three B: "reach"/"contact" get through to the region's emergency number, and its "or" partner is
        // dialled with it ("nine hundred and ninety nine or one hundred and twelve" before).
        assertEquals("If you cannot reach nine one one by phone, text nine one one.",
                read("en-US", "If you cannot reach 911 by phone, text 911."));
        assertEquals("use a mobile to reach nine nine nine or one one two from any network",
                read("en-GB", "use a mobile to reach 999 or 112 from any network"));
        assertEquals("Please contact one one two.", read("en-GB", "Please contact 112."));
        // Must not fire: a count after "reach" (alone or with its partner), a number that is no emergency number of the
        // region, a verb not of getting through.
        assertEquals("our line will reach nine hundred and eleven more homes", read("en-US", "our line will reach 911 more homes"));
        assertEquals("sales could reach nine hundred and ninety nine or one hundred and twelve units",
                read("en-GB", "sales could reach 999 or 112 units"));
        assertEquals("we hope to reach four hundred and fifty by June", read("en-US", "we hope to reach 450 by June"));
        assertEquals("we sold nine hundred and eleven by June", read("en-US", "we sold 911 by June"));
    }

    @Test
    void aShortNumberWrittenWithHyphensIsDialledWithoutThem() {
        // Round nine B: "2-1-1", "8-1-1": the region's short number, digit by digit, the hyphens unsaid.
        assertEquals("si necesita ayuda, llame al dos uno uno.", read("es-US", "si necesita ayuda, llame al 2-1-1."));
        assertEquals("call eight one one first", read("en-US", "call 8-1-1 first"));
        // Must not fire: digits that make no short number of the region (a score, a step list).
        assertEquals("we won three-one-two today", read("en-US", "we won 3-1-2 today"));
    }

    @Test
    void aShortNumberAfterAnInformationLabelIsDialled() {
        // Round ten B: "Updates: 511", "Road info: 511": after an information label and its colon, the region's short number.
        assertEquals("Snow on the pass. Travel info: five one one.", read("en-US", "Snow on the pass. Travel info: 511."));
        assertEquals("Helpline: one one one", read("en-GB", "Helpline: 111"));
        // Must not fire: another label, a count after the label, no colon.
        assertEquals("Total: five hundred and eleven.", read("en-US", "Total: 511."));
        assertEquals("Info: five hundred and twelve pages", read("en-US", "Info: 512 pages"));
        assertEquals("read the updates five hundred and eleven times", read("en-US", "read the updates 511 times"));
    }

    @Test
    void aShortNumberOfferedBesideAnAddressOrPhoneIsDialled() {
        // Round sixteen B: after "or"/"and"/a comma next to a web address, an e-mail address or a phone, or after "contact".
        assertEquals("Info: denvergov dot org slash trash or three one one.", read("en-US", "Info: denvergov.org/trash or 311."));
        assertEquals("Questions? parks at cityofmadison dot com, three one one.", read("en-US", "Questions? parks@cityofmadison.com, 311."));
        assertEquals("Reach us at six one four, two two eight, eight eight zero zero or two one one.",
                read("en-US", "Reach us at (614) 228-8800 or 211."));
        assertEquals("Contact three one one to rebook it.", read("en-US", "Contact 311 to rebook it."));
        assertEquals("Advice: patient dot info or one one one, day or night.", read("en-GB", "Advice: patient.info or 111, day or night."));
        // Must not fire: a count after the number, a number before "or", a sum, no short number of the region.
        assertEquals("Visit shop dot com or two hundred and eleven stores.", read("en-US", "Visit shop.com or 211 stores."));
        assertEquals("Contact two hundred and eleven members today.", read("en-US", "Contact 211 members today."));
        assertEquals("Pages two hundred or two hundred and eleven.", read("en-US", "Pages 200 or 211."));
        assertEquals("You saved one thousand two hundred and fifty dollars or three hundred and eleven.",
                read("en-US", "You saved $1,250 or 311."));
        assertEquals("Visit shop dot com or three hundred and twelve.", read("en-US", "Visit shop.com or 312."));
    }

    @Test
    void aUkNumberSplitAtItsAreaCodeIsDialledInItsGroups() {
        // Round sixty-four A: the trunk and area code, then the subscriber number in one group, where libphonenumber's
        // national format ends the area code: five-digit area codes (6+5, 6+4) and a four-digit one with seven digits after.
        assertEquals("Ring zero one seven six eight seven, seven two eight four five today.", read("en-GB", "Ring 017687 72845 today."));
        assertEquals("Ring zero one six nine seven seven, two three four five eight.", read("en-GB", "Ring 016977 23458."));
        assertEquals("Ring zero one one three, four nine six zero five seven one.", read("en-GB", "Ring 0113 4960571."));
        // Must not fire: a split that is not the area code's, six digits then five that lack the trunk, an amount, a year.
        assertEquals("Scores were zero one two three four five sixty seven thousand eight hundred and ninety today.",
                read("en-GB", "Scores were 012345 67890 today."));
        assertEquals("We sold one two three four five six seventy eight thousand nine hundred and one units.",
                read("en-GB", "We sold 123456 78901 units."));
        assertEquals("In twenty twenty six we shipped forty eight thousand three hundred and ten crates.",
                read("en-GB", "In 2026 we shipped 48310 crates."));
    }

    @Test
    void aRelayLineNamedBeforeAShortNumberIsDialled() {
        // Round seventeen B: a relay or text-phone label, then within "UK", "on", "users", "line"… a short number of the region.
        assertEquals("Call us, T T Y seven one one.", read("en-US", "Call us, TTY 711."));
        assertEquals("Our T D D line: seven one one.", read("en-US", "Our TDD line: 711."));
        assertEquals("Use text relay seven one one at no cost.", read("en-US", "Use text relay 711 at no cost."));
        assertEquals("Relay U K: one eight zero zero one, zero one six one, four nine six, zero zero zero zero.",
                read("en-GB", "Relay UK: 18001 0161 496 0000."));
        // Must not fire: the label after the number, a relay race, a word between that bridges nothing, no short number.
        assertEquals("We logged seven hundred and eleven T T Y calls.", read("en-US", "We logged 711 TTY calls."));
        assertEquals("The relay team ran two hundred and eleven laps.", read("en-US", "The relay team ran 211 laps."));
        assertEquals("The relay covers three hundred and eleven miles.", read("en-US", "The relay covers 311 miles."));
        assertEquals("T T Y seven hundred and twelve", read("en-US", "TTY 712"));
        assertEquals("Relay U K: eighteen thousand one", read("en-US", "Relay UK: 18001"));
    }

    @Test
    void roundThirtyTwoBAServicesInitialsBeforeItsShortNumberDialIt() {
        assertEquals("or N H S one one one if you feel unwell, and the N H S one one one service",
                read("en-GB", "or NHS 111 if you feel unwell, and the NHS 111 service"));
        // Must not fire: a noun counted or named after the number.
        assertEquals("the B B C one hundred list, N H S one hundred and eleven patients", read("en-GB", "the BBC 100 list, NHS 111 patients"));
    }

    @Test
    void roundFortyEightAServiceNumberBeforeWhenToRingIt() {
        // Round forty-eight: "out of hours", "outside opening hours" say when to ring the line, no noun it counts.
        assertEquals("or N H S one one one out of hours, or N H S one one one outside opening hours",
                read("en-GB", "or NHS 111 out of hours, or NHS 111 outside opening hours"));
        // Must not fire: a noun counted after the number.
        assertEquals("N H S one hundred and eleven calls rose", read("en-GB", "NHS 111 calls rose"));
    }

    @Test
    void roundFortyEightATrunkAreaCodeAndASixDigitNumberArePausedBetween() {
        // Round forty-eight: libphonenumber prints "01392 496350" in these two groups; each is too long for the spaced
        // phone pattern, so it was read with no pause.
        assertEquals("call zero one three nine two, four nine six three five zero or zero seven eight one two, four nine six one two three",
                read("en-GB", "call 01392 496350 or 07812 496123"));
        // Must not fire: a number libphonenumber holds invalid (an Ofcom drama range) is left to the other readings.
        assertFalse(read("en-GB", "call 01632 960123").contains(","));
    }

    @Test
    void roundFortySixEnCasoDeADangerCuesTheEmergencyNumber() {
        // Round forty-six: "en caso de" and a danger names the emergency as "en caso de emergencia" does.
        assertEquals("no use el ascensor; en caso de incendio, uno uno dos.", read("es-ES", "no use el ascensor; en caso de incendio, 112."));
        assertEquals("En caso de peligro inmediato, nueve uno uno.", read("es-US", "En caso de peligro inmediato, 911."));
        // Must not fire: no danger ("duda"), a count after the number, a number that is no emergency number.
        assertEquals("En caso de duda, novecientos once.", read("es-US", "En caso de duda, 911."));
        assertEquals("en caso de incendio, novecientos once vecinos", read("es-MX", "en caso de incendio, 911 vecinos"));
        assertEquals("en caso de accidente, doscientos diecisiete.", read("es-ES", "en caso de accidente, 217."));
    }

    @Test
    void roundEightyFourAHurtPeopleOrASemicolonAfterAConditionCueTheEmergencyNumber() {
        // Round eighty-four A: the hurt named as people after "en caso de", and a semicolon ending a condition's clause.
        assertEquals("en caso de jugadores lesionados, nueve uno uno.", read("es-MX", "en caso de jugadores lesionados, 911."));
        assertEquals("si su perro deja de respirar, uno uno dos; para citas, escriba.",
                read("es-ES", "si su perro deja de respirar, 112; para citas, escriba."));
        // Must not fire: no danger and no condition before the semicolon, a count after the number.
        assertEquals("En caso de duda, ciento doce; para lo demás, escriba.", read("es-ES", "En caso de duda, 112; para lo demás, escriba."));
        assertEquals("si hay lesionados, ciento doce personas esperan.", read("es-ES", "si hay lesionados, 112 personas esperan."));
    }

    @Test
    void roundEightyFiveAEnCasoDeAnyCaseCuesTheEmergencyNumber() {
        // Round eighty-five A: any noun phrase after "en caso de" names the case the lone number after its comma answers.
        assertEquals("en caso de picadura de alacrán, nueve uno uno.", read("es-MX", "en caso de picadura de alacrán, 911."));
        // Must not fire: a doubt or a question, digits in the phrase, a count after the number, no emergency number.
        assertEquals("En caso de consultas, ciento doce.", read("es-ES", "En caso de consultas, 112."));
        assertEquals("en caso de preguntas sobre su pedido, novecientos once.", read("es-MX", "en caso de preguntas sobre su pedido, 911."));
        assertEquals("en caso de caída, novecientos once vecinos", read("es-MX", "en caso de caída, 911 vecinos"));
        assertEquals("en caso de avería, doscientos diecisiete.", read("es-ES", "en caso de avería, 217."));
    }

    @Test
    void roundEightyFiveARalColourCodesAreDictated() {
        // Round eighty-five A: a RAL colour's four digits are dictated; English spells the capitals, Spanish keeps them.
        assertEquals("in R A L five zero one five Sky Blue", read("en-GB", "in RAL 5015 Sky Blue"));
        assertEquals("en RAL uno cero cero uno", read("es-ES", "en RAL 1001"));
        // Must not fire: a bare "RAL" before a count, a longer number.
        assertEquals("R A L colours in over one thousand shades", read("en-GB", "RAL colours in over 1000 shades"));
    }

    @Test
    void roundEightyFiveADottedFeetBeforeTheirNoun() {
        // Round eighty-five A: "ft." with its dot in a hyphened size after a determiner and in a dimension's sides.
        assertEquals("Our eleven foot Noble fir ships Monday.", read("en-US", "Our 11-ft. Noble fir ships Monday."));
        assertEquals("a five foot by three foot garden shed ships Monday.", read("en-US", "a 5 ft. x 3 ft. garden shed ships Monday."));
        // Must not fire: a sentence's end after "ft.", a dimension with no noun; a glued weight keeps its plural (a mass noun,
        // "of", nothing after it, a plural noun after modifiers).
        assertEquals("It is twenty ft. The crane comes Monday.", read("en-US", "It is 20-ft. The crane comes Monday."));
        assertEquals("The shed is five feet by three feet and green.", read("en-US", "The shed is 5 ft. x 3 ft. and green."));
        assertEquals("add two hundred grams plain flour and stir", read("en-GB", "add 200g plain flour and stir"));
        assertEquals("thirty kilograms of pellets", read("en-GB", "30kg of pellets"));
        assertEquals("it weighs thirty kilograms.", read("en-GB", "it weighs 30kg."));
        assertEquals("add five hundred grams baby new potatoes and stir", read("en-GB", "add 500g baby new potatoes and stir"));
        assertEquals("thirty kilograms dry horse sacks are on offer", read("en-GB", "30kg dry horse sacks are on offer"));
    }

    @Test
    void roundSixtyFiveBSmokeGasOrAHurtInTheClauseCuesTheEmergencyNumber() {
        // Round sixty-five B: smoke, flames, a smell of gas, someone unconscious name the danger as a fire does.
        assertEquals("Cierre el gas y salga del edificio; si hay humo, uno uno dos.", read("es-ES", "Cierre el gas y salga del edificio; si hay humo, 112."));
        assertEquals("Si alguien está inconsciente, nueve uno uno.", read("es-MX", "Si alguien está inconsciente, 911."));
        assertEquals("Si hay olor a gas en la cocina, nueve uno uno.", read("es-AR", "Si hay olor a gas en la cocina, 911."));
        // Must not fire: a count after the number, a number that is no short number, no comma before it.
        assertEquals("Si hay humo, ciento doce plazas libres.", read("es-ES", "Si hay humo, 112 plazas libres."));
        assertEquals("Por el humo, ciento doce vecinos fueron desalojados.", read("es-ES", "Por el humo, 112 vecinos fueron desalojados."));
        assertEquals("si ve humo, doscientos diecisiete.", read("es-ES", "si ve humo, 217."));
        assertEquals("el humo afectó a ciento doce.", read("es-ES", "el humo afectó a 112."));
    }

    @Test
    void roundSeventyFourJAFloodInTheClauseCuesTheEmergencyNumber() {
        // Round seventy-four J: a flood's verb or participle names the danger as "inundación" does.
        assertEquals("Si su garaje se inunda, uno uno dos.", read("es-ES", "Si su garaje se inunda, 112."));
        assertEquals("si la calle está inundada, nueve uno uno.", read("es-MX", "si la calle está inundada, 911."));
        // Must not fire: a count after the number.
        assertEquals("Si la lluvia inunda la calle, novecientos once vecinos quedaron aislados.",
                read("es-MX", "Si la lluvia inunda la calle, 911 vecinos quedaron aislados."));
    }

    @Test
    void roundSixtySevenBShortNumbersListedAfterADangerClauseAreEachDialled() {
        // Round sixty-seven B: two or three short numbers of the region joined by "o"/"y" end the danger clause together.
        assertEquals("si hay una fuga en el sótano, uno uno dos o cero ocho cero.", read("es-ES", "si hay una fuga en el sótano, 112 o 080."));
        assertEquals("si alguien sufre una herida grave, uno tres uno, uno tres tres o uno tres dos.",
                read("es-CL", "si alguien sufre una herida grave, 131, 133 o 132."));
        // Must not fire: a count after the list, no danger, a member that is no short number of the region.
        assertEquals("en caso de accidente, ciento uno o ciento siete afiliados atendidos.",
                read("es-AR", "en caso de accidente, 101 o 107 afiliados atendidos."));
        assertEquals("En caso de duda, ciento doce o ciento cinco.", read("es-ES", "En caso de duda, 112 o 105."));
        assertEquals("si hay humo, ciento doce o doscientos diecisiete.", read("es-ES", "si hay humo, 112 o 217."));
    }

    @Test
    void roundFiftyEightADangerAnywhereInTheClauseCuesARegionsShortNumber() {
        // Round fifty-eight: a danger with words between, a health emergency, a short number of the region (Spain's 091).
        assertEquals("si sufre una quemadura en la cocina, uno uno dos.", read("es-ES", "si sufre una quemadura en la cocina, 112."));
        assertEquals("En caso de infarto durante la clase, nueve uno uno.", read("es-MX", "En caso de infarto durante la clase, 911."));
        assertEquals("si hay un robo en el local, cero nueve uno.", read("es-ES", "si hay un robo en el local, 091."));
        // Must not fire: no danger, a year before a count, a count after the number, a number that is no short number.
        assertEquals("En caso de duda durante la visita, novecientos once.", read("es-US", "En caso de duda durante la visita, 911."));
        assertEquals("En dos mil veintitrés, ciento doce personas heridas.", read("es-ES", "En 2023, 112 personas heridas."));
        assertEquals("si hay un incendio en la planta, ciento doce vecinos", read("es-ES", "si hay un incendio en la planta, 112 vecinos"));
        assertEquals("si sufre un accidente en la obra, doscientos diecisiete.", read("es-ES", "si sufre un accidente en la obra, 217."));
    }

    @Test
    void roundFortyEightAShareAfterAShortNumberIsNoNumberToDial() {
        // Round forty-eight: a percent sign or "por ciento" after a region's short number (Argentina's 100 and 107) makes it a share.
        assertEquals("Traé el celular cargado al cien por ciento.", read("es-AR", "Traé el celular cargado al 100%."));
        assertEquals("el descuento llega al cien por ciento", read("es-AR", "el descuento llega al 100 por ciento"));
        assertEquals("se ejecutó al ciento siete por ciento", read("es-AR", "se ejecutó al 107\u00A0%"));
        // Must not fire: the short number dialled after a verb of calling, "por" of another phrase after it.
        assertEquals("Llamá al uno cero cero si ves humo.", read("es-AR", "Llamá al 100 si ves humo."));
        assertEquals("Llamá al uno cero cero por cualquier emergencia.", read("es-AR", "Llamá al 100 por cualquier emergencia."));
        assertEquals("Marque al nueve uno uno por favor.", read("es-MX", "Marque al 911 por favor."));
    }

    @Test
    void bareTopLevelDomainIsReadAsAtAHostsEnd() {
        // Round sixty-one A: a domain standing alone is said as at a host's end, Spanish by its syllable, English spelt.
        assertEquals("elija un dominio punto e u, punto net o punto com punto es", read("es-ES", "elija un dominio .eu, .net o .com.es"));
        assertEquals("añade el punto org punto m x a tu plan", read("es-MX", "añade el .org.mx a tu plan"));
        assertEquals("an extra dot net address or a dot org dot U K one", read("en-GB", "an extra .net address or a .org.uk one"));
        // Must not fire: a decimal, a product in capitals, a file's extension, a stop glued or after a sentence's stop,
        // a label that is no domain.
        assertEquals("a point five millimetre gap on the .NET stack in a .zip or .pdf file", read("en-GB", "a .5 mm gap on the .NET stack in a .zip or .pdf file"));
        assertEquals("Gracias. .es y .xyzq", read("es-ES", "Gracias. .es y .xyzq"));
    }

    @Test
    void gluedEnglishPluralsInASpanishHostAreSaidAsWords() {
        // Round sixty-one A: a plural's "s" after "ll", "rm"… ends an English syllable ("mills", "farms"); initials stay spelt.
        assertEquals("Visite redmillsfeed punto com o greenfarmsdirect punto com", read("es-US", "Visite redmillsfeed.com o greenfarmsdirect.com"));
        assertEquals("Visite b b v a punto com, d p d punto com o h s b c punto com", read("es-US", "Visite bbva.com, dpd.com o hsbc.com"));
    }

    @Test
    void roundSixtyOneBServiceInitialsBeforeItsShortNumber() {
        assertEquals("llamá al SAME uno cero siete", read("es-AR", "llamá al SAME 107"));
        assertEquals("comunicate con el SAME uno cero siete ya", read("es-AR", "comunicate con el SAME 107 ya"));
        // Must not fire: a service's common noun in lower case, initials of no emergency service, a number that is no
        // short number of the region.
        assertEquals("la policía ciento una veces", read("es-AR", "la policía 101 veces"));
        assertEquals("el SMN ciento siete", read("es-AR", "el SMN 107"));
        assertEquals("el SAME cuatro mil quinientos", read("es-AR", "el SAME 4500"));
    }

    @Test
    void roundSeventyBEnglishShortNumbersListedAfterAVerbOfCallingAreDialled() {
        assertEquals("ring nine nine nine, one one two or one one one; dial nine one one, three one one and four one one now",
                read("en-GB", "ring 999, 112 or 111") + "; " + read("en-US", "dial 911, 311 and 411 now"));
        // Must not fire: no verb of calling before the list, a count after it, pages listed.
        assertEquals("we have nine hundred and ninety nine, one hundred and twelve or one hundred and one seats; "
                        + "read pages one hundred and one, one hundred and twelve and one hundred and twenty",
                read("en-GB", "we have 999, 112 or 101 seats") + "; " + read("en-GB", "read pages 101, 112 and 120"));
    }

    @Test
    void roundSeventyBEnglishShortNumbersListedAloneAfterADangerClauseAreDialled() {
        assertEquals("if there is smoke, nine nine nine or one one two.; if anyone is injured, nine one one or nine eight eight, then wait",
                read("en-GB", "if there is smoke, 999 or 112.") + "; " + read("en-US", "if anyone is injured, 911 or 988, then wait"));
        // Must not fire: a count's noun after the list, no danger before the comma.
        assertEquals("if anyone is injured, nine hundred and ninety nine or one hundred and twelve staff will help; "
                        + "in total, one hundred and one or one hundred and twelve people came",
                read("en-GB", "if anyone is injured, 999 or 112 staff will help") + "; " + read("en-GB", "in total, 101 or 112 people came"));
    }
}
