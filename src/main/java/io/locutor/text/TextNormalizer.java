package io.locutor.text;

/** Placeholder until the real normalizer lands (issue 3): collapses whitespace only. */
public final class TextNormalizer {

    public TextNormalizer(NormalizerConfig config) {
    }

    public String normalize(String text, String language, String campaign) {
        return text.strip().replaceAll("\\s+", " ");
    }

    public String lexiconVersion(String campaign) {
        return "none";
    }
}
