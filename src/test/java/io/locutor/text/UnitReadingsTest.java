package io.locutor.text;

import static io.locutor.text.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Units after a number: the inch mark, electrical units, hectares, a resolution ("4K"), a range before a unit.
 * Each rule is also checked where it must not fire. Expected strings are exact.
 */
class UnitReadingsTest {
    @Test
    void aResolutionIsSaidByItsLetter() {
        assertEquals("a four K T V, filmed in four K, a four thousand dollars bonus, four thousand views",
                read("en-US", "a 4K TV, filmed in 4K, a $4K bonus, 4K views"));
    }

    @Test
    void aResolutionAfterADeviceOrAProductNamedByItsDevice() {
        // Round twenty-three: a device noun before "4K", or a product whose name ends in one ("StreamBox", "ClearCam").
        assertEquals("Tu decodificador cuatro K sale hoy y el deco ocho K también", read("es-AR", "Tu decodificador 4K sale hoy y el deco 8K también"));
        assertEquals("Your StreamBox four K and the player four K", read("en-GB", "Your StreamBox 4K and the player 4K"));
        // Must not fire: a currency before or after, no device, two digits, a capitalised word not ending in a device.
        assertEquals("la consola cuatro mil euros de descuento, un bono de cuatro mil, un sueldo de cuarenta mil",
                read("es-ES", "la consola 4K € de descuento, un bono de 4K, un sueldo de 40K"));
        assertEquals("the box four thousand pounds, the player four thousand dollars, BoxOffice four thousand seats",
                read("en-GB", "the box £4K, the player 4K dollars, BoxOffice 4K seats"));
    }

    @Test
    void haAfterANumberIsHectaresUnlessAVerbFollows() {
        assertEquals("veinticinco hectáreas de cultivo, una hectárea, en dos mil veinticuatro ha crecido, el equipo tres ha sido",
                read("es-ES", "25 ha de cultivo, 1 ha, en 2024 ha crecido, el equipo 3 ha sido"));
        assertEquals("twenty five hectares of land", read("en-GB", "25 ha of land"));
    }

    @Test
    void theInchMarkIsSaidEveryTime() {
        assertEquals("a forty two inch screen, thirty inches wide and twenty inches tall", read("en-US", "a 42\" screen, 30\" wide and 20\" tall"));
        assertEquals("mide cuarenta pulgadas y cabe en un hueco de cuarenta y dos pulgadas.", read("es-MX", "mide 40\" y cabe en un hueco de 42\"."));
        // A quotation that ends after a number keeps its quote marks.
        assertEquals("el lema \"Hecho en dos mil veinte\" y nada más", read("es-ES", "el lema \"Hecho en 2020\" y nada más"));
    }

    @Test
    void aDecimalSizeInInchesAndAResolutionAfterIt() {
        // Round eight D: a Spanish decimal before the mark is inches too; a quotation ending in a decimal keeps its marks.
        assertEquals("tableta de diez coma nueve pulgadas y el lema \"cuesta dos coma cinco\" y nada más",
                read("es-ES", "tableta de 10,9\" y el lema \"cuesta 2,5\" y nada más"));
        // A size before a resolution or a screen's initials describes the screen, in the singular; "4K" after the size or
        // before a screen's technology is its resolution. Not a size word in capitals, nor "4K" with no screen near.
        assertEquals("the forty three inch eight K T V, a thirty two inch four K O L E D display", read("en-US", "the 43\" 8K TV, a 32\" 4K OLED display"));
        assertEquals("it is thirty inches T A L L, it has four thousand views", read("en-US", "it is 30\" TALL, it has 4K views"));
    }

    @Test
    void roundTwentyASymbolWithNoNumberIsANounOfTheSentence() {
        assertEquals("kilómetros ilimitados, los kilovatios hora consumidos, cada kilogramo, el centímetro de más",
                read("es-ES", "km ilimitados, los kWh consumidos, cada kg, el cm de más"));
        // Must not fire: before a number (the road's kilometre point), capitalised, inside a code, with nothing that
        // settles its number, or after a number (already a quantity).
        assertEquals("el kilómetro veintitrés; Km ilimitados; código AB-km; tiene km y kg; cinco kilómetros más",
                read("es-ES", "el km 23; Km ilimitados; código AB-km; tiene km y kg; 5 km más"));
        // Round twenty-three: after "de" or "en" with no determiner a bare symbol is the measure in general, plural; "por"
        // keeps a rate's singular; a number after it, a web label or a code keep their readings.
        assertEquals("sin límite de kilómetros, medido en centímetros, por kilómetro recorrido",
                read("es-AR", "sin límite de km, medido en cm, por km recorrido"));
        assertEquals("el precio de kg tres, vea w w w punto k m punto es, el código de-km",
                read("es-ES", "el precio de kg 3, vea www.km.es, el código de-km"));
    }

    @Test
    void electricalUnitsAfterANumber() {
        assertEquals("twelve volts and seven amp hours, a five thousand milliamp hour pack", read("en-US", "12 V and 7 Ah, a 5000 mAh pack"));
        assertEquals("a two hundred and forty volt outlet", read("en-US", "a 240V outlet"));
        assertEquals("una pila de doce voltios y siete amperios hora", read("es-MX", "una pila de 12 V y 7 Ah"));
        // Round twenty-seven: a grid's kilovolts, a plant's megawatts and megawatt hours.
        assertEquals("la red de trece coma dos kilovoltios, cuatro coma cinco megavatios y doce mil megavatios hora al año",
                read("es-AR", "la red de 13,2 kV, 4,5 MW y 12.000 MWh al año"));
        assertEquals("a thirty three kilovolt line and a five megawatt farm", read("en-US", "a 33 kV line and a 5 MW farm"));
        // Round thirty-eight: a solar array's peak power, "kilovatios pico", "kilowatts peak", singular and plural as "kW".
        assertEquals("una instalación de cinco coma cuatro kilovatios pico, de un kilovatio pico, paneles de cuatrocientos cincuenta vatios pico"
                + " y un parque de dos megavatios pico", read("es-ES", "una instalación de 5,4 kWp, de 1 kWp, paneles de 450 Wp y un parque de 2 MWp"));
        // Round forty-eight: a battery's watt hours, as "kWh" is said; a bare "W" stays the watt.
        assertEquals("a four hundred watt hour battery, seven hundred and fifty watt hours", read("en-GB", "a 400 Wh battery, 750 Wh"));
        assertEquals("baterías de cuatrocientos vatios hora", read("es-ES", "baterías de 400 Wh"));
        assertEquals("a two hundred and fifty watt motor", read("en-GB", "a 250 W motor"));
        assertEquals("your panels total six point five kilowatts peak; the four kilowatt peak system", read("en-GB", "your panels total 6.5 kWp; the 4 kWp system"));
        // Must not fire: the kilowatt and the watt without the peak's "p", a "p" that starts a word.
        assertEquals("cinco kilovatios, seis vatios por hora", read("es-ES", "5 kW, 6 W por hora"));
        // Before "of" the plural stays; before a noun after "the" the unit describes it (round eight D); a percentage keeps
        // its reading.
        assertEquals("the twenty kilogram bag, a five kilograms of flour, a ten percent discount", read("en-US", "the 20 kg bag, a 5 kg of flour, a 10% discount"));
    }

    @Test
    void aRangeBeforeAUnitIsNoCode() {
        assertEquals("your order is eight to twelve minutes away, your case is three to five days from closing",
                read("en-US", "your order is 8-12 min away, your case is 3-5 days from closing"));
        // A code after "order" keeps its digits.
        assertEquals("Your order is four four one eight, two two.", read("en-US", "Your order is 4418-22."));
    }

    @Test
    void decimalRangesAndDimensionsInFeetAndInches() {
        assertEquals("Keep the tyre pressure at two to two point five bar and the tank at zero point five to one point five litres.",
                read("en-GB", "Keep the tyre pressure at 2-2.5 bar and the tank at 0.5-1.5 litres."));
        // Before its noun after "a" a dimension describes it, in the singular; standing alone, in the plural.
        assertEquals("Lay a ten foot by twelve foot tarp; the shed is eight feet by six feet; a thirty inch by sixty inch desk.",
                read("en-US", "Lay a 10' x 12' tarp; the shed is 8' x 6'; a 30\" x 60\" desk."));
        // A height keeps its feet and inches.
        assertEquals("five feet eleven inches tall", read("en-US", "5'11\" tall"));
    }

    @Test
    void aBareABesideAnElectricalQuantityOrBeforeACircuitIsAnAmp() {
        assertEquals("a thirty two amp supply and a thirteen amp fuse", read("en-GB", "a 32A supply and a 13A fuse"));
        assertEquals("it draws sixteen amps at two hundred and thirty volts", read("en-GB", "it draws 16A at 230V"));
        // A flat, a seat: the bare "A" stays.
        assertEquals("Apartment four A; row twelve A", read("en-US", "Apt 4 A; row 12 A"));
    }

    @Test
    void roundEightyFourBAmpsBeforeAHyphenatedAdjectiveOrAKindOfBoard() {
        assertEquals("a forty amp single-phase supply; the new one hundred amp consumer unit; a twenty five amp distribution board",
                read("en-GB", "a 40A single-phase supply; the new 100A consumer unit; a 25A distribution board"));
        // Must not fire: a letter after a number naming a place or a grade, whatever noun follows.
        assertEquals("Grade five A piano; Flat thirty two A two-bedroom layout; room twelve A board meeting; gate sixty three A boarding; Unit four A",
                read("en-GB", "Grade 5A piano; Flat 32A two-bedroom layout; room 12A board meeting; gate 63A boarding; Unit 4A"));
    }

    @Test
    void roundFiftyThreeAmpsNearAWordThatTakesThemAndMilliamps() {
        // Round fifty-three: a word that takes amps nearby in the sentence, a preposition, an article or a possessive
        // leading the number; or capitalised names and numbers of the thing between the amps and its noun.
        assertEquals("el magnetotérmico de veinticinco amperios que protege el horno", read("es-ES", "el magnetotérmico de 25 A que protege el horno"));
        assertEquals("cambie su tablero a ciento veinticinco amperios por poco", read("es-US", "cambie su tablero a 125 A por poco"));
        assertEquals("the fifty amp N E M A outlet, the thirty two amp Type two cable",
                read("en-US", "the 50A NEMA outlet, the 32A Type 2 cable"));
        assertEquals("un detector de fugas de diez miliamperios", read("es-MX", "un detector de fugas de 10 mA"));
        assertEquals("the sensor draws twenty five milliamps", read("en-US", "the sensor draws 25 mA"));
        // Must not fire: a label's number follows its noun, a word that takes amps nearby or not (a seat, a gate, a flat, a
        // form, a class, a door); no such word at all; the capital letter of a vitamin or a plan; a seat after "es el".
        assertEquals("Su asiento es el nueve A y su cargador USB está junto a la ventana.",
                read("es-US", "Su asiento es el 9 A y su cargador USB está junto a la ventana."));
        assertEquals("la puerta cinco A junto al cuadro de fusibles; la clase tres A tiene un panel solar",
                read("es-ES", "la puerta 5 A junto al cuadro de fusibles; la clase 3 A tiene un panel solar"));
        assertEquals("El grupo dos A visita la central; tome vitamina A y cargue el Plan A con el cargador.",
                read("es-MX", "El grupo 2 A visita la central; tome vitamina A y cargue el Plan A con el cargador."));
        assertEquals("Your seat is nine A, next to the charger outlet; Gate thirty one A has a phone charger.",
                read("en-US", "Your seat is 9A, next to the charger outlet; Gate 31A has a phone charger."));
        assertEquals("The breaker panel is in Unit seven A; the fuse box for flat twelve A is under the stairs.",
                read("en-GB", "The breaker panel is in Unit 7A; the fuse box for flat 12A is under the stairs."));
        assertEquals("the twelve A seat near the charger", read("en-US", "the 12A seat near the charger"));
        assertFalse(read("en-US", "Send Form 1040A with your fuse invoice.").contains("amp"));
    }

    @Test
    void roundFiftySixAmpsOfAnAdapterACordAndAPedestalAndSpanishRpm() {
        // Round fifty-six: what carries a site's supply takes amps, before or after the number.
        assertEquals("use el adaptador de diez amperios que trae la caja", read("es-MX", "use el adaptador de 10 A que trae la caja"));
        assertEquals("the twenty amp shore power cord and a forty amp adapter", read("en-US", "the 20A shore power cord and a 40A adapter"));
        assertEquals("conecte la clavija de dieciséis amperios al poste de sesenta amperios",
                read("es-ES", "conecte la clavija de 16 A al poste de 60 A"));
        // Must not fire: a seat, a flat, a class and a group keep their letters near the new nouns.
        assertEquals("Su asiento es el siete A, junto al adaptador; el piso dos A tiene el poste.",
                read("es-US", "Su asiento es el 7 A, junto al adaptador; el piso 2 A tiene el poste."));
        assertEquals("Seat eight A is near the adapter; flat six A has a power cord; class four A has an adapter",
                read("en-GB", "Seat 8A is near the adapter; flat 6A has a power cord; class 4A has an adapter"));
        // Spanish "rpm" is said, its number feminine; English keeps its letters.
        assertEquals("centrifuga a mil seiscientas revoluciones por minuto y a una revolución por minuto",
                read("es-ES", "centrifuga a 1.600 rpm y a 1 rpm"));
        assertEquals("the drum spins at one thousand two hundred rpm", read("en-US", "the drum spins at 1,200 rpm"));
    }

    @Test
    void particulateMatterIsSpeltWithItsSize() {
        assertEquals("P M two point five and P M ten levels", read("en-GB", "PM2.5 and PM10 levels"));
        // "PM" after a time is the afternoon.
        assertEquals("at four PM", read("en-GB", "at 4 PM"));
    }

    @Test
    void centilitresAndGallons() {
        // Round five J: "cl", "gal", "/gal" and "500-gal" before a noun.
        assertEquals("Compré dos litros de agua y treinta y tres centilitros de zumo.", read("es-ES", "Compré 2 l de agua y 33 cl de zumo."));
        assertEquals("Sunrise Dairy: whole milk is four dollars and twenty nine cents per gallon this week; order a five gallon jug for the office.",
                read("en-US", "Sunrise Dairy: whole milk is $4.29/gal this week; order a 5-gal jug for the office."));
        // Not after a number: the word stays.
        assertEquals("my gal Sal", read("en-US", "my gal Sal"));
    }

    @Test
    void roundTwentySevenBQuartsAfterANumber() {
        assertEquals("up to five quarts, one quart of oil, a five quart jug", read("en-US", "up to 5 qts., 1 qt of oil, a 5-qt jug"));
        assertEquals("(up to six quarts) today", read("en-US", "(up to 6 qts.) today"));
        // Must not fire: no number before it.
        assertEquals("the qt field is empty", read("en-US", "the qt field is empty"));
    }

    @Test
    void inAfterAnAmountInFeetIsInches() {
        assertEquals("the ramp is eleven feet four inches long", read("en-US", "the ramp is 11 ft 4 in long"));
        assertEquals("one foot one inch", read("en-US", "1 ft 1 in"));
        // Not fired: "in" before an article is the preposition.
        assertEquals("ten feet three in the hall", read("en-US", "10 ft 3 in the hall"));
    }

    @Test
    void cubicCentimetresAndPartsPerMillionAreSaid() {
        assertEquals("su moto de ciento veinticinco centímetros cúbicos", read("es-ES", "su moto de 125 cc"));
        assertEquals("C O levels of thirty five parts per million", read("en-US", "CO levels of 35 ppm"));
        // Not after a number, the letters stay.
        assertEquals("send it cc to the manager", read("en-US", "send it cc to the manager"));
    }

    @Test
    void centsAndPencePerUnitLeaveNoSlash() {
        assertEquals("lock in eleven point nine cents per kilowatt hour", read("en-US", "lock in 11.9¢/kWh"));
        assertEquals("at twenty four point five pence per kilowatt hour", read("en-GB", "at 24.5p/kWh"));
        // A price in pence without a unit after it stays as it was.
        assertEquals("at twenty four point five pence a litre", read("en-GB", "at 24.5p a litre"));
    }

    @Test
    void aDecimalBeforeInOfIsInches() {
        assertEquals("zero point five inches of ice expected", read("en-US", "0.5 in of ice expected"));
        // A whole number before "in of" keeps the preposition.
        assertEquals("two in of the cases", read("en-US", "2 in of the cases"));
    }

    @Test
    void roundSevenBUnitsAndMarks() {
        assertEquals("noventa y ocho miligramos por decilitro", read("es-ES", "98 mg/dL"));
        assertEquals("cinco decilitros de leche", read("es-ES", "5 dl de leche"));
        // a screen named a few words before its resolution
        assertEquals("televisor de sesenta y cinco pulgadas cuatro K", read("es-US", "televisor de 65\" 4K"));
        assertEquals("ganó cuatro mil euros", read("es-ES", "ganó 4K euros"));
        // the degree sign typed for the ordinal mark, before a noun counted in order only
        assertEquals("el segundo piso", read("es-AR", "el 2° piso"));
        assertEquals("tercer año", read("es-AR", "3° año"));
        assertEquals("hace treinta grados en la sombra", read("es-AR", "hace 30° en la sombra"));
        assertEquals("tiene dos grados de fiebre", read("es-AR", "tiene 2° de fiebre"));
        // a quarter of a year glued to its number
        assertEquals("del primer trimestre de dos mil veintiséis", read("es-ES", "del 1T 2026"));
        assertEquals("en el tercer trimestre de dos mil veinticinco", read("es-ES", "en el 3T de 2025"));
        assertEquals("el modelo uno T", read("es-ES", "el modelo 1T"));
        assertEquals("cinco T dos mil veintiséis", read("es-ES", "5T 2026"));
    }

    @Test
    void aRangeOfDegrees() {
        // Round thirty-four: a hyphen between two numbers before a degree's sign is a range, as before a unit's word; alone
        // in brackets it takes its "de", as "(1-3 noches)" does.
        assertEquals("el tubo refrigerado (de dos a ocho grados centígrados)", read("es-ES", "el tubo refrigerado (2-8 °C)"));
        assertEquals("store at two to eight degrees Celsius", read("en-US", "store at 2-8 °C"));
        // Must not fire: two minus temperatures joined by "y".
        assertEquals("entre menos cinco y menos dos grados centígrados", read("es-ES", "entre -5 y -2 °C"));
    }

    @Test
    void laboratoryResultUnits() {
        // Round thirty-four: a laboratory's moles, nanograms and milliequivalents, per litre or per millilitre.
        assertEquals("potasio de cinco coma dos milimoles por litro y ferritina de treinta nanogramos por mililitro",
                read("es-ES", "potasio de 5,2 mmol/l y ferritina de 30 ng/ml"));
        assertEquals("sodium one hundred and forty milliequivalents per liter, creatinine ninety micromoles per liter",
                read("en-US", "sodium 140 mEq/L, creatinine 90 µmol/L"));
        // Must not fire: the symbols with no number before them stay as written.
        assertEquals("the ng team and mEq values", read("en-US", "the ng team and mEq values"));
    }

    @Test
    void clinicalPressureAndStatementUnits() {
        // Round seven A: micrograms, decilitres, millimetres of mercury, psi, months and points written short.
        assertEquals("Levels of sixty five micrograms per cubic meter, ninety five milligrams per deciliter, four hundred micrograms, one hundred "
                + "and twenty millimeters of mercury, thirty five pounds per square inch; thirty six months, four points per visit.",
                read("en-US", "Levels of 65 µg/m³, 95 mg/dL, 400 mcg, 120 mmHg, 35 psi; 36 mths, 4 pts per visit."));
        // Spanish "pts" stays the peseta; "PSI" with no number before it is spelt as any initialism.
        assertEquals("Costaba mil pesetas y la presión era de treinta y cinco libras por pulgada cuadrada.",
                read("es-ES", "Costaba 1.000 pts y la presión era de 35 psi."));
        assertEquals("The P S I team logged ten thousand miles per year and ten thousand views.", read("en-US", "The PSI team logged 10K mi/yr and 10K views."));
    }

    @Test
    void labelledSidesOfADimension() {
        assertEquals("A sofa eighty four inches W by thirty eight inches D, an oven H ninety centimeters by W sixty centimeters, a three minute survey.",
                read("en-US", "A sofa 84\" W x 38\" D, an oven H 90cm x W 60cm, a 3-min. survey."));
    }

    @Test
    void aWholeAndAFractionCharacterAndAUnitsDotBeforeALowerCaseWord() {
        // Round seven A: "1½ tsp" was "one½"; "a 5 min. drive" kept a full stop mid-sentence.
        assertEquals("Dose: one and a half teaspoons twice daily; walk two and three quarters miles; half price.",
                read("en-US", "Dose: 1½ tsp twice daily; walk 2 ¾ miles; ½ price."));
        assertEquals("Tome una y media cucharadas.", read("es-ES", "Tome 1½ cucharadas."));
        assertEquals("a five minute drive; ten minutes later we left. It takes ten minutes. Then go; at sixty frames per second.",
                read("en-US", "a 5 min. drive; 10 min. later we left. It takes 10 min. Then go; at 60fps."));
    }

    @Test
    void roundSevenCListingAndJewelleryUnitsAndBareAmountsBeforeAPluralNoun() {
        assertEquals("a two horsepower pump and three bedroom homes", read("en-US", "a 2 HP pump and 3BR homes"));
        // Spanish said "HP" as written until round thirty-two; now its letters, "H P" (Proteno's "h.p.").
        assertEquals("un motor de quinientos cincuenta H P", read("es-ES", "un motor de 550 HP"));
        assertEquals("ten karat gold and eighteen karat rose gold", read("en-US", "10K gold and 18ct rose gold"));
        assertEquals("nine carat gold", read("en-GB", "9ct gold"));
        assertEquals("a fourteen thousand dollars salary and one hundred ct bottles", read("en-US", "a $14K salary and 100 ct bottles"));
        assertEquals("twenty seven point five inch tubes", read("en-US", "27.5\" tubes"));
        assertEquals("twenty five kilogram bags", read("en-US", "25 kg bags"));
        assertEquals("a sofa, twenty four inch barstools", read("en-US", "a sofa, 24\" barstools"));
        assertEquals("it weighs five kilograms less", read("en-US", "it weighs 5 kg less"));
        assertEquals("the three months arrears", read("en-US", "the 3 mos arrears"));
        assertEquals("five thousand dollars earns interest", read("en-US", "$5,000 earns interest"));
        assertEquals("it is thirty four inches wide", read("en-US", "it is 34\" wide"));
        assertEquals("your hospital bed and eighteen inch wheelchair arrive", read("en-US", "your hospital bed and 18\" wheelchair arrive"));
        assertEquals("we got six inches overnight", read("en-US", "we got 6\" overnight"));
        assertEquals("two twenty five kilogram bags", read("en-GB", "2 × 25 kg bags"));
        assertEquals("a forty by thirty centimetre box and two by three metres", read("en-GB", "a 40 x 30 cm box and 2 × 3 m"));
    }

    @Test
    void spanishSidesInFeetSayTheUnitOnce() {
        // Round seven C: "10' x 15'" in Spanish, "diez por quince pies", as "dos por dos pulgadas" is said.
        assertEquals("una bodega de ocho por doce pies cuesta noventa dólares", read("es-US", "una bodega de 8' x 12' cuesta $90"));
        // Must not fire: English keeps "by" and the unit on both sides.
        assertEquals("a ten foot by twelve foot rug", read("en-US", "a 10' x 12' rug"));
    }

    @Test
    void roundSevenDTheMetricTonIsTheBritishTonne() {
        assertEquals("four pallets, one point two tonnes", read("en-GB", "4 pallets, 1.2 t"));
        assertEquals("four pallets, one point two tons", read("en-US", "4 pallets, 1.2 t")); // must not fire: the US says ton
    }

    @Test
    void roundEightHorsepowerInSpanishAndBushels() {
        assertEquals("un tractor de ciento diez caballos", read("es-ES", "un tractor de 110 CV"));
        assertEquals("one thousand two hundred and fifty bushels of corn", read("en-US", "1,250 bu of corn"));
        // Must not fire: "CV" in English, "bu" in Spanish.
        assertEquals("a two C V", read("en-GB", "a 2 CV")); // spelt, as capitals are
        assertEquals("doce bu", read("es-MX", "12 bu"));
    }

    @Test
    void roundEightKmAfterARoadsNumberIsTheMilepostOfTheNextNumber() {
        assertEquals("Ruta tres kilómetro mil cuatrocientos doce", read("es-AR", "Ruta 3 km 1.412"));
        // Must not fire: a length in kilometres and metres, no road before it; "km" after a road with no number next.
        assertEquals("a tres kilómetros doscientos metros", read("es-ES", "a 3 km 200 m"));
        assertEquals("la Ruta tres, cinco kilómetros más", read("es-AR", "la Ruta 3, 5 km más"));
    }

    @Test
    void roundEightAUnitAfterANounsSlashIsItsRate() {
        assertEquals("doscientas ochenta mil células somáticas por mililitro", read("es-AR", "280.000 células somáticas/ml"));
        assertEquals("twelve stems per square metre", read("en-GB", "12 stems/m²"));
        // Must not fire: "y/o", "c/u", a slash between words that are no units, a one-letter symbol.
        assertEquals("entrada y/o salida, mayo/junio, personas/h", read("es-ES", "entrada y/o salida, mayo/junio, personas/h"));
    }

    @Test
    void roundEightADegreeSignBeforeItsOwnWordIsSaidOnce() {
        assertEquals("gire noventa grados; sixty eight degrees", read("es-MX", "gire 90° grados") + "; " + read("en-US", "68° degrees"));
        // Must not fire: another word after the sign, or the sign alone.
        assertEquals("noventa grados a la derecha; five degrees warmer", read("es-MX", "90° a la derecha") + "; " + read("en-US", "5° warmer"));
    }

    @Test
    void roundEightETheBrewersBarrel() {
        // Round eight E: "bbl" is the barrel, after a number and after a fraction.
        assertEquals("thirty barrels a week; half a barrel of lager; un barril", read("en-US", "30 bbl a week; 1/2 bbl of lager") + "; " + read("es-US", "1 bbl"));
        // Must not fire: the letters alone are no unit.
        assertEquals("the B B L file", read("en-US", "the BBL file")); // capitals spelt, as ever
    }

    @Test
    void kilovoltAmperesAfterAnAmount() {
        // Round eight F: "kVA" after an amount is the kilovolt-ampere, attributive in English as other units are.
        assertEquals("un grupo de quince kilovoltamperios", read("es-AR", "un grupo de 15 kVA"));
        assertEquals("rated at forty five kilovolt-amperes", read("en-US", "rated at 45 kVA"));
        assertEquals("the six kilovolt-ampere generator", read("en-GB", "the 6 kVA generator"));
        // Must not fire: with no amount before it the symbol stays as written; "kV" alone is not the kilovolt-ampere.
        assertEquals("check the kVA rating", read("en-US", "check the kVA rating"));
        assertEquals("es un kVAR", read("es-ES", "es un kVAR"));
    }

    @Test
    void countedPacksTimesAWeightAreSaidBy() {
        // Round eight F: English bags or sacks counted, times a weight or a volume, are packs of that size: "by".
        assertEquals("(forty sacks by fifty pounds)", read("en-US", "(40 sacks x 50 lb)"));
        assertEquals("twelve bags by twenty five kilograms", read("en-GB", "12 bags × 25 kg"));
        // Must not fire: a bare count keeps its packs reading, a dimension its own "by", no unit after it, Spanish.
        assertEquals("Buy two twenty five kilogram bags today.", read("en-GB", "Buy 2 × 25 kg bags today."));
        assertEquals("we sold three boxes x two today", read("en-US", "we sold 3 boxes x 2 today"));
        assertEquals("cuarenta sacos por veinticinco kilogramos", read("es-ES", "40 sacos x 25 kg"));
        // A bare count times a volume with no noun after it is the packs' size too ("3 packs of 6 × 2 L,"); with a noun
        // after it, so many packs of that noun.
        assertEquals("three packs of six by two litres, left", read("en-GB", "3 packs of 6 × 2 L, left"));
        assertEquals("six two litre packs", read("en-GB", "6×2 L packs"));
    }

    @Test
    void aSymbolsDotBeforeALowerCaseWordOrAClosingMarkEndsNothing() {
        // Round nine: "gal.", "seg." and an es-US street type's dot mid-sentence are not said as a full stop.
        assertEquals("leche: un galón por dos de medio galón).", read("es-US", "leche: 1 gal. por 2 de ½ gal.)."));
        assertEquals("desconéctelo diez segundos y vuelva", read("es-US", "desconéctelo 10 seg. y vuelva"));
        assertEquals("(dos galones de blanco)", read("es-US", "(2 gal. de blanco)"));
        assertEquals("en cuatrocientos cincuenta y cinco North Pine Street; estacione", read("es-US", "en 455 N. Pine St.; estacione"));
        assertEquals("dos de medio galón y leche", read("es-US", "dos de 1/2 gal. y leche"));
        // must not fire: the dot before a capital or at the end ends the sentence
        assertEquals("mide tres metros. Luego gire", read("es-ES", "mide 3 m. Luego gire"));
        assertEquals("El paquete pesa dos kilogramos.", read("es-ES", "El paquete pesa 2 kg."));
        assertEquals("vive en mil cuatrocientos veinte Main Street. Llame", read("es-US", "vive en 1420 Main St. Llame"));
    }

    @Test
    void aPrimeAfterANumberIsFeetOrMinutesByItsSentence() {
        // Round nine: feet and inches in English, minutes and seconds near a match's clock and in Spanish.
        assertEquals("the new units have nine foot ceilings", read("en-US", "the new units have 9' ceilings"));
        assertEquals("a six foot fence", read("en-US", "a 6' fence"));
        assertEquals("it is six feet tall", read("en-US", "it is 6' tall"));
        assertEquals("a twelve inch pizza", read("en-US", "a 12'' pizza"));
        assertEquals("The match lasts ninety minutes plus thirty seconds of extra time.", read("en-US", "The match lasts 90' + 30'' of extra time."));
        assertEquals("El récord es de dos minutos quince segundos en la prueba.", read("es-ES", "El récord es de 2' 15'' en la prueba."));
        assertEquals("Gol en el minuto noventa.", read("es-ES", "Gol en el minuto 90'."));
        // must not fire: a quote's closing apostrophe, a decade, an apostrophe with nothing to measure after it
        assertEquals("if it shows 'Error three', call us", read("en-GB", "if it shows 'Error 3', call us"));
        assertEquals("He said 'I owe five'.", read("en-US", "He said 'I owe 5'."));
    }

    @Test
    void roundNineBTheLastSideOfADimensionDescribesItsNoun() {
        // "a 48 x 30 in. dog bed": the article before the first side makes the whole dimension describe the noun.
        assertEquals("a forty eight by thirty inch dog bed, the sixty by eighty inch storm door",
                read("en-US", "a 48 x 30 in. dog bed, the 60 x 80 in. storm door"));
        // Must not fire: no article before the dimension, or a word's last "x" before the amount.
        assertEquals("It measures forty eight by thirty inches and weighs five pounds.", read("en-US", "It measures 48 x 30 in. and weighs 5 lb."));
        assertEquals("a box twenty four inches deep", read("en-US", "a box 24 in. deep"));
    }
    @Test
    void roundTenInchesBeforeABracketACommaOrASemicolon() {
        // Round ten: "in." closing a bracketed dimension, or before a comma or a semicolon, is inches.
        assertEquals("a box (twenty by ten by eight inches) and a tray (nine inches), a lid, twelve inches; done",
                read("en-US", "a box (20 x 10 x 8 in.) and a tray (9 in.), a lid, 12 in.; done"));
        // Must not fire: "in" with no dot is the preposition; a dot after "in" with no number before is no unit.
        assertEquals("we have five in stock (all in.)", read("en-US", "we have 5 in stock (all in.)"));
    }

    @Test
    void roundElevenADosePerAnAmountWithItsUnitAndInternationalUnits() {
        // Round eleven: a unit's amount over an amount with its unit is "por"/"per", as before a bare unit.
        assertEquals("jarabe cien miligramos por cinco mililitros.", read("es-ES", "jarabe 100 mg/5 ml."));
        assertEquals("uno coma cinco gramos por cinco mililitros", read("es-ES", "1,5 g/5 ml"));
        assertEquals("ibuprofen one hundred milligrams per five milliliters, lot", read("en-US", "ibuprofen 100 mg/5 mL, lot"));
        assertEquals("one hundred and twenty milligrams per five millilitres", read("en-GB", "120 mg/5 ml"));
        // International units, feminine in Spanish; each symbol in its own language.
        assertEquals("cien unidades internacionales por mililitro, una unidad internacional, veintiuna unidades internacionales",
                read("es-MX", "100 UI/ml, 1 UI, 21 UI"));
        assertEquals("one thousand international units of vitamin D, one hundred international units per milliliter",
                read("en-US", "1000 IU of vitamin D, 100 IU/mL"));
        // Must not fire: no unit before the slash or after the amount, a percent, English "UI", Spanish "IU".
        assertEquals("medio kilogramo, veinticuatro siete, cincuenta por ciento/diez por ciento", read("es-ES", "1/2 kg, 24/7, 50 %/10 %"));
        assertEquals("the Windows eleven U I is new", read("en-US", "the Windows 11 UI is new"));
        assertEquals("la versión dos IU", read("es-ES", "la versión 2 IU"));
    }

    @Test
    void roundFortyNineARateAfterAShortenedUnitsDot() {
        assertEquals("twelve thousand miles per year and free oil changes", read("en-US", "12,000 mi./yr. and free oil changes"));
        assertEquals("up to four hours per week of mowing", read("en-US", "up to 4 hrs./wk. of mowing"));
        // The rate's dot before a capital ends the sentence and stays. Must not fire: a slash between two measures.
        assertEquals("twelve thousand miles per year. Test drive it.", read("en-US", "12,000 mi./yr. Test drive it."));
        assertEquals("the five pounds./ten pound bags", read("en-US", "the 5 lb./10 lb. bags"));
    }

    @Test
    void roundEightyTwoBAFractionBeforeTheSpacedInchSymbolIsAMeasure() {
        assertEquals("check the half inch drain pipe and a three quarter inch hose", read("en-US", "check the 1/2 in. drain pipe and a 3/4 in. hose"));
        // Must not fire: nothing it sizes after the inch ("three quarters of an inch"), the bare preposition "in".
        assertEquals("we trimmed three quarters of an inch off, then called one half in the morning",
                read("en-US", "we trimmed 3/4 in. off, then called 1/2 in the morning"));
    }

    @Test
    void roundEightyThreeBAHeatTransferDivisorGluedToItsKelvin() {
        assertEquals("A U-value of zero point eight watts per square metre kelvin, zero point two watts per square metre kelvin and a"
                + " conductivity of zero point zero four watts per metre kelvin.",
                read("en-GB", "A U-value of 0.8 W/m\u00b2K, 0.2 W/m2K and a conductivity of 0.04 W/mK."));
        // Must not fire: a divisor with no kelvin glued after it.
        assertEquals("Heat flow of five watts per square metre.", read("en-GB", "Heat flow of 5 W/m\u00b2."));
    }

    @Test
    void roundEightyThreeBAGluedLengthBeforeASingleNounSizesIt() {
        assertEquals("Board it with twelve millimetre ply and bring a ten metre hose.", read("en-GB", "Board it with 12mm ply and bring a 10m hose."));
        // Must not fire: an adverb, a precipitation, "away", a size word, a plural noun, a space kept.
        assertEquals("The river rose forty centimetres overnight after thirty millimetres rain; stay ten metres away; it is fifty millimetres"
                + " wide and ten metres long; we sold twelve millimetre boards.",
                read("en-GB", "The river rose 40cm overnight after 30mm rain; stay 10m away; it is 50mm wide and 10m long; we sold 12mm boards."));
        assertEquals("Keep three metres clear for the lorry.", read("en-GB", "Keep 3m clear for the lorry."));
    }

    @Test
    void roundEightyTwoBALensPowerIsSaidWholeWithItsDioptres() {
        assertEquals("(menos cinco dioptrías ojo derecho, más uno coma veinticinco dioptrías ojo izquierdo)",
                read("es-ES", "(-5,00 D ojo derecho, +1,25 D ojo izquierdo)"));
        assertEquals("Your prescription reads minus four left and plus one right.", read("en-GB", "Your prescription reads -4.00 left and +1.00 right."));
        assertEquals("una adición de tres", read("es-AR", "una adición de 3,00"));
        // Must not fire: a unit, a percentage or a currency after it, a version, an unsigned decimal with no prescription's word.
        assertEquals("minus four point zero zero degrees Celsius, plus one point zero zero percent, version four point zero zero, a score of four point zero zero",
                read("en-US", "-4.00 °C, +1.00 %, v4.00, a score of 4.00"));
    }

    @Test
    void roundTwelveADoubleRateAndASpacedDoseSlash() {
        // A dose per weight and time joins its second rate ("y día", "per day"); a spaced slash before a volume is "por".
        assertEquals("quince miligramos por kilogramo y día", read("es-MX", "15 mg/kg/día"));
        assertEquals("dos mililitros por kilogramo y hora", read("es-AR", "2 ml/kg/h"));
        assertEquals("two milligrams per kilogram per day", read("en-US", "2 mg/kg/day"));
        assertEquals("jarabe de quinientos miligramos por cinco mililitros", read("es-ES", "jarabe de 500 mg / 5 ml"));
        // Must not fire: one rate stays as it was; a spaced slash before another unit lists two figures ("barra").
        assertEquals("cinco litros por día", read("es-ES", "5 L/día"));
        assertEquals("Peso: setenta kilogramos barra uno coma setenta y cinco metros", read("es-ES", "Peso: 70 kg / 1,75 m"));
    }

    @Test
    void decimetresAndCubicMillimetresAreSaid() {
        assertEquals("compost de cincuenta decímetros cúbicos y un tablero de cuatro decímetros cuadrados",
                read("es-AR", "compost de 50 dm³ y un tablero de 4 dm²"));
        assertEquals("cinco mil células por milímetro cúbico", read("es-MX", "5000 células por mm³"));
        assertEquals("a forty cubic decimeter bin", read("en-US", "a 40 dm³ bin"));
        // Must not fire: a capitalised "DM" (a direct message) after a number stays as written.
        assertEquals("envíe cinco DM", read("es-ES", "envíe 5 DM"));
    }

    @Test
    void aUnitsSquareOrCubeAgreesWithTheUnit() {
        assertEquals("casas de hasta mil quinientos pies cuadrados", read("es-US", "casas de hasta 1,500 pies²"));
        assertEquals("una loseta de un pie cuadrado", read("es-US", "una loseta de 1 pie²"));
        assertEquals("doce yardas cuadradas y una milla cuadrada", read("es-US", "12 yardas² y 1 milla²"));
        assertEquals("un tanque de ochenta metros cúbicos", read("es-MX", "un tanque de 80 metros³"));
        assertEquals("el precio por metro cuadrado", read("es-AR", "el precio por metro²"));
        // The US symbols with their superscript are units in both languages.
        assertEquals("cuatrocientos pies cuadrados de pared y tres yardas cúbicas de mantillo",
                read("es-US", "400 ft² de pared y 3 yd³ de mantillo"));
        assertEquals("una yarda cúbica de tierra", read("es-US", "1 yd³ de tierra"));
        assertEquals("a two thousand square foot home and ten square inches", read("en-US", "a 2,000 ft² home and 10 in²"));
        // Must not fire: a letter's or a number's power is mathematics, and a word that names no unit keeps "cuadrado".
        assertEquals("pi r cuadrado y x cubo", read("es-ES", "π r² y x³"));
        assertEquals("diez al cuadrado", read("es-ES", "10²"));
        assertEquals("casas cuadrado", read("es-ES", "casas²"));
    }

    @Test
    void aRatesSquaredDivisorAndTheMetreWrittenMts() {
        // Round seventeen: a rate's divisor with its power is "al cuadrado"/"squared", glued "s2" too.
        assertEquals("nueve coma ocho metros por segundo al cuadrado", read("es-ES", "9,8 m/s²"));
        assertEquals("uno punto dos metros por segundo al cuadrado y luego", read("es-MX", "1.2 m/s2 y luego"));
        assertEquals("nine point eight meters per second squared", read("en-US", "9.8 m/s²"));
        // "mts", the everyday plural, and its square and cube are the metre's.
        assertEquals("ochenta y cinco metros cuadrados a doscientos metros de la playa y un metro cuadrado",
                read("es-AR", "85 mts² a 200 mts. de la playa y 1 mts2"));
        assertEquals("lotes de diez metros de frente y un tanque de cinco metros cúbicos", read("es-MX", "lotes de 10 mts de frente y un tanque de 5 mts³"));
        // Must not fire: a rate with no power, a divisor whose symbol already is squared, a second rate.
        assertEquals("ciento veinte kilómetros por hora y quince miligramos por kilogramo y día", read("es-ES", "120 km/h y 15 mg/kg/día"));
        assertEquals("tres kilogramos por metro cúbico", read("es-ES", "3 kg/m³"));
    }

    @Test
    void aHyphenedUnitBeforeAnInitialismDescribesIt() {
        // Round eighteen B: "in." joined to its number before an initialism is the inch of a compound adjective, as before
        // a lower-case noun ("sixty five in." was left, its dot taken for a sentence's end).
        assertEquals("Your new sixty five inch T V, a thirty inch L E D range hood, a six foot path",
                read("en-US", "Your new 65-in. TV, a 30-in. LED range hood, a 6 ft. path"));
        // Must not fire: "in." after a verb with no number, a number and "in." before a sentence, a measure before an
        // adverb ("25 in. total" is the sum, "inches").
        assertEquals("Please check in. The desk opens at nine. Log in. Then press two. Order two in. Then wait. It is twenty five inches total.",
                read("en-US", "Please check in. The desk opens at 9. Log in. Then press 2. Order 2 in. Then wait. It is 25 in. total."));
    }
    @Test
    void roundTwentyTwoLtAfterANumberIsTheLitre() {
        // "lt", "lts", dotted or glued, after a number is the shops' litre ("dos lt. de leche" was left as written).
        assertEquals("tres litros de leche, dos litros de aceite, cinco litros de cloro y un litro",
                read("es-MX", "3 lt. de leche, 2 lts. de aceite, 5lt de cloro y 1 lt"));
        // Must not fire: "Lt." before a number is the plot's "lote"; "lt" in a word or with no number stays as written.
        assertEquals("en manzana siete lote diecinueve; el lt. es caro; el volt", read("es-MX", "en Mz. 7 Lt. 19; el lt. es caro; el volt"));
    }

    @Test
    void lumberSizesAndFractionsJoinedToAUnitSymbol() {
        // Round twenty B: a glued "s" after a sawn size's second side is the size's plural ("two by fours", was "two by four
        // seconds"); a fraction joined by a hyphen to "in." before a noun is a compound adjective, never a date after "the".
        assertEquals("the two by sixes, four by fours and twelve by twelves, the half inch pipe and five eighth inch bolts",
                read("en-US", "the 2x6s, 4x4s and 12x12s, the 1/2-in. pipe and 5/8-in. bolts"));
        // Must not fire: a size with no "s" ("2x4 studs"), sides over twelve ("30x45s" keeps its seconds), a date after
        // "on" with no unit joined to it.
        assertEquals("two by four studs, a thirty by forty five second clip, due on May eighth-ish",
                read("en-US", "2x4 studs, a 30x45s clip, due on 5/8-ish"));
    }

    @Test
    void roundTwentySixARatesSymbolWithNoNumberIsTheMeasureInGeneral() {
        assertEquals("mide la velocidad en kilómetros por hora, los kilómetros por hora marcados; se factura en kilovatios hora",
                read("es-ES", "mide la velocidad en km/h, los km/h marcados; se factura en kWh"));
        // Must not fire: a path; a number before the rate keeps the quantity's reading.
        assertEquals("ver web punto es barra k m barra h dos; a cincuenta kilómetros por hora", read("es-ES", "ver web.es/km/h2; a 50 km/h"));
    }

    @Test
    void roundEightyOneAFluidOuncesAndAWireGaugesAwg() {
        // "fl oz" is a unit of two words, before a noun singular as any measure; "oz" alone stays the ounce of weight.
        assertEquals("a six ounce steak, eight fluid ounces of juice and our two fluid ounce serum",
                read("en-US", "a 6 oz steak, 8 fl. oz. of juice and our 2 fl oz serum"));
        assertEquals("un frasco de una onza líquida y una bolsa de ocho onzas",
                read("es-MX", "un frasco de 1 fl oz y una bolsa de 8 oz"));
        // "AWG" with a wire's word near is the wire gauge, spelt in English and kept as written in Spanish.
        assertEquals("use ten A W G copper wire", read("en-US", "use 10 AWG copper wire"));
        assertEquals("el cable calibre cuatro AWG", read("es-MX", "el cable calibre 4 AWG"));
        // Must not fire: money in Aruban florins, with no wire's word near (or one too far, past a comma).
        assertEquals("cuesta ciento veinte florines arubeños por noche; pague ciento veinte florines arubeños",
                read("es-MX", "cuesta 120 AWG por noche; pague AWG 120"));
        assertEquals("the room is two hundred Aruban florins a night, and the cable car is extra",
                read("en-US", "the room is 200 AWG a night, and the cable car is extra"));
    }

    @Test
    void roundTwentySixAGluedCapitalLAfterASizeWordOrAProductsCapitalsIsALetter() {
        assertEquals("en talla cuarenta y cuatro L, con AIX cinco L", read("es-ES", "en talla 44L, con AIX 5L"));
        // Must not fire: litres after a verb, a noun or a shouted word.
        assertEquals("compre cinco litros de agua, una garrafa de ocho litros, BOTELLA dos litros", read("es-ES", "compre 5L de agua, una garrafa de 8L, BOTELLA 2L"));
    }

    @Test
    void roundThirtyTwoTonAndHorsepowerInSpanish() {
        assertEquals("tres toneladas de alfalfa y un motor de diez H P", read("es-MX", "3 ton de alfalfa y un motor de 10 HP"));
        // Must not fire: "ton" with no number, English "ton" and "HP", a printer's brand.
        assertEquals("sin ton ni son, con la impresora HP", read("es-MX", "sin ton ni son, con la impresora HP"));
        assertEquals("a three ton truck with a five horsepower pump", read("en-US", "a 3 ton truck with a 5 HP pump"));
    }

    @Test
    void roundThirtyTwoKmAfterARoadsKindAndNumberIsTheMilepost() {
        assertEquals("en carretera Federal cuarenta y cinco kilómetro doce, Ruta Nacional siete kilómetro ochenta",
                read("es-MX", "en Carr. Federal 45 km 12, Ruta Nacional 7 km 80"));
        // Must not fire: a kind's adjective with no road word before it.
        assertEquals("la selección nacional cinco kilómetros doscientos metros", read("es-MX", "la selección nacional 5 km 200 m"));
    }

    @Test
    void roundThirtyTwoBCubicAndSquareShortFormsAndAnAmountPerBagBeforeItsNoun() {
        assertEquals("three cubic yards of compost, one cubic foot of sand, twelve square yards of turf",
                read("en-US", "3 cu. yd. of compost, 1 cu. ft. of sand, 12 sq. yd. of turf"));
        assertEquals("eleven pounds and forty pence per twenty five kilogram bag, six pounds per five kilogram sack",
                read("en-GB", "£11.40 per 25kg bag, £6 per 5 kg sack"));
        // Must not fire: a participle after "per" measures; "of", "and" start no noun the amount describes.
        assertEquals("two pounds per one hundred kilometres travelled, two pounds per five kilograms of feed, two pounds per five"
                + " kilograms and three pounds per ten kilograms",
                read("en-GB", "£2 per 100 km travelled, £2 per 5 kg of feed, £2 per 5 kg and £3 per 10 kg"));
    }

    @Test
    void roundThirtyThreeAGluedMetreBeforeThreeCapitalsIsNoScaleOfAnUnknownCurrency() {
        // "a 6.2m RIB": three capitals after a glued "m" were taken for a currency's code, the "m" for millions of it.
        assertEquals("a four point eight metre R I B, a seven metre S U V", read("en-GB", "a 4.8m RIB, a 7m SUV"));
        // Must not fire: a currency's code after the scale letter keeps it a scale.
        assertEquals("raised three million US dollars, two point five million Canadian dollars",
                read("en-US", "raised 3m USD, 2.5m CAD"));
    }

    @Test
    void roundThirtyEightBASquaredUnitWithNoNumberIsSpeltAsTheLocaleSpellsIt() {
        // en-GB says "metre" on every unit path, after "per" and "a" with no number too.
        assertEquals("ninety five pounds per square metre, twenty two pounds a square metre and the square metre rate",
                read("en-GB", "£95 per m², £22 a m² and the m² rate"));
        assertEquals("thirty eight pounds per cubic metre", read("en-GB", "£38 per m³"));
        // Must not fire: en-US keeps "meter"; Spanish keeps its own name.
        assertEquals("four dollars per square meter and the cubic meter rate", read("en-US", "$4 per m² and the m³ rate"));
        assertEquals("doce euros por metro cuadrado", read("es-ES", "12 € por m²"));
    }

    @Test
    void goldsPurityIsItsKaratNotThousands() {
        // Round forty-two: a lower-case "k" before gold too; Spanish "oro de 14K", "18K de oro" said by the letter.
        assertEquals("fourteen karat gold", read("en-US", "14k gold"));
        assertEquals("compramos oro de catorce K y dieciocho K", read("es-US", "compramos oro de 14K y 18K"));
        assertEquals("anillos de diez K de oro", read("es-MX", "anillos de 10K de oro"));
        // must not fire: money, a race, thousands with no gold near
        assertEquals("fourteen thousand dollars", read("en-US", "$14K"));
        assertEquals("a fourteen thousand run", read("en-US", "a 14K run"));
        assertEquals("ganó diez mil seguidores", read("es-MX", "ganó 10K seguidores"));
        assertEquals("catorce mil dólares en oro", read("es-US", "$14K en oro"));
        // Round fifty-nine: straight after "oro" (its colour between) as shops print it.
        assertEquals("cadenas de oro diez K", read("es-MX", "cadenas de oro 10K"));
        assertEquals("aretes de oro rosa catorce K y veintidós K", read("es-AR", "aretes de oro rosa 14K y 22K"));
        // must not fire: money or followers near gold, thousands before "oro", a gold-coloured noun's count
        assertEquals("ganó catorce mil seguidores de oro", read("es-MX", "ganó 14K seguidores de oro"));
        assertEquals("premio de oro de veinte mil dólares", read("es-US", "premio de oro de $20K"));
        assertEquals("la medalla de oro y diez mil pesos", read("es-MX", "la medalla de oro y 10K pesos"));
    }

    @Test
    void aSpacedKBesideGoldIsCaratsAndASteelGradeKeepsItsL() {
        // Round eighty-three A: a K set apart from its number beside gold is the word it stands for.
        assertEquals("aretes de oro de dieciocho quilates, cadenas de oro diez quilates",
                read("es-MX", "aretes de oro de 18 k, cadenas de oro 10 k"));
        assertEquals("a fourteen karat gold chain", read("en-US", "a 14 k gold chain"));
        // Must not fire: the glued K keeps its letter in Spanish, thousands or kilometres away from gold.
        assertEquals("oro de catorce K; corrimos veinte k por la playa; we raised fourteen k for the gold fund",
                read("es-ES", "oro de 14K; corrimos 20 k por la playa") + "; " + read("en-US", "we raised 14 k for the gold fund"));
        // Round eighty-three A: three digits and an L beside steel are its grade, never litres.
        assertEquals("tornillos de acero inoxidable trescientos cuatro L", read("es-ES", "tornillos de acero inoxidable 304L"));
        // Must not fire: a water tank's litres, two digits beside steel.
        assertEquals("un depósito de quinientos litros de agua; un bidón de acero de veinte litros",
                read("es-ES", "un depósito de 500L de agua; un bidón de acero de 20L"));
    }

    @Test
    void capitalPsiIsSaidAsLetters() {
        // Round eighty-three A: the trade's capitals "PSI" after a number are said as letters; Spanish keeps them as written.
        assertEquals("a two thousand seven hundred P S I washer", read("en-US", "a 2,700 PSI washer"));
        assertEquals("un compresor de ciento cincuenta PSI", read("es-MX", "un compresor de 150 PSI"));
        // Must not fire: the lower-case "psi" of tyres keeps its words.
        assertEquals("inflate to thirty five pounds per square inch", read("en-US", "inflate to 35 psi"));
    }

    @Test
    void raceDistanceNearARaceWordIsSaidK() {
        // Round fifty-one: a road race's "8K" near a race word is said by its letter, as runners say it.
        assertEquals("we run the eight K in May", read("en-US", "we run the 8K in May"));
        assertEquals("a fifteen K medal", read("en-GB", "a 15K medal"));
        assertEquals("corremos los quince K de Rosario", read("es-AR", "corremos los 15K de Rosario"));
        // must not fire: money, a bonus, followers, no race word, a distance not a race's
        assertEquals("a fifteen thousand bonus", read("en-US", "a 15K bonus"));
        assertEquals("ganó ocho mil seguidores", read("es-MX", "ganó 8K seguidores"));
        assertEquals("run for fifteen thousand dollars", read("en-US", "run for $15K"));
        assertEquals("a fourteen thousand run", read("en-US", "a 14K run"));
    }

    @Test
    void spanishInchAbbreviatedPulgIsInches() {
        // Round fifty-two: "pulg." or "pulg" after a number is the inch, as the inch mark is read.
        assertEquals("un tubo de cinco pulgadas y dos codos", read("es-US", "un tubo de 5 pulg. y dos codos"));
        assertEquals("una llave de una pulgada", read("es-MX", "una llave de 1 pulg"));
        assertEquals("un tubo de tres cuartos de pulgada.", read("es-MX", "un tubo de 3/4 pulg."));
        assertEquals("pantalla de seis coma cinco pulgadas", read("es-AR", "pantalla de 6,5 pulg"));
        assertEquals("mide dos pulgadas. Gracias", read("es-ES", "mide 2 pulg. Gracias"));
        // Must not fire: a word that only starts as the symbol, English text, no number before it.
        assertEquals("las pulgas de dos milímetros", read("es-ES", "las pulgas de 2 mm"));
        assertEquals("the two pulg adapter", read("en-US", "the 2 pulg adapter"));
        assertEquals("la pulg. es una abreviatura", read("es-ES", "la pulg. es una abreviatura"));
    }

    @Test
    void roundFiftyFourCapitalSymbolAfterPorNeedsARate() {
        assertEquals("Su código empieza por GB y la tarifa por gigabyte es baja; cobramos tres euros por gigabyte adicional.",
                read("es-ES", "Su código empieza por GB y la tarifa por GB es baja; cobramos 3 € por GB adicional."));
        assertEquals("El precio por terabyte de almacenamiento y los planes por MB.", read("es-MX", "El precio por TB de almacenamiento y los planes por MB."));
        // Must not fire: a symbol in lower case after "por" is a unit without an amount ("per kilometre driven").
        assertEquals("Pague por kilómetro recorrido.", read("es-ES", "Pague por km recorrido."));
    }

    @Test
    void roundFiftyFourKmAfterAShortenedRoadsNumberIsItsPoint() {
        assertEquals("Accidente en carretera treinta y uno kilómetro ocho y en la carretera Federal doscientos kilómetro cuarenta.",
                read("es-MX", "Accidente en Carr. 31 km 8 y en la Ctra. Federal 200 km 40."));
        // Must not fire: a distance before the road, or after its number with no point after it.
        assertEquals("Estamos a doce kilómetros de la carretera treinta y uno.", read("es-MX", "Estamos a 12 km de la Carr. 31."));
        assertEquals("La carretera trescientos cuarenta tiene veinte kilómetros de obras.", read("es-ES", "La Ctra. 340 tiene 20 km de obras."));
    }

    @Test
    void roundFiftySevenAmpsAfterADecimalOrADrawingVerb() {
        assertEquals("the fan draws about two point four amps", read("en-US", "the fan draws about 2.4 A"));
        assertEquals("la bomba consume tres coma dos amperios", read("es-ES", "la bomba consume 3,2 A"));
        assertEquals("the heater pulls up to eleven amps; el horno consume unos catorce amperios",
                read("en-GB", "the heater pulls up to 11 A") + "; " + read("es-MX", "el horno consume unos 14 A"));
        // Must not fire: a seat or a flat with a whole number, a clause's or a section's decimal label, a capital
        // hyphenated to a word.
        assertEquals("Your seat is fourteen A; flat six A; see clause two point three A; three point five A-levels",
                read("en-GB", "Your seat is 14A; flat 6 A; see clause 2.3 A; 3.5 A-levels"));
        assertEquals("Su asiento es el once A.", read("es-ES", "Su asiento es el 11 A."));
    }

    @Test
    void roundFiftySevenTheStoneAfterANumberInBritishWeights() {
        assertEquals("weighs ten stone six pounds; weighed nine stone two pounds", read("en-GB", "weighs 10 st 6 lb; weighed 9st 2lb"));
        assertEquals("the weight limit for riders is eighteen stone, and between eight stone and twelve stone for ponies",
                read("en-GB", "the weight limit for riders is 18 st, and between 8 st and 12 st for ponies"));
        // Must not fire: a street's capital, an ordinal, an ordinal spaced from its letters, no sentence about weight,
        // American English.
        assertEquals("Meet at twenty two Saint Anne's Road on the first; the weight limit starts on the thirty first",
                read("en-GB", "Meet at 22 St Anne's Road on the 1st; the weight limit starts on the 31st"));
        assertEquals("the weight limit starts on thirty one st. Take the bus to fifty st and walk.",
                read("en-GB", "the weight limit starts on 31 st. Take the bus to 50 st and walk."));
        assertEquals("the weight limit for riders is sixteen st for trail rides", read("en-US", "the weight limit for riders is 16 st for trail rides"));
    }

    @Test
    void roundFiftySevenAUnitSymbolAfterInNamesTheUnit() {
        assertEquals("give your height in centimetres and your weight in kilograms; we bill in kilowatt hours",
                read("en-GB", "give your height in cm and your weight in kg; we bill in kWh"));
        assertEquals("the gap in millimeters", read("en-US", "the gap in mm"));
        // Must not fire: the inch after a number, a symbol before a number, a word or a code that starts as the symbol.
        assertEquals("the shelf is twelve inches deep; log in km twelve; type it in cmd mode; it is in cm three",
                read("en-US", "the shelf is 12 in. deep; log in km 12; type it in cmd mode; it is in cm3"));
    }

    @Test
    void aUnitSymbolAfterToOrFromNamesTheUnitTooAndPoundsAndOunces() {
        // Round eighty-one B: after "to", "from" and "into" as after "in", and the pound's and the ounce's symbols too.
        assertEquals("switch from pounds to kilograms, or log feeds in ounces", read("en-US", "switch from lb to kg, or log feeds in oz"));
        assertEquals("el peso en libras y la leche en onzas", read("es-MX", "el peso en lb y la leche en oz"));
        assertEquals("De milímetros a centímetros, o de kilogramos a libras.", read("es-ES", "De mm a cm, o de kg a lb."));
        // Must not fire: capitals (a firm's), a number after the symbol, an inch after its number, a masculine determiner
        // before a feminine unit, an address.
        assertEquals("write to L B Holdings; go to kg twelve; a twelve in lb scale", read("en-GB", "write to LB Holdings; go to kg 12; a 12 in lb scale"));
        assertEquals("Los lb extra se cobran aparte.", read("es-ES", "Los lb extra se cobran aparte."));
        // Nor a lone Spanish "a" before a symbol, maybe a rate's ("se venden a kg").
        assertEquals("Se venden a kg, no por pieza.", read("es-ES", "Se venden a kg, no por pieza."));
        assertEquals("Send it to OZ at example dot com.", read("en-US", "Send it to oz@example.com."));
    }

    @Test
    void roundFiftyNineAGoldFinenessAwayFromTheWordGold() {
        assertEquals("we buy fourteen carat and twenty four carat pieces; bring the fourteen karat wedding ring",
                read("en-GB", "we buy 14ct and 24ct pieces") + "; " + read("en-US", "bring the 14k wedding ring"));
        // Must not fire: a price's thousands, thousands with no jewellery in the sentence, a fineness gold is never sold
        // in, "kt" with no jewellery (a knot), a glued count after a letter.
        assertEquals("we raised twenty four thousand dollars for the ring appeal; a twenty four thousand salary, then a ring. A seven ct box.",
                read("en-US", "we raised $24K for the ring appeal; a 24K salary, then a ring. A 7ct box."));
        assertEquals("winds of fourteen kt. Code A seven ct is void.", read("en-GB", "winds of 14kt. Code A7ct is void."));
    }

    @Test
    void anEnglishCountPerTimeUnitAfterASlashIsPer() {
        // Round fifty-nine B: "6 tablets/day" as Spanish "2 cápsulas/día" is "por día", "per" as a unit's slash is.
        assertEquals("Take six tablets per day, two capsules per week and three sessions per month.",
                read("en-US", "Take 6 tablets/day, 2 capsules/week and 3 sessions/month."));
        // Must not fire: two nouns, pronouns, a count before "dose", two words with no count.
        assertEquals("The washer slash dryer set, he/she, two tablets/dose, twenty dollars per day, days slash weeks.",
                read("en-US", "The washer/dryer set, he/she, 2 tablets/dose, $20/day, days/weeks."));
    }

    @Test
    void anInchMarkAfterAFractionIsTheInch() {
        // Round fifty-nine B: "3/4\"" was "tres cuartos" and a stray mark; it is the inch as after a whole number, before
        // its noun the English compound's singular as "3/4-in." is.
        assertEquals("Necesita una llave de tres cuartos de pulgada y un tubo de media pulgada de cobre.",
                read("es-MX", "Necesita una llave de 3/4\" y un tubo de 1/2\" de cobre."));
        assertEquals("You need a three quarter inch wrench and one quarter inch drill bits; the gap is half an inch.",
                read("en-US", "You need a 3/4\" wrench and 1/4\" drill bits; the gap is 1/2\"."));
        assertEquals("Cut the board three quarters of an inch thick.", read("en-GB", "Cut the board 3/4\" thick."));
        // Must not fire: a quotation closing on a fraction.
        assertEquals("El cliente dijo \"un medio\" y colgó.", read("es-MX", "El cliente dijo \"1/2\" y colgó."));
        assertEquals("He said \"three quarters\" and hung up.", read("en-US", "He said \"3/4\" and hung up."));
    }

    @Test
    void roundSixtyBAmpsOfShorePowerHookUpsAndTheirPartnerInAList() {
        assertEquals("the slips have twenty amp or thirty amp shore power and a thirty amp hook-up; each site has fifty amp service",
                read("en-US", "the slips have 20A or 30A shore power and a 30A hook-up; each site has 50A service"));
        assertEquals("a sixteen amp hook-up at every pitch; el muelle tiene corriente de treinta y dos amperios",
                read("en-GB", "a 16A hook-up at every pitch") + "; " + read("es-MX", "el muelle tiene corriente de 32 A"));
        // Must not fire: a label's letter with no number, a seat's letter beside "power" after its noun.
        assertEquals("Plan A covers Docks A to C and Class A rigs; seat twelve A has power",
                read("en-US", "Plan A covers Docks A–C and Class A rigs; seat 12 A has power"));
        assertEquals("El plan A incluye los muelles A a C y la toma del asiento doce A.",
                read("es-MX", "El plan A incluye los muelles A–C y la toma del asiento 12 A."));
    }

    @Test
    void squareMetresAbbreviatedWithSq() {
        // Round sixty-one A: "sq m" as "sq ft" is, singular before its noun as every measure is.
        assertEquals("a sixty five square metre studio, twelve square metres, twenty square metres quoted, three square miles",
                read("en-GB", "a 65 sq m studio, 12 sqm, 20 sq. m. quoted, 3 sq mi"));
        assertEquals("doce metros cuadrados", read("es-ES", "12 sq m"));
    }

    @Test
    void roundSixtyTwoACapacitorsHeatOutputAndTemperatureScalesWithNoNumber() {
        assertEquals("un capacitor de cuarenta y cinco microfaradios y una caldera de veinte mil kilocalorías por hora",
                read("es-AR", "un capacitor de 45 µF y una caldera de 20.000 kcal/h"));
        assertEquals("a ten microfarad capacitor rated at ten microfarads", read("en-US", "a 10 μF capacitor rated at 10 µF"));
        assertEquals("cambie de grados centígrados a grados Fahrenheit; un cero coma cinco por ciento por grado centígrado",
                read("es-MX", "cambie de °C a °F") + "; " + read("es-MX", "un 0,5 % por °C"));
        assertEquals("switch from degrees Fahrenheit to degrees Celsius", read("en-US", "switch from °F to °C"));
        // Must not fire: a number before the scale, a degree sign before another word.
        assertEquals("hasta veinticuatro grados centígrados; el jugo tiene doce °Brix",
                read("es-MX", "hasta 24 °C") + "; " + read("es-MX", "el jugo tiene 12 °Brix"));
    }

    @Test
    void roundSixtyTwoARefrigerantsAreSaidAsTheTradeSaysThem() {
        assertEquals("gas R cuatrocientos cuatro A y refrigerante R ciento treinta y cuatro A; el gas R veintidós",
                read("es-MX", "gas R-404A y refrigerante R-134a; el gas R-22"));
        assertEquals("R four fifty four B refrigerant; R twenty two refrigerant; R four oh seven C",
                read("en-US", "R-454B refrigerant; R-22 refrigerant; R-407C"));
        // Must not fire: a room's code with no letter and no refrigerant's word, a longer file number.
        assertEquals("Room R one zero one is on the left", read("en-US", "Room R-101 is on the left"));
        assertEquals("el expediente R dos mil veinticinco, cero cero cuatro cinco uno dos", read("es-ES", "el expediente R-2025-004512"));
    }

    @Test
    void roundSixtyTwoAHyphenatedMixedNumbersBeforeAUnitAndAScrewsGauge() {
        assertEquals("a shelf eleven and a quarter inches deep; number ten by two and a half inch wood screws; two and a half inch screws",
                read("en-US", "a shelf 11-1/4 in. deep; #10 x 2-1/2 in. wood screws; 2-1/2 in. screws"));
        assertEquals("una rebajadora de tres y un cuarto pulgadas, nueva", read("es-US", "una rebajadora de 3-1/4 pulg., nueva"));
        // Must not fire: a range of fifths, a hyphenated pair with no unit after it.
        assertEquals("pages three-four fifths; see one-one half for it", read("en-US", "pages 3-4/5; see 1-1/2 for it"));
    }

    @Test
    void roundSixtyFourBAmpsOfAnElectricalLine() {
        assertEquals("una línea de dieciséis amperios; listo", read("es-AR", "una línea de 16 A; listo"));
        // Must not fire: a subway's line named by a letter, a range's capitalised "a" before a number.
        assertEquals("la línea A y la línea B", read("es-AR", "la línea A y la línea B"));
        assertEquals("una línea de tres A cinco", read("es-AR", "una línea de 3 A 5"));
    }

    @Test
    void roundSixtyFourBModelRailwayGauges() {
        assertEquals("the double oh gauge locos and double oh scale kits; H O gauge and N gauge",
                read("en-GB", "the 00 gauge locos and OO scale kits") + "; " + read("en-GB", "HO gauge and N gauge"));
        // Must not fire: "00" and "OO" before any other word.
        assertEquals("the zero zero code, O O, at zero zero minutes", read("en-GB", "the 00 code, OO, at 00 minutes"));
    }

    @Test
    void roundSixtyEightAAnElidedArticleIsNoLitre() {
        // Round sixty-eight A: "L'" and a capital is a town's elided article; its postcode is dictated before it.
        assertEquals("Calle Olivos veintidós, cero ocho nueve cero cuatro L'Hospitalet", read("es-ES", "Calle Olivos 22, 08904 L'Hospitalet"));
        assertEquals("Plaza Nueva tres, cuatro seis dos cinco cero L’Alcúdia", read("es-ES", "Plaza Nueva 3, 46250 L’Alcúdia"));
        // Must not fire: litres before a space, a stop or a lower-case word.
        assertEquals("compre cinco litros de aceite y dos litros de agua", read("es-ES", "compre 5 L de aceite y 2 L. de agua"));
        assertEquals("take two liters of water", read("en-US", "take 2 L of water"));
    }

    @Test
    void roundSeventyOneDDecibelsAndAResolutionBeforeADeviceOrAfterAModel() {
        assertEquals("un amplificador de veinte decibelios y una bocina de un decibelio", read("es-MX", "un amplificador de 20 dB y una bocina de 1 dB"));
        assertEquals("a thirty decibel amplifier, it runs at forty two decibels", read("en-US", "a 30 dB amplifier, it runs at 42 dB"));
        assertEquals("our four K satellite receiver and the four K gaming monitor", read("en-US", "our 4K satellite receiver and the 4K gaming monitor"));
        assertEquals("cambie su descodificador cuatro K por un modelo ocho K", read("es-ES", "cambie su descodificador 4K por un modelo 8K"));
        // Must not fire: a symbol running into a letter; a plural, a function word or "per" after the number; a model
        // named away from the number.
        assertEquals("a three dBm signal, a sixty five dBA reading", read("en-US", "a 3 dBm signal, a 65 dBA reading"));
        assertEquals("We sold four thousand extra TVs.; We gave four thousand to box office staff.; It earned four thousand per video.",
                read("en-US", "We sold 4K extra TVs.") + "; " + read("en-US", "We gave 4K to box office staff.") + "; "
                        + read("en-US", "It earned 4K per video."));
        assertEquals("un bono de cuatro mil para el modelo nuevo", read("es-MX", "un bono de 4K para el modelo nuevo"));
    }

    @Test
    void roundSeventyOneDPerLinearFootAndARatesSymbolDot() {
        assertEquals("twelve dollars per linear foot installed, thirty four dollars per linear foot for cedar, nine dollars per foot installed",
                read("en-US", "$12 per linear ft. installed, $34/linear ft. for cedar, $9/ft. installed"));
        // Must not fire: the dot before a capital closes the sentence and is kept.
        assertEquals("Pay nine dollars per foot. Call us today.", read("en-US", "Pay $9 per ft. Call us today."));
    }

    @Test
    void roundSeventyBBetweenBeforeACountedRangeJoinsItWithAnd() {
        assertEquals("between one point five and two point five bar; between four and six weeks; between ten percent and twenty percent off",
                read("en-GB", "between 1.5-2.5 bar") + "; " + read("en-US", "between 4-6 weeks") + "; " + read("en-US", "between 10%-20% off"));
        // Must not fire: no "between", "from" before the range, "between" before a word and not the range's first number.
        assertEquals("four to six weeks; from four to six weeks; between sessions allow four to six weeks",
                read("en-US", "4-6 weeks") + "; " + read("en-US", "from 4-6 weeks") + "; " + read("en-US", "between sessions allow 4-6 weeks"));
    }

    @Test
    void roundSeventyASpanishRaceAndGoldKIsMasculine() {
        // Round seventy A: a race's K ("kilómetros") and a gold's K ("quilates") are masculine: "veintiún K", as "veintiún kilómetros".
        assertEquals("corre los veintiún K; una cadena de oro de veintiún K", read("es-MX", "corre los 21K; una cadena de oro de 21K"));
        // Must not fire: English, other distances, a count's thousands ("21K seguidores").
        assertEquals("run the twenty one K", read("en-US", "run the 21K"));
        assertEquals("corre los diez K; veintiún mil seguidores", read("es-ES", "corre los 10K") + "; " + read("es-ES", "21K seguidores"));
    }

    @Test
    void roundSeventyAIntegerRangeAfterPhIsARange() {
        // Round seventy A: a bare range of small numbers after "pH" (perhaps "pH de") is its range of values.
        assertEquals("con un pH de seis a ocho.; suelo ácido, pH cinco a seis.",
                read("es-ES", "con un pH de 6-8.") + "; " + read("es-MX", "suelo ácido, pH 5-6."));
        // Must not fire: a score with no "pH", a pair running backwards.
        assertEquals("el partido quedó seis-ocho.; con pH ocho-seis.", read("es-ES", "el partido quedó 6-8.") + "; " + read("es-ES", "con pH 8-6."));
    }

    @Test
    void roundSeventyTwoEMegapixelsInSpanishText() {
        assertEquals("cámaras de cuatro megapíxeles y una de un megapíxel", read("es-ES", "cámaras de 4 MP y una de 1 MP"));
        // Must not fire: a registration's trailing capitals; English (a milepost before its number, letters after one).
        assertEquals("registro C A cinco ocho uno dos M P", read("es-US", "registro CA 5812 MP"));
        assertEquals("a twelve M P camera at milepost twelve", read("en-US", "a 12 MP camera at MP 12"));
    }
}
