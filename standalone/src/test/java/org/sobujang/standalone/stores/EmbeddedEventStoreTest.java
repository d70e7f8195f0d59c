package org.sobujang.standalone.stores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded event store as a product: durable, password-protected, and restartable after any crash. */
class EmbeddedEventStoreTest {

    @TempDir
    Path dir;

    @Test
    void aNewStoreIsDurableAndRequiresItsPassword() throws Exception {
        try (DataDirectory data = DataDirectory.open(dir)) {
            StoreCredentials credentials = StoreCredentials.of(data, EmbeddedEventStore.SUPERUSER, "sobujang");
            EmbeddedPostgres postgres = EmbeddedEventStore.start(data, credentials, 0);
            try (Connection c = connect(postgres, credentials.eventStorePassword())) {
                assertThat(setting(c, "fsync")).isEqualTo("on");
                assertThat(setting(c, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(c, "full_page_writes")).isEqualTo("on");
                assertThat(setting(c, "unix_socket_directories")).isEmpty();
            } finally {
                assertThatThrownBy(() -> connect(postgres, "wrong").close()).isInstanceOf(SQLException.class)
                        .hasMessageContaining("password authentication failed");
                assertThatThrownBy(() -> connect(postgres, null).close()).isInstanceOf(SQLException.class);
                postgres.close();
            }
            assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(Files.getPosixFilePermissions(dir.resolve(StoreCredentials.FILE)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            // the same credentials at the next start
            assertThat(StoreCredentials.of(data, EmbeddedEventStore.SUPERUSER, "sobujang")).isEqualTo(credentials);
        }
    }

    @Test
    void aDirectoryIsHeldByOneProcessAtATime() throws Exception {
        try (DataDirectory first = DataDirectory.open(dir)) {
            assertThatThrownBy(() -> DataDirectory.open(dir)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running process");
        }
        DataDirectory.open(dir).close();
    }

    @Test
    void aStoreOfAnEarlierVersionWithoutPasswordsIsClosedAndKeepsItsData() throws Exception {
        Path pgData = dir.resolve("postgres");
        try (EmbeddedPostgres legacy = EmbeddedPostgres.builder().setDataDirectory(pgData)
                                                      .setCleanDataDirectory(false).start();
             Connection c = legacy.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (x int)");
            s.execute("INSERT INTO kept VALUES (42)");
        }
        try (DataDirectory data = DataDirectory.open(dir)) {
            StoreCredentials credentials = StoreCredentials.of(data, EmbeddedEventStore.SUPERUSER, "sobujang");
            try (EmbeddedPostgres postgres = EmbeddedEventStore.start(data, credentials, 0)) {
                assertThatThrownBy(() -> connect(postgres, null).close()).isInstanceOf(SQLException.class);
                try (Connection c = connect(postgres, credentials.eventStorePassword());
                     ResultSet r = c.createStatement().executeQuery("SELECT x FROM kept")) {
                    assertThat(r.next()).isTrue();
                    assertThat(r.getInt(1)).isEqualTo(42);
                }
            }
        }
    }

    @Test
    void aServerLeftRunningByAKilledProcessIsStoppedAndTheStoreStarts() throws Exception {
        Process owner = CrashingStoreProcess.start(dir);
        StoreCredentials credentials;
        try (DataDirectory peek = tryOpen()) {
            throw new AssertionError("the owner's lock was not held: " + peek.path());
        } catch (IllegalStateException held) {
            // as expected while the owner lives
        }
        long orphanPid = Long.parseLong(Files.readAllLines(dir.resolve("postgres/postmaster.pid")).get(0).strip());
        owner.destroyForcibly().waitFor();
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);
        try (DataDirectory data = DataDirectory.open(dir)) {
            credentials = StoreCredentials.of(data, EmbeddedEventStore.SUPERUSER, "sobujang");
            try (EmbeddedPostgres postgres = EmbeddedEventStore.start(data, credentials, 0)) {
                assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
                connect(postgres, credentials.eventStorePassword()).close();
            }
        }
    }

    private DataDirectory tryOpen() throws Exception {
        return DataDirectory.open(dir);
    }

    @Test
    void aLockFileNamingAnotherProgramNeverStopsThatProgram() throws Exception {
        try (DataDirectory data = DataDirectory.open(dir)) {
            StoreCredentials credentials = StoreCredentials.of(data, EmbeddedEventStore.SUPERUSER, "sobujang");
            EmbeddedEventStore.start(data, credentials, 0).close();
            // a stale postmaster.pid whose PID is now a live process that is not this directory's PostgreSQL
            long self = ProcessHandle.current().pid();
            Files.writeString(dir.resolve("postgres/postmaster.pid"), self + "\n" + dir.resolve("postgres") + "\n");
            try (EmbeddedPostgres postgres = EmbeddedEventStore.start(data, credentials, 0)) {
                assertThat(ProcessHandle.current().isAlive()).isTrue();
                connect(postgres, credentials.eventStorePassword()).close();
            }
        }
    }

    private static Connection connect(EmbeddedPostgres postgres, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", EmbeddedEventStore.SUPERUSER);
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(EmbeddedEventStore.jdbcUrl(postgres, "postgres"), properties);
    }

    private static String setting(Connection c, String name) throws SQLException {
        try (ResultSet r = c.createStatement().executeQuery("SHOW " + name)) {
            r.next();
            return r.getString(1);
        }
    }
}
