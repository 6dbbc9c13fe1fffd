package io.locutor.text;

import java.util.Map;

/** Placeholder until the real normalizer lands (issue 3): same signature as the final one. */
public record NormalizerConfig(String defaultLanguage) {

    public static NormalizerConfig parse(String defaultLanguage, String referenceReading, String globalAliases,
                                         Map<String, String> campaignAliases, String regionStyles) {
        return new NormalizerConfig(defaultLanguage);
    }
}
