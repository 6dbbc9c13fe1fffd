package io.locutor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorInstance;
import org.apache.camel.AsyncCallback;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Processor;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.model.ChoiceDefinition;
import org.apache.camel.model.ExpressionNode;
import org.apache.camel.model.ModelCamelContext;
import org.apache.camel.model.ProcessDefinition;
import org.apache.camel.model.ProcessorDefinition;
import org.apache.camel.model.ProcessorDefinitionHelper;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.model.language.ExpressionDefinition;
import org.apache.camel.model.language.MethodCallExpression;
import org.apache.camel.model.language.RefExpression;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.InterceptStrategy;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.support.processor.DelegateAsyncProcessor;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two request traces of docs/ARCHITECTURE.md, measured from the running application instead of counted by hand:
 * a REST cache miss ({@code POST /v1/audio}) and a one-row CSV dropped in the watched folder. Every step Camel runs is
 * recorded (an intercept strategy around every processor) with its route; every send to a {@code direct:} endpoint is
 * a hop. The trace is written to {@code target/request-traces.md}; the test holds the counts at or below the
 * documented figures, so a change that lengthens a trace updates the notes.
 */
class RequestTraceTest {

    /** Routes that run on their own schedule (timers, pollers), not for the request. */
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> BACKGROUND = Set.of("usage-watch", "webhook-outbox");

    record Step(String route, String kind, String id, boolean callsBean) {
    }

    record Trace(List<String> routes, int directHops, int beanCalls, Set<String> files, Set<String> errorHandling,
            List<Step> steps, List<String> hops) {

        String describe(String title) {
            StringBuilder text = new StringBuilder("### ").append(title).append("\n\n")
                    .append("- direct: hops: ").append(directHops).append(" (").append(String.join(" → ", hops)).append(")\n")
                    .append("- routes: ").append(routes.size()).append(" (").append(String.join(", ", routes)).append(")\n")
                    .append("- route files: ").append(files.size()).append(" (").append(String.join(", ", files)).append(")\n")
                    .append("- bean calls: ").append(beanCalls).append('\n')
                    .append("- error-handling setups: ").append(errorHandling.size()).append(" (")
                    .append(String.join(", ", errorHandling)).append(")\n")
                    .append("- steps run: ").append(steps.size()).append("\n\n");
            steps.forEach(s -> text.append("  - ").append(s.route()).append(": ").append(s.kind())
                    .append(s.id() == null ? "" : " " + s.id()).append(s.callsBean() ? " (bean)" : "").append('\n'));
            return text.append('\n').toString();
        }
    }

    /** Records every step and every direct: send of the application it is installed in. */
    static final class Recorder extends MainListenerSupport {
        final ConcurrentLinkedQueue<Step> steps = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<String> sends = new ConcurrentLinkedQueue<>();
        volatile boolean on;

        @Override
        public void afterConfigure(BaseMainSupport main) {
            CamelContext camel = main.getCamelContext();
            camel.getCamelContextExtension().addInterceptStrategy(new InterceptStrategy() {
                @Override
                public Processor wrapProcessorInInterceptors(CamelContext context, NamedNode node, Processor target, Processor next) {
                    return new DelegateAsyncProcessor(target) {
                        @Override
                        public boolean process(Exchange exchange, AsyncCallback callback) {
                            record(node);
                            return super.process(exchange, callback);
                        }
                    };
                }
            });
            camel.getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
                @Override
                public void notify(CamelEvent event) {
                    if (on && event instanceof CamelEvent.ExchangeSendingEvent sending
                            && sending.getEndpoint().getEndpointUri().startsWith("direct:")) {
                        sends.add(sending.getEndpoint().getEndpointUri().replaceFirst("://", ":"));
                    }
                }
            });
        }

        private void record(NamedNode node) {
            if (!on) {
                return;
            }
            RouteDefinition route = node instanceof ProcessorDefinition<?> p ? ProcessorDefinitionHelper.getRoute(p) : null;
            String routeId = route != null ? route.getRouteId() : "(route configuration)";
            if (BACKGROUND.contains(routeId)) {
                return;
            }
            steps.add(new Step(routeId, node.getShortName(), node.getId() != null && !node.getId().matches("[a-z]+\\d+") ? node.getId() : null,
                    callsBean(node)));
        }

        private static boolean callsBean(NamedNode node) {
            // a bean step, or a bean that is itself the step ({@code process: ref:} a Processor bean)
            if (node.getShortName().equals("bean") || node instanceof ProcessDefinition process && process.getRef() != null) {
                return true;
            }
            if (node instanceof ChoiceDefinition choice) {
                // the first condition is always evaluated
                return !choice.getWhenClauses().isEmpty() && callsBean(choice.getWhenClauses().get(0).getExpression());
            }
            return node instanceof ExpressionNode expression && callsBean(expression.getExpression());
        }

        /** A bean's method ({@code method:}), or a bean that is itself the condition ({@code ref:} a Predicate bean). */
        private static boolean callsBean(ExpressionDefinition expression) {
            return expression instanceof MethodCallExpression || expression instanceof RefExpression;
        }

        /** What the application ran during this action, and only during it. */
        Trace traceOf(CamelContext camel, Action action) throws Exception {
            steps.clear();
            sends.clear();
            on = true;
            try {
                action.run();
            } finally {
                on = false;
            }
            return trace(camel);
        }

        interface Action {
            void run() throws Exception;
        }

        Trace trace(CamelContext camel) {
            ModelCamelContext model = (ModelCamelContext) camel;
            List<Step> run = new ArrayList<>(steps);
            LinkedHashSet<String> routes = new LinkedHashSet<>();
            run.forEach(s -> routes.add(s.route()));
            routes.remove("(route configuration)");
            Set<String> files = new LinkedHashSet<>();
            Set<String> errorHandling = new LinkedHashSet<>();
            Map<String, String> configurationFiles = configurationFiles();
            for (String id : routes) {
                RouteDefinition route = model.getRouteDefinition(id);
                files.add(fileOf(route.getResource() == null ? null : route.getResource().getLocation()));
                String configurations = route.getRouteConfigurationId();
                for (String configuration : configurations == null ? List.of("") : List.of(configurations.split(","))) {
                    // no id of its own: every configuration without an id applies
                    String name = configuration.strip();
                    configurationFiles.forEach((file, ids) -> {
                        if (List.of(ids.split(",", -1)).contains(name)) {
                            files.add(file);
                        }
                    });
                    errorHandling.add(name.isEmpty() ? "(global)" : name);
                }
            }
            run.stream().filter(s -> s.kind().equals("doTry")).forEach(s -> errorHandling.add("doTry in " + s.route()));
            List<String> hops = new ArrayList<>(sends);
            return new Trace(new ArrayList<>(routes), hops.size(), (int) run.stream().filter(Step::callsBean).count(),
                    files, errorHandling, run, hops);
        }

        /** Each route file holding route configurations, with their ids ("" for one without an id), comma-separated. */
        private static Map<String, String> configurationFiles() {
            Map<String, String> files = new TreeMap<>();
            try (Stream<Path> list = Files.list(Path.of("routes"))) {
                for (Path file : list.toList()) {
                    List<String> ids = new ArrayList<>();
                    YAML.readTree(file.toFile()).forEach(e -> {
                        if (e.has("routeConfiguration")) {
                            ids.add(e.get("routeConfiguration").path("id").asText(""));
                        }
                    });
                    if (!ids.isEmpty()) {
                        files.put(file.getFileName().toString(), String.join(",", ids));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return files;
        }

        private static String fileOf(String location) {
            return location == null ? "(rest)" : location.substring(location.lastIndexOf('/') + 1);
        }
    }

    /**
     * The same POST /v1/audio each time (a miss first, then a hit); a miss is waited for until its door's route is done.
     * A hit is answered by the cache-hit door on the event loop (io.locutor.api.CacheHitDoor), with no route at all.
     */
    private static String postOnce(CamelContext camel, Properties settings, boolean throughRoutes) throws Exception {
        NotifyBuilder answered = new NotifyBuilder(camel).fromRoute("post-audio").whenDone(1).create();
        // HTTP/1.1, as curl, nginx and the SDKs send it (the JDK client would otherwise upgrade to HTTP/2, which the
        // cache-hit door leaves to the route)
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(LocutorInstance.uri(settings, "/v1/audio"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Traza de una petición sin caché.\", \"voice\": \"Bella\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        if (throughRoutes) {
            assertTrue(answered.matches(30, TimeUnit.SECONDS));
        }
        return answer.body();
    }

    @Test
    void restCacheMissRestCacheHitAndOneCsvRow() throws Exception {
        WireMockServer elevenLabs = ElevenLabsSimulator.start();
        ElevenLabsSimulator.stubDefaults(elevenLabs);
        Recorder recorder = new Recorder();
        Properties settings = LocutorInstance.standalone(elevenLabs);
        StringBuilder report = new StringBuilder();
        try (LocutorInstance app = LocutorInstance.start(settings, recorder)) {
            CamelContext camel = app.context();

            Trace rest = recorder.traceOf(camel, () -> postOnce(camel, settings, true));
            report.append(rest.describe("REST cache miss: POST /v1/audio"));

            String[] hit = new String[1];
            Trace cached = recorder.traceOf(camel, () -> hit[0] = postOnce(camel, settings, false));
            report.append(cached.describe("REST cache hit: the same POST /v1/audio again (the cache-hit door, no route)"));

            Path data = Path.of(settings.getProperty("locutor.data-dir"));
            Trace csv = recorder.traceOf(camel, () -> {
                NotifyBuilder fileDone = new NotifyBuilder(camel).fromRoute("file-intake")
                        .filter(e -> e.getProperty(Exchange.SPLIT_INDEX) == null).whenDone(1).create();
                Path staging = Files.createDirectories(data.resolve("staging"));
                Files.writeString(staging.resolve("traza.csv"), "contact_id,text\nr1,Traza de una fila de campaña.\n", StandardCharsets.UTF_8);
                Files.createDirectories(data.resolve("inbox"));
                Files.move(staging.resolve("traza.csv"), data.resolve("inbox").resolve("traza.csv"), StandardCopyOption.ATOMIC_MOVE);
                assertTrue(fileDone.matches(30, TimeUnit.SECONDS), "the CSV was not processed");
                try (var written = Files.walk(data)) {
                    List<String> files = written.map(data::relativize).map(Path::toString).toList();
                    assertTrue(files.contains("outbox/traza.result.json"), files.toString());
                }
            });
            report.append(csv.describe("One CSV row from the watched folder (a one-row file: the file's steps and the row's)"));

            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "request-traces.md"), report, StandardCharsets.UTF_8);
            System.out.println(report);

            assertTrue(rest.routes().contains("generate-audio"), "the request was not a cache miss: " + rest.routes());
            assertTrue(csv.routes().contains("intake-item"), csv.routes().toString());
            // the figures of docs/ARCHITECTURE.md ("after"): a change that lengthens a trace updates the notes
            assertTrue(hit[0].contains("\"cached\":true"), "the repeat was not a cache hit: " + hit[0]);
            assertTrue(rest.directHops() <= 7 && rest.files().size() <= 9 && rest.beanCalls() <= 23, rest.describe("REST miss"));
            // answered on the event loop by the cache-hit door: not one Camel step
            assertTrue(cached.steps().isEmpty() && cached.directHops() == 0, cached.describe("REST hit"));
            assertTrue(csv.directHops() <= 6 && csv.files().size() <= 8 && csv.beanCalls() <= 22, csv.describe("CSV row"));
        } finally {
            elevenLabs.stop();
        }
    }
}
