package io.locutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PronunciationLexiconTest {
    private static final NormalizerConfig CONFIG = NormalizerConfig.parse("es", null, "ABC=a be ce;SMS=ese eme ese",
            Map.of("ventas", "ABC=abecé;Corp=corporeishon"), null);
    private static final TextNormalizer N = new TextNormalizer(CONFIG);

    @Test
    void globalAliasesAreWholeWordAndCaseSensitive() {
        assertEquals("Le llamamos de a be ce Corp, no de ABCD ni de abc. Un ese eme ese.",
                N.normalize("Le llamamos de ABC Corp., no de ABCD ni de abc. Un SMS.", "es", null));
    }

    @Test
    void campaignAliasesWinOverGlobalOnes() {
        assertEquals("de abecé corporeishon y ese eme ese", N.normalize("de ABC Corp y SMS", "es", "ventas"));
        assertEquals("de a be ce Corp", N.normalize("de ABC Corp", "es", "otra"));
    }

    @Test
    void aliasesApplyBeforeEverythingElseAndNotInsideTags() {
        TextNormalizer n = new TextNormalizer(NormalizerConfig.parse("es", null, "3M=tres eme;ph=EFE", null, null));
        assertEquals("tres eme y tres", n.normalize("3M y 3", "es", null));
        String tag = "<phoneme alphabet=\"ipa\" ph=\"x\">ph</phoneme>";
        assertEquals(tag + " EFE", n.normalize(tag + " ph", "es", null));
    }

    @Test
    void versionChangesWhenTheRulesInEffectChange() {
        String global = N.lexiconVersion(null);
        assertEquals(16, global.length());
        assertTrue(global.matches("[0-9a-f]{16}"));
        assertEquals(global, N.lexiconVersion("unknown-campaign"));
        assertNotEquals(global, N.lexiconVersion("ventas"));
        // Same rules, same version: stable across instances.
        assertEquals(global, new TextNormalizer(NormalizerConfig.parse("es", null, "SMS=ese eme ese;ABC=a be ce", null, null)).lexiconVersion(null));
        String changed = new TextNormalizer(NormalizerConfig.parse("es", null, "ABC=a be ce;SMS=ese eme esse", null, null)).lexiconVersion(null);
        assertNotEquals(global, changed);
        String campaignChanged = new TextNormalizer(NormalizerConfig.parse("es", null, "ABC=a be ce;SMS=ese eme ese",
                Map.of("ventas", "ABC=abecé;Corp=corporation"), null)).lexiconVersion("ventas");
        assertNotEquals(N.lexiconVersion("ventas"), campaignChanged);
        assertNotEquals(global, new TextNormalizer(NormalizerConfig.defaults()).lexiconVersion(null));
    }
}
