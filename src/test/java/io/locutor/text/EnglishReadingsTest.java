package io.locutor.text;

import static io.locutor.text.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * English readings of issue 13's fourth round (en-US and en-GB): 24-hour times, UK postcodes and numbers, keypad and
 * short numbers, weekday abbreviations, ranges, codes that are not fractions, symbols. Each rule is also checked where
 * it must not fire. Expected strings are exact.
 */
class EnglishReadingsTest {
    @Test
    void anOClockTimeOnTheTwentyFourHourDialIsSaidInHundreds() {
        assertEquals("lines open eight hundred to twenty hundred", read("en-GB", "lines open 08:00 to 20:00"));
        assertEquals("thirteen hundred to seventeen hundred", read("en-GB", "13:00-17:00"));
        assertEquals("nine thirty to seventeen forty five", read("en-GB", "9:30 - 17:45"));
        assertEquals("at nine", read("en-US", "at 9:00"));
        assertEquals("at seven PM", read("en-US", "at 7:00 pm"));
    }

    @Test
    void ukPostcodesAreSpelledAndStreetQuadrantsSaid() {
        assertEquals("Leeds L S one four D Y", read("en-GB", "Leeds LS1 4DY"));
        assertEquals("S W one A one A A", read("en-GB", "SW1A 1AA"));
        assertEquals("It is A one road", read("en-GB", "It is A1 road"));
        assertEquals("five hundred Industrial Parkway Southeast", read("en-US", "500 Industrial Pkwy SE"));
        assertEquals("twelve Oak Lane is nice", read("en-US", "12 Oak Ln. is nice"));
    }

    @Test
    void numbersACallerDialsOrKeysInAreDigits() {
        assertEquals("Call nine nine nine in an emergency or one one one for advice.",
                read("en-GB", "Call 999 in an emergency or 111 for advice."));
        assertEquals("We sold twenty or one hundred and eleven units.", read("en-US", "We sold 20 or 111 units."));
        assertEquals("call three one one", read("en-US", "call 311"));
        assertEquals("extension two zero four", read("en-US", "ext. 204"));
        assertEquals("Text STOP to five five five one two", read("en-US", "Text STOP to 55512"));
        assertEquals("up to twelve thousand three hundred and forty five items", read("en-US", "up to 12345 items"));
        assertEquals("Press star then two", read("en-US", "Press * then 2"));
    }

    @Test
    void weekdayAbbreviationsBeforeADateOrInARange() {
        assertEquals("for Tuesday (February twenty second)", read("en", "for Tu (2/22)"));
        assertEquals("Wednesday October eighth", read("en", "Wed Oct 8"));
        assertEquals("Monday to Friday, nine AM to five PM", read("en", "Mon-Fri, 9am-5pm"));
        assertEquals("Thursday, May sixth", read("en", "Thurs, 5/6"));
        assertEquals("Sun Valley three times", read("en", "Sun Valley 3 times"));
        // A clock time after a preposition makes the abbreviation a day; with no time after it, it stays a word.
        assertEquals("Tuesday at three fifteen PM, Saturday from nine AM, Friday by noon", read("en", "Tue at 3:15 PM, Sat from 9 AM, Fri by noon"));
        assertEquals("Sun at its peak, the Sun at five degrees", read("en", "Sun at its peak, the Sun at 5 degrees"));
    }

    @Test
    void numberedRoomsAreSaidInPairs() {
        assertEquals("Room one fourteen, Suite four fifty, Apartment three oh seven, Courtroom six oh two, Gate one twenty",
                read("en-US", "Room 114, Ste. 450, Apt 307, Courtroom 602, Gate 120"));
        // Round hundreds stay hundreds; a zero-led number is dictated; short numbers are counted; a code after "Gate
        // code" and a letter after the number are other rules'.
        assertEquals("Suite one hundred, Room zero zero seven, Ward nine", read("en-GB", "Suite 100, Room 007, Ward 9"));
        assertEquals("Unit three B, Gate code four four seven one", read("en-US", "Unit 3B, Gate code 4471"));
        // Spanish says the number.
        assertEquals("en la sala ciento catorce", read("es-ES", "en la sala 114"));
    }


    @Test
    void roundSeventySevenOACapitalGluedToARoomsNumberFollowsItsPairs() {
        assertEquals("Room four twelve D, Suite two fifty A, Ward seven C", read("en-US", "Room 412D, Suite 250A, Ward 7C"));
        // Must not fire: a road keeps its compass letter only, a vehicle's or a unit's number with a capital is another
        // rule's (a measure: "unit 120V"), and two capitals glued are no room's letter.
        assertEquals("Take Route nine W.", read("en-US", "Take Route 9W."));
        assertEquals("unit one hundred and twenty volts", read("en-US", "unit 120V"));
        assertEquals("Room three hundred and five CD", read("en-US", "Room 305CD"));
    }

    @Test
    void rangesAndSpans() {
        assertEquals("two to eight", read("en", "2-8"));
        assertEquals("pages four to twelve.", read("en", "pages 4-12."));
        assertEquals("May third to fifth twenty twenty six", read("en", "May 3-5, 2026"));
        assertEquals("the twenty twenty to twenty twenty one season", read("en", "the 2020-2021 season"));
        assertEquals("five-three loss", read("en", "5-3 loss"));
        assertEquals("one minus two equals five", read("en", "1-2=5"));
    }

    @Test
    void codesAreNotFractions() {
        assertEquals("thirty one/thirty one/one hundred", read("en", "31/31/100"));
        assertEquals("MIG-twenty five/two three five two one two-asdg", read("en", "MIG-25/235212-asdg"));
        assertEquals("one third", read("en", "1/3rd"));
        assertEquals("three quarters", read("en", "3/4"));
        assertEquals("a fifty fifty chance", read("en", "a 50/50 chance"));
        assertEquals("A three twenty one and F one fifty", read("en", "A321 and F150"));
    }

    @Test
    void aOneLetterErrorCodeIsDictatedWithZero() {
        // Round twenty-three B: beside an error word the code is read off a display, digit by digit with "zero" ("E four
        // oh two" before, a model's pairs).
        assertEquals("Your T V box shows error E four zero two? Then fault E one one nine, a U four zero two error. Error: F three zero five.",
                read("en-GB", "Your TV box shows error E402? Then fault E119, a U402 error. Error: F305."));
        // Must not fire: a room's number, a room's lettered code, a model's code, a two-digit fault code said as a number.
        assertEquals("Go to Room four oh two, then Room B two oh four, on an A three twenty; fault F twenty eight",
                read("en-GB", "Go to Room 402, then Room B204, on an A320; fault F28"));
    }

    @Test
    void symbolsAndSmallAmounts() {
        assertEquals("check section - and", read("en", "check §- and"));
        assertEquals("twelve at", read("en", "12@"));
        assertEquals("at twelve", read("en", "@12"));
        assertEquals("fourteen slash they", read("en", "14/ they"));
        assertEquals("and/or", read("en", "and/or"));
        assertEquals("A dash one dot B three underscore C ampersand dash D at GMA dot com", read("en", "a-1.b3_c&-d@gma.com"));
        assertEquals("a fifty pence charge", read("en-GB", "a 50p charge"));
        assertEquals("one point five million euros", read("en", "€1.5m"));
        assertEquals("Sam the first", read("en", "Sam I"));
        assertEquals("Sam I am", read("en", "Sam I am"));
        assertEquals("sixty months.", read("en", "60 mos.")); // the abbreviation's dot also ends the sentence
        assertEquals("Hi it's five PM,four AM.", read("en", "Hi it's 5pm,4A.M."));
    }

    @Test
    void vanityNumbersHeightsUnitsAndDates() {
        assertEquals("one, eight hundred, FLOWERS or one, eight eight eight, CALL NOW",
                read("en", "1-800-FLOWERS or 1-888-CALL-NOW"));
        assertEquals("one, eight zero zero, five five five, zero one nine nine", read("en", "1-800-555-0199"));
        assertEquals("five feet eleven inches", read("en", "5'11\""));
        assertEquals("I've twenty' and", read("en", "I've 20' and"));
        assertEquals("sixty hertz and one thousand two hundred square feet", read("en", "60 Hz and 1,200 sq ft"));
        assertEquals("on the third of May, for example this", read("en-GB", "on the 3rd of May, e.g. this"));
        assertEquals("the fourth of June", read("en-GB", "4 June"));
        assertEquals("on the fifteenth of July", read("en-GB", "on 15/07"));
        assertEquals("ships November third; three halves ratio", read("en-US", "ships 11/3; 3/2 ratio"));
        assertEquals("four point eight out of five, seven tenths", read("en", "4.8/5, 7/10"));
        assertEquals("about two AM", read("en", "~2 AM"));
        assertEquals("forty five pounds including V A T from Acme Inc today", read("en-GB", "£45.00 inc. VAT from Acme Inc. today"));
        assertEquals("Monday to Friday eight thirty to seventeen thirty, Saturday nine hundred to thirteen hundred.",
                read("en-GB", "Mon–Fri 08:30–17:30, Sat 09:00–13:00."));
        assertEquals("zero one six three two, nine six zero, one two three", read("en-GB", "01632 960 123"));
        assertEquals("reference A B one two three", read("en", "ref. AB123"));
        assertEquals("expires September twenty twenty seven; one two thousandth odds", read("en", "expires 09/2027; 1/2000 odds"));
        assertEquals("fifth Avenue and forty second Street today", read("en", "5th Ave & 42nd St. today"));
        assertEquals("Monday to Friday, Tuesday and Thursday", read("en-GB", "Mon to Fri, Tue and Thu"));
    }

    @Test
    void roundFiftyEightWeekdaysListedWithCommasAreAllSaidInFull() {
        assertEquals("open Monday, Thursday and Saturday at noon", read("en-GB", "open Mon, Thu and Sat at noon"));
        assertEquals("Tuesday, Thursday, Saturday or Sunday mornings", read("en-US", "Tue, Thu, Sat or Sun mornings"));
        // Must not fire: no joined last day, a place's name after the comma.
        assertEquals("open Mon, Wed and on weekends", read("en-US", "open Mon, Wed and on weekends"));
        assertEquals("visit us Sat, Sun Valley is lovely", read("en-US", "visit us Sat, Sun Valley is lovely"));
    }

    @Test
    void aShortHostLabelShapedLikeAWordIsSaid() {
        assertEquals("Renew at pay dot cityparking dot org, and see WWW dot cityparking dot org or API dot cityparking dot org.",
                read("en-US", "Renew at pay.cityparking.org, and see www.cityparking.org or api.cityparking.org."));
    }

    @Test
    void roundSeventyThreeGAShortPathWordSyllablesHoldIsSaid() {
        assertEquals("Book at riverbendrec dot org slash gym or riverbendrec dot org slash pool.",
                read("en-US", "Book at riverbendrec.org/gym or riverbendrec.org/pool."));
        // Must not fire: a path's code no syllable holds stays in capitals for the voice to spell.
        assertEquals("see acme dot com slash FAQ, acme dot com slash PDF and acme dot com slash SCH",
                read("en-US", "see acme.com/faq, acme.com/pdf and acme.com/sch"));
    }

    @Test
    void aRegistrysLabelWithoutAVowelIsSpelt() {
        // Round sixteen B: the Public Suffix List's second level ("sch.uk", "nhs.uk", "ltd.uk") is spelt, no word.
        assertEquals("Book at oakfield dot S C H dot U K slash parents, or mytrust dot N H S dot U K, or acme dot L T D dot U K.",
                read("en-GB", "Book at oakfield.sch.uk/parents, or mytrust.nhs.uk, or acme.ltd.uk."));
        // Must not fire: a name's initials (NeMo lists "MSN"), "www", a path's segment, a user name.
        assertEquals("A at MSN dot I T, WWW dot BBC dot co dot U K, acme dot com slash SCH, SCH at acme dot com",
                read("en-GB", "a@msn.it, www.bbc.co.uk, acme.com/sch, sch@acme.com"));
    }

    @Test
    void aHostWhoseFirstLabelIsDigitsIsAnAddress() {
        // Round twenty-five: "111.nhs.uk", "311.cityofreno.gov": the digits of the first label are dictated, as the host's.
        assertEquals("visit one one one dot N H S dot U K or three one one dot cityofreno dot gov.",
                read("en-GB", "visit 111.nhs.uk or 311.cityofreno.gov."));
        assertEquals("consulte cero seis cero punto gob punto es", read("es-ES", "consulte 060.gob.es"));
        // Must not fire: a decimal, a version, a number glued to a word or a short domain after a stop.
        assertEquals("one hundred and eleven point five kilograms, version two point one, page twelve.Then four.com",
                read("en-GB", "111.5 kg, v2.1, page 12.Then 4.com"));
    }

    @Test
    void aShortServiceNumberAfterTheServicesInitialsIsDialled() {
        assertEquals("call N H S one one one now", read("en-GB", "call NHS 111 now"));
        // No verb of calling before the initials: a number.
        assertEquals("the N H S one hundred and eleven times", read("en-GB", "the NHS 111 times"));
    }

    @Test
    void roundFortyNineALowerCaseStorageUnitAndAShortCodeTextedAt() {
        assertEquals("the rent for your unit one twenty seven is due", read("en-GB", "the rent for your unit 127 is due"));
        assertEquals("or text SCORE at four six two five zero anytime", read("en-US", "or text SCORE at 46250 anytime"));
        // Must not fire: a unit, a plural noun or a currency after a unit's number counts; a small number is a number either
        // way; "at" with a time, an address, a count, or far from the text cue keeps its number.
        assertEquals("each unit one hundred and twenty volts, we shipped three hundred units, unit four of the course",
                read("en-US", "each unit 120 volts, we shipped 300 units, unit 4 of the course"));
        assertEquals("Reply YES and we will call at fifteen thirty.", read("en-US", "Reply YES and we will call at 1530."));
        assertEquals("Text us and we will meet you at fifteen thousand Oak Street.", read("en-US", "Text us and we will meet you at 15000 Oak Street."));
        assertEquals("Text JOIN for deals at twenty four thousand stores nationwide.", read("en-US", "Text JOIN for deals at 24000 stores nationwide."));
    }

    @Test
    void aShortCodeAfterReplyAndAKeywordIsKeyedIn() {
        assertEquals("Reply STOP to eight zero two zero.", read("en-US", "Reply STOP to 8020."));
        // A count after "reply to" stays a count.
        assertEquals("reply to three emails", read("en-US", "reply to 3 emails"));
    }

    @Test
    void shortServiceNumbersTextedOrNamedAreDialled() {
        // Round five J: texted, after "then", after a County, or printed in two groups after "call".
        assertEquals("call or text nine eight eight any time. T T Y users: dial seven one one, then nine eight eight.",
                read("en-US", "call or text 988 any time. TTY users: dial 711, then 988."));
        assertEquals("Ashland County nine one one: a spill.", read("en-US", "Ashland County 911: a spill."));
        assertEquals("Ask the nine one one call center.", read("en-US", "Ask the 911 call center."));
        assertEquals("You can call one one six one two three free, or one one one.", read("en-GB", "You can call 116 123 free, or 111."));
        // Counts keep their readings: calls counted, residents counted, a distance in two groups with no verb of calling.
        assertEquals("We took nine hundred and eighty eight calls. The county had nine hundred and eleven residents.",
                read("en-US", "We took 988 calls. The county had 911 residents."));
        assertEquals("Room one hundred and sixteen thousand one hundred and twenty three metres away.", read("en-GB", "Room 116 123 metres away."));
    }

    @Test
    void roundSeventyFiveKLeavesVerblessConditionsAndOtherNumbersAlone() {
        assertEquals("If in doubt, nine hundred and ninety nine.", read("en-GB", "If in doubt, 999."));
        assertEquals("If so, nine hundred and ninety nine.", read("en-GB", "If so, 999."));
        assertEquals("If you renew today, nine hundred and ninety nine.", read("en-US", "If you renew today, 999."));
        assertEquals("If you add both, nine hundred and ninety nine points.", read("en-GB", "If you add both, 999 points."));
        assertEquals("a reading of nine centimetres of water and a nine centimetre pipe", read("en-GB", "a reading of 9 cmH2O and a 9 cm pipe"));
    }

    @Test
    void roundSeventySixMANumberedStationIsSaidInPairs() {
        assertEquals("docks at Station three forty are closed, Stations two fifteen to two twenty eight too.",
                read("en-US", "docks at Station 340 are closed, Stations 215-228 too."));
        // Must not fire: a station's road, a short number, a lower-case station counted.
        assertEquals("Station Road, Station twelve, the station one hundred and twenty metres away.",
                read("en-GB", "Station Road, Station 12, the station 120 metres away."));
    }
    @Test
    void initialsGluedToAWordInAHostAreSpeltThenTheWordSaid() {
        // Round seventy-eight Q: initials glued to an English word are spelt, the word said; a label syllables hold whole stays.
        assertEquals("Visit P H X gliding dot com or W K D studio dot co dot U K.", read("en-GB", "Visit phxgliding.com or wkdstudio.co.uk."));
        // Must not fire: two letters before the word ("bg|energy"), an older batch's writer said such a label whole.
        assertEquals("Visit bgenergy dot com.", read("en-GB", "Visit bgenergy.com."));
        // Must not fire: two ways to split the initials from the word ("dh|lexpress", "dhl|express").
        assertEquals("Visit dhlexpress dot com.", read("en-US", "Visit dhlexpress.com."));
        assertEquals("Visit lovelace dot com, tinyshop dot com or mcdonalds dot com.", read("en-US", "Visit lovelace.com, tinyshop.com or mcdonalds.com."));
    }

    @Test
    void roundSeventyNineBAnAgencysInitialsAsAHostsFirstLabelAreSpelt() {
        // Round seventy-nine B: an agency people hear spelt, as a web address's first label, in either language.
        assertEquals("check F D A dot gov slash recalls, nasa dot gov and BBC dot co dot U K",
                read("en-US", "check fda.gov/recalls, nasa.gov and bbc.co.uk"));
        assertEquals("visite e p a punto gov barra espanol o sat punto gob punto m x", read("es-US", "visite epa.gov/espanol o sat.gob.mx"));
        // Must not fire: an agency's letters in a path or a user name are read as before.
        assertEquals("write to epa at acme dot com", read("en-US", "write to epa@acme.com"));
    }

    @Test
    void roundSeventySevenPAnEmailUserNameSyllablesHoldIsSaid() {
        assertEquals("email gym at oakfield dot org", read("en-US", "email gym@oakfield.org"));
        // Must not fire: initials no syllable holds, a user name in capitals, a login's initials and number.
        assertEquals("email JMP at acme dot com, DMV at acme dot com or A B one two at uni dot edu",
                read("en-US", "email jmp@acme.com, DMV@acme.com or ab12@uni.edu"));
    }

    @Test
    void aShortNumberAfterOnIsDialledOnceAVerbOfCallingHasCome() {
        // Round eleven B: British English gives the number to call after "on".
        assertEquals("call nine nine nine or the police on one zero one.", read("en-GB", "call 999 or the police on 101."));
        assertEquals("ring N H S on one one one tonight", read("en-GB", "ring NHS on 111 tonight"));
        assertEquals("Contact the council on one zero one.", read("en-GB", "Contact the council on 101."));
        assertEquals("call the city on three one one", read("en-US", "call the city on 311"));
        // must not fire: no verb of calling, a house number on its street, a count, a number that is no short number
        assertEquals("We stayed on one hundred and one acres.", read("en-GB", "We stayed on 101 acres."));
        assertEquals("The police on one hundred and one patrols.", read("en-GB", "The police on 101 patrols."));
        assertEquals("Call us: we are on one hundred and twenty three acres.", read("en-GB", "Call us: we are on 123 acres."));
        assertEquals("Ring us on one hundred and eleven days' notice.", read("en-GB", "Ring us on 111 days' notice."));
        assertEquals("Call the shop. It opened on one hundred and one days.", read("en-GB", "Call the shop. It opened on 101 days."));
    }

    @Test
    void roundEightCBothFormsWithASlash() {
        assertEquals("spayed or neutered dogs", read("en-US", "spayed/neutered dogs"));
        // Round eight D: only alternatives take "or" (participles, pronouns); two nouns are one thing, the slash said.
        assertEquals("his or her card, the washer slash dryer set, a sofa slash sleeper", read("en-US", "his/her card, the washer/dryer set, a sofa/sleeper"));
        // Must not fire: "and/or", a capitalised word before the slash, a path; a rate after a count is "per" (round
        // fifty-nine B).
        assertEquals("six tablets per day, and/or an ID/badge, at site dot com slash help", read("en-US", "6 tablets/day, and/or an ID/badge, at site.com/help"));
    }

    @Test
    void roundFifteenBAUserNamesInitialsBeforeItsNumberAreSpelt() {
        assertEquals("Log in as A B one two three four at student dot uni dot A C dot U K, or M K four two at campus dot edu",
                read("en-GB", "Log in as ab1234@student.uni.ac.uk, or mk42@campus.edu"));
        // must not fire: a word before the number, a name with no number after it, initials in the host, letters after
        // the number, three letters (the wider rule cost a NeMo electronic row)
        assertEquals("info two zero two four at X dot com, ABC at acme dot com, WWW dot AB one two dot com, AB one two CD at X dot com,"
                + " ABC one two three at X dot com", read("en-US", "info2024@x.com, abc@acme.com, www.ab12.com, ab12cd@x.com, abc123@x.com"));
    }

    @Test
    void roundTwentyNineACompassLetterAfterACapitalisedVerbAndAHouseNumberIsTheStreetsDirection() {
        assertEquals("Visit six fifteen South Oak Street, Suite two hundred.", read("en-US", "Visit 615 S. Oak St., Suite 200."));
        // Must not fire: a person's initial (no street type after the name), no compass letter.
        assertEquals("Team four ten S. Patel will call you. Agent two twelve J. Smith called. Visit four ten Main Street today.",
                read("en-US", "Team 410 S. Patel will call you. Agent 212 J. Smith called. Visit 410 Main St. today."));
    }

    @Test
    void roundSeventyNineBACompassSuffixAfterAnAbbreviatedStreetType() {
        // Round seventy-nine B: "Ave. S.", "Blvd. E.", "St. NW" after a street's name or ordinal is its direction.
        assertEquals("drop it at seventeen forty five fifth Avenue South, Tulsa, Oklahoma seven four one zero five",
                read("en-US", "drop it at 1745 5th Ave. S., Tulsa, OK 74105"));
        assertEquals("meet us on Oak Boulevard East by noon", read("en-US", "meet us on Oak Blvd. E. by noon"));
        assertEquals("at forty Main Street Northwest, Suite two", read("en-US", "at 40 Main St. NW, Suite 2"));
        assertEquals("on Oak Avenue North.", read("en-US", "on Oak Ave. N."));
        // Must not fire: a capitalised word after the letter may make it an initial.
        assertEquals("it is on Oak Avenue. S. Smith will call", read("en-US", "it is on Oak Ave. S. Smith will call"));
    }

    @Test
    void roundThirtyTheKeypadStarBeforeAStopAQuadrantBeforeAStreetAndDriveThru() {
        assertEquals("To hear these options again, press star.", read("en-GB", "To hear these options again, press *."));
        assertEquals("the dock on Northeast fourth Street and the shop at Southwest Coral Way",
                read("en-US", "the dock on NE 4th St and the shop at SW Coral Way"));
        assertEquals("the drive-thru window is open through Sunday", read("en-US", "the drive-thru window is open thru Sunday"));
        // Must not fire: a rating's star, a footnote's, a state before its ZIP code, a corner.
        assertEquals("Rated five* by guests. See note*.", read("en-GB", "Rated 5* by guests. See note*."));
        assertEquals("Omaha, Nebraska six eight one zero two and the N E corner", read("en-US", "Omaha, NE 68102 and the NE corner"));
    }

    @Test
    void roundThirtyThreeAShortNumberBeforeAWordOfItsServiceNamesTheLine() {
        assertEquals("payments and three one one services are down, our two one one line is open",
                read("en-US", "payments and 311 services are down, our 211 line is open"));
        // Must not fire: a noun that is no service, a word that counts before it, a plural of people.
        assertEquals("we have three hundred and eleven employees, about three hundred and eleven services, three hundred and eleven operators",
                read("en-US", "we have 311 employees, about 311 services, 311 operators"));
    }

    @Test
    void roundFortySixAShortHostLabelTheTextWritesInCapitalsIsSpeltAsWritten() {
        assertEquals("It ships with D H L today. Track it at D H L dot com",
                read("en-GB", "It ships with DHL today. Track it at dhl.com"));
        // Must not fire: no capitals of the label in the text, capitals of another name, a label glued to more letters.
        // An email address's label and a label after the first keep their capitals.
        assertEquals("Track it at DHL dot com. U P S: see BBC dot co dot U K or dhlexpress dot com",
                read("en-GB", "Track it at dhl.com. UPS: see bbc.co.uk or dhlexpress.com"));
        assertEquals("D H L: write to help at DHL dot com or see track dot DHL dot com",
                read("en-GB", "DHL: write to help@dhl.com or see track.dhl.com"));
    }

    @Test
    void roundThirtyNineBAHostLabelOfAFirmsInitialsIsSpelt() {
        assertEquals("Dover Arts Centre: print them at D A C dot org dot U K. H S B C: see H S B C dot co dot U K or U S C I S dot gov",
                read("en-GB", "Dover Arts Centre: print them at dac.org.uk. HSBC: see hsbc.co.uk or USCIS.gov"));
        // Must not fire: a label said as a word ("NASA"), a host all in capitals, a short label no word's shape holds that
        // the text does not write in capitals (in capitals for the voice, as before), a user name, a label no initials of
        // the text make. Round forty-six: written in capitals elsewhere ("DPD: use dpd.co.uk"), it is spelt as written.
        assertEquals("Visit nasa dot gov, WWW dot acme dot com or BBC dot co dot U K. D P D: use D P D dot co dot U K",
                read("en-US", "Visit NASA.gov, WWW.ACME.COM or bbc.co.uk. DPD: use dpd.co.uk"));
        assertEquals("Acme Direct Corp: write to dac at acme dot com or see acme dot com",
                read("en-US", "Acme Direct Corp: write to dac@acme.com or see acme.com"));
    }

    @Test
    void roundFortyFiveCompassStreetsNumberedRoadsAndVehicles() {
        assertEquals("a leak on South Harbor View Road, so use the side door", read("en-US", "a leak on S. Harbor View Rd., so use the side door"));
        assertEquals("meet at twenty one hundred East Loop six ten, Houston, or at forty five hundred Highway six",
                read("en-US", "meet at 2100 E. Loop 610, Houston, or at 4500 Highway 6"));
        assertEquals("left in cab three eighteen and taxi one twenty seven", read("en-GB", "left in cab 318 and taxi 127"));
        // Must not fire: an initial and a title ("Dr." before a name), a count before a numbered road, a vehicle's count
        // or distance, a two-digit truck (a number either way).
        assertEquals("come with N. Patel Doctor Jones and call E. Smith at noon", read("en-US", "come with N. Patel Dr. Jones and call E. Smith at noon"));
        assertEquals("we sold twelve Route sixty six mugs", read("en-US", "we sold 12 Route 66 mugs"));
        assertEquals("the van one hundred and twenty miles away, bus three hundred seats, truck fourteen",
                read("en-US", "the van 120 miles away, bus 300 seats, truck 14"));
    }

    @Test
    void roundFortyFivePoBoxZipOnFileInitialismAdjectivesAndDpi() {
        assertEquals("mail it to P O Box two two eight zero or P O Box six zero nine", read("en-US", "mail it to P.O. Box 2280 or PO Box 609"));
        assertEquals("to the ZIP code on file, six zero six one four", read("en-US", "to the ZIP code on file, 60614"));
        assertEquals("our F C A-regulated advisers and U S B-powered lamps at one hundred and fifty D P I or three hundred P P I",
                read("en-GB", "our FCA-regulated advisers and USB-powered lamps at 150 dpi or 300 ppi"));
        // Must not fire: a purchase order's code, a box with no number, a count after "on file", an initialism said as a
        // word, a capitalised word ("OK"), a code with digits.
        assertEquals("Your P O four eight two one three shipped. The P O Box address is on file.",
                read("en-US", "Your PO 48213 shipped. The P.O. Box address is on file."));
        assertEquals("the ZIP code on file, twelve months ago", read("en-US", "the ZIP code on file, 12 months ago"));
        assertEquals("NASA-funded kits, OK-ish, a MIG-twenty five", read("en-GB", "NASA-funded kits, OK-ish, a MIG-25"));
    }

    @Test
    void roundFortyFiveAChangesDayAndAPriceBeforeAPluralNounCompound() {
        assertEquals("starting July first, effective August first, as of June first", read("en-US", "starting 7/1, effective 8/1, as of 6/1"));
        assertEquals("the twelve pound tools deposit and the fifteen pound materials fee",
                read("en-GB", "the £12 tools deposit and the £15 materials fee"));
        // Must not fire: a fraction after the cue, a plural noun before its verb.
        assertEquals("effective three quarters of the time, starting half price", read("en-US", "effective 3/4 of the time, starting 1/2 price"));
        assertEquals("Your five pounds tickets are ready. The twenty pounds books arrived.",
                read("en-GB", "Your £5 tickets are ready. The £20 books arrived."));
    }

    @Test
    void roundFortySevenZipAfterItsCueAndANumberSetApartByAComma() {
        assertEquals("enter your ZIP code now, for example three zero three one eight, then press pound",
                read("en-US", "enter your ZIP code now, for example 30318, then press #"));
        assertEquals("quoting your booking number, fifty nine three one seven.", read("en-GB", "quoting your booking number, 59317."));
        // Must not fire: a count in the cue's sentence, after an approximator, in the next sentence; a count after a
        // number's comma, a number no noun names.
        assertEquals("In this ZIP code, forty five thousand people voted. The ZIP code covers about thirty thousand residents.",
                read("en-US", "In this ZIP code, 45000 people voted. The ZIP code covers about 30000 residents."));
        assertEquals("Enter your ZIP code. Then say twelve thousand three hundred and forty five.",
                read("en-US", "Enter your ZIP code. Then say 12345."));
        assertEquals("Your seat number, twelve rows back, is fine. The number, twelve, is lucky.",
                read("en-US", "Your seat number, 12 rows back, is fine. The number, 12, is lucky."));
    }

    @Test
    void roundFortySevenAUnitAfterOrderAndABatchNumber() {
        assertEquals("order ten pounds or more, buy fifty kilograms or more", read("en-US", "order 10 lb or more, buy 50 kg or more"));
        assertEquals("recalling batch five zero eight three", read("en-US", "recalling batch 5083"));
        // Must not fire: an order's number, a batch counted, batches counted.
        assertEquals("Your order four four seven one has shipped.", read("en-US", "Your order 4471 has shipped."));
        assertEquals("a batch of two thousand two hundred and seventy one loaves, nine thousand three hundred and twelve batches",
                read("en-US", "a batch of 2271 loaves, 9312 batches"));
    }

    @Test
    void roundFiftyFourHouseNumbersBeforeRoadsNamedByNumbers() {
        // Round fifty-four: a branch route's letter, a road named by two or three words, an address set off by commas.
        assertEquals("at twenty two ten Route four E; to fifty one twenty County Road eighteen; at seventy three ten Farm to Market seventy eight",
                read("en-US", "at 2210 Route 4E; to 5120 County Road 18; at 7310 Farm to Market 78"));
        assertEquals("Our office, sixty four fifteen State Route forty eight, is closed. The shop is forty six thirty Route ten W.",
                read("en-US", "Our office, 6415 State Route 48, is closed. The shop is 4630 Route 10W."));
        // Must not fire: a count before a numbered road and a lower-case noun, a year before it, a count with no cue.
        assertEquals("Over two thousand five hundred Route twelve commuters; we sold three thousand four hundred Route sixty six mugs",
                read("en-US", "Over 2500 Route 12 commuters; we sold 3400 Route 66 mugs"));
        assertEquals("Since nineteen twenty six Route sixty six has carried travelers.", read("en-US", "Since 1926 Route 66 has carried travelers."));
    }

    @Test
    void roundFiftyFivePoBoxInSpanishTextIsReadAsInEnglish() {
        // Round fifty-five: the same rule as round forty-five's, its digits said in Spanish (was "PO. Box" and a quantity).
        assertEquals("envíe el pago a P O Box cinco uno nueve cero o al P O Box siete tres.",
                read("es-US", "envíe el pago a P.O. Box 5190 o al PO Box 73."));
        // Must not fire: Spanish box words keep their number's reading; a purchase order's "PO" and its number; a box
        // with no number keeps its initials.
        assertEquals("escriba al Apartado cinco mil ciento noventa o a la Casilla trescientos ochenta y ocho",
                read("es-ES", "escriba al Apartado 5190 o a la Casilla 388"));
        assertEquals("su PO cuarenta y ocho mil doscientos trece salió. El P O Box está en el archivo.",
                read("es-US", "su PO 48213 salió. El P.O. Box está en el archivo."));
    }

    @Test
    void roundSixtyBAnEmergencyReportedToTheNumberIsDialled() {
        assertEquals("Report each emergency to nine one one. Direct emergencies to nine one one.",
                read("en-US", "Report each emergency to 911. Direct emergencies to 911."));
        // Must not fire: no emergency word right before "to", a street's number.
        assertEquals("Emergency calls rose to nine hundred and eleven. The count went from eight hundred and fifty to nine hundred and eleven. "
                + "Send the emergency kit to nine eleven Oak Street.",
                read("en-US", "Emergency calls rose to 911. The count went from 850 to 911. Send the emergency kit to 911 Oak Street."));
    }

    @Test
    void roundSixtyOneBEmergencyNumberAfterADangerClause() {
        assertEquals("Report a leak or, if anyone is injured, nine nine nine.", read("en-GB", "Report a leak or, if anyone is injured, 999."));
        assertEquals("If there is smoke, nine one one.", read("en-US", "If there is smoke, 911."));
        // Must not fire: a clause naming no danger, a count after the danger clause.
        assertEquals("If in doubt, nine hundred and ninety nine.", read("en-GB", "If in doubt, 999."));
        assertEquals("After the fire drill, nine hundred and ninety nine staff went home.",
                read("en-GB", "After the fire drill, 999 staff went home."));
    }

    @Test
    void roundSeventyBARangeOfNumberedPlacesAfterTheirPluralIsSaidInPairs() {
        assertEquals("Wards two oh four to two twelve are closed; Classrooms one fifteen to one twenty",
                read("en-GB", "Wards 204–212 are closed") + "; " + read("en-US", "Classrooms 115-120"));
        // Must not fire: a fleet's plural counts, a lower-case plural, a range that does not rise, two-digit numbers.
        assertEquals("Vans two hundred and four to two hundred and twelve are parked; the rooms two hundred and four to two hundred and twelve; "
                        + "Rooms three hundred and eighteen to three hundred and one; Rooms ten to twelve",
                read("en-GB", "Vans 204–212 are parked") + "; " + read("en-GB", "the rooms 204–212") + "; " + read("en-GB", "Rooms 318–301")
                        + "; " + read("en-GB", "Rooms 10-12"));
    }

    @Test
    void roundSeventyTwoFAShortNumberAfterOnEndingItsClauseIsDialled() {
        // Round seventy-two F: "on" and a short number of the region ending its clause: the line to ring, no verb of calling needed.
        assertEquals("For a gas supply problem, report it on one zero five; for advice, we are on one one one.",
                read("en-GB", "For a gas supply problem, report it on 105; for advice, we are on 111."));
        // Must not fire: a level reached after a participle, a house number, a count, a number that is no short number.
        assertEquals("The index closed on one hundred and fifty.", read("en-GB", "The index closed on 150."));
        assertEquals("The bus stops on one oh five Park Road.", read("en-GB", "The bus stops on 105 Park Road."));
        assertEquals("We met on one hundred and one occasions.", read("en-GB", "We met on 101 occasions."));
        assertEquals("It is on one hundred and sixty.", read("en-GB", "It is on 160."));
    }

    @Test
    void roundSeventyThreeHEmergencyNumberAReportIsGivenToIsDialled() {
        assertEquals("Report smoke to nine nine nine or one one two and report to reception.",
                read("en-GB", "Report smoke to 999 or 112 and report to reception."));
        // Must not fire: a range's end, a level, a house number, a count.
        assertEquals("from nine hundred to nine hundred and eleven or more.", read("en-US", "from 900 to 911 or more."));
        assertEquals("Turn the dial to nine hundred and eleven or higher.", read("en-US", "Turn the dial to 911 or higher."));
        assertEquals("We moved to nine eleven Elm Street.", read("en-US", "We moved to 911 Elm Street."));
        assertEquals("Pass your card to nine hundred and ninety nine staff.", read("en-GB", "Pass your card to 999 staff."));
    }

    @Test
    void roundSeventyThreeHPlacesRangeJoinedByToIsSaidInPairs() {
        assertEquals("Suites two ten to two fourteen", read("en-US", "Suites 210 to 214"));
        // Must not fire: a unit or a plural noun after the range of units, a range that does not rise.
        assertEquals("units one hundred to one hundred and twenty volts", read("en-US", "units 100 to 120 volts"));
        assertEquals("sell units one hundred and fifty to two hundred boxes", read("en-GB", "sell units 150 to 200 boxes"));
        assertEquals("Rooms three hundred and eighteen to three hundred and one are shut.", read("en-GB", "Rooms 318 to 301 are shut."));
    }
}
