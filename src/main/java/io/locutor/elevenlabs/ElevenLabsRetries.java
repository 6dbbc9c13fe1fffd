package io.locutor.elevenlabs;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The error handler's {@code onRedelivery}: each retry of an ElevenLabs call is logged with its attempt and reason
 * (never the key) and counted in {@code locutor.elevenlabs.retries{reason}}.
 */
public class ElevenLabsRetries implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(ElevenLabsRetries.class);

    private final ElevenLabsErrors errors;
    private final MeterRegistry meters;

    public ElevenLabsRetries(ElevenLabsErrors errors, MeterRegistry meters) {
        this.errors = errors;
        this.meters = meters;
    }

    @Override
    public void process(Exchange exchange) {
        Throwable failure = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String reason = failure == null ? "unknown" : errors.failure(failure).reason();
        int attempt = exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class);
        LOG.warn("Retrying ElevenLabs call: retry {} of {}, reason {}", attempt,
                exchange.getIn().getHeader(Exchange.REDELIVERY_MAX_COUNTER, "?", String.class), reason);
        meters.counter("locutor.elevenlabs.retries", "reason", reason).increment();
    }
}
