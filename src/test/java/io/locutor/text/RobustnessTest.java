package io.locutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Bad input never throws, and one shared instance gives the same answers from many threads. */
class RobustnessTest {
    private static final TextNormalizer N = new TextNormalizer(NormalizerConfig.defaults());
    private static final String[] LANGS = {"es", "en", "es-MX", "en-GB", "fr", null, "", "zz-ZZ-x"};
    /** Pieces that exercise every reader, glued at random with random code points between them. */
    private static final String[] PIECES = {"12", "1.500,50", "1,500.50", "€", "$", "#", "+34", "-", "/", ":", ".", ",", "º", "ª", "ᵉʳ",
            "15/07", "2025-07-15", "14:30", "p. m.", "Sr.", "D.", "@", "www.", ".com", "<break time=\"1s\"/>", "<phoneme", "</phoneme>",
            "<", ">", "&", "\u00AD", "km", "%", "nº", "pedido", "1/", "/0", "0/0", "99999999999999999999999", "siglo", "xix", "\n", " ",
            "مرحبا", "你好", "😀", "\uD83D", "Ω", "١٢٣", "e\u0301"};

    @Test
    void emptyAndNullGiveEmpty() {
        assertEquals("", N.normalize(null, "es", null));
        assertEquals("", N.normalize("", "es", null));
        assertEquals("", N.normalize("   ", "es", null)); // ends are trimmed
        assertEquals("uno\ndos", N.normalize("  1 \n2  ", "es", null).replace(" \n", "\n"));
    }

    @Test
    void veryLongNumbersAndTextDoNotThrow() {
        String digits = "9".repeat(5000);
        String out = N.normalize(digits, "es", null);
        assertTrue(out.startsWith("nueve nueve"), out.substring(0, 20));
        assertNotNull(N.normalize("1.000.".repeat(2000) + "a.b.c.".repeat(3000) + "x@".repeat(1000), "es", null));
        assertNotNull(N.normalize("#" + "1".repeat(40) + " +" + "2".repeat(40) + " 3/" + "4".repeat(30), "en", null));
    }

    @Test
    void randomUnicodeNeverThrows() {
        Random random = new Random(42); // fixed seed: a failure is reproducible
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(12);
            for (int p = 0; p < parts; p++) {
                if (random.nextBoolean()) {
                    sb.append(PIECES[random.nextInt(PIECES.length)]);
                } else {
                    sb.appendCodePoint(random.nextInt(0x2FFFF));
                }
            }
            String text = sb.toString();
            String lang = LANGS[random.nextInt(LANGS.length)];
            String out = N.normalize(text, lang, random.nextBoolean() ? null : "c");
            assertNotNull(out, text);
        }
    }

    @Test
    void eightThreadsGiveTheSameOutputAsOne() throws Exception {
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            inputs.add("Sr. Pérez, su pedido #" + (10000 + i * 37) + " de " + (i * 13) + ",50 € llega el " + (1 + i % 28) + "/0"
                    + (1 + i % 9) + " a las " + (i % 24) + ":" + String.format("%02d", i % 60) + ". Llame al +34 600 " + (100 + i) + " 456.");
        }
        List<String> expected = new ArrayList<>();
        for (String in : inputs) {
            expected.add(N.normalize(in, "es", null));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                Callable<List<String>> job = () -> {
                    List<String> out = new ArrayList<>();
                    for (int round = 0; round < 5; round++) {
                        for (String in : inputs) {
                            out.add(N.normalize(in, "es", null));
                        }
                    }
                    return out;
                };
                futures.add(pool.submit(job));
            }
            for (Future<List<String>> f : futures) {
                List<String> out = f.get();
                for (int k = 0; k < out.size(); k++) {
                    assertEquals(expected.get(k % inputs.size()), out.get(k));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

}
