package io.locutor;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.locutor.support.LocutorTestSupport;
import org.apache.camel.Route;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The conventions of routes/ and application.properties, checked the way apache/camel-kamelets' validator checks
 * kamelets, so a new file or setting that breaks them fails the build instead of a review:
 * <ul>
 * <li>a route file is named after what it holds: one of its routes (or its REST block) has the file's name as id, and
 * every other route's id begins with that name (a door file {@code x-api} names its routes {@code x-...}); a file of
 * route configurations only (error-handling, api-security, public-address) holds no route;</li>
 * <li>REST verb ids are unique, and none is also a route id (Camel would then name one of the two {@code routeN});</li>
 * <li>every {@code {{placeholder}}} in a route is declared in application.properties ({@code {{?optional}}} is exempt),
 * or is one of the few paths the application derives at start ({@link #DERIVED}, checked to resolve);</li>
 * <li>every setting in application.properties sits under a comment (the README rows of their variables are
 * {@link SettingsHelpTest}'s);</li>
 * <li>a JSON answer to an HTTP caller ends in one place, {@code direct:json-answer} (strip headers, the one JSON
 * writer {@code jsonAnswers}, media type); {@code synthesize} (its async answer keeps its headers) and
 * {@code request-failed} (problem+json) call the writer themselves;</li>
 * <li>every bean a route names ({@code ref:}, {@code ...Ref:}, {@code ${bean:...}}) is bound in the booted application's
 * registry, and has the {@code method:} the route calls.</li>
 * </ul>
 */
class ConventionsTest extends LocutorTestSupport {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path ROUTES = Path.of("routes");
    private static final String SUFFIX = ".camel.yaml";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(?!\\?)([^}]+)}}");
    private static final Pattern SIMPLE_BEAN = Pattern.compile("\\$\\{bean:([A-Za-z0-9_]+)");
    private static final Pattern AUTO_ID = Pattern.compile("route\\d+");
    /** Paths the application derives at start from settings (wiring.IntakeWiring, NotifyWiring: a blank folder setting means under the data folder). */
    private static final Set<String> DERIVED = Set.of("locutor.intake.inbox-dir", "locutor.intake.outbox-dir", "locutor.webhooks.pending-dir");

    /** Each route file by its name (without .camel.yaml), parsed. */
    private static Map<String, JsonNode> routeFiles() throws IOException {
        Map<String, JsonNode> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(ROUTES)) {
            for (Path file : list.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).toList()) {
                String name = file.getFileName().toString();
                files.put(name.substring(0, name.length() - SUFFIX.length()), YAML.readTree(file.toFile()));
            }
        }
        return files;
    }

    /** The values under {@code key} of the file's top-level elements ("route", "rest", "routeConfiguration", ...). */
    private static List<JsonNode> elements(JsonNode file, String key) {
        List<JsonNode> found = new ArrayList<>();
        file.forEach(element -> {
            if (element.has(key)) {
                found.add(element.get(key));
            }
        });
        return found;
    }

    @Test
    void everyRouteIsNamedAfterItsFile() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> file : routeFiles().entrySet()) {
            String name = file.getKey();
            String concern = name.endsWith("-api") ? name.substring(0, name.length() - "-api".length()) : name;
            List<String> routeIds = elements(file.getValue(), "route").stream().map(r -> r.path("id").asText("")).toList();
            List<String> restIds = elements(file.getValue(), "rest").stream().map(r -> r.path("id").asText("")).toList();
            if (routeIds.isEmpty() && restIds.isEmpty()) {
                continue; // route configurations (and beans) only
            }
            if (!routeIds.contains(name) && !restIds.contains(name)) {
                wrong.add(name + SUFFIX + ": no route or rest block has the id " + name + " (ids: " + routeIds + restIds + ")");
            }
            routeIds.stream().filter(id -> !id.equals(name) && !id.startsWith(concern + "-"))
                    .forEach(id -> wrong.add(name + SUFFIX + ": route id '" + id + "' does not begin with '" + concern + "-'"));
        }
        // and Camel names none of the running routes itself: every route and verb has its own id
        context.getRoutes().stream().map(Route::getRouteId).filter(id -> AUTO_ID.matcher(id).matches())
                .forEach(id -> wrong.add("a route without an id of its own runs as " + id));
        assertEquals(List.of(), wrong);
    }

    @Test
    void restVerbIdsAreUniqueAndNoVerbSharesARouteId() throws IOException {
        Set<String> routeIds = new HashSet<>();
        Map<String, Integer> verbIds = new LinkedHashMap<>();
        for (JsonNode file : routeFiles().values()) {
            elements(file, "route").forEach(r -> routeIds.add(r.path("id").asText()));
            for (JsonNode rest : elements(file, "rest")) {
                for (String verb : List.of("get", "post", "put", "delete", "head", "patch")) {
                    rest.path(verb).forEach(v -> verbIds.merge(v.path("id").asText("(no id)"), 1, Integer::sum));
                }
            }
        }
        List<String> wrong = new ArrayList<>();
        verbIds.forEach((id, count) -> {
            if (count > 1 || id.equals("(no id)")) {
                wrong.add("verb id " + id + " used " + count + " times");
            }
            if (routeIds.contains(id)) {
                wrong.add("verb id " + id + " is also a route id");
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyPlaceholderInTheRoutesIsASetting() throws IOException {
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("application.properties"), StandardCharsets.UTF_8)) {
            settings.load(in);
        }
        List<String> wrong = new ArrayList<>();
        for (String name : routeFiles().keySet()) {
            Matcher placeholder = PLACEHOLDER.matcher(Files.readString(ROUTES.resolve(name + SUFFIX)));
            while (placeholder.find()) {
                String key = placeholder.group(1);
                if (key.startsWith("env:") || key.startsWith("sys:")) {
                    continue;
                }
                key = key.contains(":") ? key.substring(0, key.indexOf(':')) : key; // {{key:default}}
                if (DERIVED.contains(key) ? context.getPropertiesComponent().resolveProperty(key).isEmpty() : !settings.containsKey(key)) {
                    wrong.add(name + SUFFIX + ": {{" + key + "}} is not in application.properties");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everySettingSitsUnderAComment() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("application.properties"), StandardCharsets.UTF_8);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || !line.contains("=")) {
                continue;
            }
            boolean commented = false;
            for (int j = i - 1; j >= 0 && !lines.get(j).isBlank() && !commented; j--) {
                commented = lines.get(j).strip().startsWith("#");
            }
            if (!commented) {
                wrong.add(line.substring(0, line.indexOf('=')).strip() + " has no comment above it or its group");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void jsonAnswersEndInTheOneSegment() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> file : routeFiles().entrySet()) {
            for (JsonNode route : elements(file.getValue(), "route")) {
                String id = route.path("id").asText();
                String steps = route.toString();
                boolean writesJson = steps.contains("\"marshal\"") && steps.contains("\"application/json\"")
                        || steps.contains("\"jsonAnswers\"");
                if (writesJson && !Set.of("json-answer", "synthesize", "request-failed").contains(id)) {
                    wrong.add(file.getKey() + SUFFIX + ": route " + id + " writes its own JSON answer instead of calling direct:json-answer");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyBeanARouteNamesIsBoundWithTheMethodItCalls() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, JsonNode> file : routeFiles().entrySet()) {
            String where = file.getKey() + SUFFIX;
            checkReferences(file.getValue(), where, wrong);
            Matcher simple = SIMPLE_BEAN.matcher(Files.readString(ROUTES.resolve(where)));
            while (simple.find()) {
                checkBean(simple.group(1), null, where, wrong);
            }
        }
        assertEquals(List.of(), wrong);
    }

    private void checkReferences(JsonNode node, String where, List<String> wrong) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("ref") && field.getValue().isTextual()) {
                    String method = node.path("method").asText(null); // "name" or "name(${header.x})"
                    checkBean(field.getValue().asText(), method == null ? null : method.replaceAll("\\(.*", ""), where, wrong);
                } else if (field.getKey().endsWith("Ref") && field.getValue().isTextual()) {
                    checkBean(field.getValue().asText(), null, where, wrong);
                } else {
                    checkReferences(field.getValue(), where, wrong);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> checkReferences(element, where, wrong));
        }
    }

    private void checkBean(String name, String method, String where, List<String> wrong) {
        Object bean = context.getRegistry().lookupByName(name);
        if (bean == null) {
            wrong.add(where + ": no bean named " + name);
        } else if (method != null && Arrays.stream(bean.getClass().getMethods()).noneMatch(m -> m.getName().equals(method))) {
            wrong.add(where + ": " + name + " (" + bean.getClass().getSimpleName() + ") has no method " + method);
        }
    }
}
