package io.locutor.wiring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.locutor.LocutorApp;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainConfigurationProperties;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * The shape of the wiring (docs/ARCHITECTURE.md, "Wiring"): one composition root, and beans handed to each other as
 * arguments, never found in the registry. That every bean a route names is bound, with the method it calls, is
 * ConventionsTest's.
 */
class WiringTest {

    private static final Path MAIN = Path.of("src/main/java");
    /** Registry searches: by name, by type, or both. */
    private static final Pattern LOOKUP = Pattern.compile("\\b(lookupByName|lookupByNameAndType|findByType|findSingleByType|findByTypeWithName)\\s*\\(");
    /** The one search allowed: the meter registry camel-main binds, found once by the root. */
    private static final Set<String> MAY_LOOK_UP = Set.of("io/locutor/observe/MeterRegistries.java");
    private static final Pattern SUPPLIER = Pattern.compile("Supplier<\\s*([A-Z][A-Za-z0-9_]*)\\s*>");
    private static final Pattern CONFIGURATION = Pattern.compile("implements[^{]*\\bCamelConfiguration\\b");

    @Test
    void theCompositionRootIsTheOneConfigurationClass() throws IOException {
        MainConfigurationProperties main = new MainConfigurationProperties();
        LocutorApp.configure(main);
        assertEquals(LocutorWiring.class.getName(), main.getConfigurationClasses());
        assertEquals(List.of(), main.getConfigurations());
        // and no other class is one, for a package scan or a second list to pick up
        assertEquals(List.of("io/locutor/wiring/LocutorWiring.java"), sourcesMatching(CONFIGURATION));
    }

    @Test
    void noClassLooksABeanUpInTheRegistry() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path source : sources()) {
            String name = MAIN.relativize(source).toString();
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                Matcher lookup = LOOKUP.matcher(lines.get(i));
                if (lookup.find() && !MAY_LOOK_UP.contains(name)) {
                    wrong.add(name + ":" + (i + 1) + " calls " + lookup.group(1)
                            + ": take the bean as an argument, from its domain's wiring unit (io.locutor.wiring)");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void noClassTakesASupplierOfOneOfLocutorsBeans() throws IOException {
        Set<String> ours = sources().stream().map(p -> p.getFileName().toString().replace(".java", "")).collect(Collectors.toSet());
        List<String> wrong = new ArrayList<>();
        for (Path source : sources()) {
            Matcher supplier = SUPPLIER.matcher(Files.readString(source));
            while (supplier.find()) {
                if (ours.contains(supplier.group(1))) {
                    wrong.add(MAIN.relativize(source) + " defers a " + supplier.group(1) + " through a Supplier: the root builds"
                            + " it first and passes it");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * Why the meter registry needs no Supplier: camel-main binds the one {@code camel.metrics.*} configures before it
     * runs any configuration class (MeterRegistries.bound). A Camel upgrade that changed this fails here, not as
     * meters silently counted in a registry nobody scrapes.
     */
    @Test
    void camelMainBindsTheMeterRegistryBeforeConfigurationClassesRun() throws Exception {
        AtomicReference<MeterRegistry> seen = new AtomicReference<>();
        Main main = new Main();
        main.setDefaultPropertyPlaceholderLocation("false"); // not the application's settings: camel-main alone
        main.addInitialProperty("camel.metrics.enabled", "true");
        main.configure().addConfiguration(new CamelConfiguration() {
            @Override
            public void configure(CamelContext camel) {
                seen.set(camel.getRegistry().findSingleByType(MeterRegistry.class));
            }
        });
        main.start();
        try {
            assertInstanceOf(PrometheusMeterRegistry.class, seen.get());
        } finally {
            main.stop();
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static List<String> sourcesMatching(Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path source : sources()) {
            if (pattern.matcher(Files.readString(source)).find()) {
                found.add(MAIN.relativize(source).toString());
            }
        }
        return found;
    }
}
