package io.locutor.quota;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Budgets as a container user sets them: LOCUTOR_CAMPAIGN_BUDGETS, over the properties file's keys. */
class QuotaConfigTest {

    @Test
    void environmentBudgetsAddCampaignsAndWinOverTheFilesKeys() {
        QuotaConfig config = QuotaConfig.parse(Map.of("ventas.daily", "100", "encuestas.monthly", "900"),
                Map.of("ventas", "50000/day, 1000000/month", "soporte", "5000/daily"), "80,100");
        assertEquals(50000L, config.budget(Period.DAILY, "ventas").orElseThrow());
        assertEquals(1000000L, config.budget(Period.MONTHLY, "ventas").orElseThrow());
        assertEquals(5000L, config.budget(Period.DAILY, "soporte").orElseThrow());
        assertEquals(900L, config.budget(Period.MONTHLY, "encuestas").orElseThrow());
        assertTrue(config.budget(Period.MONTHLY, "soporte").isEmpty());
    }

    @Test
    void aMalformedBudgetNamesTheVariableAndTheExpectedForm() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> QuotaConfig.parse(Map.of(), Map.of("ventas", "50k per day"), "80"));
        assertTrue(e.getMessage().contains("LOCUTOR_CAMPAIGN_BUDGETS") && e.getMessage().contains("ventas=50000/day"), e.getMessage());
    }
}
