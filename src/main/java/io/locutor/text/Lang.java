package io.locutor.text;

/** The languages the normalizer reads; anything else falls back to the configured default. */
enum Lang {
    ES, EN;

    static Lang of(String tag) {
        String t = NormalizerConfig.normalizeTag(tag);
        if (t.equals("es") || t.startsWith("es-")) {
            return ES;
        }
        if (t.equals("en") || t.startsWith("en-")) {
            return EN;
        }
        return null;
    }
}
