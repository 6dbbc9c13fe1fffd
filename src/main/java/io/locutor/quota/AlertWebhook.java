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
import org.apache.camel.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shapes the alert POST: a JSON body, and when a secret is set an {@code X-Locutor-Signature: sha256=<hex>} HMAC of the
 * body, so the receiver can tell the alert came from locutor (the secret itself never travels).
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

    public String request(@Body Map<String, Object> alert, @Headers Map<String, Object> headers)
            throws JsonProcessingException, GeneralSecurityException {
        String body = JSON.writeValueAsString(alert);
        headers.clear();
        headers.put(Exchange.HTTP_METHOD, "POST");
        headers.put(Exchange.CONTENT_TYPE, "application/json");
        if (secret != null && !secret.isBlank()) {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            headers.put("X-Locutor-Signature", "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8))));
        }
        return body;
    }

    /** A webhook that fails never fails the request that crossed the threshold; the log line and metric remain. */
    public void failed(@org.apache.camel.ExchangeProperty(Exchange.EXCEPTION_CAUGHT) Throwable failure) {
        String what = failure instanceof org.apache.camel.http.base.HttpOperationFailedException http
                ? "it answered " + http.getStatusCode() : failure.getClass().getSimpleName();
        LOG.warn("Alert webhook not delivered: {}", what);
    }
}
