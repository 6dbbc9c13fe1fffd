package io.locutor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docker-compose.yml and application.properties cannot drift: every variable compose gives the app is one the
 * settings read, secrets come from the host, and every service has a health check. (No Docker engine runs in the
 * build; {@code docker compose config -q} validates the file's syntax by hand, see README.)
 */
class DockerComposeTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern ENV = Pattern.compile("\\{\\{env:([A-Za-z0-9_]+)");
    private final JsonNode compose = YAML.readTree(Path.of("docker-compose.yml").toFile());

    DockerComposeTest() throws IOException {
    }

    @Test
    void everyVariableTheAppIsGivenIsOneApplicationPropertiesReads() throws IOException {
        Set<String> read = readByApplicationProperties();
        Set<String> unknown = new TreeSet<>();
        for (String name : names(app().path("environment"))) {
            if (!read.contains(name)) {
                unknown.add(name);
            }
        }
        assertEquals(Set.of(), unknown, "docker-compose.yml sets variables application.properties never reads");
    }

    @Test
    void secretsComeFromTheHostNotFromTheFile() {
        JsonNode env = app().path("environment");
        for (String secret : List.of("ELEVENLABS_API_KEY", "AWS_SECRET_ACCESS_KEY", "LOCUTOR_QUEUE_PASSWORD")) {
            assertTrue(env.path(secret).asText().startsWith("${"), secret + " must be ${...} from the host environment");
        }
    }

    @Test
    void theAppUsesTheProductionBackends() {
        JsonNode env = app().path("environment");
        assertEquals("s3", env.path("LOCUTOR_STORAGE").asText());
        assertEquals("redis", env.path("LOCUTOR_CACHE").asText());
        for (String service : List.of("redis", "minio-bucket", "artemis")) {
            assertTrue(app().path("depends_on").has(service), "locutor waits for " + service);
        }
    }

    @Test
    void everyServiceHasAHealthCheckAndEveryVolumeIsNamed() {
        Set<String> declared = new TreeSet<>(names(compose.path("volumes")));
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = compose.path("services").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> service = it.next();
            if (!service.getValue().path("healthcheck").has("test")) {
                problems.add(service.getKey() + " has no health check");
            }
            for (JsonNode volume : service.getValue().path("volumes")) {
                String source = volume.asText().split(":")[0];
                if (!source.startsWith("./") && !declared.contains(source)) {
                    problems.add(service.getKey() + " mounts undeclared volume " + source);
                }
                if (source.startsWith("./") && !Files.exists(Path.of(source))) {
                    problems.add(service.getKey() + " mounts missing " + source);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void prometheusScrapesTheAppsMetricsPath() throws IOException {
        JsonNode job = YAML.readTree(Path.of("observability/prometheus/prometheus.yml").toFile()).path("scrape_configs").get(0);
        assertEquals("/observe/metrics", job.path("metrics_path").asText());
        assertEquals("locutor:8080", job.path("static_configs").get(0).path("targets").get(0).asText());
        assertTrue(app().path("ports").get(0).asText().endsWith(":8080"));
    }

    @Test
    void everyImageIsPinnedToAVersion() throws IOException {
        List<String> unpinned = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = compose.path("services").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> service = it.next();
            String image = service.getValue().path("image").asText();
            if (!image.matches("[^:]+:[^:]*\\d[^:]*") || image.endsWith(":latest")) {
                unpinned.add(service.getKey() + " " + image);
            }
        }
        for (String line : Files.readAllLines(Path.of("Dockerfile"))) {
            if (line.startsWith("FROM ") && !line.split("\\s+")[1].matches("[^:]+:[^:]*\\d[^:]*")) {
                unpinned.add("Dockerfile " + line);
            }
        }
        assertEquals(List.of(), unpinned);
    }

    @Test
    void containersProbeLivenessAndStopAfterLocutorsShutdownTimeout() throws IOException {
        assertTrue(app().path("healthcheck").path("test").toString().contains("/observe/health/live"), "compose probes liveness");
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertTrue(dockerfile.contains("curl -fsS http://localhost:8080/observe/health/live"), "the image probes liveness");
        Matcher timeout = Pattern.compile("camel\\.main\\.shutdown-timeout = \\{\\{env:LOCUTOR_SHUTDOWN_TIMEOUT:(\\d+)}}")
                .matcher(Files.readString(Path.of("application.properties")));
        assertTrue(timeout.find(), "the shutdown timeout setting");
        String grace = app().path("stop_grace_period").asText();
        assertTrue(grace.matches("\\d+s"), "stop_grace_period in seconds: " + grace);
        assertTrue(Integer.parseInt(grace.replace("s", "")) > Integer.parseInt(timeout.group(1)),
                "stop_grace_period " + grace + " must outlast the shutdown timeout " + timeout.group(1) + " s");
        assertTrue(dockerfile.matches("(?s).*apt-get install[^\\n]*\\bespeak-ng\\b[^\\n]*\\blame\\b.*"),
                "the image has the local engine (espeak-ng, lame)");
    }

    @Test
    void brokerAndCacheAreNotPublishedAndTheBrokerAsksForCredentials() {
        JsonNode services = compose.path("services");
        assertTrue(services.path("redis").path("ports").isMissingNode(), "Redis is reached on the compose network only");
        for (JsonNode port : services.path("artemis").path("ports")) {
            assertTrue(port.asText().startsWith("127.0.0.1:"), "Artemis port published beyond this host: " + port.asText());
        }
        assertEquals("false", services.path("artemis").path("environment").path("ANONYMOUS_LOGIN").asText());
        assertTrue(app().path("environment").path("LOCUTOR_QUEUE_USER").asText().startsWith("${"));
    }

    @Test
    void noSecretHasAValueWrittenInTheComposeFile() throws IOException {
        String text = Files.readString(Path.of("docker-compose.yml"));
        Matcher defaulted = Pattern.compile("\\$\\{([A-Z0-9_]*(PASSWORD|SECRET|API_KEY)[A-Z0-9_]*):?-([^}]+)}").matcher(text);
        List<String> written = new ArrayList<>();
        while (defaulted.find()) {
            written.add(defaulted.group());
        }
        Matcher literal = Pattern.compile("(?m)^\\s+([A-Z0-9_]*(PASSWORD|SECRET)[A-Z0-9_]*):\\s*(?!\\$\\{)(\\S+)").matcher(text);
        while (literal.find()) {
            written.add(literal.group().strip());
        }
        assertEquals(List.of(), written, "secrets must come from .env (see .env.example), not from docker-compose.yml");
        Set<String> required = new TreeSet<>();
        Matcher needed = Pattern.compile("\\$\\{([A-Z0-9_]+):\\?").matcher(text);
        while (needed.find()) {
            required.add(needed.group(1));
        }
        String example = Files.readString(Path.of(".env.example"));
        for (String name : required) {
            assertTrue(example.contains("\n" + name + "="), ".env.example lists " + name);
        }
    }

    private JsonNode app() {
        return compose.path("services").path("locutor");
    }

    private static Set<String> readByApplicationProperties() throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher m = ENV.matcher(Files.readString(Path.of("application.properties")));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
