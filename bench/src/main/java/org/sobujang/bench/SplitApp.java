package org.sobujang.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.sobujang.standalone.readstore.ReadStoreBackend;
import org.sobujang.standalone.security.SplitAuthorizationServer;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The split topology on this machine, as the README runs it: the stores of {@code --stores-only} (an embedded
 * PostgreSQL event store, a file-backed MongoDB wire-protocol read store, the embedded authorization server), here on
 * free loopback ports with a fresh data directory, and the command-service and query-service jars as separate
 * operating-system processes configured through the environment variables the README documents. The stores run in
 * the bench's JVM (PostgreSQL in its own processes); each service has a JVM of its own.
 */
final class SplitApp implements Deployment {

    /** Each service's JVM options: a heap well above what a 1 M-event run needs, the JVM's default collector. */
    private static final List<String> SERVICE_JVM = List.of("-Xmx3g");
    private static final Duration START = Duration.ofMinutes(3);

    private final Path dir;
    private final EmbeddedPostgres postgres;
    private final MongoServer readStore;
    private final MongoClient mongo;
    private final ConfigurableApplicationContext issuer;
    private final String issuerUrl;
    private final List<Service> services = new ArrayList<>();
    private Service command;
    private Service query;

    private SplitApp(Path dir, EmbeddedPostgres postgres, MongoServer readStore, ConfigurableApplicationContext issuer) {
        this.dir = dir;
        this.postgres = postgres;
        this.readStore = readStore;
        this.mongo = MongoClients.create(readStoreUri());
        this.issuer = issuer;
        this.issuerUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) issuer).getWebServer().getPort();
    }

    /** The service jars as `./mvnw -B -pl bench -am -DskipTests package` leaves them, from the repository's root. */
    static Path defaultJar(String module) throws IOException {
        Path target = Path.of(module, "target");
        if (Files.isDirectory(target)) {
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, module + "-*-exec.jar")) {
                for (Path jar : jars) {
                    return jar;
                }
            }
        }
        throw new IllegalStateException("no " + module + "/target/" + module + "-*-exec.jar: run the bench from the"
                                        + " repository's root after `./mvnw -B -pl bench -am -DskipTests package`, or"
                                        + " pass --" + module.replace("-service", "") + "-jar");
    }

    static SplitApp start(Clients clients, List<String> serviceProperties, Path commandJar, Path queryJar)
            throws Exception {
        for (Path jar : List.of(commandJar, queryJar)) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("no service jar at " + jar.toAbsolutePath());
            }
        }
        Path dir = Files.createTempDirectory("sobujang-bench-split-");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("postgres"))
                                                    .setCleanDataDirectory(true).start();
        MongoServer readStore = new MongoServer(ReadStoreBackend.open(dir.resolve("readstore.mv")));
        readStore.bind("127.0.0.1", 0);
        // the issuer's address goes into every token's iss, which the services check: known before it starts
        int issuerPort;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            issuerPort = free.getLocalPort();
        }
        List<String> issuerProperties = new ArrayList<>(clients.asArguments());
        issuerProperties.addAll(List.of("--server.address=127.0.0.1", "--spring.main.banner-mode=off",
                                        "--logging.level.root=ERROR",
                                        "--sobujang.security.issuer=http://127.0.0.1:" + issuerPort));
        ConfigurableApplicationContext issuer = SplitAuthorizationServer.start(issuerPort, dir.toString(),
                                                                               issuerProperties);
        SplitApp app = new SplitApp(dir, postgres, readStore, issuer);
        try {
            Map<String, String> env = Map.of(
                    "SOBUJANG_JWK_SET_URI", app.issuerUrl + "/oauth2/jwks",
                    "SOBUJANG_JWT_ISSUER", app.issuerUrl,
                    "SOBUJANG_EVENTSTORE_URL", postgres.getJdbcUrl("postgres", "postgres"),
                    "SOBUJANG_EVENTSTORE_USER", "postgres",
                    "SOBUJANG_EVENTSTORE_PASSWORD", "",
                    "SOBUJANG_READSTORE_URI", app.readStoreUri());
            List<String> properties = new ArrayList<>(List.of("--server.address=127.0.0.1",
                                                              "--spring.main.banner-mode=off",
                                                              "--logging.level.root=ERROR"));
            properties.addAll(serviceProperties);
            // the command service first: it owns the event store's schema (Flyway)
            app.command = app.launch("command-service", commandJar, env, properties);
            app.command.awaitHealthy(START);
            app.query = app.launch("query-service", queryJar, env, properties);
            app.query.awaitHealthy(START);
            return app;
        } catch (Exception | Error e) {
            app.close();
            throw e;
        }
    }

    private String readStoreUri() {
        return "mongodb://127.0.0.1:" + readStore.getLocalAddress().getPort() + "/sobujang";
    }

    private Service launch(String name, Path jar, Map<String, String> env, List<String> properties) throws IOException {
        Service s = Service.start(name, jar, dir.resolve(name + ".log"), env, properties);
        services.add(s);
        return s;
    }

    @Override
    public String commandUrl() {
        return command.baseUrl();
    }

    @Override
    public String queryUrl() {
        return query.baseUrl();
    }

    @Override
    public String tokenUrl() {
        return issuerUrl;
    }

    @Override
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public MongoClient mongo() {
        return mongo;
    }

    /**
     * What Axon's Spring Boot auto-configuration builds for {@code axon.serializer.events=jackson} in the command
     * service: a JacksonSerializer over Boot's ObjectMapper (dates as ISO strings), revisions from {@code @Revision}.
     * The encoder still compares the first generated event of every type with one the command service stored.
     */
    @Override
    public Serializer eventSerializer() {
        return JacksonSerializer.builder()
                                .revisionResolver(new AnnotationRevisionResolver())
                                .objectMapper(Jackson2ObjectMapperBuilder.json()
                                                                         .featuresToDisable(
                                                                                 SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                                                                         .build())
                                .build();
    }

    /** Each service's heap after a full collection ({@code jcmd GC.run}), as its own metrics report it. */
    @Override
    public Heap heapAfterGc(Api api, Clients clients) throws Exception {
        double total = 0;
        List<String> parts = new ArrayList<>();
        for (Service s : List.of(command, query)) {
            s.fullGc();
            Api.Response r = Templates.ok(api.getFrom(s.baseUrl(), clients.admin,
                                                      "/actuator/metrics/jvm.memory.used?tag=area:heap"));
            double mb = r.json().at("/measurements/0/value").asDouble() / (1024 * 1024);
            total += mb;
            parts.add(String.format(Locale.ROOT, "%s %.0f MB", s.name, mb));
        }
        return new Heap(total, String.join(" + ", parts) + "; each service " + String.join(" ", SERVICE_JVM));
    }

    @Override
    public void close() throws Exception {
        for (Service s : services) {
            s.close();
        }
        mongo.close();
        issuer.close();
        readStore.shutdownNow();
        postgres.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** One service jar running as its own process on a free loopback port, its output in a log file. */
    private record Service(String name, int port, Process process, Path log) implements AutoCloseable {

        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        static Service start(String name, Path jar, Path log, Map<String, String> env, List<String> properties)
                throws IOException {
            int port;
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            List<String> command = new ArrayList<>(List.of(javaTool("java")));
            command.addAll(SERVICE_JVM);
            command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
            command.addAll(properties);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            return new Service(name, port, builder.start(), log);
        }

        private static String javaTool(String tool) {
            return Path.of(System.getProperty("java.home"), "bin", tool).toString();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + port;
        }

        void awaitHealthy(Duration timeout) throws InterruptedException, IOException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
                }
                try {
                    HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).GET().build();
                    if (HTTP.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYetListening) {
                    // still starting
                }
                Thread.sleep(250);
            }
            throw new IllegalStateException(name + " not healthy within " + timeout + ":\n" + tail());
        }

        void fullGc() throws IOException, InterruptedException {
            Process jcmd = new ProcessBuilder(javaTool("jcmd"), Long.toString(process.pid()), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + process.pid() + " GC.run failed");
            }
        }

        String tail() throws IOException {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
