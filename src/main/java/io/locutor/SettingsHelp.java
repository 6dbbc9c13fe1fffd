package io.locutor;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code java -jar locutor.jar --help} (or {@code help}): every locutor setting, its variable, default and meaning. */
public final class SettingsHelp {

    private static final Set<String> ASKS = Set.of("--help", "-h", "help");

    private SettingsHelp() {
    }

    /** Prints the settings when the first argument asks for help; answers whether it did (main then stops). */
    public static boolean printIfAsked(String[] args, PrintStream out) {
        if (args.length == 0 || !ASKS.contains(args[0])) {
            return false;
        }
        print(out);
        return true;
    }

    public static void print(PrintStream out) {
        out.println("locutor: call-script text to ElevenLabs speech (REST, watched folder, queue).");
        out.println("Usage: java -jar locutor.jar   (each setting comes from its environment variable, else its default)");
        String group = null;
        List<SettingsCatalog.Entry> entries = SettingsCatalog.load();
        int width = entries.stream().mapToInt(e -> e.variable().length()).max().orElse(20) + 2;
        for (SettingsCatalog.Entry entry : entries) {
            if (!entry.meaning().equals(group)) {
                group = entry.meaning();
                out.println();
                out.println(group.isEmpty() ? "(other)" : group);
            }
            out.printf("  %-" + width + "s default %-24s %s%n", entry.variable(),
                    entry.defaultValue().isEmpty() ? "(none)" : entry.defaultValue(), entry.key());
        }
    }
}
