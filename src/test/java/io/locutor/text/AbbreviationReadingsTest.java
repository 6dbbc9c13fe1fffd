package io.locutor.text;

import static io.locutor.text.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Abbreviations: titles and street words ("Dr", "Pl.", "St", "Sq."), abbreviations around numbers and names
 * ("reg.", "incl.", "no.", "in.", "est."), and a price word's dot before a code that ends no sentence.
 * Each rule is also checked where it must not fire. Expected strings are exact.
 */
class AbbreviationReadingsTest {
    @Test
    void drIsATitleBeforeANameAndADriveAfterOne() {
        assertEquals("with Doctor Hughes at four Elm Drive, then Elm Drive.", read("en-GB", "with Dr Hughes at 4 Elm Dr, then Elm Dr."));
        assertEquals("Doctor Smith", read("en-GB", "Dr. Smith"));
    }

    @Test
    void donaWithItsRaisedA() {
        // Round thirty-four: the RAE's "D.ª" and the shorter "Dª" before a name are "doña", as "Dña." is.
        assertEquals("Doña Ana y Doña Rosa Gil", read("es-ES", "Dña. Ana y D.ª Rosa Gil"));
        assertEquals("con doña Carmen", read("es-AR", "con dª Carmen"));
        // Must not fire: a block's letter before a floor's ordinal.
        assertEquals("bloque D, segunda planta", read("es-ES", "bloque D, 2.ª planta"));
    }

    @Test
    void aServiceStationInSpain() {
        // Round forty-five: in Spain "E.S." after a feminine determiner and before "de" or a name is a service station.
        assertEquals("repostó en la estación de servicio del polígono y en una estación de servicio Galp",
                read("es-ES", "repostó en la E.S. del polígono y en una E.S. Galp"));
        assertEquals("Su estación de servicio de confianza", read("es-ES", "Su E.S. de confianza"));
        // Must not fire: a name's initials, "E.S." with no place's words around it, Spain's code, the verb, another country.
        assertEquals("firmado por Juan ES. Ruiz", read("es-ES", "firmado por Juan E.S. Ruiz"));
        assertEquals("la ES. Gracias", read("es-ES", "la E.S. Gracias"));
        assertEquals("el ES de la lista", read("es-ES", "el E.S. de la lista"));
        assertEquals("la ES, sin más", read("es-ES", "la E.S., sin más"));
        assertEquals("la clave ES de España es la que es", read("es-ES", "la clave ES de España es la que es"));
        assertEquals("en la ES de la carretera", read("es-MX", "en la E.S. de la carretera"));
    }

    @Test
    void britishTitlesWithoutADotBeforeAName() {
        // Round thirty-four: "Mr", "Mrs", "Ms" without their dot are read as "Mr." is, before a capitalised name.
        assertEquals("the late Mister Peter Hale and Miz Anna Cole", read("en-GB", "the late Mr Peter Hale and Ms Anna Cole"));
        assertEquals("Dear Mister and Missus Hale,", read("en-GB", "Dear Mr and Mrs Hale,"));
        // Must not fire: a scan's "MR" in capitals, a title with no name after it, a lower-case "ms" after a number.
        assertEquals("your M R scan is booked", read("en-GB", "your MR scan is booked"));
        assertEquals("ask for Mr or Mrs at the desk", read("en-GB", "ask for Mr or Mrs at the desk"));
        assertEquals("a delay of two hundred milliseconds", read("en-US", "a delay of 200 ms"));
    }

    @Test
    void roundTwentyThreeBAddressAndDocumentAbbreviations() {
        // A street's "Dr." after a house number and a name is "Drive" before any word ("Doctor The tech" before); a
        // possessive street name takes its type; "no. is" before a code is the noun's number; an owner's "reg." is the
        // car's registration.
        assertEquals("at forty four ten North Lakeshore Drive. The tech will call.", read("en-US", "at 4410 N. Lakeshore Dr. The tech will call."));
        assertEquals("at eight seventy Willow Creek Drive today, then twelve Oak Drive, Apartment four",
                read("en-US", "at 870 Willow Creek Dr. today, then 12 Oak Dr., Apt 4"));
        assertEquals("to twenty seven Queen's Road, then five Saint John's Road", read("en-GB", "to 27 Queen's Rd, then 5 St John's Rd"));
        assertEquals("Your agreement number is R X two zero nine three eight four.", read("en-US", "Your agreement no. is RX-209384."));
        assertEquals("quoting your registration, or the vehicle registration and postcode",
                read("en-GB", "quoting your reg., or the vehicle reg. and postcode"));
        // Must not fire: a title after a time (capitals only), a possessive's "Dr" with no house number, an answer's
        // "no." before "is", a regular price after an owner, a price's "reg." before its amount.
        assertEquals("At three PM Doctor Patel will call you.", read("en-US", "At 3 PM Dr. Patel will call you."));
        assertEquals("the Queen's Dr was away", read("en-GB", "the Queen's Dr was away"));
        assertEquals("The answer is no. is that clear?", read("en-US", "The answer is no. is that clear?"));
        assertEquals("Members save on their regular price, regular sixty dollars.", read("en-US", "Members save on their reg. price, reg. $60."));
    }

    @Test
    void roundTwentySevenBDrAfterOnAndAStreetsNameIsDrive() {
        assertEquals("work on Maple Drive. Please unplug it; parked on Harbor View Drive near the store",
                read("en-US", "work on Maple Dr. Please unplug it; parked on Harbor View Dr. near the store"));
        assertEquals("On Kingsmead Drive, the van waits", read("en-GB", "On Kingsmead Dr., the van waits"));
        // Must not fire: a day or a month before the title, no name after "on", a title before a name elsewhere.
        assertEquals("See you on Tuesday Doctor Lee will call; rely on Doctor Shah; at Mercy Clinic Doctor Ahmed is in",
                read("en-US", "See you on Tuesday Dr. Lee will call; rely on Dr. Shah; at Mercy Clinic Dr. Ahmed is in"));
    }

    @Test
    void placeAfterAStreetName() {
        assertEquals("fourteen Grove Place, Suite two", read("en-US", "14 Grove Pl., Suite 2"));
    }

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
    void roundNineBBritishRentPeriodsAfterAnAmount() {
        assertEquals("nine hundred and fifty pounds per calendar month, or two hundred and twenty five pounds per week",
                read("en-GB", "£950 pcm, or £225 pw"));
        // Must not fire: not after an amount ("pw" may be a password), or capitals that are a format.
        assertEquals("your pw is new; P C M audio", read("en-GB", "your pw is new; PCM audio"));
    }

    @Test
    void aPriceWordsDotBeforeACodeEndsNoSentence() {
        assertEquals("Family tickets for ninety six pounds including V A T, or eighty pounds excluding V A T, estimated E T A noon.",
                read("en-GB", "Family tickets for £96 incl. VAT, or £80 excl. VAT, est. ETA noon."));
        // Before a capitalised word that is no code, the dot still ends the sentence.
        assertEquals("Price is forty pounds including. Delivery is free.", read("en-GB", "Price is £40 incl. Delivery is free."));
    }

    @Test
    void englishAccountPerAnnumAndBusinessDaysAreSaid() {
        assertEquals("account number four four two one; three thousand miles per annum.", read("en-GB", "acct. #4421; 3,000 miles p.a."));
        assertEquals("Open Monday to Friday nine AM to five PM", read("en-US", "Open M-F 9 AM-5 PM"));
        // "M-F" with no time after it is left as written.
        assertEquals("Team M-F won.", read("en-US", "Team M-F won."));
    }

    @Test
    void aPriceOverASlashAndAWordIsPerThatWord() {
        assertEquals("forty five dollars per night, twelve pounds per person", read("en-US", "$45/night, £12/head"));
        assertEquals("veinte euros por persona", read("es-ES", "20 €/persona"));
    }

    @Test
    void aSpanishPriceOverASlashIsPerTheUnitOfSaleNeverUsted() {
        assertEquals("a cinco céntimos por unidad y a tres euros por unidad.", read("es-ES", "a 0,05 €/ud. y a 3 €/uds."));
        assertEquals("a dos pesos por pieza, a nueve pesos por caja y a cuatro pesos por bolsa",
                read("es-MX", "a $2/pza., a $9/caja y a $4/bolsa"));
        // A shortened word not counted stays as written; the hour keeps its own reading; "Ud." alone is still "usted".
        assertEquals("a dos euros/xq. y a ocho euros la hora. Si usted quiere, llame.", read("es-ES", "a 2 €/xq. y a 8 €/hora. Si Ud. quiere, llame."));
    }

    @Test
    void aShortLowerCaseHostLabelThatIsAWordIsSaid() {
        assertEquals("Visit my dot acme dot com", read("en-US", "Visit my.acme.com"));
        // A country code stays spelt.
        assertEquals("Visit U S dot gov", read("en-US", "Visit US.gov"));
    }

    @Test
    void twoDottedCapitalsAreSpeltAndTheirDotEndsASentenceOnlyBeforeAnOpener() {
        assertEquals("Apply at the U K Consulate or the E U office.", read("en-GB", "Apply at the U.K. Consulate or the E.U. office."));
        assertEquals("Refunds are issued within the U S. Please keep your receipt.",
                read("en-US", "Refunds are issued within the U.S. Please keep your receipt."));
        assertEquals("It ships within the U S.", read("en-US", "It ships within the U.S."));
        // Not fired: initials with spaces before a name, three dotted capitals, and Spanish.
        assertEquals("CS Lewis wrote it", read("en-US", "C. S. Lewis wrote it"));
        assertEquals("the USA team", read("en-US", "the U.S.A. team"));
        assertEquals("la ONU dijo", read("es-ES", "la O.N.U. dijo"));
    }

    @Test
    void aLowerCaseNoBeforeACodeIsNumber() {
        assertEquals("your repair (job number P F two six one one) needs a new screen", read("en-GB", "your repair (job no. PF-2611) needs a new screen"));
        // Without a code after it, "no." is the word.
        assertEquals("if they say no. Then hang up", read("en-GB", "if they say no. Then hang up"));
    }

    @Test
    void spanishScriptAbbreviationsOfRoundSevenB() {
        assertEquals("un treinta por ciento de descuento en lentillas", read("es-ES", "un 30 % de dto. en lentillas"));
        // must not fire: an Argentine flat ("dto. B") and the adjective "apto."
        assertEquals("piso tres, departamento B", read("es-AR", "piso 3, dto. B"));
        assertEquals("El curso es apto.", read("es-ES", "El curso es apto."));
        assertEquals("Plaza Mayor sin número, Toledo", read("es-ES", "Pza. Mayor s/n, Toledo"));
        assertEquals("Coral Way, apartamento cuatro B", read("es-US", "Coral Way, Apt. 4B"));
        assertEquals("(referencia E R dos mil veintiséis, cero cero cuatro cinco uno ocho) llega", read("es-ES", "(ref. ER-2026-004518) llega"));
        assertEquals("el expediente número cuatro cinco ocho siete barra dos mil veintiséis", read("es-AR", "el expte. N° 4587/2026"));
        // Round nineteen: "exp." before a file's number is "expediente"; "exp. laboral", "exp. 3 años" (experience) keep it.
        assertEquals("con el expediente ochocientos doce barra dos mil veinticinco; le avisaremos",
                read("es-ES", "con el exp. 812/2025; le avisaremos"));
        assertEquals("Expediente número cuatro cuatro siete uno", read("es-MX", "Exp. n.º 4471"));
        assertEquals("exp. laboral de cinco años", read("es-ES", "exp. laboral de 5 años"));
        assertEquals("exp. tres años", read("es-ES", "exp. 3 años"));
        // Round nineteen: a firm's glued "S.A." is its initials, as the spaced "S. A." and "S.R.L." are; lower case keeps the table's.
        assertEquals("Grupo dos mil SA le informa, como Grupo dos mil SA y Sur SRL.", read("es-US", "Grupo 2000 S.A. le informa, como Grupo 2000 S. A. y Sur S.R.L."));
        assertEquals("Eupatorium ese ele y otras", read("es-ES", "Eupatorium s.l. y otras"));
        // "los sáb.": every Saturday; "el sáb." one
        assertEquals("los sábados abrimos", read("es-ES", "los sáb. abrimos"));
        assertEquals("el sábado abrimos", read("es-ES", "el sáb. abrimos"));
        assertEquals("los domingos y festivos", read("es-ES", "los dom. y festivos"));
    }

    @Test
    void capitalsAScriptWritesForWordsAreSaidWhereTheirPlaceShowsIt() {
        assertEquals("a doce meses sin intereses", read("es-MX", "a 12 MSI"));
        assertEquals("Corrientes mil doscientos, planta baja, CABA", read("es-AR", "Corrientes 1200, PB, CABA"));
        assertEquals("código postal C uno cuatro dos cuatro C E N", read("es-AR", "CP C1424CEN"));
        assertEquals("Córdoba, código postal X cinco cero cero cero", read("es-AR", "Córdoba, CP X5000"));
        // must not fire: no number before MSI, no address comma before PB, no postal code after CP
        assertEquals("el MSI es", read("es-MX", "el MSI es"));
        assertEquals("el PB de la empresa", read("es-AR", "el PB de la empresa"));
        assertEquals("el CP del partido", read("es-ES", "el CP del partido"));
        assertEquals("el CP C cuarenta y cinco", read("es-AR", "el CP C45"));
    }

    @Test
    void englishShorthandWrittenWithASlash() {
        // Round seven A: "w/", "w/o", "w/c", "c/o", "S/N", "N/A" as whole words.
        assertEquals("Speeds with a router, care of the front desk, serial number five C D twelve, no fees without a contract, not applicable.",
                read("en-US", "Speeds w/ a router, c/o the front desk, S/N 5CD12, no fees w/o a contract, N/A."));
        assertEquals("Results due week commencing the fourteenth of December.", read("en-GB", "Results due w/c 14 Dec."));
        // Not inside a longer run of slashes, nor glued to a number.
        assertEquals("Pick a/b/c, and/or w/two.", read("en-US", "Pick a/b/c, and/or w/2."));
    }

    @Test
    void officeAndStreetWordsOfRemindersAndStatements() {
        assertEquals("Your G P appointment at Lincoln Elementary School; Pacific Gas Company: call us. We serve Co. Durham.",
                read("en-GB", "Your GP appt. at Lincoln Elem. School; Pacific Gas Co.: call us. We serve Co. Durham."));
        assertEquals("Flat two, fourteen Lavender Gardens, Hill Crescent, Bath and twelve Park Terrace, but the cres of the hill.",
                read("en-GB", "Flat 2, 14 Lavender Gdns, Hill Cres, Bath and 12 Park Terr, but the cres of the hill."));
        // "Nos." before numbers; "no." before "ending" and the digits whose end it quotes; else the word.
        assertEquals("Residents of numbers two to eighteen and account number ending three three one eight; say no. ending it.",
                read("en-GB", "Residents of Nos. 2–18 and account no. ending 3318; say no. ending it."));
    }

    @Test
    void aBranchRoutesCompassLetter() {
        assertEquals("Take Route nine W to Route nine west.", read("en-US", "Take Route 9W to Route 9 west."));
    }

    @Test
    void maximumMinimumRoomsAndFiscalYears() {
        // Round seven A: "max."/"min." with no number before them, "Rm 302" in pairs, "FY2027"; "FYI" stays spelt.
        assertEquals("maximum six tablets per day; minimum payment twenty five dollars; a five minute drive.",
                read("en-US", "max. 6 tablets/day; min. payment $25; a 5 min. drive."));
        assertEquals("Room three oh two and Room twelve, by F Y twenty twenty seven Q one or F Y twenty six; the F Y I note.",
                read("en-US", "Rm 302 and Rm. 12, by FY2027 Q1 or FY26; the FYI note."));
    }

    @Test
    void roundSevenCShorthandWithoutADotAndFirmsWords() {
        assertEquals("through Friday", read("en-US", "thru Friday"));
        assertEquals("the thrust and World War Two veterans", read("en-US", "the thrust and WWII veterans"));
        assertEquals("Acme Property Management and Riverside Industrial Estate.", read("en-US", "Acme Property Mgmt. and Riverside Ind. Est."));
        assertEquals("Spokes and Company and Smith and Company.", read("en-US", "Spokes & Co. and Smith and Co."));
        assertEquals("Co. Durham", read("en-GB", "Co. Durham"));
    }

    @Test
    void mexicanStatesAfterTheirCity() {
        // Round seven C: the states whose abbreviation is no Spanish word.
        assertEquals("a cuarenta kilómetros de Tehuacán, Puebla. Revise", read("es-MX", "a 40 km de Tehuacán, Pue. Revise"));
        assertEquals("en Iguala, Guerrero y Pachuca, Hidalgo, hoy", read("es-MX", "en Iguala, Gro. y Pachuca, Hgo., hoy"));
        // Must not fire: "ver." and "son." are words.
        assertEquals("Vamos a ver. Los precios son.", read("es-MX", "Vamos a ver. Los precios son."));
    }

    @Test
    void plantaBajaAtASentenceEnd() {
        assertEquals("Corrientes cuatro mil ciento veinte, planta baja. Dejá", read("es-AR", "Corrientes 4120, PB. Dejá"));
        // Must not fire: "PB" with no comma before it stays.
        assertEquals("el PB.", read("es-AR", "el PB."));
    }

    @Test
    void eachOneAgreesWithWhatIsPriced() {
        assertEquals("botas a sesenta y cinco dólares cada una y cinturones a veintidós dólares cada uno",
                read("es-US", "botas a $65 c/u y cinturones a $22 c/u"));
        // No noun in the clause: "cada uno".
        assertEquals("Precio: cinco dólares cada uno", read("es-US", "Precio: $5 c/u"));
        // Round nine B: the plural head noun is priced, not the nouns of its complement after a preposition.
        assertEquals("vacunas para perros y gatos a veinticinco dólares cada una", read("es-US", "vacunas para perros y gatos a $25 c/u"));
        assertEquals("paquetes de galletas a treinta y cinco pesos cada uno", read("es-MX", "paquetes de galletas a $35 c/u"));
        // Must not fire: with no plural head the complement's plural is what is counted (see round eight E's "la caja").
        assertEquals("un estuche con cremas a diez euros cada una", read("es-ES", "un estuche con cremas a 10 € c/u"));
    }

    @Test
    void usStreetTypesInSpanishText() {
        // Round seven C: es-US says a US street's type in English after its house number and name.
        assertEquals("la clínica de trescientos Ocean Avenue abre hoy", read("es-US", "la clínica de 300 Ocean Ave. abre hoy"));
        assertEquals("en mil cuatrocientos veinte Main Street. Llame", read("es-US", "en 1420 Main St. Llame"));
        // With no house number too, after the name and before a lower-case word (the lead after round sixteen).
        assertEquals("la tienda de Main Street abre", read("es-US", "la tienda de Main St. abre"));
        // Must not fire: outside the US; a Spanish word before it; a saint before a name.
        assertEquals("en trescientos Main St. hay filas", read("es-MX", "en 300 Main St. hay filas"));
        assertEquals("la St. Mary School abre", read("es-US", "la St. Mary School abre"));
    }

    @Test
    void roundFifteenAUsRoadNamedWithNoHouseNumberIsSaidInEnglish() {
        assertEquals("junto a la Farm Road doce. Aléjese", read("es-US", "junto a la Farm Rd. 12. Aléjese"));
        assertEquals("la bodega de la Old Mill Road después de comer, Oak Avenue cinco", read("es-US", "la bodega de la Old Mill Rd. después de comer, Oak Ave. 5"));
        // Must not fire: outside the US; a title before a name.
        assertEquals("la County Rd. cuarenta y ocho", read("es-MX", "la County Rd. 48"));
        assertEquals("la tienda de Main Street abre y el Hospital Doctor Gálvez", read("es-US", "la tienda de Main St. abre y el Hospital Dr. Gálvez"));
    }

    @Test
    void roundEightyThreeBWeightAbbreviated() {
        assertEquals("Two spools of forty weight thread, net weight five hundred grams.", read("en-US", "Two spools of 40 wt. thread, net wt. 500 g."));
    }

    @Test
    void roundSixteenAUsDriveNamedBeforeALowerCaseWordIsADrive() {
        assertEquals("la Elm Drive cerrada", read("es-US", "la Elm Dr. cerrada"));
        assertEquals("La Lake Shore Drive está cerrada.", read("es-US", "La Lake Shore Dr. está cerrada."));
        assertEquals("la entrada por Palm Drive no tiene acceso", read("es-US", "la entrada por Palm Dr. no tiene acceso"));
        // Must not fire: a Spanish word before "Dr." keeps the doctor, as does a name after it, and outside the US.
        assertEquals("Su Doctor le llamará mañana", read("es-US", "Su Dr. le llamará mañana"));
        assertEquals("el Hospital Doctor Gálvez", read("es-US", "el Hospital Dr. Gálvez"));
        assertEquals("la Elm Doctor cerrada", read("es-MX", "la Elm Dr. cerrada"));
    }

    @Test
    void roundSevenDOfficeWordsAndStateCodesBeforeAWord() {
        assertEquals("Grupo Sur recursos humanos: recibo con vencimiento el lunes", read("es-ES", "Grupo Sur RR. HH.: recibo con vto. el lunes"));
        assertEquals("Metro Nurses Association: message and data rates apply", read("en-US", "Metro Nurses Assn.: msg & data rates apply"));
        assertEquals("shifts in Reno, Nevada pay well; Dallas, Texas, a diario", read("en-US", "shifts in Reno, NV pay well")
                + "; " + read("es-US", "Dallas, TX, a diario"));
        // Must not fire: a state code that is a word before a word, a code not after a comma, Spanish outside the US.
        assertEquals("Thanks, OK then; the N V unit", read("en-US", "Thanks, OK then; the NV unit"));
        assertEquals("Dallas, TX, a diario", read("es-MX", "Dallas, TX, a diario"));
    }

    @Test
    void roundEightRoadsFirmsChannelsAndMileposts() {
        assertEquals("kilómetro veintitrés carretera Hermosillo-Kino; Contratista Hermanos Bianchi: listo",
                read("es-MX", "km 23 carr. Hermosillo-Kino; Contratista Hnos. Bianchi: listo"));
        assertEquals("on V H F channel twelve, from milepost thirty four to milepost one hundred and six",
                read("en-US", "on VHF Ch 12, from MP 34 to MP 106"));
        // Must not fire: "Ch" and "MP" before a word (a name, a member of parliament).
        assertEquals("Ch Smith and the M P for Leeds", read("en-GB", "Ch Smith and the MP for Leeds"));
    }

    @Test
    void roundEightForExampleAndThatIsStartNoSentence() {
        assertEquals("for example Monday, that is Friday", read("en-US", "e.g. Monday, i.e. Friday"));
        // Must not fire: an abbreviation whose dot may end a sentence keeps it ("etc." before a capital).
        assertEquals("pens, pads et cetera. Then call", read("en-US", "pens, pads etc. Then call"));
    }

    @Test
    void anIndustrialEstateIsSaidInFull() {
        // Round eight D: "Pol. Ind." is the estate's "Polígono Industrial"; "Pol." alone keeps "polígono".
        assertEquals("sale del Polígono Industrial Landaben y del polígono Malpica", read("es-ES", "sale del Pol. Ind. Landaben y del Pol. Malpica"));
    }

    @Test
    void roundEightCSpanishOfficeCountAndMonthWords() {
        assertEquals("una caja (cien unidades), el Ayuntamiento de Getafe, la habitación doscientos once, tu número de cliente",
                read("es-ES", "una caja (100 uds.), el Ayto. de Getafe, la hab. 211, tu n.º de cliente"));
        assertEquals("¿viajó en octubre? Desde diciembre.", read("es-ES", "¿viajó en oct.? Desde dic."));
        assertEquals("vencimiento marzo de dos mil veintisiete", read("es-AR", "vto. 03/2027"));
        assertEquals("si marca error cero siete", read("es-ES", "si marca ERR 07"));
        // Must not fire: "Uds." alone is "ustedes"; "hab." after a count may be rooms or inhabitants; "mar." may be the
        // sea; a month abbreviation before a year is the date rules'; "ERR" with no number; "1/2026" with no expiry word.
        assertEquals("Ustedes verán; tres hab. y agua de mar.", read("es-ES", "Uds. verán; tres hab. y agua de mar."));
        assertEquals("el ERR de siempre", read("es-ES", "el ERR de siempre"));
        assertFalse(read("es-ES", "el expte. 1/2026").contains("enero"), "no expiry word: a file's number over its year, not a month");
    }

    @Test
    void roundNineBSpanishCountedAndAddressAbbreviations() {
        assertEquals("piso de tres habitaciones y dos dormitorios, una habitación, veintiuna unidades, dos comprimidos, tres ambientes.",
                read("es-ES", "piso de 3 hab. y 2 dorm., 1 hab., 21 uds., 2 comp., 3 amb."));
        assertEquals("Piso de tres habitaciones. Llame ya.", read("es-ES", "Piso de 3 hab. Llame ya."));
        assertEquals("un pueblo de tres mil doscientos habitantes.", read("es-ES", "un pueblo de 3.200 hab."));
        // Round twenty-three: pages counted agree with "páginas"; before its number "pág." is still the page's label, and a
        // price's "/pág." its unit of sale.
        assertEquals("un libro de doscientas cuarenta páginas, una página, doscientas veintiuna páginas. Llame ya.",
                read("es-ES", "un libro de 240 págs., 1 pág., 221 pp. Llame ya."));
        assertEquals("véase la página once, cuesta diez céntimos por página impresa", read("es-ES", "véase la pág. 11, cuesta 0,10 €/pág. impresa"));
        assertEquals("apartamento siete B, oficina tres, artículo catorce, capítulo dos, esquina Morelos, entresuelo izquierda.",
                read("es-ES", "apto. 7B, of. 3, art. 14, cap. 2, esq. Morelos, entlo. izda."));
        assertEquals("dos piezas y la plaza Mayor tres", read("es-ES", "2 pzas. y la Pza. Mayor 3"));
        // Must not fire: a counted word with no number before it, "apto." as the adjective, "of." / "art." before a word.
        assertEquals("Es apto. Mañana vamos; hab. y comp. sin cifra; el art. nuevo", read("es-ES", "Es apto. Mañana vamos; hab. y comp. sin cifra; el art. nuevo"));
        assertEquals("Son tres hab. y tres comp.", read("es-ES", "Son tres hab. y tres comp."));
    }

    @Test
    void roundTwentySpanishPlotAndBlockWordsBeforeTheirNumber() {
        assertEquals("polígono nueve, parcela ciento doce, nave catorce, manzana tres lote veintiuno",
                read("es-ES", "pol. 9, parc. 112, nv. 14, Manz. 3 Lt. 21"));
        // Must not fire: the same shortened words before a word are left as written; "lt." after a number is the litre
        // (round twenty-two: it was left as written).
        assertEquals("la parc. es grande; nv. nueva; Manz. verde; dos litros de leche",
                read("es-ES", "la parc. es grande; nv. nueva; Manz. verde; 2 lt. de leche"));
    }

    @Test
    void roundEightEEachOneAfterASingularNounAndNumberBeforeABracket() {
        // Round eight E: the nearer singular noun after its article is what "c/u" prices; an English "no." after a
        // determiner and its noun, before a bracket, is "number".
        assertEquals("si faltan martillos, la pieza cuesta noventa y cinco pesos cada una", read("es-MX", "si faltan martillos, la pieza cuesta $95 c/u"));
        assertEquals("text the machine number (such as D seven)", read("en-GB", "text the machine no. (such as D7)"));
        // Must not fire: a plural noun nearer still decides; "no." with no determined noun before it is the word.
        assertEquals("la caja de tornillos a cinco pesos cada uno", read("es-MX", "la caja de tornillos a $5 c/u"));
        assertEquals("he said no. (Really.)", read("en-US", "he said no. (Really.)"));
    }

    @Test
    void roundEightFEscBeforeASchoolsNameIsASchool() {
        // Round eight F: "Esc." before a school's name (a capitalised word or a school word) is "Escuela", and its dot
        // ends no sentence.
        assertEquals("en la Escuela Normal Mariano Moreno", read("es-AR", "en la Esc. Normal Mariano Moreno"));
        assertEquals("la escuela primaria del barrio", read("es-MX", "la esc. primaria del barrio"));
        // Must not fire: after an address's number, or before a letter, a number or a side, it is the staircase.
        assertEquals("calle Olmo ocho, escalera B", read("es-ES", "calle Olmo 8, Esc. B"));
        assertEquals("Ronda Sur cinco, escalera Norte", read("es-ES", "Ronda Sur 5, Esc. Norte"));
        assertEquals("en la escalera izquierda", read("es-ES", "en la esc. izquierda"));
        assertEquals("la escalera dos", read("es-ES", "la esc. 2"));
    }

    @Test
    void aDiscountRightAfterItsAmountAndEveryWeeksDaysOfRoundNine() {
        assertEquals("un veinte por ciento de descuento en gafas", read("es-ES", "un 20 % dto. en gafas"));
        assertEquals("cinco euros de descuento en la segunda unidad", read("es-ES", "5 € dto. en la segunda unidad"));
        assertEquals("veinticinco por ciento de descuento con débito", read("es-AR", "25 % dcto. con débito"));
        // must not fire: the "de" already written, a discount with no amount before it, an Argentine flat
        assertEquals("un treinta por ciento de descuento en lentillas", read("es-ES", "un 30 % de dto. en lentillas"));
        assertEquals("el descuento de verano", read("es-ES", "el dto. de verano"));
        assertEquals("piso tres, departamento B", read("es-AR", "piso 3, dto. B"));
        // "los sáb. y dom.": every day of the list after "los" is every week's; "el sáb. y dom." one weekend
        assertEquals("abrimos los sábados y domingos de once a catorce horas", read("es-ES", "abrimos los sáb. y dom. de 11 a 14 h"));
        assertEquals("los viernes, sábados y domingos hay show", read("es-AR", "los vie., sáb. y dom. hay show"));
        assertEquals("abrimos los sábados y domingos por la mañana", read("es-ES", "abrimos los sábados y dom. por la mañana"));
        assertEquals("el sábado y domingo abrimos", read("es-ES", "el sáb. y dom. abrimos"));
        assertEquals("pasa martes, jueves y sábado por la colonia", read("es-MX", "pasa mar., jue. y sáb. por la colonia"));
        assertEquals("los martes y el sábado abrimos", read("es-ES", "los martes y el sáb. abrimos"));
    }

    @Test
    void aCountedWordBeforeItsAdjectiveAndPartnersEndingAFirmsName() {
        // Round ten: "hab."/"dorm."/"amb."/"pers." with no count before and an adjective after are the noun, in the number
        // written; "Asoc." after "&"/"y" is the firm's partners, before "de" an association.
        assertEquals("en habitación doble, dormitorio principal, habitaciones dobles, por persona adicional",
                read("es-MX", "en hab. doble, dorm. principal, habs. dobles, por pers. adicional"));
        assertEquals("Estudio Ríos y Asociados, Pardo y Asociados: la Asociación de Vecinos",
                read("es-AR", "Estudio Ríos & Asoc., Pardo y Asoc.: la Asoc. de Vecinos"));
        // Must not fire: a count before, a room's number, no word after, "Asoc." with neither "&"/"y" nor "de".
        assertEquals("tres habitaciones dobles, la habitación doce, una ciudad de hab.", read("es-ES", "3 hab. dobles, la hab. 12, una ciudad de hab."));
        assertEquals("Asoc. Civil", read("es-AR", "Asoc. Civil"));
    }

    @Test
    void roundTenBACompanysLtdWithoutItsDot() {
        assertEquals("Fenwick Joinery Limited: your quote is ready", read("en-GB", "Fenwick Joinery Ltd: your quote is ready"));
        // Must not fire: other three-letter capitals stay spelt, Spanish leaves it as written.
        assertEquals("the L T E network", read("en-US", "the LTE network"));
        assertEquals("Acme Ltd", read("es-ES", "Acme Ltd"));
    }

    @Test
    void roundTwelveArgentineAndMexicanStreetWords() {
        // "Bv." (Argentina) and "Blv." (Mexico) are bulevar; "Diag." before a number or a name is a diagonal street.
        assertEquals("a bulevar Oroño novecientos cincuenta y cinco", read("es-AR", "a Bv. Oroño 955"));
        assertEquals("a bulevar Agua Caliente doce", read("es-MX", "a Blv. Agua Caliente 12"));
        assertEquals("en diagonal setenta y tres y en diagonal Norte quinientos cincuenta", read("es-AR", "en Diag. 73 y en Diag. Norte 550"));
        // Must not fire: a diagnosis written short ("diag. diferencial") and "Diag." before a lower-case word.
        assertEquals("el diag. diferencial", read("es-ES", "el diag. diferencial"));
        assertEquals("el Diag. de hoy", read("es-ES", "el Diag. de hoy"));
    }

    @Test
    void roundTwentyNineBACapitalCBeforeAStreetsNameAndNumberIsCalle() {
        assertEquals("enviada a calle Juárez doscientos diez, interior cuatro", read("es-MX", "enviada a C. Juárez 210, int. 4"));
        assertEquals("en calle San Martín mil cuatrocientos cincuenta", read("es-AR", "en C. San Martín 1450"));
        assertEquals("va a calle de la Paz doce, tercero B", read("es-ES", "va a C. de la Paz 12, 3.º B"));
        // Must not fire: an initial with no number after it, after a name or a title, a letter ending a sentence, "C.P.".
        assertEquals("Le atendió C. Pérez en la sucursal", read("es-MX", "Le atendió C. Pérez en la sucursal"));
        assertEquals("Juan C. Pérez tres veces, el Señor C. Pérez cuarenta y cinco años", read("es-MX", "Juan C. Pérez 3 veces, el Sr. C. Pérez 45 años"));
        assertEquals("la vitamina C. Tome dos al día", read("es-MX", "la vitamina C. Tome 2 al día"));
        assertEquals("en código postal cuatro cuatro uno cero cero", read("es-MX", "en C.P. 44100"));
    }

    @Test
    void roundFourteenBAnAbbreviationAfterAGreetingsCommaEndingTheSentenceIsAName() {
        assertEquals("Thanks, Reg. Thanks so much, Reg! Good morning, Reg.", read("en-GB", "Thanks, Reg. Thanks so much, Reg! Good morning, Reg."));
        // must not fire: a price's "Reg." before its amount, a title before its name, a registration
        assertEquals("Sale four dollars and ninety nine cents, regular six dollars and ninety nine cents. Hi, Doctor Smith.",
                read("en-US", "Sale $4.99, Reg. $6.99. Hi, Dr. Smith."));
        assertEquals("your car (registration L K two one X R T)", read("en-GB", "your car (reg. LK21 XRT)"));
    }

    @Test
    void roundFourteenBTheAnswersNoEndsItsSentenceBeforeACode() {
        assertEquals("Reply yes or no. K T forty four is your code. The answer is no. A B twelve is next.",
                read("en-US", "Reply yes or no. KT44 is your code. The answer is no. AB12 is next."));
        // must not fire: a noun's "no." before its code
        assertEquals("Job number P F two six one one. Order number W C five five zero one six.",
                read("en-US", "Job no. PF-2611. Order no. WC-55016."));
    }

    @Test
    void spainsLdoAndLdaBeforeANameAreTheLicentiatesTitle() {
        // Round twenty-four: "Ldo."/"Lda." before a name, as "Lic."/"Lcdo." already were.
        assertEquals("Farmacia Licenciado Ortiz y la Licenciada Vidal", read("es-ES", "Farmacia Ldo. Ortiz y la Lda. Vidal"));
        // Must not fire: a Portuguese firm's "Lda." with no name after it stays as written.
        assertEquals("Pinturas Silva, Lda. nos escribió", read("es-ES", "Pinturas Silva, Lda. nos escribió"));
    }

    @Test
    void roundTwentySixACompassPointAfterAColoniaOrAvenueIsSaid() {
        assertEquals("Calle Durango doscientos diez, colonia Roma Norte. Avenida Insurgentes Norte mil quinientos, colonia Jardines Oriente.",
                read("es-MX", "Calle Durango 210, Col. Roma Nte. Av. Insurgentes Nte. 1500, Col. Jardines Ote."));
        // Must not fire: "Pte." is also "presidente" and "puente".
        assertEquals("el Pte. García", read("es-ES", "el Pte. García"));
    }

    @Test
    void roundFortySevenSpanishAveBeforeAStreetsNameIsAvenida() {
        // "Ave." as US and northern-Mexican Spanish print it: after a house number, or before a name and its number.
        assertEquals("en dos mil ciento ocho avenida Bergen, Union City",
                read("es-US", "en 2108 Ave. Bergen, Union City"));
        assertEquals("Visítenos en avenida Morones Prieto dos mil cuatrocientos, San Pedro.",
                read("es-MX", "Visítenos en Ave. Morones Prieto 2400, San Pedro."));
        // Must not fire: the bird at a sentence's end, "Ave." with no house number; English keeps its "Avenue".
        assertEquals("Vimos un ave. Luego llovió.", read("es-MX", "Vimos un ave. Luego llovió."));
        assertEquals("Rezamos el Ave. María.", read("es-ES", "Rezamos el Ave. María."));
        assertEquals("at twenty one oh eight Bergen Avenue.", read("en-US", "at 2108 Bergen Ave."));
    }

    @Test
    void roundTwentySevenAproxAfterALabelsNounAgreesWithIt() {
        assertEquals("Total aproximado: tres mil pesos. Duración aproximada de la visita: dos horas. Costos aproximados: cien pesos.",
                read("es-MX", "Total aprox.: $3,000. Duración aprox. de la visita: 2 horas. Costos aprox.: $100."));
        // Must not fire: before a number or after a verb or preposition it is the adverb.
        assertEquals("tardará aproximadamente tres días, en aproximadamente una hora, llega aproximadamente de tres a cinco días",
                read("es-ES", "tardará aprox. 3 días, en aprox. 1 hora, llega aprox. de 3 a 5 días"));
    }

    @Test
    void roundThirtyOneAReligiousTitleBeforeAName() {
        assertEquals("con la Hermana Lucía, el Hermano Marcos, el Presbítero Andrés Gil y Monseñor Ruiz",
                read("es-MX", "con la Hna. Lucía, el Hno. Marcos, el Pbro. Andrés Gil y Mons. Ruiz"));
        assertEquals("las hermanas Carmelitas", read("es-ES", "las hnas. Carmelitas"));
        // Must not fire: after a name (a signature) the title keeps its dot; a firm's "Hnos." is still "Hermanos".
        assertEquals("Juan Pérez, Pbro.", read("es-ES", "Juan Pérez, Pbro."));
        assertEquals("Transportes García Hermanos", read("es-ES", "Transportes García Hnos."));
    }

    @Test
    void roundFortyFourMaxAndMinAgreeWithTheFeminineNounBefore() {
        // Round forty-four: "máx."/"mín." after a feminine noun (was "velocidad máximo").
        assertEquals("Velocidad máxima veinticinco kilómetros por hora; temperatura mínima de cuatro grados; alturas máximas.",
                read("es-ES", "Velocidad máx. 25 km/h; temperatura mín. de 4 grados; alturas máx."));
        // Must not fire: a masculine noun or none before it keeps the table's "máximo"/"mínimo".
        assertEquals("tamaño máximo diez kilogramos; pedido mínimo veinte euros", read("es-ES", "tamaño máx. 10 kg; pedido mín. 20 €"));
    }

    @Test
    void roundFortySixAMasculineTitleAfterAFeminineDeterminerIsFeminine() {
        // Round forty-six: "la prof." was "la profesor".
        assertEquals("con la profesora Inés Vidal y una Doctora de guardia", read("es-ES", "con la prof. Inés Vidal y una Dr. de guardia"));
        assertEquals("la Licenciada Ortiz", read("es-MX", "la Lic. Ortiz"));
        // Must not fire: a masculine determiner, a determiner of either gender, or none keeps the table's masculine;
        // "profa." is feminine anyway.
        assertEquals("el profesor Ruiz, su profesor Gil, Profesor Díaz y Profesora Soto",
                read("es-ES", "el prof. Ruiz, su prof. Gil, Prof. Díaz y Profa. Soto"));
    }

    @Test
    void roundSixtyTwoBALetterAfterALetteredPlaceIsNoDon() {
        assertEquals("Espere en la torre D. Le llamamos.", read("es-MX", "Espere en la torre D. Le llamamos."));
        assertEquals("Pase al andén D. Gracias.", read("es-US", "Pase al andén D. Gracias."));
        // Must not fire: "D." before a name after a title is still "Don".
        assertEquals("Atención: el Señor Don Luis Ortega lo espera.", read("es-MX", "Atención: el Sr. D. Luis Ortega lo espera."));
    }

    @Test
    void roundSixtyThreeAVolumeBeforeItsNumberAndEditionAfterAnOrdinal() {
        // Round sixty-three A: "vol. II" stayed as written (English spelt "I I"); "4th ed." was "fourth ed.".
        assertEquals("el volumen dos de la obra", read("es-ES", "el vol. II de la obra"));
        assertEquals("its Volume three, then volume twelve", read("en-US", "its Vol. III, then vol. 12"));
        assertEquals("the third edition of the atlas; the second edition.", read("en-GB", "the 3rd ed. of the atlas; the 2nd ed."));
        // Must not fire: "vol." with no number after it, "Ed." as a name, "ed." after a word that is no ordinal.
        assertEquals("The vol. knob; call Ed. Harris; see the third and ed. notes", read("en-US", "The vol. knob; call Ed. Harris; see the third and ed. notes"));
    }

    @Test
    void roundSeventyBAStateCodeWithNoZipFollowsItsCitysCapital() {
        assertEquals("our Sioux Falls, South Dakota office; ship to Bismarck, North Dakota.",
                read("en-US", "our Sioux Falls, SD office") + "; " + read("en-US", "ship to Bismarck, ND."));
        // Must not fire: a list's lower-case word before the comma names no city.
        assertEquals("a tripod, S D card and strap; lenses, S D cards and bags",
                read("en-US", "a tripod, SD card and strap") + "; " + read("en-US", "lenses, SD cards and bags"));
    }

    @Test
    void roundSeventyTwoEUsStreetTypeEndingASpanishSentenceIsSaidInEnglish() {
        assertEquals("en la obra de Pine Street. Diríjase al norte; en Oak Avenue. Llame hoy; en Ocean Boulevard.",
                read("es-US", "en la obra de Pine St. Diríjase al norte; en Oak Ave. Llame hoy; en Ocean Blvd."));
        // Must not fire: a saint before a name; a Spanish avenue's "Ave." before its name; outside the US.
        assertEquals("el Hospital St. Jude. Llame hoy; visite avenida Flagler mil trescientos cincuenta",
                read("es-US", "el Hospital St. Jude. Llame hoy; visite Ave. Flagler 1350"));
        assertEquals("en Oak Ave. Llame hoy", read("es-MX", "en Oak Ave. Llame hoy"));
    }
}
