package org.sobujang.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No Docker engine runs on the machines this project is built on, so docker-compose.yml and the Dockerfiles are
 * checked statically: they parse, name the services the split topology needs, and agree with the services'
 * own configuration (ports, environment variables, jar names).
 */
class DeploymentFilesTest {

    private static final Path ROOT = Path.of(System.getProperty("repo.root", ".."));
    private static final ObjectMapper YAML = new ObjectMapper();

    /** SnakeYAML, because it resolves anchors and merge keys ({@code <<: *eventstore-env}) as Compose does. */
    private static JsonNode compose() throws IOException {
        Object parsed = new org.yaml.snakeyaml.Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        return YAML.valueToTree(parsed);
    }

    @Test
    void composeDefinesTheSplitTopology() throws IOException {
        JsonNode services = compose().get("services");
        assertThat(fieldNames(services)).contains("postgres", "mongo", "axonserver", "command-service", "query-service");
        assertThat(services.at("/query-service/deploy/replicas").asInt()).isEqualTo(2);
        assertThat(services.at("/mongo/command").toString()).contains("--replSet");
        assertThat(services.at("/axonserver/profiles/0").asText()).isEqualTo("axonserver");
        for (String name : List.of("postgres", "mongo", "command-service", "query-service")) {
            assertThat(services.get(name).has("healthcheck")).as(name + " healthcheck").isTrue();
        }
        assertThat(fieldNames(compose().get("volumes"))).contains("pgdata", "mongodata");
        assertThat(services.at("/postgres/volumes/0").asText()).startsWith("pgdata:");
        assertThat(services.at("/mongo/volumes/0").asText()).startsWith("mongodata:");
        assertThat(services.at("/query-service/depends_on/command-service/condition").asText())
                .isEqualTo("service_healthy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"command-service", "query-service"})
    void everyEnvironmentVariableOfAServiceIsOneItsConfigurationReads(String service) throws IOException {
        JsonNode env = compose().at("/services/" + service + "/environment");
        Set<String> read = placeholders(ROOT.resolve(service + "/src/main/resources/application.yml"));
        for (String variable : fieldNames(env)) {
            assertThat(read.contains(variable) || isRelaxedBinding(variable))
                    .as(service + " reads " + variable).isTrue();
        }
        // and every variable its configuration needs without a usable default in a container is given
        for (String needed : read) {
            if (needed.startsWith("SOBUJANG_")) {
                assertThat(env.has(needed)).as(service + " is given " + needed).isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"command-service", "query-service"})
    void portsAgreeBetweenComposeDockerfileAndService(String service) throws IOException {
        String port = compose().at("/services/" + service + "/environment").get("SERVER_PORT").asText();
        String dockerfile = Files.readString(ROOT.resolve(service + "/Dockerfile"));
        assertThat(dockerfile).contains("EXPOSE " + port).contains("ENV SERVER_PORT=" + port);
        assertThat(Files.readString(ROOT.resolve(service + "/src/main/resources/application.yml")))
                .contains("${SERVER_PORT:" + port + "}");
        assertThat(compose().at("/services/" + service + "/ports/0").asText()).endsWith(":" + port);
    }

    @ParameterizedTest
    @ValueSource(strings = {"command-service", "query-service"})
    void dockerfileCopiesTheJarTheBuildMakes(String service) throws IOException {
        String dockerfile = Files.readString(ROOT.resolve(service + "/Dockerfile"));
        assertThat(dockerfile).startsWith("# Build from the repository root").contains("FROM eclipse-temurin:17-jre");
        Matcher copy = Pattern.compile("COPY (\\S+) ").matcher(dockerfile);
        assertThat(copy.find()).isTrue();
        assertThat(copy.group(1)).isEqualTo(service + "/target/" + service + "-*-exec.jar");
        assertThat(Files.readString(ROOT.resolve(service + "/pom.xml"))).contains("<classifier>exec</classifier>");
        assertThat(compose().at("/services/" + service + "/build/dockerfile").asText())
                .isEqualTo(service + "/Dockerfile");
    }

    /** Variables Spring Boot binds by its relaxed rules rather than by an explicit placeholder. */
    private static boolean isRelaxedBinding(String variable) {
        return variable.equals("SERVER_PORT") || variable.startsWith("AXON_") || variable.startsWith("SPRING_");
    }

    private static Set<String> placeholders(Path yml) throws IOException {
        Set<String> names = new HashSet<>();
        Matcher m = Pattern.compile("\\$\\{([A-Z0-9_]+)(:[^}]*)?}").matcher(Files.readString(yml));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

}
