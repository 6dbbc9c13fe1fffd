package io.locutor.text;

import static io.locutor.text.Readings.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * English: an amount after "a"/"an" right before its noun describes the noun and names its unit in the singular ("a
 * fifteen dollar fee", "a five kilogram bag", "a thirty four inch wide door"); anywhere else it keeps its plural. One
 * rule ({@link AttributiveAmount}) for money, units and the inch mark: each case below is read by all three where it
 * applies. Expected strings are exact.
 */
class AmountBeforeNounReadingsTest {
    @Test
    void anAmountAfterAnArticleBeforeItsNounIsSingular() {
        assertEquals("a fifteen dollar fee, a five kilogram bag of flour, a thirty four inch door",
                read("en-US", "a $15 fee, a 5 kg bag of flour, a 34\" door"));
        assertEquals("a two hour wait, a two hour wait", read("en-US", "a 2 hour wait, a 2 h wait"));
        // A capitalised noun is still the noun it describes: "a 65\" TV", "a 5 kg Bag".
        assertEquals("a sixty five inch T V, a five kilogram Bag, a fifteen dollar Amazon card",
                read("en-US", "a 65\" TV, a 5 kg Bag, a $15 Amazon card"));
    }

    @Test
    void theArticleMayBeCapitalised() {
        assertEquals("A fifteen dollar fee applies.", read("en-US", "A $15 fee applies."));
        assertEquals("An eight dollar charge.", read("en-US", "An $8 charge."));
        assertEquals("A five kilogram bag.", read("en-US", "A 5 kg bag."));
        assertEquals("An eight kilogram bag.", read("en-US", "An 8 kg bag."));
        assertEquals("A thirty four inch door.", read("en-US", "A 34\" door."));
    }


    @Test
    void roundSeventySevenOAPriceInMillionsBeforeItsNounIsSingular() {
        assertEquals("a two billion dollar deal, the forty million dollar project was approved",
                read("en-US", "a $2 billion deal, the $40 million project was approved"));
        assertEquals("Share your thoughts on our new six point one million dollar pool upgrade.",
                read("en-US", "Share your thoughts on our new $6.1 million pool upgrade."));
        // Must not fire: no noun after the price, a rate after it, or an adjective before a price without a scale word.
        assertEquals("We raised twelve million dollars for the park.", read("en-US", "We raised $12 million for the park."));
        assertEquals("He earns three million dollars a year.", read("en-US", "He earns $3 million a year."));
        assertEquals("our new twenty five dollars fee", read("en-US", "our new $25 fee"));
    }

    @Test
    void aSizeWordOrAHyphenatedWordAfterTheAmountIsPartOfWhatItDescribes() {
        assertEquals("a thirty four inch wide door", read("en-US", "a 34\" wide door"));
        assertEquals("a three meter long pipe", read("en-US", "a 3 m long pipe"));
        assertEquals("a fifteen dollar non-refundable fee", read("en-US", "a $15 non-refundable fee"));
        assertEquals("a five kilogram bag-holder", read("en-US", "a 5 kg bag-holder"));
    }

    @Test
    void aWordThatStartsAPhraseOfItsOwnLeavesThePlural() {
        assertEquals("a fifteen dollars and a twenty dollars", read("en-US", "a $15 and a $20"));
        assertEquals("a five kilograms and a six kilograms", read("en-US", "a 5 kg and a 6 kg"));
        assertEquals("a fifteen dollars or less, a five kilograms or less, a thirty four inches or less",
                read("en-US", "a $15 or less, a 5 kg or less, a 34\" or less"));
        assertEquals("an eight dollars in total, an eight kilograms in total, an eight inches in total",
                read("en-US", "an $8 in total, an 8 kg in total, an 8\" in total"));
        assertEquals("a five kilograms of flour", read("en-US", "a 5 kg of flour"));
    }

    @Test
    void atTheEndOfASentenceOrBeforePunctuationThePluralStays() {
        assertEquals("It weighs a five kilograms.", read("en-US", "It weighs a 5 kg."));
        assertEquals("It costs a fifteen dollars.", read("en-US", "It costs a $15."));
        assertEquals("a thirty four inches.", read("en-US", "a 34\"."));
        assertEquals("a fifteen dollars, then a five kilograms, then", read("en-US", "a $15, then a 5 kg, then"));
    }

    @Test
    void withoutAnArticleTheAmountKeepsItsPlural() {
        assertEquals("for fifteen dollars each", read("en-US", "for $15 each"));
        // Round eight D: a unit's symbol after "the" describes its noun, spaced or glued ("the twenty kilogram bag", as the
        // corpus's writers say "the twenty pound bag", "the two terabyte plan"); since round fourteen B a price after "the"
        // before its noun too.
        assertEquals("the twenty kilogram bag, the twenty dollar payment, thirty inches wide",
                read("en-US", "the 20 kg bag, the $20 payment, 30\" wide"));
        assertEquals("the two terabyte plan, the twenty kilograms were, your five gigabytes runs out, the ten gigabytes of data",
                read("en-US", "the 2 TB plan, the 20 kg were, your 5 GB runs out, the 10 GB of data"));
        assertEquals("costs fifteen dollars fee", read("en-US", "costs $15 fee"));
    }

    @Test
    void eachReaderKeepsItsOwnLimits() {
        // A scale keeps its reading (cents: anAmountBeforeItsNounIsSingular); a single letter is no noun; "percent" has
        // one form either way.
        assertEquals("a fifteen dollars x charge", read("en-US", "a $15 x charge"));
        assertEquals("a ten percent discount", read("en-US", "a 10% discount"));
    }

    @Test
    void anAmountBeforeItsNounIsSingular() {
        assertEquals("a twenty dollar deposit and an eighty pound refund", read("en-GB", "a $20 deposit and an £80 refund"));
        // With cents, or before a word that starts a phrase of its own: the plural stays.
        assertEquals("a twenty dollars and ten cents charge", read("en-US", "a $20.10 charge"));
        assertEquals("a fifty dollars or more order", read("en-US", "a $50 or more order"));
        assertEquals("costs a one hundred dollars each", read("en-US", "costs a $100 each"));
    }

    @Test
    void everyAmountOfAListBeforeItsNounIsSingular() {
        assertEquals("it needs a two hundred and forty volt, forty amp circuit", read("en-US", "it needs a 240V, 40A circuit"));
    }

    @Test
    void aSymbolGluedToItsNumberAfterTheOrYourDescribesTheNoun() {
        assertEquals("the seven kilowatt unit and your ten gigabyte mailbox", read("en-GB", "the 7kW unit and your 10GB mailbox"));
        // A verb after it, or a spaced symbol: the amount is a quantity, plural.
        assertEquals("your five gigabytes runs out; the twenty kilograms were heavy", read("en-US", "your 5GB runs out; the 20 kg were heavy"));
    }

    @Test
    void theInchMarkOrADecimalAfterTheOrYourDescribesTheNoun() {
        assertEquals("mount your fifty five inch monitor and the two point five kilogram kettlebell",
                read("en-US", "mount your 55\" monitor and the 2.5 kg kettlebell"));
        // A verb or "of" after it keeps the quantity plural.
        assertEquals("the two point five kilograms are heavy; your twelve point four kilograms of flour",
                read("en-GB", "the 2.5 kg are heavy; your 12.4 kg of flour"));
    }

    @Test
    void roundEightAPriceAfterAPossessiveBeforeItsNounIsSingular() {
        assertEquals("your two hundred and fifty dollar pledge and our forty pound deposit",
                read("en-GB", "your $250 pledge and our £40 deposit"));
        // Must not fire: a verb, a plural, a participle or a pronoun after it; cents.
        assertEquals("your five dollars helps, your five dollars tickets, your twenty dollars owed, your twenty dollars you gave",
                read("en-US", "your $5 helps, your $5 tickets, your $20 owed, your $20 you gave"));
        assertEquals("your twenty dollars and fifty cents payment", read("en-US", "your $20.50 payment"));
    }

    @Test
    void aPriceWithItsPlusAfterADeterminerIsTheNounsThreshold() {
        // Round nine: "any $75+ purchase" is a purchase of seventy five dollars or more, said as the modifier it is.
        assertEquals("on any seventy five dollar plus purchase", read("en-US", "on any $75+ purchase"));
        assertEquals("with every forty pound plus basket", read("en-GB", "with every £40+ basket"));
        assertEquals("free on one hundred dollar plus orders today", read("en-US", "free on $100+ orders today"));
        // must not fire: no determiner before it, a verb after it, or the tax or shipping the plus adds
        assertEquals("orders of fifty dollars plus ship free", read("en-US", "orders of $50+ ship free"));
        assertEquals("it costs fifty dollars plus tax", read("en-US", "it costs $50+ tax"));
        assertEquals("for five dollars plus shipping", read("en-US", "for $5+ shipping"));
        assertEquals("spend fifty dollars plus and save", read("en-US", "spend $50+ and save"));
    }

    @Test
    void aVerbAfterAnAmountKeepsItsPlural() {
        // Round nine: "arrives", "ships" are the sentence's verb, not a noun the amount describes.
        assertEquals("Your parcel of fifteen kilograms arrives tomorrow.", read("en-GB", "Your parcel of 15 kg arrives tomorrow."));
        assertEquals("the fifty pounds ships today", read("en-US", "the 50 lb ships today"));
        // must not fire: a noun after the amount
        assertEquals("The forty pound bag ships on Friday.", read("en-US", "The 40 lb bag ships on Friday."));
        assertEquals("grab twenty pound bags today", read("en-US", "grab 20 lb bags today"));
    }

    @Test
    void roundElevenBAdjectivesBetweenTheArticleAndTheAmountKeepItTheNounsModifier() {
        assertEquals("a free forty pound checked bag, a one-time twenty five dollar fee, A new fifteen dollar fee applies",
                read("en-US", "a free 40 lb checked bag, a one-time $25 fee, A new $15 fee applies"));
        // must not fire: a word that starts a phrase of its own after the amount, a rate before it, "of" before it
        assertEquals("an extra ten dollars off, an additional five dollars will be charged, for five dollars a month ten gigabytes data",
                read("en-US", "an extra $10 off, an additional $5 will be charged, for $5 a month 10 GB data"));
        assertEquals("a total of fifteen dollars per person, a pipe three metres long", read("en-GB", "a total of $15 per person, a pipe 3 m long"));
    }

    @Test
    void roundElevenBAFrequencyWordOrACompoundAfterThePriceMakeItAModifier() {
        assertEquals("your ten pound monthly gift, the two hundred and sixty dollar medication-management fee, this ten dollar weekly pass",
                read("en-GB", "your £10 monthly gift, the $260 medication-management fee, this $10 weekly pass"));
        // must not fire: after "the" a price before a pronoun or a verb; a frequency word with no noun after it
        assertEquals("the fifty pound deposit, the ten pounds you paid, the two hundred and sixty dollars we received, your ten pounds monthly.",
                read("en-GB", "the £50 deposit, the £10 you paid, the $260 we received, your £10 monthly."));
        assertEquals("your ten dollars will be refunded, from eighty nine dollars one way, five dollars a month",
                read("en-US", "your $10 will be refunded, from $89 one way, $5 a month"));
    }

    @Test
    void roundElevenBOneOfACurrencyAfterEveryOrPerIsItsUnit() {
        assertEquals("every pound you give, per dollar spent, each dollar donated", read("en-GB", "every £1 you give, per $1 spent, each $1 donated"));
        // must not fire: another amount, cents, no such word before it
        assertEquals("every ten dollars you give, every one dollar and fifty cents, a one dollar fee, one dollar each",
                read("en-US", "every $10 you give, every $1.50, a $1 fee, $1 each"));
    }

    @Test
    void roundSixtyEightBOneOfACurrencyAfterSpanishCadaIsItsUnit() {
        assertEquals("por cada dólar que ahorre, cada euro aportado", read("es-US", "por cada $1 que ahorre, cada 1 € aportado"));
        // must not fire: another amount, cents, "por" alone (a price), no such word before it
        assertEquals("cada cinco dólares, cada un euro con veinte céntimos, por un dólar al día, un dólar por persona",
                read("es-US", "cada $5, cada 1,20 €, por $1 al día, $1 por persona"));
    }

    @Test
    void roundElevenBAPriceHyphenatedToItsRateDescribesTheNoun() {
        assertEquals("the fifteen dollar-a-month starter plan, our eight pound-per-week bundle, a five dollar-off coupon",
                read("en-GB", "the $15-a-month starter plan, our £8-per-week bundle, a $5-off coupon"));
        // must not fire: no noun after the rate, a word that starts a phrase of its own, a range
        assertEquals("It costs fifteen dollars-a-month. ten dollars-a-head for adults, fifteen dollars to twenty dollars now",
                read("en-US", "It costs $15-a-month. $10-a-head for adults, $15-$20 now"));
    }

    @Test
    void roundFortySixAPriceWithItsRateSpacedOutBeforeANounDescribesIt() {
        assertEquals("a three pound a night parking charge, your ten dollar per person deposit, the twenty euro an hour rate",
                read("en-GB", "a £3 a night parking charge, your $10 per person deposit, the €20 an hour rate"));
        // must not fire: no article or determiner, no noun after the rate, a plural or a verb after it
        assertEquals("It costs two pounds a day storage. Pay a five pounds a month for extras; the five pounds a month helps",
                read("en-GB", "It costs £2 a day storage. Pay a £5 a month for extras; the £5 a month helps"));
    }

    @Test
    void roundTwelveBAdjectivesAfterTheOrAPossessiveBeforeAUnitsAmountKeepItTheNounsModifier() {
        assertEquals("your new two hundred and forty litre wheelie bin, the spare six foot ladder, your replacement twenty five kilogram bag",
                read("en-GB", "your new 240L wheelie bin, the spare 6ft ladder, your replacement 25kg bag"));
        // must not fire: a counting word before the amount, a verb after it
        assertEquals("the first ten gigabytes are free, your remaining five gigabytes expire, your new twenty kilograms were lost",
                read("en-US", "the first 10 GB are free, your remaining 5 GB expire, your new 20 kg were lost"));
    }

    @Test
    void roundFortyOneAMeasureAfterFirstNextOrLastBeforeASingularNounIsItsModifier() {
        // Round forty-one: "first", "next", "last" pick one item of a series; the measure before its noun describes it (was
        // "eight ounces dose").
        assertEquals("Drink the first eight ounce dose, the next twenty pound bag, your last sixteen ounce bottle",
                read("en-US", "Drink the first 8 oz dose, the next 20 lb bag, your last 16 oz bottle"));
        // Must not fire: no noun after the measure, a verb, "of", a size word, an adverb, a duration, another counting word.
        assertEquals("the first ten gigabytes free, your last two gigabytes, the first eight ounces of water, the first three meters long,"
                        + " the next five kilometers slowly, the next thirty minutes drive, your remaining five gigabytes plan",
                read("en-US", "the first 10 GB free, your last 2 GB, the first 8 oz of water, the first 3 m long,"
                        + " the next 5 km slowly, the next 30 min drive, your remaining 5 GB plan"));
    }

    @Test
    void roundFourteenBAPriceAfterTheThisThatOrItsBeforeItsNounIsSingular() {
        // The house style (round fourteen B): standard English says the unit of a price that describes its noun singular.
        assertEquals("the one hundred and twenty pound balance, this forty dollar service charge, that two hundred pound deposit",
                read("en-GB", "the £120 balance, this $40 service charge, that £200 deposit"));
        assertEquals("the thirty pound joining fee, its nine dollar fee", read("en-GB", "the £30 joining fee, its $9 fee"));
        // must not fire: the price a noun phrase of its own (a pronoun, "of", a verb, the sentence's end), a word said after
        // a sum, a gerund with no noun after it, cents, "that" as a conjunction before its verb
        assertEquals("the ten pounds you paid, the fifty pounds of credit, the fifty pounds is due, the fifty pounds.",
                read("en-GB", "the £10 you paid, the £50 of credit, the £50 is due, the £50."));
        assertEquals("the one hundred and twenty pounds overdue, the twenty pounds paid, the fifty dollars sitting in your account",
                read("en-GB", "the £120 overdue, the £20 paid, the $50 sitting in your account"));
        assertEquals("the twelve dollars and fifty cents fee, so that five dollars went missing, the first fifty dollars you spend",
                read("en-US", "the $12.50 fee, so that $5 went missing, the first $50 you spend"));
    }
    @Test
    void aMeasureAfterAContainersOfDescribesItsContent() {
        // Round twenty B: after "bags of", "sacks of", "cases of" a measure with its unit before a noun is the size of each
        // one's content, singular ("forty bags of twenty five kilograms cement" before).
        assertEquals("forty bags of twenty five kilogram cement, three cases of seven hundred and fifty millilitre olive oil",
                read("en-GB", "40 bags of 25kg cement, 3 cases of 750ml olive oil"));
        // Must not fire: the measure's own "of", a word that is no noun after it, no container before "of", and a
        // measure with no container counted.
        assertEquals("twenty five kilograms of sand, bags of twenty five kilograms each, the weight of twenty kilograms sand, add ten kilograms cement",
                read("en-GB", "25kg of sand, bags of 25kg each, the weight of 20kg sand, add 10kg cement"));
        // Round fifty-five: a hyphenated adjective before the content's noun, and a measure listed after "and"/"or" among
        // things a possessive owns, before a compound noun or an adjective and its noun, size their item too.
        assertEquals("two crates of twelve ounce gluten-free flour, your tent pegs and three millimeter foam pad, our mugs or sixteen ounce steel flask",
                read("en-US", "2 crates of 12 oz gluten-free flour, your tent pegs and 3mm foam pad, our mugs or 16 oz steel flask"));
        // Must not fire: no possessive before the list, a size word, the measure's own "of", one noun only, a verb. (Round
        // eighty-three B: a glued length before one singular noun sizes it on its own rule, "three millimeter pad".)
        assertEquals("add the flour and six ounces warm milk, your pad weighs two kilograms and three millimeters thick, your jar and"
                + " ten ounces of honey, your tent pegs and three millimeter pad, your box and two kilograms arrives today",
                read("en-US", "add the flour and 6 oz warm milk, your pad weighs 2 kg and 3mm thick, your jar and 10 oz of honey,"
                        + " your tent pegs and 3mm pad, your box and 2 kg arrives today"));
    }

    @Test
    void aMeasureAfterAContainersOfDescribesAMaterialInCapitals() {
        // Round sixty-seven C: a material or a product named by its initials after the measure is the content, as a
        // lower-case noun is; spools, reels and sheets count stock as bags and rolls do.
        assertEquals("five reels of three millimeter A S A, two sheets of nine millimeter H D F",
                read("en-US", "5 reels of 3 mm ASA, 2 sheets of 9 mm HDF"));
        assertEquals("ten rolls of twelve millimetre P T F E tape",
                read("en-GB", "10 rolls of 12mm PTFE tape"));
        // Must not fire: a full stop or a comma after the unit, a known initialism that names no stuff, capitals said
        // as a word, and no container before "of".
        assertEquals("three boxes of five kilograms. A B S next week, two spools of two millimeters, A S A and nylon",
                read("en-US", "3 boxes of 5 kg. ABS next week, 2 spools of 2 mm, ASA and nylon"));
        assertEquals("four bags of twenty kilograms U K wide, six cases of two litres ONLY, the weight of three kilograms P L A",
                read("en-GB", "4 bags of 20kg UK wide, 6 cases of 2L ONLY, the weight of 3kg PLA"));
    }

    @Test
    void aComparisonsPrepositionIsNoAdjectiveOfTheAmount() {
        // Round fifty-five: "over", "above", "under", "below" and the noun before them are no adjectives between "a" and
        // the amount, and "within" after it is no noun it describes: the measure keeps its plural.
        assertEquals("a reading over forty degrees Celsius within an hour, a level below five degrees Celsius within a week, a load"
                + " under twenty kilograms within reach", read("en-GB", "a reading over 40 °C within an hour, a level below 5 °C within a week,"
                + " a load under 20 kg within reach"));
        // Must not fire: the amount right after "a" before its noun, and an adjective between them.
        assertEquals("a forty degree Celsius reading, a heavy twenty kilogram load", read("en-GB", "a 40 °C reading, a heavy 20 kg load"));
    }

    @Test
    void roundTwentyFourAParticipleBetweenTheDeterminerAndThePriceKeepsItTheNounsModifier() {
        assertEquals("the proposed twenty five dollar increase, your revised eighty five pound charge, the agreed ten dollar fee",
                read("en-US", "the proposed $25 increase, your revised £85 charge, the agreed $10 fee"));
        // Must not fire: a participle of the sum itself, a counting word, a verb after the price, an adjective of no participle.
        assertEquals("the reduced fifteen pounds rate, the remaining forty dollars balance, the proposed twenty dollars is fair, the usual thirty pounds fee",
                read("en-GB", "the reduced £15 rate, the remaining $40 balance, the proposed $20 is fair, the usual £30 fee"));
    }

    @Test
    void roundTwentySixBACountBeforeAPriceBeforeAPluralNounMakesThePriceItsModifier() {
        assertEquals("win one of ten one hundred dollar gift cards, three fifty pound vouchers, four sixty dollar monthly payments",
                read("en-GB", "win one of 10 $100 gift cards, 3 £50 vouchers, four $60 monthly payments"));
        // Must not fire: a year before the price, a verb or "plus" after it, a singular noun.
        assertEquals("in twenty twenty five one hundred dollars went further", read("en-US", "in 2025 $100 went further"));
        assertEquals("pay three fifty dollars plus tax, three fifty dollars was refunded",
                read("en-US", "pay 3 $50 plus tax, 3 $50 was refunded"));
    }

    @Test
    void roundThirtyThreeAPossessiveNounBeforeAMeasureMakesItTheNounsModifier() {
        assertEquals("your phone's two hundred and fifty six gigabyte storage, the firm's ten terabyte archive",
                read("en-US", "your phone's 256 GB storage, the firm's 10 TB archive"));
        // Must not fire: a contraction ("it's", "that's"), a verb after the measure, a word that is no noun.
        assertEquals("it's sixty four gigabytes more, that's five gigabytes extra, the store's twenty kilograms are gone, John's ten gigabytes runs out",
                read("en-US", "it's 64 GB more, that's 5 GB extra, the store's 20 kg are gone, John's 10 GB runs out"));
    }

    @Test
    void roundThirtyEightBACountBeforeAUnitsAmountCountsTheThingsItDescribes() {
        assertEquals("your trays and four ten millilitre gel syringes will be delivered", read("en-GB", "your trays and four 10ml gel syringes will be delivered"));
        assertEquals("buy three fifty litre compost bags and two five kilogram sacks", read("en-GB", "buy three 50L compost bags and 2 5kg sacks"));
        // Must not fire: no count, "of" after the measure, a word that is no noun after it.
        assertEquals("add ten millilitres of gel daily", read("en-GB", "add 10ml of gel daily"));
        assertEquals("he lost two five kilograms less than planned", read("en-GB", "he lost two 5kg less than planned"));
    }

    @Test
    void roundFiftyEightACountedMeasureBeforeAHyphenatedAdjectiveAndItsPlural() {
        assertEquals("ship five four ounce hand-poured candles", read("en-US", "ship five 4 oz hand-poured candles"));
        assertEquals("two three kilogram grass-fed joints", read("en-GB", "two 3kg grass-fed joints"));
        // Must not fire: no plural after the adjective, no count before the measure.
        assertEquals("two five pounds well-known today", read("en-US", "two 5 lb well-known today"));
        assertEquals("add six ounces hand-poured wax", read("en-US", "add 6 oz hand-poured wax"));
    }

    @Test
    void aGluedMetricLengthBeforeANounPhraseIsItsSize() {
        // Round eighty A: a glued metric length sizes the noun phrase after it, singular, wherever it stands; a weight or a
        // volume only after "on" (round seventy-eight Q's stock), so "add 200g plain flour" keeps its plural.
        assertEquals("Orchard Nets fits fifty millimetre bird netting.", read("en-GB", "Orchard Nets fits 50mm bird netting."));
        assertEquals("Topped up on five litre engine oil.", read("en-GB", "Topped up on 5L engine oil."));
        // Must not fire: "of" after it, nothing after it, a second measure, a size word.
        assertEquals("We had fifty millimetres of rain; it is fifty millimetres. Pick fifty millimetres and seventy five millimetres, fifty millimetres wide.",
                read("en-GB", "We had 50mm of rain; it is 50mm. Pick 50mm and 75mm, 50mm wide."));
        // Nor before what falls: a depth of rain or snow is an amount of it.
        assertEquals("Expect thirty millimetres heavy rain and ten centimetres fresh snow overnight.",
                read("en-GB", "Expect 30mm heavy rain and 10cm fresh snow overnight."));
    }

    @Test
    void roundEightyTwoBOneAdjectiveBetweenTheDeterminerAndAPriceBeforeItsNoun() {
        assertEquals("the unpaid ninety pound balance, your outstanding forty dollar fee",
                read("en-GB", "the unpaid £90 balance, your outstanding $40 fee"));
        // Must not fire: no noun after the price, a plural word before it, a counting word, a sum's own adjective.
        assertEquals("Please pay the overdue ninety pounds today. About the customers ninety pounds balance.",
                read("en-GB", "Please pay the overdue £90 today. About the customers £90 balance."));
        assertEquals("the remaining forty dollars fee", read("en-US", "the remaining $40 fee"));
    }

    @Test
    void roundEightyThreeBFinalAndRemainingBeforeAPriceKeepItTheModifier() {
        assertEquals("The final ninety five pound balance.", read("en-GB", "The final \u00a395 balance."));
        // Must not fire: no noun after the price, a share "of" the sum, "remaining" (the house's share of a sum), any other adjective.
        assertEquals("Pay the final forty pounds today. The final forty pounds is due. The final twenty pounds of your fee.",
                read("en-GB", "Pay the final \u00a340 today. The final \u00a340 is due. The final \u00a320 of your fee."));
        assertEquals("The remaining forty pounds balance and the usual thirty pounds fee.",
                read("en-GB", "The remaining \u00a340 balance and the usual \u00a330 fee."));
    }

    @Test
    void aGluedAreaBelowTheSquareMetreBeforeANounIsItsSize() {
        // Round eighty-one B: a cable's or a small part's cross-section in square millimetres or centimetres sizes the noun
        // after it, alone or with an adjective, singular as round eighty A's length is.
        assertEquals("Run sixteen square millimetre cable to the meter and fit a four square millimetre earth wire.",
                read("en-GB", "Run 16mm² cable to the meter and fit a 4mm² earth wire."));
        assertEquals("Order one point five square millimetre flex and a twenty square centimetre patch.",
                read("en-GB", "Order 1.5mm² flex and a 20cm² patch."));
        // Must not fire: "of" after it, nothing after it, a verb's complement after "is", a limit's word, a day's word,
        // and a square metre before what is laid by the area.
        assertEquals("Use six square millimetres of copper; the cross-section is six square millimetres. It takes six square millimetres maximum.",
                read("en-GB", "Use 6mm² of copper; the cross-section is 6mm². It takes 6mm² maximum."));
        assertEquals("We fitted four square millimetres yesterday and thirty square metres carpet.",
                read("en-GB", "We fitted 4mm² yesterday and 30m² carpet."));
    }

    @Test
    void spacedMinuteAndGluedGramOnStockDescribeTheirNoun() {
        // Round seventy-eight Q: "your 15 min slot" and "on 300g white card" name the noun's length and grade, singular.
        assertEquals("Book your fifteen minute call slot on the day.", read("en-GB", "Book your 15 min call slot on the day."));
        assertEquals("Menus are printed on three hundred gram white card.", read("en-GB", "Menus are printed on 300g white card."));
        // Must not fire: no noun after the minutes, a verb after them, a gram weight with no "on", or "of" after it.
        assertEquals("The drive takes fifteen minutes from our office.", read("en-GB", "The drive takes 15 min from our office."));
        assertEquals("Your thirty minutes are up.", read("en-GB", "Your 30 min are up."));
        assertEquals("Add two hundred grams plain flour and stir.", read("en-GB", "Add 200g plain flour and stir."));
        assertEquals("It is printed on three hundred grams of white card.", read("en-GB", "It is printed on 300g of white card."));
    }

    @Test
    void roundFortyAUnitsAmountBeforeANounAndItsPluralIsAProductsSpec() {
        assertEquals("stop using VoltCore twenty thousand milliamp hour power banks; Vela ten thousand milliamp hour power banks",
                read("en-US", "stop using VoltCore 20,000 mAh power banks") + "; " + read("en-GB", "Vela 10,000mAh power banks"));
        assertEquals("stock up on sixty four gigabyte memory cards", read("en-US", "stock up on 64 GB memory cards"));
        // Must not fire: no noun after the unit, "of", a sentence's end, a verb after the noun, a size word, an adverb.
        assertEquals("it holds ten thousand milliamp hours and charges fast, ten thousand milliamp hours of charge, twenty thousand"
                + " milliamp hours.", read("en-US", "it holds 10,000 mAh and charges fast, 10,000 mAh of charge, 20,000 mAh."));
        assertEquals("we walked five kilometers north towards town; it weighs twelve kilograms fully loaded",
                read("en-US", "we walked 5 km north towards town; it weighs 12 kg fully loaded"));
    }

    @Test
    void roundThirtyEightBAPriceBeforeACapitalisedNameAndItsNounDescribesThem() {
        assertEquals("claim the seven thousand five hundred pound Boiler Upgrade Scheme grant and",
                read("en-GB", "claim the £7,500 Boiler Upgrade Scheme grant and"));
        assertEquals("your one hundred and fifty pound Warm Home Discount rebate, the fifty pound Argos gift card",
                read("en-GB", "your £150 Warm Home Discount rebate, the £50 Argos gift card"));
        // Must not fire: the name at the sentence's end, a name before its verb, a weekday, no determiner.
        assertEquals("You can claim the seven thousand five hundred pounds Boiler.", read("en-GB", "You can claim the £7,500 Boiler."));
        assertEquals("the seven thousand five hundred pounds Boiler Upgrade Scheme.", read("en-GB", "the £7,500 Boiler Upgrade Scheme."));
        assertEquals("Thanks for the fifty pounds Tom owes and the twenty pounds Sarah sent", read("en-GB", "Thanks for the £50 Tom owes and the £20 Sarah sent"));
        assertEquals("We still have the five hundred pounds Dave took", read("en-GB", "We still have the £500 Dave took"));
        assertEquals("We will pay the fifty pounds Friday morning", read("en-GB", "We will pay the £50 Friday morning"));
        assertEquals("We paid fifty pounds Argos fees", read("en-GB", "We paid £50 Argos fees"));
    }

    @Test
    void roundThirtyNineBANameEndingInItsHeadNounIsThePricesNoun() {
        assertEquals("essays for the two thousand dollar Rivera Family Scholarship are due, your fifty dollar Loyalty Bonus, the three hundred dollar Winter Fuel Grant.",
                read("en-US", "essays for the $2,000 Rivera Family Scholarship are due, your $50 Loyalty Bonus, the $300 Winter Fuel Grant."));
        // Must not fire: a name before its verb, a name with no head noun at the sentence's end, a head noun alone (a
        // person's name as likely), no determiner, a longer name whose last word is no head noun.
        assertEquals("the fifty dollars Tom owes, the five thousand dollars Founders.", read("en-US", "the $50 Tom owes, the $5,000 Founders."));
        assertEquals("the three hundred dollars Grant sent you", read("en-US", "the $300 Grant sent you"));
        assertEquals("pay five thousand dollars Founders Scholarship now", read("en-US", "pay $5,000 Founders Scholarship now"));
        assertEquals("the twenty dollars Sarah Card Tom sent", read("en-US", "the $20 Sarah Card Tom sent"));
    }

    @Test
    void roundThirtyNineBAdjectivesBetweenACountAndAMeasureLeaveItTheNounsModifier() {
        assertEquals("We packed three sturdy twelve by twelve inch shipping boxes and two recent forty five by thirty five millimetre photos",
                read("en-GB", "We packed 3 sturdy 12x12 in. shipping boxes and 2 recent 45 x 35 mm photos"));
        // Must not fire: "of" or a word that is no noun after the measure.
        assertEquals("we sent two spare ten kilograms of sand and three spare five kilograms less",
                read("en-GB", "we sent 2 spare 10 kg of sand and 3 spare 5 kg less"));
    }

    @Test
    void roundFortyFourADegreeAmountBeforeItsNounIsSingular() {
        // Round forty-four: after a determiner (and adjectives) the degree sign describes its noun, as "the 2 TB plan" does.
        assertEquals("our new three hundred and sixty degree jellyfish gallery", read("en-GB", "our new 360° jellyfish gallery"));
        assertEquals("your ninety degree corner unit", read("en-US", "your 90° corner unit"));
        // Must not fire: a verb or a phrase of its own after the amount keeps the plural.
        assertEquals("the ninety degrees is too much", read("en-US", "the 90° is too much"));
        assertEquals("it was thirty degrees in the shade", read("en-US", "it was 30° in the shade"));
    }

    @Test
    void roundFortyEightMorePricesAndMeasuresBeforeTheirNoun() {
        // Round forty-eight: "any", a service's noun in "-ing", a rate "per" a noun, "total" after a determiner, a
        // participle before a charge's noun, a hyphenated noun, a pair's or a set's measure and the inch written "in.".
        assertEquals("with any twenty dollar order, the three pound parking at our shop, the forty pound per class payment",
                read("en-GB", "with any $20 order, the £3 parking at our shop, the £40 per class payment"));
        assertEquals("the twelve pound fifty total, the ninety pound fixed penalty notice, your forty pound missed lesson fee",
                read("en-GB", "the £12.50 total, the £90 fixed penalty notice, your £40 missed lesson fee"));
        assertEquals("your twelve kilogram e-scooter, a pair of one hundred and fifty centimetre poles, a fridge and twenty four inch gas hob",
                read("en-GB", "your 12 kg e-scooter, a pair of 150 cm poles, a fridge and 24 in. gas hob"));
        // Must not fire: a pronoun, a participle, a verb or "of" after the amount, no determiner, no noun after "in.".
        assertEquals("Spend any fifty dollars you like; the fifty dollars sitting in your account; any ten pounds you lose",
                read("en-US", "Spend any $50 you like; the $50 sitting in your account; any 10 lb you lose"));
        assertEquals("the thirty five pounds per visit is fair, the twenty pounds charged yesterday, the thirty pounds total of your order",
                read("en-GB", "the £35 per visit is fair, the £20 charged yesterday, the £30 total of your order"));
        assertEquals("It was thirty pounds total, in a set of ten kilograms, thirty six inches to the wall, six inches deep, four inches of snow",
                read("en-GB", "It was £30 total, in a set of 10 kg, 36 in. to the wall, 6 in. deep, 4 in. of snow"));
    }

    @Test
    void roundSeventyNineBAPriceBeforeAHyphenatedNounOrAnEventsName() {
        // Round seventy-nine B: a hyphenated noun or a name of two capitalised words after a determiner and a price.
        assertEquals("the forty five pound top-up includes two extra hours", read("en-GB", "the £45 top-up includes two extra hours"));
        assertEquals("the eight dollar call-out covers the first hour", read("en-US", "the $8 call-out covers the first hour"));
        assertEquals("your seat for the twenty pound Sunday Shootout is booked", read("en-GB", "your seat for the £20 Sunday Shootout is booked"));
        // Must not fire: a participle or a sum's adverb, a full stop, a weekday that is the time before a person's name,
        // a name a past form follows, a name ending in a time, a verb's "to".
        assertEquals("the twenty pounds pre-paid is gone", read("en-GB", "the £20 pre-paid is gone"));
        assertEquals("the twenty pounds up-front is due now", read("en-GB", "the £20 up-front is due now"));
        assertEquals("it costs fifty five pounds. Friday Night Poker starts at eight", read("en-GB", "it costs £55. Friday Night Poker starts at eight"));
        assertEquals("we refunded the thirty pounds Friday Tom asked for", read("en-GB", "we refunded the £30 Friday Tom asked for"));
        assertEquals("the fifty pounds Tom Smith paid is back", read("en-GB", "the £50 Tom Smith paid is back"));
        assertEquals("the twenty five pounds Friday December", read("en-GB", "the £25 Friday December"));
        assertEquals("the fifty five pounds to enter is waived", read("en-GB", "the £55 to enter is waived"));
    }

    @Test
    void roundFiftyAPaymentOfAPlanAndGluedAmpsBeforeTheirNoun() {
        // Round fifty: an ordinal or a frequency before a price before a payment's noun; amps before a switch's noun, one
        // word between allowed.
        assertEquals("the next fifteen pound instalment, your weekly twelve pound payment, your final forty pound fee",
                read("en-GB", "the next £15 instalment, your weekly £12 payment, your final £40 fee"));
        assertEquals("the sixty three amp main switch, a sixteen amp isolator, the ten amp spur",
                read("en-GB", "the 63A main switch, a 16A isolator, the 10A spur"));
        // Must not fire: a share of the sum, no payment's noun after it, a seat's or a flat's letter.
        assertEquals("the first twenty pounds of your fee, the last forty pounds is due, your monthly ten pounds goes",
                read("en-GB", "the first £20 of your fee, the last £40 is due, your monthly £10 goes"));
        assertEquals("the fifty dollars monthly is fine", read("en-US", "the $50 monthly is fine"));
        assertEquals("Your seat is twelve A in the main cabin; flat four A main door", read("en-GB", "Your seat is 12A in the main cabin; flat 4A main door"));
    }

    @Test
    void roundFiftyOneAnyOrdinalPicksAPaymentOfAPlan() {
        // Round fifty-one: "second", "fourth" before a price before a payment's noun, as "first" (round fifty).
        assertEquals("the fourth fifty five dollar payment, your second thirty pound deposit",
                read("en-GB", "the fourth $55 payment, your second £30 deposit"));
        // Must not fire: a share of the sum or a count of things, no payment's noun after it.
        assertEquals("the second thirty pounds of your fee, a third fifty pounds is due",
                read("en-GB", "the second £30 of your fee, a third £50 is due"));
    }

    @Test
    void aPriceBeforeACompoundEndingInAChargesNounIsItsModifier() {
        // Round fifty-two: up to three plain words between the price and the charge's noun.
        assertEquals("Your quarterly thirty six pound gym locker rental payment; the forty dollar lost key replacement fee.",
                read("en-GB", "Your quarterly £36 gym locker rental payment; the $40 lost key replacement fee."));
        // Must not fire: a plural noun and a verb, a verb in the run, a participle then a preposition, a share "of".
        assertEquals("The twenty dollars bills arrived today; the five hundred dollars goes towards your deposit; the forty dollars still owed on your fee; your monthly eighty dollars of the fee.",
                read("en-US", "The $20 bills arrived today; the $500 goes towards your deposit; the $40 still owed on your fee; your monthly $80 of the fee."));
    }

    @Test
    void eachBeforeAnAmountAndItsNounMakesItTheNounsModifier() {
        // Round fifty-three: "each" picks one thing, as "a" does; its size or price is singular.
        assertEquals("Each two hundred and fifty gram pot keeps; each two pound bag; each five litre can; each twenty five dollar ticket.",
                read("en-US", "Each 250g pot keeps; each 2 lb bag; each 5-litre can; each $25 ticket."));
        // Must not fire: no noun after the amount, a verb after it, the amount before "each".
        assertEquals("Weigh each five kilograms. Each five kilograms is checked. They weigh five kilograms each and cost twenty five dollars each.",
                read("en-US", "Weigh each 5 kg. Each 5 kg is checked. They weigh 5 kg each and cost $25 each."));
    }

    @Test
    void theCustomersShareOfAClaimOrAVisitIsACharge() {
        // Round fifty-four: "excess", "deductible", "copay", "co-pay" are charges' nouns; a price before them is singular.
        assertEquals("the seventy five pound excess applies; your one hundred and twenty pound excess is due",
                read("en-GB", "the £75 excess applies; your £120 excess is due"));
        assertEquals("the thirty dollar co-pay, your seven hundred and fifty dollar deductible, this twenty dollar specialist copay",
                read("en-US", "the $30 co-pay, your $750 deductible, this $20 specialist copay"));
        // Must not fire: "excess" after "in", the sum after the noun, a plural noun that is no charge.
        assertEquals("you paid forty pounds in excess of the limit; the excess is forty pounds; the forty pounds exceeds it",
                read("en-GB", "you paid £40 in excess of the limit; the excess is £40; the £40 exceeds it"));
    }

    @Test
    void roundFiftySixANounsPossessiveBeforeAChargesPriceOwnsItAsYourDoes() {
        assertEquals("your team's eighty dollar tournament entry fee; the club's thirty pound membership renewal",
                read("en-US", "your team's $80 tournament entry fee") + "; " + read("en-GB", "the club's £30 membership renewal"));
        // Must not fire: no charge's noun after the price, a contraction, a verb after the price.
        assertEquals("the tenant's fifty dollars is refunded; it's fifty dollars per entry fee; Sam's fifty dollars covers the fee",
                read("en-US", "the tenant's $50 is refunded; it's $50 per entry fee; Sam's $50 covers the fee"));
    }

    @Test
    void roundFiftySevenACostIsAChargesNounAndAWholeSumAdjectiveBridges() {
        assertEquals("the full two hundred and ten dollar repair cost; the entire sixty pound call-out cost; the ninety dollar cost",
                read("en-US", "the full $210 repair cost") + "; " + read("en-GB", "the entire £60 call-out cost") + "; "
                        + read("en-US", "the $90 cost"));
        // Must not fire: "cost" before the amount, "costs" or "cost" with its object as the verb right after the price, no
        // charge's noun after a whole sum.
        assertEquals("it will cost three hundred dollars; your three hundred dollars costs less; the fifty pounds cost us a day",
                read("en-US", "it will cost $300; your $300 costs less") + "; " + read("en-GB", "the £50 cost us a day"));
        assertEquals("the full two hundred dollars is due; we paid the whole eighty dollars last week",
                read("en-US", "the full $200 is due; we paid the whole $80 last week"));
    }

    @Test
    void roundFiftyNineAGluedMeasureAmongTheAdjectivesAndOneAndNoBeforeAMeasure() {
        assertEquals("a fourteen carat gold sixty centimetre chain; one two kilogram bag; there is no ten kilogram limit",
                read("en-GB", "a 14ct gold 60cm chain") + "; " + read("en-US", "one 2 kg bag") + "; " + read("en-GB", "there is no 10 kg limit"));
        // Must not fire: no noun after the measure, a plural after "one" and a count, "no" then a verb.
        assertEquals("we need one five kilograms and two two kilograms; the scale says no ten kilograms is enough", read("en-US", "we need one 5 kg and two 2 kg; the scale says no 10 kg is enough"));
    }

    @Test
    void roundSixtyBAMeasuresSizeAfterALengthOrAWeightAndOf() {
        assertEquals("twenty five metres of ten millimetre chain; five metres of twenty two millimetre pipe; two kilograms of six millimetre gravel",
                read("en-GB", "25m of 10mm chain; 5 metres of 22mm pipe; 2 kg of 6mm gravel"));
        // Must not fire: no noun after the measure, "each" after it, no measure before "of". (Round eighty-three B: a glued
        // length before one singular noun sizes it on its own rule, "the rest of ten millimetre chain".)
        assertEquals("twenty five metres of ten millimetres is enough; three kilograms of four millimetres each; the rest of ten millimetre chain",
                read("en-GB", "25m of 10mm is enough; 3 kg of 4mm each; the rest of 10mm chain"));
    }

    @Test
    void roundSixtyTwoAGluedMeasureAfterABrandOrBeforeAnInitialismAndItsNoun() {
        assertEquals("the Acme two thousand watt oil heater; your Volt Pro twelve volt drill; twelve millimetre O S B boards; "
                        + "sixty three by one hundred and seventy five millimetre C sixteen joists",
                read("en-US", "the Acme 2000W oil heater") + "; " + read("en-GB", "your Volt Pro 12V drill") + "; "
                        + read("en-GB", "12mm OSB boards") + "; " + read("en-GB", "63 x 175mm C16 joists"));
        // Must not fire: no determiner, no noun after the measure, a spaced measure, an initialism then no noun.
        assertEquals("it uses two thousand watts.; twelve volts and twenty four volts are sold; the boards are twelve millimetres.; "
                        + "the Acme twelve volts and twenty four volts are sold; collect twelve millimetres O S B from the yard",
                read("en-US", "it uses 2000W.") + "; " + read("en-GB", "12V and 24V are sold") + "; " + read("en-GB", "the boards are 12mm.")
                        + "; " + read("en-US", "the Acme 12V and 24V are sold") + "; " + read("en-GB", "collect 12mm OSB from the yard"));
    }

    @Test
    void roundSixtyThreeBADimensionWithAUnitOnEachSideDescribesItsNoun() {
        assertEquals("ten foot by twelve foot garden sheds; your two metre by three metre rug; a four metre by five metre canopy",
                read("en-GB", "10ft x 12ft garden sheds") + "; " + read("en-GB", "your 2 m x 3 m rug") + "; " + read("en-GB", "a 4m x 5m canopy"));
        // Must not fire: no noun after the last side (a full stop, a comma, a verb, a preposition).
        assertEquals("the yard is four metres by seven metres.; seven feet by three feet, in oak; it is two metres by three metres in size",
                read("en-GB", "the yard is 4m x 7m.") + "; " + read("en-GB", "7ft x 3ft, in oak") + "; " + read("en-GB", "it is 2m x 3m in size"));
    }

    @Test
    void roundSixtyEightCADimensionOfThreeSidesOrMoreDescribesItsNoun() {
        assertEquals("your fifty centimetre by thirty centimetre by twenty centimetre cool box; a two foot by three foot by four foot crate; "
                        + "the one point two metre by zero point eight metre by one metre planter; a thirty six by twenty four by twelve centimetre box",
                read("en-GB", "your 50cm x 30cm x 20cm cool box") + "; " + read("en-US", "a 2ft x 3ft x 4ft crate") + "; "
                        + read("en-GB", "the 1.2 m x 0.8 m x 1 m planter") + "; " + read("en-GB", "a 36 x 24 x 12cm box"));
        // Must not fire: no noun after the last side (a full stop, a comma, a preposition, a verb).
        assertEquals("the crate is eighty centimetres by fifty centimetres by forty centimetres.; seven feet by three feet by two feet, in oak; "
                        + "it is two metres by three metres by four metres in size; the unit is five feet by ten feet by eight feet and costs sixty dollars.",
                read("en-GB", "the crate is 80cm x 50cm x 40cm.") + "; " + read("en-GB", "7ft x 3ft x 2ft, in oak") + "; "
                        + read("en-GB", "it is 2m x 3m x 4m in size") + "; " + read("en-US", "the unit is 5ft x 10ft x 8ft and costs $60."));
    }

    @Test
    void roundSixtyFourBGluedMeasureBeforeAChemistryWord() {
        assertEquals("nine volt NiMH cells; twelve point eight volt LiFePO four cells",
                read("en-GB", "9V NiMH cells") + "; " + read("en-GB", "12.8V LiFePO4 cells"));
        // Must not fire: no noun after the measure, no noun after the chemistry word.
        assertEquals("the pack is fourteen point eight volts.; nine volts NiMH from the shop",
                read("en-GB", "the pack is 14.8V.") + "; " + read("en-GB", "9V NiMH from the shop"));
    }

    @Test
    void roundSixtyFourBPriceBeforeACompoundWithAWordInLy() {
        assertEquals("the thirty five pound family season ticket; the twenty pound early bird ticket",
                read("en-GB", "the £35 family season ticket") + "; " + read("en-GB", "the £20 early bird ticket"));
        // Must not fire: no determiner before a count's noun, an adverb with no sum's noun after it, a rate.
        assertEquals("forty pounds family members paid it; the fifty pounds quickly paid back; it is forty pounds per day",
                read("en-GB", "£40 family members paid it") + "; " + read("en-GB", "the £50 quickly paid back") + "; "
                        + read("en-GB", "it is £40 per day"));
    }

    @Test
    void roundSixtySixCPriceBeforeAFrequencyWordAndAProductsName() {
        assertEquals("your six pound forty nine weekly Swim Pass renews; your twelve pound annual Music Plan renews; the club's five pound "
                        + "daily Car Park Pass; your nine pound monthly Premium is due; your thirty dollar yearly Cloud Drive subscription",
                read("en-GB", "your £6.49 weekly Swim Pass renews") + "; " + read("en-GB", "your £12 annual Music Plan renews") + "; "
                        + read("en-GB", "the club's £5 daily Car Park Pass") + "; " + read("en-GB", "your £9 monthly Premium is due") + "; "
                        + read("en-US", "your $30 yearly Cloud Drive subscription"));
        // Must not fire: no name after the frequency word (a full stop, a comma), one capitalised word that is no charge's
        // noun (a person), a weekday's name, no determiner before the price.
        assertEquals("the five pounds weekly.; your five pounds monthly, billed yearly; your twenty pounds monthly Tom pays; "
                        + "your five pounds weekly Friday Pass; pay five pounds weekly Swim Pass",
                read("en-GB", "the £5 weekly.") + "; " + read("en-GB", "your £5 monthly, billed yearly") + "; "
                        + read("en-GB", "your £20 monthly Tom pays") + "; " + read("en-GB", "your £5 weekly Friday Pass") + "; "
                        + read("en-GB", "pay £5 weekly Swim Pass"));
    }

    @Test
    void roundSixtyNineBSpacedMeasureBeforeAnInitialismAndItsNoun() {
        assertEquals("four terabyte S S D drives; your bag and sixteen gigabyte S D card; a sixteen gigabyte S D card; your four terabyte H D D unit",
                read("en-GB", "4 TB SSD drives") + "; " + read("en-US", "your bag and 16 GB SD card") + "; " + read("en-US", "a 16 GB SD card")
                        + "; " + read("en-GB", "your 4 TB HDD unit"));
        // Must not fire: no noun after the initialism, a comma between them, capitals that are no spelt initialism.
        assertEquals("it holds sixteen gigabytes S D.; sixteen gigabytes, S S D drives; nine gigabytes FREE data",
                read("en-US", "it holds 16 GB SD.") + "; " + read("en-US", "16 GB, SSD drives") + "; " + read("en-US", "9 GB FREE data"));
    }

    @Test
    void roundSixtyNineBPriceBeforeAPossessiveAndACharge() {
        assertEquals("the forty dollar tenant's fee; your twenty pound rider's permit charge",
                read("en-US", "the $40 tenant's fee") + "; " + read("en-GB", "your £20 rider's permit charge"));
        // Must not fire: "of" before the possessive, a name's possessive, no charge's noun after it, a contraction.
        assertEquals("the twenty dollars of Tom's money; fifty dollars Tom's share; the thirty dollars owner's share; the ten dollars that's owed",
                read("en-US", "the $20 of Tom's money") + "; " + read("en-US", "$50 Tom's share") + "; "
                        + read("en-US", "the $30 owner's share") + "; " + read("en-US", "the $10 that's owed"));
    }

    @Test
    void roundSeventyOneDEveryAContainersProductNameAndASizeWordAfterEach() {
        assertEquals("every five litre tin, each twenty kilogram bag, the three metre long pipe",
                read("en-GB", "every 5L tin, each 20kg bag, the 3m long pipe"));
        assertEquals("the posts, each two point four metres long, and twelve bags of twenty five kilogram Blastcrete",
                read("en-GB", "the posts, each 2.4m long, and 12 bags of 25kg Blastcrete"));
        // Must not fire: a participle or nothing after "every"'s measure, a price after it, a size word with no noun after
        // it, a weekday after the container's measure, no container, a full stop before the name.
        assertEquals("every one hundred kilometres travelled, every five kilograms, the boards are each three metres long and twenty centimetres wide",
                read("en-GB", "every 100km travelled, every 5 kg, the boards are each 3m long and 20cm wide"));
        assertEquals("every ten dollars spent earns a point", read("en-US", "every $10 spent earns a point"));
        assertEquals("twelve bags of twenty five kilograms Friday, twenty five kilograms of Blastcrete, bags of twenty five kilograms. Blastcrete is next",
                read("en-GB", "12 bags of 25kg Friday, 25kg of Blastcrete, bags of 25kg. Blastcrete is next"));
    }

    @Test
    void roundSeventyBARateBeforeItsNounKeepsItsPluralHead() {
        assertEquals("a temporary thirty miles per hour limit; seventy miles per hour gusts; a two parts per million limit",
                read("en-GB", "a temporary 30 mph limit") + "; " + read("en-GB", "70 mph gusts") + "; " + read("en-US", "a 2 ppm limit"));
        // Must not fire: one of the rate, a unit that is no rate, a rate with no noun after it.
        assertEquals("a one mile per hour crawl; a twelve kilogram bag; winds of forty miles per hour.",
                read("en-US", "a 1 mph crawl") + "; " + read("en-GB", "a 12 kg bag") + "; " + read("en-GB", "winds of 40 mph."));
    }

    @Test
    void roundSeventyFourIAFrequencyBeforeThePriceAndACapitalisedChargeAfterIt() {
        assertEquals("your weekly eight pound Veg Box; your quarterly thirty dollar Standing Order",
                read("en-GB", "your weekly £8 Veg Box") + "; " + read("en-US", "your quarterly $30 Standing Order"));
        // Must not fire: a person's name, a verb, a weekday's name after the price.
        assertEquals("your monthly twenty pounds Tom pays; your monthly fifteen pounds covers it; your monthly nine pounds Monday Pass.",
                read("en-GB", "your monthly £20 Tom pays; your monthly £15 covers it; your monthly £9 Monday Pass."));
    }

    @Test
    void roundSeventyFourIADecimalsHyphenBeforeANounIsUnsaid() {
        assertEquals("a three point five hour lesson, a zero point five mile walk", read("en-GB", "a 3.5-hour lesson, a 0.5-mile walk"));
        // Must not fire: a version's dotted parts, a range of decimals.
        assertEquals("version one point two point three-beta, two point five to three point five hours.",
                read("en-GB", "version 1.2.3-beta, 2.5-3.5 hours."));
    }

    @Test
    void roundSeventyBAPluralsPossessiveAndAPossessiveBeforeAFrequencyOwnACharge() {
        assertEquals("the tenants' fifteen pound key deposit; the drivers' thirty dollar parking fee; next year's monthly twelve pound membership fee",
                read("en-GB", "the tenants' £15 key deposit") + "; " + read("en-US", "the drivers' $30 parking fee") + "; "
                        + read("en-GB", "next year's monthly £12 membership fee"));
        // Must not fire: no charge's noun after the price, a quoted word, a plain adjective after the possessive.
        assertEquals("the tenants' fifteen pounds is refunded; the 'extras' five pounds fee; last year's new sixty pounds charge",
                read("en-GB", "the tenants' £15 is refunded") + "; " + read("en-GB", "the 'extras' £5 fee") + "; "
                        + read("en-GB", "last year's new £60 charge"));
    }

    @Test
    void roundSeventyBAVerbBetweenTheDeterminerAndTheMeasureOpensNoNounPhrase() {
        assertEquals("the crane needs six point five metres clearance; the cooker needs ten centimetres space",
                read("en-GB", "the crane needs 6.5m clearance") + "; " + read("en-GB", "the cooker needs 10 cm space"));
        // Must not fire: adjectives between the determiner and the measure, an adjective ending in "ous", a count's article.
        assertEquals("your new two hundred and forty litre wheelie bin; the various five kilogram bags; it takes a ten kilogram bag",
                read("en-GB", "your new 240L wheelie bin") + "; " + read("en-GB", "the various 5 kg bags") + "; "
                        + read("en-GB", "it takes a 10 kg bag"));
    }

    @Test
    void roundSeventyTwoFAMeasureAfterALengthsOfIsEachPiecesSize() {
        // Round seventy-two F: stock sold by the length, the coil or the piece: the measure after "of" before a noun is each one's.
        assertEquals("two lengths of one hundred and ten millimetre soil pipe and a coil of fifteen metre flex",
                read("en-GB", "2 lengths of 110mm soil pipe and a coil of 15 m flex"));
        // Must not fire: no noun after the measure, an "or more" after it.
        assertEquals("lengths of two metres or more, pieces of twenty five kilograms each",
                read("en-GB", "lengths of 2m or more, pieces of 25kg each"));
    }

    @Test
    void roundSeventyThreeHPriceBeforeASpeltInitialismIsSingular() {
        assertEquals("your twenty five pound M O T is due", read("en-GB", "your £25 MOT is due"));
        // Must not fire: a currency's code, capitals said as a word, a clause after the price.
        assertEquals("the fifty US dollar charge and your thirty pounds NOW.", read("en-GB", "the £50 USD charge and your £30 NOW."));
        assertEquals("the forty dollars you owe", read("en-US", "the $40 you owe"));
    }
}
