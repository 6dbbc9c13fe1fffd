package io.locutor.notify;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.locutor.intake.Delivery;
import io.locutor.quota.AlertWebhook;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Headers;

/**
 * Shapes a webhook POST: the result as JSON, {@code X-Locutor-Timestamp} (epoch seconds) and
 * {@code X-Locutor-Signature: sha256=<hex HMAC-SHA256 of timestamp + "." + body>} with the shared secret, so the
 * receiver can check it came from locutor and is fresh. The target is checked again by the SSRF guard.
 */
public class Webhooks {

    public static final String TARGET = "webhookUrl";
    public static final String TIMESTAMP = "X-Locutor-Timestamp";
    public static final String SIGNATURE = "X-Locutor-Signature";
    /** The same on every retry and replay of one delivery: receivers drop the duplicates. */
    public static final String DELIVERY_ID_HEADER = "Locutor-Delivery-Id";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final byte[] secret;
    private final CallbackGuard guard;
    private final Clock clock;
    private final AlertWebhook alerts;

    public Webhooks(String secret, CallbackGuard guard, Clock clock) {
        this(secret, guard, clock, new AlertWebhook(null, null));
    }

    /**
     * With the operator's alert webhook: a delivery to its URL is an alert, signed as alerts are (HMAC of the body with
     * the alert secret) and not checked by the SSRF guard (the URL is a setting, not a caller's).
     */
    public Webhooks(String secret, CallbackGuard guard, Clock clock, AlertWebhook alerts) {
        this.secret = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
        this.guard = guard;
        this.clock = clock;
        this.alerts = alerts;
    }

    /** The JSON body to POST; sets the headers and the target URL (property {@code webhookUrl}). */
    public String prepare(@Body Object result, @ExchangeProperty("delivery") Delivery delivery,
                          @Headers Map<String, Object> headers, Exchange exchange) throws JsonProcessingException {
        String body = result instanceof String s ? s : JSON.writeValueAsString(result);
        String url = exchange.getProperty(TARGET, String.class);
        boolean alert = alerts.isTarget(url);
        exchange.setProperty(TARGET, alert ? url : guard.check("callback_url", url != null ? url : delivery.callbackUrl()));
        String timestamp = Long.toString(clock.instant().getEpochSecond());
        headers.clear();
        headers.put(Exchange.CONTENT_TYPE, "application/json");
        headers.put(TIMESTAMP, timestamp);
        String deliveryId = exchange.getProperty(WebhookOutbox.DELIVERY_ID, String.class);
        if (deliveryId != null && !deliveryId.isBlank()) {
            headers.put(DELIVERY_ID_HEADER, deliveryId);
        }
        if (alert) {
            String signature = alerts.signature(body);
            if (signature != null) {
                headers.put(SIGNATURE, signature);
            }
        } else if (secret.length > 0) {
            headers.put(SIGNATURE, "sha256=" + sign(timestamp, body));
        }
        return body;
    }

    String sign(String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
