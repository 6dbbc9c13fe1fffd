package io.locutor.text;

import static io.locutor.text.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Numbers in words around them: apocopated Spanish ordinals, number-noun compounds, "500+", "x2", a decimal
 * multiplier and a fraction in a compound adjective.
 * Each rule is also checked where it must not fire. Expected strings are exact.
 */
class NumberReadingsTest {
    @Test
    void oneBeforeAPluralVerbIsUno() {
        // Round thirty-five: "nivel 1 corren" is "uno", a plural verb in "-en" after it is no noun it counts.
        assertEquals("los autos del nivel uno corren riesgo", read("es-US", "los autos del nivel 1 corren riesgo"));
        // Must not fire: a noun in "-men" or a listed "-en" noun after "1" still takes "un".
        assertEquals("un examen y un origen", read("es-MX", "1 examen y 1 origen"));
        assertEquals("un tren", read("es-ES", "1 tren"));
    }

    @Test
    void fourKAtAPhrasesJoinIsAResolution() {
        // Round thirty-five: "en 4K y 4 pantallas", "in 4K with HDR": the resolution, not four thousand.
        assertEquals("en cuatro K y cuatro pantallas", read("es-ES", "en 4K y 4 pantallas"));
        // Must not fire: thousands of a currency after "en".
        assertEquals("en cuatro mil pesos", read("es-MX", "en 4K pesos"));
    }

    @Test
    void primeroAndTerceroLoseTheirOBeforeAMasculineNoun() {
        assertEquals("el tercer piso, el primer año, el decimotercer lugar", read("es-AR", "el 3.º piso, el 1º año, el 13.º lugar"));
        assertEquals("la tercera planta, tercero izquierda, el primero de junio, llévate el tercero al cincuenta por ciento, tercero B, "
                        + "quedó tercero en la carrera, el undécimo piso",
                read("es-ES", "la 3.ª planta, 3.º izq., el 1.º de junio, llévate el 3.º al 50 %, 3.º B, quedó 3.º en la carrera, el 11.º piso"));
    }

    @Test
    void britishEnglishSaysAndAfterTheHundredsOfEveryGroup() {
        // Round eleven B: en-GB "and" after every group's hundreds; en-US keeps it in the last group only (NeMo's reading).
        assertEquals("offers over one hundred and eighty five thousand pounds", read("en-GB", "offers over £185,000"));
        assertEquals("two million three hundred and ten thousand five hundred and one people",
                read("en-GB", "2,310,501 people"));
        assertEquals("one hundred thousand and one, one thousand and fifty, three million and fifteen",
                read("en-GB", "100,001, 1,050, 3,000,015"));
        // must not fire: en-US
        assertEquals("one hundred eighty five thousand dollars", read("en-US", "$185,000"));
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
    void aPlusAfterANumberIsSaid() {
        assertEquals("over five hundred plus stores, ages eighteen plus.", read("en-US", "over 500+ stores, ages 18+."));
        // Between numbers and in "C++" the readings stay; after "más de" Spanish keeps its sign (round eight C says "o más"
        // elsewhere: roundEightCCountsCodesAndLastDigits).
        assertEquals("two plus two, C plus plus", read("en-US", "2+2, C++"));
        assertEquals("más de quinientos+ tiendas", read("es-ES", "más de 500+ tiendas"));
    }

    @Test
    void roundTwentyOneBASpacedXAfterAPriceOrARateBeforeACountIsTimes() {
        assertEquals("nine pounds and ninety pence a night times four nights", read("en-GB", "£9.90 a night x 4 nights"));
        assertEquals("sixty dollars per class times eight classes", read("en-US", "$60 per class x 8 classes"));
        assertEquals("twelve dollars each times five", read("en-US", "$12 each x 5"));
        // must not fire: a capital X of a name or a generation, an x with no price before it, an x with no number after
        assertFalse(read("en-US", "the Model X 12 and Gen X deals").contains("times"));
        assertEquals("ten apples x three", read("en-US", "10 apples x 3"));
        assertEquals("twelve dollars each x marks the spot", read("en-US", "$12 each x marks the spot"));
    }

    @Test
    void xBeforeASmallNumberIsHowManyTimes() {
        assertEquals("the fee was charged times two", read("en-US", "the fee was charged x2"));
        assertEquals("el cargo se duplicó por tres", read("es-AR", "el cargo se duplicó x3"));
        // Codes and architectures keep their letters.
        assertEquals("a four by four truck, the X two model, a x eighty six chip", read("en-US", "a 4x4 truck, the X2 model, a x86 chip"));
    }

    @Test
    void aDecimalMultiplierAndACompoundFraction() {
        assertEquals("paid at one point five times, a three quarter inch gas line", read("en-GB", "paid at 1.5x, a 3/4-inch gas line"));
        // Version families keep the letter.
        assertEquals("Versions two point x and zero point nine x.", read("en-US", "Versions 2.x and 0.9x."));
    }

    @Test
    void roundFortySixAStringInstrumentsFractionSizeIsSaidAsPlayersSayIt() {
        assertEquals("a half size violin, a three quarter size, your four four size cello, an eighth size viola, a three quarter guitar",
                read("en-GB", "a 1/2-size violin, a 3/4-size, your 4/4 size cello, an 1/8 size viola, a 3/4 guitar"));
        // Must not fire: a date cue before it, no size word or instrument after it, a fraction of something.
        assertEquals("due back on April fourth size permitting; three quarters of the cellos",
                read("en-US", "due back on 4/4 size permitting; 3/4 of the cellos"));
    }

    @Test
    void roundSeventyNineBAnInstrumentsSizeAfterItsSizeWord() {
        // Round seventy-nine B: the size word before the fraction ("full-size 4/4") names the size as after it.
        assertEquals("a full-size four four, call us", read("en-US", "a full-size 4/4, call us"));
        // Must not fire: a share after "size", a date, no size word.
        assertEquals("a size three quarters of the lot, back on April fourth, due back four quarters",
                read("en-US", "a size 3/4 of the lot, back on 4/4, due back 4/4"));
    }

    @Test
    void aSpacedMultiplicationSignBeforeAPriceIsSaid() {
        // Round ten B: "×" between a count and a price is "times" / "por", never left unsaid.
        assertEquals("thirty bags times two pounds and ten pence", read("en-GB", "30 bags × £2.10"));
        assertEquals("cuatro entradas por quince euros", read("es-ES", "4 entradas × 15 €"));
        // Must not fire: a dimension and a pack keep "by" / "por" as before.
        assertEquals("sixty five bags by ten kilograms", read("en-US", "65 bags × 10 kg"));
        assertEquals("una mesa de ochenta por ciento veinte centímetros", read("es-ES", "una mesa de 80 × 120 cm"));
    }

    @Test
    void aProductsTrailingPlusAndAListOfCountsBeforeAFeminineNoun() {
        // Round five J: "Comfort+", "Paramount+" say their sign; "A+" (one letter) and "C++" are read as before.
        assertEquals("Upgrade to Comfort plus or Disney plus; grade A+ and C plus plus.", read("en-US", "Upgrade to Comfort+ or Disney+; grade A+ and C++."));
        // Every count of a list agrees with the noun after the last; a list before "del" stays masculine.
        assertEquals("¿Almuerza una, dos o tres veces por semana? Recibirá una o dos cartas.",
                read("es-US", "¿Almuerza 1, 2 o 3 veces por semana? Recibirá 1 o 2 cartas."));
        assertEquals("las páginas uno, dos y tres del libro", read("es-MX", "las páginas 1, 2 y 3 del libro"));
    }

    @Test
    void aSpanishEnergyClassSaysItsPluses() {
        // Round fifty-six: an appliance's energy class after its rating's words, or with a price or a comma after it.
        assertEquals("clase energética A más, eficiencia A más más más y un horno A más por cien euros",
                read("es-ES", "clase energética A+, eficiencia A+++ y un horno A+ por 100 €"));
        // Must not fire: a blood group, a mark, English "A+".
        assertEquals("Grupo sanguíneo A+, B+ y O+; sacó A+, felicidades.", read("es-ES", "Grupo sanguíneo A+, B+ y O+; sacó A+, felicidades."));
        assertEquals("an A+ rated fridge, grade A+, for one hundred dollars", read("en-US", "an A+ rated fridge, grade A+, for $100"));
    }

    @Test
    void aNumberAfterElIsANameAndAgreesWithNoVerbAfterIt() {
        // "el 205 funciona": a bus line or a room named by its number; the verb in -a after it is no feminine noun.
        assertEquals("el doscientos cinco funciona y del trescientos doce queda una plaza",
                read("es-ES", "el 205 funciona y del 312 queda una plaza"));
        // Must not fire: after "la" a cardinal agrees with its noun ("la veintiuna edición"), and "las 200 llamadas" counts.
        assertEquals("la veintiuna edición y las doscientas llamadas", read("es-ES", "la 21 edición y las 200 llamadas"));
    }

    @Test
    void aNumberAgreesWithNoSingularVerbOrAdjectiveAfterIt() {
        // Round fourteen: a count above one counts a plural noun; the verb after a numbered name or place is none.
        assertEquals("Avenida Norte quinientos cincuenta cierra, el local veintiuno abre y la sala doscientos cinco funciona",
                read("es-ES", "Av. Norte 550 cierra, el local 21 abre y la sala 205 funciona"));
        assertEquals("Calle Mayor treinta y uno queda cerrada", read("es-ES", "Calle Mayor 31 queda cerrada"));
        // Must not fire: a plural noun, "mil", a cardinal as an ordinal after its article, and one before its noun.
        assertEquals("veintiuna personas, veintiún mil euros, la treinta y una edición y una semana",
                read("es-ES", "21 personas, 21 mil euros, la 31 edición y 1 semana"));
    }

    @Test
    void aSlashPairBeforeAShareIsAFraction() {
        assertEquals("the one third share goes to Ana", read("en-US", "the 1/3 share goes to Ana"));
        assertEquals("your two fifths stake", read("en-GB", "your 2/5 stake"));
        // Not fired: after a date's cue word or a verb of shipping it stays a date.
        assertEquals("on January third we open", read("en-US", "on 1/3 we open"));
        assertEquals("ships January third", read("en-US", "ships 1/3"));
    }

    @Test
    void aSpanishRangeWithAAgreesWithItsNoun() {
        // Round seven B: "1 a 3 veces" as "1-3 veces" ("una a tres veces"); the short "un" only right before its noun.
        assertEquals("Marque uno para una a tres veces", read("es-MX", "Marque 1 para 1 a 3 veces"));
        assertEquals("de una a dos horas", read("es-ES", "de 1 a 2 horas"));
        assertEquals("de uno a tres días", read("es-ES", "de 1 a 3 días"));
        assertEquals("el uno a las nueve", read("es-ES", "el 1 a las 9"));
    }

    @Test
    void roundTwelveNoShortOneBeforeAJoiningWord() {
        // "un"/"veintiún" stand only right before their noun: in a list or a dashed range the first count is "uno".
        assertEquals("tarda uno o dos días", read("es-ES", "tarda 1 o 2 días"));
        assertEquals("entre uno y tres días hábiles", read("es-AR", "entre 1 y 3 días hábiles"));
        assertEquals("entre veintiuno y treinta días", read("es-US", "entre 21 y 30 días"));
        assertEquals("uno a dos días", read("es-AR", "1-2 días"));
        assertEquals("uno, dos o tres boletos", read("es-MX", "1, 2 o 3 boletos"));
        // A unit after the last number gives its gender to the first ("toneladas", "horas").
        assertEquals("entre una y dos toneladas", read("es-ES", "entre 1 y 2 t"));
        // Must not fire: right before its noun the short form stays; a feminine noun keeps "una".
        assertEquals("un día y veintiún euros", read("es-ES", "1 día y 21 €"));
        assertEquals("una o dos semanas", read("es-MX", "1 o 2 semanas"));
    }

    @Test
    void shortCodesAfterTextingAndNumbersToRing() {
        // Round seven A: the short code after "texting"/"text", a short number after "ring"; counts keep their reading.
        assertEquals("Reply by texting six zero seven seven seven; ring one one one. We had three thousand three hundred and eighteen calls.",
                read("en-GB", "Reply by texting 60777; ring 111. We had 3318 calls."));
    }

    @Test
    void roundSevenCAnAgeGroupIsANumberInThePlural() {
        assertEquals("under-twelves swim free", read("en-GB", "under-12s swim free"));
        assertEquals("lap times of sixteen seconds", read("en-GB", "lap times of 16s"));
        assertEquals("sizes four T to eighteen and two T to five T", read("en-US", "sizes 4T–18 and 2T–5T"));
        assertEquals("the A four–B twelve sheets", read("en-US", "the A4–B12 sheets"));
    }

    @Test
    void roundEightyOneARangeBeforeGroupedThousandsAgreesWithItsNoun() {
        assertEquals("de mil cuatrocientas a mil novecientas toneladas", read("es-ES", "de 1.400 a 1.900 toneladas"));
        assertEquals("de novecientas a mil doscientas calorías", read("es-MX", "de 900 a 1,200 calorías"));
        // Must not fire: a masculine noun, a decimal second side.
        assertEquals("de mil doscientos a mil quinientos pesos", read("es-AR", "de 1.200 a 1.500 pesos"));
        assertEquals("de uno a uno coma cinco horas", read("es-ES", "de 1 a 1,5 horas"));
    }

    @Test
    void aSpanishHyphenRangeAfterNumberedPlaces() {
        // Round seven C: "(fila 7, butacas 12-15)": after a plural noun of numbered places or items.
        assertEquals("(fila siete, butacas doce a quince)", read("es-ES", "(fila 7, butacas 12-15)"));
        assertEquals("quedan las habitaciones del tres al seis", read("es-ES", "quedan las habitaciones 3-6"));
        // Must not fire: a score, a code.
        assertEquals("ganaron tres-uno", read("es-ES", "ganaron 3-1"));
        assertEquals("el resultado dos-cinco", read("es-ES", "el resultado 2-5"));
    }

    @Test
    void romanYearsOfACelebration() {
        // Round seven C: "los XV años", a count of years.
        assertEquals("paquetes para quince años y veinticinco años de servicio", read("es-MX", "paquetes para XV años y XXV años de servicio"));
        // Must not fire: a king's number, a century.
        assertEquals("Felipe quinto y el siglo quince", read("es-ES", "Felipe V y el siglo XV"));
    }

    @Test
    void roundSevenDTimesFrequenciesScalesAndRaces() {
        assertEquals("it failed three times; dresses (times two); call extension five five zero zero", read("en-US", "it failed 3x; dresses (x2); call x5500"));
        assertEquals("K X R T one oh one point nine F M, a one to forty eight scale kit, Hope Run five K", read("en-US", "KXRT 101.9 FM, a 1:48 scale kit, Hope Run 5K"));
        assertEquals("Carrera Nocturna diez K", read("es-MX", "Carrera Nocturna 10K"));
        // Must not fire: a size, a code, a count, a currency's thousands, a lower-case word before a K.
        assertEquals("a nineteen twenty by one thousand eighty screen, an x eighty six chip, a four by four", read("en-US", "a 1920x1080 screen, an x86 chip, a 4x4"));
        assertEquals("a ten thousand dollars bonus, earn ten thousand a year, ninety eight point six degrees", read("en-US", "a $10K bonus, earn 10K a year, 98.6 degrees"));
    }

    @Test
    void roundEightyFourBGradientsAreOneInN() {
        assertEquals("a one in fifteen slope; laid to a fall of one in sixty; a gradient of one in eight, steep",
                read("en-GB", "a 1:15 slope; laid to a fall of 1:60; a gradient of 1:8, steep"));
        // Must not fire: a clock time, with or without its meridiem, and a ratio before another word.
        assertEquals("see you at one twenty today; the one twenty PM train; a one to forty eight scale kit",
                read("en-GB", "see you at 1:20 today; the 1:20 PM train; a 1:48 scale kit"));
    }

    @Test
    void roundSeventySixMAnAmStationsFrequencyNoClockShowsIsSaidInPairs() {
        assertEquals("tune in to ten seventy AM, nine ninety AM or fifteen hundred AM.", read("en-US", "tune in to 1070 AM, 990 AM or 1500 AM."));
        // Must not fire: a time a clock shows (its reading kept), a number off the band, a lower-case "am", a word after.
        assertEquals("one thousand thirty AM, eleven thirty AM, four hundred and eighty AM, eighteen hundred AM, one thousand seventy am,"
                + " one thousand seventy A M C.", read("en-US", "1030 AM, 1130 AM, 480 AM, 1800 AM, 1070 am, 1070 AMC."));
    }

    @Test
    void aDocumentNumberOverItsYearAndAnOilGradeAreNoFractionOrWatts() {
        // Round eight: "barra"/"slash" between a number and its year, a year and its month; an oil grade, a form's letter.
        assertEquals("Aviso veintitrés barra dos mil veintiséis, el expediente cuarenta y cinco barra dos mil veintiséis",
                read("es-MX", "Aviso 23/2026, el expte. 45/2026"));
        assertEquals("the twenty twenty five slash twelve statement", read("en-US", "the 2025/12 statement"));
        assertEquals("aceite quince W cuarenta", read("es-ES", "aceite 15W-40"));
        assertEquals("your two W two forms", read("en-US", "your 2 W-2 forms"));
        // Must not fire: a law's number and year, a round denominator, a season, a range of watts, watts alone.
        assertEquals("la Ley siete, mil novecientos ochenta y cinco", read("es-ES", "la Ley 7/1985"));
        assertEquals("un dosmilésimo de segundo, la temporada dos mil diecinueve-veinte", read("es-ES", "1/2000 de segundo, la temporada 2019/20"));
        assertEquals("una bombilla de sesenta vatios-cien vatios y un foco de sesenta vatios", read("es-ES", "una bombilla de 60W-100W y un foco de 60 W"));
    }

    @Test
    void aTyreSizeAndANumberOverANonDenominatorBeforeACodeAreNoFraction() {
        // Round ten: a tyre's width over its aspect ratio, then its rim: as written in Spanish, a tyre shop's pairs in English.
        assertEquals("cubiertas ciento sesenta y cinco barra setenta R catorce", read("es-AR", "cubiertas 165/70 R14"));
        assertEquals("llantas doscientos quince barra cincuenta y cinco Z R diecisiete", read("es-MX", "llantas 215/55ZR17"));
        assertEquals("two fifteen sixty R sixteen tires", read("en-US", "215/60R16 tires"));
        assertEquals("the one seventy five seventy R thirteen tyre", read("en-GB", "the 175/70 R13 tyre"));
        // a number over one no fraction is spoken with, before a code of capitals: the slash said
        assertEquals("el kit catorce barra treinta y ocho TX", read("es-ES", "el kit 14/38 TX"));
        // Must not fire: a fraction before a word or a capital word, a spoken denominator before a code, a rim too short.
        assertEquals("tres dieciséisavos de pulgada, tres doceavos", read("es-ES", "3/16 de pulgada, 3/12"));
        assertEquals("three sixty fourths U N C", read("en-US", "3/64 UNC"));
        assertEquals("seven twentieths Of the votes", read("en-US", "7/20 Of the votes"));
    }

    @Test
    void aRunOfThreeSlashedNumbersIsReadNumberByNumber() {
        // Round fifty-seven: a glazing build-up (pane, gap, pane) or any run of three numbers or more joined by slashes is
        // said number by number, no "barra", never a number and a fraction ("ocho/dieciséis octavos").
        assertEquals("un vidrio ocho dieciséis ocho y otro cuatro diez cuatro diez", read("es-ES", "un vidrio 8/16/8 y otro 4/10/4/10"));
        // Must not fire: a date with a year of two or four digits, a fraction, an instalment of a plan. Round eighty A: a
        // two-digit year near today is said in full, as in English.
        assertEquals("el tres de junio de dos mil veintiséis, el siete de mayo de dos mil veintisiete, tres cuartos de taza y la cuota dos de doce",
                read("es-ES", "el 3/6/26, el 7/5/2027, 3/4 de taza y la cuota 2/12"));
    }

    @Test
    void twoSchoolYearsAndASlashBetweenPricesAreNoFractionOrSlash() {
        // Round ten: "Year 5/6" is two school years taught together; a slash set apart before a price is a pause.
        assertEquals("a Year five and six club, Years three and four", read("en-GB", "a Year 5/6 club, Years 3/4"));
        assertEquals("twelve dollars members, eighteen dollars guests", read("en-US", "$12 members / $18 guests"));
        // Must not fire: a year in lower case, years not consecutive, a spaced slash between words.
        assertEquals("year three quarters, Year three eighths, members slash guests",
                read("en-GB", "year 3/4, Year 3/8, members / guests"));
    }

    @Test
    void roundEightCCountsCodesAndLastDigits() {
        assertEquals("si tienes sesenta y cinco o más años; toallitas por ochenta", read("es-MX", "si tienes 65+ años; toallitas x 80"));
        assertEquals("microchip nine four one, zero zero zero, zero two four, one one seven, five eight three",
                read("en-US", "microchip 941 000 024 117 583"));
        assertEquals("la tarjeta termina en cuatro cuatro nueve cero", read("es-US", "la tarjeta termina en 4490"));
        // Round nine: one rule (ReferenceReader.DIGIT_CODE) for every ending cue: two digits after "acaba en", up to
        // twelve after "terminada en"; three or more after the other cues ("el código 12 es" counts); a duration is no card.
        assertEquals("su cuenta acaba en nueve cero.", read("es-MX", "su cuenta acaba en 90."));
        assertEquals("la tarjeta finaliza en cero cero ocho dos", read("es-AR", "la tarjeta finaliza en 0082"));
        assertEquals("la tarjeta terminada en uno dos tres cuatro cinco seis siete ocho", read("es-ES", "la tarjeta terminada en 12345678"));
        assertEquals("el código doce es", read("es-ES", "el código 12 es"));
        assertEquals("la oferta termina en quince minutos", read("es-ES", "la oferta termina en 15 minutos"));
        assertEquals("el plazo que termina en treinta días", read("es-ES", "el plazo que termina en 30 días"));
        assertEquals("if your pump shows ALARM four twelve; kids aged three to twelve", read("en-US", "if your pump shows ALARM 4-12; kids aged 3-12"));
        // Must not fire: a round figure in groups, a plus between numbers, an "x" between numbers, a number that is not
        // a card's end.
        assertEquals("one trillion", read("en-US", "1 000 000 000 000"));
        assertEquals("dos más dos, tres por cuatro, termina el cuatro mil cuatrocientos noventa",
                read("es-ES", "2+2, 3 x 4, termina el 4490"));
    }

    @Test
    void aCodesHeadAfterEmpiezaPorIsDictated() {
        // Round twenty-five: the digits after "empieza por", "comienza con" are a code's first ones, as a card's last are.
        assertEquals("el pedido que empieza por seis cero dos uno; su folio comienza con tres ocho",
                read("es-US", "el pedido que empieza por 6021; su folio comienza con 38"));
        assertEquals("la tarjeta termina en dos cero tres uno", read("es-ES", "la tarjeta termina en 2031"));
        // Must not fire: a year, a duration, a count before its plural noun, "empieza en".
        assertEquals("el contrato termina en dos mil veintisiete y la oferta empieza en diez minutos",
                read("es-ES", "el contrato termina en 2027 y la oferta empieza en 10 minutos"));
        assertEquals("el curso empieza con veinte alumnos y comienza por diez minutos de repaso",
                read("es-MX", "el curso empieza con 20 alumnos y comienza por 10 minutos de repaso"));
    }

    @Test
    void aCardsLastDigitsBeforeAnAdverbOrAVerbStayDictated() {
        // Round thirty-eight: "antes", "tras", "es" after a card's or a line's last digits end in "s" but count nothing.
        assertEquals("su tarjeta terminada en cinco cinco dos uno antes del viernes; la línea que termina en cuatro uno seis dos"
                        + " tras el cambio; la cuenta con terminación dos ocho cero nueve es la suya",
                read("es-US", "su tarjeta terminada en 5521 antes del viernes; la línea que termina en 4162 tras el cambio; la cuenta con terminación 2809 es la suya"));
        // Must not fire: a count before its plural noun, a duration, a year after a bare ending cue before an adverb.
        assertEquals("la promoción acaba en doce meses y el plan termina en cuarenta pagos",
                read("es-MX", "la promoción acaba en 12 meses y el plan termina en 40 pagos"));
        assertEquals("el contrato termina en dos mil veintisiete después de la renovación",
                read("es-ES", "el contrato termina en 2027 después de la renovación"));
    }

    @Test
    void roundEightEARangeOfNumberedPlacesOrOfNumberSigns() {
        // Round eight E: after a plural noun of places a Spanish range is "del … al …", its numbers labels that agree with
        // nothing; "#1–#22" is a range of numbers, each said with its sign.
        assertEquals("Los puestos del uno al treinta y ocho deben recoger; las mesas del uno al veintiuno, libres",
                read("es-ES", "Los puestos 1-38 deben recoger; las mesas 1–21, libres"));
        assertEquals("vendors number one to number twenty two, booths number two to number nine", read("en-US", "vendors #1–#22, booths #2-#9"));
        // Must not fire: a bare label with no article before its noun, a score, a count range, one sign only.
        assertEquals("(fila cuatro, asientos diez a trece); ganaron tres-uno; de dos a cinco días; tres a cinco personas; number one, twenty two",
                read("es-ES", "(fila 4, asientos 10-13); ganaron 3-1; de 2 a 5 días; 3-5 personas") + "; " + read("en-US", "#1-22"));
    }

    @Test
    void aBareRangeAfterASizeWordIsItsSizes() {
        // Round eighty-three A: after "tallas" a range before a comma is its sizes, as before a counted word.
        assertEquals("camisas, tallas cuarenta a cuarenta y ocho, en azul", read("es-ES", "camisas, tallas 40-48, en azul"));
        // Must not fire: a score, a bare pair with no size word, sizes written as letters.
        assertEquals("ganaron tres-uno, el partido cuarenta-cuarenta y ocho, tallas de M a S",
                read("es-ES", "ganaron 3-1, el partido 40-48, tallas de M a S"));
    }

    @Test
    void aSpanishSmsShortCodeIsKeyedIn() {
        // Round nine: a keyword in capitals sent "al" a number, or a text message named, makes it a short code.
        assertEquals("envíe ALTO al cuatro cinco dos uno cero para no recibir mensajes.", read("es-US", "envíe ALTO al 45210 para no recibir mensajes."));
        assertEquals("manda la palabra SALDO al tres cero cuatro uno dos", read("es-MX", "manda la palabra SALDO al 30412"));
        assertEquals("envíe un mensaje al cuatro cinco dos uno cero", read("es-MX", "envíe un mensaje al 45210"));
        // Round sixty-two B: a text named as "texto" too ("por texto al …", "un texto al …").
        assertEquals("conteste SÍ por texto al tres uno cinco cero dos", read("es-US", "conteste SÍ por texto al 31502"));
        // must not fire: a payment sent to a house number, a range, a short number of three digits
        assertEquals("envíe su pago al mil doscientos treinta y cuatro de la calle Oak", read("es-US", "envíe su pago al 1234 de la calle Oak"));
        assertEquals("del mil al dos mil", read("es-ES", "del 1000 al 2000"));
    }

    @Test
    void roundSixtyFiveBAShortCodeAfterTheVerbsOtherFormsOrAReplyWithAWordIsKeyedIn() {
        // Round sixty-five B: "texting"/"texted"/"replying" and the keyword before "to", a reply's verb or "la palabra" before "al".
        assertEquals("Start by texting us YES to two nine four seven five one now.", read("en-US", "Start by texting us YES to 294751 now."));
        assertEquals("Opt in by replying with \"YES\" to seven zero four one two.", read("en-US", "Opt in by replying with \"YES\" to 70412."));
        assertEquals("Responda SÍ al tres cero cuatro uno ocho para confirmar.", read("es-MX", "Responda SÍ al 30418 para confirmar."));
        assertEquals("Mándenos la palabra BAJA al siete dos nueve uno cuatro.", read("es-MX", "Mándenos la palabra BAJA al 72914."));
        // Must not fire: no keyword between the verb and "to", a count after the number, a reply's verb with no keyword.
        assertEquals("We are texting reminders to four thousand patients.", read("en-US", "We are texting reminders to 4000 patients."));
        assertEquals("She replied to three thousand emails.", read("en-US", "She replied to 3000 emails."));
        assertEquals("We texted STOP to two thousand numbers.", read("en-US", "We texted STOP to 2000 numbers."));
        assertEquals("Responda al tres mil de la calle Reforma.", read("es-MX", "Responda al 3000 de la calle Reforma."));
        assertEquals("Escriba su nombre al mil doscientos de la avenida.", read("es-MX", "Escriba su nombre al 1200 de la avenida."));
        // The older "texting 60777" rule: a count right after the verb's number counts whom the texts reach, a short code
        // before a word in "s" that is no noun stays keyed.
        assertEquals("We are texting four thousand two hundred customers today.", read("en-US", "We are texting 4200 customers today."));
        assertEquals("Join by texting six zero seven seven seven this week.", read("en-US", "Join by texting 60777 this week."));
    }

    @Test
    void roundFortyFourAnOrdinalStandingAloneKeepsItsFullForm() {
        // Round forty-four: before an adjective, a verb or an adverb the ordinal names no noun, so no apocope (was "tercer gratis").
        assertEquals("lleve dos y el tercero gratis, el primero recibe un premio, el tercero totalmente gratis",
                read("es-US", "lleve 2 y el 3.º gratis, el 1.º recibe un premio, el 3.º totalmente gratis"));
        // Must not fire: a masculine noun after the ordinal still takes "tercer"/"primer".
        assertEquals("el tercer mes gratis, el primer pago", read("es-US", "el 3.º mes gratis, el 1.º pago"));
    }

    @Test
    void roundFiftySixALengthsSymbolAfterAHyphenBeforeANamedNounIsTheCompoundsUnit() {
        assertEquals("a twenty two foot Airstream trailer, a five mile Loop trail", read("en-US", "a 22-ft Airstream trailer, a 5-mi Loop trail"));
        // Must not fire: a dot that may end the sentence, "-in" before a name, a capital at the end of a clause.
        assertFalse(read("en-US", "The boat is 20-ft. The dock is short.").contains("foot. The"), "a dot may end the sentence");
        assertFalse(read("en-US", "Check-in 4-in Boston").contains("inch"), "-in before a name");
    }

    @Test
    void roundSixtyOneBBareOneAgreesWithAnElidedFeminineNoun() {
        assertEquals("dos cajas de tornillos y una de arandelas", read("es-ES", "2 cajas de tornillos y 1 de arandelas"));
        assertEquals("tres botellas de vino de doce grados y una de cava", read("es-ES", "3 botellas de vino de 12 grados y 1 de cava"));
        // Must not fire: a date, "el 1 de cada 3", no feminine noun counted before, a masculine one counted last.
        assertEquals("dos cajas llegan el primero de marzo", read("es-ES", "2 cajas llegan el 1 de marzo"));
        assertEquals("dos cajas y el uno de cada tres", read("es-ES", "2 cajas y el 1 de cada 3"));
        assertEquals("recibió uno de cinco estrellas", read("es-ES", "recibió 1 de 5 estrellas"));
        assertEquals("un hotel con uno de lujo", read("es-ES", "un hotel con 1 de lujo"));
        assertEquals("dos cajas y tres sobres y uno de papel", read("es-ES", "2 cajas y 3 sobres y 1 de papel"));
    }

    @Test
    void anAbbreviationsDotInTheListLeavesTheElidedFeminineCount() {
        // Round eighty A: "ud." or "kg." before a lower-case word ends no sentence; the feminine count before it still agrees.
        assertEquals("tres cajas de clavos de cien unidades y una de tacos", read("es-ES", "3 cajas de clavos de 100 ud. y 1 de tacos"));
        // Must not fire: a masculine noun counted, a full stop before a capital.
        assertEquals("dos sacos de cemento de veinticinco kilogramos y uno de arena", read("es-ES", "2 sacos de cemento de 25 kg. y 1 de arena"));
        assertEquals("Llegaron dos cajas. Queda uno de arroz.", read("es-ES", "Llegaron 2 cajas. Queda 1 de arroz."));
    }

    @Test
    void roundSixtySevenARangesFirstEndAfterMasculineNounIsUno() {
        // Round sixty-seven A: a singular word after a range is no noun its last number counts ("1 a 90 abre"), and after a
        // masculine noun of numbered items the number is the item's label, "uno", never "una" or "un".
        assertEquals("la venta de los lotes uno a noventa abre el lunes", read("es-MX", "la venta de los lotes 1 a 90 abre el lunes"));
        assertEquals("las filas uno a seis queda libre", read("es-ES", "las filas 1 a 6 queda libre"));
        assertEquals("la venta de los lotes uno y dos queda suspendida", read("es-ES", "la venta de los lotes 1 y 2 queda suspendida"));
        assertEquals("los lotes uno a doce cajas", read("es-AR", "los lotes 1 a 12 cajas"));
        // Must not fire: a count range before its plural noun, a list of counts, an hour, a feminine noun's count, a count
        // after a singular noun ("el box 1 día").
        assertEquals("de una a tres personas; una o dos veces; entre veintiuna y treinta personas; a la una; las mesas una a cuatro personas",
                read("es-ES", "de 1 a 3 personas; 1 o 2 veces; entre 21 y 30 personas; a la 1; las mesas 1 a 4 personas"));
        assertEquals("el box un día", read("es-ES", "el box 1 día"));
    }

    @Test
    void roundSeventyAAFilesGroupedNumberOverItsYearKeepsTheSlash() {
        // Round seventy A: a file's number with its thousands set apart, over its year, says the slash, as an ungrouped one does.
        assertEquals("el expediente cuarenta y un mil doscientos tres barra dos mil veintiséis sigue abierto",
                read("es-AR", "el expediente 41.203/2026 sigue abierto"));
        // Must not fire: a law's and a judgment's number and year keep the pause the real sentences give them.
        assertEquals("la Ley siete, mil novecientos ochenta y cinco; la sentencia doce mil cuatrocientos, dos mil veinticinco",
                read("es-ES", "la Ley 7/1985; la sentencia 12.400/2025"));
    }

    @Test
    void roundSeventyAALongRangeOfPlacesAfterTheirPluralNoun() {
        // Round seventy A: three or four digits a side after a plural noun of numbered places are their range.
        assertEquals("los lotes del mil uno al mil ochenta salen hoy; casillas mil doscientos uno a mil doscientos treinta",
                read("es-ES", "los lotes 1001-1080 salen hoy; casillas 1201-1230"));
        // Must not fire: a singular noun's code, a range running backwards.
        assertEquals("el lote uno cero cero uno, uno cero ocho cero sale hoy; los lotes mil ochenta-mil uno salen hoy",
                read("es-ES", "el lote 1001-1080 sale hoy; los lotes 1080-1001 salen hoy"));
    }

    @Test
    void roundSeventyAOneAfterASingularNumberedPlaceIsItsLabel() {
        // Round seventy A: after a numbered place or item in the singular the number is its label, said whole, whatever word
        // follows it ("la taquilla 1 abre", "el andén 1 cierra", "la habitación 1 incluye").
        assertEquals("la taquilla uno abre; el andén uno cierra; la habitación uno incluye desayuno",
                read("es-ES", "la taquilla 1 abre; el andén 1 cierra; la habitación 1 incluye desayuno"));
        // Must not fire: a time or a rate after the number, "vez", a count before its noun.
        assertEquals("reserve la mesa una hora antes; la sala una vez al mes; la cabina un año; tiene una mesa libre",
                read("es-ES", "reserve la mesa 1 hora antes; la sala 1 vez al mes; la cabina 1 año; tiene 1 mesa libre"));
    }

    @Test
    void roundSixtyEightBAHyphenBetweenTwoDecimalsIsARange() {
        assertEquals("el rango normal es (de tres coma cinco a cinco coma uno).", read("es-ES", "el rango normal es (3,5-5,1)."));
        assertEquals("desde seis coma cinco a siete coma dos, entre uno coma cinco y dos coma cinco.",
                read("es-ES", "desde 6,5-7,2, entre 1,5-2,5."));
        assertEquals("a pH of four point five to five point five.", read("en-US", "a pH of 4.5-5.5."));
        // must not fire: a decreasing pair, a code's parts, a score, a range before its unit, dotted clock times
        assertEquals("el siete coma cuatro-seis coma ocho, ref doce coma cinco-tres coma cinco-ocho, ganaron tres-uno, uno coma cinco a dos kilogramos",
                read("es-ES", "el 7,4-6,8, ref 12,5-3,5-8, ganaron 3-1, 1,5-2 kg"));
        assertEquals("from ten fifteen to eleven forty five", read("en-GB", "from 10.15-11.45"));
    }

    @Test
    void roundSeventyTwoFEnglishDigitGroupsApartWithSpacesAreACode() {
        // Round seventy-two F: English prints no thousands with a space, so groups of three so printed are dictated.
        assertEquals("type the code we emailed, two nine four, six one seven, to continue",
                read("en-US", "type the code we emailed, 294 617, to continue"));
        assertEquals("Enter three zero eight, one five two now.", read("en-GB", "Enter 308 152 now."));
        // Must not fire: a round figure, a count after the groups, an approximator, Spanish's thousands.
        assertEquals("We have one hundred and fifty thousand users.", read("en-GB", "We have 150 000 users."));
        assertEquals("over one hundred twenty thousand four hundred and fifty customers", read("en-US", "over 120 450 customers"));
        assertEquals("about one hundred and twenty five thousand two hundred and fifty.", read("en-GB", "about 125 250."));
        assertEquals("son ciento veinticinco mil doscientos cincuenta", read("es-ES", "son 125 250"));
    }
}
