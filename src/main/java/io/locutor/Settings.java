package io.locutor;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.camel.spi.PropertiesComponent;

/**
 * Reads resolved settings for the wiring (io.locutor.wiring); a missing or malformed one is an error naming its key and,
 * where application.properties reads it from one, the environment variable an operator sets.
 */
public final class Settings {

    private final PropertiesComponent properties;
    /** Setting key to its environment variable, from the catalog of application.properties (read once, when needed). */
    private Map<String, String> variables;

    public Settings(PropertiesComponent properties) {
        this.properties = properties;
    }

    public String get(String key) {
        return properties.resolveProperty(key).map(String::trim)
                .orElseThrow(() -> new IllegalStateException("Missing setting " + named(key) + " in application.properties"));
    }

    /** The setting, or "" when application.properties does not have it. */
    public String optional(String key) {
        return properties.resolveProperty(key).map(String::trim).orElse("");
    }

    /** The setting, or the fallback when it is blank. */
    public String orDefault(String key, String fallback) {
        String value = get(key);
        return value.isBlank() ? fallback : value;
    }

    public int integer(String key) {
        String value = get(key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Setting " + named(key) + " must be a whole number, not \"" + value + "\"");
        }
    }

    public boolean bool(String key) {
        return Boolean.parseBoolean(get(key));
    }

    /** A comma-separated setting as a set of its non-blank items. */
    public Set<String> set(String key) {
        return Arrays.stream(get(key).split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    /**
     * A per-campaign setting in the one format campaign variables share: {@code name=value;name=value}
     * (e.g. {@code LOCUTOR_CAMPAIGN_BUDGETS="ventas=50000/day,1000000/month;soporte=5000/day"}).
     *
     * @throws IllegalArgumentException naming the key when an entry is not {@code name=value}
     */
    public Map<String, String> campaigns(String key) {
        Map<String, String> out = new LinkedHashMap<>();
        io.locutor.voice.VoiceConfig.pairs(get(key), ";", "Setting " + named(key) + " (campaign=value;campaign=value)")
                .forEach((campaign, value) -> out.put(campaign.toLowerCase(Locale.ROOT), value));
        return out;
    }

    /** Every setting under a prefix, keyed by the rest of its name (per-campaign lexicons, budgets, ...). */
    public Map<String, String> prefixed(String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : properties.loadProperties(k -> k.startsWith(prefix)).stringPropertyNames()) {
            out.put(name.substring(prefix.length()), get(name));
        }
        return out;
    }

    /** "locutor.x.y (LOCUTOR_X_Y)" when the key is set from an environment variable, else the key. */
    String named(String key) {
        if (variables == null) {
            variables = SettingsCatalog.load().stream().collect(Collectors.toMap(SettingsCatalog.Entry::key,
                    SettingsCatalog.Entry::variable, (first, second) -> first));
        }
        String variable = variables.get(key);
        return variable == null ? key : key + " (" + variable + ")";
    }
}
