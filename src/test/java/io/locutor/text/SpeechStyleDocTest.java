package io.locutor.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/speech-style.md tells script writers what the voice says; its examples are checked here against the normalizer,
 * so the page cannot promise a reading the code no longer gives.
 */
class SpeechStyleDocTest {
    private static final Path PAGE = Path.of("docs", "speech-style.md");
    private static final String EXAMPLES_HEADER = "| locale | input | reading |";
    /** A table row of three cells, the input and the reading in backticks so their spaces and full stops are exact. */
    private static final Pattern EXAMPLE = Pattern.compile("\\| ([a-z]{2}-[A-Z]{2}) \\| `([^`]+)` \\| `([^`]*)` \\|");

    @Test
    void everyExampleIsWhatTheNormalizerSays() throws Exception {
        Map<String, List<String[]>> examplesBySection = examples();
        List<String> wrong = new ArrayList<>();
        examplesBySection.forEach((section, rows) -> {
            for (String[] row : rows) {
                String said = Readings.read(row[0], row[1]);
                if (!said.equals(row[2])) {
                    wrong.add(section + " | " + row[0] + " | " + row[1] + " | page: " + row[2] + " | normalizer: " + said);
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyFamilyOfFormsHasCheckedExamples() throws Exception {
        Map<String, List<String[]>> examplesBySection = examples();
        // A section that lost its table (or a header the parser no longer recognises) would otherwise pass silently.
        for (String family : List.of("Numbers", "Money", "Units", "Times", "Dates", "Phone numbers", "References",
                "Initialisms", "Abbreviations")) {
            assertTrue(examplesBySection.entrySet().stream()
                            .anyMatch(e -> e.getKey().startsWith(family) && !e.getValue().isEmpty()),
                    "no checked example under a section starting '" + family + "'");
        }
    }

    /** Section title → its example rows (locale, input, reading); a malformed row in an example table fails the test. */
    private static Map<String, List<String[]>> examples() throws Exception {
        List<String> lines = Files.readAllLines(PAGE, StandardCharsets.UTF_8);
        Map<String, List<String[]>> bySection = new LinkedHashMap<>();
        String section = "";
        boolean inExamples = false;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                section = line.substring(3).trim();
                inExamples = false;
            } else if (line.equals(EXAMPLES_HEADER)) {
                inExamples = true;
            } else if (inExamples && line.startsWith("|---")) {
                continue;
            } else if (inExamples && line.startsWith("|")) {
                Matcher m = EXAMPLE.matcher(line);
                assertTrue(m.matches(), "example row is not | locale | `input` | `reading` |: " + line);
                bySection.computeIfAbsent(section, s -> new ArrayList<>()).add(new String[] {m.group(1), m.group(2), m.group(3)});
            } else {
                inExamples = false;
            }
        }
        return bySection;
    }
}
