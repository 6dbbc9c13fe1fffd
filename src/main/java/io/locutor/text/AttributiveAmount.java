package io.locutor.text;

import java.util.Locale;
import java.util.Set;

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
     */
    private static final Set<String> NOT_A_NOUN = Set.of("a", "an", "the", "and", "or", "to", "for", "per", "each", "in", "on",
            "at", "with", "from", "by", "off", "plus", "of", "is", "was", "will", "applies", "due", "until", "before", "after", "if",
            "when", "now", "today", "only", "total", "more", "less", "back", "extra", "instead", "away", "ago", "later", "max", "min");

    private AttributiveAmount() {
    }

    /**
     * True when the amount written from {@code start} to {@code end} follows "a"/"an" (any case: "A $15 fee applies")
     * and a space then a word of two letters or more that is no {@link #NOT_A_NOUN} follows it ("a 65\" TV": a
     * capitalised noun counts too). Anything else after the amount (a full stop, a comma, a hyphen) is no noun.
     */
    static boolean describesNoun(ReadContext ctx, int start, int end) {
        String before = ctx.previousWord(start);
        if (!before.equalsIgnoreCase("a") && !before.equalsIgnoreCase("an")) {
            return false;
        }
        if (end + 1 >= ctx.text.length() || ctx.text.charAt(end) != ' ') {
            return false;
        }
        String next = ctx.nextWord(end + 1);
        return next.length() > 1 && !NOT_A_NOUN.contains(next.toLowerCase(Locale.ROOT));
    }
}
