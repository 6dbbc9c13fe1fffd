package io.locutor.quota;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shapes an alert for the webhook sender (routes/alert-webhook.camel.yaml hands it to the webhook outbox, which posts it
 * after the request, on the webhooks' own HTTP client, with a {@code Locutor-Delivery-Id}, retries and replay): a JSON
 * body, and when a secret is set an {@code X-Locutor-Signature: sha256=<hex>} HMAC of the body, so the receiver can tell
 * the alert came from locutor (the secret itself never travels, nor is it written with the queued delivery).
 */
public class AlertWebhook {

    private static final Logger LOG = LoggerFactory.getLogger(AlertWebhook.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String url;
    private final String secret;

    public AlertWebhook(String url, String secret) {
        this.url = url;
        this.secret = secret;
    }

    public boolean configured() {
        return url != null && !url.isBlank();
    }

    public String url() {
        return url;
    }

    /** Whether a delivery goes to the operator's alert URL (a setting, so not a caller's target to guard against). */
    public boolean isTarget(String target) {
        return configured() && url.equals(target);
    }

    /** The alert as the JSON body to POST; its target, the alert URL, as the webhook target property. */
    public String request(@Body Map<String, Object> alert, Exchange exchange) throws JsonProcessingException {
        exchange.setProperty(WEBHOOK_TARGET, url);
        exchange.getMessage().removeHeaders("*");
        return JSON.writeValueAsString(alert);
    }

    /** {@code sha256=<hex HMAC-SHA256 of the body>}, or null without a secret. */
    public String signature(String body) {
        if (secret == null || secret.isBlank()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** An alert that cannot even be queued never fails the request that crossed the threshold; the log line and metric remain. */
    public void failed(@org.apache.camel.ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Throwable failure) {
        LOG.warn("Alert webhook not queued: {}", failure.getClass().getSimpleName());
    }

    /** The property the webhook sender reads its target from (io.locutor.notify.Webhooks.TARGET). */
    static final String WEBHOOK_TARGET = "webhookUrl";
}
