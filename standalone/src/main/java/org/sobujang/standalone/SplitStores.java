package org.sobujang.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

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

    private SplitStores() {
    }

    static void run() throws IOException, SQLException, InterruptedException {
        DataDirectory directory = DataDirectory.open(Path.of("data-split"));
        Path dir = directory.path();
        StoreCredentials credentials = StoreCredentials.of(directory, APP_USER, APP_USER);
        EmbeddedPostgres postgres = EmbeddedEventStore.start(directory, credentials, 5432);
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
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
        readStore.bind("127.0.0.1", 27017);
        String readStoreUri = EmbeddedStores.readStoreUri(readStore.getLocalAddress(), credentials);
        Path env = dir.resolve(ENV_FILE);
        DataDirectory.writePrivate(env, String.join("\n",
                "SOBUJANG_EVENTSTORE_URL=jdbc:postgresql://localhost:5432/" + APP_USER,
                "SOBUJANG_EVENTSTORE_USER=" + credentials.eventStoreUser(),
                "SOBUJANG_EVENTSTORE_PASSWORD=" + credentials.eventStorePassword(),
                "SOBUJANG_READSTORE_URI=" + readStoreUri,
                "SOBUJANG_JWK_SET_URI=http://localhost:9000/oauth2/jwks",
                "SOBUJANG_JWT_ISSUER=http://localhost:9000", ""));
        ConfigurableApplicationContext issuer = SplitAuthorizationServer.start(9000, dir.toString());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            issuer.close();
            readStore.shutdown();
            try {
                postgres.close();
                directory.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }));
        System.out.println("Event store: jdbc:postgresql://localhost:5432/sobujang (user sobujang)");
        System.out.println("Read store:  mongodb://localhost:27017/sobujang (user sobujang)");
        System.out.println("Passwords:   generated, in " + dir.resolve(StoreCredentials.FILE) + "; the services' "
                           + "environment is in " + env + " (set -a; . " + env + "; set +a)");
        System.out.println("Tokens:      http://localhost:9000/oauth2/token (JWK set http://localhost:9000/oauth2/jwks)");
        System.out.println("Data under " + dir + "; stop with Ctrl-C");
        stopped.await();
    }
}
