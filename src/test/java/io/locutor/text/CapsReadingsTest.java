package io.locutor.text;

import static io.locutor.text.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Capitals: word-shaped capitals in a shouted run are read as words, known initialisms stay spelt.
 * Each rule is also checked where it must not fire. Expected strings are exact.
 */
class CapsReadingsTest {
    @Test
    void wordShapedCapitalsInAShoutedRunAreWords() {
        assertEquals("HIGH WIND WATCH: stay indoors tonight.", read("en-US", "HIGH WIND WATCH: stay indoors tonight."));
        assertEquals("BOIL WATER NOTICE for Oak Park residents.", read("en-US", "BOIL WATER NOTICE for Oak Park residents."));
        // Known initialisms stay spelt, and do not make their neighbours words; a lone capital word is still spelt.
        assertEquals("Bring your I D to the F B I T I P desk; U S P S S H I P rates apply.",
                read("en-US", "Bring your ID to the FBI TIP desk; USPS SHIP rates apply."));
        assertEquals("Call the I R S and the D M V now.", read("en-US", "Call the IRS and the DMV now."));
        assertEquals("ALERTA DE TSUNAMI para la costa: suba a zonas altas.", read("es-US", "ALERTA DE TSUNAMI para la costa: suba a zonas altas."));
    }

    @Test
    void anAgencyOrALetterRunWithoutVowelsStaysSpeltBesideShoutedWords() {
        assertEquals("C D C HEALTH ADVISORY: N H S GUIDANCE UPDATED", read("en-GB", "CDC HEALTH ADVISORY: NHS GUIDANCE UPDATED"));
        assertEquals("N W S SEVERE THUNDERSTORM WATCH", read("en-US", "NWS SEVERE THUNDERSTORM WATCH"));
        // Short words of a shouted run stay words.
        assertEquals("CALL US TODAY. CLAIM IT TODAY.", read("en-US", "CALL US TODAY. CLAIM IT TODAY."));
    }

    @Test
    void anEmergencyOfficeIsSpeltInAShoutedRun() {
        assertEquals("E O C UPDATE: ROADS CLOSED near the dam", read("en-US", "EOC UPDATE: ROADS CLOSED near the dam"));
        // Not fired: a shouted word beside it stays a word.
        assertEquals("FLOOD WATCH until noon", read("en-US", "FLOOD WATCH until noon"));
    }

    @Test
    void keywordsAfterAVerbOfReplyingAndTypeLetters() {
        // Round seven A: "Reply KEEP", "USB-C"; a known initialism after "Text" and an agency stay spelt; "MIG-25" keeps its hyphen.
        assertEquals("Reply KEEP or END; Text V A T to six zero seven seven seven; a U S B C charger; a MIG-twenty five jet; Reply N H S.",
                read("en-GB", "Reply KEEP or END; Text VAT to 60777; a USB-C charger; a MIG-25 jet; Reply NHS."));
    }

    @Test
    void roundSevenCShoutedWordsJoinedByAnAmpersandAndAStreetTypeAfterThe() {
        assertEquals("LAKE TOWN PAWN and LOAN", read("en-US", "LAKE TOWN PAWN & LOAN"));
        assertEquals("V A T and T A X", read("en-US", "VAT & TAX"));
        assertEquals("the D R and Main Drive", read("en-US", "the DR and Main DR"));
    }

    @Test
    void roundSevenDWordsSaidAsWordsAndPluralKeywords() {
        assertEquals("our STEM lab, a REAL I D, text JOBS to five five one two three", read("en-US", "our STEM lab, a REAL ID, text JOBS to 55123"));
        // Must not fire: a plural of a known initialism, a plural after no verb of replying.
        assertEquals("text A T M S to me; the J O B S list", read("en-US", "text ATMS to me; the JOBS list"));
    }

    @Test
    void roundTenBAmOrPmGluedToADigitIsACodesCapitals() {
        // "AM2", "PM3": no time's digit before them, so a code's capitals, spelt as "NVQ2" is.
        assertEquals("passed their A M two and the P M three form", read("en-GB", "passed their AM2 and the PM3 form"));
        // Must not fire: a time marker after its hour, glued to the next time or not.
        assertEquals("open nine AM to five PM daily", read("en-US", "open 9AM-5PM daily"));
        assertEquals("from nine AM two PM", read("en-US", "from 9AM2PM"));
    }
    @Test
    void fiveCapitalsNoSyllableHoldsAreSpelt() {
        // Round twenty B: five or six capitals whose consonants no English syllables hold are spelt in lower-case text.
        assertEquals("the U K H S A alert, the N S P C C appeal", read("en-GB", "the UKHSA alert, the NSPCC appeal"));
        // Must not fire: a headline in capitals (batch 14_en's writer keeps it as written), words written in capitals,
        // and capitals a syllable holds.
        assertEquals("UKHSA COLD HEALTH ALERT, PLEASE call, FIRST class, WORLD cup, NIGHT bus, NVIDIA cards, TOEFL test",
                read("en-GB", "UKHSA COLD HEALTH ALERT, PLEASE call, FIRST class, WORLD cup, NIGHT bus, NVIDIA cards, TOEFL test"));
    }

    @Test
    void roundSeventyFourJAnAircraftsRegistrationIsSpelt() {
        // Round seventy-four J: capitals, a hyphen and capitals with no word in them are a registration, spelt; Spanish
        // pauses at the hyphen as at a code's, English runs on.
        assertEquals("la avioneta E C, N W Q y el helicóptero X A, R T Z", read("es-ES", "la avioneta EC-NWQ y el helicóptero XA-RTZ"));
        assertEquals("hire of G H K T W and D F L Z", read("en-GB", "hire of G-HKTW and D-FLZ"));
        // Must not fire: a word after the hyphen, words said as words, a known initialism first, a Spanish doubled-letter
        // plural, an airports' route, a code with digits, a run glued to more.
        assertEquals("The X-RAY, the CO-OP, WI-FI, E-MAIL, CD-ROM, NON-STOP, US-UK and the JFK-LHR flight",
                read("en-GB", "The X-RAY, the CO-OP, WI-FI, E-MAIL, CD-ROM, NON-STOP, US-UK and the JFK-LHR flight"));
        assertEquals("el área de RR-HH, la ruta MAD-BCN, la talla S-XXL y el WI-FI", read("es-ES", "el área de RR-HH, la ruta MAD-BCN, la talla S-XXL y el WI-FI"));
        assertEquals("el código M X siete, Q K cuatro dos", read("es-MX", "el código MX7-QK42"));
    }

    @Test
    void roundThirtyCapitalsGluedAfterAFormatsNumberAreSpeltAndImaxIsAWord() {
        assertEquals("IMAX and four D X shows, a five X L tee and a four W D truck", read("en-US", "IMAX and 4DX shows, a 5XL tee and a 4WD truck"));
        assertEquals("sala cuatro D X y talla dos X L", read("es-MX", "sala 4DX y talla 2XL"));
        // Must not fire: an ordinal's suffix, a unit's symbol, the day's half.
        assertEquals("the second floor, a four gigabyte card, ten kilogram bags at five PM", read("en-US", "the 2ND floor, a 4GB card, 10KG bags at 5PM"));
    }

    @Test
    void roundEightyThreeBOneLowerCaseLetterBeforeCapitalsIsSpelt() {
        assertEquals("New U P V C doors, an M R N A vaccine, your E G F R result.", read("en-GB", "New uPVC doors, an mRNA vaccine, your eGFR result."));
        // Must not fire: a word after the capitals (a brand), capitals said as a word, two capitals only.
        assertEquals("An eSIM, the iPhone, eBay, iOS and kVA.", read("en-GB", "An eSIM, the iPhone, eBay, iOS and kVA."));
    }

    @Test
    void roundThirtyNineBAnAgencyHeardSpeltIsSpeltAndDacaIsAWord() {
        assertEquals("the U S C I S office and a DACA renewal", read("en-US", "the USCIS office and a DACA renewal"));
        // Must not fire: five capitals said as words, a headline in capitals.
        assertEquals("the NAFTA deal, UNICEF, a USCIS RFE ALERT", read("en-US", "the NAFTA deal, UNICEF, a USCIS RFE ALERT"));
    }

    @Test
    void roundFiftyThreeAPluralInitialismIsSpeltAsItsSingular() {
        assertEquals("unplug the P Cs and D V Rs; the A T Ms take I Ds; our F A Qs", read("en-GB", "unplug the PCs and DVRs; the ATMs take IDs; our FAQs"));
        // Must not fire: an initialism said as a word, an English word in capitals, the sets' plural the writers keep, a
        // code with digits.
        assertEquals("keep your PINs and SIMs safe, the OKs, four K TVs, P sixties", read("en-GB", "keep your PINs and SIMs safe, the OKs, 4K TVs, P60s"));
    }

    @Test
    void roundSixtyTwoBALabelInCapitalsBeforeItsControlIsTheWord() {
        assertEquals("press the BAKE button, hold the LOCK and HEAT keys, the LOW or HIGH key",
                read("en-US", "press the BAKE button, hold the LOCK and HEAT keys, the LOW or HIGH key"));
        // Must not fire: initialisms before a control's noun, a known one shaped like a word, a label with no control
        // noun after it, and a word joined to a spelt initialism.
        assertEquals("the U S B button, the I D key, the H V A C switch, the A T M button, the S U V mode, the L E D and H V A C buttons",
                read("en-US", "the USB button, the ID key, the HVAC switch, the ATM button, the SUV mode, the LED and HVAC buttons"));
        assertEquals("our F A N club", read("en-US", "our FAN club"));
    }

    @Test
    void roundSixtyFiveCAKeywordOrAnOffersCodeSyllablesHoldIsTheWord() {
        assertEquals("Text QUIZ to four eight two one three, or by texting YOGA at six one seven three zero; Reply JAZZ.",
                read("en-US", "Text QUIZ to 48213, or by texting YOGA at 61730; Reply JAZZ."));
        assertEquals("quote RIDE fifteen in store", read("en-GB", "quote RIDE15 in store"));
        // Must not fire: capitals no syllables hold, a "y" between consonants, a keyword's word after no verb of replying,
        // a reference's longer serial after "quote" and capitals no syllable holds there.
        assertEquals("text A B C to four zero four zero four; reply N Y C for news; the Q U I Z team",
                read("en-US", "text ABC to 40404; reply NYC for news; the QUIZ team"));
        assertEquals("quote P O L four four seven one eight when you call; quote A B C twelve at the till",
                read("en-GB", "quote POL44718 when you call; quote ABC12 at the till"));
    }

    @Test
    void roundSeventyNineASpanishOffersCodeEnglishSyllablesHoldIsTheWord() {
        assertEquals("Use el código SKIP quince o el cupón GLOW veinte en la tienda.", read("es-US", "Use el código SKIP15 o el cupón GLOW20 en la tienda."));
        // Must not fire: a longer serial after "código", capitals no syllable holds, a word in capitals after no offer's cue.
        assertEquals("el código S K I P uno cinco cero cero, el código A B C doce y la palabra S N A P veinte.",
                read("es-US", "el código SKIP1500, el código ABC12 y la palabra SNAP20."));
    }

    @Test
    void roundSeventyNineARegionalRoadOfTwoCapitalsSaysItsNumberWhole() {
        assertEquals("Cortada la G I dos mil cuatrocientos cinco y la carretera B U mil doscientos; desvío por la A cuatro.",
                read("es-ES", "Cortada la GI-2405 y la carretera BU-1200; desvío por la A-4."));
        // Must not fire: a model's code after its word, a standard's three capitals, a number led by a zero.
        assertEquals("el modelo G X dos cuatro cinco cero y la NOM cero treinta y cinco y la G I cero uno dos tres.",
                read("es-ES", "el modelo GX-2450 y la NOM-035 y la GI-0123."));
    }

    @Test
    void roundSeventyThreeGARoadAfterCtraReadsAsAfterCarretera() {
        assertEquals("el almacén de carretera N doscientos treinta y dos kilómetro nueve, junto a la carretera M quinientos tres",
                read("es-ES", "el almacén de Ctra. N-232 km 9, junto a la carretera M-503"));
        // Must not fire: a road named by its town keeps its kilometre point; a product's code after its word stays spelt.
        assertEquals("por la carretera de Toledo kilómetro doce; el modelo A P siete",
                read("es-ES", "por la Ctra. de Toledo km 12; el modelo AP-7"));
    }

    @Test
    void roundSixtyFiveCASpanishRoadAndAnAccountsKindKeepTheirCapitals() {
        assertEquals("cerrada la AP sesenta y ocho y la autopista AP seis; desvío por la N trescientos cuarenta",
                read("es-ES", "cerrada la AP-68 y la autopista AP-6; desvío por la N-340"));
        assertEquals("a la cuenta CLABE cero uno cuatro siete, dos dos nueve cero, cero uno ocho tres, seis seis cinco cuatro, dos uno.",
                read("es-MX", "a la cuenta CLABE 0147 2290 0183 6654 21."));
        // Must not fire: a product's code after its word, a crane's code with no road's letters, a file's code of one
        // run of digits.
        assertEquals("el modelo A P siete y la grúa G T ciento cincuenta", read("es-ES", "el modelo AP-7 y la grúa GT-150"));
        assertEquals("reclamo M I A A A siete tres cero uno dos hoy", read("es-MX", "reclamo MIAAA 73012 hoy"));
    }

    @Test
    void roundSeventyOneDAnInitialismsPossessiveIsSpelt() {
        assertEquals("your H O A's rules, the C E O’s note, the N H S's advice", read("en-GB", "your HOA's rules, the CEO’s note, the NHS's advice"));
        // Must not fire: an initialism said as a word, a contraction in capitals.
        assertEquals("NASA's rocket, IT'S late, the H O A said, the H O As", read("en-US", "NASA's rocket, IT'S late, the HOA said, the HOAs"));
    }

    @Test
    void roundSeventyTwoFASubjectPronounAfterAPrepositionIsAnInitialism() {
        // Round seventy-two F: no subject pronoun follows a preposition, so "HE" there before a noun is spelt.
        assertEquals("funding for H E students and a path into H E teaching", read("en-GB", "funding for HE students and a path into HE teaching"));
        // Must not fire: the pronoun stressed, after "than", in a shouted run, at a clause's end.
        assertEquals("He said HE was fine. She is taller than HE is. Give it to HE.",
                read("en-GB", "He said HE was fine. She is taller than HE is. Give it to HE."));
    }

    @Test
    void roundSeventyTwoEAClabesLastPair() {
        assertEquals("CLABE cero uno cuatro siete, dos dos nueve cero, cero uno ocho tres, seis seis cinco cuatro, dos uno antes del viernes",
                read("es-MX", "CLABE 0147 2290 0183 6654 21 antes del viernes"));
        // Must not fire: a card's groups before an amount, with no CLABE named.
        assertEquals("la tarjeta cuatro cero cero cero, uno dos tres cuatro, cinco seis siete ocho, nueve cero uno cero veinticinco pesos",
                read("es-MX", "la tarjeta 4000 1234 5678 9010 25 pesos"));
    }
}
