package io.locutor.cache;

import java.net.SocketAddress;
import java.util.function.Supplier;

import io.lettuce.core.metrics.CommandLatencyRecorder;
import io.lettuce.core.metrics.MicrometerCommandLatencyRecorder;
import io.lettuce.core.metrics.MicrometerOptions;
import io.lettuce.core.protocol.ProtocolKeyword;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Redis command meters from Lettuce's own Micrometer recorder ({@code lettuce.command.completion} and
 * {@code lettuce.command.firstresponse}, by command): the connection is built before camel-main binds the meter
 * registry, so the recorder is made on the first command that finds the registry there.
 */
final class RedisCommandMeters implements CommandLatencyRecorder {

    private final Supplier<MeterRegistry> meters;
    private volatile CommandLatencyRecorder recorder;

    RedisCommandMeters(Supplier<MeterRegistry> meters) {
        this.meters = meters;
    }

    @Override
    public void recordCommandLatency(SocketAddress local, SocketAddress remote, ProtocolKeyword commandType,
                                     long firstResponseLatency, long completionLatency) {
        CommandLatencyRecorder current = recorder;
        if (current == null) {
            MeterRegistry registry = meters.get();
            if (registry == null) {
                return;
            }
            // no local/remote address tags: one series per command, not per client port
            current = new MicrometerCommandLatencyRecorder(registry, MicrometerOptions.builder()
                    .localDistinction(false).build());
            recorder = current;
        }
        current.recordCommandLatency(local, remote, commandType, firstResponseLatency, completionLatency);
    }
}
