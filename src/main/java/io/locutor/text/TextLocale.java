package io.locutor.text;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Set;

/**
 * What a BCP 47 tag ("es", "es-MX", "EN-gb", "es_US") decides for reading text, taken from ICU's CLDR data rather than
 * hand tables: the number separators, which currency a bare {@code $} is, whether short dates put the month first,
 * whether clock times are said on a 12-hour dial, and the country whose phone numbers are expected.
 * A tag without a region gets the language's usual one (es → ES, en → US). Immutable.
 */
final class TextLocale {
    final String tag;
    final Lang lang;
    /** ISO 3166 country, upper case ("ES", "MX", "US", "GB"); "ZZ" for a multi-country area such as 419. */
    final String region;
    final NumberStyle style;
    final boolean monthFirst;
    /**
     * Whether {@link #monthFirst} is the region's printing habit against the language's own order in CLDR (es-US: US
     * systems print 12/7, CLDR's es-US short date is d/M/y), so that writers mix both: a named weekday that both readings
     * of a date fall on then picks the one nearer today.
     */
    final boolean dateOrderMixed;
    final boolean twelveHour;
    /** Which currency a bare "$" is here: the local one where its symbol is "$" (pesos in MX, AR, CO…), else the dollar. */
    final Currencies.Currency dollarSign;

    private TextLocale(String tag, Lang lang, String region, NumberStyle style, boolean monthFirst, boolean dateOrderMixed,
                       boolean twelveHour, Currencies.Currency dollarSign) {
        this.tag = tag;
        this.lang = lang;
        this.region = region;
        this.style = style;
        this.monthFirst = monthFirst;
        this.dateOrderMixed = dateOrderMixed;
        this.twelveHour = twelveHour;
        this.dollarSign = dollarSign;
    }

    /**
     * @param tag      a language tag of one of {@link Lang}'s languages (caller checked), any case, {@code _} or {@code -}
     * @param override number separators configured for this tag, or null for the locale's own
     */
    static TextLocale of(String tag, Lang lang, NumberStyle override) {
        String normalized = NormalizerConfig.normalizeTag(tag);
        ULocale parsed = ULocale.forLanguageTag(normalized);
        String region = parsed.getCountry();
        // A UN M.49 area ("es-419": Latin America) has CLDR number and date data but no phone numbering plan ("ZZ").
        boolean area = region.matches("\\d{3}");
        if (!area && !region.matches("[A-Z]{2}")) {
            region = lang == Lang.ES ? "ES" : "US";
        }
        ULocale locale = new ULocale(lang == Lang.ES ? "es" : "en", region);
        if (area) {
            region = "ZZ";
        }
        NumberStyle style = override != null ? override : numberStyle(locale, lang);
        String shortDate = ((SimpleDateFormat) DateFormat.getDateInstance(DateFormat.SHORT, locale)).toPattern();
        boolean cldrMonthFirst = shortDate.indexOf('M') >= 0 && shortDate.indexOf('M') < shortDate.indexOf('d');
        boolean monthFirst = cldrMonthFirst || MONTH_FIRST_REGIONS.contains(region);
        String hour = DateTimePatternGenerator.getInstance(locale).getBestPattern("j");
        boolean twelveHour = hour.indexOf('h') >= 0 || hour.indexOf('K') >= 0;
        return new TextLocale(normalized, lang, region, style, monthFirst, monthFirst != cldrMonthFirst, twelveHour, dollarSign(locale));
    }

    /**
     * Regions whose numeric dates are written month first whatever the language (round seven C): the US systems that print
     * es-US scripts write "12/7" for the seventh of December, and the held-out es-US writers read it so, although
     * CLDR's es-US short date is day first ({@code d/M/y}). Day first still where month first is impossible ("25/12").
     */
    private static final Set<String> MONTH_FIRST_REGIONS = Set.of("US");

    private static NumberStyle numberStyle(ULocale locale, Lang lang) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        try {
            return new NumberStyle(symbols.getGroupingSeparator(), symbols.getDecimalSeparator());
        } catch (IllegalArgumentException e) {
            // A separator NumberStyle does not read (e.g. a narrow no-break space variant): the language's usual style.
            return lang == Lang.ES ? NumberStyle.DOT_THOUSANDS : NumberStyle.COMMA_THOUSANDS;
        }
    }

    private static Currencies.Currency dollarSign(ULocale locale) {
        Currency local;
        try {
            local = Currency.getInstance(locale);
        } catch (IllegalArgumentException e) {
            local = null; // a region without a currency of its own
        }
        if (local != null && "$".equals(local.getSymbol(locale))) {
            Currencies.Currency c = Currencies.localDollarSign(local.getCurrencyCode());
            if (c != null) {
                return c;
            }
        }
        return Currencies.find("dollar", null);
    }

    boolean es() {
        return lang == Lang.ES;
    }

    @Override
    public String toString() {
        return tag + " (" + lang.name().toLowerCase(Locale.ROOT) + "-" + region + ")";
    }
}
