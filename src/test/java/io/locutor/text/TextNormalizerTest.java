package io.locutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Readings area by area, default configuration unless a test says otherwise. Expected strings are exact. */
class TextNormalizerTest {
    private static final TextNormalizer N = new TextNormalizer(NormalizerConfig.defaults());

    private static String es(String text) {
        return N.normalize(text, "es", null);
    }

    private static String en(String text) {
        return N.normalize(text, "en", null);
    }

    @Test
    void seedExampleHoldsWordForWord() {
        String out = es("Hola Sr. Pérez, le llamamos de ABC Corp. para informarle que su pedido #12345 está listo para entrega el 15/07.");
        String expected = "Hola, Señor Pérez. Le llamamos de ABC Corp para informarle que su pedido número doce tres cuatro cinco "
                + "está listo para entrega el quince de julio.";
        assertEquals(NemoSuiteTest.comparable(expected), NemoSuiteTest.comparable(out));
        // "Corp." is not a full stop: no period may be left after it.
        assertEquals("Hola Señor Pérez, le llamamos de ABC Corp para informarle que su pedido número doce tres cuatro cinco "
                + "está listo para entrega el quince de julio.", out);
    }

    @Nested
    class Numbers {
        @Test
        void cardinalsAgreeWithTheNounAfterThem() {
            assertEquals("veintiún días y veintiuna horas", es("21 días y 21 horas"));
            assertEquals("mil quinientas personas", es("1.500 personas"));
            assertEquals("tengo uno", es("tengo 1"));
            assertEquals("un millón treinta y cuatro mil sesenta y ocho", es("1 034 068"));
        }

        @Test
        void decimalsFollowTheRegionSeparators() {
            assertEquals("mil quinientos coma cincuenta", es("1.500,50"));
            assertEquals("mil quinientos punto cincuenta", N.normalize("1,500.50", "es-MX", null));
            assertEquals("one thousand five hundred point five zero", en("1,500.50"));
            assertEquals("tres coma uno cuatro uno cinco", es("3,1415"));
            assertEquals("cero coma cero cinco", es("0,05"));
        }

        @Test
        void aDecimalWithoutItsZeroOrGluedToANameSaysItsPoint() {
            assertEquals("del punto trece al punto veinticinco", es("del .13 al .25"));
            assertEquals("diez-punto trece", es("10-.13"));
            assertEquals("ANSI X tres punto cuatro", es("ANSI X3.4"));
        }

        @Test
        void aLowerCaseBIsTheBitAndACapitalBTheByte() {
            assertEquals("trescientos megabits y cinco megabytes", es("300 Mb y 5 MB"));
            assertEquals("un gigabit y sesenta y cuatro kilobits", es("1 Gb y 64 kb"));
        }

        @Test
        void theYearOfAMonthAgreesWithNoNounAfterIt() {
            assertEquals("desde marzo de dos mil uno ISO publica", es("desde marzo de 2001 ISO publica"));
            assertEquals("hay dos mil veintiuna personas", es("hay 2021 personas"));
        }

        @Test
        void negativesAndPercentages() {
            assertEquals("menos cinco y menos tres coma setenta y cinco", es("-5 y -3,75"));
            assertEquals("quince por ciento y quince por ciento", es("15 % y 15%"));
            assertEquals("minus five and fifteen percent", en("-5 and 15%"));
        }

        @Test
        void hugeNumbersAreReadDigitByDigitAndCodesToo() {
            assertEquals("uno " + "cero ".repeat(18).trim(), es("1000000000000000000"));
            assertEquals("novecientos noventa y nueve mil novecientos noventa y nueve billones novecientos noventa y nueve mil "
                    + "novecientos noventa y nueve millones novecientos noventa y nueve mil novecientos noventa y nueve",
                    es("999.999.999.999.999.999"));
            assertEquals("cero cero cuatro", es("004"));
        }

        @Test
        void icuSoftHyphensNeverReachTheOutput() {
            String out = es("600.000 euros y 1.900.000 personas");
            assertEquals(-1, out.indexOf('\u00AD'), out);
            assertEquals("seiscientos mil euros y un millón novecientas mil personas", out);
        }

        @Test
        void englishCardinalsAndYears() {
            assertEquals("one hundred and twenty three", en("123"));
            assertEquals("nineteen ninety four", en("1994"));
            assertEquals("nineteen eighties", en("1980s"));
        }
    }

    @Nested
    class Ordinals {
        @Test
        void spanishMarkersGiveGenderAndApocope() {
            assertEquals("primero, primera, primer, primero, segunda, tercer, vigesimoprimera", es("1.º, 1.ª, 1.er, 1º, 2ª, 3er, 21.ª"));
            assertEquals("octingentésimo", es("800.º"));
            assertEquals("undécimo y decimoprimer", es("11.º y 11.ᵉʳ"));
            assertEquals("milésimo ducentésimo cuadragésimo octavo", es("1248.º"));
        }

        @Test
        void englishSuffixes() {
            assertEquals("third floor, twenty first, one hundred twenty first", en("3rd floor, 21st, 121st"));
            assertEquals("four rd", en("4rd"));
        }
    }

    @Nested
    class Dates {
        @Test
        void everySpanishForm() {
            assertEquals("el quince de julio", es("el 15/07"));
            assertEquals("quince de julio de dos mil veinticinco", es("15/07/2025"));
            assertEquals("quince de julio de dos mil veinticinco", es("15-07-2025"));
            assertEquals("quince de julio de dos mil veinticinco", es("2025-07-15"));
            assertEquals("primero de enero", es("1 de enero"));
            assertEquals("quince de julio de dos mil veinticinco", es("15 jul 2025"));
            assertEquals("veintidós de abril", es("abr. 22"));
            assertEquals("el primero de abril", es("el 1/4"));
            assertEquals("siglo diecinueve", es("siglo xix"));
            assertEquals("hasta el primero de agosto. Gracias.", es("hasta el 1 de agosto. Gracias."));
        }

        @Test
        void englishForms() {
            assertEquals("July fifteenth twenty twenty five", en("07/15/2025"));
            assertEquals("the twenty fifth of July twenty twelve", en("25 jul 2012"));
            assertEquals("July twenty fifth twenty twelve", en("july 25 2012"));
            assertEquals("the fifteenth of July twenty twenty five", N.normalize("15/07/2025", "en-GB", null));
        }

        @Test
        void aBareSmallPairIsAFraction() {
            assertEquals("un cuarto", es("1/4"));
            assertEquals("dos décimos", es("2/10"));
            assertEquals("one third", en("1/3"));
        }
    }

    @Nested
    class Times {
        @Test
        void aLaterChapterInAVerseListIsNoClockButAListOfTimesIs() {
            assertEquals("lea Mateo cinco, doce, diez, veintiocho y más", es("lea Mateo 5:12, 10:28 y más"));
            assertEquals("salidas a las nueve, las diez y media y las doce", es("salidas a las 9:00, 10:30 y 12:00"));
        }

        @Test
        void spanishClockTimesGetTheirArticleOnce() {
            assertEquals("a las catorce treinta", es("a las 14:30"));
            assertEquals("Llegamos las nueve y cinco", es("Llegamos 9:05"));
            assertEquals("las dos y media de la tarde, gracias", es("2:30 p. m., gracias"));
            assertEquals("las dos y media de la tarde.", es("2:30 p. m."));
            assertEquals("a la una y cuarto", es("a la 1:15"));
            assertEquals("catorce horas", es("14 h"));
            assertEquals("las trece treinta", es("13.30"));
        }

        @Test
        void dotIsTheDecimalMarkWhereTheRegionSaysSo() {
            assertEquals("trece punto treinta", N.normalize("13.30", "es-MX", null));
        }

        @Test
        void englishTimes() {
            assertEquals("two thirty PM", en("2:30 pm"));
            assertEquals("nine oh five", en("9:05"));
            assertEquals("two PM to five PM", en("2pm-5pm"));
        }
    }

    @Nested
    class Money {
        @Test
        void centsAndGenderAgreement() {
            assertEquals("veinticinco euros con cincuenta céntimos", es("25,50 €"));
            assertEquals("veintiún euros", es("21 €"));
            assertEquals("una libra", es("£1"));
            assertEquals("un dólar", es("$1"));
            assertEquals("veintiuna libras con dos peniques", es("21,02 £"));
            assertEquals("cincuenta y cinco centavos", es("0,55 $"));
            assertEquals("un millón de euros", es("1.000.000 €"));
        }

        @Test
        void isoCodesBeforeOrAfter() {
            assertEquals("cien dólares estadounidenses", es("USD 100"));
            assertEquals("cien euros", es("100 EUR"));
            assertEquals("doscientos cincuenta pesos mexicanos", es("MXN 250"));
            assertEquals("veinte pesos colombianos", es("20 COP"));
            assertEquals("un peso argentino", es("ARS 1"));
            assertEquals("cinco mil pesos chilenos", es("CLP 5000"));
            assertEquals("tres soles con veinte céntimos", es("PEN 3,20"));
            assertEquals("cinco dólares estadounidenses", es("US$ 5"));
        }

        @Test
        void dollarSignMeansPesosInPesoRegions() {
            assertEquals("mil quinientos pesos con cincuenta centavos", N.normalize("$1,500.50", "es-MX", null));
        }

        @Test
        void englishMoneyAndScales() {
            assertEquals("twenty dollars and fifty cents", en("$20.50"));
            assertEquals("one pound and twenty pence", en("£1.20"));
            assertEquals("two point five million dollars", en("$2.5 million"));
            assertEquals("dos coma tres billones de euros", es("€ 2,3 billones"));
        }
    }

    @Nested
    class PhonesAndReferences {
        @Test
        void phonesAreReadInTheirGroups() {
            assertEquals("más treinta y cuatro, seis cero cero, uno dos tres, cuatro cinco seis", es("+34 600 123 456"));
            assertEquals("seis cero cero, uno dos tres, cuatro cinco seis", es("600123456"));
            assertEquals("plus one, eight zero zero, five five five, zero one nine nine", en("+1 800-555-0199"));
            assertEquals("uno dos tres punto uno dos tres punto cero punto cuatro cero", es("123.123.0.40"));
        }

        @Test
        void referencesInEachReading() {
            String input = "#12345, pedido 12345, nº 12345, n.º 1205";
            assertEquals("número doce tres cuatro cinco, pedido doce tres cuatro cinco, número doce tres cuatro cinco, número uno dos cero cinco",
                    es(input));
            TextNormalizer digits = new TextNormalizer(NormalizerConfig.parse("es", "digits", null, null, null));
            assertEquals("número uno dos tres cuatro cinco, pedido uno dos tres cuatro cinco, número uno dos tres cuatro cinco, "
                    + "número uno dos cero cinco", digits.normalize(input, "es", null));
            TextNormalizer pairs = new TextNormalizer(NormalizerConfig.parse("es", "pairs", null, null, null));
            assertEquals("número doce treinta y cuatro cinco, pedido doce treinta y cuatro cinco, número doce treinta y cuatro cinco, "
                    + "número doce cero cinco", pairs.normalize(input, "es", null));
            assertEquals("your order number twelve three four five", en("your order #12345"));
        }

        @Test
        void leadingZerosSurviveInCodes() {
            assertEquals("pedido cero cero uno dos tres", es("pedido 00123"));
        }

        @Test
        void aCodeStartingWithARoundTenIsReadDigitByDigit() {
            // "veinte nueve tres uno" would be heard as 29-3-1.
            assertEquals("expediente dos cero nueve tres uno", es("expediente 20931"));
            assertEquals("pedido veintiuno nueve tres uno", es("pedido 21931"));
        }
    }

    @Nested
    class AbbreviationsAndUnits {
        @Test
        void spanishTitlesAndAbbreviations() {
            assertEquals("Doña Ana, usted y ustedes, Don Juan, el doctor, Doctora López, Señorita Gómez",
                    es("Dña. Ana, Ud. y Uds., D. Juan, el dr., Dra. López, Srta. Gómez"));
            assertEquals("Compre pan, leche, etcétera. Aproximadamente cinco minutos", es("Compre pan, leche, etc. Aprox. 5 min"));
            assertEquals("ABC SA y XYZ SL.", es("ABC S.A. y XYZ S.L."));
            assertEquals("Usted puede, y usted también", es("Ud. puede, y Ud. también"));
        }

        @Test
        void streetWordsOfMexicanAndSpanishAddresses() {
            assertEquals("en calzada de Tlalpan mil quinientos, colonia Portales", N.normalize("en Calz. de Tlalpan 1500, Col. Portales", "es-MX", null));
            assertEquals("en prolongación Hidalgo veinte, fraccionamiento Las Flores, manzana cuatro",
                    N.normalize("en Prol. Hidalgo 20, Fracc. Las Flores, Mz. 4", "es-MX", null));
        }

        @Test
        void kilometrePointsAgreeWithTheirArticle() {
            assertEquals("en el kilómetro cuarenta y dos", es("en el km 42"));
            assertEquals("entre los kilómetros cuarenta y dos y cuarenta y ocho", es("entre los km 42 y 48"));
        }

        @Test
        void englishTitles() {
            assertEquals("Mister Smith and Missus Smith met Doctor Evil on Elm Street. number five", en("Mr. Smith and Mrs. Smith met Dr. Evil on Elm St. No. 5"));
            assertEquals("Saint Louis", en("St. Louis"));
        }

        @Test
        void units() {
            assertEquals("cinco kilómetros, un kilogramo, cincuenta metros cuadrados y veinticinco grados centígrados",
                    es("5 km, 1 kg, 50 m² y 25 °C"));
            assertEquals("doscientas cuarenta y cinco millas por hora", es("245 mph"));
            assertEquals("twelve kilograms", en("12kg"));
        }
    }

    @Nested
    class Electronic {
        @Test
        void emailsAndUrlsAreDictated() {
            // Spanish: a part Spanish can pronounce is said as a word; the rest, and two-letter country codes, are spelt.
            assertEquals("ana punto perez arroba gmail punto com", es("ana.perez@gmail.com"));
            assertEquals("w w w punto empresa punto es.", es("www.empresa.es."));
            assertEquals("ayuda arroba banco punto m x", es("ayuda@banco.mx"));
            assertEquals("j r t z punto b c n arroba x y punto com", es("jrtz.bcn@xy.com"));
            assertEquals("ABC at gmail dot com", en("abc@gmail.com")); // short parts spelled (upper case)
            assertEquals("support at example dot com", en("support@example.com"));
        }

        @Test
        void wordsAreLeftAlone() {
            String text = "Buenos días, ¿en qué puedo ayudarle? Gracias por su paciencia.";
            assertEquals(text, es(text));
        }
    }

    @Nested
    class Ssml {
        @Test
        void acceptedTagsPassThroughUntouched() {
            String text = "Espere <break time=\"1.5s\"/> y diga <phoneme alphabet=\"ipa\" ph=\"ˈxo.se 12\">José 12</phoneme> por favor";
            assertEquals(text, es(text));
            assertEquals("<speak>las dos y media</speak>", es("<speak>2:30</speak>"));
        }

        @Test
        void strayMarkupCharactersAreSpoken() {
            assertEquals("tres menor que cinco y siete mayor que dos", es("3 < 5 & 7 > 2"));
            assertEquals("Smith and Sons", en("Smith & Sons"));
            assertEquals("menor que script mayor que hola", es("<script>hola"));
        }
    }

    @Nested
    class Languages {
        @Test
        void unknownLanguageFallsBackToTheDefault() {
            assertEquals("veintiún euros", N.normalize("21 €", "fr-FR", null));
            assertEquals("veintiún euros", N.normalize("21 €", null, null));
            TextNormalizer english = new TextNormalizer(new NormalizerConfig("en", null, Map.of(), Map.of(), Map.of()));
            assertEquals("twenty one euros", english.normalize("21 €", "xx", null));
        }
    }
}
