package io.locutor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.camel.main.Main;

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
    static final String PACKAGED_SETTINGS = "classpath:application.properties";

    private LocutorApp() {
    }

    public static void main(String[] args) throws Exception {
        Main main;
        try {
            main = newMain(System.getenv());
        } catch (IllegalArgumentException badSetting) {
            System.err.println("locutor: " + badSetting.getMessage());
            System.exit(2);
            return;
        }
        int exitCode = main.run(args);
        if (exitCode != 0) {
            System.exit(exitCode);
        }
    }

    /**
     * The one way locutor boots, used by {@link #main} and by the tests: {@code io.locutor} is scanned for its
     * configuration classes, so each is run (and each bean built) once.
     *
     * @throws IllegalArgumentException naming the variable when LOCUTOR_CONFIG or LOCUTOR_ROUTES is unusable
     */
    public static Main newMain(Map<String, String> environment) {
        Main main = new Main(LocutorApp.class);
        main.setDefaultPropertyPlaceholderLocation(settingsLocations(environment));
        String routes = environment.getOrDefault(ROUTES_VARIABLE, "").trim();
        if (!routes.isEmpty()) {
            if (!Files.isDirectory(Path.of(routes))) {
                throw new IllegalArgumentException(ROUTES_VARIABLE + "=" + routes + " is not a readable folder of *.camel.yaml routes");
            }
            main.addOverrideProperty("camel.main.routes-include-pattern", "file:" + Path.of(routes).toAbsolutePath() + "/*.camel.yaml");
        }
        return main;
    }

    /** The packaged defaults, then the operator's file when LOCUTOR_CONFIG names one (later locations win). */
    public static String settingsLocations(Map<String, String> environment) {
        String config = environment.getOrDefault(CONFIG_VARIABLE, "").trim();
        if (config.isEmpty()) {
            return PACKAGED_SETTINGS;
        }
        Path file = Path.of(config);
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException(CONFIG_VARIABLE + "=" + config + " is not a readable properties file");
        }
        return PACKAGED_SETTINGS + ",file:" + file.toAbsolutePath();
    }
}
