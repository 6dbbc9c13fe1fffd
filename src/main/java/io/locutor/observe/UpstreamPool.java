package io.locutor.observe;

import java.util.List;

import org.apache.camel.CamelContext;
import org.apache.camel.component.http.HttpComponent;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.core5.pool.PoolStats;

/** The ElevenLabs connection pool's state (http and https components), read for the concurrency gauges. */
public class UpstreamPool {

    private final CamelContext camel;

    public UpstreamPool(CamelContext camel) {
        this.camel = camel;
    }

    public double leased() {
        return stats().stream().mapToInt(PoolStats::getLeased).sum();
    }

    public double available() {
        return stats().stream().mapToInt(PoolStats::getAvailable).sum();
    }

    public double max() {
        return stats().stream().mapToInt(PoolStats::getMax).sum();
    }

    public double pending() {
        return stats().stream().mapToInt(PoolStats::getPending).sum();
    }

    private List<PoolStats> stats() {
        return List.of("http", "https").stream()
                .map(scheme -> camel.getComponent(scheme, HttpComponent.class).getClientConnectionManager())
                .filter(PoolingHttpClientConnectionManager.class::isInstance)
                .map(m -> ((PoolingHttpClientConnectionManager) m).getTotalStats())
                .toList();
    }
}
