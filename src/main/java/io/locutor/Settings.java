package io.locutor;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.camel.spi.PropertiesComponent;

/** Reads resolved settings for the wiring (io.locutor.wiring); a missing or malformed one is an error naming its key. */
public final class Settings {

    private final PropertiesComponent properties;

    public Settings(PropertiesComponent properties) {
        this.properties = properties;
    }

    public String get(String key) {
        return properties.resolveProperty(key).map(String::trim)
                .orElseThrow(() -> new IllegalStateException("Missing setting " + key + " in application.properties"));
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
            throw new IllegalStateException("Setting " + key + " must be a whole number, not \"" + value + "\"");
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
        io.locutor.voice.VoiceConfig.pairs(get(key), ";", "Setting " + key + " (campaign=value;campaign=value)")
                .forEach((campaign, value) -> out.put(campaign.toLowerCase(java.util.Locale.ROOT), value));
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
}
