package org.sobujang.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import de.bwaldvogel.mongo.MongoServer;
import org.sobujang.standalone.readstore.AuthenticatingBackend;
import org.sobujang.standalone.readstore.ReadStoreBackend;
import org.sobujang.standalone.stores.DataDirectory;
import org.sobujang.standalone.stores.EmbeddedEventStore;
import org.sobujang.standalone.stores.StoreCredentials;
import org.sobujang.standalone.security.SplitAuthorizationServer;
import org.springframework.context.ConfigurableApplicationContext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * {@code --stores-only}: what the split topology needs besides its services, as one process, for machines without
 * PostgreSQL, MongoDB or an OAuth2 issuer — an embedded PostgreSQL on port 5432 (database and user {@code sobujang}),
 * a MongoDB wire-protocol server on port 27017 (user {@code sobujang}), both with passwords generated at the first
 * start, and the embedded authorization server on port 9000 (the demo clients of application.yml), persisted under
 * {@code ./data-split}; {@value #ENV_FILE} there holds the services' environment for them.
 * Separate command-service and query-service processes then connect to them as to real ones.
 */
final class SplitStores {

    static final String FLAG = "--stores-only";
    static final String APP_USER = "sobujang";
    /** The services' environment variables for these stores, credentials included (owner-only). */
    static final String ENV_FILE = "stores.env";
    private static final Duration WATCH_INTERVAL = Duration.ofSeconds(1);

    private SplitStores() {
    }

    /** Where and on which ports; each can be given as {@code --name=value} after {@value #FLAG}. */
    record Options(Path dataDir, int eventStorePort, int readStorePort, int issuerPort) {

        static Options parse(String[] args) {
            Path dataDir = Path.of("data-split");
            int eventStore = 5432;
            int readStore = 27017;
            int issuer = 9000;
            for (String arg : args) {
                if (arg.equals(FLAG)) {
                    continue;
                }
                String[] pair = arg.startsWith("--") ? arg.substring(2).split("=", 2) : new String[0];
                if (pair.length != 2) {
                    throw new IllegalArgumentException("unknown argument " + arg + "; " + USAGE);
                }
                switch (pair[0]) {
                    case "data-dir" -> dataDir = Path.of(pair[1]);
                    case "eventstore-port" -> eventStore = Integer.parseInt(pair[1]);
                    case "readstore-port" -> readStore = Integer.parseInt(pair[1]);
                    case "issuer-port" -> issuer = Integer.parseInt(pair[1]);
                    default -> throw new IllegalArgumentException("unknown argument " + arg + "; " + USAGE);
                }
            }
            return new Options(dataDir, eventStore, readStore, issuer);
        }
    }

    static final String USAGE = FLAG + " [--data-dir=data-split] [--eventstore-port=5432] [--readstore-port=27017]"
                                + " [--issuer-port=9000]";

    static void run(String[] args) throws IOException, SQLException, InterruptedException {
        Options options = Options.parse(args);
        DataDirectory directory = DataDirectory.open(options.dataDir());
        Path dir = directory.path();
        StoreCredentials credentials = StoreCredentials.of(directory, APP_USER, APP_USER);
        AtomicReference<EmbeddedPostgres> postgres = new AtomicReference<>(
                EmbeddedEventStore.start(directory, credentials, options.eventStorePort()));
        try (Connection c = postgres.get().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            String password;
            try (PreparedStatement quote = c.prepareStatement("SELECT quote_literal(?)")) {
                quote.setString(1, credentials.eventStorePassword());
                ResultSet result = quote.executeQuery();
                result.next();
                password = result.getString(1);
            }
            if (!s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + APP_USER + "'").next()) {
                s.execute("CREATE ROLE " + APP_USER + " LOGIN PASSWORD " + password);
                s.execute("CREATE DATABASE " + APP_USER + " OWNER " + APP_USER);
            } else {
                // data directories of earlier versions gave the role the password 'sobujang'
                s.execute("ALTER ROLE " + APP_USER + " PASSWORD " + password);
            }
        }
        MongoServer readStore = new MongoServer(new AuthenticatingBackend(
                ReadStoreBackend.open(dir.resolve("readstore.mv")), credentials.readStoreUser(),
                credentials.readStorePassword()));
        readStore.bind("127.0.0.1", options.readStorePort());
        String readStoreUri = EmbeddedStores.readStoreUri(readStore.getLocalAddress(), credentials);
        Path env = dir.resolve(ENV_FILE);
        DataDirectory.writePrivate(env, String.join("\n",
                "SOBUJANG_EVENTSTORE_URL=jdbc:postgresql://localhost:" + options.eventStorePort() + "/" + APP_USER,
                "SOBUJANG_EVENTSTORE_USER=" + credentials.eventStoreUser(),
                "SOBUJANG_EVENTSTORE_PASSWORD=" + credentials.eventStorePassword(),
                "SOBUJANG_READSTORE_URI=" + readStoreUri,
                "SOBUJANG_JWK_SET_URI=http://localhost:" + options.issuerPort() + "/oauth2/jwks",
                "SOBUJANG_JWT_ISSUER=http://localhost:" + options.issuerPort(), ""));
        ConfigurableApplicationContext issuer = SplitAuthorizationServer.start(options.issuerPort(), dir.toString());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopped.countDown();
            issuer.close();
            readStore.shutdown();
            try {
                synchronized (postgres) {
                    postgres.get().close();
                }
                directory.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }));
        System.out.println("Event store: jdbc:postgresql://localhost:" + options.eventStorePort()
                           + "/sobujang (user sobujang)");
        System.out.println("Read store:  mongodb://localhost:" + options.readStorePort() + "/sobujang (user sobujang)");
        System.out.println("Passwords:   generated, in " + dir.resolve(StoreCredentials.FILE) + "; the services' "
                           + "environment is in " + env + " (set -a; . " + env + "; set +a)");
        System.out.println("Tokens:      http://localhost:" + options.issuerPort() + "/oauth2/token");
        System.out.println("Data under " + dir + "; stop with Ctrl-C");
        System.out.flush();
        // a stand-in should behave like a supervised server: a PostgreSQL that died (crashed, killed) is started again
        while (!stopped.await(WATCH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS)) {
            if (!postmasterRunning(dir.resolve("postgres"))) {
                synchronized (postgres) {
                    if (stopped.getCount() == 0) {
                        break;
                    }
                    System.out.println("PostgreSQL stopped unexpectedly; starting it again");
                    postgres.get().close();
                    try {
                        postgres.set(EmbeddedEventStore.start(directory, credentials, options.eventStorePort()));
                        System.out.println("PostgreSQL started again");
                    } catch (IOException e) {
                        // e.g. the killed server's backends still hold its shared memory: tried again next interval
                        System.out.println("PostgreSQL did not start yet: " + e.getMessage());
                    }
                }
            }
        }
    }

    /** Whether the server named by the data directory's {@code postmaster.pid} is alive. */
    private static boolean postmasterRunning(Path pgData) {
        try {
            List<String> lines = Files.readAllLines(pgData.resolve("postmaster.pid"));
            long pid = Long.parseLong(lines.get(0).strip());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
