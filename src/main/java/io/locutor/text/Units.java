package io.locutor.text;

import java.util.HashMap;
import java.util.Map;

/** Unit symbols after a number ("12 kg", "200 m", "25 °C", "15 %") → spoken names, with Spanish gender. */
final class Units {
    private Units() {
    }

    record Unit(String esOne, String esMany, boolean esFeminine, String enOne, String enMany) {
        /**
         * The English name before the noun the amount describes: the singular ("a 10 kg bag", "ten kilogram bag"), but a
         * rate's name keeps its plural head past one ("a 40 mph limit", "forty miles per hour limit"; "60 mph gusts"),
         * as speakers say the rate's fixed name and as the slashed "km/h" is read already (round seventy B).
         */
        String enBeforeNoun(boolean one) {
            return !one && enOne.contains(" per ") ? enMany : enOne;
        }
    }

    private static final Map<String, Unit> BY_SYMBOL = new HashMap<>();

    static {
        put(new Unit("por ciento", "por ciento", false, "percent", "percent"), "%");
        put(new Unit("kilómetro", "kilómetros", false, "kilometer", "kilometers"), "km");
        // Round seventeen: "mts", Latin America's everyday plural of the metre ("lotes de 10 mts", "85 mts²"), was no unit.
        put(new Unit("metro", "metros", false, "meter", "meters"), "m", "mts");
        put(new Unit("centímetro", "centímetros", false, "centimeter", "centimeters"), "cm");
        put(new Unit("milímetro", "milímetros", false, "millimeter", "millimeters"), "mm");
        // Round sixty-one A: and with British listings' "sq m" ("a 65 sq m studio", "sqm", "sq. m."), as "sq ft" is below.
        put(new Unit("metro cuadrado", "metros cuadrados", false, "square meter", "square meters"), "m²", "m2", "mts²", "mts2", "sq m", "sq. m.",
                "sq.m.", "sqm");
        put(new Unit("centímetro cuadrado", "centímetros cuadrados", false, "square centimeter", "square centimeters"), "cm²", "cm2");
        put(new Unit("milímetro cuadrado", "milímetros cuadrados", false, "square millimeter", "square millimeters"), "mm²", "mm2");
        put(new Unit("centímetro cúbico", "centímetros cúbicos", false, "cubic centimeter", "cubic centimeters"), "cm³", "cm3");
        put(new Unit("metro cúbico", "metros cúbicos", false, "cubic meter", "cubic meters"), "m³", "m3", "mts³", "mts3");
        // Round fifteen: the decimetre and its square and cube ("compost de 50 dm³", a bag's or a bin's capacity), and the
        // cubic millimetre of a blood count ("5000 células por mm³"), were left to a spelt "dm cubo".
        put(new Unit("decímetro", "decímetros", false, "decimeter", "decimeters"), "dm");
        put(new Unit("decímetro cuadrado", "decímetros cuadrados", false, "square decimeter", "square decimeters"), "dm²", "dm2");
        put(new Unit("decímetro cúbico", "decímetros cúbicos", false, "cubic decimeter", "cubic decimeters"), "dm³", "dm3");
        put(new Unit("milímetro cúbico", "milímetros cúbicos", false, "cubic millimeter", "cubic millimeters"), "mm³", "mm3");
        // Round five L: "125 cc" (an engine's capacity) and "35 ppm" (a gas reading).
        put(new Unit("centímetro cúbico", "centímetros cúbicos", false, "cubic centimeter", "cubic centimeters"), "cc");
        put(new Unit("parte por millón", "partes por millón", true, "part per million", "parts per million"), "ppm");
        put(new Unit("kilómetro cuadrado", "kilómetros cuadrados", false, "square kilometer", "square kilometers"), "km²", "km2");
        put(new Unit("kilogramo", "kilogramos", false, "kilogram", "kilograms"), "kg", "KG", "Kg");
        put(new Unit("gramo", "gramos", false, "gram", "grams"), "g", "gr");
        put(new Unit("miligramo", "miligramos", false, "milligram", "milligrams"), "mg");
        // Round thirty-two: Mexico's and the US Spanish trade's "ton" after a number ("3 ton de alfalfa") is the tonne too,
        // "toneladas"; Spanish text only (QuantityReader), since English "a 3 ton truck" has its own word.
        put(new Unit("tonelada", "toneladas", true, "ton", "tons"), "t", "ton");
        // Round twenty-two: "lt"/"lts", Latin America's and the shops' litre ("3 lt. de leche", "2lts"); before a number "lt." is
        // a plot (Abbreviations' "Lt. 19"), after one it is this unit.
        put(new Unit("litro", "litros", false, "liter", "liters"), "l", "L", "lt", "lts");
        put(new Unit("mililitro", "mililitros", false, "milliliter", "milliliters"), "ml", "mL");
        // Round five J: "75 cl" (a wine bottle), "500-gal tank", "$3.79/gal".
        put(new Unit("centilitro", "centilitros", false, "centiliter", "centiliters"), "cl", "cL");
        put(new Unit("decilitro", "decilitros", false, "deciliter", "deciliters"), "dl", "dL"); // "98 mg/dL": a lab result
        put(new Unit("galón", "galones", false, "gallon", "gallons"), "gal", "gals");
        // Round twenty-seven B: the US quart as garages and shops print it ("up to 5 qts.", "a 5-qt jug"), a quarter gallon.
        put(new Unit("cuarto de galón", "cuartos de galón", false, "quart", "quarts"), "qt", "qts");
        put(new Unit("hora", "horas", true, "hour", "hours"), "h", "hr", "hrs", "hs");
        put(new Unit("minuto", "minutos", false, "minute", "minutes"), "min");
        put(new Unit("segundo", "segundos", false, "second", "seconds"), "s", "seg");
        put(new Unit("milisegundo", "milisegundos", false, "millisecond", "milliseconds"), "ms");
        put(new Unit("kilómetro por hora", "kilómetros por hora", false, "kilometer per hour", "kilometers per hour"), "km/h", "kph");
        put(new Unit("milla por hora", "millas por hora", true, "mile per hour", "miles per hour"), "mph");
        put(new Unit("grado centígrado", "grados centígrados", false, "degree Celsius", "degrees Celsius"), "°C", "ºC", "° C");
        put(new Unit("grado Fahrenheit", "grados Fahrenheit", false, "degree Fahrenheit", "degrees Fahrenheit"), "°F", "ºF");
        put(new Unit("grado", "grados", false, "degree", "degrees"), "°");
        put(new Unit("por mil", "por mil", false, "per mille", "per mille"), "‰");
        // A latitude or longitude: "35°N", "12° O" (Spanish "oeste"), "3°W".
        put(new Unit("grado norte", "grados norte", false, "degree north", "degrees north"), "°N", "° N");
        put(new Unit("grado sur", "grados sur", false, "degree south", "degrees south"), "°S", "° S");
        put(new Unit("grado este", "grados este", false, "degree east", "degrees east"), "°E", "° E");
        put(new Unit("grado oeste", "grados oeste", false, "degree west", "degrees west"), "°O", "° O", "°W", "° W");
        put(new Unit("megabit por segundo", "megabits por segundo", false, "megabit per second", "megabits per second"), "Mbps", "mbps", "Mb/s");
        put(new Unit("gigabit por segundo", "gigabits por segundo", false, "gigabit per second", "gigabits per second"), "Gbps", "gbps", "Gb/s");
        put(new Unit("kilobit por segundo", "kilobits por segundo", false, "kilobit per second", "kilobits per second"), "kbps", "Kbps", "kb/s");
        // A lower-case "b" is the bit, a capital "B" the byte (IEC 80000-13): "300 Mb" is a fibre line's megabits.
        put(new Unit("megabit", "megabits", false, "megabit", "megabits"), "Mb");
        put(new Unit("gigabit", "gigabits", false, "gigabit", "gigabits"), "Gb");
        put(new Unit("kilobit", "kilobits", false, "kilobit", "kilobits"), "kb", "Kb");
        put(new Unit("gigabyte", "gigabytes", false, "gigabyte", "gigabytes"), "GB");
        put(new Unit("megabyte", "megabytes", false, "megabyte", "megabytes"), "MB");
        put(new Unit("kilobyte", "kilobytes", false, "kilobyte", "kilobytes"), "KB", "kB");
        put(new Unit("terabyte", "terabytes", false, "terabyte", "terabytes"), "TB");
        put(new Unit("kilovatio hora", "kilovatios hora", false, "kilowatt hour", "kilowatt hours"), "kWh");
        put(new Unit("kilovatio", "kilovatios", false, "kilowatt", "kilowatts"), "kW");
        // Round forty-eight: a battery's energy as e-bike and power-station makers print it ("a 400 Wh battery", "baterías de
        // 500 Wh"), "watt hour", "vatios hora", as "kWh" is said.
        put(new Unit("vatio hora", "vatios hora", false, "watt hour", "watt hours"), "Wh");
        // Round thirty-eight: a solar array's peak power as installers quote it ("una instalación de 5,4 kWp", "a 4 kWp
        // system"), "kilovatios pico", "kilowatts peak" (the trade's names; ICU's unit names have no peak watt).
        put(new Unit("kilovatio pico", "kilovatios pico", false, "kilowatt peak", "kilowatts peak"), "kWp");
        put(new Unit("vatio pico", "vatios pico", false, "watt peak", "watts peak"), "Wp");
        put(new Unit("megavatio pico", "megavatios pico", false, "megawatt peak", "megawatts peak"), "MWp");
        // Round eight F: a generator's or transformer's apparent power (ICU's unit names have no volt-ampere).
        put(new Unit("kilovoltamperio", "kilovoltamperios", false, "kilovolt-ampere", "kilovolt-amperes"), "kVA");
        put(new Unit("vatio", "vatios", false, "watt", "watts"), "W");
        put(new Unit("milla", "millas", true, "mile", "miles"), "mi");
        put(new Unit("pie", "pies", false, "foot", "feet"), "ft");
        put(new Unit("libra", "libras", true, "pound", "pounds"), "lb", "lbs");
        put(new Unit("kilogramo", "kilogramos", false, "kilogram", "kilograms"), "kgs");
        put(new Unit("minuto", "minutos", false, "minute", "minutes"), "mins");
        put(new Unit("cucharadita", "cucharaditas", true, "teaspoon", "teaspoons"), "tsp");
        put(new Unit("cucharada", "cucharadas", true, "tablespoon", "tablespoons"), "tbsp");
        put(new Unit("pie cuadrado", "pies cuadrados", false, "square foot", "square feet"), "sq ft", "sq. ft.", "sqft", "ft²");
        // Round sixteen: US areas and volumes with their superscript ("400 ft² de pared", "3 yd³ de mantillo"), which read
        // "ft cuadrado" letter by letter; the adjective agrees with the unit ("yardas cúbicas").
        // Round thirty-two B: and with US retail's "cu." and "sq." ("3 cu. yd. of compost", "18 cu. ft. freezer"), as "sq. ft." is.
        put(new Unit("pie cúbico", "pies cúbicos", false, "cubic foot", "cubic feet"), "ft³", "cu. ft.", "cu ft");
        put(new Unit("yarda cuadrada", "yardas cuadradas", true, "square yard", "square yards"), "yd²", "sq. yd.", "sq yd");
        put(new Unit("yarda cúbica", "yardas cúbicas", true, "cubic yard", "cubic yards"), "yd³", "cu. yd.", "cu yd");
        put(new Unit("pulgada cuadrada", "pulgadas cuadradas", true, "square inch", "square inches"), "in²");
        put(new Unit("pulgada cúbica", "pulgadas cúbicas", true, "cubic inch", "cubic inches"), "in³");
        put(new Unit("milla cuadrada", "millas cuadradas", true, "square mile", "square miles"), "mi²", "sq mi", "sq. mi.");
        // Round seven C: an engine's power ("a 3 HP tiller", "1.5 HP pump") and a home's rooms as listings print them ("3BR
        // condos", "2BA"): after a number these capitals are units, said in full.
        // Round thirty-two: Spanish text says "HP" after a number by its letters ("la bomba de 10 HP", "diez H P"), as the
        // Mexican and US Spanish trade and batch 60's writer say it; Spain's engines are in "CV" ("caballos"), below.
        put(new Unit("H P", "H P", false, "horsepower", "horsepower"), "HP", "hp");
        put(new Unit("recámara", "recámaras", true, "bedroom", "bedrooms"), "BR");
        // Round eight: a Spanish engine's power in "caballos de vapor" ("un tractor de 110 CV", said "ciento diez caballos"),
        // and the grain trade's bushel ("1,250 bu of corn"); each only in its own language (QuantityReader).
        put(new Unit("caballo", "caballos", false, "horsepower", "horsepower"), "CV");
        put(new Unit("bushel", "bushels", false, "bushel", "bushels"), "bu");
        // Round eight E: the brewer's barrel ("25 kegs (1/2 bbl)", "we brew 30 bbl a week"), "barril" in Spanish text too.
        put(new Unit("barril", "barriles", false, "barrel", "barrels"), "bbl", "bbls");
        put(new Unit("baño", "baños", false, "bathroom", "bathrooms"), "BA");
        // Geography as encyclopaedias write it: an altitude "2.240 m s. n. m." ("metros sobre el nivel del mar"), a population
        // density "35 hab./km²"; "hab." alone is left as written (after a number it may be "habitaciones").
        put(new Unit("metro sobre el nivel del mar", "metros sobre el nivel del mar", false, "meter above sea level", "meters above sea level"),
                "m s. n. m.", "m s.n.m.", "m. s. n. m.", "m.s.n.m.", "msnm");
        put(new Unit("habitante por kilómetro cuadrado", "habitantes por kilómetro cuadrado", false, "inhabitant per square kilometer",
                "inhabitants per square kilometer"), "hab./km²", "hab/km²", "hab./km2", "hab/km2");
        // "1.500 ha", "12 ha de viñedo", "kg/ha": hectares; "ha" before another lower-case word is the verb ("ha crecido"),
        // see SYMBOL_ALT, and a bare year before it too ("desde 2010 ha"), see QuantityReader.
        put(new Unit("hectárea", "hectáreas", true, "hectare", "hectares"), "ha");
        // Round seventy-one D: a sound's level as amplifiers, headphones and appliances print it ("un amplificador de 20 dB",
        // "runs at 42 dB"), "decibelios" in every Spanish locale (the DLE's "decibelio"), "decibels"; ICU's unit names have
        // no decibel. "dBm", "dBA" run into a letter and are no symbol here.
        put(new Unit("decibelio", "decibelios", false, "decibel", "decibels"), "dB");
        put(new Unit("hercio", "hercios", false, "hertz", "hertz"), "Hz");
        put(new Unit("kilohercio", "kilohercios", false, "kilohertz", "kilohertz"), "kHz");
        put(new Unit("megahercio", "megahercios", false, "megahertz", "megahertz"), "MHz");
        put(new Unit("gigahercio", "gigahercios", false, "gigahertz", "gigahertz"), "GHz");
        // Electricity (SI symbols, BIPM SI Brochure 9th ed. table 4): "12 V", "a 240V outlet", "7 Ah", "5000 mAh". A bare "A"
        // (ampere) is left out: after a number it is far more often a flat, a seat or a suite ("Apt 4 A", "row 12 A").
        put(new Unit("voltio", "voltios", false, "volt", "volts"), "V");
        // Round twenty-seven: a grid's voltage and a plant's output ("la red de media tensión (13,2 kV)", "un parque de 4,5
        // MW", "12.000 MWh al año"), as utilities print them.
        put(new Unit("kilovoltio", "kilovoltios", false, "kilovolt", "kilovolts"), "kV");
        put(new Unit("megavatio", "megavatios", false, "megawatt", "megawatts"), "MW");
        put(new Unit("megavatio hora", "megavatios hora", false, "megawatt hour", "megawatt hours"), "MWh");
        put(new Unit("amperio hora", "amperios hora", false, "amp hour", "amp hours"), "Ah");
        put(new Unit("miliamperio hora", "miliamperios hora", false, "milliamp hour", "milliamp hours"), "mAh");
        // Round fifty-three: the milliampere of a residual-current device's trip or a sensor's draw ("un diferencial de 10
        // mA", "draws 25 mA"); the SI's lower-case "m" before a capital "A" is no flat's letter.
        put(new Unit("miliamperio", "miliamperios", false, "milliamp", "milliamps"), "mA");
        // Round sixty-two A: a motor's or a compressor's run capacitor ("un capacitor de 45 µF", "a 10 µF capacitor"), with
        // the micro sign or the Greek mu, and a heater's or a boiler's output as Latin American and Spanish shops print it
        // ("una caldera de 24.000 kcal/h"), "kilocalorías por hora"; a food's "kcal" alone is the kilocalorie.
        put(new Unit("microfaradio", "microfaradios", false, "microfarad", "microfarads"), "µF", "μF");
        put(new Unit("kilocaloría por hora", "kilocalorías por hora", true, "kilocalorie per hour", "kilocalories per hour"), "kcal/h");
        put(new Unit("kilocaloría", "kilocalorías", true, "kilocalorie", "kilocalories"), "kcal");
        // English durations written short after a number ("5 yrs", "3 mos", "2 wks", "30 secs"; "hrs", "mins" above), and
        // "in." the inch with its dot ("6 in. of water": without the dot "in" is the preposition), also before a closing
        // bracket, a comma or a semicolon ("(24 x 18 x 12 in.)", round ten), where its dot ends no sentence.
        put(new Unit("año", "años", false, "year", "years"), "yrs", "yr");
        put(new Unit("mes", "meses", false, "month", "months"), "mos", "mo");
        put(new Unit("semana", "semanas", true, "week", "weeks"), "wks", "wk");
        put(new Unit("segundo", "segundos", false, "second", "seconds"), "secs", "sec");
        put(new Unit("pulgada", "pulgadas", true, "inch", "inches"), "in.");
        // Round fifty-two: the inch as Spanish catalogues and hardware stores shorten it, "pulg." or "pulg" after a number
        // ("tubo de 3/4 pulg.", "pantalla de 6,5 pulg"), read as the inch mark is ("pulgadas", "una pulgada"); Spanish text
        // only (QuantityReader). Its dot is the symbol's dot (TokenScanner.pastSymbolDot), as after "min.".
        put(new Unit("pulgada", "pulgadas", true, "inch", "inches"), "pulg");
        put(new Unit("yarda", "yardas", true, "yard", "yards"), "yd", "yds");
        put(new Unit("onza", "onzas", true, "ounce", "ounces"), "oz");
        // Round eighty-one A: the US fluid ounce of a perfume's or a drink's label ("3.4 fl oz", "12 fl. oz."), a unit of
        // two words as "sq ft" is: "onzas líquidas", "fluid ounces" (before a noun singular like any measure, "a 2.5 fl oz
        // cream"); "oz" alone keeps the ounce of weight.
        put(new Unit("onza líquida", "onzas líquidas", true, "fluid ounce", "fluid ounces"), "fl oz", "fl. oz.", "fl. oz", "fl.oz.", "fl.oz");
        // Round seven A: what clinics, garages and statements print after a number: "400 mcg", "65 µg/m³", "95 mg/dL",
        // "120 mmHg", "35 psi" (tyre and water pressure), "36 mths", "per qtr", "4 pts per £1" (loyalty points; in
        // Spanish text "pts" stays the peseta, see QuantityReader).
        put(new Unit("microgramo", "microgramos", false, "microgram", "micrograms"), "µg", "μg", "mcg");
        put(new Unit("decilitro", "decilitros", false, "deciliter", "deciliters"), "dL", "dl");
        // Round thirty-four: a laboratory's results ("potasio 6,8 mmol/l", "ferritina 12 ng/ml", "sodium 118 mEq/L",
        // "creatinina 250 µmol/l"), the SI's and the clinics' units, read before "/l" as "por litro", "per liter".
        put(new Unit("milimol", "milimoles", false, "millimole", "millimoles"), "mmol");
        put(new Unit("micromol", "micromoles", false, "micromole", "micromoles"), "µmol", "μmol");
        put(new Unit("nanomol", "nanomoles", false, "nanomole", "nanomoles"), "nmol");
        put(new Unit("nanogramo", "nanogramos", false, "nanogram", "nanograms"), "ng");
        put(new Unit("miliequivalente", "miliequivalentes", false, "milliequivalent", "milliequivalents"), "mEq");
        put(new Unit("milímetro de mercurio", "milímetros de mercurio", false, "millimeter of mercury", "millimeters of mercury"), "mmHg");
        // Round seventy-five K: a CPAP's or a ventilator's pressure ("8 cmH2O", "10 cm H2O"), said "centímetros de agua" as
        // "mmHg" is "de mercurio", never "cmH dos O" or "centímetros H dos O".
        put(new Unit("centímetro de agua", "centímetros de agua", false, "centimeter of water", "centimeters of water"), "cmH2O", "cm H2O",
                "cmH₂O", "cm H₂O");
        // Round eighty-three A: the capitals "PSI" are no symbol here: a pressure washer's or a compressor's trade says
        // them as letters ("two thousand seven hundred P S I", Spanish keeps its capitals, "ciento cincuenta PSI"), as
        // the initialism they are; the lower-case "psi" of tyres and water mains keeps its words.
        put(new Unit("libra por pulgada cuadrada", "libras por pulgada cuadrada", true, "pound per square inch", "pounds per square inch"), "psi");
        put(new Unit("mes", "meses", false, "month", "months"), "mths", "mth");
        put(new Unit("trimestre", "trimestres", false, "quarter", "quarters"), "qtr", "qtrs");
        put(new Unit("punto", "puntos", false, "point", "points"), "pts");
        // Round eleven: a dose in international units ("insulina 100 UI/ml", "1000 IU of vitamin D"), each symbol only in
        // its own language (QuantityReader): English "UI" after a number is a user interface, Spanish "IU" nothing.
        put(new Unit("unidad internacional", "unidades internacionales", true, "international unit", "international units"), "UI", "IU");
        put(new Unit("fotograma por segundo", "fotogramas por segundo", false, "frame per second", "frames per second"), "fps");
        // Round fifty-six: a washer's or a motor's speed ("1.200 rpm") in Spanish text only (QuantityReader), the number
        // agreeing with "revoluciones" ("mil doscientas"); English keeps saying its "rpm".
        put(new Unit("revolución por minuto", "revoluciones por minuto", true, "revolution per minute", "revolutions per minute"), "rpm", "RPM");
        // Round seventy-two E: a camera's resolution ("cámaras IP de 4 MP"), "megapíxeles" (the DLE's "megapíxel"), in
        // Spanish text only (QuantityReader): English "MP" beside a number is a milepost or a member of parliament.
        put(new Unit("megapíxel", "megapíxeles", false, "megapixel", "megapixels"), "MP");
    }

    private static void put(Unit u, String... symbols) {
        for (String s : symbols) {
            BY_SYMBOL.put(s, u);
        }
    }

    /** Regex alternation of the symbols, longest first; a symbol must not run into a following letter or digit. */
    static final String SYMBOL_ALT = "cmH2O|cm H2O|cmH₂O|cm H₂O|kcal/h|kcal|µF|μF|rpm|RPM|ppm|cc|HP|hp|CV|UI|IU|ton|bbls|bbl|bu|BR|BA|m s\\. n\\. m\\.|m s\\.n\\.m\\.|m\\. s\\. n\\. m\\.|m\\.s\\.n\\.m\\.|msnm|hab\\./km²|hab/km²|hab\\./km2|hab/km2|sq\\. ft\\.|sq ft|sqft|sq\\. yd\\.|sq yd|sq\\. mi\\.|sq mi|sq\\. m\\.|sq\\.m\\.|sq m|sqm|cu\\. ft\\.|cu ft|cu\\. yd\\.|cu yd|fl\\. oz\\.|fl\\. oz|fl\\.oz\\.|fl\\.oz|fl oz|ft²|ft³|yd²|yd³|in²|in³|mi²|km/h|kHz|MHz|GHz|kgs|Hz|mins|tbsp|tsp|Mb/s|Gb/s|kb/s|Gbps|gbps|kbps|Kbps|km²|km2|cm²|cm2|mm²|mm2|cm³|cm3|dm²|dm2|dm³|dm3|mm³|mm3|mts²|mts2|mts³|mts3|mts|m²|m2|m³|m3|µg|μg|mcg|mmHg|mmol|µmol|μmol|nmol|mEq|ng|dL|dl|psi|mths|mth|qtrs|qtr|qts|qt|pts|fps|°C|ºC|° C|°F|ºF|°N|° N|°S|° S|°E|° E|°O|° O|°W|° W|kWh|mAh|mA|Ah|dB|yrs|yr|mos|wks|wk|secs|sec|yds|yd|oz|in\\.(?=[ \\u00A0),;]|$)|pulg|mo|Mbps|mbps|kph|mph|hrs|gals|gal|km|cm|dm|mm|kg|KG|Kg|gr|mg|ml|mL|cl|cL"
            + "|ha(?![ \\u00A0]+(?!(?:de|del|y|o|en|por|al|para|con)(?!\\p{L}))\\p{Ll})|hr|hs|min|seg|ms|MP|GB|MB|KB|kB|TB|Mb|Gb|kb|Kb|kVA|kV|kWp|kW|MWp|MWh|MW|Wh|Wp|mi|ft|lbs|lb|%|‰|°|m|g|t|lts|lt|l|"
            // Round sixty-eight A: "L" before an apostrophe and a capital is a name's elided article ("08904 L'Hospitalet",
            // "46250 L'Alcúdia": the postcode and its town), never litres.
            + "L(?!['’]\\p{Lu})|h|s|W|V";

    private static final java.util.regex.Pattern DATA_AFTER = java.util.regex.Pattern.compile(
            "[ \\u00A0]+(?:de[ \\u00A0]+(?:datos|almacenamiento|memoria|espacio|navegación|internet)|(?:of[ \\u00A0]+)?(?:data|storage|memory))(?![\\p{L}])");

    /** The ampere, never looked up by its bare symbol "A" (see the electricity table): {@link #amperes} decides. */
    static final Unit AMP = new Unit("amperio", "amperios", false, "amp", "amps");
    private static final java.util.regex.Pattern ELECTRIC_NEARBY = java.util.regex.Pattern.compile("\\d[ \\u00A0]?(?:V|kV|W|kW|kVA|VA|Hz|mA)(?![\\p{L}\\d])");
    private static final java.util.Set<String> AMP_NOUNS = java.util.Set.of("circuit", "circuits", "supply", "breaker", "breakers", "fuse", "fuses",
            "socket", "plug", "outlet", "cable", "service", "rating", "charger", "circuito", "fusible", "interruptor", "toma", "enchufe",
            // Round fifty: an installer's isolating switches and a supply's main switch ("the 45A isolator", "a 20A switch",
            // "the 100A main disconnect"), and a charger or a breaker in Spanish ("cargador de 2 A", "disyuntor de 20 A").
            "isolator", "isolators", "switch", "switches", "disconnect", "spur", "mcb", "rcd", "rcbo", "cargador", "disyuntor",
            "térmica", "diferencial",
            // Round fifty-three: a home's panel and its breakers as electricians name them in Mexico, the US and Spain
            // ("pastillas de 15 A", "un tablero de 125 A", "el magnetotérmico de 10 A", "a 150A panel"), and the plurals.
            "pastilla", "pastillas", "panel", "panels", "paneles", "subpanel", "tablero", "tableros", "magnetotérmico",
            "magnetotérmicos", "térmico", "térmicas", "diferenciales", "circuitos", "fusibles", "interruptores", "disyuntores",
            "cargadores", "chargers",
            // Round fifty-six: what carries a campsite's or a caravan's supply to it ("the 20A shore power cord", "a 16A
            // adapter", "el adaptador de 20 A que…", "el poste de 40 A", "the 13A socket"), and the plurals.
            "adapter", "adapters", "adaptor", "adaptors", "cord", "cords", "cables", "plugs", "sockets", "outlets", "pedestal",
            "pedestals", "adaptador", "adaptadores", "clavija", "clavijas", "poste", "postes", "pedestales",
            "tomacorriente", "tomacorrientes", "alargador",
            // Round sixty B: the supply itself where a marina or a campsite names it by its amps ("20A or 30A shore power", "a
            // 10A hook-up", "la corriente de 50 A"): its hook-up is one word with its hyphen (ampNounAfter), and "power" ends
            // "shore power" as "cord" did. A letter after a label's number ("Plan A", "Docks A–C", "Class A") has no number.
            "power", "hook-up", "hook-ups", "hookup", "hookups", "corriente",
            // Round sixty-four B: the dedicated line an appliance needs, named by its amps ("una línea de 32 A", "las líneas
            // de 20 A"); "la línea A" (a subway's) has no number before the letter.
            "línea", "líneas");

    /**
     * Words between amps and the noun that takes them: "cooker isolator", "main switch", "shower circuit", "double pole
     * breaker".
     */
    private static final java.util.Set<String> AMP_NOUNS_AFTER_ANOTHER = java.util.Set.of("main", "cooker", "shower", "oven", "hob",
            "heater", "boiler", "charger", "charging", "immersion", "double", "single", "isolating", "fused", "dedicated", "radial",
            "pole", "home", "wall", "car",
            // Round fifty-six: "the 20A shore power cord", "a 16A extension lead".
            "shore", "power", "extension", "hookup",
            // Round sixty B: "30A electric hook-ups", "a 16A electrical supply".
            "electric", "electrical",
            // Round eighty-four B: "the 100A consumer unit", "a 125A distribution board" (AMP_NOUNS_AFTER_THEIR_KIND).
            "consumer", "distribution");

    /**
     * Round eighty-four B: nouns that take amps only after a word naming their electrical kind ("consumer unit",
     * "distribution board"): alone they name a flat's or a meeting's ("Unit 4A", "room 12A board meeting").
     */
    private static final java.util.Set<String> AMP_NOUNS_AFTER_THEIR_KIND = java.util.Set.of("unit", "units", "board", "boards");

    /**
     * Words after which a number is an amount, not a label's: a preposition, an article, a possessive ("de 25 A", "a 63
     * A", "to 80A", "the 16A"). A label's number follows its noun ("seat 11A", "Unit 3A", "el piso 12 A", "Grupo 2 A").
     */
    private static final java.util.Set<String> AMOUNT_LEADS = java.util.Set.of("de", "a", "hasta", "con", "entre", "y", "o", "of", "to",
            "at", "with", "from", "and", "or", "an", "the", "your", "our", "new");

    /**
     * "240V, 40A circuit", "a 32A supply" (round five H): a bare "A" after a number is an ampere only beside another
     * electrical quantity or before a word that takes amps (a circuit, a supply, a breaker, a fuse), perhaps after words
     * naming which one ("the 45A cooker isolator": round fifty). Round fifty-three: also with such a word nearby in its
     * sentence, before the number ("el magnetotérmico de 25 A que…", "su tablero a 125 A por…") or after a few capitalised
     * names or numbers of it ("the 50A NEMA 14-50 outlet", "the 32A Type 2 cable"), when a preposition, an article or a
     * possessive leads the number ({@link #AMOUNT_LEADS}). Elsewhere it stays the flat, the seat or the suite it usually
     * is ("Apt 4 A", "row 12 A", "el asiento es el 9 A y…", "seat 12A near the charger").
     */
    static boolean amperes(ReadContext ctx, int start, int end, boolean decimal) {
        boolean compound = end + 1 < ctx.text.length() && ctx.text.charAt(end) == '-' && Character.isLetter(ctx.text.charAt(end + 1));
        if (!compound && (decimal && !TokenScanner.NUMBERED_NOUNS.contains(ctx.previousWord(start).toLowerCase(java.util.Locale.ROOT))
                || drawnBy(ctx, start))) {
            // Round fifty-seven: a seat, a flat or a grade never carries a decimal ("consumes 2,4 A", "runs at 3.5 A"), though
            // a section or a clause may ("clause 4.2 A", TokenScanner.NUMBERED_NOUNS); and a verb of drawing current before the
            // number makes a whole one amps too ("the heater draws 7 A"). A capital hyphenated to a word is no symbol ("3.5
            // A-levels").
            return true;
        }
        String text = ctx.text;
        String window = text.substring(Math.max(0, start - 30), Math.min(text.length(), end + 30));
        if (ELECTRIC_NEARBY.matcher(window).find() || ampsBeforeTheirNoun(text, end)) {
            return true;
        }
        // Round sixty-four B: a number right after the letter makes it a range's capitalised "a" ("una línea de 3 A 5"), no
        // symbol, however electrical the sentence's words.
        return AMOUNT_LEADS.contains(ctx.previousWord(start).toLowerCase(java.util.Locale.ROOT))
                && (ampNounAfter(text, end, true) || ctx.anyWord(ctx.sentenceStart(start, 40), start, AMP_NOUNS::contains))
                && !ctx.at(NUMBER_AFTER_LETTER, end).lookingAt();
    }

    /** A space and a digit after the letter "A": " 5" in "de 3 A 5". */
    private static final java.util.regex.Pattern NUMBER_AFTER_LETTER = java.util.regex.Pattern.compile("[ \\u00A0]+\\d");

    /**
     * Round fifty-seven: the British stone of a person's weight, the same word in the singular and the plural ("fourteen
     * stone"), never looked up by its symbol "st" (after a number as likely a street or an ordinal's letters): {@link #stones}
     * decides.
     */
    static final Unit STONE = new Unit("stone", "stone", false, "stone", "stone");
    /** Pounds after a weight in stone: " 4 lb", " 11lbs". */
    private static final java.util.regex.Pattern POUNDS_NEXT = java.util.regex.Pattern.compile("[ \\u00A0]?\\d{1,2}[ \\u00A0]?lbs?(?![\\p{L}\\d])");
    /** What ends a weight's phrase after "st": a mark, the text's end, or a word joining another limit or a purpose. */
    private static final java.util.regex.Pattern WEIGHT_PHRASE_END = java.util.regex.Pattern.compile(
            "(?:[.,;:)]|[ \\u00A0]+(?:for|and|or|to)(?![\\p{L}\\d])|$)");
    /** A weight in stone just before, joined to the next ("between 9 st and 12 st", "10st–13st"): its range's other end. */
    private static final java.util.regex.Pattern STONE_BEFORE = java.util.regex.Pattern.compile(
            "\\d[ \\u00A0]?st(?:[ \\u00A0]+(?:and|or|to)[ \\u00A0]+|[ \\u00A0]?[-–][ \\u00A0]?)$");
    /** Words of a sentence about a person's weight, before the amount: "riders weighing over 16 st, or…". */
    private static final java.util.Set<String> WEIGHT_WORDS = java.util.Set.of("weight", "weights", "weigh", "weighs", "weighed",
            "weighing", "rider", "riders", "limit", "limits");

    /**
     * Round fifty-seven: British English (any but the United States') writes a person's weight in stone and pounds ("13 st
     * 4 lb", "a weight limit of 15 st"). After a number a lower-case "st" is the stone when pounds follow it, or when it
     * ends its phrase ({@link #WEIGHT_PHRASE_END}) in a sentence about weight ({@link #WEIGHT_WORDS}); "14 St James's Street"
     * (a capital) and "1st" (an ordinal, read before) keep theirs.
     */
    static boolean stones(ReadContext ctx, int start, int end) {
        if (ctx.lang != Lang.EN || "US".equals(ctx.locale.region)) {
            return false;
        }
        if (poundsAfter(ctx.text, end)) {
            return true;
        }
        String number = ctx.text.substring(start, TokenScanner.digitsEnd(ctx.text, start));
        if (number.endsWith("1") && !number.endsWith("11")) {
            return false; // "on the 21 st.": an ordinal's letters spaced from it, the stone only with pounds after it
        }
        return (WEIGHT_PHRASE_END.matcher(ctx.text).region(end, ctx.text.length()).lookingAt()
                || STONE_BEFORE.matcher(ctx.text).region(Math.max(0, start - 16), start).find())
                && ctx.anyWord(ctx.sentenceStart(start, 80), start, WEIGHT_WORDS::contains);
    }

    /** Pounds right after a weight's "st" at {@code end}: "11 st 4 lb", "11st 2lb". */
    static boolean poundsAfter(String text, int end) {
        return POUNDS_NEXT.matcher(text).region(end, text.length()).lookingAt();
    }

    /** Round fifty-seven: verbs a device's current is said with, English and Spanish ("draws", "pulls", "consume"). */
    private static final java.util.Set<String> DRAWING_VERBS = java.util.Set.of("draw", "draws", "drew", "drawing", "pull", "pulls",
            "pulled", "pulling", "consume", "consumes", "consumed", "consuming", "consumen", "consumía", "consumió", "consumirá");
    /** Words that hedge an amount between its verb and the number: "draws about 8 A", "consume unos 9 A", "pulls up to 12 A". */
    private static final java.util.Set<String> AMOUNT_HEDGES = java.util.Set.of("about", "around", "roughly", "approximately", "nearly",
            "almost", "only", "just", "up", "to", "unos", "aproximadamente", "hasta", "casi", "solo", "sólo", "alrededor", "de");

    /**
     * A verb of drawing current right before the number at {@code start}, perhaps over up to two hedging words: "draws 8 A",
     * "pulls up to 12 A", "consume unos 9 A". A label's number follows its noun instead ("seat 12A", "piso 9 A").
     */
    private static boolean drawnBy(ReadContext ctx, int start) {
        int at = start;
        for (int words = 0; words <= 2; words++) {
            String word = ctx.previousWord(at).toLowerCase(java.util.Locale.ROOT);
            if (DRAWING_VERBS.contains(word)) {
                return true;
            }
            if (!AMOUNT_HEDGES.contains(word)) {
                return false;
            }
            at = ReadContext.lettersStart(ctx.text, ReadContext.spacesStart(ctx.text, at));
        }
        return false;
    }

    /** Round sixty B: the next amps of a list or a range after "or", "and", "to" or a dash: " or 50A", " and 50 A", "–32A". */
    private static final java.util.regex.Pattern PARTNER_AMPS = java.util.regex.Pattern.compile(
            "(?:[ \\u00A0]+(?:or|and|to|o|y|a)[ \\u00A0]+|[ \\u00A0]?[-–/][ \\u00A0]?)\\d{1,3}[ \\u00A0]?A(?![\\p{L}\\d])");

    /**
     * The amps ending at {@code end} stand right before a word that takes them ("50A shore power", "30A hook-ups", "the
     * 45A cooker isolator"), perhaps through the partner amps of a list or a range (round sixty B: "20A or 30A shore
     * power", "16A and 32A sockets"): they describe that noun, and English says them in the singular as a compound
     * adjective ("thirty amp or fifty amp shore power", QuantityReader), as "a 32A supply" is.
     */
    static boolean ampsBeforeTheirNoun(String text, int end) {
        if (ampNounAfter(text, end, false)) {
            return true;
        }
        java.util.regex.Matcher partner = PARTNER_AMPS.matcher(text).region(end, text.length());
        return partner.lookingAt() && ampNounAfter(text, partner.end(), false);
    }

    /**
     * True when the amps rate the thing named after them: "the 32A supply", "a 50A double pole breaker"; with
     * {@code overNames} also after up to three capitalised words or numbers naming it ("the 50A NEMA 14-50 outlet"),
     * each word set apart by a space (a hyphen between the names too).
     */
    private static boolean ampNounAfter(String text, int end, boolean overNames) {
        int i = end;
        String previous = "";
        for (int words = 0; words <= 3; words++) {
            int from = i;
            while (from < text.length() && (text.charAt(from) == ' ' || text.charAt(from) == '\u00A0' || words > 0 && text.charAt(from) == '-')) {
                from++;
            }
            int to = from;
            while (to < text.length() && Character.isLetterOrDigit(text.charAt(to))) {
                to++;
            }
            if (from == i || to == from) {
                return false; // nothing after the amps, or a mark between the words
            }
            String word = text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
            int compoundEnd = ReadContext.lettersEnd(text, to + 1);
            if (AMP_NOUNS.contains(word) || to < text.length() && text.charAt(to) == '-' && compoundEnd > to + 1
                    && AMP_NOUNS.contains(text.substring(from, compoundEnd).toLowerCase(java.util.Locale.ROOT))) {
                return true; // round sixty B: a hyphenated noun is one word, "a 10A hook-up"
            }
            if (words > 0 && AMP_NOUNS_AFTER_THEIR_KIND.contains(word) && AMP_NOUNS_AFTER_ANOTHER.contains(previous)) {
                return true; // round eighty-four B: "the 100A consumer unit", "a 125A distribution board"
            }
            char first = text.charAt(from);
            boolean hyphenated = to < text.length() && text.charAt(to) == '-' && compoundEnd > to + 1 && Character.isLowerCase(first);
            if (hyphenated) {
                // Round eighty-four B: a hyphenated adjective between the amps and their noun ("a 32A single-phase supply", "a
                // 16A weather-proof socket") describes the noun as the words of AMP_NOUNS_AFTER_ANOTHER do; its noun must still
                // follow, so "Flat 3A two-bedroom" is no ampere.
                to = compoundEnd;
            } else if (!AMP_NOUNS_AFTER_ANOTHER.contains(word) && !(overNames && (Character.isUpperCase(first) || Character.isDigit(first)))) {
                return false;
            }
            previous = word;
            i = to;
        }
        return false;
    }

    /**
     * "10 Gb de datos", "500 Mb of data": an amount of data is bytes whatever the case of its "b" (informal Spanish and
     * English write "Gb" for gigas); a line's speed keeps the bit ("fibra de 300 Mb").
     */
    static Unit dataVolume(String symbol, Unit unit, String text, int end) {
        if (unit == null || !symbol.endsWith("b") || !DATA_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return unit;
        }
        return find(symbol.substring(0, symbol.length() - 1).toUpperCase(java.util.Locale.ROOT) + "B");
    }

    /**
     * A unit's English name as the locale spells it: "-re" outside the United States ("centimetres", "kilometres",
     * "litres" in en-GB), "-er" in en-US. Spanish names pass unchanged.
     */
    static String spelling(ReadContext ctx, String name) {
        if (ctx.es() || "US".equals(ctx.locale.region)) {
            return name;
        }
        if (name.startsWith("ton") && name.length() <= 4) {
            return name.equals("ton") ? "tonne" : "tonnes"; // "1.2 t" (round seven D): the metric "t" is the British "tonne"
        }
        return name.replace("meter", "metre").replace("liter", "litre");
    }

    /**
     * English "a" or "an" before a unit's spoken name, by its first sound: "an inch", "an ounce", "an hour" (a silent
     * h), but "a unit", "a euro" (a "you" sound).
     */
    static String article(String name) {
        char c = name.isEmpty() ? 'x' : Character.toLowerCase(name.charAt(0));
        if (c == 'h') {
            return name.startsWith("hour") ? "an" : "a";
        }
        if ("aeio".indexOf(c) >= 0) {
            return name.startsWith("eu") || name.startsWith("one") ? "a" : "an";
        }
        return c == 'u' && !name.startsWith("uni") && !name.startsWith("us") ? "an" : "a";
    }

    /** One-word English unit names, singular and plural, both spellings: "kilograms", "litres", "metre", "tonnes". */
    private static final class EnglishNames {
        static final java.util.Set<String> ALL = BY_SYMBOL.values().stream()
                .flatMap(u -> java.util.stream.Stream.of(u.enOne(), u.enMany()))
                .filter(name -> name.indexOf(' ') < 0)
                .flatMap(name -> java.util.stream.Stream.of(name, name.replace("meter", "metre").replace("liter", "litre"),
                        name.startsWith("ton") ? name.replace("ton", "tonne") : name))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** True for an English unit's name written out ("from 2.30 to 4.10 litres"), as {@link #find} is for its symbol. */
    static boolean englishName(String word) {
        return EnglishNames.ALL.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A metric length, weight or volume with a one-word name ("millimeter", "kilogram", "liter"), known by its name's SI
     * base, so every prefix of the table counts; a square or cubic measure, a rate or a non-metric unit does not.
     */
    static boolean metricSize(Unit u) {
        String name = u.enOne();
        return name.indexOf(' ') < 0 && (name.endsWith("meter") || name.endsWith("gram") || name.endsWith("liter"));
    }

    /** A metric length of {@link #metricSize}: "millimeter", "meter", "kilometer". */
    static boolean metricLength(Unit u) {
        return metricSize(u) && u.enOne().endsWith("meter");
    }

    /**
     * Round eighty-one B: a metric area below the square metre ("square millimeter", "square centimeter"), known by its
     * name as {@link #metricLength} is: the cross-section of a cable or a wire, the face of a small part, a size of the
     * thing, where a square metre or more before a noun is mostly an amount of a material laid or sold by the area
     * ("30m² carpet"); a square foot, a cube or a rate is none.
     */
    static boolean subMetreArea(Unit u) {
        String name = u.enOne();
        return name.indexOf(' ', "square ".length()) < 0 && name.endsWith("meter")
                && (name.startsWith("square milli") || name.startsWith("square centi"));
    }

    static Unit find(String symbol) {
        return BY_SYMBOL.get(symbol);
    }

    /** Spanish one-word unit names, singular and plural ("pie", "pies", "yardas"), to the unit they name. */
    private static final Map<String, Unit> BY_SPANISH_NAME = new HashMap<>();

    static {
        for (Unit u : BY_SYMBOL.values()) {
            if (u.esOne().indexOf(' ') < 0 && !u.esOne().equals(u.esMany())) {
                BY_SPANISH_NAME.put(u.esOne(), u);
                BY_SPANISH_NAME.put(u.esMany(), u);
            }
        }
    }

    /** True for a Spanish unit's one-word name written out ("grados", "metros"), as {@link #englishName} is for English. */
    static boolean spanishName(String word) {
        return BY_SPANISH_NAME.containsKey(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "pies²", "metros³", "yardas²" (round sixteen): a Spanish unit's name written with a square or a cube takes the
     * adjective in its number and gender ("pies cuadrados", "yardas cúbicas", "un pie cuadrado"), as the unit symbols
     * above are read; null for any other word, whose power mathematics reads ("r cuadrado").
     */
    static String spanishPowerAdjective(String word, long power) {
        Unit u = power == 2 || power == 3 ? BY_SPANISH_NAME.get(word.toLowerCase(java.util.Locale.ROOT)) : null;
        if (u == null) {
            return null;
        }
        String stem = power == 2 ? "cuadrad" : "cúbic";
        boolean many = word.equalsIgnoreCase(u.esMany());
        return stem + (u.esFeminine() ? "a" : "o") + (many ? "s" : "");
    }
}
