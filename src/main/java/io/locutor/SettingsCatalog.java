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

    /** The catalog of the application.properties packaged in the jar (else the one in the working directory). */
    public static List<Entry> load() {
        try (InputStream packaged = SettingsCatalog.class.getClassLoader().getResourceAsStream("application.properties")) {
            if (packaged != null) {
                return parse(new String(packaged.readAllBytes(), StandardCharsets.UTF_8));
            }
            return parse(Files.readString(Path.of("application.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException("application.properties could not be read", e);
        }
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
