package io.locutor.synthesis;

import java.util.List;

/** Opens TextParts' package-private splitter to tests in other packages. */
public final class TextPartsProbe {

    private TextPartsProbe() {
    }

    public static List<String> split(String text, int limit) {
        return TextParts.split(text, limit);
    }
}
