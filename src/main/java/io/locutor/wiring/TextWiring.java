package io.locutor.wiring;

import java.util.LinkedHashMap;
import java.util.Map;

import io.locutor.Settings;
import io.locutor.text.NormalizerConfig;
import io.locutor.text.TextNormalizer;
import io.locutor.voice.VoiceConfig;

/** Text normalization: the default and per-campaign languages, reference readings, lexicons and number styles. */
record TextWiring(TextNormalizer textNormalizer, String defaultLanguage) {

    static TextWiring wire(Settings settings) {
        String defaultLanguage = settings.get("locutor.text.default-language");
        TextNormalizer normalizer = new TextNormalizer(NormalizerConfig.parse(defaultLanguage,
                settings.get("locutor.text.reference-reading"),
                settings.get("locutor.lexicon.aliases"),
                settings.prefixed("locutor.lexicon.campaign."),
                settings.get("locutor.text.number-styles"))
                .withCampaignLanguages(campaignLanguages(settings)));
        return new TextWiring(normalizer, defaultLanguage);
    }

    /**
     * Each campaign's locale ({@code campaign=tag,...}), under the campaign's name and its synonyms (sales and ventas
     * read alike); a malformed entry stops the start naming the setting.
     */
    private static Map<String, String> campaignLanguages(Settings settings) {
        Map<String, String> languages = new LinkedHashMap<>(VoiceConfig.pairs(
                settings.get("locutor.text.campaign-languages"), ",", "locutor.text.campaign-languages (LOCUTOR_CAMPAIGN_LANGUAGES)"));
        VoiceConfig.pairs(settings.get("locutor.voices.campaign-synonyms"), ",", "locutor.voices.campaign-synonyms")
                .forEach((synonym, campaign) -> {
                    if (languages.containsKey(campaign)) {
                        languages.putIfAbsent(synonym, languages.get(campaign));
                    } else if (languages.containsKey(synonym)) {
                        languages.putIfAbsent(campaign, languages.get(synonym));
                    }
                });
        return languages;
    }
}
