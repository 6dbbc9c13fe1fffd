package io.locutor.voice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Voice settings from application.properties: aliases ({@code Name=voiceId,...}), campaign recommendations
 * ({@code campaign=Name|Name;...}), campaign synonyms ({@code english=spanish,...}), the default voice and model.
 */
public record VoiceConfig(
        Map<String, String> aliases,
        Map<String, List<String>> campaigns,
        Map<String, String> campaignSynonyms,
        String defaultVoice,
        String defaultModel,
        long catalogTtlSeconds) {

    public static VoiceConfig parse(String aliases, String campaigns, String synonyms, String defaultVoice,
                                    String defaultModel, long catalogTtlSeconds) {
        Map<String, String> aliasMap = new LinkedHashMap<>();
        pairs(aliases, ",", "locutor.voices.aliases").forEach(aliasMap::put);
        Map<String, List<String>> campaignMap = new LinkedHashMap<>();
        pairs(campaigns, ";", "locutor.voices.campaigns").forEach((campaign, names) ->
                campaignMap.put(campaign.toLowerCase(Locale.ROOT), List.of(names.split("\\s*\\|\\s*"))));
        Map<String, String> synonymMap = new LinkedHashMap<>();
        pairs(synonyms, ",", "locutor.voices.campaign-synonyms").forEach((english, spanish) ->
                synonymMap.put(english.toLowerCase(Locale.ROOT), spanish.toLowerCase(Locale.ROOT)));
        return new VoiceConfig(aliasMap, campaignMap, synonymMap, defaultVoice, defaultModel, catalogTtlSeconds);
    }

    /** {@code key=value} entries split by the separator; a malformed entry is refused naming the setting. */
    public static Map<String, String> pairs(String spec, String separator, String property) {
        Map<String, String> out = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) {
            return out;
        }
        for (String entry : spec.split(separator)) {
            if (entry.isBlank()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq <= 0 || eq == entry.length() - 1) {
                throw new IllegalArgumentException(property + ": \"" + entry.trim() + "\" is not of the form key=value");
            }
            out.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
        }
        return out;
    }
}
