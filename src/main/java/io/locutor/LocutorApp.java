package io.locutor;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;

import io.locutor.wiring.LocutorWiring;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainConfigurationProperties;

/**
 * Starts locutor. Settings are the {@code application.properties} packaged in the jar, overridden by environment
 * variables and, when {@code LOCUTOR_CONFIG} names one, by an operator's properties file; routes are the packaged
 * {@code routes/}, or the {@code *.camel.yaml} files of the folder {@code LOCUTOR_ROUTES} names.
 */
public final class LocutorApp {

    /** An operator's properties file: its keys win over the packaged defaults. */
    public static final String CONFIG_VARIABLE = "LOCUTOR_CONFIG";
    /** An operator's routes folder: its {@code *.camel.yaml} files replace the packaged routes. */
    public static final String ROUTES_VARIABLE = "LOCUTOR_ROUTES";
    /** A settings profile: {@code dev} reads the routes from ./routes and reloads each route file when it is saved. */
    public static final String PROFILE_VARIABLE = "LOCUTOR_PROFILE";
    static final String PACKAGED_SETTINGS = "classpath:application.properties";
    private static final String ROUTES_PATTERN = "camel.main.routes-include-pattern";

    private LocutorApp() {
    }

    public static void main(String[] args) {
        if (SettingsHelp.printIfAsked(args, System.out)) {
            return;
        }
        int exitCode;
        try {
            exitCode = newMain(System.getenv()).run(args);
        } catch (Exception failure) {
            // One line an operator can act on (the settings' errors name their variable), not a stack trace.
            System.err.println("locutor did not start: " + reason(failure));
            exitCode = 2;
        }
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /** The message of the first settings error in the chain (ours name their variable), else of the root cause. */
    static String reason(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if ((t instanceof IllegalStateException || t instanceof IllegalArgumentException) && t.getMessage() != null) {
                return t.getMessage();
            }
            root = t;
        }
        return root.getMessage() != null ? root.getMessage() : "an unexpected error (run with DEBUG logging for details)";
    }

    /**
     * The one way locutor boots, used by {@link #main} and by the tests: its one configuration class, once.
     *
     * @throws IllegalArgumentException naming the variable when LOCUTOR_CONFIG or LOCUTOR_ROUTES is unusable
     */
    public static Main newMain(Map<String, String> environment) {
        Main main = new Main(); // no main class: Camel would scan its package as well as run the list
        configure(main.configure());
        main.setDefaultPropertyPlaceholderLocation(PACKAGED_SETTINGS);
        Properties operator = profileSettings(environment);
        operator.putAll(operatorSettings(environment)); // an operator's file wins over the profile's lines
        operator.forEach((key, value) -> main.addOverrideProperty(key.toString(), value.toString()));
        String routes = environment.getOrDefault(ROUTES_VARIABLE, "").trim();
        if (!routes.isEmpty()) {
            if (!Files.isDirectory(Path.of(routes))) {
                throw new IllegalArgumentException(ROUTES_VARIABLE + "=" + routes + " is not a readable folder of *.camel.yaml routes");
            }
            main.addOverrideProperty(ROUTES_PATTERN, "file:" + Path.of(routes).toAbsolutePath() + "/*.camel.yaml");
        } else if (!operator.containsKey(ROUTES_PATTERN)) {
            packagedRoutes().ifPresent(list -> main.addOverrideProperty(ROUTES_PATTERN, list));
        }
        return main;
    }

    /**
     * The packaged routes by name, read from the jar's directory: the wildcard in application.properties makes Camel
     * read through every entry of the 100 MB jar, 2.5 s of a 5.5 s start (bench/README.md). Empty when locutor does not
     * run from a jar (the wildcard is cheap on a folder).
     */
    static Optional<String> packagedRoutes() {
        try {
            Path source = Path.of(LocutorApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(source)) {
                return Optional.empty();
            }
            try (JarFile jar = new JarFile(source.toFile())) {
                String list = jar.stream().map(ZipEntry::getName)
                        .filter(name -> name.startsWith("routes/") && name.endsWith(".camel.yaml"))
                        .sorted().map(name -> "classpath:" + name).collect(Collectors.joining(","));
                return list.isEmpty() ? Optional.empty() : Optional.of(list);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty(); // the wildcard still finds them, more slowly
        }
    }

    /**
     * locutor's configuration: the one composition root, {@link LocutorWiring}, which wires every domain in order (a
     * new bean goes into its domain's wiring unit, not a new configuration class). Not a package scan: in the packaged
     * jar that reads every entry of the whole jar at each start, about a quarter of the cold start (bench/README.md).
     */
    public static void configure(MainConfigurationProperties main) {
        main.addConfiguration(LocutorWiring.class);
    }

    /** The packaged settings' location, for test supports that boot through Camel's own test main. */
    public static String settingsLocations() {
        return PACKAGED_SETTINGS;
    }

    /**
     * The keys of the packaged {@code application-<profile>.properties} LOCUTOR_PROFILE names (each replaces the packaged
     * line of the same key). Empty when the variable is not set.
     *
     * @throws IllegalArgumentException naming the variable when no such profile is packaged
     */
    static Properties profileSettings(Map<String, String> environment) {
        Properties settings = new Properties();
        String profile = environment.getOrDefault(PROFILE_VARIABLE, "").trim();
        if (profile.isEmpty()) {
            return settings;
        }
        String name = "application-" + profile + ".properties";
        try (InputStream packaged = profile.matches("[a-z0-9-]+") ? LocutorApp.class.getClassLoader().getResourceAsStream(name) : null) {
            if (packaged == null) {
                throw new IllegalArgumentException(PROFILE_VARIABLE + "=" + profile + " is not a profile (known: dev)");
            }
            settings.load(new InputStreamReader(packaged, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException(PROFILE_VARIABLE + "=" + profile + ": " + name + " could not be read");
        }
        return settings;
    }

    /**
     * The keys of the file LOCUTOR_CONFIG names: each replaces the packaged line of the same key (a value may itself
     * be {@code {{env:NAME:default}}}). Empty when the variable is not set.
     */
    static Properties operatorSettings(Map<String, String> environment) {
        Properties settings = new Properties();
        String config = environment.getOrDefault(CONFIG_VARIABLE, "").trim();
        if (config.isEmpty()) {
            return settings;
        }
        try (Reader file = Files.newBufferedReader(Path.of(config), StandardCharsets.UTF_8)) {
            settings.load(file);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(CONFIG_VARIABLE + "=" + config + " is not a readable properties file");
        }
        return settings;
    }
}
