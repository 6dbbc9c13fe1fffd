package io.locutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Properties;

import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PropertiesComponent;
import org.junit.jupiter.api.Test;

/** A malformed or missing setting is refused naming what the operator changes: the key and its environment variable. */
class SettingsTest {

    private static Settings settings(String key, String value) {
        PropertiesComponent properties = new DefaultCamelContext().getPropertiesComponent();
        Properties initial = new Properties();
        initial.setProperty(key, value);
        properties.setInitialProperties(initial);
        return new Settings(properties);
    }

    @Test
    void aMalformedNumberNamesTheKeyAndItsVariable() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> settings("locutor.queue.max-disk-usage", "lots").integer("locutor.queue.max-disk-usage"));
        assertEquals("Setting locutor.queue.max-disk-usage (LOCUTOR_QUEUE_MAX_DISK_USAGE) must be a whole number, not \"lots\"",
                refused.getMessage());
    }

    @Test
    void aKeyNoVariableSetsIsNamedAlone() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> settings("locutor.test.only", "x").integer("locutor.test.only"));
        assertEquals("Setting locutor.test.only must be a whole number, not \"x\"", refused.getMessage());
    }

    @Test
    void aMissingSettingNamesItsVariable() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> settings("locutor.other", "1").get("locutor.queue.max-disk-usage"));
        assertEquals("Missing setting locutor.queue.max-disk-usage (LOCUTOR_QUEUE_MAX_DISK_USAGE) in application.properties",
                refused.getMessage());
    }

    @Test
    void aMalformedCampaignListNamesItsVariable() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> settings("locutor.campaigns.budgets", "ventas").campaigns("locutor.campaigns.budgets"));
        assertEquals("Setting locutor.campaigns.budgets (LOCUTOR_CAMPAIGN_BUDGETS) (campaign=value;campaign=value): "
                + "\"ventas\" is not of the form key=value", refused.getMessage());
    }
}
