package io.locutor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every setting an operator can change, read from {@code application.properties} itself (the one source for
 * {@code --help}, and, through a test, the README's settings table): each key whose value is
 * {@code {{env:VARIABLE:default}}}, with the comment block above it as its meaning.
 */
public final class SettingsCatalog {

    /** One setting: its key, the environment variable that sets it, its default ("" = none) and its comment. */
    public record Entry(String key, String variable, String defaultValue, String meaning) {
    }

    private static final Pattern ENV = Pattern.compile("\\{\\{env:([A-Z0-9_]+):(.*)}}");

    private SettingsCatalog() {
    }

    /**
     * The variables {@link LocutorApp} reads before any settings file exists (so no {@code {{env:...}}} line can carry
     * them): where the operator's settings and routes are.
     */
    static final List<Entry> LAUNCH = List.of(
            new Entry("(read at launch)", LocutorApp.CONFIG_VARIABLE, "", "an operator's properties file; each key in it replaces the "
                    + "packaged line (see \"Run the packaged jar\")"),
            new Entry("(read at launch)", LocutorApp.ROUTES_VARIABLE, "", "a folder whose *.camel.yaml files replace the packaged routes"),
            new Entry("(read at launch)", LocutorApp.PROFILE_VARIABLE, "", "dev: routes read from ./routes and reloaded when a file is "
                    + "saved (application-dev.properties; see \"Develop routes\")"));

    /** The launch variables, then the catalog of the packaged application.properties (else the working directory's). */
    public static List<Entry> load() {
        try (InputStream packaged = SettingsCatalog.class.getClassLoader().getResourceAsStream("application.properties")) {
            String text = packaged != null ? new String(packaged.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of("application.properties"));
            return withLaunchVariables(parse(text));
        } catch (IOException e) {
            throw new UncheckedIOException("application.properties could not be read", e);
        }
    }

    /** The launch variables first, then these settings. */
    public static List<Entry> withLaunchVariables(List<Entry> settings) {
        List<Entry> all = new ArrayList<>(LAUNCH);
        all.addAll(settings);
        return all;
    }

    public static List<Entry> parse(String properties) {
        List<Entry> entries = new ArrayList<>();
        List<String> comment = new ArrayList<>();
        boolean commentClosed = false;
        for (String raw : properties.split("\\R")) {
            String line = raw.strip();
            if (line.startsWith("##")) {
                continue;
            }
            if (line.startsWith("#")) {
                if (commentClosed) {
                    comment.clear();
                    commentClosed = false;
                }
                comment.add(line.substring(1).strip());
                continue;
            }
            if (line.isEmpty()) {
                comment.clear();
                commentClosed = false;
                continue;
            }
            commentClosed = true;
            int equals = line.indexOf('=');
            if (equals < 0) {
                continue;
            }
            Matcher env = ENV.matcher(line.substring(equals + 1).strip());
            if (env.matches()) {
                entries.add(new Entry(line.substring(0, equals).strip(), env.group(1), env.group(2),
                        String.join(" ", comment)));
            }
        }
        return entries;
    }
}
