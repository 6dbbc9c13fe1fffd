package io.locutor;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --help} and the README's settings table both come from application.properties: help lists every setting,
 * and the README has a row for every variable (and none for a variable that does not exist), with the same default.
 */
class SettingsHelpTest {

    private static final Pattern VARIABLE = Pattern.compile("`([A-Z][A-Z0-9_]+)`");

    @Test
    void helpListsEverySettingWithItsVariableDefaultAndMeaning() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(SettingsHelp.printIfAsked(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8)));
        String help = out.toString(StandardCharsets.UTF_8);
        List<SettingsCatalog.Entry> catalog = SettingsCatalog.load();
        assertTrue(catalog.size() > 80, "the catalog found only " + catalog.size() + " settings");
        for (SettingsCatalog.Entry entry : catalog) {
            assertTrue(help.lines().anyMatch(l -> l.contains(entry.variable()) && l.contains(entry.key())
                    && l.contains(entry.defaultValue().isEmpty() ? "(none)" : entry.defaultValue())), entry.toString());
            assertFalse(entry.meaning().isBlank(), "no comment above " + entry.key());
            assertTrue(help.contains(entry.meaning()), entry.key());
        }
        assertFalse(SettingsHelp.printIfAsked(new String[] {}, new PrintStream(out)));
    }

    @Test
    void readmeSettingsTableMatchesApplicationProperties() throws Exception {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (SettingsCatalog.Entry entry : SettingsCatalog.withLaunchVariables(SettingsCatalog.parse(Files.readString(Path.of("application.properties"))))) {
            defaults.putIfAbsent(entry.variable(), entry.defaultValue());
        }
        TreeSet<String> documented = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (String row : settingsRows()) {
            String[] cells = row.split("(?<!\\\\)\\|");
            Matcher names = VARIABLE.matcher(cells[1]);
            List<String> inRow = new ArrayList<>();
            while (names.find()) {
                inRow.add(names.group(1));
            }
            documented.addAll(inRow);
            inRow.stream().filter(v -> !defaults.containsKey(v)).forEach(v -> wrong.add(v + ": in the README, not a setting"));
            String shown = cells[2].strip();
            if (inRow.size() == 1 && defaults.containsKey(inRow.get(0))) {
                String actual = defaults.get(inRow.get(0));
                // a blank default may be described by what it stands for, e.g. `<data>/inbox`
                boolean described = actual.isEmpty() && shown.contains("<");
                if (shown.equals("(none)") ? !actual.isEmpty()
                        : shown.matches("`[^`]*`") && !described && !shown.equals("`" + actual + "`")) {
                    wrong.add(inRow.get(0) + ": README default " + shown + ", application.properties " + actual);
                }
            }
        }
        defaults.keySet().stream().filter(v -> !documented.contains(v)).forEach(v -> wrong.add(v + ": no README row"));
        assertEquals(List.of(), wrong);
    }

    private static List<String> settingsRows() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("## Settings");
        assertTrue(start >= 0, "README has no Settings section");
        List<String> rows = new ArrayList<>();
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String line = lines.get(i);
            if (line.startsWith("| ") && !line.startsWith("| variable")) {
                rows.add(line);
            }
        }
        return rows;
    }
}
