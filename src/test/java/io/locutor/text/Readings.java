package io.locutor.text;

/** What the normalizer reads for a text in a language (BCP 47 tag), with the default configuration and no campaign. */
final class Readings {
    private static final TextNormalizer NORMALIZER = new TextNormalizer(NormalizerConfig.defaults());

    private Readings() {
    }

    static String read(String language, String text) {
        return NORMALIZER.normalize(text, language, null);
    }
}
