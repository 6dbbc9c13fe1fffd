package io.locutor.text.bench;

import io.locutor.text.NormalizerConfig;
import io.locutor.text.TextNormalizer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Time to normalize a typical ~300-character Spanish call script (and an English one) with one shared normalizer. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NormalizerBenchmark {
    /** 300 characters with a bit of everything a call script holds. */
    static final String SPANISH = "Hola Sr. Pérez, le llamamos de ABC Corp. para informarle que su pedido #12345 está listo para "
            + "entrega el 15/07. El importe es de 125,50 € y el reparto será a las 14:30. Si lo prefiere, llame al +34 600 123 456 "
            + "o escriba a atencion@abc.es. Recuerde que tiene un descuento del 15 % hasta el 1 de agosto. Gracias.";
    static final String ENGLISH = "Hi Mr. Smith, this is ABC Corp. calling about your order #12345, which ships on 07/15/2025. "
            + "The total is $1,250.99 and delivery is at 2:30 pm. Call us at +1 800-555-0199 or write to help@abc.com. "
            + "Remember your 15% discount ends August 1. Thank you.";

    private final TextNormalizer normalizer = new TextNormalizer(NormalizerConfig.defaults());

    @Benchmark
    public String spanishScript() {
        return normalizer.normalize(SPANISH, "es", null);
    }

    @Benchmark
    public String englishScript() {
        return normalizer.normalize(ENGLISH, "en", null);
    }
}
