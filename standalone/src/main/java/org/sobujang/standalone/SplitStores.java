package org.sobujang.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;
import org.sobujang.standalone.readstore.ReadStoreBackend;
import org.sobujang.standalone.security.SplitAuthorizationServer;
import org.springframework.context.ConfigurableApplicationContext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * {@code --stores-only}: what the split topology needs besides its services, as one process, for machines without
 * PostgreSQL, MongoDB or an OAuth2 issuer — an embedded PostgreSQL on port 5432 (database, user and password
 * {@code sobujang}, the services' defaults), a MongoDB wire-protocol server on port 27017, and the embedded
 * authorization server on port 9000 (the demo clients of application.yml), persisted under {@code ./data-split}.
 * Separate command-service and query-service processes then connect to them as to real ones.
 */
final class SplitStores {

    static final String FLAG = "--stores-only";

    private SplitStores() {
    }

    static void run() throws IOException, SQLException, InterruptedException {
        Path dir = Path.of("data-split").toAbsolutePath();
        Files.createDirectories(dir.resolve("postgres"));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                                                    .setPort(5432)
                                                    .setDataDirectory(dir.resolve("postgres"))
                                                    .setCleanDataDirectory(false)
                                                    .start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = 'sobujang'").next()) {
                s.execute("CREATE ROLE sobujang LOGIN PASSWORD 'sobujang'");
                s.execute("CREATE DATABASE sobujang OWNER sobujang");
            }
        }
        MongoServer readStore = new MongoServer(ReadStoreBackend.open(dir.resolve("readstore.mv")));
        readStore.bind("127.0.0.1", 27017);
        ConfigurableApplicationContext issuer = SplitAuthorizationServer.start(9000, dir.toString());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            issuer.close();
            readStore.shutdown();
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            stopped.countDown();
        }));
        System.out.println("Event store: jdbc:postgresql://localhost:5432/sobujang (user sobujang, password sobujang)");
        System.out.println("Read store:  mongodb://localhost:27017/sobujang");
        System.out.println("Tokens:      http://localhost:9000/oauth2/token (JWK set http://localhost:9000/oauth2/jwks)");
        System.out.println("Data under " + dir + "; stop with Ctrl-C");
        stopped.await();
    }
}
