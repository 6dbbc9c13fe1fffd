package io.locutor.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English: an amount after "a"/"an" and right before a word describes that word, its noun, and so names its unit in
 * the singular: "a $15 fee" is "a fifteen dollar fee", "a 5 kg bag" "a five kilogram bag", "a 34\" wide door" "a
 * thirty four inch wide door", as the hyphenated "a 10-kg bag" is said. One rule for money, units and the inch mark.
 */
final class AttributiveAmount {
    /**
     * Words after an amount that start a phrase of their own, never a noun it describes: "a $15 or less", "an 8 kg in
     * total", "a $15 and a $20", "costs a $100 each", "a 5 kg of flour", "a 10 min walk away". Compared lower-cased.
     * Size adjectives ("long", "wide", "old") are not here: "a 34\" wide door", "a 3 m long pipe" describe their noun.
     * Round fifty-five: prepositions of a threshold or a time span too. "a reading over 40 °C" once crossed "over" and the
     * noun before it back to "a", as if they were adjectives of the amount ({@link #wordBeforeAdjectives}), and then took
     * "within" after it for the noun the amount describes, "forty degree Celsius within an hour"; neither is, and "a
     * temperature above 39 °C within a day" keeps "degrees". "a 39 °C reading" still describes its noun.
     */
    private static final Set<String> NOT_A_NOUN = Set.of("a", "an", "the", "and", "or", "to", "for", "per", "each", "in", "on",
            "at", "with", "from", "by", "off", "plus", "of", "is", "was", "will", "applies", "due", "until", "before", "after", "if",
            "when", "now", "today", "only", "total", "more", "less", "back", "extra", "instead", "away", "ago", "later", "max", "min",
            "over", "above", "under", "below", "beyond", "within", "than");

    /** A price with its scale written out in millions or more: "$6 million", "£1.2 billion" (see moneyBridged). */
    private static final Pattern MILLIONS_PRICE = Pattern.compile("[$£€][\\d.,]+[ \\u00A0](?:million|billion|trillion)");

    private AttributiveAmount() {
    }

    /**
     * True when the amount written from {@code start} to {@code end} follows "a"/"an" (any case: "A $15 fee applies")
     * and a space then a word of two letters or more that is no {@link #NOT_A_NOUN} follows it ("a 65\" TV": a
     * capitalised noun counts too). Anything else after the amount (a full stop, a comma, a hyphen) is no noun.
     */
    static boolean describesNoun(ReadContext ctx, int start, int end) {
        if (end + 3 < ctx.text.length() && ctx.text.charAt(end) == '-' && end > start && "$£€".indexOf(ctx.text.charAt(start)) >= 0) {
            // Round eleven B: "the $15-a-month plan", "a $5-off coupon": a price hyphenated to its rate or "off" is one
            // compound adjective of the noun after it, "fifteen dollar a month plan", as "a 5-pound bag" is said.
            Matcher rate = ctx.at(HYPHENATED_RATE, end);
            return rate.lookingAt() && openWord(rate.group(1));
        }
        if (end < ctx.text.length() && ctx.text.charAt(end) == '+' && end > start && "$£€".indexOf(ctx.text.charAt(start)) >= 0) {
            // "any $50+ order", "every £40+ basket", "on $100+ orders" (round nine): after a determiner a price with its
            // "plus" before a noun is the noun's threshold, "fifty dollar plus order"; "costs $50+ tax" adds the tax.
            Matcher after = ctx.at(BARE_WORD_AFTER, end + 1);
            if (!after.lookingAt() || !THRESHOLD_BEFORE.contains(ctx.previousWord(start).toLowerCase(Locale.ROOT))) {
                return false;
            }
            String next = after.group(1);
            return !next.endsWith("ly") && openWord(next) && !pluralNotNoun(next) && !ADDED_TO_A_PRICE.contains(next);
        }
        int lastSide = lastSideEnd(ctx.text, end);
        if (lastSide > end) {
            // Round sixty-three B: "8ft x 4ft plywood sheets", "our 4m x 6m gazebo": a dimension's first side with its own
            // unit describes the noun as its last side does (the whole is one compound adjective, "eight foot by four foot
            // plywood sheets"), so it is judged at the last side's end; "the yard is 4m x 7m." and "7ft x 3ft, in oak" have no
            // noun after the last side and keep both plurals.
            return describesNoun(ctx, start, lastSide);
        }
        // Round nine B: "a 36 x 24 in. wire crate": the last side of a dimension describes the noun as the whole does, so
        // the article is looked for before its first side.
        boolean gluedMeasure = glued(ctx.text, start, end);
        start = firstSide(ctx.text, start);
        String before = ctx.previousWord(start);
        String beforeLower = before.toLowerCase(Locale.ROOT);
        String opener = before.equalsIgnoreCase("a") || before.equalsIgnoreCase("an") ? null : wordBeforeAdjectives(ctx.text, start, before);
        // Round sixty-two A: "the ThermoPeak 2000W oil heater", "a VoltEdge 12V drill": a brand's capitalised name between the
        // determiner and a measure glued to its symbol leaves the measure the noun's modifier, as adjectives do ("two
        // thousand watt oil heater"); "the VoltEdge 12V and 24V" has no noun after it and keeps the plural.
        boolean bridged = "a".equals(opener) || "an".equals(opener) || gluedMeasure && brandAfterDeterminer(ctx, start);
        // Round fifty-nine: "one 5,000 lb forklift": the count "one" is the article's number, and a singular noun after the
        // measure is described by it as after "a" ("one five thousand pound forklift"); "one 5 kg and two 2 kg" has none.
        boolean article = bridged || before.equalsIgnoreCase("a") || before.equalsIgnoreCase("an") || before.equalsIgnoreCase("one");
        String t = ctx.text;
        if (end > start && "$£€".indexOf(t.charAt(start)) >= 0 && (article || DETERMINERS.contains(beforeLower) || possessiveNoun(t, start)
                || opener != null && DETERMINERS.contains(opener))) {
            // Round forty-six: "a £2 a day storage charge", "the $45 an hour session rate", "a $12 per day parking fee": a
            // price with its rate spaced out before a noun is one compound adjective of the noun, as the hyphenated "the
            // $15-a-month plan" is (round eleven B), "a two pound a day storage charge". "it costs £2 a day" (no article),
            // "a £2 a day for storage", "the £5 a month helps" and "a £2 a day charges" (a plural, maybe a verb) keep theirs.
            // Round forty-eight: after "per" any singular noun is the rate's unit ("the £25 per lesson payment", "a $25 per
            // lesson fee", "forty pound per visit payment"); after "a"/"an" only a time's or a head's word of RATE_WORDS.
            Matcher rate = ctx.at(SPACED_RATE, end);
            if (rate.lookingAt() && (RATE_WORDS.contains(rate.group(2)) || rate.group(1).equals("per") && rate.group(2).length() >= 3
                    && openWord(rate.group(2)) && (!rate.group(2).endsWith("s") || rate.group(2).endsWith("ss")) && !SAID_AFTER_A_SUM.contains(rate.group(2)))) {
                String noun = rate.group(3);
                return singularNounAfterSum(noun) && !SIZE_WORDS.contains(noun);
            }
        }
        // Round twelve B: "your new 240L wheelie bin", "the spare 6ft ladder": adjectives between "the" or a possessive and a
        // unit's amount leave the amount the noun's modifier, as they do after "a" (round eleven B); a counting word
        // ("the first 10 GB", "your remaining 5 GB") measures a share of the amount and keeps its plural.
        boolean determinerBridged = opener != null && !bridged && DETERMINERS.contains(opener)
                && (!COUNTING_WORDS.contains(beforeLower) || SERIES_ORDINALS.contains(beforeLower) && priceBeforeSingularNoun(ctx, end))
                && end > start && Character.isDigit(t.charAt(start)) && (unitAfter(t, start, end) || inchMark(t, end));
        bridged |= determinerBridged;
        Matcher list = LIST_BEFORE.matcher(t.substring(Math.max(0, start - 60), start));
        boolean inList = !article && list.find();
        // "the 7kW unit", "your 10GB mailbox" (round five H): after "the" or a possessive a unit's symbol makes a compound
        // adjective, glued or (round eight D) after a space ("the 2 TB plan"); "the 20 kg were" and "your 5 GB runs out"
        // stay plural.
        // Round five I: the inch mark ("your 65\" TV") and a decimal amount ("your 12.4 kg parcel") likewise; a verb after
        // them still keeps the plural ("the 2.5 kg are").
        // Round thirty-three: a possessive noun is a determiner too, "your laptop's 512 GB drive", "the camera's 128 GB
        // card" ("five hundred and twelve gigabyte drive"); a contraction ("it's 5 GB more") is no possessive.
        // Round seventy-one D: "every" picks one thing as "each" does ("every 5L tin of oil", "every five litre tin"), before
        // a measure's singular noun only (priceBeforeSingularNoun): "every 100km travelled" and "every 5 kg counts" keep
        // the plural, and a price after it ("every $10 spent") is left to the money rules.
        boolean every = beforeLower.equals("every") && end > start && unitAfter(t, start, end) && priceBeforeSingularNoun(ctx, end);
        // Round seventy-eight Q: a spaced "min" before a singular noun is the noun's length ("your 15 min slot", "fifteen minute
        // slot"), as "a 10 min walk" is; unitAfter leaves spaced durations out for "the 3 mos arrears" (a plural genitive).
        boolean minuteBeforeNoun = end - start > 4 && t.startsWith(" min", end - 4) && Character.isDigit(t.charAt(end - 5))
                && priceBeforeSingularNoun(ctx, end);
        boolean determiner = determinerBridged || every || !article && !inList && (DETERMINERS.contains(beforeLower) || possessiveNoun(t, start)) && end > start
                && Character.isDigit(t.charAt(start)) && (unitAfter(t, start, end) || inchMark(t, end) || decimal(t, start, end) || minuteBeforeNoun);
        // Round twenty-four: "the proposed $25 increase", "the planned $12 surcharge": a participle between the determiner
        // and the price leaves it the noun's modifier, as adjectives do after "a" and before a unit's amount. Only a
        // participle: with any adjective ("the usual £30 joining fee") it cost a row of batch 30_en (not looked at), and
        // one that describes the sum itself ("the reduced £15") keeps the plural; a counting word ("the remaining $40").
        // Round fifty: "the final £75 instalment", "your monthly $80 payment", "your first £20 deposit": an ordinal of a series
        // or a frequency picks one payment of a plan, and the price before a payment's noun ({@link #chargeHead}) describes
        // it, "the final seventy five pound instalment"; a share of the sum ("the first £20 of your fee", "the last $40 is due")
        // has no such noun after it and keeps the plural. Round fifty-seven: an adjective taking the charge whole likewise
        // ({@link #WHOLE_SUM_ADJECTIVES}: "the full $300 replacement cost").
        boolean moneyBridged = opener != null && !bridged && DETERMINERS.contains(opener) && !COUNTING_WORDS.contains(beforeLower)
                && beforeLower.endsWith("ed") && !AMOUNT_ADJECTIVES.contains(beforeLower)
                || opener != null && !bridged && DETERMINERS.contains(opener) && (SERIES_ORDINALS.contains(beforeLower)
                || PAYMENT_FREQUENCIES.contains(beforeLower) || WHOLE_SUM_ADJECTIVES.contains(beforeLower)) && chargeHeadAfter(ctx, end)
                // Round seventy-seven O: a price in millions after a determiner's adjective ("our new $6 million pool upgrade")
                // names what the project or the thing costs, never a share of a sum the sentence has named ("the usual £30
                // joining fee" is one); a counting word ("the remaining $2 million") still takes the sum's share.
                || opener != null && !bridged && DETERMINERS.contains(opener) && !COUNTING_WORDS.contains(beforeLower)
                && MILLIONS_PRICE.matcher(t).region(start, end).matches()
                // Round eighty-two B: one adjective saying the sum is owed ({@link #OWED_ADJECTIVES}) between the determiner
                // and the price ("the unpaid £310 balance", "your outstanding $65 fee") leaves the price the modifier of the
                // noun after it, as an ordinal or a frequency does: "the unpaid three hundred and ten pound balance". Any
                // adjective would go too far: the house keeps "the usual thirty pounds fee" and "our new twenty five dollars
                // fee" (rounds twenty-four and seventy-seven O). One word right after the determiner, and a singular noun or
                // a charge's must follow ("pay the overdue £240 today" keeps the plural).
                || opener != null && !bridged && DETERMINERS.contains(opener) && OWED_ADJECTIVES.contains(beforeLower)
                && oneAdjectiveAfter(ctx, start, opener, beforeLower) && (priceBeforeSingularNoun(ctx, end) || chargeHeadAfter(ctx, end));
        if (!article && !inList && !determiner && opener != null && !bridged && DETERMINERS.contains(opener) && PAYMENT_FREQUENCIES.contains(beforeLower)
                && "$£€".indexOf(t.charAt(start)) >= 0 && chargedName(ctx, end)) {
            // Round seventy-four I: a frequency before the price and a product's capitalised name after it ("your weekly £8
            // Veg Box", "your quarterly $30 Standing Order") make one charge, as a frequency after the price does (round
            // sixty-six C, chargedName): "your weekly eight pound Veg Box".
            return true;
        }
        if (!article && !inList && !determiner && end > start && "$£€".indexOf(t.charAt(start)) >= 0 && possessiveNoun(t, start)
                && (chargeHeadAfter(ctx, end) || frequencyThenName(ctx, end))) {
            // Round fifty-six: a noun's possessive owns a charge as "your" does (round thirty-three's units), "your son's $60
            // parking permit renewal", "the club's £15 joining fee" ("sixty dollar"); "the tenant's $50 is refunded", with
            // no charge's noun after it, keeps the plural. Round sixty-six C: a frequency word and a product's name too ("the
            // club's £5 weekly Swim Pass", frequencyThenName).
            return true;
        }
        if (!article && !inList && !determiner && end > start && "$£€".indexOf(t.charAt(start)) >= 0
                && (DETERMINERS.contains(beforeLower) || moneyBridged)) {
            // Round fourteen B (house style, the lead's decision): after "the"/"this"/"that"/"its" as after a possessive
            // (round eight), a price before the noun it describes is its modifier, "the one hundred and twenty pound
            // balance", as standard English says it; a price that is a noun phrase of its own keeps the plural ("the £10
            // you paid", "the £50 of credit", "the £50 is due"). Round eleven B's compounds and frequency words too.
            return priceBeforeSingularNoun(ctx, end) || modifierThenNoun(ctx, end) || nameThenNoun(ctx, end)
                    || chargeHeadAfter(ctx, end) || totalAfter(ctx, end) || frequencyThenName(ctx, end) || speltChargeAfter(ctx, end)
                    || eventNameAfter(ctx, end);
        }
        if (!article && !inList && !determiner && beforeLower.equals("of") && end > start && Character.isDigit(t.charAt(start))
                && unitAfter(t, start, end) && containerBeforeOf(ctx, start)) {
            return contentNoun(ctx, end);
        }
        if (!article && !inList && !determiner && beforeLower.equals("of") && end > start && Character.isDigit(t.charAt(start))
                && unitAfter(t, start, end) && pieceBeforeOf(ctx, start) && contentNoun(ctx, end)) {
            // Round seventy-two F: "2 lengths of 150mm flue pipe" ({@link #PIECES}); with no content noun after the measure
            // ("10 lengths of 63 x 175mm C16 joists", "lengths of 2m or more") the other rules decide.
            return true;
        }
        if (!article && !inList && !determiner && end > start && "$£€".indexOf(t.charAt(start)) >= 0 && countBefore(ctx, start)) {
            // Round twenty-six B: "one of 10 $100 gift cards", "3 £50 vouchers": a count before a price counts the things
            // the price describes, "ten one hundred dollar gift cards", as batch 48_en's writers read both.
            return pluralNounAfter(ctx, end);
        }
        if (!article && !inList && !determiner && end > start && Character.isDigit(t.charAt(start)) && unitAfter(t, start, end)
                && (countBefore(ctx, start) || countBeforeAdjectives(ctx, start)) && pluralNounAfter(ctx, end)) {
            // Round thirty-eight B: "four 10ml gel syringes", "three 50L compost bags": a count before a unit's amount
            // counts the things the measure describes, "four ten millilitre gel syringes", as "3 £50 vouchers" counts
            // the vouchers; "4 10ml doses" too, "two 5kg less" keeps its plural.
            // Round thirty-nine B: adjectives between the count and the measure leave it so, as they do after "a" ("2
            // compliant 2x2 in. passport photos", "two compliant two by two inch passport photos").
            return true;
        }
        if (!article && !inList && !determiner && beforeLower.equals("per") && end > start && Character.isDigit(t.charAt(start))
                && unitAfter(t, start, end)) {
            // Round thirty-two B: "£11.40 per 25kg bag", "£14 per 20kg sack": the price is for one bag of that size, so the
            // amount describes the noun as after "a" ("twenty five kilogram bag"); a participle after it measures instead
            // ("per 100 km driven" keeps "kilometers").
            Matcher perNoun = LIST_AFTER.matcher(t).region(end, t.length());
            if (!perNoun.lookingAt()) {
                return false;
            }
            String noun = perNoun.group(1).toLowerCase(Locale.ROOT);
            return noun.length() > 2 && Character.isLowerCase(perNoun.group(1).charAt(0)) && !noun.endsWith("ed") && !noun.endsWith("en")
                    && !NOT_A_NOUN.contains(noun) && !pluralNotNoun(noun) && !VERBS.contains(noun);
        }
        if (!article && !inList && !determiner && end > start && Character.isDigit(t.charAt(start)) && unitAfter(t, start, end)
                && listedAfterPossessive(ctx, start) && compoundNounAfter(ctx, end)) {
            // Round fifty-five: "your tent pegs and 3mm foam pad", "our mugs or 16 oz tumbler lid": a measure listed after
            // "and"/"or" among things a possessive owns sizes its own item, a compound noun or an adjective and its noun, as
            // "your 3mm foam pad" does ("three millimetre foam pad"); "weighs 6 oz and 3mm thick" and "your jar and 10 oz
            // of honey" have no such noun and keep the plural.
            return true;
        }
        Units.Unit metric = gluedMeasure ? Units.find(gluedSymbol(t, end)) : null;
        if (!article && !inList && !determiner && metric != null && Units.subMetreArea(metric)
                && (compoundNounAfter(ctx, end) || singularNounAfter(ctx, end))) {
            // Round eighty-one B: a glued area below the square metre before a noun is the cross-section or the size of the
            // thing named, as round eighty A's length is ("needs 6mm² cable", "six square millimetre cable"; "fits 4mm² solar
            // cable"), a noun alone after it too, since nothing is laid or sold by the square millimetre as "200g flour" is
            // an amount. "6mm² of copper", "a cross-section of 6mm².", "the cable is 6mm²." and "6mm² maximum" have no noun
            // after them and keep the plural; "30m² carpet" (an amount laid) keeps it too.
            return true;
        }
        if (!article && !inList && !determiner && metric != null && Units.metricSize(metric)
                && (Units.metricLength(metric) && !precipitationAfter(ctx, end) || beforeLower.equals("on"))
                && (compoundNounAfter(ctx, end) || Units.metricLength(metric) && singularNounAfter(ctx, end)
                && !SPACE_KEPT.contains(ctx.nextWord(end).toLowerCase(Locale.ROOT)))) {
            // Round seventy-eight Q: a glued gram weight after "on" and before an adjective and its noun is the grade of the
            // stock printed or pressed on ("on 300g white card", "three hundred gram white card"), as paper and vinyl are
            // sold; "add 200g plain flour" (no "on") and "on 300g of card" keep the plural. Round eighty A: any glued metric
            // weight or volume so after "on", and a glued metric length before a noun phrase wherever it stands, since a
            // length is the size of the thing it stands before ("fits 50mm bird netting", "fifty millimetre bird netting");
            // "50mm of rain", "it is 50mm.", "50mm and 75mm" and "50mm wide" have no noun phrase after them. Round eighty-three
            // B: a glued length before a single singular noun alike ("board it with 18mm plywood", "a rake and 5m ladder":
            // "eighteen millimetre plywood"); "rose 40cm overnight", "10m away", "is 10m long" and "30mm rain" (round
            // eighty A's precipitation) have none, and a plural noun after it keeps the plural.
            return true;
        }
        // Round sixty-nine B: a spaced measure too ("an 8 GB SD card" without its article, "2 TB SSD drives"), when the
        // capitals after it are an initialism Initialisms spells ("S S D"), so a shouted word ("5 GB FREE data") is none.
        boolean spacedMeasure = !gluedMeasure && end > start && Character.isDigit(t.charAt(start)) && unitAfter(t, start, end)
                && speltInitialismAfter(ctx, end);
        if (!article && !inList && !determiner && (gluedMeasure || spacedMeasure) && initialismThenNoun(ctx, end)) {
            // Round sixty-two A: "12mm OSB boards", "63 x 175mm C16 joists": a glued measure (or a dimension's last side)
            // before an initialism or a grade's code and the noun they name is a product's spec, singular ("twelve millimetre
            // O S B boards"), as before a plain noun (bareBeforePlural); "the boards are 12mm." and "12mm OSB from the yard"
            // have no such noun and keep the plural.
            return true;
        }
        if (!article && !inList && !determiner) {
            return bareBeforePlural(ctx, end);
        }
        Matcher after = LIST_AFTER.matcher(t).region(end, t.length());
        if (!after.lookingAt()) {
            return false;
        }
        String next = after.group(1);
        String lower = next.toLowerCase(Locale.ROOT);
        // "a box 24 in. deep", "a pipe 3 m long": after a noun rather than an adjective the amount measures it.
        // Round forty-eight: a pronoun after the amount starts a clause of its own ("any 10 lb you lose"), no noun.
        // Round seventy-one D: after a determiner but no article a size word ("each 3.6m long, arrive", "each ten feet long")
        // measures the things named before, plural, unless a noun follows it ("the 3m long pipe", "three metre long pipe").
        return next.length() > 1 && !NOT_A_NOUN.contains(lower) && !pluralNotNoun(lower) && (article || !VERBS.contains(lower))
                && !PRONOUNS.contains(lower)
                && !(bridged && SIZE_WORDS.contains(lower))
                && !(!article && SIZE_WORDS.contains(lower) && !nounAfter(ctx, after.end()));
    }

    /** A word that may stand in a noun phrase right after {@code end}: " pipe" in "the 3m long pipe". */
    private static boolean nounAfter(ReadContext ctx, int end) {
        Matcher noun = ctx.at(BARE_WORD_AFTER, end);
        return noun.lookingAt() && contentWord(noun.group(1));
    }

    /** The amount's digits are glued to its unit's letters: "2000W", "12mm", never "12 mm" nor "$12". */
    private static boolean glued(String t, int start, int end) {
        int i = start;
        while (i < end && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.' || t.charAt(i) == ',')) {
            i++;
        }
        return i > start && i < end && Character.isLetter(t.charAt(i));
    }

    /**
     * The symbol ending at {@code end} after a glued amount, its letters and a power after them ("mm" of "50mm", "mm²" of
     * "6mm²", "m2" of "30m2"), as the units table lists squares and cubes.
     */
    private static String gluedSymbol(String t, int end) {
        int letters = end > 1 && "²³23".indexOf(t.charAt(end - 1)) >= 0 && Character.isLetter(t.charAt(end - 2)) ? end - 1 : end;
        return t.substring(ReadContext.lettersStart(t, letters), end);
    }

    /** A singular noun right after the measure ("6mm² cable"), no verb, function word, size word or adverb. */
    private static boolean singularNounAfter(ReadContext ctx, int end) {
        Matcher noun = ctx.at(BARE_WORD_AFTER, end);
        return noun.lookingAt() && contentWord(noun.group(1)) && singularNounAfterSum(noun.group(1));
    }

    /**
     * One or two capitalised words (a brand's or a range's name: "ThermoPeak", "Bosch Professional") right before {@code
     * start}, with "a", "an", "one" or a determiner ("the", "your"…) before them.
     */
    private static boolean brandAfterDeterminer(ReadContext ctx, int start) {
        int i = start;
        for (int k = 0; k < 2; k++) {
            String word = ctx.previousWord(i);
            if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            i = ReadContext.lettersStart(ctx.text, ReadContext.spacesStart(ctx.text, i));
            String lead = ctx.previousWord(i).toLowerCase(Locale.ROOT);
            if (lead.equals("a") || lead.equals("an") || lead.equals("one") || DETERMINERS.contains(lead)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An initialism or a grade's code ("OSB", "CLS", "C16"), then a lower-case noun: " OSB boards", " C16 joists". Round
     * sixty-four B: also a mixed-case technical word written as chemical symbols, two to four capitals each with at most
     * two lower-case letters and a digit ("LiPo", "NiMH", "LiFePO4", "NiCd"): " LiPo batteries" names the cells' chemistry
     * as "OSB" names the board's, so "14.8V LiPo batteries" is "fourteen point eight volt LiPo batteries". A brand's word with a
     * longer lower-case run ("VoltEdge") is none.
     */
    private static final Pattern INITIALISM_THEN_NOUN = Pattern.compile("[ \\u00A0](?:\\p{Lu}{2,5}|\\p{Lu}\\d{1,3}|(?:\\p{Lu}\\p{Ll}{0,2}\\d?){2,4})"
            + "[ \\u00A0](\\p{Ll}{3,})(?![\\p{L}\\d'’-])");

    /** Round sixty-nine B: capitals right after a spaced measure that Initialisms spells letter by letter (" SSD", " SD"). */
    private static boolean speltInitialismAfter(ReadContext ctx, int end) {
        Matcher capitals = ctx.at(CAPITALS_WORD_AFTER, end);
        return capitals.lookingAt() && Initialisms.speltStandingAlone(capitals.group(1));
    }

    /**
     * Round seventy-three H: after a determiner, an initialism Initialisms spells right after the price names the thing
     * charged itself ("your £45 MOT is booked", "the £70 PCN issued", "your $150 MRI"), singular as before any noun, "forty
     * five pound M O T"; a currency's code ("the $50 USD") is none, and English only.
     */
    private static boolean speltChargeAfter(ReadContext ctx, int end) {
        if (ctx.lang != Lang.EN) {
            return false;
        }
        Matcher capitals = ctx.at(CAPITALS_WORD_AFTER, end);
        return capitals.lookingAt() && Initialisms.speltStandingAlone(capitals.group(1)) && !Currencies.isIsoCode(capitals.group(1));
    }

    private static boolean initialismThenNoun(ReadContext ctx, int end) {
        Matcher m = ctx.at(INITIALISM_THEN_NOUN, end);
        return m.lookingAt() && contentWord(m.group(1)) && !m.group(1).endsWith("ed");
    }

    /**
     * The start of a dimension's first side when the amount at {@code start} is its last ("36 x 24 in.", "36×24 in."):
     * back over "x" or "×" and the number before it; {@code start} itself otherwise. Round sixty-eight C: back over every
     * side, not one: the last side of "your 90cm x 40cm x 50cm cabinet" or "a 36 x 24 x 12 in. crate" finds the determiner
     * before the first, as {@link #lastSideEnd} walks forward over any number of sides from the first.
     */
    static int firstSide(String t, int start) {
        int side = start;
        for (int before = sideBefore(t, side); before < side; before = sideBefore(t, side)) {
            side = before;
        }
        return side;
    }

    /** The start of the side before the one at {@code start}, back over its "x" or "×"; {@code start} when none is there. */
    private static int sideBefore(String t, int start) {
        int i = ReadContext.spacesStart(t, start);
        if (i == 0 || t.charAt(i - 1) != 'x' && t.charAt(i - 1) != '×') {
            return start; // cheap check first: most amounts have no "x" before them
        }
        i--;
        if (t.charAt(i) == 'x' && i > 0 && Character.isLetter(t.charAt(i - 1)) && !unitSymbolBefore(t, i)) {
            return start; // "box 24": a word's last letter, no sign
        }
        i = ReadContext.spacesStart(t, i);
        if (i > 1 && t.charAt(i - 1) == '.' && unitSymbolBefore(t, i - 1)) {
            i--; // Round eighty-five A: the first side's unit with its abbreviation dot, "5 ft. x 3 ft."
        }
        if (unitSymbolBefore(t, i)) {
            // Round sixty-three B: the first side may carry its own unit, "4m x 7m", "3 ft x 4 ft": back over it too.
            i = ReadContext.spacesStart(t, ReadContext.lettersStart(t, i));
        }
        int numberEnd = i;
        while (i > 0 && (Character.isDigit(t.charAt(i - 1)) || ".,".indexOf(t.charAt(i - 1)) >= 0 && i > 1 && Character.isDigit(t.charAt(i - 2)))) {
            i--;
        }
        return i < numberEnd && Character.isDigit(t.charAt(i)) ? i : start;
    }

    /**
     * Round sixty-three B: a unit's symbol ({@link Units#find}: "m", "ft", "mm") right before {@code end}, a digit before it,
     * maybe after a space: a dimension's first side with its own unit ("4m x", "3 ft x"), never a word ("box").
     */
    private static boolean unitSymbolBefore(String t, int end) {
        int letters = ReadContext.lettersStart(t, end);
        int digit = ReadContext.spacesStart(t, letters);
        return letters < end && digit > 0 && digit >= letters - 1 && Character.isDigit(t.charAt(digit - 1))
                && Units.find(t.substring(letters, end)) != null;
    }

    /**
     * Round sixty-three B: a dimension's further sides, each with its unit, after the side that ends at {@code end}: " x
     * 7m", " x 4 ft", "×2.4m". The "x" is spaced or glued as {@link QuantityReader}'s dimension takes it.
     */
    private static final Pattern NEXT_SIDE_WITH_UNIT = Pattern.compile("[ \\u00A0]?[x×][ \\u00A0]?\\d+(?:[.,]\\d+)?[ \\u00A0]?(\\p{L}{1,3})(?![\\p{L}\\d])"
            // Round eighty-five A: a US listing's abbreviation dot after the unit ("5 ft. x 3 ft. garden sheds") belongs to the side.
            + "(?:\\.(?=[ \\u00A0]))?");

    /** Where the dimension's last side with its unit ends, when further sides follow {@code end}; {@code end} otherwise. */
    private static int lastSideEnd(String t, int end) {
        // Round eighty-five A: "5 ft. x 3 ft. garden sheds": the side's unit may carry its abbreviation dot, as "ft"
        // without one does ("five foot by three foot garden sheds"); "the shed is 5 ft. x 3 ft." has no noun after it.
        int unitEnd = end > 1 && t.charAt(end - 1) == '.' && end < t.length() && NEXT_SIDE_WITH_UNIT.matcher(t).region(end, t.length()).lookingAt()
                ? end - 1 : end;
        if (unitEnd == 0 || !Character.isLetter(t.charAt(unitEnd - 1)) || !unitSymbolBefore(t, unitEnd)) {
            return end; // only a side that carries its own unit ("4m", "3 ft") starts one here
        }
        int last = end;
        Matcher side = NEXT_SIDE_WITH_UNIT.matcher(t);
        while (side.region(last, t.length()).lookingAt() && Units.find(side.group(1)) != null) {
            last = side.end();
        }
        return last;
    }

    /**
     * Round eight: a price after a possessive ("your", "our", "my", "their") before a singular noun is a modifier too,
     * "your two hundred and fifty dollar pledge", "our forty pound deposit"; since round fourteen B after "the"/"this"/"that"
     * too (the house style; it costs one writer's "pounds fee" in batch 16_en). Only a lower-case word of three letters or
     * more that is no plural or verb ("-s": "your $20 helps", "your $5 tickets" keep theirs), no participle ("your $20
     * owed", {@link #SAID_AFTER_A_SUM}), no gerund without a noun after it ("your $50 going"), no pronoun ("your $20 you")
     * and no word of {@link #NOT_A_NOUN} or {@link #VERBS}.
     */
    /**
     * Round eighty-two B: a singular noun after a measure that it sizes ({@link #priceBeforeSingularNoun}), no size word
     * of the measure itself: "1/2 in. drain pipe" sizes the pipe, "3/4 in. thick" says how thick.
     */
    static boolean measureBeforeSingularNoun(ReadContext ctx, int end) {
        Matcher after = ctx.at(BARE_WORD_AFTER, end);
        return priceBeforeSingularNoun(ctx, end) && !(after.lookingAt() && SIZE_WORDS.contains(after.group(1)));
    }

    static boolean priceBeforeSingularNoun(ReadContext ctx, int end) {
        Matcher after = ctx.at(BARE_WORD_AFTER, end);
        if (!after.lookingAt()) {
            // Round seventy-nine B: a noun joined by hyphens ("the £55 buy-in includes…", "the $8 call-out covers…", "your £10
            // top-up") is the noun the price describes as a plain one is, "the fifty five pound buy-in"; one ending in a
            // participle ("the £20 pre-paid", "the £15 re-sent") or a sum's own adverb ("the £20 up-front") is none.
            Matcher compound = ctx.at(HYPHENATED_NOUN_AFTER, end);
            String words = compound.lookingAt() ? compound.group(1) : "";
            return compound.lookingAt() && singularNounAfterSum(words) && !SAID_AFTER_A_SUM.contains(words.replace("-", ""))
                    && !SAID_AFTER_A_SUM.contains(words.substring(words.lastIndexOf('-') + 1));
        }
        String next = after.group(1);
        if (ING_NOUNS.contains(next)) {
            return true; // round forty-eight: "the £3 parking at our shop", a service's noun in "-ing"
        }
        if (next.endsWith("ing")) {
            // Round fourteen B: "the £30 joining fee", "the $25 booking charge": a gerund before a noun is the noun's
            // first half; "the $50 sitting in your account" and "your £10 going towards" have no noun after it.
            Matcher noun = ctx.at(BARE_WORD_AFTER, after.end());
            return noun.lookingAt() && !noun.group(1).endsWith("ly") && openWord(noun.group(1)) && !pluralNotNoun(noun.group(1))
                    && !SAID_AFTER_A_SUM.contains(noun.group(1));
        }
        if (next.endsWith("s") && openWord(next) && !pluralNotNoun(next)) {
            // Round forty-five: "the £15 materials fee", "your $40 books deposit": a plural noun that qualifies a charge's
            // noun after it is the first half of a compound the price describes, "the fifteen pound materials fee", as
            // "the £30 joining fee" is; "your $5 tickets are ready" and "the £20 books arrived" keep their plural.
            Matcher head = ctx.at(BARE_WORD_AFTER, after.end());
            return head.lookingAt() && chargeHead(head.group(1));
        }
        return singularNounAfterSum(next);
    }

    /**
     * A lower-case word that can be the singular noun a sum describes: no plural or verb in "-s", no participle in "-ed"
     * or {@link #SAID_AFTER_A_SUM}, no adverb in "-ly" ("your $20 helps", "your $20 owed", "the £5 only" keep theirs).
     */
    private static boolean singularNounAfterSum(String word) {
        return !word.endsWith("s") && !word.endsWith("ed") && !stemmedAdverb(word) && openWord(word) && !SAID_AFTER_A_SUM.contains(word);
    }

    /** Round forty-five: nouns of a charge a plural noun may qualify after a price ("materials fee", "parking charges"). */
    private static final Set<String> CHARGE_HEADS = Set.of("fee", "charge", "levy", "surcharge", "fine", "supplement", "premium",
            "subscription", "bill", "penalty",
            // Round fifty-four: the share of a claim or a visit the customer pays, British "excess", American "deductible" and
            // "copay": "the £75 excess", "the $30 co-pay" are one charge, "the seventy five pound excess"; "excess" ends in
            // "-s" like a plural, so only this list makes it a charge's noun.
            "excess", "deductible", "copay", "co-pay",
            // Round fifty-six: what a pass, a permit or a membership costs again each term, "the $30 permit renewal".
            "renewal",
            // Round fifty-seven: the noun "cost" of what a customer is charged, "the $90 repair cost", "the full £200
            // replacement cost" ("the two hundred pound replacement cost"); right after the price it may be the verb instead
            // ({@link #verbAfterSum}).
            "cost", "costs");

    /**
     * A charge's or a payment's noun right after the amount ("£75 instalment", "$80 payment", "£20 deposit"), or after a
     * run of up to three plain words that qualify it ({@link #CHARGE_HEADS}, {@link #NAMED_SUM_HEADS}): the price describes
     * them all. Round forty-eight: a participle and perhaps one noun, "the £90 fixed penalty notice", "your £60 missed
     * appointment fee" ("the ninety pound fixed penalty notice"). Round fifty-two: any compound of plain nouns, "your
     * monthly £36 gym locker rental payment", "the $40 lost key replacement fee", since a charge's noun names what the
     * one sum is for. A participle of the sum itself ("the £20 charged yesterday", "the £50 owed to us"), a verb ("the
     * $500 goes towards your deposit") or a determiner in the run ends it with no charge's noun, and the plural stays.
     */
    private static boolean chargeHeadAfter(ReadContext ctx, int end) {
        int at = end;
        for (int words = 0; words <= MAX_WORDS_BEFORE_CHARGE; words++) {
            Matcher word = ctx.at(PLAIN_OR_HYPHENATED_WORD, at);
            if (!word.lookingAt()) {
                // Round sixty-nine B: a common noun's possessive opening the run ("the $40 tenant's fee", "a £20 rider's
                // permit charge") makes one compound with the charge's noun after it, which the price describes as it
                // does "the £30 joining fee" ("the forty dollar tenant's fee"); a name's ("$50 Tom's share") or one
                // after "of" ("the $20 of Tom's money") is no such run, and a contraction ("that's") no possessive.
                Matcher owner = ctx.at(POSSESSIVE_WORD, at);
                if (words > 0 || !owner.lookingAt() || CONTRACTIONS.contains(owner.group(1))) {
                    return false;
                }
                at = owner.end();
                continue;
            }
            String w = word.group(1);
            if (chargeHead(w)) {
                return words > 0 || !verbAfterSum(ctx, w, word.end());
            }
            // Round sixty-four B: a word in "-ly" may be a noun or an adjective of the compound ("the £40 family season ticket",
            // "the £25 early bird ticket"): the run still has to end in a charge's or a sum's noun, which an adverb's
            // sentence ("the £50 quickly paid") never reaches, so "-ly" no longer ends it.
            if (!openWord(w) || DETERMINERS.contains(w) || pluralNotNoun(w)) {
                return false;
            }
            at = word.end();
        }
        return false;
    }

    /**
     * A word of the run {@link #chargeHeadAfter} walks: a plain lower-case word as {@link #BARE_WORD_AFTER}, or (round
     * fifty-four) one joined by hyphens, a charge's own noun ("co-pay") or a compound qualifying it ("call-out fee").
     */
    private static final Pattern PLAIN_OR_HYPHENATED_WORD = Pattern.compile("[ \\u00A0](\\p{Ll}{3,}|\\p{Ll}+(?:-\\p{Ll}+)+)(?![\\p{L}\\d'’-])");

    /** Round sixty-nine B: a lower-case noun's possessive in a charge's run, " tenant's", " rider’s". */
    private static final Pattern POSSESSIVE_WORD = Pattern.compile("[ \\u00A0](\\p{Ll}{3,})['’]s(?![\\p{L}\\d'’-])");

    /** Object pronouns after a verb: "the $300 cost us", "the £50 cost them". */
    private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "us", "you", "him", "her", "them", "it");

    /**
     * Round fifty-seven: "cost" and "costs" right after a price may be its verb, not a charge's noun: "the $300 costs more"
     * (the sum costs), "the £50 cost us a day" (its past), which keep the plural; after a word that qualifies them ("the $90
     * repair cost") they are the noun, or the verb of a noun the price describes either way ("the $90 repair costs more").
     */
    private static boolean verbAfterSum(ReadContext ctx, String word, int end) {
        return word.equals("costs") || word.equals("cost") && OBJECT_PRONOUNS.contains(ctx.nextWord(end).toLowerCase(Locale.ROOT));
    }

    /** How many plain words may qualify a charge's noun between it and its price ("gym locker rental payment"). */
    private static final int MAX_WORDS_BEFORE_CHARGE = 3;

    /**
     * Round fifty-seven: adjectives that take a charge whole, "the full $300 replacement cost", "the entire £40 call-out
     * fee": before a charge's noun ({@link #chargeHeadAfter}) the price describes it ("the full three hundred dollar
     * replacement cost"); "the full $300 is due", with no such noun, keeps the plural.
     */
    private static final Set<String> WHOLE_SUM_ADJECTIVES = Set.of("full", "entire", "whole");

    /** Round fifty: how often a payment of a plan falls due, before its price: "your monthly $80 payment". */
    private static final Set<String> PAYMENT_FREQUENCIES = Set.of("weekly", "fortnightly", "monthly", "quarterly", "annual", "yearly");

    private static boolean chargeHead(String word) {
        return CHARGE_HEADS.contains(word) || NAMED_SUM_HEADS.contains(word);
    }

    /**
     * Round forty-eight: "to settle the £18.40 total", "your $84 total is due": after a determiner "total" is the noun the
     * price describes ("the thirty two pound fifty total"); elsewhere it stays the word said after a sum ("$50 total").
     */
    private static boolean totalAfter(ReadContext ctx, int end) {
        Matcher after = ctx.at(BARE_WORD_AFTER, end);
        return after.lookingAt() && after.group(1).equals("total") && !ctx.nextWord(after.end()).equals("of");
    }

    /**
     * Round forty-eight: nouns in "-ing" that name a service or a thing paid for, not a participle ("the £3 parking at our
     * studio", "the $30 shipping on your order", "the £12 valeting"): the price before them describes them, singular, even
     * with no noun after them, where a participle ("the $50 sitting in your account") keeps the plural.
     */
    private static final Set<String> ING_NOUNS = Set.of("parking", "shipping", "booking", "cleaning", "catering", "coaching",
            "tutoring", "training", "servicing", "valeting", "boarding", "lodging", "hosting", "engraving", "printing", "framing",
            "tuning", "fitting", "clothing", "packaging", "heating", "plumbing", "flooring", "decking", "fencing", "bedding",
            "seating", "ticketing", "listing", "wedding");

    /** One to four capitalised words of two letters or more after a price, the last one in group 1. */
    private static final String CAPITALISED_WORDS = "(?:[ \\u00A0](\\p{Lu}[\\p{L}’'&-]*\\p{L})){1,4}";

    /** A name after a price, a lower-case word after it: " Boiler Upgrade Scheme" grant, " Argos" voucher. */
    private static final Pattern NAME_AFTER = Pattern.compile(CAPITALISED_WORDS + "(?=[ \\u00A0]\\p{Ll})");

    /**
     * Round thirty-eight B: "claim the £7,500 Boiler Upgrade Scheme grant", "your £150 Warm Home Discount rebate", "the £50
     * Argos gift card": a capitalised name between a price after a determiner and the noun that heads them is part of the
     * noun phrase the price describes, "the seven thousand five hundred pound Boiler Upgrade Scheme grant". The noun after
     * the name is checked as {@link #priceBeforeSingularNoun} checks one right after the price, so a name before its verb
     * ("the £50 Tom owes", "the £20 Sarah sent") keeps the plural, and so does a name at the sentence's end; a weekday's
     * or a month's name ("the £50 Friday morning") is a time, no name of the noun.
     */
    private static boolean nameThenNoun(ReadContext ctx, int end) {
        Matcher name = ctx.at(NAME_AFTER, end);
        if (name.lookingAt() && !timeInName(ctx.text.substring(end, name.end())) && priceBeforeSingularNoun(ctx, name.end())) {
            return true;
        }
        // Round thirty-nine B: "the $5,000 Founders Scholarship are due", "your $250 Welcome Bonus is ready", "the £300 Winter
        // Fuel Grant, paid…": a name of two capitalised words or more whose last word is itself the head noun of a sum
        // ({@link #NAMED_SUM_HEADS}) is the noun phrase the price describes, whatever follows it (a verb, a function word, a
        // comma or the sentence's end): "the five thousand dollar Founders Scholarship". A name that ends in no such noun
        // ("the $50 Tom owes", "the $5,000 Founders.") keeps the plural; so does one word alone ("the $300 Grant sent", a
        // person's name as likely as the noun).
        Matcher headed = ctx.at(NAME_WORDS, end);
        if (!headed.lookingAt() || ctx.text.substring(end, headed.end()).trim().split("[ \\u00A0]+").length < 2
                || !NAMED_SUM_HEADS.contains(headed.group(1).toLowerCase(Locale.ROOT)) || timeInName(ctx.text.substring(end, headed.end()))) {
            return false;
        }
        // A fifth capitalised word after the four makes a longer name, whose head is not known here.
        return !ctx.at(NAME_WORDS, headed.end()).lookingAt();
    }

    /** A weekday's or a month's name among a name's words ("the £50 Friday morning"): a time, no name of the noun. */
    private static boolean timeInName(String words) {
        for (String word : words.trim().split("[ \\u00A0]+")) {
            if (DateReader.englishWeekdayName(word) || Vocabulary.month(Lang.EN, word) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Up to four capitalised words after a price, the last one in group 1, nothing required after: " Founders Scholarship". */
    private static final Pattern NAME_WORDS = Pattern.compile(CAPITALISED_WORDS);

    /**
     * Nouns a sum is the amount of, heading a name after its price ("Founders Scholarship", "Welcome Bonus", "Winter Fuel
     * Grant", "Visa Gift Card"): the price describes them, singular. Compared lower-cased.
     */
    private static final Set<String> NAMED_SUM_HEADS = Set.of("scholarship", "bursary", "fellowship", "stipend", "award", "grant", "fund",
            "prize", "jackpot", "bonus", "reward", "rebate", "refund", "credit", "allowance", "payment", "discount", "voucher", "card",
            "certificate", "coupon", "loan", "deposit", "donation", "gift", "pass", "instalment", "installment",
            // Round sixty-four B: a ticket is a pass for one visit or a season, "the £45 family season ticket".
            "ticket");

    /**
     * Round thirty-nine B: one or two lower-case adjectives right before {@code start} ("compliant", "sturdy", "recent"),
     * and a count before them ({@link #countBefore}): "2 compliant 2x2 in.", "three large 10ml". A word of
     * {@link #NOT_A_NOUN}, a verb, a rate's word or a plural ("2 weeks 5 kg") is no adjective.
     */
    private static boolean countBeforeAdjectives(ReadContext ctx, int start) {
        String t = ctx.text;
        int i = start;
        for (int k = 0; k < 2; k++) {
            int end = ReadContext.spacesStart(t, i);
            int w = ReadContext.lettersStart(t, end);
            if (end == i || w == end || w == 0) {
                return false;
            }
            String word = t.substring(w, end);
            if (word.length() < 3 || !Character.isLowerCase(word.charAt(0)) || word.endsWith("s") || NOT_A_NOUN.contains(word)
                    || VERBS.contains(word) || RATE_WORDS.contains(word) || COUNTING_WORDS.contains(word)) {
                return false;
            }
            if (countBefore(ctx, w)) {
                return true;
            }
            i = w;
        }
        return false;
    }

    /** Counts written as words before a price: "three £30 instalments". */
    private static final Set<String> COUNT_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "twenty", "fifty", "hundred");

    /**
     * A count right before the price at {@code start}: a word of {@link #COUNT_WORDS} or one to three digits with a space
     * or an opening bracket before them ("in 2025 $100 went", a year, and "1.5 $" are no count).
     */
    private static boolean countBefore(ReadContext ctx, int start) {
        String t = ctx.text;
        int i = ReadContext.spacesStart(t, start);
        if (i == start || i == 0) {
            return false;
        }
        if (Character.isLetter(t.charAt(i - 1))) {
            return COUNT_WORDS.contains(ctx.previousWord(start).toLowerCase(Locale.ROOT));
        }
        int d = i;
        while (d > 0 && TokenScanner.isDigit(t.charAt(d - 1))) {
            d--;
        }
        return i - d >= 1 && i - d <= 3 && (d == 0 || t.charAt(d - 1) == ' ' || t.charAt(d - 1) == '(');
    }

    /**
     * A plural noun after a counted price, perhaps after one word that describes it: " vouchers", " gift cards", " monthly
     * payments"; a verb or a word of a phrase of its own ("$50 was", "$5 plus") is none.
     */
    private static boolean pluralNounAfter(ReadContext ctx, int end) {
        // Round fifty-eight: a hyphenated adjective may stand before the plural ("two 12 oz single-estate teas", "three
        // eight ounce single-origin coffees"), as after a container's "of" ({@link #contentNoun}); it is never the noun.
        Matcher first = ctx.at(PLAIN_OR_HYPHENATED_WORD, end);
        if (!first.lookingAt() || !openWord(first.group(1)) || SAID_AFTER_A_SUM.contains(first.group(1))) {
            return false;
        }
        String noun = first.group(1);
        if (!noun.endsWith("s") || noun.indexOf('-') >= 0) {
            Matcher second = ctx.at(BARE_WORD_AFTER, first.end());
            if (!second.lookingAt() || !openWord(second.group(1))) {
                return false;
            }
            noun = second.group(1);
        }
        return noun.endsWith("s") && !noun.endsWith("ss") && !pluralNotNoun(noun);
    }

    /** A lower-case word after a price that may be the noun it describes: no word of {@link #NOT_A_NOUN}, no verb, no pronoun. */
    private static boolean openWord(String word) {
        return !NOT_A_NOUN.contains(word) && !VERBS.contains(word) && !PRONOUNS.contains(word);
    }

    /**
     * Round fourteen B: words said after a sum that are no noun it describes: adjectives that follow it ("the £120 overdue",
     * "the $50 upfront") and irregular past forms ("the $260 paid", "the £10 spent", "that $5 went missing").
     */
    private static final Set<String> SAID_AFTER_A_SUM = Set.of("overdue", "upfront", "outstanding", "owing", "altogether", "overall",
            "apiece", "already", "still", "yet", "too", "either", "there", "here", "then", "also", "just", "not", "minus", "net",
            "paid", "spent", "lent", "sent", "won", "lost", "held", "kept", "bought", "sold", "given", "taken", "made", "went",
            "came", "got", "gave", "fell", "rose", "did", "became", "left", "put", "cut", "set", "hit", "owe", "earn", "get", "pay",
            // Round thirty-eight B: past forms after a name ("the £500 Dave took", nameThenNoun).
            "took", "brought", "found");

    /**
     * Round eleven B: "your £10 monthly gift", "the $75 late-payment fee": a frequency word or a hyphenated compound
     * between the price and a lower-case noun makes the price a modifier of that noun, as "a $10 monthly fee" is.
     */
    private static boolean modifierThenNoun(ReadContext ctx, int end) {
        Matcher m = ctx.at(MODIFIER_THEN_NOUN, end);
        if (!m.lookingAt()) {
            return false;
        }
        String noun = m.group(1);
        return openWord(noun) && !pluralNotNoun(noun) && !noun.endsWith("ly") && !noun.endsWith("ed");
    }

    /** "-a-month plan", "-per-week bundle", "-off coupon": a rate or "off" hyphenated to the price, then a lower-case word. */
    private static final Pattern HYPHENATED_RATE = Pattern.compile("-(?:(?:a|an|per)-\\p{Ll}+|off)[ \\u00A0](\\p{Ll}{3,})(?![\\p{L}\\d'’-])");

    /** " a day storage", " per night parking": a rate spaced after a price (group 1 its article or "per", group 2 its unit), then a lower-case word. */
    private static final Pattern SPACED_RATE = Pattern.compile("[ \\u00A0](a|an|per)[ \\u00A0](\\p{Ll}+)[ \\u00A0](\\p{Ll}{3,})(?![\\p{L}\\d'’-])");

    /**
     * Round eleven B: how often a charge falls due, a word said between its price and its noun ("your £10 monthly gift"):
     * a plan's {@link #PAYMENT_FREQUENCIES} and the shorter spans a service is priced by ("a £5 daily pass").
     */
    private static final Set<String> PRICE_FREQUENCIES = java.util.stream.Stream.concat(PAYMENT_FREQUENCIES.stream(),
            java.util.stream.Stream.of("daily", "hourly", "nightly")).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Pattern MODIFIER_THEN_NOUN = Pattern.compile("[ \\u00A0](?:\\p{Ll}+(?:-\\p{Ll}+)+|"
            + String.join("|", PRICE_FREQUENCIES) + ")[ \\u00A0](\\p{Ll}{3,})(?![\\p{L}\\d'’-])");

    /**
     * Round sixty-six C: "your £5 weekly Swim Pass renews", "your $25 yearly Cloud Vault subscription", "your £9 monthly
     * Pass": a frequency word ({@link #PRICE_FREQUENCIES}) between the price and a product's capitalised name says the price
     * is charged for that product each term, so the price describes the name's noun ("five pound weekly Swim Pass"): the
     * frequency word cannot follow a sum that stands alone before a name. What {@link #nameThenNoun} takes after it, and
     * a name of two to four capitalised words whatever follows it ("Music Plan renews", "Direct Debit."); one word alone
     * only when it is a charge's or a sum's own noun ({@link #chargeHead}: "Pass", "Premium"), since a person's name is as
     * likely ("your £20 monthly Tom pays" keeps the plural). "the £5 weekly.", "£5 monthly, billed yearly" and a weekday's
     * or a month's name ("£5 weekly Monday Pass") keep it too.
     */
    private static boolean frequencyThenName(ReadContext ctx, int end) {
        Matcher frequency = ctx.at(BARE_WORD_AFTER, end);
        if (!frequency.lookingAt() || !PRICE_FREQUENCIES.contains(frequency.group(1))) {
            return false;
        }
        return chargedName(ctx, frequency.end());
    }

    /** Round seventy-nine B: lower-case words joined by hyphens after a price, " buy-in", " call-out" ({@link #priceBeforeSingularNoun}). */
    private static final Pattern HYPHENATED_NOUN_AFTER = Pattern.compile("[ \\u00A0](\\p{Ll}+(?:-\\p{Ll}+)+)(?![\\p{L}\\d'’-])");

    /**
     * Round seventy-nine B: "your seat for the £30 Friday Freezeout is reserved", "the £20 Sunday Shootout starts at…": after
     * a determiner a name of two to four capitalised words is the event or the product charged, as after a frequency word
     * ({@link #chargedName}), and a weekday opening it is the name's own word ("Friday Freezeout"), so the price describes
     * it, "the thirty pound Friday Freezeout". A name that ends in a weekday or a month ("the £50 Friday December") is a
     * time; one alone ("the £30 Friday") may start a clause and keeps the plural, as does a name a past form follows ("the
     * £50 Tom Smith paid", "the £30 Friday Tom asked for": a person's, after a weekday that is the time) and one with no
     * lower-case word after it ("the £7,500 Boiler Upgrade Scheme.", whose head noun is not known here).
     */
    private static boolean eventNameAfter(ReadContext ctx, int end) {
        if (ctx.lang != Lang.EN) {
            return false;
        }
        Matcher name = ctx.at(NAME_WORDS, end);
        if (!name.lookingAt() || ctx.at(NAME_WORDS, name.end()).lookingAt() || timeInName(name.group(1))) {
            return false;
        }
        String[] words = ctx.text.substring(end, name.end()).trim().split("[ \\u00A0]+");
        String after = name.end() < ctx.text.length() && ctx.text.charAt(name.end()) == ' ' ? ctx.nextWord(name.end()) : "";
        return words.length >= 2 && !after.isEmpty() && Character.isLowerCase(after.charAt(0)) && !SAID_AFTER_A_SUM.contains(after)
                && !after.endsWith("ed");
    }

    /** The product's name after a frequency word (frequencyThenName), from {@code at}: two to four words, or a charge's noun. */
    private static boolean chargedName(ReadContext ctx, int at) {
        if (nameThenNoun(ctx, at)) {
            return true;
        }
        Matcher name = ctx.at(NAME_WORDS, at);
        if (!name.lookingAt() || ctx.at(NAME_WORDS, name.end()).lookingAt()) {
            return false; // a fifth capitalised word makes a longer name, whose head is not known here
        }
        String words = ctx.text.substring(at, name.end());
        return !timeInName(words) && (words.trim().split("[ \\u00A0]+").length >= 2 || chargeHead(name.group(1).toLowerCase(Locale.ROOT)));
    }

    /**
     * Words of a rate after a price ("$5 a month 10 GB"): no adjective of the amount after them. Also English's time and
     * head words after a count's slash, said "per" ("6 tablets/day", TokenScanner's bothForms).
     */
    static final Set<String> RATE_WORDS = Set.of("month", "week", "day", "year", "night", "hour", "person", "head");

    /**
     * Round eleven B: "a free 40 lb checked bag", "an extra £5 weekly bundle": one or two lower-case adjectives between
     * "a"/"an" and the amount keep the amount the noun's modifier; {@code before} is the word right before the amount.
     * A word of {@link #NOT_A_NOUN} ("a total of $15 fee" stops at "of") or of a rate ("$5 a month 10 GB") is none.
     * Returns the article or (round twelve B) the determiner found before the adjectives, lower-cased; null when none.
     */
    /**
     * Round eighty-two B: adjectives saying a sum is still owed, before a price that describes its noun ("the overdue £90 balance").
     * Round eighty-three B: a balance's last instalment too, "final" ("the final £95 balance"); "remaining" is not one, the
     * house keeps "the remaining forty dollars balance" (a share of a sum named before, rounds twenty-four A and eighty-two B).
     */
    private static final Set<String> OWED_ADJECTIVES = Set.of("overdue", "outstanding", "unpaid", "unsettled", "owing", "late", "final");

    /** The lower-case word before the amount at {@code start} comes right after the determiner {@code opener}: one adjective. */
    private static boolean oneAdjectiveAfter(ReadContext ctx, int start, String opener, String adjective) {
        int adjectiveStart = ReadContext.spacesStart(ctx.text, start) - adjective.length();
        return adjectiveStart > 0 && ctx.text.charAt(adjectiveStart - 1) == ' '
                && ctx.previousWord(adjectiveStart).equalsIgnoreCase(opener);
    }

    private static String wordBeforeAdjectives(String t, int start, String before) {
        if (before.length() < 3 || !Character.isLowerCase(before.charAt(0))) {
            return null; // cheap check first: most amounts have no lower-case word of three letters before them
        }
        int i = start;
        for (int k = 0; k < 3; k++) {
            if (k > 0 && possessiveNoun(t, i)) {
                // Round seventy B: a noun's possessive before the adjectives owns the amount as "your" does, as it does right
                // before it (rounds thirty-three and fifty-six): "this year's annual £85 membership fee", "eighty five pound".
                return "your";
            }
            int end = ReadContext.spacesStart(t, i);
            int w = end;
            while (w > 0 && (Character.isLetter(t.charAt(w - 1)) || t.charAt(w - 1) == '-')) {
                w--; // "a one-time $25 fee": a hyphenated adjective counts as one word
            }
            int measure = w;
            while (k > 0 && measure > 0 && Character.isDigit(t.charAt(measure - 1))) {
                measure--;
            }
            if (measure < w && w < end && (measure == 0 || t.charAt(measure - 1) == ' ') && Character.isLowerCase(t.charAt(w))) {
                // Round fifty-nine: "an 18ct gold 50cm necklace": a measure glued to its unit ("18ct") among the adjectives
                // describes the noun as they do, so the article before it still makes the last amount singular.
                i = measure;
                continue;
            }
            if (end == i || w == end || w > 0 && t.charAt(w - 1) != ' ' || t.charAt(w) == '-' || t.charAt(end - 1) == '-') {
                return null;
            }
            String word = t.substring(w, end);
            if (k > 0 && (word.equalsIgnoreCase("a") || word.equalsIgnoreCase("an") || DETERMINERS.contains(word.toLowerCase(Locale.ROOT)))) {
                return word.toLowerCase(Locale.ROOT);
            }
            if (k == 2 || !Character.isLowerCase(word.charAt(0)) || word.length() < 3 || NOT_A_NOUN.contains(word) || RATE_WORDS.contains(word)
                    || verbOrPluralEnding(word)) {
                return null;
            }
            i = w;
        }
        return null;
    }

    /**
     * Round seventy B: a word ending in "s" between the determiner and the amount is a verb or a plural noun, never an
     * adjective ("The lorry needs 3.5m clearance": "the" opens no noun phrase of the amount), unless its ending is an
     * adjective's ("various", "less", "glass" are no verbs).
     */
    private static boolean verbOrPluralEnding(String word) {
        return word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("ous");
    }

    /**
     * Round twenty-four: participles that describe the amount itself, not the noun after it: "the reduced £15", "the quoted
     * $30" name a price of their own (batch 32_en's writer says "pounds" after "reduced").
     */
    private static final Set<String> AMOUNT_ADJECTIVES = Set.of("reduced", "discounted", "estimated", "increased", "lowered", "raised",
            "quoted", "advertised", "listed", "stated", "advertized", "marked");

    /** Adjectives that count a share of an amount, not describe a noun: "the first 10 GB are free", "your last 2 GB". */
    private static final Set<String> COUNTING_WORDS = Set.of("first", "last", "next", "remaining", "other", "additional", "further",
            "initial", "final", "following", "previous", "same");

    /**
     * Round forty-one: counting words that pick one item of a series ("the first 8 oz dose", "the next 20 lb bag", "your
     * last 16 oz bottle"): before a measure and a singular noun the measure describes that item, "eight ounce dose", as
     * after "second" or "third" (no counting words); with no such noun after it ("the first 10 GB are free", "your last
     * 2 GB") the measure is a share of an amount and keeps its plural. The noun is taken as after a price
     * ({@link #priceBeforeSingularNoun}); a size word after it ("the first 3 m long") is left to the noun check below.
     */
    // Round fifty-one: the ordinals from "second" on pick one payment of a plan as "first" does ("the third $60 payment");
    // they are no counting words, so only the price's reading before a payment's noun gains them.
    private static final Set<String> SERIES_ORDINALS = Set.of("first", "next", "last", "final", "initial", "previous", "second", "third",
            "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth");

    /** Words before "$50+" that make it a threshold of the noun after it: "any $50+ order", "on $100+ orders". */
    private static final Set<String> THRESHOLD_BEFORE = Set.of("any", "every", "each", "all", "a", "an", "the", "on", "for", "with",
            "your", "our", "their", "my");
    /** Nouns a price's "+" adds to it, not a threshold of: "$50+ tax", "£20+ VAT", "$9+ shipping". */
    private static final Set<String> ADDED_TO_A_PRICE = Set.of("tax", "taxes", "shipping", "postage", "delivery", "fees", "fee", "tip",
            "tips", "gratuity", "vat");
    private static final Set<String> PRONOUNS = Set.of("you", "we", "they", "she", "he", "it", "i", "who", "which", "that", "this");

    /**
     * An earlier amount of the same list, after its article: "a 240V, " before "40A circuit" (round five H), so every
     * amount of "a 240V, 40A circuit" describes the noun ("a two hundred and forty volt, forty amp circuit").
     */
    private static final Pattern LIST_BEFORE = Pattern.compile("(?i)(?:^|[^\\p{L}])(?:a|an|the)[ \\u00A0]+(?:\\d[\\d.,]*[ \\u00A0]?\\p{L}{1,3},[ \\u00A0]+)+$");
    /**
     * Further amounts of the list, then the noun: ", 40A circuit" or " circuit". The noun after an amount; a screen's
     * resolution counts ("a 32\" 4K display", round eight D). Round forty-eight: a hyphenated noun is one word ("your 22 kg
     * e-scooter", "our new 350W e-scooter"), not "e" alone.
     */
    private static final Pattern LIST_AFTER = Pattern.compile("(?:,[ \\u00A0]+\\d[\\d.,]*[ \\u00A0]?\\p{L}{1,3})*[ \\u00A0](\\p{L}+(?:-\\p{L}+)*|[248]K(?![\\p{L}\\d]))");
    /**
     * Round forty-eight: "any" too ("with any $40 purchase", "any 400 Wh battery": one of them, its size or price singular).
     * Round fifty-three: "each" likewise ("each 250g pot", "each 2 lb bag": one of them, "each two pound bag"); "each 5 kg"
     * with no noun after it and "costs £5 each" (the amount before it) keep theirs.
     */
    // Round fifty-nine: "no" too, "has no 16A socket", "there is no 10 kg limit" ("sixteen amp socket").
    static final Set<String> DETERMINERS = Set.of("the", "your", "our", "its", "this", "that", "my", "their", "his", "her", "any",
            "each", "no");
    /** Verbs a plural amount takes after "the"/"your": "the 20GB are", "your 5GB runs out". */
    private static final Set<String> VERBS = Set.of("are", "were", "have", "has", "had", "can", "could", "should", "would", "may",
            "might", "must", "run", "runs", "ran", "expire", "expires", "remain", "remains", "left", "used", "included", "free", "cost",
            "costs", "will", "is", "was", "be", "been", "last", "lasts");

    /**
     * Round seven C: an amount with no article before a plural noun describes it as one of many, "25 sq ft lockers",
     * "20' x 40' tents", "24\" barstools" ("twenty five square foot lockers"). Only a lower-case word of four letters or
     * more ending in one "s" that is no verb or filler word: "5 kg less", "10 GB is", "3 mi this way" keep the plural.
     * An inch mark or a foot prime glued to its number describes a singular noun too ("18\" wheelchair"), not a size word
     * ("34\" wide", "6\" overnight").
     */
    private static boolean bareBeforePlural(ReadContext ctx, int end) {
        boolean markAfter = end > 1 && (inchMark(ctx.text, end) || ctx.text.charAt(end - 1) == '\'' || ctx.text.charAt(end - 1) == '′')
                && Character.isDigit(ctx.text.charAt(end - 2));
        if (end == 0 || Character.isDigit(ctx.text.charAt(end - 1)) || DURATION_END.matcher(ctx.text.substring(Math.max(0, end - 5), end)).find()) {
            // A bare number or price before a verb ("$5,000 earns") describes nothing; "3 mos arrears", "2 wks notice": a
            // duration before a noun is its genitive ("months' arrears"), plural.
            return false;
        }
        if (end > 4 && ctx.text.startsWith(" in.", end - 4) && Character.isDigit(ctx.text.charAt(end - 5))) {
            // Round forty-eight: "your washer and 30 in. gas range": the inch written "in." is a product's size before a
            // lower-case noun, whatever precedes it (the style page: singular before a noun, "thirty inch gas range");
            // "36 in. to the kitchen", "6 in. deep", "4 in. of rain" keep the plural.
            Matcher noun = ctx.at(BARE_WORD_AFTER, end);
            return noun.lookingAt() && openWord(noun.group(1)) && !noun.group(1).endsWith("ly") && !noun.group(1).endsWith("ed")
                    && !SIZE_WORDS.contains(noun.group(1)) && !pluralNotNoun(noun.group(1));
        }
        Matcher after = ctx.at(markAfter ? MARK_WORD_AFTER : BARE_NOUN_AFTER, end);
        if (!after.lookingAt()) {
            // Round forty: "VoltCore 20,000 mAh power banks", "64 GB memory cards": a unit's amount before a noun and the
            // plural it qualifies is a product's spec, "twenty thousand milliamp hour power banks", as round thirty-eight
            // B's counted "four 10ml gel syringes" is said (pluralNounAfter, which also stops at a verb: "5000 mAh battery
            // lasts" is no plural noun). "holds 10,000 mAh", "10,000 mAh of charge" have no noun and keep the plural.
            Matcher first = ctx.at(BARE_WORD_AFTER, end);
            return !markAfter && first.lookingAt() && !first.group(1).endsWith("s") && !first.group(1).endsWith("ly")
                    && !SIZE_WORDS.contains(first.group(1)) && pluralNounAfter(ctx, end);
        }
        String next = after.group(1);
        if (markAfter && !next.endsWith("s")) {
            // "18\" wheelchair", "a bed and 12' trailer": a mark glued to its number before a singular noun is a size.
            String lower = next.toLowerCase(Locale.ROOT);
            return !next.endsWith("ly") && !NOT_A_NOUN.contains(lower) && !VERBS.contains(lower) && !SIZE_WORDS.contains(lower);
        }
        return !next.endsWith("ss") && !next.endsWith("us") && !next.endsWith("is") && !NOT_A_NOUN.contains(next) && !VERBS.contains(next)
                && !pluralNotNoun(next);
    }

    /**
     * The amount at {@code start} follows "and"/"or", and a possessive ("your", "our") opens the clause's list before it:
     * "your tent pegs and 3mm", after the clause's last comma, semicolon or colon.
     */
    private static boolean listedAfterPossessive(ReadContext ctx, int start) {
        String before = ctx.previousWord(start).toLowerCase(Locale.ROOT);
        if (!before.equals("and") && !before.equals("or")) {
            return false;
        }
        int joint = ReadContext.spacesStart(ctx.text, start) - before.length();
        int from = ctx.sentenceStart(joint, 80);
        for (int j = joint - 1; j > from; j--) {
            if (",;:".indexOf(ctx.text.charAt(j)) >= 0) {
                from = j + 1;
                break;
            }
        }
        return ctx.anyWord(from, joint, DateReader.EN_POSSESSIVES::contains);
    }

    /**
     * Two words after a measure that make a noun phrase it sizes: a plain or hyphenated word that is no plural, verb, size
     * word or adverb ("foam", "gluten-free"), then a singular noun ("pad", "flour"): " foam pad", " gluten-free flour".
     */
    private static boolean compoundNounAfter(ReadContext ctx, int end) {
        Matcher first = ctx.at(PLAIN_OR_HYPHENATED_WORD, end);
        if (!first.lookingAt() || !contentWord(first.group(1)) || first.group(1).endsWith("s")) {
            return false;
        }
        Matcher head = ctx.at(BARE_WORD_AFTER, first.end());
        return head.lookingAt() && contentWord(head.group(1)) && singularNounAfterSum(head.group(1));
    }

    /**
     * Round eighty A's length before a noun phrase is the size of a thing, but a depth of what falls is an amount of it:
     * "30mm heavy rain" is "thirty millimetres" (of rain), as "50mm of rain" is.
     */
    private static boolean precipitationAfter(ReadContext ctx, int end) {
        Matcher first = ctx.at(PLAIN_OR_HYPHENATED_WORD, end);
        if (!first.lookingAt()) {
            return false;
        }
        Matcher head = ctx.at(BARE_WORD_AFTER, first.end());
        return PRECIPITATION.contains(first.group(1)) || head.lookingAt() && PRECIPITATION.contains(head.group(1));
    }

    /** A space kept rather than a thing sized after a length: "keep 3m clear", "needs 4.5m clearance", "a 2m gap". */
    private static final Set<String> SPACE_KEPT = Set.of("clear", "clearance", "gap", "space", "headroom", "distance", "margin",
            "buffer", "radius", "range", "reach", "visibility", "drop", "fall", "rise", "depth", "height", "width", "length");

    private static final Set<String> PRECIPITATION = Set.of("rain", "rainfall", "snow", "snowfall", "hail", "sleet",
            "drizzle", "precipitation");

    /** A word that may stand in a noun phrase after a measure: no function word, verb, pronoun, size word or adverb. */
    private static boolean contentWord(String word) {
        return openWord(word) && !stemmedAdverb(word) && !pluralNotNoun(word) && !SIZE_WORDS.contains(word);
    }

    /**
     * An adverb's "-ly" after a stem: "ply", "fly" (three letters) are nouns (round eighty-three B, "18mm ply"). The older
     * tests of this class that take any "-ly" word for an adverb keep their readings.
     */
    private static boolean stemmedAdverb(String word) {
        return word.endsWith("ly") && word.length() > 3;
    }

    /** Containers counted before "of" and the size of what each holds: "40 bags of 25kg cement", "a pallet of 10L tins". */
    private static final Set<String> CONTAINERS = Set.of("bag", "bags", "sack", "sacks", "tub", "tubs", "tin", "tins", "can",
            "cans", "bottle", "bottles", "case", "cases", "box", "boxes", "pack", "packs", "pallet", "pallets", "drum", "drums", "roll",
            "rolls", "tube", "tubes", "carton", "cartons", "crate", "crates", "bucket", "buckets", "jar", "jars", "keg", "kegs",
            // Round forty-eight: "a pair of 170 cm skis", "a set of 10 mm glass shelves": the measure of each thing of the pair or set.
            "pair", "pairs", "set", "sets",
            // Round sixty-seven C: stock sold by the spool, the reel or the sheet ("2 spools of 3 mm nylon", "4 sheets of
            // 12mm plywood"): the measure is each one's filament, tape or board.
            "spool", "spools", "reel", "reels", "sheet", "sheets");
    /**
     * Round seventy-two F: pipe, cable and timber sold by the length, the coil or the piece ("2 lengths of 110mm soil pipe",
     * "a coil of 15 m flex"): before a content noun the measure is each piece's bore or its run, as after {@link #CONTAINERS}.
     */
    private static final Set<String> PIECES = Set.of("length", "lengths", "coil", "coils", "piece", "pieces");

    /**
     * The word before the "of" right before {@code start} is a container ("sacks of 20kg"), or (round sixty B) a length or
     * a weight of the stuff sold by it is ("25m of 10mm chain", "10 metres of 15mm pipe", "60 m of 9.5 mm rope": {@link
     * #MEASURE_BEFORE_OF}), the measure after "of" then the size of each piece of it.
     */
    private static boolean containerBeforeOf(ReadContext ctx, int start) {
        int of = start;
        while (of > 0 && (ctx.text.charAt(of - 1) == ' ' || ctx.text.charAt(of - 1) == '\u00A0')) {
            of--;
        }
        return of >= 2 && (CONTAINERS.contains(ctx.previousWord(of - 2).toLowerCase(Locale.ROOT))
                || MEASURE_BEFORE_OF.matcher(ctx.text.substring(Math.max(0, of - 30), of - 2)).find());
    }

    /** The word before the "of" right before {@code start} is one of {@link #PIECES} ("lengths of 22mm"). */
    private static boolean pieceBeforeOf(ReadContext ctx, int start) {
        int of = ReadContext.spacesStart(ctx.text, start);
        return of >= 2 && PIECES.contains(ctx.previousWord(of - 2).toLowerCase(Locale.ROOT));
    }

    /** Round sixty B: a length or a weight with its unit, symbol or name, right before an "of": "30m ", "10 metres ". */
    private static final Pattern MEASURE_BEFORE_OF = Pattern.compile("\\d[ \\u00A0]?(?:m|cm|mm|km|ft|yd|yds|kg|g|lb|lbs|oz|t|metres|meters"
            + "|metre|meter|feet|foot|yards|yard|inches|kilos|kilograms|pounds|tonnes|tons)[ \\u00A0]+$");

    /**
     * Round twenty B: after a container's "of" a measure with its unit before a lower-case noun is the size of each one's
     * content, a compound adjective ("forty bags of twenty five kilogram cement", "a pallet of ten litre paint tins");
     * "25kg of cement" (no noun right after the unit) and "bags of 25kg each" keep the plural.
     */
    private static boolean contentNoun(ReadContext ctx, int end) {
        Matcher initialism = ctx.at(CAPITALS_WORD_AFTER, end);
        if (initialism.lookingAt()) {
            // Round sixty-seven C: a material or a product named by its initials is the content as a lower-case noun is
            // ("reels of 3 mm ASA", "three millimeter A S A"; "sheets of 6mm HDF"): capitals
            // Initialisms spells standing alone, other than a known initialism that names no stuff ("UK", "ETA", "TV").
            String word = initialism.group(1);
            return Initialisms.speltStandingAlone(word) && !Initialisms.EN_KNOWN_SPELT.contains(word);
        }
        Matcher name = ctx.at(NAME_WORDS, end);
        if (name.lookingAt()) {
            // Round seventy-one D: a product's capitalised name is the content as a lower-case noun is ("6 sacks of 40lb
            // Stonemix", "forty pound Stonemix"); a weekday's or a month's name ("bags of 20kg Friday") is a time.
            return !timeInName(ctx.text.substring(end, name.end()));
        }
        // Round fifty-five: a hyphenated adjective counts as the word after the measure ("crates of 12 oz gluten-free
        // flour", "twelve ounce gluten-free flour"), as it does before a charge's noun (PLAIN_OR_HYPHENATED_WORD).
        Matcher after = ctx.at(PLAIN_OR_HYPHENATED_WORD, end);
        if (!after.lookingAt()) {
            return false;
        }
        String next = after.group(1);
        return !next.endsWith("ly") && openWord(next) && !pluralNotNoun(next) && !SIZE_WORDS.contains(next);
    }

    /** A word in capitals right after a measure, "PLA" in "of 3 mm PLA filament" (round sixty-seven C). */
    private static final Pattern CAPITALS_WORD_AFTER = Pattern.compile("[ \\u00A0](\\p{Lu}{2,6})(?![\\p{L}\\d'’-])");

    private static final Pattern DURATION_END = Pattern.compile("(?:^|[^\\p{L}])(?:mos?|mths?|wks?|yrs?|hrs?|h|mins?|min|secs?|s|days?)\\.?$");
    private static final Pattern BARE_WORD_AFTER = Pattern.compile("[ \\u00A0](\\p{Ll}{3,})(?![\\p{L}\\d'’-])");
    /** After an inch mark, a noun, a screen's initials ("TV", "OLED") or its resolution ("4K"): "55\" 4K TV" (round eight D). */
    private static final Pattern MARK_WORD_AFTER = Pattern.compile("[ \\u00A0](\\p{Ll}{3,}|\\p{Lu}{2,4}|[248]K)(?![\\p{L}\\d'’-])");
    /** Words after a size in inches or feet that say how it is measured or when, never a noun: "34\" wide", "6\" overnight". */
    private static final Set<String> SIZE_WORDS = Set.of("wide", "long", "tall", "high", "deep", "thick", "across", "diameter", "square",
            "overnight", "tonight", "today", "tomorrow", "possible", "expected", "likely", "total", "more", "less", "apart", "away",
            "above", "below", "under", "over", "into", "onto", "than", "then", "but", "not", "has", "had", "fell", "falls",
            // Round eighty-one B: a limit's or a day's word after a measure ("6mm² maximum", "fitted 4mm² yesterday").
            "maximum", "minimum", "max", "min", "approx", "yesterday");
    private static final Pattern BARE_NOUN_AFTER = Pattern.compile("[ \\u00A0](\\p{Ll}{3,}s)(?![\\p{L}\\d'’-])");
    /**
     * Words ending in "s" after an amount that are no plural noun it describes: those that never are
     * ({@link Vocabulary#englishNotPluralNoun}: "5 kg less towards", "your parcel of 15 kg arrives") and these, plural nouns
     * elsewhere ("3 ships", "2 holds") but after an amount its sentence's verb (round nine: "the 40 lb bag ships").
     */
    private static final Set<String> VERBS_AFTER_AN_AMOUNT = Set.of("makes", "takes", "needs", "means", "saves", "measures", "holds",
            "fits", "stays", "plays", "ships", "leaves", "lands", "starts", "ends", "moves", "returns", "heads", "covers", "works",
            "turns", "drops", "rises", "falls", "changes", "shows", "remains");

    /** Whether a word after an amount is no plural noun it describes (the two kinds above). */
    private static boolean pluralNotNoun(String word) {
        return Vocabulary.englishNotPluralNoun(word) || VERBS_AFTER_AN_AMOUNT.contains(word);
    }

    /** Words ending in "'s" that are a pronoun or an adverb with "is"/"has"/"us", never a possessive: "it's", "let's". */
    private static final Set<String> CONTRACTIONS = Set.of("it", "that", "there", "here", "what", "who", "he", "she", "let", "where",
            "how", "when", "everything", "nothing", "something", "this");

    /**
     * A noun's possessive right before {@code start}, "laptop's", "company’s": a word of two letters or more, then "'s"
     * and a space, that is no contraction; or a plural's, "holders'" (round seventy B).
     */
    private static boolean possessiveNoun(String t, int start) {
        int i = ReadContext.spacesStart(t, start);
        if (i == start || i < 4) {
            return false;
        }
        if ((t.charAt(i - 1) == '\'' || t.charAt(i - 1) == '’') && t.charAt(i - 2) == 's') {
            // Round seventy B: a plural's possessive, "the plot holders' £25 water charge", "the parents' $40 costume fee", a
            // lower-case word of three letters or more with no opening quote before it ("the 'extras' £5" quotes a word).
            int w = ReadContext.lettersStart(t, i - 1);
            return i - 1 - w >= 3 && Character.isLowerCase(t.charAt(w)) && (w == 0 || t.charAt(w - 1) == ' ');
        }
        if (t.charAt(i - 1) != 's' || t.charAt(i - 2) != '\'' && t.charAt(i - 2) != '’') {
            return false;
        }
        int w = ReadContext.lettersStart(t, i - 2);
        return i - 2 - w >= 2 && !CONTRACTIONS.contains(t.substring(w, i - 2).toLowerCase(Locale.ROOT));
    }

    /** The amount ends in the inch mark: "65\"", "65″". */
    private static boolean inchMark(String t, int end) {
        return end > 0 && (t.charAt(end - 1) == '"' || t.charAt(end - 1) == '\u2033');
    }

    /** The amount's number has a decimal point between digits: "12.4 kg". */
    private static boolean decimal(String t, int start, int end) {
        int i = start;
        while (i < end && Character.isDigit(t.charAt(i))) {
            i++;
        }
        return i + 1 < end && t.charAt(i) == '.' && Character.isDigit(t.charAt(i + 1));
    }

    /**
     * The amount ends in a unit's symbol, glued ("10GB") or after a space ("2 TB"; round eight D: "the 2 TB plan", "the 20
     * lb bag" are said "two terabyte plan", "twenty pound bag" by the corpus's writers).
     */
    private static boolean unitAfter(String t, int start, int end) {
        int i = start;
        while (i < end && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.' || t.charAt(i) == ',')) {
            i++;
        }
        if (i < end && (t.charAt(i) == ' ' || t.charAt(i) == '\u00A0')) {
            // A spaced duration before a noun is its genitive, plural: "the 3 mos arrears".
            i++;
            if (DURATION_END.matcher(t.substring(Math.max(0, end - 5), end)).find()) {
                return false;
            }
        }
        // Round forty-four: the degree sign is a unit's symbol too, "our new 360° jellyfish gallery", "your 90° corner unit"
        // ("three hundred and sixty degree jellyfish gallery"), as "the 2 TB plan" is.
        return i < end && (Character.isLetter(t.charAt(i)) || t.charAt(i) == '°');
    }
}
