package org.sobujang.query.eventsource;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.axonframework.common.jdbc.DataSourceConnectionProvider;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Concurrent writers take global indexes in one order and commit in another, and some roll back: the event table's
 * sequence has gaps, some filled later, some for ever. A projection's stream (the storage engine Axon's Spring Boot
 * support builds, with its defaults, read through {@link PromptMessageSource} as the processors read it) must hand
 * out every committed event exactly once and nothing else, over 10^5 events written while it reads.
 */
class GapsUnderConcurrentWritersTest {

    private static final int EVENTS = 100_000;
    private static final int WRITERS = 8;
    /** The stream must keep making progress; a stall this long fails the test. */
    private static final Duration NO_PROGRESS = Duration.ofSeconds(60);

    private static EmbeddedPostgres postgres;
    private static DataSource dataSource;

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.start();
        dataSource = postgres.getPostgresDatabase();
        EventTable.create(new JdbcTemplate(dataSource));
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void everyCommittedEventIsHandedOutOnceThoughWritersLeaveGapsAndFillThemLate() throws Exception {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(new DataSourceConnectionProvider(dataSource))
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer).snapshotSerializer(serializer)
                .build();
        EventArrivals arrivals = new EventArrivals(engine::createHeadToken, Duration.ofMillis(25));
        PromptMessageSource source = new PromptMessageSource(engine, arrivals, Duration.ofMillis(20));

        Set<String> committed = ConcurrentHashMap.newKeySet();
        AtomicInteger rolledBack = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> written = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            long seed = 31L * w + 7;
            written.add(writers.submit(() -> write(seed, next, committed, rolledBack)));
        }

        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger handedOut = new AtomicInteger();
        AtomicLong lastProgress = new AtomicLong(System.nanoTime());
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(null)) {
            while (true) {
                if (stream.hasNextAvailable(100, TimeUnit.MILLISECONDS)) {
                    TrackedEventMessage<?> event = stream.nextAvailable();
                    handedOut.incrementAndGet();
                    seen.add(event.getIdentifier());
                    lastProgress.set(System.nanoTime());
                    continue;
                }
                if (writing.get() && written.stream().allMatch(Future::isDone)) {
                    for (Future<?> f : written) {
                        f.get();
                    }
                    writing.set(false);
                    lastProgress.set(System.nanoTime());
                }
                if (!writing.get() && seen.size() >= committed.size()) {
                    break;
                }
                assertThat(Duration.ofNanos(System.nanoTime() - lastProgress.get()))
                        .as("no event for too long: %d of %d committed seen", seen.size(), committed.size())
                        .isLessThan(NO_PROGRESS);
            }
            // anything still to come would be an event that was never committed
            assertThat(stream.hasNextAvailable(500, TimeUnit.MILLISECONDS)).isFalse();
        } finally {
            writers.shutdownNow();
            arrivals.close();
        }

        Long rows = new JdbcTemplate(dataSource).queryForObject("SELECT count(*) FROM DomainEventEntry", Long.class);
        Long highest = new JdbcTemplate(dataSource).queryForObject("SELECT max(globalIndex) FROM DomainEventEntry",
                                                                  Long.class);
        System.out.printf("GapsUnderConcurrentWritersTest: %d events committed, %d transactions rolled back, "
                          + "%d global indexes never used, %d handed out%n", committed.size(), rolledBack.get(),
                          highest - rows, handedOut.get());
        assertThat(committed).hasSizeGreaterThanOrEqualTo(EVENTS);
        assertThat(rows).isEqualTo(committed.size());
        assertThat(highest - rows).as("gaps left by rolled-back transactions").isPositive();
        assertThat(seen).isEqualTo(committed);
        assertThat(handedOut.get()).as("each event once").isEqualTo(committed.size());
    }

    /**
     * Transactions of 1-4 events; one in ten rolls back after taking its indexes; one in five holds its transaction a
     * few milliseconds and one in 250 up to a quarter of a second before committing, so later indexes commit first
     * and the reader sees the gap before it fills.
     */
    private static Void write(long seed, AtomicInteger next, Set<String> committed, AtomicInteger rolledBack)
            throws SQLException, InterruptedException {
        Random random = new Random(seed);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO DomainEventEntry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, "
                    + "metaData, payload, payloadType, payloadRevision, timeStamp) "
                    + "VALUES (?, 0, 'Gap', ?, ?, ?, 'java.lang.String', NULL, ?)")) {
                while (committed.size() < EVENTS) {
                    List<String> ids = new ArrayList<>();
                    for (int i = 1 + random.nextInt(4); i > 0; i--) {
                        String id = "e-" + next.incrementAndGet();
                        ids.add(id);
                        insert.setString(1, "gap:" + id);
                        insert.setString(2, id);
                        insert.setBytes(3, "{}".getBytes(StandardCharsets.UTF_8));
                        insert.setBytes(4, ("\"" + id + "\"").getBytes(StandardCharsets.UTF_8));
                        insert.setString(5, Instant.now().toString());
                        insert.executeUpdate();
                    }
                    if (random.nextInt(5) == 0) {
                        Thread.sleep(random.nextInt(4));
                    } else if (random.nextInt(200) == 0) {
                        // long enough for the reader to read well past its indexes before they commit
                        Thread.sleep(50 + random.nextInt(200));
                    }
                    if (random.nextInt(10) == 0) {
                        connection.rollback();
                        rolledBack.incrementAndGet();
                    } else {
                        connection.commit();
                        committed.addAll(ids);
                    }
                }
            }
        }
        return null;
    }
}
