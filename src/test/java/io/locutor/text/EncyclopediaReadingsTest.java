package io.locutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Round six (issue 13): kinds of token that encyclopaedia sentences like Proteno's use and that the tuning half shows
 * rarely or not at all (altitudes, densities, hectares, coordinates, powers, queens' numbers), each checked on sentences
 * of our own with the reading a listener should hear, and where the rule must not fire. Expected strings are exact.
 */
class EncyclopediaReadingsTest {

    private static String es(String text) {
        return Readings.read("es-ES", text);
    }

    private static String en(String text) {
        return Readings.read("en-US", text);
    }

    @Test
    void anAltitudeAboveSeaLevelIsSaidInFull() {
        assertEquals("La ciudad está a dos mil doscientos cuarenta metros sobre el nivel del mar y tiene un clima templado.",
                es("La ciudad está a 2.240 m s. n. m. y tiene un clima templado."));
        assertEquals("Se sitúa a seiscientos cincuenta metros sobre el nivel del mar.", es("Se sitúa a 650 msnm."));
        // The symbol's last dot also closes the sentence: it is kept.
        assertEquals("La cima está a cuatro mil ochocientos diez metros sobre el nivel del mar. Es la más alta.",
                es("La cima está a 4.810 m s.n.m. Es la más alta."));
    }

    @Test
    void aPopulationDensityIsInhabitantsPerSquareKilometre() {
        assertEquals("Tiene una densidad de treinta y cinco habitantes por kilómetro cuadrado.", es("Tiene una densidad de 35 hab./km²."));
        assertEquals("La densidad es de ciento veinte habitantes por kilómetro cuadrado.", es("La densidad es de 120 hab/km2."));
        // "hab." after a small count in an advert is the rooms (round nine B), after a town's size its inhabitants.
        assertEquals("El piso tiene noventa metros cuadrados y tres habitaciones.", es("El piso tiene 90 m² y 3 hab."));
    }

    @Test
    void haAfterAnAmountIsHectaresButStaysTheVerbBeforeAParticipleOrAfterAYear() {
        assertEquals("La isla tiene una superficie de mil quinientas hectáreas.", es("La isla tiene una superficie de 1.500 ha."));
        assertEquals("Se cultivan doce hectáreas de viñedo y trescientas hectáreas de olivar.", es("Se cultivan 12 ha de viñedo y 300 ha de olivar."));
        assertEquals("Rinde tres mil kilogramos por hectárea.", es("Rinde 3.000 kg/ha."));
        assertEquals("Desde dos mil diez ha crecido un veinte por ciento.", es("Desde 2010 ha crecido un 20 %."));
        assertEquals("El grupo de cinco ha sido premiado.", es("El grupo de 5 ha sido premiado."));
    }

    @Test
    void aLatitudeOrLongitudeInDegreesAndMinutesIsSaidUnitByUnit() {
        assertEquals("Está en cuarenta y un grados veintitrés minutos norte y dos grados diez minutos este.", es("Está en 41° 23' N y 2° 10' E."));
        assertEquals("Coordenadas: diecinueve grados veinticinco minutos cuarenta y dos segundos norte.", es("Coordenadas: 19°25′42″N."));
        assertEquals("Está a un grado treinta minutos de latitud.", es("Está a 1º 30' de latitud."));
        assertEquals("at forty five degrees fifty minutes north", en("at 45°50′N"));
        // A degree alone stays a unit.
        assertEquals("a treinta y cinco grados norte", es("a 35°N"));
    }

    @Test
    void aPowerWrittenInSuperscriptIsSaid() {
        assertEquals("El área es pi r cuadrado y el volumen cuatro tercios pi r cubo.", es("El área es π r² y el volumen 4/3 π r³."));
        assertEquals("a cuadrado más b cuadrado igual a c cuadrado", es("a² + b² = c²"));
        assertEquals("Hay dos elevado a diez combinaciones.", es("Hay 2¹⁰ combinaciones."));
        assertEquals("diez al cuadrado", es("10²"));
        assertEquals("E equals mc squared and ten to the power of six.", en("E = mc² and 10⁶."));
        // A unit's square is still the unit's.
        assertEquals("Tiene seiscientos metros cuadrados.", es("Tiene 600 m²."));
    }

    @Test
    void aQueensRegnalNumberIsFeminine() {
        assertEquals("Isabel segunda reinó desde mil novecientos cincuenta y dos.", es("Isabel II reinó desde 1952."));
        assertEquals("Cleopatra séptima fue la última reina de Egipto.", es("Cleopatra VII fue la última reina de Egipto."));
        assertEquals("Catalina segunda de Rusia y Carlos tercero.", es("Catalina II de Rusia y Carlos III."));
        assertEquals("Juan Pablo segundo visitó México.", es("Juan Pablo II visitó México."));
        assertEquals("Elizabeth the second was crowned.", en("Elizabeth II was crowned."));
    }

    @Test
    void ranksAndTitlesBeforeANameAndFiguresAreSaidInFull() {
        assertEquals("El General San Martín cruzó los Andes.", es("El Gral. San Martín cruzó los Andes."));
        assertEquals("El Teniente Coronel Pérez llegó.", es("El Tte. Cnel. Pérez llegó."));
        assertEquals("El Profesor García y la Profesora Ruiz.", es("El Prof. García y la Profa. Ruiz."));
        assertEquals("Véase la figura tres.", es("Véase la fig. 3."));
    }

    @Test
    void aNumberBeforeAPluralVerbInAnKeepsItsBareForm() {
        assertEquals("Los coches de Fórmula uno alcanzan trescientos cincuenta kilómetros por hora.",
                es("Los coches de Fórmula 1 alcanzan 350 km/h."));
        assertEquals("Los equipos del grupo veintiuno juegan hoy.", es("Los equipos del grupo 21 juegan hoy."));
        // A noun still agrees: "plan" is too short to be a verb, "caimanes" ends otherwise.
        assertEquals("Hay un plan y treinta y un caimanes.", es("Hay 1 plan y 31 caimanes."));
    }

    @Test
    void aRatioAfterAWordThatAnnouncesOneIsNoClock() {
        // Spanish keeps the colon, a pause, as the real sentences read a scale; English says "to".
        assertEquals("Hay una relación quince:catorce entre largo y ancho.", es("Hay una relación 15:14 entre largo y ancho."));
        assertEquals("La escala del mapa es uno:cincuenta mil.", es("La escala del mapa es 1:50.000."));
        assertEquals("Mix at a ratio of three to one.", en("Mix at a ratio of 3:1."));
        // A time keeps its reading, even after such a word when its article comes first.
        assertEquals("La relación de las quince treinta fue tensa.", es("La relación de las 15:30 fue tensa."));
        assertEquals("A las quince catorce llegó.", es("A las 15:14 llegó."));
    }

    @Test
    void aSpacedHyphenAfterACitedPageJoinsPagesButStaysAMinusInASum() {
        assertEquals("(Arnold mil novecientos noventa y nueve:ciento ochenta y uno - ciento ochenta y tres)", es("(Arnold 1999:181 - 183)"));
        assertEquals("Calcule diez menos tres igual a siete.", es("Calcule 10 - 3 = 7."));
    }

    @Test
    void aLetterGluedToANumberBeforeAnOperatorIsAlgebraNotAUnit() {
        assertEquals("Son matrices cuadradas de dos s más uno por dos s más uno.", es("Son matrices cuadradas de 2s+1 x 2s+1."));
        assertEquals("Tardó dos segundos en responder.", es("Tardó 2s en responder."));
    }

    @Test
    void pagesGoOnAfterACitedRange() {
        assertEquals("Hoppál dos mil cinco:veinticinco a veintiséis, cuarenta y tres y actúa.", es("Hoppál 2005:25–26,43 y actúa."));
        // Without the citation's colon a decimal is a decimal.
        assertEquals("Subió del veinticinco a veintiséis coma cinco por ciento.", es("Subió del 25–26,5 %."));
    }

    @Test
    void aNumberAgreesWithFeminineNounsNoEndingRuleCaught() {
        assertEquals("Había veintiuna mujeres y cuarenta y una aves.", es("Había 21 mujeres y 41 aves."));
        assertEquals("Se registraron doscientas aves y trescientas mujeres.", es("Se registraron 200 aves y 300 mujeres."));
        assertEquals("Tiene treinta y una regiones y doscientas una religiones.", es("Tiene 31 regiones y 201 religiones."));
        assertEquals("Hay veintiuna madres y treinta y una costumbres.", es("Hay 21 madres y 31 costumbres."));
        assertEquals("Vivió doscientas crisis.", es("Vivió 200 crisis."));
        // Masculine nouns in "-ión" and "-sis" stay masculine.
        assertEquals("Había veintiún aviones y doscientos análisis.", es("Había 21 aviones y 200 análisis."));
        assertEquals("Tiene veintiún iones.", es("Tiene 21 iones."));
        // Greek "-ma" nouns are masculine.
        assertEquals("Tiene veintiún cromosomas y treinta y un síntomas.", es("Tiene 21 cromosomas y 31 síntomas."));
        assertEquals("Hay veintiún planetas y cuarenta y un ecosistemas.", es("Hay 21 planetas y 41 ecosistemas."));
    }
}
