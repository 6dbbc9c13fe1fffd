package io.locutor.text;

import static io.locutor.text.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * Times and dates: weekday and month abbreviations ("mar.", "Sat", dotless "Apr"), hours and minutes glued
 * ("1h30") as a length or a time, both ends of a Spanish time range alike, English month names capitalised, the small
 * hours on the 24-hour dial in a 12-hour locale.
 * Each rule is also checked where it must not fire. Expected strings are exact.
 */
class TimeAndDateReadingsTest {
    @Test
    void aLotteryDrawIsDated() {
        // Round thirty-five: "your 4/3 draw" is the draw's day.
        assertEquals("your April third draw", read("en-US", "your 4/3 draw"));
        // Must not fire: a fraction of a draw's prize before "of".
        assertEquals("three quarters of the draw", read("en-US", "3/4 of the draw"));
    }

    @Test
    void aLowerCaseMayAfterANumberIsTheVerb() {
        // Round thirty-five: "routes 14-22 may get it late" is the modal verb; the month after a day has its capital.
        assertEquals("routes fourteen to twenty two may get it late", read("en-US", "routes 14-22 may get it late"));
        assertEquals("orders of four may ship", read("en-US", "orders of 4 may ship"));
        // Must not fire: a capital "May" is still the month, alone or after a range, and Spanish "mayo" is untouched.
        assertEquals("closed the fourteenth to the twenty second of May", read("en-GB", "closed 14-22 May"));
        assertEquals("on the third of May", read("en-GB", "on 3 May"));
        assertEquals("el tres de mayo", read("es-ES", "el 3 de mayo"));
        assertEquals("on the seventeenth of May twenty ten", read("en-GB", "on 17 may 2010"));
    }

    @Test
    void aSlashDateAfterATestsOf() {
        // Round thirty-four: "of" after a test, a procedure or a dated event joins it to its day, in the region's order.
        assertEquals("your M R I of January twelfth", read("en-US", "your MRI of 1/12"));
        assertEquals("the scan of the third of April", read("en-GB", "the scan of 3/4"));
        // Must not fire: a share of a whole ("of" after the pair), a measure, and "of" after another noun.
        assertEquals("a test of three quarters of the samples", read("en-US", "a test of 3/4 of the samples"));
        assertEquals("a screening of half an hour", read("en-US", "a screening of 1/2 hour")); // round eighty A: "half an hour"
        assertEquals("a mix of three quarters", read("en-US", "a mix of 3/4"));
    }

    @Test
    void marAfterTheArticleIsTuesday() {
        assertEquals("el martes diez de marzo, el diez de marzo.", read("es-ES", "el mar. 10 de marzo, el 10 de mar."));
    }

    @Test
    void marBeforeASlashDateIsTuesday() {
        assertEquals("lluvias hasta las seis del martes quince de diciembre", read("es-ES", "lluvias hasta las 6 del mar. 15/12"));
        assertEquals("el trabajo del martes primero de diciembre", read("es-AR", "el trabajo del mar. 1/12"));
        // Without a slash date after it, "mar." with its day is March.
        assertEquals("desde el quince de marzo.", read("es-ES", "desde el 15 de mar."));
        assertEquals("hasta quince de marzo", read("es-ES", "hasta mar. 15"));
    }

    @Test
    void roundTwentyNineBMarBeforeADayWithItsOwnMonthIsTuesday() {
        assertEquals("su revisión del martes nueve de febrero", read("es-ES", "su revisión del mar. 9 de febrero"));
        assertEquals("Martes dieciséis de marzo: su cita", read("es-MX", "Mar. 16 de marzo: su cita"));
        assertEquals("la reserva del martes veintitrés de febrero.", read("es-AR", "la reserva del mar 23 de feb."));
        // Another weekday's day listed after it names it too.
        assertEquals("martes dos y miércoles tres de febrero", read("es-ES", "mar. 2 y mié. 3 de febrero"));
        // Must not fire: March after its day, before a year or alone with its day.
        assertEquals("el doce de marzo y el doce de marzo, doce de marzo de dos mil veintisiete",
                read("es-ES", "el 12 mar. y el 12 de mar., mar. 12 de 2027"));
        assertEquals("hasta quince de marzo", read("es-ES", "hasta mar. 15"));
    }

    @Test
    void roundEightyTwoAMarBeforeARangeToAnotherWeekdayAndMonthIsTuesday() {
        // A range's other end naming a weekday, its day and a month makes "mar." the weekday as well.
        assertEquals("del martes diez al jueves doce de febrero", read("es-ES", "del mar. 10 al jue. 12 de febrero"));
        assertEquals("del martes diez hasta el viernes trece de marzo", read("es-MX", "del mar. 10 hasta el vie. 13 de marzo"));
        // Must not fire: March after its day, no weekday at the other end, March before a year, the sea.
        assertEquals("del diez de marzo al doce de abril", read("es-ES", "del 10 mar. al 12 de abril"));
        assertEquals("del diez de marzo al doce de abril", read("es-ES", "del mar. 10 al 12 de abril"));
        assertEquals("en mar. dos mil veintisiete", read("es-ES", "en mar. 2027"));
        assertEquals("a orillas del mar. doce habitaciones al sur", read("es-ES", "a orillas del mar. 12 habitaciones al sur"));
    }

    @Test
    void roundTwentyNineBADashBetweenTwoWeekdayNamesIsASpan() {
        assertEquals("pickup Monday to Saturday, nine AM to nine PM", read("en-US", "pickup Monday–Saturday, 9 AM–9 PM"));
        assertEquals("requests Tuesday to Friday by phone, Monday to Friday", read("en-GB", "requests Tuesday-Friday by phone, Monday - Fri"));
        assertEquals("atiende lunes a sábado, Lunes a Viernes", read("es-MX", "atiende lunes–sábado, Lunes - Viernes"));
        // Must not fire: a weekday joined to another word, a lower-case English day, an em dash (an aside).
        assertEquals("the Monday-morning meeting, friday-saturday, Tuesday—Friday", read("en-US", "the Monday-morning meeting, friday-saturday, Tuesday—Friday"));
        assertEquals("el lunes-festivo", read("es-ES", "el lunes-festivo"));
    }

    @Test
    void anAbbreviatedWeekdayCuesAMonthFirstSlashDate() {
        assertEquals("está lista el viernes dieciocho de diciembre", read("es-US", "está lista el vie. 12/18"));
        assertEquals("se entrega el jueves veinticuatro de diciembre", read("es-US", "se entrega el jue. 12/24"));
        // A pair valid both ways keeps the region's order.
        assertEquals("es el sábado cinco de diciembre", read("es-ES", "es el sáb. 5/12"));
    }

    @Test
    void hoursAndMinutesGluedAreALength() {
        assertEquals("the class lasts one hour forty five and the drive takes two hours", read("en-GB", "the class lasts 1h45 and the drive takes 2h00"));
        assertEquals("el trayecto dura dos horas diez", read("es-ES", "el trayecto dura 2h10"));
        // After a clock word it is a time of day.
        assertEquals("opens at ten thirty", read("en-GB", "opens at 10h30"));
        assertEquals("abre a las diez y media", read("es-ES", "abre a las 10h30"));
    }

    @Test
    void aWeekdayAfterATimeIsSaidInFull() {
        assertEquals("from twenty hundred Friday to seven PM Sunday", read("en-GB", "from 20:00 Fri to 7 PM Sun"));
        // Without a time or a date before it, the word stays.
        assertEquals("the Sun sets early; Sat Nav; Route sixty six Sun Valley", read("en-US", "the Sun sets early; Sat Nav; Route 66 Sun Valley"));
    }

    @Test
    void englishMonthsAreCapitalised() {
        assertEquals("due on October ninth", read("en-US", "due on 10/9"));
        assertEquals("el nueve de octubre", read("es-ES", "el 9/10"));
    }

    @Test
    void spanishTimeRangesKeepBothEndsAlike() {
        assertEquals("entre nueve y once de la mañana, entre las nueve y las once de la mañana.", read("es-MX", "entre 9 y 11 a. m., entre las 9 y las 11 a. m."));
        assertEquals("entre las veintiuna y las veintidós horas", read("es-ES", "entre las 21 y las 22 h"));
        // Round eleven: a clock time and a bare hour in one range; the house style's bare "de nueve a catorce horas"
        // decides, no article on either end.
        assertEquals("de nueve y media a catorce horas; de nueve y media a diecinueve horas en; entre nueve y media y trece horas",
                read("es-ES", "de 9:30 a 14 h") + "; " + read("es-AR", "de 9:30 a 19 hs en") + "; " + read("es-ES", "entre 9:30 y 13 h"));
        assertEquals("de nueve a trece treinta horas; de nueve horas a catorce treinta horas; de nueve y media a dieciocho horas",
                read("es-AR", "de 9 a 13:30 hs") + "; " + read("es-ES", "de 9 h a 14:30 h") + "; " + read("es-MX", "de 9:30 a 18 h"));
        // Must not fire: both ends clock times, an article the text writes, a part of the day after the end, a noun after it.
        assertEquals("de las nueve y media a las catorce; desde las nueve y media hasta las catorce horas",
                read("es-ES", "de 9:30 a 14:00") + "; " + read("es-ES", "desde las 9:30 hasta las 14 h"));
        assertEquals("de las nueve y media a las cinco de la tarde.; de las nueve y media a catorce personas",
                read("es-US", "de 9:30 a 5 p.m.") + "; " + read("es-ES", "de 9:30 a 14 personas"));
        // A masculine article keeps the masculine number.
        assertEquals("los veintiuno", read("es-ES", "los 21"));
    }

    @Test
    void aRangeOfBareHoursWithTheirPartOfTheDayTakesNoArticle() {
        // The lead's house style after round sixteen: a bare hour with its marker is still a bare hour.
        assertEquals("de ocho de la mañana a seis de la tarde, entre nueve de la mañana y una de la tarde, de ocho de la mañana a ocho de la noche",
                read("es-US", "de 8 AM a 6 PM, entre 9 AM y 1 PM, de 8 AM–8 PM"));
        assertEquals("desde diez de la mañana hasta dos de la tarde.", read("es-MX", "desde 10 a. m. hasta 2 p. m."));
        // Must not fire: clock times with their minutes, the article the text writes, a single time after "de".
        assertEquals("de las ocho de la mañana a las seis de la tarde, a las ocho de la mañana y hasta las cinco de la tarde",
                read("es-US", "de 8:00 AM a 6:00 PM, a las 8 AM y hasta las 5 PM"));
        assertEquals("la clase de las siete de la tarde", read("es-US", "la clase de 7 PM"));
    }

    @Test
    void roundTwentySevenAMarkedClockTimeToAMarkedBareHourTakesNoArticle() {
        // One bare end makes both bare, whichever end has the minutes.
        assertEquals("de siete y media de la mañana a seis de la tarde, desde diez de la mañana hasta una y media de la tarde",
                read("es-US", "de 7:30 AM a 6 PM, desde 10 AM hasta 1:30 PM"));
        assertEquals("entre nueve y cuarto de la mañana y cuatro de la tarde.", read("es-MX", "entre 9:15 a. m. y 4 p. m."));
        // Must not fire: two clock times, a clock time with no part of the day written, a single clock time after "de".
        assertEquals("de las siete y media de la mañana a las seis y cuarto de la tarde", read("es-US", "de 7:30 AM a 6:15 PM"));
        assertEquals("la cita de las siete y media de la mañana", read("es-US", "la cita de 7:30 AM"));
        assertEquals("a las siete y media de la mañana y a las seis de la tarde", read("es-US", "a las 7:30 AM y a las 6 PM"));
    }

    @Test
    void aDashedSpanOfBareHoursOpeningATimetablesLineTakesDe() {
        // Round seventeen: after a comma, a colon or a weekday, a dashed span of bare hours with "h" is a timetable's line.
        assertEquals("de lunes a viernes, de nueve a dieciocho horas, y los sábados de diez a catorce horas",
                read("es-ES", "de lunes a viernes, 9–18 h, y los sábados de 10 a 14 h"));
        assertEquals("Horario: de diez a veinte horas. Sábados de diez a catorce horas.", read("es-ES", "Horario: 10-20 h. Sábados 10-14 h."));
        assertEquals("de martes a sábado, de nueve a trece horas.", read("es-AR", "de martes a sábado, 9-13 hrs."));
        // Must not fire: a duration after a verb, a span after "de" or "entre", one in brackets (round eight C's), no hours.
        assertEquals("tarda dos a tres horas, el turno de ocho a doce horas, entre dos a cuatro horas",
                read("es-ES", "tarda 2-3 h, el turno de 8-12 h, entre 2-4 h"));
        assertEquals("Horario (de nueve a catorce horas), talla: treinta y ocho a cuarenta y dos kilogramos",
                read("es-ES", "Horario (9-14 h), talla: 38-42 kg"));
    }

    @Test
    void dotlessMonthAbbreviationsInARangeOrAfterAPreposition() {
        assertEquals("Ferries run from April to October, and the cafe shuts in February; talk to Jan at reception.",
                read("en-GB", "Ferries run from Apr to Oct, and the cafe shuts in Feb; talk to Jan at reception."));
        // Before a day number the date rules read it.
        assertEquals("Tours run June to August, closed from December twenty fourth to January second.",
                read("en-US", "Tours run Jun-Aug, closed from Dec. 24 to Jan. 2."));
    }

    @Test
    void smallHoursOnThe24HourDialInA12HourLocale() {
        // Round fourteen (the lead's house style): the small hours, one to six, are "de la madrugada".
        assertEquals("registrado a las tres y catorce de la madrugada; a las tres y catorce; a las nueve y media",
                read("es-MX", "registrado a las 03:14; a las 3:14; a las 09:30"));
        // es-ES reads the 24-hour dial as written.
        assertEquals("registrado a las tres catorce", read("es-ES", "registrado a las 03:14"));
        // Round fourteen: a written "las" before hour one is said "la"; "las dos" and a word ending in "las" keep theirs.
        assertEquals("a la una y veinte de la madrugada, a la una y diez de la tarde, a las dos y diez de la tarde",
                read("es-MX", "a las 01:20, a las 13:10, a las 14:10"));
        // Must not fire: a written "a. m." keeps "de la mañana"; six o'clock is morning.
        assertEquals("a las tres de la mañana; a las seis y diez", read("es-AR", "a las 3 a. m.; a las 06:10"));
    }

    @Test
    void aSlashDateAfterAnAbbreviatedWeekdayWithItsDotIsADate() {
        assertEquals("Your dental cleaning is Thursday, March fourth at ten AM; the follow-up is Tuesday April thirteenth.",
                read("en-US", "Your dental cleaning is Thurs., 3/4 at 10 AM; the follow-up is Tue. 4/13."));
        // With no weekday before it a small slash number stays a fraction.
        assertEquals("Add one quarter cup of sugar on Thursday.", read("en-US", "Add 1/4 cup of sugar on Thursday."));
    }

    @Test
    void usSpanishSlashDatesAreMonthFirst() {
        // Round seven C: US systems print es-US scripts month first, whatever CLDR's es-US d/M/y says.
        assertEquals("la visita es el lunes tres de noviembre", read("es-US", "la visita es el lunes 11/3"));
        assertEquals("pague antes del cinco de agosto de dos mil veintiocho", read("es-US", "pague antes del 8/5/2028"));
        assertEquals("los días diez de octubre y once de octubre", read("es-US", "los días 10/10 y 10/11"));
        // Must not fire: es-MX and es-ES keep day first; a first part above twelve is a day in es-US too.
        assertEquals("la visita es el lunes once de marzo", read("es-MX", "la visita es el lunes 11/3"));
        assertEquals("pague antes del ocho de mayo de dos mil veintiocho", read("es-ES", "pague antes del 8/5/2028"));
        assertEquals("cerrado el veinticinco de diciembre", read("es-US", "cerrado el 25/12"));
        assertEquals("cerrado el treinta y uno de diciembre de dos mil veintiocho", read("es-US", "cerrado el 31/12/2028"));
    }

    @Test
    void aNamedWeekdayPicksTheUsSpanishDateThatFallsOnIt() {
        // Issue 13, read on Readings.CORPUS_DAY (Wednesday 2026-12-02): es-US writers mix both orders, so a weekday named
        // with a date that reads both ways decides it, as an announcer checking the calendar would.
        // Only the day-first date falls on it: the 10th of December 2026 is a Thursday, the 12th of October 2027 a Tuesday.
        assertEquals("la vacuna es el jueves diez de diciembre", read("es-US", "la vacuna es el jueves 10/12"));
        assertEquals("el miercoles nueve de diciembre", read("es-US", "el miercoles 9/12"));
        // Only the month-first one, as its next date from today on: the 12th of January 2027 is a Tuesday; the 1st of
        // December was a Tuesday yesterday, but its next one (2027) is a Wednesday.
        assertEquals("la inspección será el martes doce de enero", read("es-US", "la inspección será el martes 1/12"));
        // Both do: the nearer one (the 11th of December 2026, not the 12th of November 2027, also a Friday; the 7th of
        // December, not the 12th of July 2027, also a Monday).
        assertEquals("cierra el viernes once de diciembre", read("es-US", "cierra el viernes 11/12"));
        assertEquals("lo recoge el lunes siete de diciembre a las cinco", read("es-US", "lo recoge el lun. 7/12 a las 5"));
        assertEquals("llega el viernes, once de diciembre", read("es-US", "llega el viernes, 11/12"));
        // Round fifty-nine: both do and both are next year's (the 7th of November 2027 and the 11th of July 2027 are
        // Sundays; the 1st of November and the 11th of January Mondays): the locale's order, month first.
        assertEquals("abre el domingo siete de noviembre", read("es-US", "abre el domingo 11/7"));
        assertEquals("el lunes once de enero", read("es-US", "el lunes 1/11"));
        // Must not fire: a settled day-first locale keeps its order where both fit.
        assertEquals("abre el domingo once de julio", read("es-MX", "abre el domingo 11/7"));
        // A written year decides the calendar: the 11th of December 2027 is a Saturday, the 12th of November 2027 a Friday.
        assertEquals("su cita es el viernes doce de noviembre de dos mil veintisiete", read("es-US", "su cita es el vie. 11/12/2027"));
        assertEquals("su cita es el viernes once de diciembre de dos mil veintiséis", read("es-US", "su cita es el vie. 11/12/2026"));
    }

    @Test
    void aNamedWeekdayLeavesTheLocaleOrderWhereItDoesNotDecide() {
        // A weekday neither date falls on (the 4th of March 2027 is a Thursday, the 3rd of April a Saturday): month first.
        assertEquals("el viernes cuatro de marzo", read("es-US", "el viernes 3/4"));
        // No weekday: month first ("del 4/12" is the 12th of April however a writer meant it).
        assertEquals("su vuelo del doce de abril llegó", read("es-US", "su vuelo del 4/12 llegó"));
        // One order impossible: no calendar to check.
        assertEquals("el viernes dieciocho de diciembre", read("es-US", "el viernes 12/18"));
        assertEquals("el lunes veinticinco de enero", read("es-US", "el lunes 25/1"));
        // Settled orders keep theirs even where the weekday fits only the other one: there a date the weekday contradicts
        // is as often a past one ("llegó el martes 1/12", read the day after).
        assertEquals("llega el martes primero de diciembre", read("es-ES", "llega el martes 1/12"));
        assertEquals("el lunes doce de julio", read("es-MX", "el lunes 12/7"));
        assertEquals("Your flu shot is on Thursday, October twelfth.", read("en-US", "Your flu shot is on Thursday, 10/12."));
    }

    @Test
    void theWeekdayCheckReadsTheConfiguredToday() {
        // The same words read half a year later: the 11th of December 2027 is a Saturday, so the Friday is the 12th of November.
        TextNormalizer june = new TextNormalizer(NormalizerConfig.defaults()
                .withClock(java.time.Clock.fixed(java.time.Instant.parse("2027-06-01T12:00:00Z"), java.time.ZoneOffset.UTC)));
        assertEquals("cierra el viernes doce de noviembre", june.normalize("cierra el viernes 11/12", "es-US", null));
        assertEquals("cierra el viernes once de diciembre", read("es-US", "cierra el viernes 11/12"));
    }

    @Test
    void aSlashDateThatCannotBeDayFirstIsMonthFirstAfterACue() {
        assertEquals("la promoción vale hasta el veinte de noviembre", read("es-US", "la promoción vale hasta el 11/20"));
        assertEquals("inscríbase antes del diecisiete de marzo", read("es-MX", "inscríbase antes del 3/17"));
        // A pair valid both ways keeps the region's day first; without a cue word it stays a fraction.
        assertEquals("vence el cuatro de noviembre", read("es-ES", "vence el 4/11"));
        assertEquals("añada tres dieciseisavos de taza", read("es-ES", "añada 3/16 de taza").replace("dieciséisavos", "dieciseisavos"));
    }

    @Test
    void anEsUsDeadlineAfterAnExpiryWordIsAMonthAndDayUnlessACardIsNamed() {
        // Round eight D: es-US writes its month first, so "válida hasta el 11/28" is a day; a card's "08/27" is its expiry.
        assertEquals("promoción válida hasta el veintiocho de noviembre", read("es-US", "promoción válida hasta el 11/28"));
        assertEquals("su tarjeta vence agosto de dos mil veintisiete", read("es-US", "su tarjeta vence 08/27"));
        assertEquals("la oferta vence el cinco de diciembre de dos mil veinticuatro", read("es-US", "la oferta vence el 12/05/2024"));
        // Spain and Mexico write the day first: a second number that cannot be a month is the year.
        assertEquals("su tarjeta caduca en agosto de dos mil veintisiete", read("es-ES", "su tarjeta caduca el 08/27"));
        assertEquals("caduca en diciembre de dos mil veinticuatro", read("es-MX", "caduca el 12/24"));
    }

    @Test
    void aListOfSpanishWeekdayAbbreviationsIsSaidInFull() {
        assertEquals("el mercado abre martes, viernes y domingo por la mañana", read("es-AR", "el mercado abre mar., vie. y dom. por la mañana"));
        assertEquals("clases de lunes a miércoles.", read("es-ES", "clases de lun. a mié."));
        // A list of months is months; a lone "mar." is left to the other rules.
        assertEquals("de enero a marzo.", read("es-ES", "de ene. a mar."));
        assertEquals("cerrado en mar.", read("es-ES", "cerrado en mar."));
    }

    @Test
    void theFirstHourOfABareSpanishRangeIsFeminine() {
        assertEquals("el técnico pasa entre una y cuatro de la tarde el jueves", read("es-MX", "el técnico pasa entre 1 y 4 p. m. el jueves"));
        assertEquals("abierto de una a tres de la tarde.", read("es-US", "abierto de 1 a 3 p. m."));
        // A range of quantities is no time: "de uno a cinco kilogramos".
        assertEquals("de uno a cinco kilogramos", read("es-ES", "de 1 a 5 kg"));
    }

    @Test
    void roundTwelveAnHourBeforeItsPartOfTheDayIsFeminine() {
        // "AM"/"PM" in capitals and the part of the day in words mark the hours as "p. m." does; a dash is the range's "a".
        assertEquals("entre una y dos de la tarde", read("es-MX", "entre 1 y 2 PM"));
        assertEquals("de una a tres de la tarde", read("es-AR", "de 1 a 3 de la tarde"));
        assertEquals("entre las doce y la una de la tarde", read("es-ES", "entre las 12 y la 1 de la tarde"));
        assertEquals("recoja su ropa de una a cuatro de la tarde", read("es-US", "recoja su ropa 1-4 PM"));
        assertEquals("el sábado de nueve a once de la mañana", read("es-MX", "el sábado de 9-11 AM"));
        assertEquals("cierra a la una y abre desde la una y media", read("es-MX", "cierra a la 1 y abre desde la 1:30"));
        assertEquals("la revisión dura entre una y dos horas", read("es-ES", "la revisión dura entre 1 y 2 h"));
        assertEquals("de veintiuna a veintitrés horas", read("es-ES", "de 21 a 23 h"));
        // Must not fire: a count before a masculine noun, "la 1" with no preposition before it (a line, a room: "la uno"),
        // a score or a code's dash with no part of the day after it, English.
        assertEquals("de uno a tres días", read("es-ES", "de 1 a 3 días"));
        assertEquals("la uno y la dos están cerradas", read("es-ES", "la 1 y la 2 están cerradas"));
        assertEquals("ganaron tres-uno el domingo", read("es-AR", "ganaron 3-1 el domingo"));
        assertEquals("between one and three PM", read("en-US", "between 1 and 3 PM"));
    }

    @Test
    void aDateAfterAVerbOfShippingAndATwoDigitYearAfterAWeekday() {
        // Round five J: "ships 1/12" is a date in the region's order; a weekday's two-digit year is said in full.
        assertEquals("Ships January twelfth via FedEx. Arrives March fourth.", read("en-US", "Ships 1/12 via FedEx. Arrives 3/4."));
        assertEquals("Ships the first of December via D P D.", read("en-GB", "Ships 1/12 via DPD."));
        assertEquals("Bella's surgery is Thursday, January seventh twenty twenty seven.", read("en-US", "Bella's surgery is Thursday, 1/7/27."));
        assertEquals("Surgery on Monday, the fourth of January twenty twenty seven.", read("en-GB", "Surgery on Monday, 4/1/27."));
        // No verb of shipping: a fraction; no weekday: NeMo's two-digit year as written.
        assertEquals("Add one half cup.", read("en-US", "Add 1/2 cup."));
        assertEquals("Invoice dated November seventeenth zero five.", read("en-US", "Invoice dated 11/17/05."));
    }

    @Test
    void aTwoDigitYearNearTodayIsSaidInFull() {
        // Round ten (today is 2026-12-02 in these tests): a two-digit year from 24 to 31 is a bill's or an appointment's.
        assertEquals("was due January twentieth twenty twenty seven, paid March third twenty twenty four",
                read("en-US", "was due 1/20/27, paid 3/3/24"));
        assertEquals("renews on the second of May twenty thirty one", read("en-GB", "renews on 2/5/31"));
        // Must not fire: a year just out of reach either way keeps NeMo's reading as written.
        assertEquals("dated March third twenty three and April fourth thirty two", read("en-US", "dated 3/3/23 and 4/4/32"));
    }

    @Test
    void aSpanishTwoDigitYearTiedToTheCalendarIsSaidInFull() {
        // Round eighty A: as in English, a two-digit year after a consumption or expiry cue, after a weekday or near today
        // is this calendar's, "de dos mil veintisiete", never "de veintisiete".
        assertEquals("con fecha de consumo veinte de mayo de dos mil veintisiete", read("es-US", "con fecha de consumo 5/20/27"));
        assertEquals("el viernes ocho de octubre de dos mil treinta y dos", read("es-ES", "el viernes 8/10/32"));
        assertEquals("caduca el quince de julio de dos mil treinta y tres", read("es-MX", "caduca el 15/07/33"));
        // Must not fire: an old year with no cue keeps NeMo's reading as written, and a law's number over its year stays.
        assertEquals("la factura del diecisiete de noviembre de cero cinco y la del tres de abril de noventa y ocho, Ley tres, veintisiete",
                read("es-MX", "la factura del 17/11/05 y la del 3/4/98, Ley 3/27"));
    }

    @Test
    void aHyphenBetweenTwoEnglishDatesIsTo() {
        assertEquals("open March third to April twelfth", read("en-US", "open Mar 3-Apr 12"));
        assertEquals("the fourth of May to the second of June", read("en-GB", "4 May-2 June"));
        // Not fired: a hyphen before a plain number is the day range of one month.
        assertEquals("June twenty first to thirtieth", read("en-US", "June 21-30"));
    }

    @Test
    void aSpanishWeekdayWithoutItsDotIsSaidBeforeADateOnly() {
        // Round seven B: "lun 14/12", "sáb 19/12" as SMS and Argentine scripts write them.
        assertEquals("El lunes catorce de diciembre abrimos.", read("es-ES", "El lun 14/12 abrimos."));
        assertEquals("Nos vemos el sábado diecinueve de diciembre de dos mil veintiséis.", read("es-AR", "Nos vemos el sáb 19/12/2026."));
        // must not fire: no date after it, the words stay words
        assertEquals("El dom cerramos.", read("es-ES", "El dom cerramos."));
        assertEquals("el mar en calma", read("es-ES", "el mar en calma"));
    }

    @Test
    void aDateWithItsMonthAbbreviatedBetweenDayAndYear() {
        assertEquals("Vence el catorce de diciembre de dos mil veintiséis.", read("es-ES", "Vence el 14-dic-2026."));
        assertEquals("Vence el quince de enero de dos mil veintisiete.", read("es-MX", "Vence el 15/ene/2027."));
        assertEquals("Due December fourteenth twenty twenty six.", read("en-US", "Due 14-Dec-2026."));
        assertEquals("Due the fourteenth of December twenty twenty six.", read("en-GB", "Due 14-Dec-2026."));
        // must not fire: no year after the month word
        assertEquals("el modelo tres-mar-X", read("es-ES", "el modelo 3-mar-X"));
    }

    @Test
    void aSpanOfTwoDayMonthDatesAfterACueOrWithTwoDigitMonths() {
        assertEquals("en el periodo primero de septiembre a treinta y uno de octubre", read("es-ES", "en el periodo 01/09-31/10"));
        assertEquals("del quince de diciembre a seis de enero", read("es-ES", "del 15/12 - 6/1"));
        // must not fire: fractions, before a measure or without a cue
        assertEquals("la puntuación tres cuartos-cinco sextos", read("es-ES", "la puntuación 3/4-5/6"));
        assertEquals("escala un medio-tres cuartos pulgadas", read("es-ES", "escala 1/2-3/4 pulgadas"));
    }

    @Test
    void aSpanOfSlashDatesInOneMonthIsDatesInTheRegionsOrder() {
        // Round twenty-one: es-US writes month first, in a span as in a single date; one month running forward needs no cue.
        assertEquals("para las fechas dos de julio a nueve de julio", read("es-US", "para las fechas 7/2–7/9"));
        assertEquals("libre cuatro de noviembre a doce de noviembre", read("es-US", "libre 11/4-11/12"));
        assertEquals("libre cuatro de agosto a nueve de agosto", read("es-ES", "libre 4/8–9/8"));
        assertEquals("del quince de diciembre a seis de enero", read("es-US", "del 15/12 - 6/1"));
        // must not fire: fractions over one ruler's denominator, backwards, or across months without a cue
        assertEquals("broca tres octavos-cinco octavos", read("es-ES", "broca 3/8-5/8"));
        assertEquals("la puntuación tres cuartos-cinco sextos", read("es-US", "la puntuación 3/4-5/6"));
    }

    @Test
    void twoDottedClockTimesJoinedAsARangeAreTimesWhereTheCommaIsTheDecimalMark() {
        assertEquals("de lunes a viernes de las ocho y media a las veinte treinta", read("es-ES", "de L a V de 8.30 a 20.30"));
        // must not fire: a unit after them, minutes no timetable uses, a locale whose decimal mark is the dot
        assertEquals("de uno punto cincuenta a dos punto treinta metros", read("es-ES", "de 1.50 a 2.30 m"));
        assertEquals("subió de tres punto cuarenta y cinco a cuatro punto diez.", read("es-ES", "subió de 3.45 a 4.10."));
        assertEquals("de ocho punto treinta a veinte punto treinta", read("es-MX", "de 8.30 a 20.30"));
    }

    @Test
    void aDottedTimeBeforeABareHourWithItsSymbolIsATime() {
        // Round ten B: "de 19.30 a 21 hs", a range from a dotted time to a bare hour with "h"/"hs"/"horas" after it; since
        // round eleven without an article on its first end, as on its last.
        assertEquals("turno de diecisiete treinta a veintidós horas", read("es-AR", "turno de 17.30 a 22 hs"));
        assertEquals("abrimos entre ocho y media y catorce horas", read("es-ES", "abrimos entre 8.30 y 14 h"));
        // must not fire: another unit after the bare end, minutes no timetable uses, a locale whose decimal mark is the dot
        assertEquals("de uno punto cincuenta a dos metros", read("es-ES", "de 1.50 a 2 m"));
        assertEquals("de dos punto diez a tres horas", read("es-AR", "de 2.10 a 3 h"));
        assertEquals("de ocho punto treinta a catorce horas", read("es-MX", "de 8.30 a 14 h"));
    }

    @Test
    void spanishWeekdayInitialsInWeekOrderAreTheDays() {
        assertEquals("de lunes a viernes", read("es-ES", "de L a V"));
        assertEquals("horario lunes a sábado de nueve a catorce", read("es-ES", "horario L-S de 9 a 14"));
        // must not fire: sizes, the alphabet, two neighbouring letters
        assertEquals("tallas de M a S", read("es-ES", "tallas de M a S"));
        assertEquals("de A a Z", read("es-ES", "de A a Z"));
        assertEquals("de L a M", read("es-ES", "de L a M"));
        assertEquals("talla L-XL", read("es-ES", "talla L-XL"));
    }

    @Test
    void weekdaysWrittenShortAndRangesOfLettersAndYears() {
        // Round seven A: "Weds", dotted weekday ranges, letter and code ranges with an en dash, a tax year.
        assertEquals("P T A Wednesday December ninth and Wednesday December sixteenth, Monday to Friday.",
                read("en-US", "PTA Weds 12/9 and Weds. 12/16, Mon.–Fri."));
        assertEquals("Zones A to C and J F K to L A X, not A-B testing.", read("en-US", "Zones A–C and JFK–LAX, not A-B testing."));
        // Round eight D: codes of capitals and digits too; a hyphen between them may be one code and stays.
        assertEquals("exits E one to E four, bays A ten to A twelve, the E one-E four cable", read("en-US", "exits E1–E4, bays A10–A12, the E1-E4 cable"));
        assertEquals("salidas E uno a E cuatro", read("es-ES", "salidas E1–E4"));
        assertEquals("Your P sixty for twenty twenty five to twenty six and the two thousand nine to ten years.",
                read("en-GB", "Your P60 for 2025/26 and the 2009/10 years."));
        // Not a span: a second part that is not the next year.
        assertEquals("not one thousand nine hundred and ninety ninety fifths", read("en-GB", "not 1990/95"));
    }

    @Test
    void aTimeRangeToABareHourWithItsMarker() {
        // Round seven A: "6:30–8 PM" is a time range (the colon was left in "six:thirty", and an ASCII hyphen made "thirty-eight").
        assertEquals("from six thirty to eight PM today, six thirty to eight PM", read("en-US", "from 6:30-8 PM today, 6:30–8pm"));
        assertEquals("de las seis y media a las ocho de la noche.", read("es-MX", "de 6:30-8 p. m."));
        // Without AM/PM the range to a plain number stays a citation.
        assertEquals("John three:sixteen-seventeen says", read("en-US", "John 3:16-17 says"));
    }

    @Test
    void roundSevenCAShortWeekdayBeforeAPartOfTheDay() {
        assertEquals("Saturday night into Sunday morning", read("en-US", "Sat night into Sun AM"));
        assertEquals("the Sun is bright", read("en-US", "the Sun is bright"));
        assertEquals("Saturday night into Sunday morning; Friday night.", read("en-US", "Sat night into Sun AM; Fri night."));
        assertEquals("stargazing on Friday the fifteenth and Saturday the sixteenth of January", read("en-GB", "stargazing on Fri 15 & Sat 16 Jan"));
        assertEquals("pay on Friday fifteen and we close Saturday the sixteenth of January", read("en-GB", "pay on Fri 15 & we close Sat 16 Jan"));
    }

    @Test
    void aRangeBegunOnTheTwentyFourHourDialEndsOnIt() {
        // Round seven C: es-AR is a 12-hour locale, but "de 19 a 19:45" stays on the dial it began on.
        assertEquals("cocina libre de diecinueve a diecinueve cuarenta y cinco", read("es-AR", "cocina libre de 19 a 19:45"));
        assertEquals("de veintiuna a veintiuna treinta", read("es-AR", "de 21 a 21:30"));
        // Must not fire: a range begun on a morning hour takes the 12-hour dial.
        assertEquals("de nueve a una y cuarto de la tarde", read("es-AR", "de 9 a 13:15"));
    }

    @Test
    void roundSevenDWeekdaysJoinedByAnAmpersandASlashOrADashAfterATime() {
        assertEquals("Tuesday and Thursday nine thirty, Monday and Wednesday, after thirteen hundred Monday to Thursday",
                read("en-GB", "Tue & Thu 9:30, Mon/Wed, after 13:00 Mon–Thu"));
        // Must not fire: a slash between words that are no weekdays, "Sun" as a name.
        assertEquals("Sun/Moon Tours and Route sixty six Sun Valley", read("en-US", "Sun/Moon Tours and Route 66 Sun Valley"));
    }

    @Test
    void roundEightTheThirdQuarterIsReadAsWritten() {
        assertEquals("hasta las doce cuarenta y cinco", read("es-ES", "hasta las 12:45"));
        assertEquals("a las seis cuarenta y cinco de la mañana, ya", read("es-MX", "a las 6:45 a. m., ya"));
        assertEquals("a las ocho cuarenta y cinco horas", read("es-ES", "a las 8.45 h"));
        // Must not fire: the first two quarters and the minutes up to the half keep the 12-hour dial's "y"; past the half
        // every minute follows the hour (the lead's house style after round fifteen).
        assertEquals("a las doce y cuarto, a las seis y media, a las siete y veinte, a las siete cuarenta de la mañana, ya",
                read("es-MX", "a las 12:15, a las 6:30, a las 7:20, a las 7:40 a. m., ya"));
    }

    @Test
    void aDashedSpanToAPartOfTheDayWithNoWordBeforeItOpensWithDe() {
        // Round sixteen: said as round eight C's clock span is, "de … a …" with no article on either end.
        assertEquals("Llame de lunes a sábado, de ocho de la mañana a ocho de la noche.", read("es-US", "Llame de lunes a sábado, 8 AM–8 PM."));
        assertEquals("abrimos sábados, de nueve de la mañana a tres de la tarde.", read("es-MX", "abrimos sábados, 9 a.m.–3 p.m."));
        assertEquals("de lunes a jueves de seis y media de la mañana a dos de la tarde", read("es-US", "de lunes a jueves 6:30 AM-2 PM"));
        assertEquals("Horario: de una de la tarde a cuatro de la tarde", read("es-US", "Horario: 1 PM–4 PM"));
        // Must not fire: a span after "de", "a las" or "entre" keeps its words ("de" is not said twice), English keeps
        // "to"; after "a las" the articles the text writes stay. (Bare hours after "de" take no article: the lead's house
        // style after round sixteen, aRangeOfBareHoursWithTheirPartOfTheDayTakesNoArticle.)
        assertEquals("de ocho de la mañana a ocho de la noche", read("es-US", "de 8 AM–8 PM"));
        assertEquals("a las ocho de la mañana a las ocho de la noche", read("es-US", "a las 8 AM–8 PM"));
        assertEquals("de ocho de la mañana a seis de la tarde", read("es-US", "de 8 AM a 6 PM"));
        assertEquals("Monday to Saturday, eight AM to eight PM.", read("en-US", "Mon–Sat, 8 AM–8 PM."));
    }

    @Test
    void roundEightCSpansListsAndDeadlines() {
        assertEquals("(de lunes a viernes, de ocho y media a veinte)", read("es-ES", "(L-V, 8:30-20:00)"));
        assertEquals("Turno: cuatro horas, lunes, miércoles y viernes; martes, jueves y sábado", read("es-US", "Turno: 4 h, L/Mi/V; M/J/S"));
        assertEquals("Marca uno (de una a dos veces), dos (de tres a cinco)", read("es-ES", "Marca 1 (1-2 veces), 2 (3-5)"));
        assertEquals("expires December thirty first twenty twenty six", read("en-US", "expires 12/31/26"));
        // Must not fire: sizes out of week order, a span after "de" or "las" keeps its words, a bare pair in brackets
        // that follows no option's number (a lifespan, a score), a two-digit year with no expiry word or weekday.
        assertEquals("tallas S/M/L, la talla M/L", read("es-ES", "tallas S/M/L, la talla M/L"));
        assertEquals("Luciano (doce-diecinueve) y el dos-uno", read("es-ES", "Luciano (12-19) y el 2-1"));
        assertEquals("born November seventeenth zero five", read("en-US", "born 11/17/05"));
    }

    @Test
    void roundEightEAMonthAndYearAfterABestBeforePhrase() {
        // Round eight E: a food's best-before or use-by phrase announces a month and year, as an expiry word does.
        assertEquals("consumo preferente febrero de dos mil veintisiete; consumir preferentemente antes de septiembre de dos mil veintiséis; "
                        + "caducidad noviembre de dos mil veintiséis",
                read("es-ES", "consumo preferente 02/2027; consumir preferentemente antes del 09/2026; caducidad 11/2026"));
        assertEquals("best before March twenty twenty seven", read("en-GB", "best before 03/2027"));
        // Must not fire: no such phrase before a number over a year (a file's number), nor a day and month after it.
        assertFalse(read("es-ES", "el expediente 2/2027 sigue abierto").contains("febrero"), "no cue: not a month");
        assertEquals("consumo preferente doce de marzo", read("es-ES", "consumo preferente 12/03"));
    }

    @Test
    void roundEightEARangeOfWeekdayAbbreviationsJoinedByAl() {
        assertEquals("pasa del martes al viernes; dejaremos", read("es-AR", "pasa del mar. al vie.; dejaremos"));
        // Must not fire: the sea before a capital "Al" (a new sentence).
        assertEquals("agua del mar. Al día siguiente", read("es-ES", "agua del mar. Al día siguiente"));
    }

    @Test
    void aListOfDaysSharesTheMonthOfItsLastDay() {
        // Round eight F: after a cue word, ascending days before a day and month share that month.
        assertEquals("del nueve y diez de febrero", read("es-AR", "del 9 y 10/2"));
        assertEquals("el tres, cuatro y cinco de noviembre", read("es-ES", "el 3, 4 y 5/11"));
        // Must not fire: a smaller number after "y" is a fraction; no cue word, no list.
        assertFalse(read("es-ES", "el 3 y 1/2 por ciento").contains("enero"), "3 and a half percent, not the first of February");
        assertFalse(read("es-ES", "sume 3 y 4/5").contains("mayo"), "no cue word: a fraction");
    }

    @Test
    void noonOrMidnightAtOneEndOfADashedSpanIsTo() {
        // Round nine: "noon–3 PM" is a span of times like "7–10 PM".
        assertEquals("brunch noon to three PM, jazz seven to ten PM.", read("en-US", "brunch noon–3 PM, jazz 7–10 PM."));
        assertEquals("closed midnight to six AM on Tuesday", read("en-GB", "closed midnight–6 AM on Tuesday"));
        assertEquals("open nine AM to noon and one to midnight", read("en-US", "open 9 AM–noon and 1–midnight"));
        // must not fire: "noon" joined to a word, or a capitalised name
        assertEquals("the noon–night shift", read("en-US", "the noon–night shift"));
        assertEquals("the Noon–Smith Act", read("en-US", "the Noon–Smith Act"));
    }

    @Test
    void aNumberBeforeAMonthAndAPluralNounCountsTheMonthsThings() {
        // Round nine: en-US writes dates month first, so "5 October retreats" counts them; en-GB needs "our", "all", "the".
        assertEquals("choose two of our five October retreats", read("en-US", "choose 2 of our 5 October retreats"));
        assertEquals("still has four March sessions open", read("en-US", "still has 4 March sessions open"));
        assertEquals("pick two of our five October tours", read("en-GB", "pick 2 of our 5 October tours"));
        // must not fire: a date's preposition before it, a day-first locale with no determiner, a year after it
        assertEquals("on the third of January classes resume", read("en-US", "on 3 January classes resume"));
        assertEquals("we have the fourth of March workshops left", read("en-GB", "we have 4 March workshops left"));
        assertEquals("Delivered the third of January, thanks", read("en-GB", "Delivered 3 January, thanks"));
        // Round forty: en-GB "the" before a day, a month and a plural noun names the day's events; a share "of the" counts.
        assertEquals("in the sixth of May elections, results of the ninth of March floods",
                read("en-GB", "in the 6 May elections, results of the 9 March floods"));
        assertEquals("pick two of the five October tours, which of the three January classes, all the four March workshops",
                read("en-GB", "pick 2 of the 5 October tours, which of the 3 January classes, all the 4 March workshops"));
    }

    @Test
    void bothEndsOfARangeOnOneDial() {
        // Round nine: a 12-hour locale says an afternoon end with its part of the day, so the morning start takes its own.
        assertEquals("abrimos de las siete de la mañana a las nueve de la noche", read("es-MX", "abrimos de 7:00 a 21:00"));
        assertEquals("entre las nueve y media de la mañana y las seis de la tarde", read("es-AR", "entre las 9:30 y las 18:00"));
        // Round fifty-seven: from noon into the afternoon the part of the day is said once, after the end (was "de las doce
        // del mediodía a las cuatro de la tarde"); to the night both ends keep theirs.
        assertEquals("de las doce a las cuatro de la tarde", read("es-MX", "de 12:00 a 16:00"));
        assertEquals("entre las doce y media y las dos de la tarde", read("es-US", "entre las 12:30 y las 14:00"));
        // en-GB: an end after a day's name is in hundreds like its start
        assertEquals("from twenty one hundred Sunday to twelve hundred Monday", read("en-GB", "from 21:00 Sun to 12:00 Mon"));
        // must not fire: both ends in the morning, hours marked "hrs.", the 24-hour locale, a dashed span, a bare morning start
        assertEquals("de las nueve a las once", read("es-MX", "de 9:00 a 11:00"));
        assertEquals("entre las diez y las catorce horas.", read("es-MX", "entre 10:00 y 14:00 hrs."));
        assertEquals("de las nueve a las catorce", read("es-ES", "de 9:00 a 14:00"));
        assertEquals("from ten Monday to twelve Tuesday", read("en-GB", "from 10:00 Mon to 12:00 Tue"));
        assertEquals("at twelve today", read("en-GB", "at 12:00 today"));
        // Round fifty-seven, must not fire: noon to the night, noon alone, a morning start, the 24-hour locale.
        assertEquals("de las doce del mediodía a las nueve de la noche, a las doce y media del mediodía, entre las once de la mañana y las tres de la tarde",
                read("es-MX", "de 12:00 a 21:00, a las 12:30 p.m., entre las 11:00 y las 15:00"));
        assertEquals("entre las doce y las quince", read("es-ES", "entre las 12:00 y las 15:00"));
    }

    @Test
    void aTimetableLineIsOnTheTwelveHourDialInTheAmericas() {
        // Round twenty-one: a dashed span to an afternoon end, as round nine's "de 10:00 a 19:00", both ends with their parts
        // of the day; weekday letters before the hours open with "de".
        assertEquals("(de lunes a viernes, de ocho y media de la mañana a ocho de la noche)", read("es-MX", "(L-V, 8:30-20:00)"));
        assertEquals("Horario: de lunes a sábado, de diez de la mañana a seis de la tarde.", read("es-US", "Horario: L-S, 10:00-18:00."));
        // must not fire: Spain's dial, an end marked "h", both ends in the morning, letters with no hours after them
        assertEquals("Horario: de lunes a viernes, de nueve a diecinueve.", read("es-ES", "Horario: L-V, 9:00-19:00."));
        // (the span leaves its "h" as printed, a fault of its own left for a later round: only the dial is checked here)
        org.junit.jupiter.api.Assertions.assertTrue(read("es-MX", "de lunes a viernes, 9:00-19:00 h").startsWith("de lunes a viernes, de nueve a diecinueve "));
        assertEquals("sábados, de ocho a once", read("es-MX", "sábados, 8:00-11:00"));
        assertEquals("horario lunes a sábado", read("es-MX", "horario L-S"));
    }

    @Test
    void roundEightyThreeBADecimalBelowOneIsNoClockTime() {
        assertEquals("It fell to zero point three one, down from zero point four eight.", read("en-US", "It fell to 0.31, down from 0.48."));
        // Must not fire: dotted times with an hour, a meridiem after one, a midnight hour written with two digits.
        assertEquals("Doors open from nine thirty until eleven forty five.", read("en-GB", "Doors open from 9.30 until 11.45."));
        assertEquals("The store opens at nine thirty AM.", read("en-US", "The store opens at 9.30 am."));
        assertEquals("From twelve forty five the line is closed.", read("en-GB", "From 00.45 the line is closed."));
    }

    @Test
    void roundEightyThreeBAFractionBeforeAnInchMarkIsNoDate() {
        assertEquals("Cut a three eighth inch shelf and a five eighth inch board.", read("en-US", "Cut a 3/8\" shelf and a 5/8\u2033 board."));
        assertEquals("The gap is three sixteenths of an inch.", read("en-US", "The gap is 3/16\"."));
        // Must not fire: a '"' closing a quotation after the pair.
        assertEquals("He said \"March sixteenth\" and left.", read("en-US", "He said \"3/16\" and left."));
    }

    @Test
    void aRangeWhoseEndsShareTheirPartOfTheDaySaysItOnce() {
        // Round twenty-one: as "de 1 a 3 de la tarde", the part of the day once, after the second end.
        assertEquals("entre las nueve y cuarto y las nueve treinta y cinco de la noche", read("es-AR", "entre las 21:15 y las 21:35"));
        assertEquals("de las dos a las cinco de la tarde", read("es-MX", "de 14:00 a 17:00"));
        // must not fire: the afternoon and the night, a morning start, Spain's dial
        assertEquals("entre las seis de la tarde y las nueve de la noche", read("es-MX", "entre las 18:00 y las 21:00"));
        assertEquals("entre las nueve y media de la mañana y las seis de la tarde", read("es-AR", "entre las 9:30 y las 18:00"));
        assertEquals("de las catorce a las diecisiete", read("es-ES", "de 14:00 a 17:00"));
    }

    @Test
    void roundTenBTwoMonthAbbreviationsJoinedByAnAmpersandOrAnd() {
        assertEquals("fees for March and April were late", read("en-GB", "fees for Mar & Apr were late"));
        assertEquals("bills for September and October", read("en-US", "bills for Sep and Oct"));
        // Must not fire: a name beside a month's shape. (A month's abbreviation before its day: see round seventeen B.)
        assertEquals("Jan and Bob called", read("en-US", "Jan & Bob called"));
    }

    @Test
    void roundSeventeenBAMonthAbbreviationJoinedToAMonthThatHeadsADateIsSaidInFull() {
        assertEquals("October and November third", read("en-US", "Oct & Nov 3"));
        assertEquals("through September and October fifteenth; the June or July first payment",
                read("en-US", "through Sep & Oct 15; the Jun or Jul 1 payment"));
        assertEquals("on August and September fourth for training", read("en-GB", "on Aug. & Sep. 4 for training"));
        // must not fire: a name beside a month's shape before a day, a month with no joint, a lone month before its day
        assertEquals("Jan and Tom three times, ask Jan about it, on September fourth",
                read("en-US", "Jan & Tom 3 times, ask Jan about it, on Sep. 4"));
    }

    @Test
    void roundTwelveBADottedTimeBeforeARangesAmOrPmEndIsATime() {
        assertEquals("between seven thirty and eight AM, between ten fifteen and eleven forty five AM, six thirty to eight PM",
                read("en-GB", "between 7.30 and 8am, between 10.15 and 11.45am, 6.30–8pm"));
        assertEquals("between six forty five and eight PM tonight", read("en-US", "between 6.45 and 8 p.m. tonight"));
        // must not fire: a decimal with a unit or a price, "and" with no "between" before the first, no marker at the end
        assertEquals("seven point three zero kilograms and seven pounds and thirty pence",
                read("en-GB", "7.30 kg and £7.30"));
        assertEquals("version two point one zero and three PM", read("en-GB", "version 2.10 and 3pm"));
        assertEquals("between seven point three zero and eight points", read("en-GB", "between 7.30 and 8 points"));
    }

    @Test
    void roundTwentyOneBTwoDottedTimesInARangeAfterADateFromOrBetweenAreTimesInBritishEnglish() {
        assertEquals("on Thursday the fifth of August, nine fifteen to ten forty five", read("en-GB", "on Thu 5 August, 9.15–10.45"));
        assertEquals("from thirteen thirty to fourteen oh five today", read("en-GB", "from 13.30 to 14.05 today"));
        assertEquals("between eight fifty and nine twenty on Monday", read("en-GB", "between 8.50 and 9.20 on Monday"));
        // must not fire: a unit or a currency, a backward pair, "and" without "between", no opening word or date
        assertEquals("three point five zero to four point seven five kilograms", read("en-GB", "3.50–4.75 kg"));
        assertEquals("eleven pounds and thirty pence to twelve pounds", read("en-GB", "£11.30–£12.00"));
        assertEquals("between two point five zero and one point seven five on", read("en-GB", "between 2.50 and 1.75 on"));
        assertEquals("version two point one zero and three point two zero", read("en-GB", "version 2.10 and 3.20"));
        assertEquals("scores rose one point two zero to one point four five", read("en-GB", "scores rose 1.20 to 1.45"));
    }

    @Test
    void roundTwentyFiveTwoDashedDottedTimesBeforeATimeNounAreARangeInBritishEnglish() {
        assertEquals("within the seven forty to nine ten slot", read("en-GB", "within the 7.40–9.10 slot"));
        assertEquals("your fourteen twenty to fourteen fifty appointment and the one twenty to two forty shift",
                read("en-GB", "your 14.20–14.50 appointment and the 1.20 - 2.40 shift"));
        // must not fire: a unit, another noun, a backward pair, American English
        assertEquals("three point five zero to four point seven five kilograms", read("en-GB", "3.50–4.75 kg"));
        assertEquals("the two point five zero to three point seven five ratio", read("en-GB", "the 2.50–3.75 ratio"));
        assertEquals("the nine point three zero to seven point three zero slot", read("en-GB", "the 9.30–7.30 slot"));
        assertEquals("the seven point three zero to nine point three zero slot", read("en-US", "the 7.30–9.30 slot"));
    }

    @Test
    void roundTwentySixBADottedPairAfterAnOpeningHoursWordOrBeforeATimeNounWithToIsARangeInBritishEnglish() {
        assertEquals("Open ten fifteen to eleven forty five on weekdays", read("en-GB", "Open 10.15 - 11.45 on weekdays"));
        assertEquals("Lunch: twelve thirty to thirteen fifteen daily", read("en-GB", "Lunch: 12.30 - 13.15 daily"));
        assertEquals("closed twelve thirty to thirteen forty", read("en-GB", "closed 12.30 to 13.40"));
        assertEquals("the ten thirty to eleven thirty window", read("en-GB", "the 10.30 to 11.30 window"));
        // must not fire: a unit, prices, one-digit decimals, a minute past 59, a backward pair, "and" with no "between",
        // American English
        assertFalse(read("en-GB", "Open 3.50 - 4.75 kg").contains("fifty"));
        assertEquals("open ten pounds and fifteen pence to eleven pounds and forty five pence", read("en-GB", "open £10.15 - £11.45"));
        assertEquals("between two point five and three point seven five metres", read("en-GB", "between 2.5 and 3.75 metres"));
        assertEquals("hours two point five zero to three point seven five", read("en-GB", "hours 2.50 to 3.75"));
        assertEquals("closed eleven point four five to ten point one five", read("en-GB", "closed 11.45 to 10.15"));
        assertEquals("Lunch: twelve point three zero and thirteen point one five", read("en-GB", "Lunch: 12.30 and 13.15"));
        assertEquals("the ten point three zero and eleven point three zero window", read("en-GB", "the 10.30 and 11.30 window"));
        assertEquals("Open ten point one five minus eleven point four five", read("en-US", "Open 10.15 - 11.45"));
    }

    @Test
    void roundSeventyFiveLEnGbDottedDeadlineAfterByAndHoursAfterHoursAre() {
        assertEquals("collect them by sixteen forty five.; check in by nine fifteen, then sit; Opening hours are nine to eighteen thirty, daily",
                read("en-GB", "collect them by 16.45.") + "; " + read("en-GB", "check in by 9.15, then sit") + "; "
                        + read("en-GB", "Opening hours are 9.00–18.30, daily"));
        // Must not fire: a word or a unit after the number, a percentage, en-US's decimals, a range of other nouns after "are".
        assertEquals("prices fell by ten point two five per cent; it went down by two point five zero kilograms; fees rose by three point seven five percent; "
                        + "pay by ten point three zero.; Waiting times are one point five zero to two point seven five hours",
                read("en-GB", "prices fell by 10.25 per cent") + "; " + read("en-GB", "it went down by 2.50 kg") + "; "
                        + read("en-GB", "fees rose by 3.75%") + "; " + read("en-US", "pay by 10.30.") + "; "
                        + read("en-GB", "Waiting times are 1.50–2.75 hours"));
    }

    @Test
    void roundEightyFourBEnGbDottedTimeAfterATimePhraseAndAComma() {
        assertEquals("at the usual time, nine fifteen, or later; at the same time, seventeen forty.",
                read("en-GB", "at the usual time, 9.15, or later") + "; " + read("en-GB", "at the same time, 17.40."));
        // Must not fire: a measure or a price after "time,", a decimal after another word, en-US's decimals.
        assertEquals("this time, two point five zero kilograms more; our price, eleven point three zero, is fixed; at the same time, ten point four five, or not",
                read("en-GB", "this time, 2.50 kg more") + "; " + read("en-GB", "our price, 11.30, is fixed") + "; "
                        + read("en-US", "at the same time, 10.45, or not"));
    }

    @Test
    void roundTwentyTwoBAUnitOrACurrencyAfterARangesSecondEndMakesBothEndsDecimals() {
        assertEquals("from two point two five to three point four zero kilograms", read("en-US", "from 2.25 to 3.40 kg"));
        assertEquals("from two point three zero to four point one zero litres", read("en-GB", "from 2.30 to 4.10 litres"));
        assertEquals("from two point four zero to three euros and ten cents", read("en-GB", "from 2.40 to 3.10 euros"));
        // must not fire: clock times with no unit after, or with the day's marker, or a count of minutes after "to"'s number
        assertEquals("from eight thirty to nine fifteen today", read("en-GB", "from 8.30 to 9.15 today"));
        assertEquals("from nine thirty to ten forty five AM", read("en-GB", "from 9.30 to 10.45 am"));
        assertEquals("from three fifty to four point seven five", read("en-US", "from 3.50 to 4.75"));
    }

    @Test
    void roundTwentyTwoBAHyphenSpacedOrNotJoinsTwoDottedTimesAsTheEnDashDoes() {
        assertEquals("on Saturday the fourteenth of March, ten fifteen to eleven forty five, upstairs",
                read("en-GB", "on Sat 14 March, 10.15 - 11.45, upstairs"));
        assertEquals("from thirteen twenty to fourteen fifty on Thursday", read("en-GB", "from 13.20 - 14.50 on Thursday"));
        assertEquals("on Tuesday the third of February, nine forty to ten twenty five", read("en-GB", "on Tue 3 Feb, 9.40-10.25"));
        // must not fire: prices, whole numbers, a backward pair, no opening word or date, en-US (dotted times are decimals)
        assertEquals("ten pounds and fifteen pence to two pounds and fifteen minus three", read("en-GB", "£10.15 - £2.00 and 15 - 3"));
        assertEquals("on Saturday the fourth of July, eleven point four five minus ten point one five", read("en-GB", "on Sat 4 July, 11.45 - 10.15"));
        assertEquals("ten point one five minus eleven point four five", read("en-GB", "10.15 - 11.45"));
        assertEquals("on Saturday the fourth of July, ten point one five minus eleven point four five", read("en-US", "on Sat 4 July, 10.15 - 11.45"));
    }

    @Test
    void aDashBetweenTwoSlashDatesIsASpanOfDays() {
        assertEquals("given January eleventh to January fifteenth", read("en-US", "given 1/11–1/15"));
        assertEquals("shut March second to March ninth", read("en-US", "shut 3/2 – 3/9"));
        assertEquals("from December twenty eighth to January third", read("en-US", "from 12/28–1/3"));
        assertEquals("given the eleventh of January to the fifteenth of January", read("en-GB", "given 11/1–15/1"));
        assertEquals("the third of February to the seventh of February", read("en-GB", "the 3/2-7/2"));
        // A forward range of halves, quarters or eighths, one before a measure, or one backwards as dates stays fractions.
        assertEquals("one quarter to three quarters of us", read("en-US", "1/4–3/4 of us"));
        assertEquals("one eighth to one quarter inch", read("en-US", "1/8–1/4 inch"));
        assertEquals("one eighth-one quarter done", read("en-US", "1/8-1/4 done"));
    }

    @Test
    void roundTwentyOneBASlashPairInARangeWithADatePartnerIsADate() {
        assertEquals("between April third and April nineteenth", read("en-US", "between 4/3 and 4/19"));
        assertEquals("from September second to September ninth", read("en-US", "from 9/2 to 9/9"));
        assertEquals("valid October first through October thirty first", read("en-US", "valid 10/1 through 10/31"));
        assertEquals("between the second of May and the twentieth of May", read("en-GB", "between 2/5 and 20/5"));
        // must not fire: proper fractions, a fraction "of" or before a measure, "and" without "between", a backward pair
        assertEquals("between one half and three quarters of us", read("en-US", "between 1/2 and 3/4 of us"));
        assertEquals("between one third and two fifths", read("en-US", "between 1/3 and 2/5"));
        assertEquals("between one half and three quarters inch", read("en-US", "between 1/2 and 3/4 inch"));
        assertEquals("one half and three quarters", read("en-US", "1/2 and 3/4"));
        // Round fifty-five: two proper pairs that are no range of fractions as one writes it (falling, not in lowest terms,
        // over no everyday denominator) are a span of days, the second no fraction; a rising one in lowest terms stays,
        // and before a measure the first is no date after "from" either.
        assertEquals("from May fourth to May eleventh", read("en-US", "from 5/4 to 5/11"));
        assertEquals("between July second and July sixth", read("en-US", "between 7/2 and 7/6"));
        assertEquals("from the second of June to the fourth of June", read("en-GB", "from 2/6 to 4/6"));
        assertEquals("from one third to one half cup, between one quarter and one half", read("en-US", "from 1/3 to 1/2 cup, between 1/4 and 1/2"));
        assertEquals("from one half to three quarters cup", read("en-GB", "from 1/2 to 3/4 cup"));
    }

    @Test
    void roundFourteenBAMonthAbbreviationBeforeTheNounItDatesIsTheMonth() {
        assertEquals("for November deliveries, your December milk invoice, all January clearance items, our February newsletter",
                read("en-GB", "for Nov deliveries, your Dec milk invoice, all Jan clearance items, our Feb newsletter"));
        // must not fire: a name (a capital, a verb or a preposition after it, no word that introduces a noun before it),
        // a place's particle
        assertEquals("Jan Smith called. A note for Jan from us. For Jan called us. A card for Jan tomorrow.",
                read("en-US", "Jan Smith called. A note for Jan from us. For Jan called us. A card for Jan tomorrow."));
        assertEquals("in Mar del Plata, the Mar Vista branch, in Jan Smith's absence",
                read("en-US", "in Mar del Plata, the Mar Vista branch, in Jan Smith's absence"));
    }

    @Test
    void roundFifteenBASlashDateAfterDueIsADate() {
        assertEquals("your payment due February first is late", read("en-US", "your payment due 2/1 is late"));
        assertEquals("Your M O T is due the fourth of September", read("en-GB", "Your MOT is due 4/9"));
        // must not fire: a fraction before "due", a fraction of a share after it
        assertEquals("one half due now, the due half share", read("en-US", "1/2 due now, the due 1/2 share"));
        // the lead's mend after round fifteen B: an offer, a trial or a service ends, expires or starts on a day
        assertEquals("Offer ends March seventh. Your trial expires December fifteenth; service starts April first.",
                read("en-US", "Offer ends 3/7. Your trial expires 12/15; service starts 4/1."));
        // a card's "expires 12/31" stays its month and year (December twenty thirty one)
        assertEquals("Your card expires December twenty thirty one", read("en-US", "Your card expires 12/31"));
        assertEquals("Your railcard expires the thirty first of May", read("en-GB", "Your railcard expires 31/5"));
        // must not fire: a fraction after "ends"
        assertEquals("the film ends one half hour later", read("en-US", "the film ends 1/2 hour later"));
    }

    @Test
    void roundThirtyOneBASlashPairAfterAWeekOrBeforeADatedNounIsADate() {
        // Round thirty-one B: a span of days and its joint, a cue word and a possessive, or a possessive or determiner and a
        // noun a day dates make a valid month/day pair a date (was "three eighths", "three twelfths").
        assertEquals("the week of March eighth and the week ending April second, your March twelfth paycheck and this May first payment",
                read("en-US", "the week of 3/8 and the week ending 4/2, your 3/12 paycheck and this 5/1 payment"));
        assertEquals("Renew on your February tenth", read("en-US", "Renew on your 2/10"));
        assertEquals("the week commencing the ninth of March and your eighth of March shift",
                read("en-GB", "the week commencing 9/3 and your 8/3 shift"));
        // Must not fire: a measure, another noun, "a"/"an" or a number before the pair, an impossible day, "of" after it.
        assertEquals("Add three quarters cup of milk, half price on your one third share, a half order of fries, two and a half shifts,"
                + " three quarters of the week, your three fortieths paycheck, one quarter of your payment",
                read("en-US", "Add 3/4 cup of milk, 1/2 price on your 1/3 share, a 1/2 order of fries, 2 1/2 shifts, 3/4 of the week,"
                        + " your 3/40 paycheck, 1/4 of your payment"));
    }

    @Test
    void roundFortyOneASlashPairBeforeAProcedureAfterAPluralWeekdayOrListedWithYIsADate() {
        // Round forty-one: a test or a procedure dates the pair between it and a possessive (was "two twelfths surgery").
        assertEquals("for your February twelfth surgery, your March ninth procedure", read("en-US", "for your 2/12 surgery, your 3/9 procedure"));
        assertEquals("your third of April procedure", read("en-GB", "your 3/4 procedure"));
        // A weekday's plural cues the date as the singular does; a second pair listed with "y" or "o" is a date in the
        // same order (es-US month first; was "cuatro décimos", "dos onceavos").
        assertEquals("los sábados diez de abril y diecisiete de abril, el jueves cuatro de febrero y once de febrero, o trece de febrero",
                read("es-US", "los sábados 4/10 y 4/17, el jueves 2/4 y 2/11, o 2/13"));
        assertEquals("los domingos siete de marzo y catorce de marzo", read("es-MX", "los domingos 7/3 y 14/3"));
        assertEquals("On Saturdays April tenth and April seventeenth", read("en-US", "On Saturdays 4/10 and 4/17"));
        // Must not fire: a fraction after the pair ("y 1/2 kilo", "y 1/4 de la deuda"), a backward pair, a measure after a
        // possessive, a plural that is no weekday's.
        assertEquals("el seis de mayo y medio kilo, el seis de mayo y un cuarto de la deuda, el cuatro de marzo y un medio",
                read("es-US", "el 5/6 y 1/2 kilo, el 5/6 y 1/4 de la deuda, el 3/4 y 1/2"));
        assertEquals("your one half cup, your one third share, a half surgery", read("en-US", "your 1/2 cup, your 1/3 share, a 1/2 surgery"));
        assertEquals("los martes media taza, los meses tres cuartos", read("es-US", "los martes 1/2 taza, los meses 3/4"));
    }

    @Test
    void roundEighteenBASlashDateAfterThruTillOrExpIsADate() {
        // Round eighteen B: the last day of a span after "thru", "through", "till" (was "three ninths"), and a coupon's
        // "Exp." before its date, said "Expires".
        assertEquals("Valid through March ninth. Closed till February seventh, free through January third. Expires May fourth.",
                read("en-US", "Valid thru 3/9. Closed till 2/7, free through 1/3. Exp. 5/4."));
        assertEquals("open until the third of September", read("en-GB", "open until 3/9"));
        // Must not fire: a fraction of something after "through", pages through a number, "exp." before no date.
        // Round eighty A: a half of one unit after a preposition is "half a mile".
        assertEquals("halfway through one half of the list, walk through half a mile, pages three through five, the exp. team",
                read("en-US", "halfway through 1/2 of the list, walk through 1/2 mile, pages 3 through 5, the exp. team"));
    }

    @Test
    void roundNineteenBASlashDateAfterADateLabelAndItsColonIsADate() {
        // Round nineteen B: the colon hid the cue word ("Exp. date: 3/9" was "three ninths"); "Exp." before "date" is
        // the country's name for it.
        assertEquals("Expiration date: March ninth. Renewal due: February fifth.", read("en-US", "Exp. date: 3/9. Renewal due: 2/5."));
        assertEquals("Expiry date: the third of September.", read("en-GB", "Exp. date: 3/9."));
        // Must not fire: another label before the colon, a fraction of something, "exp." before no date.
        assertEquals("Score: three ninths. Ratio: two fifths of the class. The exp. dates vary.",
                read("en-US", "Score: 3/9. Ratio: 2/5 of the class. The exp. dates vary."));
    }

    @Test
    void roundEighteenBADashBetweenTwoDatesWithTheirWeekdaysIsTo() {
        // Round eighteen B: as a range of bare dates ("4/8–4/11") already read "to", two dates after their weekdays joined by
        // an en dash, an em dash or a hyphen set apart are a span (the dash was left, a pause between two days).
        assertEquals("your stay, Thursday, April eighth to Sunday, April eleventh, three nights; Monday, May third to Friday, May seventh",
                read("en-US", "your stay, Thu., 4/8–Sun., 4/11, 3 nights; Mon., 5/3 - Fri., 5/7"));
        assertEquals("Friday the ninth of July to Sunday the eleventh of July", read("en-GB", "Fri 9 July – Sun 11 July"));
        // Must not fire: a phone before the dash, a weekday with a number but no date before it, no date after the weekday.
        assertEquals("Call five five five, one two three four – Monday nine to five. Monday three - Smith Street. Friday June fourth – Sun closed",
                read("en-US", "Call 555-1234 – Mon. 9 to 5. Mon 3 - Smith Street. Fri 6/4 – Sun closed"));
    }

    @Test
    void roundFifteenBTheHourAfterMidnightOnTheTwentyFourHourDialIsTwelve() {
        assertEquals("between twelve thirty and five thirty, at twelve oh five", read("en-GB", "between 00:30 and 05:30, at 00:05"));
        // must not fire: en-US keeps its AM, Spanish its "cero", an hour after one keeps its own number
        assertEquals("at twelve thirty AM", read("en-US", "at 00:30"));
        assertEquals("a las cero treinta", read("es-ES", "a las 00:30"));
        assertEquals("at one fifteen", read("en-GB", "at 01:15"));
    }

    @Test
    void roundFifteenBAMonthAbbreviationWithItsDotIsTheMonth() {
        assertEquals("your October orders ship. We are closed in November for repairs. Your bill for January. It is overdue for December. Pay now.",
                read("en-US", "your Oct. orders ship. We are closed in Nov. for repairs. Your bill for Jan. It is overdue for Dec. Pay now."));
        // must not fire: "Jan." after "for" with no sum owed before it is a name, a capital after it is a name, a day after it is a date
        assertEquals("This parcel is for Jan. She signs. Flowers for Jan. Smith. for December twenty fourth only",
                read("en-US", "This parcel is for Jan. She signs. Flowers for Jan. Smith. for Dec. 24 only"));
    }

    @Test
    void roundSixteenBMonthAbbreviationsJoinedByOrACommaOrWithTheirDots() {
        assertEquals("your October or November statements, fees for January, February and March, the November and December invoices",
                read("en-US", "your Oct or Nov statements, fees for Jan, Feb and Mar, the Nov and Dec. invoices"));
        assertEquals("settle the October and November invoices. We closed in October and November.",
                read("en-US", "settle the Oct. and Nov. invoices. We closed in Oct. and Nov."));
        // must not fire: a comma between two names with no further joint, a day after the second month
        assertEquals("Hi Jan, Mar called. Oct, November third and December first",
                read("en-US", "Hi Jan, Mar called. Oct, Nov 3 and Dec 1"));
    }

    @Test
    void roundSixteenBADottedZoneAfterATimeIsSaidByName() {
        assertEquals("Call by five Eastern Standard Time today. Open until seven Central Standard Time. Thanks.",
                read("en-US", "Call by 5 E.S.T. today. Open until 7 C.S.T. Thanks."));
        assertEquals("by eleven fifty nine Pacific Time tonight, at two PM Eastern Time on Thursday",
                read("en-US", "by 11:59 P.T. tonight, at 2 p.m. E.T. on Thursday"));
        // must not fire: no time before the letters, letters that name no zone
        assertEquals("Meet E T at noon. the U S and five U K stores", read("en-US", "Meet E.T. at noon. the U.S. and 5 U.K. stores"));
    }

    @Test
    void roundSixteenBMidnightOnTheTwentyFourHourDialIsMidnight() {
        assertEquals("locked at midnight, from twenty two thirty to midnight", read("en-GB", "locked at 00:00, from 22:30 to 00:00"));
        // must not fire: en-US keeps its twelve-hour reading, minutes past midnight keep "twelve"
        assertEquals("at twelve AM, at twelve thirty AM", read("en-US", "at 00:00, at 00:30"));
        assertEquals("at twelve thirty", read("en-GB", "at 00:30"));
    }

    @Test
    void roundSeventeenBTwentyFourHundredIsMidnight() {
        assertEquals("open until midnight, from seven hundred to midnight, from twenty one thirty to midnight",
                read("en-GB", "open until 24:00, from 07:00 to 24:00, from 21:30 to 24:00"));
        assertEquals("close at midnight on Friday", read("en-US", "close at 24:00 on Friday"));
        // must not fire: a duration with seconds, other hours on the hour, Spanish
        assertEquals("for twenty four hours zero minutes and zero seconds, at twenty three hundred",
                read("en-GB", "for 24:00:00, at 23:00"));
        assertEquals("a las veinticuatro", read("es-ES", "a las 24:00"));
    }

    @Test
    void roundTwentyTwoAnHoursMarkAfterADashedSpanIsTheSpans() {
        // The "h" after a dashed span's end was left ("de diez a trece h.") or the dash after "de" was kept ("de las
        // nueve-las diecinueve horas"): the mark is the span's "horas", and after "de" the dash is its "a".
        assertEquals("horario de diez a trece horas. Los sábados, de las nueve a las diecinueve horas; entre las ocho y las diez horas",
                read("es-ES", "horario 10:00 - 13:00 h. Los sábados, de 9:00-19:00 h; entre 8:00-10:00 h"));
        assertEquals("venta nocturna, de dieciocho a veintitrés horas, solo hoy", read("es-MX", "venta nocturna, 18:00-23:00 hrs, solo hoy"));
        // Must not fire: a word starting with "h" after the span, a span with no mark.
        assertEquals("abierto de nueve a catorce hoy; de nueve a catorce", read("es-ES", "abierto 9:00-14:00 hoy; 9:00-14:00"));
    }

    @Test
    void roundTwentySixADashedSpanAfterDeOrEntreIsARangeWithoutAnHoursMark() {
        // "de 9:00-14:00" kept its dash between two articled times ("de las nueve-las catorce").
        assertEquals("de las nueve a las catorce; entre las diez y las doce", read("es-ES", "de 9:00-14:00; entre 10:00-12:00"));
        // In a 12-hour locale an afternoon end puts the start on that dial too, as "de 10:00 a 18:00" does.
        assertEquals("de las diez de la mañana a las seis de la tarde", read("es-AR", "de 10:00-18:00"));
        assertEquals("entre las nueve y cuarto y las nueve treinta y cinco de la noche", read("es-MX", "entre 21:15-21:35"));
        // Must not fire: a score, bare numbers, decimals, a length, a span after "las".
        assertEquals("ganaron dos-uno; de nueve a catorce años; de nueve punto cero cero-catorce punto cero cero",
                read("es-ES", "ganaron 2-1; de 9-14 años; de 9.00-14.00"));
        assertEquals("de las dos y media-tres quince minutos", read("es-ES", "de 2:30-3:15 minutos"));
        assertEquals("las nueve-las catorce", read("es-ES", "las 9:00-14:00"));
    }

    @Test
    void roundTwentySixASpanishSpanOfYearsIsSaidWithAPause() {
        assertEquals("la temporada dos mil veintiséis, dos mil veintisiete; el curso dos mil veintiséis, veintisiete",
                read("es-ES", "la temporada 2026-2027; el curso 2026-27"));
        assertEquals("de dos mil veintiséis a dos mil veintiocho, del dos mil diecinueve, dos mil veinte, entre dos mil diecinueve y dos mil veinte",
                read("es-AR", "de 2026-2028, del 2019-2020, entre 2019-2020"));
        // Must not fire: a backward pair, a two-digit tail that is no next year, an ISO date, a code's groups.
        assertEquals("dos mil veinticuatro-dos mil veintitrés; el primero de diciembre de dos mil veinticuatro",
                read("es-ES", "2024-2023; el 2024-12-01"));
        assertEquals("ref dos cero dos cuatro, dos cero dos cinco, tres tres uno", read("es-ES", "ref 2024-2025-331"));
    }

    @Test
    void roundThirtyTwoBTwelveNoonAfterADashAndDottedTwentyFourHourRangeEnds() {
        assertEquals("delivery seven AM to twelve noon or nine hundred to twelve midnight",
                read("en-GB", "delivery 7am–12 noon or 09:00–12 midnight"));
        assertEquals("we're open eight thirty to sixteen hundred; from eight hundred to seventeen hundred",
                read("en-GB", "we're open 8.30–16.00; from 08.00 to 17.00"));
        // Must not fire: an end with its minutes keeps them.
        assertEquals("open seven thirty to sixteen thirty", read("en-GB", "open 7.30–16.30"));
    }

    @Test
    void roundThirtyEightBARangeStartedOnTheTwentyFourHourDialSaysItsOnTheHourEndInHundreds() {
        assertEquals("between seven thirty and eleven hundred. The driver", read("en-GB", "between 07:30 and 11:00. The driver"));
        assertEquals("booked for seven forty five to twelve hundred on Monday", read("en-GB", "booked for 07:45–12:00 on Monday"));
        assertEquals("from nine fifteen until twelve hundred", read("en-GB", "from 09:15 until 12:00"));
        assertEquals("from twenty one thirty to seven hundred", read("en-GB", "from 21:30 to 7:00"));
        // Must not fire: a start with no zero and under thirteen, "and" with no "between", an end with its "am", en-US's
        // twelve-hour dial, a time alone.
        assertEquals("from seven thirty to eleven and between ten thirty and eleven", read("en-GB", "from 7:30 to 11:00 and between 10:30 and 11:00"));
        assertEquals("at seven thirty and eleven we call", read("en-GB", "at 07:30 and 11:00 we call"));
        assertEquals("seven thirty to eleven AM", read("en-GB", "07:30 to 11:00 am"));
        assertEquals("between seven thirty and eleven", read("en-US", "between 07:30 and 11:00"));
        assertEquals("at eleven tomorrow", read("en-GB", "at 11:00 tomorrow"));
    }

    @Test
    void roundSixtySixBTwoDigitMorningRangesAndRangesAfterAPluralWeekdayAreOnTheTwentyFourHourDial() {
        assertEquals("on Friday the sixth of June, eleven hundred to twelve hundred", read("en-GB", "on Fri 6 June, 11:00–12:00"));
        assertEquals("open ten hundred to eleven hundred daily", read("en-GB", "open 10:00–11:00 daily"));
        assertEquals("rehearsals Fridays seventeen hundred to nineteen hundred", read("en-GB", "rehearsals Fridays 17:00–19:00"));
        assertEquals("surgery Mondays eight hundred to ten hundred", read("en-GB", "surgery Mondays 08:00–10:00"));
        assertEquals("rehearsals Fridays seventeen hundred to nineteen hundred", read("en-US", "rehearsals Fridays 17:00–19:00"));
        // Must not fire: a range in words, a one-digit start, an end with its minutes, an end with its "am", en-US's
        // twelve-hour dial, a day between the ends, a time alone; a capitalised name ending in "s" that is no weekday keeps
        // chapter and verse.
        assertEquals("from eleven to twelve, between ten and eleven", read("en-GB", "from 11:00 to 12:00, between 10:00 and 11:00"));
        assertEquals("open nine to twelve daily", read("en-GB", "open 9:00–12:00 daily"));
        assertEquals("open ten to eleven thirty daily", read("en-GB", "open 10:00–11:30 daily"));
        assertEquals("ten to eleven AM", read("en-GB", "10:00–11:00 am"));
        assertEquals("open ten to eleven daily", read("en-US", "open 10:00–11:00 daily"));
        assertEquals("from ten Monday to twelve Tuesday", read("en-GB", "from 10:00 Mon to 12:00 Tue"));
        assertEquals("at ten today", read("en-GB", "at 10:00 today"));
        assertEquals("as in Hebrews eleven, one", read("en-GB", "as in Hebrews 11:01"));
    }

    @Test
    void roundFortyThreeASlashPairAfterANounsPossessiveOrBeforeAKindOfVisitIsADate() {
        // Round forty-three: a noun's possessive owns the day as "your" does (was "four sevenths dental appointment"), and
        // one plain word may name the kind of visit between the pair and its noun.
        assertEquals("your son's April seventh dental appointment, your dog's June eleventh checkup",
                read("en-US", "your son's 4/7 dental appointment, your dog's 6/11 checkup"));
        // Must not fire: a measure or a price after the pair, a possessive with no dated noun, a part after "a".
        assertFalse(read("en-US", "your son's 1/2 cup of milk").contains("January"));
        assertFalse(read("en-US", "your 1/2 price dental visit").contains("January"));
        assertFalse(read("en-US", "your dog's 3/4 share of the food").contains("March"));
        assertFalse(read("en-US", "a 1/2 dental visit").contains("January"));
    }

    @Test
    void roundFortyFourATripOrARideAfterAPossessiveIsDated() {
        // Round forty-four: a trip or a ride is an event a day dates (was "three twelfths trip").
        assertEquals("your March twelfth trip, your May third ride", read("en-US", "your 3/12 trip, your 5/3 ride"));
        // Must not fire: half a day's trip, a part after "a".
        assertFalse(read("en-US", "your 1/2 day trip").contains("January"));
        assertFalse(read("en-US", "a 1/2 ride").contains("January"));
    }

    @Test
    void roundFortyEightAServiceAfterAPossessiveIsDated() {
        // Round forty-eight: a service booked for a day, hyphenated or not (was "three twelfths tune-up").
        assertEquals("your April ninth tune-up, your June third fitting, the May ninth repair",
                read("en-US", "your 4/9 tune-up, your 6/3 fitting, the 5/9 repair"));
        // Must not fire: half a day's lesson, a part after "a", a quarter-inch fitting.
        assertFalse(read("en-US", "your 1/2 day lesson").contains("January"));
        assertFalse(read("en-US", "a 1/2 lesson").contains("January"));
        assertFalse(read("en-US", "your 1/4-inch fitting").contains("January"));
    }

    @Test
    void roundFortyEightAQuarterAfterAnArticleBeforeAUnit() {
        // Round forty-eight: after "a" one quarter before a unit is "a quarter inch", as one half is "a half inch".
        assertEquals("a quarter inch router bit and a half inch bit", read("en-US", "a 1/4-inch router bit and a 1/2-inch bit"));
        // Must not fire: no article keeps the number.
        assertEquals("one quarter inch bolts, the one quarter inch bracket", read("en-US", "1/4-inch bolts, the 1/4-inch bracket"));
    }

    @Test
    void roundFortySixEverySpanOfATimetablesListReadsLikeTheFirst() {
        // Round forty-six: the span after "y" was "y las dieciséis-las diecinueve".
        assertEquals("de lunes a jueves de nueve a trece y de dieciséis a diecinueve",
                read("es-ES", "de lunes a jueves 9:00-13:00 y 16:00-19:00"));
        assertEquals("de ocho a diez, de doce a catorce y de dieciocho a veintiuna", read("es-ES", "8:00-10:00, 12:00-14:00 y 18:00-21:00"));
        // The Americas' 12-hour dial: the first span's end keeps its own part of the day (was "a dos y las cuatro…").
        assertEquals("de ocho de la mañana a dos de la tarde y de cuatro de la tarde a seis de la tarde",
                read("es-MX", "8:00-14:00 y 16:00-18:00"));
        // Must not fire: "y" before a single time, or between the two ends of a range, still frames it.
        assertEquals("de nueve a catorce y las dieciséis", read("es-ES", "9:00-14:00 y las 16:00"));
        assertEquals("entre las diez y las doce", read("es-ES", "entre las 10:00 y las 12:00"));
        assertEquals("las nueve-las catorce", read("es-ES", "las 9:00-14:00"));
    }

    @Test
    void aSlashPairBetweenAPossessiveAndAnEventIsItsDay() {
        // Round fifty-two: an event's gerund, or any plain noun after a pair that is no everyday fraction, is dated.
        assertEquals("Your September eleventh closing is set; your April twelfth hearing; your December seventh graduation.",
                read("en-US", "Your 9/11 closing is set; your 4/12 hearing; your 12/7 graduation."));
        // Must not fire: a share or a measure after the pair, an everyday fraction before another noun, a measure's "-ing",
        // no possessive.
        assertEquals("Your three quarters share, your three eighths socket, your nine tenths rating, your half serving, your half price offer, your two fifths stake.",
                read("en-US", "Your 3/4 share, your 3/8 socket, your 9/10 rating, your 1/2 serving, your 1/2 price offer, your 2/5 stake."));
        assertEquals("Your half tubing, your five eighths bolt, a five twelfths rule.", read("en-US", "Your 1/2 tubing, your 5/8 bolt, a 5/12 rule."));
    }

    @Test
    void aSlashPairBeforeACapitalisedNameAndItsEventIsItsDay() {
        // Round fifty-eight: one to three capitalised words between the pair and the noun that decides.
        assertEquals("your February ninth Acme orientation; your October fifth Lake Tahoe cruise",
                read("en-US", "your 2/9 Acme orientation; your 10/5 Lake Tahoe cruise"));
        // Must not fire: an everyday fraction before a name and a noun no day dates, a price in capitals, no possessive.
        assertEquals("Your five eighths Bosch socket, your three quarters Price Match refund, a two ninths Acme orientation.",
                read("en-US", "Your 5/8 Bosch socket, your 3/4 Price Match refund, a 2/9 Acme orientation."));
    }

    @Test
    void aSlashPairADatesNounNamesThroughOfOrIsIsThatDate() {
        // Round fifty-four: "date of", "date is", "date was" before a pair name its day, month first in the US, day first in Britain.
        assertEquals("your billing date of June second; the new ship date is August third; the old date was May fourth",
                read("en-US", "your billing date of 6/2; the new ship date is 8/3; the old date was 5/4"));
        assertEquals("your start date is the third of September", read("en-GB", "your start date is 3/9"));
        // Must not fire: "of" or "is" after another noun, a share of something after "date of", "date" and "is" apart.
        assertEquals("an update of one half, the rate is one third, the mandate is two fifths",
                read("en-US", "an update of 1/2, the rate is 1/3, the mandate is 2/5"));
        assertEquals("the date of three quarters of the members; a date that is half done",
                read("en-US", "the date of 3/4 of the members; a date that is 1/2 done"));
    }

    @Test
    void roundFiftySixAMonthAndItsYearAfterASpansWordOrAnExpiryWord() {
        assertEquals("sold between April twenty twenty three and October twenty twenty four; expires May twenty thirty",
                read("en-US", "sold between 4/2023 and 10/2024; expires 5/2030"));
        assertEquals("vendidos desde marzo de dos mil veintitrés; entre enero de dos mil veinticuatro y julio de dos mil veinticinco",
                read("es-MX", "vendidos desde 3/2023; entre 1/2024 y 7/2025"));
        // Must not fire: a round hundred, a share before "of", no cue word, a law's number and its year.
        assertEquals("at one two thousandth of a second; since one slash nineteen fifty of the total; one slash twenty twenty four",
                read("en-US", "at 1/2000 of a second; since 1/1950 of the total; 1/2024"));
        assertEquals("la Ley tres, dos mil dieciocho y el expediente cinco barra dos mil veinticinco",
                read("es-ES", "la Ley 3/2018 y el expediente 5/2025"));
    }

    @Test
    void roundFiftySixASlashPairAfterTodayOrTomorrowIsItsDate() {
        assertEquals("arriving today, March fourth; ready tomorrow June second", read("en-US", "arriving today, 3/4; ready tomorrow 6/2"));
        assertEquals("arriving tomorrow, the fourth of March", read("en-GB", "arriving tomorrow, 4/3"));
        // Must not fire: a share of something after it, another word before the pair.
        assertEquals("today, three quarters of the team is out; lately, one half", read("en-US", "today, 3/4 of the team is out; lately, 1/2"));
    }

    @Test
    void roundFiftyNineAPairSetForADayWithItsHoursAfterIsADate() {
        assertEquals("booked for June third at two thirty PM; set for April ninth from nine to eleven AM; set for the fourth of June from nine to ten thirty", read("en-US", "booked for 6/3 at 2:30 PM; set for 4/9 from 9 to 11 AM") + "; "
                + read("en-GB", "set for 4/6 from 9:00 to 10:30"));
        // Must not fire: no clock after the range or the hour, no "for" before the pair.
        assertEquals("enough for one half from two to three cups; stir for one quarter at five; it fell one third from two to four", read("en-US", "enough for 1/2 from 2 to 3 cups; stir for 1/4 at 5; it fell 1/3 from 2:00 to 4:00"));
    }

    @Test
    void aWeekdayPairEndingTheSentenceKeepsItsFullStop() {
        // Round fifty-nine B: the second day's dot is also the sentence's full stop, kept as after a lone "Tue." (the pair
        // had swallowed it: "We deliver on Tuesday and Friday").
        assertEquals("We deliver on Tuesday and Friday.", read("en-US", "We deliver on Tue and Fri."));
        assertEquals("Collections are on Monday and Thursday. Thanks!", read("en-GB", "Collections are on Mon and Thu. Thanks!"));
        assertEquals("Open Monday to Friday. Open Tuesday and Thursday.", read("en-US", "Open Mon to Fri.") + " " + read("en-US", "Open Tue & Thu."));
        assertEquals("Repartimos los martes y viernes.", read("es-ES", "Repartimos los mar. y vie."));
        // Must not fire: a dot inside the sentence is the abbreviation's alone.
        assertEquals("Collections are on Monday and Thursday and on bank holidays.",
                read("en-GB", "Collections are on Mon and Thu. and on bank holidays."));
    }

    @Test
    void roundSixtyBAnEverydayFractionBeforeAPortionNounIsItsSize() {
        assertEquals("the quarter sheet pizza, the half tray and the half pan of ziti",
                read("en-US", "the 1/4 sheet pizza, the 1/2 tray and the 1/2 pan of ziti"));
        // Must not fire: a noun a day dates after an everyday fraction, a pair no everyday fraction before a portion noun.
        assertEquals("the January fourth payment, the March fourth delivery and the January second appointment; the March twelfth sheet",
                read("en-US", "the 1/4 payment, the 3/4 delivery and the 1/2 appointment; the 3/12 sheet"));
    }

    @Test
    void roundSixtyBAWinesReservaBeforeItsVintageIsAYear() {
        assertEquals("Estuche de tres Tempranillo Reserva dos mil veinte y un Syrah gran reserva dos mil diecisiete.",
                read("es-AR", "Estuche de 3 Tempranillo Reserva 2020 y un Syrah gran reserva 2017."));
        // Must not fire: a booking's determiner or number sign, no word or a mark before "reserva", a year still to come.
        assertEquals("Confirmamos su reserva dos cero cuatro uno y la reserva número dos cero dos dos; código de reserva dos cero dos uno.",
                read("es-AR", "Confirmamos su reserva 2041 y la reserva n.º 2022; código de reserva 2021."));
        assertEquals("Reserva dos cero dos tres confirmada. Mi reserva: reserva dos cero dos uno. Un tinto reserva dos cero cuatro uno.",
                read("es-MX", "Reserva 2023 confirmada. Mi reserva: reserva 2021. Un tinto reserva 2041."));
    }

    @Test
    void roundTheClockBeforeANounIsNoDate() {
        // Round sixty-one A: "24/7" before a service's noun names the hours; a date's own cue, a weekday or a year dates it.
        assertEquals("our twenty four seven support desk and our twenty four seven engineers", read("en-GB", "our 24/7 support desk and our 24/7 engineers"));
        assertEquals("closed on the twenty fourth of July, Saturday the twenty fourth of July, on the twenty fourth of July twenty twenty seven",
                read("en-GB", "closed on 24/7, Sat 24/7, on 24/7/2027"));
        assertEquals("el veinticuatro de julio a las diez", read("es-ES", "el 24/7 a las 10:00"));
    }

    @Test
    void roundSixtyTwoBAClockTimeAfterALabelsColonTakesNoArticle() {
        // The house's decision, measured over every batch.
        assertEquals("Hora de llegada: cuatro y diez de la tarde.", read("es-MX", "Hora de llegada: 4:10 p.m."));
        // Must not fire: a range after the label, a time inside a sentence, a colon after a number.
        assertEquals("Horario: de las nueve de la mañana a las seis de la tarde.", read("es-MX", "Horario: de 9:00 a.m. a 6:00 p.m."));
        assertEquals("Lo esperamos a las cuatro y diez de la tarde.", read("es-MX", "Lo esperamos a las 4:10 p.m."));
        assertEquals("Su cita es mañana, a las cuatro y diez de la tarde.", read("es-MX", "Su cita es mañana, a las 4:10 p.m."));
        assertEquals("Horario: las nueve de la mañana a las seis de la tarde.", read("es-MX", "Horario: 9:00 a 18:00."));
    }

    @Test
    void roundSixtyThreeBAPairSetScheduledOrBookedForThatEndsItsPhraseIsADate() {
        assertEquals("set for June ninth, and; scheduled for April seventh.; booked for the ninth of May, so",
                read("en-US", "set for 6/9, and") + "; " + read("en-US", "scheduled for 4/7.") + "; " + read("en-GB", "booked for 9/5, so"));
        // Must not fire: a share of what follows the pair, a measure after it, no arranging word before "for".
        assertEquals("set for two thirds of the price; booked for half day; enough for one half of the guests; add three quarters cup",
                read("en-US", "set for 2/3 of the price") + "; " + read("en-US", "booked for 1/2 day") + "; "
                        + read("en-US", "enough for 1/2 of the guests") + "; " + read("en-US", "add 3/4 cup"));
    }

    @Test
    void roundSixtyEightAACountAfterAMonthsNameIsNoDate() {
        // Round sixty-eight A: a number between a month's name and a lower-case plural noun counts that noun.
        assertEquals("pague desde julio nueve pagos fijos", read("es-MX", "pague desde julio 9 pagos fijos"));
        assertEquals("en octubre veinticuatro meses de garantía", read("es-AR", "en octubre 24 meses de garantía"));
        // Must not fire: es-US month first before a time, a stop, a verb in "-mos" or a voseo verb, or with a year.
        assertEquals("Lo esperamos nueve de julio a las diez de la mañana.", read("es-US", "Lo esperamos julio 9 a las 10:00 a. m."));
        assertEquals("Su cita es el jueves, nueve de julio.", read("es-US", "Su cita es el jueves, julio 9."));
        assertEquals("nueve de julio abrimos a las ocho.", read("es-US", "Julio 9 abrimos a las 8."));
        assertEquals("para nueve de julio tenés turno", read("es-US", "para julio 9 tenés turno"));
        assertEquals("en nueve de julio de dos mil veintisiete para la revisión", read("es-US", "en julio 9, 2027 para la revisión"));
    }

    @Test
    void roundSixtyNineAPairAfterAroundOrAboutIsARoughDay() {
        // Round sixty-nine A: a valid month/day pair after "around" or "about" that is no everyday fraction is a day.
        assertEquals("done around March eleventh.; lands about August ninth, so", read("en-US", "done around 3/11.") + "; "
                + read("en-US", "lands about 8/9, so"));
        // Must not fire: an everyday fraction, "of" or a measure after the pair, no valid month first.
        assertEquals("about three quarters full; around one half; about five twelfths of the budget; around seven twelfths cup",
                read("en-US", "about 3/4 full") + "; " + read("en-US", "around 1/2") + "; " + read("en-US", "about 5/12 of the budget")
                        + "; " + read("en-US", "around 7/12 cup"));
    }

    @Test
    void roundSeventyBEarlierDaysOfAListSharingItsMonth() {
        assertEquals("shut on the fifth, the twelfth and the nineteenth of August; open the first, the eighth, the fifteenth and the twenty second of May.",
                read("en-GB", "shut on 5, 12 and 19 August") + "; " + read("en-GB", "open 1st, 8th, 15th and 22nd May."));
        // Must not fire: counts with no month after them, days that do not rise, a modal "may" after the list.
        assertEquals("we packed five, twelve and nineteen boxes; on twenty, the fifth and the ninth of July; pick four, six and eight may apply",
                read("en-GB", "we packed 5, 12 and 19 boxes") + "; " + read("en-GB", "on 20, 5 and 9 July") + "; "
                        + read("en-GB", "pick 4, 6 and 8 may apply"));
    }

    @Test
    void roundSeventyBEnGbOnTheHourDottedPairsAreAWindowWithNoCue() {
        assertEquals("the hall is booked eight to eleven daily; the desk is staffed thirteen hundred to seventeen hundred",
                read("en-GB", "the hall is booked 8.00–11.00 daily") + "; " + read("en-GB", "the desk is staffed 13.00-17.00"));
        // Must not fire: a unit after the pair, minutes on one end with no cue, a pair that runs backwards, en-US's decimals.
        assertEquals("grade two point zero zero to three point zero zero kilogram bags; booked nine point three zero to eleven point zero zero daily; "
                        + "moved three point zero zero to two point zero zero; booked eight point zero zero to eleven point zero zero daily",
                read("en-GB", "grade 2.00–3.00 kg bags") + "; " + read("en-GB", "booked 9.30–11.00 daily") + "; "
                        + read("en-GB", "moved 3.00–2.00") + "; " + read("en-US", "booked 8.00–11.00 daily"));
    }

    @Test
    void roundSeventyAADateNamingAStreetKeepsItsHouseNumber() {
        // Round seventy A: a date naming a street, or a capitalised month after a street's "de"/"del", is the street's name;
        // the number after it is the house's, never a year or a day.
        assertEquals("en calzada dieciocho de marzo mil trescientos diez", read("es-MX", "en Calz. 18 de Marzo 1310"));
        assertEquals("en Camino del Mar treinta y dos", read("es-ES", "en Camino del Mar 32"));
        // Must not fire: a date after "el", a comma after the street's name, no street word, a dotted weekday, no "de" street.
        assertEquals("en avenida Hidalgo el ocho de marzo de dos mil veintiséis", read("es-MX", "en Av. Hidalgo el 8 de Marzo 2026"));
        assertEquals("en calle Sol, siete de abril de dos mil veintiséis", read("es-ES", "en C/ Sol, 7 de Abril 2026"));
        assertEquals("la feria del dieciocho de marzo de dos mil veintiséis", read("es-MX", "la feria del 18 de Marzo 2026"));
        assertEquals("desde el martes catorce de abril", read("es-ES", "desde el mar. 14 de abril"));
        assertEquals("a partir de nueve de julio", read("es-US", "a partir de Julio 9"));
    }

    @Test
    void roundSeventyTwoESpanishDayWordAndItsCommaNameTheDateAfterThem() {
        assertEquals("lo llevamos mañana, cuatro de diciembre, y el viernes, once de diciembre",
                read("es-US", "lo llevamos mañana, 12/4, y el viernes, 12/11"));
        // Must not fire: a measure after the pair; no day's word before the comma.
        assertEquals("mañana, medio kilo de carne", read("es-US", "mañana, 1/2 kilo de carne"));
        assertEquals("en la tienda, tres cuartos del inventario", read("es-MX", "en la tienda, 3/4 del inventario"));
    }

    @Test
    void roundSeventyThreeHWeekdayDayBeforeARangeToAnotherWeekdayDayIsAnOrdinal() {
        assertEquals("from Thursday the fourth to Saturday the sixth of May we", read("en-GB", "from Thu 4 to Sat 6 May we"));
        // Must not fire: days that do not rise; no weekday before the first day.
        assertEquals("said: Monday fifteen to Friday the twelfth of February.", read("en-GB", "said: Mon 15 to Fri 12 Feb."));
        assertEquals("ages six to Saturday the tenth of April", read("en-GB", "ages 6 to Sat 10 Apr"));
    }
}
