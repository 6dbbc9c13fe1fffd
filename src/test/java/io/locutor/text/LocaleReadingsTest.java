package io.locutor.text;

import static io.locutor.text.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Readings that depend on the locale (BCP 47 tag, any case) and the failure kinds of issue 13: phone-like groups,
 * decimals written either way, references, rates, agreement before "mil", roman numerals, abbreviations, 12-hour
 * readings, count suffixes. Expected strings are exact.
 */
class LocaleReadingsTest {
    @Test
    void theLocaleDecidesOnlyWhatIsAmbiguous() {
        // A lone mark before three digits: Spain groups with a dot, Mexico and the US with a comma.
        assertEquals("mil quinientos", read("es-ES", "1.500"));
        assertEquals("uno punto cinco cero cero", read("es-MX", "1.500"));
        assertEquals("mil quinientos", read("es-MX", "1,500"));
        assertEquals("mil quinientos", read("es-419", "1,500")); // Latin America as a whole: CLDR data, no phone plan
        assertEquals("veinticinco dólares", read("es-ZZ", "$25")); // a region without data reads as the language's default
        // A mark before a group that is not three digits is a decimal mark everywhere, said as written.
        for (String tag : new String[]{"es", "es-ES", "es-MX", "ES-mx", "es_US", "es-AR"}) {
            assertEquals("doce punto cinco por ciento", read(tag, "12.5%"), tag);
            assertEquals("versión tres punto uno", read(tag, "versión 3.1"), tag);
            assertEquals("mil doscientos treinta y cuatro pesos con cincuenta centavos", read(tag, "1,234.50 pesos"), tag);
            assertEquals("doce coma cinco por ciento", read(tag, "12,5 %"), tag);
        }
        assertEquals("three point one", read("en-GB", "3.1"));
    }

    @Test
    void aDollarSignIsTheLocalCurrencyWhereItsSymbolIsDollar() {
        assertEquals("veinticinco pesos", read("es-MX", "$25"));
        assertEquals("veinticinco pesos", read("es-AR", "$25"));
        assertEquals("veinticinco dólares", read("es-US", "$25"));
        assertEquals("veinticinco dólares", read("es-ES", "$25"));
        assertEquals("twenty five dollars", read("en-GB", "$25"));
        // ISO codes ICU knows, though no table here lists them.
        assertEquals("cien eslotis polacos", read("es", "100 PLN"));
    }

    @Test
    void dateOrderAndClockFollowTheLocale() {
        assertEquals("March fourth twenty twenty four", read("en-US", "03/04/2024"));
        assertEquals("the third of April twenty twenty four", read("en-GB", "03/04/2024"));
        assertEquals("tres de abril de dos mil veinticuatro", read("es-MX", "03/04/2024"));
        assertEquals("a las diecisiete cuarenta y cinco", read("es-ES", "a las 17:45"));
        assertEquals("a las cinco cuarenta y cinco de la tarde", read("es-US", "a las 17:45"));
        assertEquals("at twelve thirty AM", read("en-US", "at 00:30"));
        assertEquals("a las doce y media de la noche", read("es", "a las 12:30 a.m. del lunes").replace(" del lunes", ""));
    }

    @Test
    void phoneLikeGroupsAreReadAsPhonesNeverThousands() {
        assertEquals("Llame al cinco cinco, uno dos tres cuatro, cinco seis siete ocho", read("es-MX", "Llame al 55 1234 5678"));
        assertEquals("Llame al cinco cinco, uno dos tres cuatro, cinco seis siete ocho", read("es-ES", "Llame al 55 1234 5678"));
        assertEquals("nueve uno, dos tres cuatro, cinco seis, siete ocho", read("es", "91 234 56 78"));
        // Unbroken digits that are a valid number of the locale's country, grouped as that country writes them.
        assertEquals("al cinco cinco, uno two".replace(" two", " dos") + " tres cuatro, cinco seis siete ocho",
                read("es-MX", "al 5512345678"));
        // Thousands-like groups: a phone only where the country has such numbers.
        assertEquals("seis cero cero, uno dos tres, cuatro cinco seis", read("es-ES", "600 123 456"));
        assertEquals("un millón treinta y cuatro mil sesenta y ocho", read("es-ES", "1 034 068"));
        assertEquals("llame al uno uno dos", read("es-ES", "llame al 112"));
        assertEquals("call nine one one", read("en-US", "call 911"));
        assertEquals("tiene ciento doce puntos", read("es-ES", "tiene 112 puntos"));
    }

    @Test
    void aPhoneOfTheCountryAfterAReferenceWordIsAPhone() {
        // Round eleven: a reference's word before the country's phone in its groups ("seguimiento", "rastreo", "envío").
        assertEquals("Teléfono de seguimiento: cinco cinco, cinco uno tres tres, nueve cero cero cero, opción dos.",
                read("es-MX", "Tel. de seguimiento: 55 5133 9000, opción 2."));
        assertEquals("rastreo: ocho uno, ocho tres cuatro dos, uno uno siete cero", read("es-MX", "rastreo: 81 8342 1170"));
        assertEquals("seguimiento nueve uno, cuatro cinco seis, siete ocho, nueve cero", read("es-ES", "seguimiento 91 456 78 90"));
        assertEquals("envío: tres cinco uno, cuatro dos dos, ocho uno nueve cero", read("es-AR", "envío: 351 422-8190"));
        // Must not fire: groups no phone of the country has stay the reference they were.
        assertEquals("Pedido uno dos tres cuatro, cinco seis siete ocho, nueve cero uno dos listo", read("es-ES", "Pedido 1234 5678 9012 listo"));
        assertEquals("pedido doce", read("es-ES", "pedido 12"));
        // ...nor groups a valid number of the country is not printed in: its last group is not the country's.
        assertEquals("account number five five two one, zero eight three four sixty two days", read("en-US", "account number 5521 0834 62 days"));
    }

    @Test
    void referencesAreCodes() {
        // Spanish: a lettered code or one of six digits or more is written down, digit by digit; a short one keeps its pair head.
        assertEquals("número A cuatro cinco dos uno", read("es", "#A-4521"));
        assertEquals("Abrimos la incidencia I N C tres seis dos siete uno.", read("es-ES", "Abrimos la incidencia INC-36271."));
        assertEquals("pedido número siete tres nueve uno seis cuatro", read("es-ES", "pedido n.º 739164"));
        assertEquals("pedido número doce tres cuatro cinco", read("es-ES", "pedido #12345"));
        assertEquals("factura número dos mil veinticuatro barra cero cero uno dos tres", read("es", "factura nº 2024/00123"));
        assertEquals("Your ticket number is forty eight two one three", read("en", "Your ticket number is 48213"));
        assertEquals("the card ending in zero zero four two", read("en", "the card ending in 0042"));
        assertEquals("código postal dos ocho cero cero uno", read("es", "código postal 28001"));
    }

    @Test
    void aUnitFractionBeforeTheWordItModifiesIsSaidAsAPhrase() {
        // Round twenty-four: "1/2 price", "1/3 off", "1/4 mile" before their word are "half price", "a third off", "a
        // quarter share"; after a determiner the article is not said twice; a glyph fraction alike.
        assertEquals("half price shoes, a third off, a quarter share, the quarter share, half off",
                read("en-GB", "1/2 price shoes, 1/3 off, 1/4 share, the 1/4 share, ½ off"));
        // Must not fire: a part of something, a mixed number, a pair of fractions, another numerator, a unit's name, the
        // ordinal's "third" after a determiner, Spanish.
        assertEquals("one half of the team, two and one half hours, one half and three quarters, three quarters off, one half mile, the one third share",
                read("en-US", "1/2 of the team, 2 and 1/2 hours, 1/2 and 3/4, 3/4 off, 1/2 mile, the 1/3 share"));
        assertEquals("un tercio menos", read("es-ES", "1/3 menos"));
    }

    @Test
    void halfOfOneUnitAfterAPrepositionIsHalfAUnit() {
        // Round eighty A: "within 1/2 mile", "in about 1/2 hour" are said "half a mile", "half an hour".
        assertEquals("Stay within half a mile, back in about half an hour, wait for half an hour.",
                read("en-US", "Stay within 1/2 mile, back in about 1/2 hour, wait for 1/2 hour."));
        // Must not fire: no preposition, a compound adjective before its noun, an instrument's size, after "a".
        assertEquals("one half mile away, of one half inch pipe, size half, a one half mile walk",
                read("en-US", "1/2 mile away, of 1/2 inch pipe, size 1/2, a 1/2 mile walk"));
    }

    @Test
    void ratesUnitsAndAgreement() {
        assertEquals("quince céntimos por minuto", read("es", "0,15 €/min"));
        assertEquals("tres mil euros por metro cuadrado", read("es", "3000 €/m²"));
        assertEquals("doscientas mil personas", read("es", "200.000 personas"));
        assertEquals("trescientas mil quinientas llamadas", read("es", "300.500 llamadas"));
        assertEquals("doscientos millones de personas", read("es", "200.000.000 personas"));
        assertEquals("medio kilogramo de harina", read("es", "1/2 kg de harina"));
        assertEquals("tres cuartos de litro", read("es", "3/4 l"));
        assertEquals("half a pound", read("en", "1/2 lb"));
        // Round twenty-two B: the article before the unit follows its first sound, both for a slash and a glyph fraction.
        assertEquals("three quarters of an inch thick", read("en-US", "3/4 in. thick"));
        assertEquals("half an hour later", read("en-US", "1/2 hr. later"));
        assertEquals("two thirds of an ounce", read("en-GB", "⅔ oz"));
        // must not fire: a consonant's unit and a "you" sound keep "a"
        assertEquals("three quarters of a mile", read("en-US", "3/4 mi"));
        assertEquals("half a gallon", read("en-US", "½ gal"));
        assertEquals("a", Units.article("unit"));
        assertEquals("a", Units.article("euro"));
        assertEquals("an", Units.article("ampere"));
        assertEquals("cuarenta por treinta centímetros", read("es", "40 x 30 cm"));
        assertEquals("two billion users and ten thousand views", read("en", "2bn users and 10k views"));
        assertEquals("open twenty four seven", read("en", "open 24/7"));
    }

    @Test
    void romanNumeralsWhereTheWordsAroundSayWhatTheyAre() {
        assertEquals("Felipe sexto y Alfonso trece", read("es", "Felipe VI y Alfonso XIII"));
        // Round eleven: after a course's, a work's or any other name that is no ruler's, a cardinal (RAE).
        assertEquals("el examen de Estadística dos; el final de Derecho Civil tres; Rocky cuatro",
                read("es-ES", "el examen de Estadística II") + "; " + read("es-AR", "el final de Derecho Civil III") + "; " + read("es", "Rocky IV"));
        // Must not fire: a king's, a pope's or a queen's name, a ruler after a title, a council.
        assertEquals("Juan Pablo segundo, Isabel primera de Castilla, el sultán Mehmed segundo, la reina Ranavalona segunda, el Concilio Vaticano segundo",
                read("es", "Juan Pablo II, Isabel I de Castilla, el sultán Mehmed II, la reina Ranavalona II, el Concilio Vaticano II"));
        assertEquals("el capítulo cuatro", read("es", "el capítulo IV"));
        assertEquals("la primera Guerra Mundial", read("es", "la I Guerra Mundial"));
        assertEquals("Henry the eighth and World War two", read("en", "Henry VIII and World War II"));
        assertEquals("Wang X, Du X.", read("en", "Wang X, Du X."));
        // Round twenty-two B: a lone X after a model's word or before a number is a letter ("the tenth" before) ...
        assertEquals("the Model X ninety and the Series X two bundle, a Galaxy X five", read("en-US", "the Model X 90 and the Series X 2 bundle, a Galaxy X 5"));
        assertEquals("the Model X is back", read("en-US", "the Model X is back"));
        // ... must not fire: a pope's, a king's numeral, a chapter's, a longer numeral before a number
        assertEquals("Pope Pius the tenth wrote, Louis the fourteenth built and Chapter ten opens", read("en-GB", "Pope Pius X wrote, Louis XIV built and Chapter X opens"));
        assertEquals("DC y MIX en Madrid", read("es", "DC y MIX en Madrid"));
    }

    @Test
    void roundFourteenEveryNumeralOfASpanishListReadsAsTheFirst() {
        assertEquals("Clase uno, dos y tres; Fases dos-tres; diabetes tipo uno o dos; Felipe segundo y tercero",
                read("es-ES", "Clase I, II y III; Fases II-III; diabetes tipo I o II; Felipe II y III"));
        // Must not fire: letters after no numeral the words read, a name and a number after a dash, initials.
        assertEquals("DC y MIX en Madrid; vitaminas C y D; Scorpio X uno; Wang X, Du X.",
                read("es-ES", "DC y MIX en Madrid; vitaminas C y D; Scorpio X-1; Wang X, Du X."));
    }

    @Test
    void aLoneHundredsLetterAfterAKindsWordIsTheKindsLetter() {
        // Round fifty-six: a lone C, D, L or M after a kind's or a part's word names the kind.
        assertEquals("una casa rodante Clase D, la póliza Tipo C, el Nivel L y la Zona M",
                read("es-US", "una casa rodante Clase D, la póliza Tipo C, el Nivel L y la Zona M"));
        assertEquals("Medicare Part D and Part C", read("en-US", "Medicare Part D and Part C"));
        // Must not fire: numerals of I, V and X after those words, centuries, kings and longer numerals keep their numbers.
        assertEquals("la Clase dos, el Tipo cuatro, el Nivel tres, el siglo veinte, Felipe quinto y la Zona ciento diez",
                read("es-ES", "la Clase II, el Tipo IV, el Nivel III, el siglo XX, Felipe V y la Zona CX"));
    }

    @Test
    void roundTwelveASpanishRomanOneBeforeAComma() {
        // "I" before a comma is the numeral one after a course's or a ruler's name, not an initial.
        assertEquals("las notas de Cálculo uno, Física y Química", read("es-ES", "las notas de Cálculo I, Física y Química"));
        assertEquals("Felipe primero, rey de Castilla", read("es", "Felipe I, rey de Castilla"));
        // Must not fire: an author's initial before the next author, "V"/"X" before a comma, English.
        assertEquals("Pérez I, Gómez J. Estudio clínico.", read("es-ES", "Pérez I, Gómez J. Estudio clínico."));
        assertEquals("Wang X, Du X.", read("es", "Wang X, Du X."));
        assertEquals("Sam I, and you", read("en", "Sam I, and you"));
    }

    @Test
    void weekdayEraAndAddressAbbreviations() {
        assertEquals("el lunes tres de febrero a las nueve", read("es", "el lun. 3 de feb. a las 9:00"));
        assertEquals("en el cuarenta y cuatro antes de Cristo y el cuatrocientos setenta y seis después de Cristo.",
                read("es", "en el 44 a. C. y el 476 d.C."));
        assertEquals("Calle Mayor cinco, tercero izquierda.", read("es", "C/ Mayor 5, 3º izq."));
        assertEquals("Apartment four B, one hundred Main Boulevard today", read("en", "Apt. 4B, 100 Main Blvd. today"));
        assertEquals("página cuarenta y ocho", read("es", "p. 48"));
    }

    @Test
    void roundEighteenARangeOfPagesAfterItsAbbreviation() {
        assertEquals("en el contrato, páginas dieciséis a dieciocho.", read("es-MX", "en el contrato, p. 16-18."));
        assertEquals("el manual, páginas doce a quince", read("es-ES", "el manual, págs. 12-15"));
        assertEquals("see pages fourteen to sixteen", read("en-US", "see p. 14-16"));
        // Must not fire: one page, a second number smaller than the first, a score with no page before it.
        assertEquals("la página siete; la norma, página dieciséis-cuatro; ganaron tres-uno.",
                read("es-ES", "la p. 7; la norma, p. 16-4; ganaron 3-1."));
    }

    @Test
    void roundNineteenBEnglishPpIsPages() {
        assertEquals("read pages three to five and page twelve; pages seven and nine", read("en-US", "read pp. 3-5 and p. 12; pp. 7 and 9"));
        // Must not fire: no number after it, or letters before it ("app.").
        assertEquals("the pp. are here; the app. three of them", read("en-GB", "the pp. are here; the app. 3 of them"));
    }

    @Test
    void aCampaignSetsTheRegionOfItsLanguage() {
        TextNormalizer n = new TextNormalizer(NormalizerConfig.defaults().withCampaignLanguages(Map.of("cobros-mx", "es-MX")));
        assertEquals("veinticinco pesos", n.normalize("$25", "es", "cobros-mx"));
        assertEquals("veinticinco pesos", n.normalize("$25", null, "cobros-mx"));
        assertEquals("veinticinco dólares", n.normalize("$25", "es-ES", "cobros-mx")); // the request's own region wins
        assertEquals("twenty five dollars", n.normalize("$25", "en", "cobros-mx"));
        assertEquals("veinticinco dólares", n.normalize("$25", "es", "otra"));
        assertThrows(IllegalArgumentException.class, () -> NormalizerConfig.defaults().withCampaignLanguages(Map.of("x", "fr")));
    }

    @Test
    void aGroupedThousandAfterAPrepositionCountsAndAgrees() {
        assertEquals("Hay descuento en mil doscientas farmacias y en mil quinientas gasolineras.",
                read("es-MX", "Hay descuento en 1,200 farmacias y en 1,500 gasolineras."));
        // A year after a preposition keeps its reading: no separator, no agreement.
        assertEquals("en mil novecientos noventa casas así", read("es-ES", "en 1990 casas así"));
    }

    @Test
    void spanishMonthAbbreviationsInAListAreSaidInFull() {
        assertEquals("Pague las cuotas de enero, febrero y marzo antes del cierre; abrimos de junio a agosto.",
                read("es-AR", "Pague las cuotas de ene., feb. y mar. antes del cierre; abrimos de jun. a ago."));
        // A lone abbreviation is left to the other rules: "el mar. 10" is a weekday.
        assertEquals("el martes diez", read("es-ES", "el mar. 10"));
    }

    @Test
    void spanishHostLabelsShapedLikeWordsAreSaid() {
        assertEquals("Consulte vacunas punto salud punto gov y lacounty punto gov; escriba a x k c d m a i l punto com.",
                read("es-US", "Consulte vacunas.salud.gov y lacounty.gov; escriba a xkcdmail.com."));
    }

    @Test
    void aHostLabelOfInitialsGluedToAWordIsSaid() {
        // Round eight D: a firm's initials then its name ("tpv" + "levante") is said as the brand; a label whose rest is no
        // word by the syllable rule ("xkcdmail", "bbva") and a short one ("www", "mx") stay spelt.
        assertEquals("cobros arroba tpvlevante punto com, reservas arroba bcnplaya punto es, b b v a punto es, w w w punto m x",
                read("es-ES", "cobros@tpvlevante.com, reservas@bcnplaya.es, bbva.es, www.mx"));
        assertEquals("escriba a x k c d m a i l punto com o a s r t f o r d punto com", read("es-MX", "escriba a xkcdmail.com o a srtford.com"));
    }

    @Test
    void aHostOfEnglishWordsWithASilentLetterIsSaid() {
        // Round eighty-four A: "gn", "mb" and "ghts" are English codas ("designlabs", "lambchops", "brightnights").
        assertEquals("Visite designlabs punto com, lambchops punto com o brightnights punto com.",
                read("es-US", "Visite designlabs.com, lambchops.com o brightnights.com."));
        // Must not fire: initials with such a cluster and no vowel to hold it, and short initials.
        assertEquals("Visite b g n m x punto com, e p a punto gov o t d m a r punto com.",
                read("es-US", "Visite bgnmx.com, epa.gov o tdmar.com."));
    }

    @Test
    void aHostLabelWithADoubledConsonantIsSaidAsWords() {
        // Round five J: "sunpass", "greenpass" are said; "bbva" has no syllables and is spelt.
        assertEquals("Pague en sunpass punto com o en greenpass punto es; b b v a punto es.",
                read("es-US", "Pague en sunpass.com o en greenpass.es; bbva.es."));
    }

    @Test
    void roundEightyTwoAHostGluedOfEnglishWordsEndingInThIsSaid() {
        // "th" after "n"/"l" and "ths" end English syllables: a host glued of such words is said as the brand.
        assertEquals("visite greenpaths punto com o truemonth punto m x barra planes",
                read("es-US", "visite greenpaths.com o truemonth.mx/planes"));
        // Must not fire: initials stay spelt.
        assertEquals("visite e p a punto gov o t d m a r punto com", read("es-US", "visite epa.gov o tdmar.com"));
    }

    @Test
    void roundEightEAddressesUnderNewerTopLevelDomainsAndDottedHandles() {
        // Round eight E: any top-level domain ICANN delegates (the Public Suffix List) makes a host an address; a handle
        // may hold dots.
        assertEquals("Alta en moncayo punto beer barra club. Seguinos en arroba patagoniasur punto birra.",
                read("es-ES", "Alta en moncayo.beer/club. Seguinos en @patagoniasur.birra."));
        assertEquals("see hollowoak dot coffee slash menu", read("en-US", "see hollowoak.coffee/menu"));
        // Must not fire: "e.g.", "i.e.", a decimal, a file name (no address: its extension is said, round ten B), a name
        // after a title without its space.
        assertEquals("for example, that is, three point five, informe dot P D F, Sra.Ruiz",
                read("en-US", "e.g., i.e., 3.5, informe.pdf") + ", " + read("es-ES", "Sra.Ruiz"));
    }

    @Test
    void aFilesExtensionIsSaidAfterItsDot() {
        // Round ten B: the dot before a file's extension is said; Spanish writes the extension in capitals (an initialism
        // the voice spells, as "DNI"), English spells it; "zip" is a word in both.
        assertEquals("Descargue el «Recibo marzo punto PDF» y la foto punto JPG.", read("es-ES", "Descargue el «Recibo marzo.pdf» y la foto.jpg."));
        assertEquals("Open Payslip dot P D F or the archive dot zip.", read("en-GB", "Open Payslip.pdf or the archive.zip."));
        // Must not fire: a domain, a word glued to an extension's letters, a sentence's stop before a word.
        assertEquals("en tienda punto es o en el pdfx.", read("es-ES", "en tienda.es o en el pdfx."));
        assertEquals("see the guide. Pdfs are free", read("en-US", "see the guide. Pdfs are free"));
    }

    @Test
    void anEsUsQuadrantBetweenHouseNumberAndStreetIsSaidInEnglish() {
        // Round eight F: es-US says the quadrant of a US address in English, as the street's name.
        assertEquals("a mil ochocientos treinta Southwest Coral Way", read("es-US", "a 1830 SW Coral Way"));
        assertEquals("en dos mil doscientos catorce Northeast Forty Seventh Avenue el lunes", read("es-US", "en 2214 NE 47th Ave. el lunes"));
        // Must not fire: outside the US, with no street after it, or not after a house number.
        assertEquals("a mil ochocientos treinta SW Coral Way", read("es-MX", "a 1830 SW Coral Way"));
        assertEquals("son treinta SW de potencia", read("es-US", "son 30 SW de potencia"));
        assertEquals("la zona NE Centro", read("es-US", "la zona NE Centro"));
    }
}
