package io.locutor.text;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of a {@link TextNormalizer}.
 *
 * @param defaultLanguage      language used when a request names none or one that is not supported ("es" or "en")
 * @param referenceReading     how reference/order numbers are read; see {@link ReferenceReading#GROUPED} for the default rule
 * @param globalAliases        lexicon alias rules, e.g. {@code "ABC" -> "a be ce"}: whole word, case-sensitive, applied before everything else
 * @param campaignAliases      per campaign, alias rules that take precedence over the global ones
 * @param regionNumberStyles   per language tag (e.g. {@code "es-MX"}), the separators numbers are written with; keys are matched
 *                             case-insensitively and {@code _} equals {@code -}. Without an entry: the locale's own (ICU CLDR data)
 * @param campaignLanguages    per campaign, the language tag its texts are read in when the request names none, or names
 *                             only the language ("es" in a campaign set to "es-MX" reads as es-MX)
 * @param clock                where today's date comes from (the system clock by default): a weekday named with a numeric
 *                             date that reads both ways ("el viernes 11/12") takes the order whose date, near today, falls
 *                             on that weekday. Tests that measure a corpus fix it to the day the corpus was written
 */
public record NormalizerConfig(
        String defaultLanguage,
        ReferenceReading referenceReading,
        Map<String, String> globalAliases,
        Map<String, Map<String, String>> campaignAliases,
        Map<String, NumberStyle> regionNumberStyles,
        Map<String, String> campaignLanguages,
        Clock clock) {

    /** Without campaign languages, on the system clock. */
    public NormalizerConfig(String defaultLanguage, ReferenceReading referenceReading, Map<String, String> globalAliases,
                            Map<String, Map<String, String>> campaignAliases, Map<String, NumberStyle> regionNumberStyles) {
        this(defaultLanguage, referenceReading, globalAliases, campaignAliases, regionNumberStyles, Map.of());
    }

    /** On the system clock. */
    public NormalizerConfig(String defaultLanguage, ReferenceReading referenceReading, Map<String, String> globalAliases,
                            Map<String, Map<String, String>> campaignAliases, Map<String, NumberStyle> regionNumberStyles,
                            Map<String, String> campaignLanguages) {
        this(defaultLanguage, referenceReading, globalAliases, campaignAliases, regionNumberStyles, campaignLanguages, null);
    }

    public NormalizerConfig {
        defaultLanguage = (defaultLanguage == null || defaultLanguage.isBlank()) ? "es" : defaultLanguage.trim();
        referenceReading = referenceReading == null ? ReferenceReading.GROUPED : referenceReading;
        globalAliases = copyAliases(globalAliases);
        Map<String, Map<String, String>> campaigns = new LinkedHashMap<>();
        if (campaignAliases != null) {
            campaignAliases.forEach((campaign, aliases) -> campaigns.put(Objects.requireNonNull(campaign, "campaign name"), copyAliases(aliases)));
        }
        campaignAliases = Map.copyOf(campaigns);
        Map<String, NumberStyle> styles = new LinkedHashMap<>();
        if (regionNumberStyles != null) {
            regionNumberStyles.forEach((tag, style) -> styles.put(normalizeTag(tag), Objects.requireNonNull(style, "number style of " + tag)));
        }
        regionNumberStyles = Map.copyOf(styles);
        Map<String, String> languages = new LinkedHashMap<>();
        if (campaignLanguages != null) {
            campaignLanguages.forEach((campaign, tag) -> {
                if (campaign == null || campaign.isBlank() || tag == null || Lang.of(tag) == null) {
                    throw new IllegalArgumentException("campaign language '" + campaign + "=" + tag
                            + "' needs a campaign name and a tag of a supported language, e.g. cobros=es-MX");
                }
                languages.put(campaign.trim().toLowerCase(java.util.Locale.ROOT), tag.trim());
            });
        }
        campaignLanguages = Map.copyOf(languages);
        clock = clock == null ? Clock.systemDefaultZone() : clock;
    }

    /** This configuration with per-campaign languages (campaign name → tag such as {@code es-MX}). */
    public NormalizerConfig withCampaignLanguages(Map<String, String> languages) {
        return new NormalizerConfig(defaultLanguage, referenceReading, globalAliases, campaignAliases, regionNumberStyles, languages, clock);
    }

    /** This configuration reading today's date from {@code clock} (a fixed one in tests, so a reading does not change next year). */
    public NormalizerConfig withClock(Clock clock) {
        return new NormalizerConfig(defaultLanguage, referenceReading, globalAliases, campaignAliases, regionNumberStyles, campaignLanguages,
                Objects.requireNonNull(clock, "clock"));
    }

    /** Spanish by default, grouped reference reading, no aliases, es-MX written {@code 1,500.50}. */
    public static NormalizerConfig defaults() {
        return new NormalizerConfig("es", ReferenceReading.GROUPED, Map.of(), Map.of(),
                Map.of("es-MX", NumberStyle.COMMA_THOUSANDS));
    }

    /**
     * Parses the settings as they come from application.properties. Blank or null values mean the default.
     *
     * @param defaultLanguage  e.g. {@code "es"}
     * @param referenceReading {@code grouped} | {@code digits} | {@code pairs}
     * @param globalAliases    {@code "ABC=a be ce;SMS=ese eme ese"}: {@code ;}-separated {@code word=spoken} rules
     * @param campaignAliases  campaign name → a string in the same format as {@code globalAliases}
     * @param regionStyles     {@code "es-MX=,.;es-AR=.,"}: language tag, {@code =}, the thousands character then the decimal
     *                         character; replaces the default list (which is {@code es-MX=,.})
     * @throws IllegalArgumentException saying what to fix when a value has bad syntax
     */
    public static NormalizerConfig parse(String defaultLanguage, String referenceReading, String globalAliases,
                                         Map<String, String> campaignAliases, String regionStyles) {
        NormalizerConfig defaults = defaults();
        String language = blank(defaultLanguage) ? defaults.defaultLanguage() : defaultLanguage.trim();
        if (!language.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*")) {
            throw new IllegalArgumentException("default language '" + defaultLanguage + "' is not a language tag; use e.g. es or en-US");
        }
        ReferenceReading reading = defaults.referenceReading();
        if (!blank(referenceReading)) {
            reading = switch (referenceReading.trim().toLowerCase(Locale.ROOT)) {
                case "grouped" -> ReferenceReading.GROUPED;
                case "digits" -> ReferenceReading.DIGITS;
                case "pairs" -> ReferenceReading.PAIRS;
                default -> throw new IllegalArgumentException("reference reading '" + referenceReading
                        + "' is unknown; use grouped, digits or pairs");
            };
        }
        Map<String, Map<String, String>> campaigns = new LinkedHashMap<>();
        if (campaignAliases != null) {
            campaignAliases.forEach((campaign, rules) -> {
                if (blank(campaign)) {
                    throw new IllegalArgumentException("campaign aliases need a campaign name; got a blank one");
                }
                campaigns.put(campaign.trim(), parseAliases(rules, "campaign " + campaign.trim()));
            });
        }
        Map<String, NumberStyle> styles = blank(regionStyles) ? defaults.regionNumberStyles() : parseStyles(regionStyles);
        return new NormalizerConfig(language, reading, parseAliases(globalAliases, "global"), campaigns, styles);
    }

    private static Map<String, String> parseAliases(String rules, String where) {
        Map<String, String> aliases = new LinkedHashMap<>();
        if (blank(rules)) {
            return aliases;
        }
        for (String rule : rules.split(";")) {
            if (rule.isBlank()) {
                continue;
            }
            int eq = rule.indexOf('=');
            if (eq <= 0 || rule.substring(0, eq).isBlank()) {
                throw new IllegalArgumentException("alias rule '" + rule.trim() + "' (" + where
                        + ") must be WORD=spoken form, rules separated by ';', e.g. ABC=a be ce;SMS=ese eme ese");
            }
            String word = rule.substring(0, eq).trim();
            String spoken = rule.substring(eq + 1).trim();
            if (spoken.isEmpty()) {
                throw new IllegalArgumentException("alias rule '" + rule.trim() + "' (" + where + ") has no spoken form after '='");
            }
            if (aliases.put(word, spoken) != null) {
                throw new IllegalArgumentException("alias '" + word + "' (" + where + ") is defined twice");
            }
        }
        return aliases;
    }

    private static Map<String, NumberStyle> parseStyles(String regionStyles) {
        Map<String, NumberStyle> styles = new LinkedHashMap<>();
        for (String entry : regionStyles.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            String tag = eq < 0 ? "" : entry.substring(0, eq).trim();
            String chars = eq < 0 ? "" : entry.substring(eq + 1).trim();
            if (tag.isEmpty() || chars.length() != 2) {
                throw new IllegalArgumentException("region style '" + entry.trim()
                        + "' must be TAG=<thousands char><decimal char>, entries separated by ';', e.g. es-MX=,.;es-AR=.,");
            }
            styles.put(tag, new NumberStyle(chars.charAt(0), chars.charAt(1)));
        }
        return styles;
    }

    private static Map<String, String> copyAliases(Map<String, String> aliases) {
        if (aliases == null) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        aliases.forEach((word, spoken) -> {
            if (word == null || word.isBlank() || spoken == null) {
                throw new IllegalArgumentException("alias rules need a non-blank word and a spoken form; got " + word + "=" + spoken);
            }
            copy.put(word, spoken);
        });
        // Keep the given order: lexiconVersion hashes rules in a stable (sorted) order anyway.
        return java.util.Collections.unmodifiableMap(copy);
    }

    static String normalizeTag(String tag) {
        return tag == null ? "" : tag.trim().replace('_', '-').toLowerCase(Locale.ROOT);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
