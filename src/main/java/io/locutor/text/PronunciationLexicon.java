package io.locutor.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alias rules from configuration ("ABC" → "a be ce"): global, and per campaign on top of them (a campaign rule for
 * the same word wins). Whole word, case-sensitive, applied before any other normalization; the replacement is
 * spoken exactly as configured (it is not normalized again, so an alias may hold SSML such as a phoneme tag).
 * Immutable after construction, so it is shared by all threads.
 */
final class PronunciationLexicon {
    /** The rules in effect for one campaign (or none): one alternation, longest word first. */
    private record RuleSet(Pattern pattern, Map<String, String> aliases, String version) {
    }

    private final RuleSet global;
    private final Map<String, RuleSet> byCampaign = new HashMap<>();

    PronunciationLexicon(Map<String, String> globalAliases, Map<String, Map<String, String>> campaignAliases) {
        this.global = ruleSet(globalAliases);
        campaignAliases.forEach((campaign, aliases) -> {
            Map<String, String> merged = new HashMap<>(globalAliases);
            merged.putAll(aliases);
            byCampaign.put(campaign, ruleSet(merged));
        });
    }

    private RuleSet forCampaign(String campaign) {
        return campaign == null ? global : byCampaign.getOrDefault(campaign, global);
    }

    /**
     * Bumped whenever locutor changes how it reads text, so cached audio made by an older reading is not reused.
     * Part of every {@link #version}.
     */
    static final String READING_REVISION = "1";

    /** First 16 hex chars of a SHA-256 over {@link #READING_REVISION} and the sorted rules in effect for the campaign. */
    String version(String campaign) {
        return forCampaign(campaign).version();
    }

    /**
     * Splits plain text into pieces: text still to normalize ({@code markup=false}) and alias replacements
     * ({@code markup=true}, passed through).
     */
    List<SsmlGuard.Segment> apply(String text, String campaign) {
        RuleSet rules = forCampaign(campaign);
        List<SsmlGuard.Segment> out = new ArrayList<>();
        if (rules.pattern() == null) {
            out.add(new SsmlGuard.Segment(text, false));
            return out;
        }
        Matcher m = rules.pattern().matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                out.add(new SsmlGuard.Segment(text.substring(last, m.start()), false));
            }
            out.add(new SsmlGuard.Segment(rules.aliases().get(m.group()), true));
            last = m.end();
        }
        if (last < text.length()) {
            out.add(new SsmlGuard.Segment(text.substring(last), false));
        }
        return out;
    }

    private static RuleSet ruleSet(Map<String, String> aliases) {
        Map<String, String> sorted = new TreeMap<>(aliases);
        String version = hash(sorted);
        if (sorted.isEmpty()) {
            return new RuleSet(null, Map.of(), version);
        }
        List<String> words = new ArrayList<>(sorted.keySet());
        words.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alt = new StringBuilder();
        for (String w : words) {
            if (alt.length() > 0) {
                alt.append('|');
            }
            alt.append(Pattern.quote(w));
        }
        // Whole word: no letter, digit or underscore right before or after.
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + alt + ")(?![\\p{L}\\p{N}_])");
        return new RuleSet(p, Map.copyOf(sorted), version);
    }

    private static String hash(Map<String, String> sorted) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("locutor-reading:" + READING_REVISION + "\n").getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String> e : sorted.entrySet()) {
                // Length-prefixed so "a=bc" and "ab=c" cannot collide.
                String rule = e.getKey().length() + ":" + e.getKey() + "=" + e.getValue().length() + ":" + e.getValue() + "\n";
                sha.update(rule.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
