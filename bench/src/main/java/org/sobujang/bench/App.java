package org.sobujang.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import com.mongodb.client.MongoClient;
import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.serialization.Serializer;
import org.sobujang.standalone.SobujangTrackerApplication;
import org.sobujang.standalone.readcache.CachingMongoTemplate;
import org.sobujang.standalone.readcache.ReadCacheWarmer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The embedded default, started in this JVM on a random loopback port with a fresh data directory. */
final class App implements Deployment {

    final ConfigurableApplicationContext context;
    final String baseUrl;
    private final Path dataDir;

    private App(ConfigurableApplicationContext context, Path dataDir) {
        this.context = context;
        this.dataDir = dataDir;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    static App start(Clients clients, List<String> extraProperties) throws IOException {
        Path dir = Files.createTempDirectory("sobujang-bench-");
        // a port known before the start: the embedded token issuer names it in every token's iss
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--sobujang.embedded.data-dir=" + dir,
                // the embedded default's file-backed read store, as shipped
                "--sobujang.embedded.read-store=h2",
                "--sobujang.demo-data.enabled=false",
                "--spring.main.banner-mode=off",
                // the bench prints one table; the app's INFO and WARN lines (deprecation notices, Axon's janitor
                // reporting slow units of work with stack traces) would bury it. Errors still show.
                "--logging.level.root=ERROR"));
        args.addAll(clients.asArguments());
        args.addAll(extraProperties);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SobujangTrackerApplication.class)
                .run(args.toArray(String[]::new));
        return new App(context, dir);
    }

    @Override
    public String commandUrl() {
        return baseUrl;
    }

    @Override
    public String queryUrl() {
        return baseUrl;
    }

    @Override
    public String tokenUrl() {
        return baseUrl;
    }

    @Override
    public String jdbcUrl() {
        // the embedded event store requires its generated password: connect as the app's own pool does
        HikariDataSource pool = context.getBean(HikariDataSource.class);
        return pool.getJdbcUrl() + (pool.getJdbcUrl().contains("?") ? "&" : "?") + "user="
               + URLEncoder.encode(pool.getUsername(), StandardCharsets.UTF_8) + "&password="
               + URLEncoder.encode(pool.getPassword(), StandardCharsets.UTF_8);
    }

    @Override
    public MongoClient mongo() {
        return context.getBean(MongoClient.class);
    }

    /** Axon's event serializer: the generator serializes events with exactly what the app stores them with. */
    @Override
    public Serializer eventSerializer() {
        if (context.containsBean("eventSerializer")) {
            return context.getBean("eventSerializer", Serializer.class);
        }
        return context.getBean(Serializer.class);
    }

    @Override
    public long awaitWarmReadCache(long timeoutSeconds) throws InterruptedException {
        ReadCacheWarmer warmer = context.getBeanProvider(ReadCacheWarmer.class).getIfAvailable();
        if (warmer == null) {
            return -1;
        }
        long before = warmer.loaded();
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        // the warmer first has to see a whole quiet interval after the last write, so "warm" seen at once may be
        // the state from before those writes: wait for a look that started after this call
        long looks = warmer.looks();
        while (warmer.looks() < looks + 2 || !warmer.isWarm()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("read cache not warm after " + timeoutSeconds + " s");
            }
            Thread.sleep(100);
        }
        return warmer.loaded() - before;
    }

    @Override
    public ReadCache readCache() {
        if (context.getBean(MongoTemplate.class) instanceof CachingMongoTemplate caching) {
            CacheStats stats = caching.cache().stats();
            return new ReadCache(stats.hitCount(), stats.missCount());
        }
        return null;
    }

    /** The bench and the app share this JVM: its heap after full collections, the bench's data set included. */
    @Override
    public Heap heapAfterGc(Api api, Clients clients) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        double used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
        return new Heap(used, "bench + app in one JVM; max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                              + " MB");
    }

    @Override
    public void close() throws IOException {
        context.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
