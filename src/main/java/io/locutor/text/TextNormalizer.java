package io.locutor.text;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Turns text as people write it into what a call-centre agent would say, ready to be sent to the speech provider:
 * lexicon aliases first, then SSML kept as is, then numbers, dates, times, money, phones, references, units,
 * abbreviations, e-mails and URLs spelled out in words. Text that is already words is left alone.
 *
 * <p>One instance is built at startup and shared: it is immutable and thread-safe.
 */
public final class TextNormalizer {
    private final NormalizerConfig config;
    private final Lang defaultLang;
    private final PronunciationLexicon lexicon;
    private final TokenScanner scanner = new TokenScanner();
    private final Map<Lang, NumberSpeller> spellers = new EnumMap<>(Lang.class);
    private final NumberSpeller british = new NumberSpeller(Lang.EN, NumberSpeller.EnglishAnd.EVERY_GROUP);
    private final NumberSpeller american = new NumberSpeller(Lang.EN, NumberSpeller.EnglishAnd.AFTER_LAST_HUNDREDS);
    private final Map<NumberStyle, NumberGrammar> grammars = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_LOCALES = 256;
    private final Map<String, TextLocale> locales = new ConcurrentHashMap<>();

    public TextNormalizer(NormalizerConfig config) {
        this.config = config;
        Lang d = Lang.of(config.defaultLanguage());
        this.defaultLang = d == null ? Lang.ES : d;
        this.lexicon = new PronunciationLexicon(config.globalAliases(), config.campaignAliases());
        for (Lang lang : Lang.values()) {
            spellers.put(lang, new NumberSpeller(lang));
        }
    }

    /**
     * Never throws for any input; worst case a token is left as written.
     *
     * @param text     what to normalize; null is treated as empty
     * @param language BCP-47-ish tag ("es", "es-MX", "en", "en-US"); null or unsupported → the configured default language
     * @param campaign the campaign whose lexicon applies on top of the global one; may be null
     */
    public String normalize(String text, String language, String campaign) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        try {
            TextLocale locale = locale(effectiveLanguage(language, campaign));
            Lang lang = locale.lang;
            NumberGrammar grammar = grammars.computeIfAbsent(locale.style, NumberGrammar::new);
            NumberSpeller speller = lang != Lang.EN ? spellers.get(lang)
                    : "GB".equals(locale.region) ? british : "US".equals(locale.region) ? american : spellers.get(lang);
            StringBuilder out = new StringBuilder(text.length() + text.length() / 2);
            for (SsmlGuard.Segment segment : SsmlGuard.split(text)) {
                if (segment.markup()) {
                    out.append(segment.text());
                    continue;
                }
                List<SsmlGuard.Segment> pieces = lexicon.apply(withoutEmphasis(segment.text()), campaign);
                for (SsmlGuard.Segment piece : pieces) {
                    if (piece.markup()) {
                        out.append(piece.text());
                    } else {
                        scanner.scan(new ReadContext(piece.text(), out, locale, speller, grammar, config.referenceReading(), config.clock()));
                    }
                }
            }
            return tidy(out);
        } catch (RuntimeException | StackOverflowError e) {
            // The scanner already contains failures token by token; this is the last line of defence.
            return text;
        }
    }

    /**
     * Markdown emphasis a CRM pasted into the script ({@code **50% off**}, {@code *important*}, {@code __today__}): a pair
     * of the same one to three stars or underscores around text, glued to it on both sides, with no letter or digit
     * outside either (so not {@code 5*3*2}, {@code file_name_v2}), on one line. Only the markers go; the words between
     * are read as usual. A voice would otherwise say the stars as the keypad's ("star five zero percent"). Keypad codes
     * stay keys: a star before a space ({@code press * then 2}), codes with no closing star ({@code *#43#},
     * {@code **21*0791#}), and a pair around keys only ({@code *72*}, no letter or percent sign between); a footnote's
     * lone star ({@code precio* válido}) has no partner and is kept.
     */
    private static final Pattern EMPHASIS = Pattern.compile(
            "(?<![\\p{L}\\p{N}*_\\\\])(\\*{1,3}|_{1,3})(?=[^\\s*_])(?![\\d#*+]+\\1(?![\\p{L}\\p{N}]))"
                    + "([^\\n]{1,400}?)(?<=[^\\s*_])\\1(?![\\p{L}\\p{N}*_])");

    /** The text with {@link #EMPHASIS}'s markers dropped, the words between them kept, nested ones too ("**a *b* c**"). */
    static String withoutEmphasis(String text) {
        String plain = text;
        for (int depth = 0; depth < 3 && (plain.indexOf('*') >= 0 || plain.indexOf('_') >= 0); depth++) {
            String outer = EMPHASIS.matcher(plain).replaceAll("$2");
            if (outer.equals(plain)) {
                break;
            }
            plain = outer;
        }
        return plain;
    }

    /**
     * A short stable string identifying the lexicon rules in effect for this campaign (global + campaign rules);
     * changes whenever those rules change. Unknown or null campaigns get the global rules' version.
     */
    public String lexiconVersion(String campaign) {
        return lexicon.version(campaign);
    }

    /** Today on the configured clock: a reading of a weekday named with an ambiguous numeric date depends on it. */
    public LocalDate today() {
        return LocalDate.now(config.clock());
    }

    /**
     * The campaign's language where the request names none or only the same language without a region: a Mexican
     * collections campaign reads "es" as es-MX. A request's own region always wins ("es-ES" stays es-ES).
     */
    private String effectiveLanguage(String language, String campaign) {
        String campaignTag = campaign == null ? null : config.campaignLanguages().get(campaign.strip().toLowerCase(java.util.Locale.ROOT));
        if (campaignTag == null) {
            return language;
        }
        if (language == null || language.isBlank()) {
            return campaignTag;
        }
        String requested = NormalizerConfig.normalizeTag(language);
        boolean bare = requested.length() <= 3 && requested.indexOf('-') < 0;
        return bare && Lang.of(requested) == Lang.of(campaignTag) ? campaignTag : language;
    }

    /**
     * The reading conventions of a language tag; null, blank or a language other than es/en → the configured default.
     * Tags are normalized (case, {@code _}) before lookup; at most {@link #MAX_CACHED_LOCALES} are kept, so odd tags
     * cannot grow the cache without bound.
     */
    TextLocale locale(String language) {
        Lang requested = language == null ? null : Lang.of(language);
        String tag = NormalizerConfig.normalizeTag(requested == null ? config.defaultLanguage() : language);
        TextLocale cached = locales.get(tag);
        if (cached != null) {
            return cached;
        }
        Lang lang = requested == null ? defaultLang : requested;
        TextLocale built = TextLocale.of(tag, lang, configuredStyle(lang, tag));
        if (locales.size() < MAX_CACHED_LOCALES) {
            locales.put(tag, built);
        }
        return built;
    }

    private NumberStyle configuredStyle(Lang lang, String tag) {
        NumberStyle configured = config.regionNumberStyles().get(tag);
        return configured != null ? configured : config.regionNumberStyles().get(lang == Lang.ES ? "es" : "en");
    }

    /** Collapses runs of spaces left where words replaced symbols and trims the ends; line breaks inside are kept. */
    private static String tidy(StringBuilder out) {
        StringBuilder sb = new StringBuilder(out.length());
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == ' ' && sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
                continue;
            }
            sb.append(c);
        }
        return sb.toString().strip();
    }
}
