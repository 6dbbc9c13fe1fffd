package io.locutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Measures the normalizer against NeMo's test cases (tn/nemo_es.tsv, tn/nemo_en.tsv; see tn/SOURCE.md) and fails
 * when a category's accuracy drops below its level in tn/ratchet.properties (raise the level there as it improves).
 *
 * <p>An output is right when it equals one of the {@code ~}-separated expected forms after {@link #comparable}:
 * lower case (Locale.ROOT), every character that is not a letter, digit or whitespace replaced by a space (so
 * punctuation and hyphens do not count: "twenty-one" = "twenty one", "Hola, Señor" = "hola señor"), runs of
 * whitespace collapsed to one space, trimmed. Accents count ("dolar" ≠ "dólar").
 *
 * <p>Rows listed in tn/deviations.tsv are readings locutor makes differently on purpose: they are asserted against
 * locutor's reading (this test fails if that reading changes) and counted as right in the accuracy, and reported
 * separately. Run with {@code -Dtn.verbose=true} to print every miss.
 */
class NemoSuiteTest {
    /** On the corpus's day (see {@link Readings#CORPUS_DAY}): a measure must not change next year. */
    private static final TextNormalizer NORMALIZER = new TextNormalizer(NormalizerConfig.defaults().withClock(Readings.CORPUS_DAY));

    record Row(String category, String input, List<String> expected) {
    }

    record Deviation(String language, String category, String input, String locutorReading, String reason) {
    }

    static String comparable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(Character.isLetterOrDigit(c) || Character.isWhitespace(c) ? c : ' ');
        }
        return sb.toString().toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
    }

    @Test
    void spanishMeetsRatchet() throws IOException {
        check("es", "tn/nemo_es.tsv");
    }

    @Test
    void englishMeetsRatchet() throws IOException {
        check("en", "tn/nemo_en.tsv");
    }

    /**
     * Real Spanish sentences (tn/proteno_es.tsv, CC BY-SA 3.0, see tn/SOURCE.md), compared with spaces removed because
     * the human references sometimes glue words ("dieciséispor ciento"). Split by a fixed rule: data row i (0-based)
     * with i even is the tuning half, odd the held-out half; each half has its own minimum in tn/ratchet.properties.
     * Tuning rows whose reference is wrong or in a style locutor does not follow are listed in tn/deviations.tsv (language
     * "proteno") with locutor's reading and the reason: reported apart, still counted as misses in the ratchet figures.
     */
    @Test
    void realSpanishSentencesMeetRatchet() throws IOException {
        List<Row> rows = readSuite("tn/proteno_es.tsv");
        assertEquals(2230, rows.size(), "tn/proteno_es.tsv should hold 2,230 sentences");
        // Proteno's text mixes conventions (thousands "35.000" 72 times and "6,500" 8 times in the tuning half, decimals
        // "97.1" with a dot): Spain's grouping dominates, so it is read as "es" (es-ES). -Dtn.protenoLocale=es-MX shows the
        // figures under another locale (the ratchet then applies as well).
        measureHalves("proteno", System.getProperty("tn.protenoLocale", "es"), rows, s -> comparable(s).replace(" ", ""));
    }

    /**
     * Call-script sentences written for locutor: every tn/calls_*.tsv on the test classpath, found by name so a new
     * batch needs no edit here. tn/calls_tuning.tsv is tuned on; each tn/calls_heldoutN.tsv (Spanish) and
     * tn/calls_heldoutN_en.tsv (en-US, en-GB) was written apart, by a helper that never saw the normalizer, committed
     * before any run and measured once before anyone tuned on it (tn/SOURCE.md tells each batch's story). Each row names
     * its locale, passed to the normalizer as the request's language. Compared like the NeMo suite (case and
     * punctuation ignored). Levels per file and language in tn/ratchet.properties: calls.<set>.es, calls.<set>.en. A set
     * with no level yet is printed in full and fails the test at the end, so its first measure is read before its level
     * is recorded.
     */
    @Test
    void callScriptsMeetRatchet() throws IOException {
        Properties ratchet = new Properties();
        try (InputStream in = resource("tn/ratchet.properties")) {
            ratchet.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> below = new ArrayList<>();
        List<String> unrecorded = new ArrayList<>();
        int rows = 0;
        for (String set : callScriptSets()) {
            Map<String, int[]> counts = new TreeMap<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(resource("tn/calls_" + set + ".tsv"), StandardCharsets.UTF_8))) {
                assertEquals("locale\tkind\tinput\texpected", r.readLine());
                String line;
                while ((line = r.readLine()) != null) {
                    String[] f = line.split("\t", -1);
                    assertEquals(4, f.length, "tn/calls_" + set + ".tsv row needs locale, kind, input, expected: " + line);
                    String actual = NORMALIZER.normalize(f[2], f[0], null);
                    boolean right = List.of(f[3].split("~")).stream().anyMatch(e -> comparable(e).equals(comparable(actual)));
                    for (String key : List.of(f[0].substring(0, 2), f[0], f[0] + " " + f[1])) {
                        int[] c = counts.computeIfAbsent(key, k -> new int[2]);
                        c[0]++;
                        c[1] += right ? 1 : 0;
                    }
                    rows++;
                    if (!right && Boolean.getBoolean("tn.verbose") && (set.equals("tuning") || Boolean.getBoolean("tn.showHeldOut"))) {
                        System.out.println("MISS calls " + set + " " + f[0] + " " + f[1] + " | " + f[2] + " | " + f[3].split("~")[0] + " | got: " + actual);
                    }
                }
            }
            for (Map.Entry<String, int[]> e : counts.entrySet()) {
                int[] c = e.getValue();
                double accuracy = (double) c[1] / c[0];
                System.out.printf(Locale.ROOT, "calls %-8s %-22s %4d rows %4d right %6.1f%%%n", set, e.getKey(), c[0], c[1], accuracy * 100);
                if (e.getKey().length() == 2) {
                    String key = "calls." + set + "." + e.getKey();
                    String min = ratchet.getProperty(key);
                    if (min == null) {
                        unrecorded.add(key);
                    } else if (accuracy + 1e-9 < Double.parseDouble(min)) {
                        below.add(key + " = " + accuracy + " < " + min);
                    }
                }
            }
        }
        assertTrue(rows >= 150, "the call-script corpus should keep at least 150 sentences; it has " + rows);
        assertTrue(below.isEmpty(), "accuracy fell below tn/ratchet.properties:\n" + String.join("\n", below));
        assertTrue(unrecorded.isEmpty(), "no level recorded in tn/ratchet.properties for " + unrecorded);
        // A level whose set has no file measures nothing: a batch's rows left out of a merge (it happened once, with
        // its ratchet merged) would pass silently.
        List<String> sets = callScriptSets();
        List<String> orphaned = ratchet.stringPropertyNames().stream().filter(k -> k.startsWith("calls."))
                .filter(k -> !sets.contains(k.substring("calls.".length(), k.lastIndexOf('.')))).sorted().toList();
        assertTrue(orphaned.isEmpty(), "levels in tn/ratchet.properties for call-script sets with no tn/calls_<set>.tsv: " + orphaned);
    }

    /** The call-script sets (tn/calls_<set>.tsv), tuning first, then the held-out batches in the order written. */
    static List<String> callScriptSets() throws IOException {
        try (Stream<Path> files = Files.list(resourceFolder("tn"))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("calls_") && n.endsWith(".tsv"))
                    .map(n -> n.substring("calls_".length(), n.length() - ".tsv".length()))
                    .sorted(Comparator.comparingInt(NemoSuiteTest::batchNumber).thenComparing(set -> set.endsWith("_en")))
                    .toList();
        }
    }

    /** "tuning" 0, "heldout" 1, "heldout27" and "heldout26_en" 27: Spanish batch N and English batch N-1 were written together. */
    private static int batchNumber(String set) {
        if (set.equals("tuning")) {
            return 0;
        }
        String digits = set.replaceAll("\\D", "");
        return digits.isEmpty() ? 1 : Integer.parseInt(digits) + (set.endsWith("_en") ? 1 : 0);
    }

    static Path resourceFolder(String name) {
        try {
            return Path.of(NemoSuiteTest.class.getClassLoader().getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Measures {@code rows} in two halves (even rows: tuning, odd rows: held out) against the levels
     * {@code <name>.tuning} and {@code <name>.heldout} in tn/ratchet.properties.
     */
    static void measureHalves(String name, String language, List<Row> rows, java.util.function.UnaryOperator<String> norm) throws IOException {
        Properties ratchet = new Properties();
        try (InputStream in = resource("tn/ratchet.properties")) {
            ratchet.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        boolean verbose = Boolean.getBoolean("tn.verbose");
        // Rows of the tuning half where the reference itself is wrong or reads in a style locutor does not follow, listed
        // in tn/deviations.tsv under language "<name>": asserted against locutor's reading and counted apart, never as right.
        Map<String, Deviation> deviations = new HashMap<>();
        for (Deviation d : readDeviations()) {
            if (d.language().equals(name)) {
                deviations.put(d.input(), d);
            }
        }
        List<String> deviationFailures = new ArrayList<>();
        int documented = 0;
        int[] total = new int[2];
        int[] right = new int[2];
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            int half = i % 2;
            String actual = NORMALIZER.normalize(row.input(), language, null);
            total[half]++;
            String got = norm.apply(actual);
            Deviation d = deviations.remove(row.input());
            assertTrue(d == null || half == 0, "tn/deviations.tsv may only list rows of the tuning half: " + row.input());
            if (row.expected().stream().anyMatch(e -> norm.apply(e).equals(got))) {
                right[half]++;
                assertTrue(d == null, "tn/deviations.tsv lists a " + name + " row the normalizer now reads as the reference: " + row.input());
            } else if (d != null) {
                documented++;
                if (!norm.apply(d.locutorReading()).equals(got)) {
                    deviationFailures.add(row.input() + " | listed: " + d.locutorReading() + " | got: " + actual);
                }
            } else if (verbose && (half == 0 || Boolean.getBoolean("tn.showHeldOut"))) {
                System.out.println("MISS " + name + (half == 0 ? " tuning" : " heldout") + " | " + row.input() + " | "
                        + row.expected().get(0) + " | got: " + actual);
            }
        }
        if (documented > 0) {
            System.out.printf(Locale.ROOT, "%s tuning: %d misses documented in tn/deviations.tsv (reference errors and styles); right or documented: %.1f%%%n",
                    name, documented, (right[0] + documented) * 100.0 / total[0]);
        }
        List<String> below = new ArrayList<>();
        String[] halves = {"tuning", "heldout"};
        for (int h = 0; h < 2; h++) {
            double accuracy = (double) right[h] / total[h];
            String key = name + "." + halves[h];
            String min = ratchet.getProperty(key);
            assertNotNull(min, "no level recorded for " + key + " in tn/ratchet.properties");
            System.out.printf(Locale.ROOT, "%s %-8s %5d rows %5d right %6.1f%% (min %5.1f%%)%n", name, halves[h], total[h], right[h],
                    accuracy * 100, Double.parseDouble(min) * 100);
            if (accuracy + 1e-9 < Double.parseDouble(min)) {
                below.add(key + " = " + accuracy + " < " + min);
            }
        }
        assertTrue(deviations.isEmpty(), "tn/deviations.tsv lists " + name + " rows that are not in the suite: " + deviations.keySet());
        assertTrue(deviationFailures.isEmpty(), "deliberate readings in tn/deviations.tsv no longer produced:\n" + String.join("\n", deviationFailures));
        assertTrue(below.isEmpty(), "accuracy fell below tn/ratchet.properties:\n" + String.join("\n", below));
    }

    private void check(String language, String resource) throws IOException {
        List<Row> rows = readSuite(resource);
        Map<String, Deviation> deviations = new HashMap<>();
        for (Deviation d : readDeviations()) {
            if (d.language().equals(language)) {
                deviations.put(d.category() + "\t" + d.input(), d);
            }
        }
        Properties ratchet = new Properties();
        try (InputStream in = resource("tn/ratchet.properties")) {
            ratchet.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        boolean verbose = Boolean.getBoolean("tn.verbose");
        Map<String, int[]> counts = new TreeMap<>(); // total, nemoAgree, deliberate, right
        List<String> deviationFailures = new ArrayList<>();
        int usedDeviations = 0;
        for (Row row : rows) {
            String actual = NORMALIZER.normalize(row.input(), language, null);
            int[] c = counts.computeIfAbsent(row.category(), k -> new int[4]);
            c[0]++;
            boolean agrees = row.expected().stream().anyMatch(e -> comparable(e).equals(comparable(actual)));
            Deviation d = deviations.get(row.category() + "\t" + row.input());
            if (agrees) {
                c[1]++;
                c[3]++;
            } else if (d != null) {
                usedDeviations++;
                c[2]++;
                if (comparable(d.locutorReading()).equals(comparable(actual))) {
                    c[3]++;
                } else {
                    deviationFailures.add(row.category() + " | " + row.input() + " | listed: " + d.locutorReading() + " | got: " + actual);
                }
            } else if (verbose) {
                System.out.println("MISS " + language + " " + row.category() + " | " + row.input() + " | " + row.expected().get(0) + " | got: " + actual);
            }
        }
        StringBuilder table = new StringBuilder();
        table.append(String.format("%n%s  %-22s %6s %8s %10s %9s %8s%n", language, "category", "rows", "nemo", "deliberate", "accuracy", "min"));
        List<String> belowRatchet = new ArrayList<>();
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            double accuracy = (double) c[3] / c[0];
            String key = language + "." + e.getKey();
            String min = ratchet.getProperty(key);
            assertNotNull(min, "no level recorded for " + key + " in tn/ratchet.properties");
            table.append(String.format(Locale.ROOT, "%s  %-22s %6d %8d %10d %8.1f%% %7.1f%%%n", language, e.getKey(), c[0], c[1], c[2],
                    accuracy * 100, Double.parseDouble(min) * 100));
            if (accuracy + 1e-9 < Double.parseDouble(min)) {
                belowRatchet.add(key + " = " + accuracy + " < " + min);
            }
        }
        int all = counts.values().stream().mapToInt(c -> c[0]).sum();
        int allRight = counts.values().stream().mapToInt(c -> c[3]).sum();
        int allNemo = counts.values().stream().mapToInt(c -> c[1]).sum();
        table.append(String.format(Locale.ROOT, "%s  %-22s %6d %8d %10s %8.1f%%%n", language, "ALL", all, allNemo, "", allRight * 100.0 / all));
        System.out.println(table);
        assertTrue(deviationFailures.isEmpty(), "deliberate readings in tn/deviations.tsv no longer produced:\n"
                + String.join("\n", deviationFailures));
        assertTrue(belowRatchet.isEmpty(), "accuracy fell below tn/ratchet.properties:\n" + String.join("\n", belowRatchet));
        // A deviation that matches no row (or a row NeMo now agrees with) is stale: keep the list honest.
        long listed = deviations.size();
        assertEquals(listed, usedDeviations, "tn/deviations.tsv lists " + language + " rows that are not (or no longer) deviations");
    }

    static List<Row> readSuite(String resource) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource(resource), StandardCharsets.UTF_8))) {
            String header = r.readLine();
            assertEquals("category\tinput\texpected", header);
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length != 3) {
                    continue;
                }
                rows.add(new Row(f[0], f[1], List.of(f[2].split("~", -1))));
            }
        }
        return rows;
    }

    static List<Deviation> readDeviations() throws IOException {
        List<Deviation> list = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(resource("tn/deviations.tsv"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("language\t")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                assertEquals(5, f.length, "tn/deviations.tsv row needs language, category, input, locutor reading, reason: " + line);
                assertTrue(!f[4].isBlank(), "every deviation needs a reason: " + line);
                list.add(new Deviation(f[0], f[1], f[2], f[3], f[4]));
            }
        }
        return list;
    }

    static InputStream resource(String name) {
        InputStream in = NemoSuiteTest.class.getClassLoader().getResourceAsStream(name);
        assertNotNull(in, name + " is missing from the test classpath");
        return in;
    }
}
