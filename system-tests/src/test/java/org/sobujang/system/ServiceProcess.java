package org.sobujang.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** One service jar running as its own operating-system process on loopback, its output in a log file. */
final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    private final Process process;
    private final Path log;

    private ServiceProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    static ServiceProcess start(String name, String jarProperty, Map<String, String> env, String... args)
            throws IOException {
        return start(name, jarProperty, freePort(), "384m", env, args);
    }

    /** The embedded default, both sides and the embedded stores in one JVM, on a port of the caller's. */
    static ServiceProcess startEmbedded(String name, int port, String... args) throws IOException {
        return start(name, "standalone.jar", port, "768m", Map.of(), args);
    }

    private static ServiceProcess start(String name, String jarProperty, int port, String heap,
                                        Map<String, String> env, String... args) throws IOException {
        Path jar = Path.of(System.getProperty(jarProperty));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged jar at " + jar + ": run the tests through `mvn verify`");
        }
        Path logDir = Path.of("target", "system-tests");
        Files.createDirectories(logDir);
        Path log = logDir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + port));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                                                             .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return new ServiceProcess(name, port, builder.start(), log);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * Waits until the service answers its health check. A slow machine only makes this take longer: it gives up when
     * the process has made no progress for {@code quiet} (its log has not grown and it has used less than half a
     * second of CPU), when it exited, or after {@link #CEILING} in all.
     */
    void awaitHealthy(Duration quiet) {
        Progress progress = new Progress(quiet);
        try {
            Awaitility.await(name + " healthy").atMost(CEILING).pollInterval(Duration.ofMillis(250))
                      .until(() -> healthy() || progress.stalled());
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(name + " not healthy within " + CEILING + ":\n" + tail(), e);
        }
        if (progress.stalled()) {
            throw new IllegalStateException(name + " made no progress for " + quiet + " (log, CPU):\n" + tail());
        }
    }

    /** However slow the machine, a start that takes this long is broken. */
    static final Duration CEILING = Duration.ofMinutes(10);

    /** The process's log size and CPU time, and when either last moved. */
    private final class Progress {
        private final long quietNanos;
        private long logSize = -1;
        private Duration cpu = Duration.ZERO;
        private long lastMoved = System.nanoTime();
        private boolean stalled;

        Progress(Duration quiet) {
            this.quietNanos = quiet.toNanos();
        }

        boolean stalled() {
            if (stalled) {
                return true;
            }
            long size = log.toFile().length();
            Duration used = process.info().totalCpuDuration().orElse(Duration.ZERO);
            long now = System.nanoTime();
            if (size != logSize || used.minus(cpu).toMillis() >= 500) {
                logSize = size;
                cpu = used;
                lastMoved = now;
            }
            stalled = now - lastMoved > quietNanos;
            return stalled;
        }
    }

    private boolean healthy() throws InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + tail());
        }
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).GET().build(),
                             HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYetListening) {
            return false;
        }
    }

    /** Like a crash or {@code kill -9}: no shutdown hook, no token release. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    String tail() {
        List<String> lines;
        try {
            lines = Files.readAllLines(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
