package org.sobujang.bench;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.HdrHistogram.ConcurrentHistogram;
import org.sobujang.api.sourcing.SourcingPlanRevised;
import org.sobujang.api.sourcing.SupplierShareValue;
import org.sobujang.bench.Report.Target;

/**
 * One run: start the embedded default in this JVM (or, with {@code --topology split}, the split topology as separate
 * service processes: {@link SplitApp}), measure the stores' physical limits, generate the data set, then measure the
 * product over HTTP on loopback and print one table. With several sizes ({@code --events 100000,1000000}) every size
 * gets a fresh deployment and data directory; the limits are measured once, in the first.
 */
public final class BenchMain {

    record Options(List<Long> sizes, double seconds, double warmup, int clients, long seed, Path out,
                   List<String> appArguments, boolean split, Path commandJar, Path queryJar, boolean rebuildOnly) {
        static Options parse(String[] args) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (!a.startsWith("--")) {
                    throw new IllegalArgumentException("unexpected argument " + a);
                }
                int eq = a.indexOf('=');
                if (eq > 0) {
                    m.put(a.substring(2, eq), a.substring(eq + 1));
                } else if (i + 1 < args.length) {
                    m.put(a.substring(2), args[++i]);
                } else {
                    throw new IllegalArgumentException("missing value of " + a);
                }
            }
            List<Long> sizes = new ArrayList<>();
            for (String s : m.getOrDefault("events", "100000").split(",")) {
                sizes.add(Long.parseLong(s.strip().replace("_", "")));
            }
            String topology = m.getOrDefault("topology", "embedded");
            if (!topology.equals("embedded") && !topology.equals("split")) {
                throw new IllegalArgumentException("--topology is embedded or split, not " + topology);
            }
            boolean split = topology.equals("split");
            // rebuild: stop each size after its rebuild, read-cache and heap rows (the rebuild's growth in one run)
            String phases = m.getOrDefault("phases", "all");
            if (!phases.equals("all") && !phases.equals("rebuild")) {
                throw new IllegalArgumentException("--phases is all or rebuild, not " + phases);
            }
            return new Options(sizes, Double.parseDouble(m.getOrDefault("seconds", "10")),
                               Double.parseDouble(m.getOrDefault("warmup", "3")),
                               Integer.parseInt(m.getOrDefault("clients", "16")),
                               Long.parseLong(m.getOrDefault("seed", "20190704")),
                               m.containsKey("out") ? Path.of(m.get("out")) : null,
                               // extra properties for the app under test, e.g. --app "--a=1 --b=2" (A/B runs)
                               m.containsKey("app") ? List.of(m.get("app").strip().split("\\s+")) : List.of(),
                               split, split ? jar(m, "command") : null, split ? jar(m, "query") : null,
                               phases.equals("rebuild"));
        }

        /** {@code --command-jar} / {@code --query-jar}, by default the module's packaged jar below the working directory. */
        private static Path jar(Map<String, String> m, String side) {
            try {
                return m.containsKey(side + "-jar") ? Path.of(m.get(side + "-jar")) : SplitApp.defaultJar(side + "-service");
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** How the rows of one size are labelled: the size, and the topology when it is not the embedded default. */
        String label(long size) {
            return String.format(Locale.ROOT, "%,d", size) + (split ? " split" : "");
        }
    }

    /** Limits measured in the first app, compared with the product figures of every size. */
    private record LimitFigures(Limits.Appends one, Limits.Appends sixteen, Limits.Appends batched,
                                Limits.ReadStore readStore) {
    }

    private static final String AS_OF = "2024-06-30";

    private final Options options;
    final Report report = new Report();
    private LimitFigures limits;

    BenchMain(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Report report = run(args);
        System.out.println();
        System.out.println(report.markdown());
        System.exit(0);
    }

    static Report run(String[] args) throws Exception {
        Options options = Options.parse(args);
        BenchMain bench = new BenchMain(options);
        for (long size : options.sizes()) {
            bench.measure(size);
        }
        bench.growth();
        if (options.out() != null) {
            Files.writeString(options.out(), bench.report.markdown(), StandardCharsets.UTF_8);
        }
        return bench.report;
    }

    private static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[bench] " + format + "%n", args);
    }

    private void measure(long size) throws Exception {
        DataSet data = new DataSet(size, options.seed());
        List<String> buyerIds = new ArrayList<>(data.buyers);
        buyerIds.add(Templates.BUYER);
        Clients clients = new Clients(buyerIds);
        String label = options.label(size);
        log("starting the %s for %,d events", options.split() ? "split topology (command and query service processes)"
                : "embedded default", size);
        try (Deployment app = options.split()
                ? SplitApp.start(clients, options.appArguments(), options.commandJar(), options.queryJar())
                : App.start(clients, options.appArguments())) {
            Api api = new Api(app.commandUrl(), app.queryUrl(), app.tokenUrl());
            log("authentication %s", api.authEnabled() ? "on: bearer tokens from /oauth2/token" : "off (no /oauth2/token)");
            api.prefetchTokens(clients.all());
            Templates.record(api, clients);
            Map<String, EventRows.Shape> shapes = EventRows.shapes(app.jdbcUrl());
            EventRows.Encoder encoder = new EventRows.Encoder(app.eventSerializer(), shapes);
            if (limits == null) {
                limits = measureLimits(app, encoder);
            }
            loadAndRebuild(app, api, clients, encoder, data, label);
            if (options.rebuildOnly()) {
                return;
            }
            queries(app, api, clients, data, label);
            double commandRate = commands(api, clients, data, label);
            double backlog = catchUp(app, api, clients);
            lag(api, clients, data, label, commandRate / 2, backlog);
            catchUp(app, api, clients);
            bulkIngest(api, clients, data, label);
            double importBacklog = catchUp(app, api, clients);
            bulkChanges(api, clients, data, label, importBacklog);
        }
    }

    // ---------------------------------------------------------------- limits

    private LimitFigures measureLimits(Deployment app, EventRows.Encoder encoder) throws Exception {
        EventRows.Row sample = encoder.encode("plan:bench/sample", 0, new SourcingPlanRevised("sample-change",
                "buyer-00", "comp-0001", LocalDate.of(2020, 1, 1),
                List.of(new SupplierShareValue("firm-00001", new BigDecimal("0.6")),
                        new SupplierShareValue("firm-00002", new BigDecimal("0.3"))),
                new BigDecimal("120"), "t", null), java.time.Instant.now());
        double w = options.warmup();
        double s = options.seconds();
        int c = options.clients();
        log("limit: raw appends, 1 connection, 1 event per transaction");
        Limits.Appends one = Limits.appends(app.jdbcUrl(), 1, 1, w, s, sample);
        log("limit: raw appends, %d connections, 1 event per transaction", c);
        Limits.Appends sixteen = Limits.appends(app.jdbcUrl(), c, 1, w, s, sample);
        log("limit: raw appends, 1 connection, 100-event batches");
        Limits.Appends batched = Limits.appends(app.jdbcUrl(), 1, 100, w, s, sample);
        log("limit: read store bulk insert, upserts, _id lookups");
        Limits.ReadStore readStore = Limits.readStore(
                app.mongo().getDatabase("sobujang").getCollection(Limits.SCRATCH_COLLECTION), c, w, s);
        String l = "limit";
        report.add(l, "raw append, 1 conn, 1 event/tx", one.eventsPerSecond(), "events/s", null, null, null,
                   "p50 " + Report.fmt(one.tx().p50Ms()) + " ms, p99 " + Report.fmt(one.tx().p99Ms()) + " ms");
        report.add(l, "raw append, " + c + " conns, 1 event/tx", sixteen.eventsPerSecond(), "events/s", null, null, null,
                   "p50 " + Report.fmt(sixteen.tx().p50Ms()) + " ms, p99 " + Report.fmt(sixteen.tx().p99Ms()) + " ms");
        report.add(l, "raw append, 1 conn, 100-event batches (reWriteBatchedInserts)", batched.eventsPerSecond(),
                   "events/s", null, null, null, null);
        report.add(l, "read store bulk insert (insertMany 1000)", readStore.bulkDocsPerSecond(), "docs/s", null, null,
                   null, null);
        report.add(l, "read store single upserts, 1 client", readStore.upserts().perSecond(), "docs/s", null, null,
                   null, "p50 " + Report.fmt(readStore.upserts().p50Ms()) + " ms");
        report.add(l, "read store _id lookups, 1 client", readStore.lookups1().perSecond(), "lookups/s", null, null,
                   null, "p50 " + Report.fmt(readStore.lookups1().p50Ms()) + " ms");
        report.add(l, "read store _id lookups, " + c + " clients", readStore.lookups16().perSecond(), "lookups/s", null,
                   null, null, "p50 " + Report.fmt(readStore.lookups16().p50Ms()) + " ms, p99 "
                               + Report.fmt(readStore.lookups16().p99Ms()) + " ms");
        return new LimitFigures(one, sixteen, batched, readStore);
    }

    // ---------------------------------------------------------------- data set and rebuild

    private void loadAndRebuild(Deployment app, Api api, Clients clients, EventRows.Encoder encoder, DataSet data,
                                String label) throws Exception {
        List<String> processors = new ArrayList<>();
        for (JsonNode p : Templates.ok(api.get(clients.admin, "/admin/processors")).json()) {
            processors.add(p.get("name").asText());
        }
        // stopped while the rows go in, so the rebuild below is the only pass over them
        for (String p : processors) {
            Templates.ok(api.postJson(clients.admin, "/admin/processors/" + p + "/stop", "{}"));
        }
        log("generating %s events (seed %d) into the event store", label, options.seed());
        long t0 = System.nanoTime();
        long written;
        try (EventRows.Writer writer = new EventRows.Writer(app.jdbcUrl(), encoder)) {
            data.generate(writer);
            written = writer.written;
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long head = head(app.jdbcUrl());
        long stored = storedEvents(app.jdbcUrl());
        report.add(label, "data set load (generated rows, direct JDBC batches)", written / loadSeconds, "events/s",
                   "raw 100-event batches", limits.batched().eventsPerSecond(), null,
                   String.format(Locale.ROOT, "%,d events generated in %.1f s; %,d stored in all; %d firms, %d"
                                 + " components, %d plans (%s: %d)", written, loadSeconds, stored, data.firmCount,
                                 data.componentCount, data.plans.size(), DataSet.RANKING_BUYER, data.rankingPlans));
        log("rebuilding %d processors over %,d events", processors.size(), stored);
        long r0 = System.nanoTime();
        for (String p : processors) {
            Templates.ok(api.postJson(clients.admin, "/admin/processors/" + p + "/reset", "{}"));
        }
        // bounded: generous enough for the naive baseline's ~100 events/s, still finite
        awaitCaughtUp(api, clients, processors, head, Math.max(600, stored / 20));
        double rebuildSeconds = (System.nanoTime() - r0) / 1e9;
        report.add(label, "projection rebuild (reset + replay of all " + processors.size() + " processors)",
                   stored / rebuildSeconds, "events/s", "read store bulk insert",
                   limits.readStore().bulkDocsPerSecond(), Target.ratioAtLeast(1.0),
                   String.format(Locale.ROOT, "total %.1f s for %,d events", rebuildSeconds, stored));
        long w0 = System.nanoTime();
        long warmed = app.awaitWarmReadCache(600);
        if (warmed >= 0) {
            double warmSeconds = (System.nanoTime() - w0) / 1e9;
            report.add(label, "read cache warm again after the rebuild", warmSeconds, "s", null, null, null,
                       String.format(Locale.ROOT, "%,d documents loaded by the warmer; the queries below start"
                                     + " from a warm cache", warmed));
        }
        Deployment.Heap heap = app.heapAfterGc(api, clients);
        report.add(label, "heap used after load and rebuild (after GC)", heap.usedMb(), "MB", null, null, null,
                   heap.note());
    }

    private static long head(String jdbcUrl) throws Exception {
        return queryLong(jdbcUrl, "SELECT coalesce(max(globalIndex), 0) FROM domainevententry");
    }

    private static long storedEvents(String jdbcUrl) throws Exception {
        return queryLong(jdbcUrl, "SELECT count(*) FROM domainevententry");
    }

    private static long queryLong(String jdbcUrl, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Until every segment of every processor is running, without error, and at or past {@code head}. */
    private static void awaitCaughtUp(Api api, Clients clients, List<String> processors, long head, long timeoutSeconds)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        String last = "";
        while (System.nanoTime() < deadline) {
            JsonNode all = Templates.ok(api.get(clients.admin, "/admin/processors")).json();
            boolean done = true;
            for (JsonNode p : all) {
                if (!processors.contains(p.get("name").asText())) {
                    continue;
                }
                JsonNode segments = p.get("segments");
                // Position only, not the replay flag: Axon ends a segment's replay when it handles an event past the
                // reset point, so a segment that applied the last stored event but reached it through events of the
                // other segment stays "replaying" until the next event arrives (a 1 M run waited minutes on that).
                boolean ok = p.get("running").asBoolean() && !p.get("error").asBoolean() && segments.size() > 0
                             && segments.size() >= p.get("segmentCount").asInt();
                for (JsonNode s : segments) {
                    ok &= s.get("position").asLong() >= head;
                }
                done &= ok;
            }
            if (done) {
                return;
            }
            last = all.toString();
            Thread.sleep(100);
        }
        throw new IllegalStateException("processors not caught up with " + head + " after " + timeoutSeconds + " s: "
                                        + last);
    }

    // ---------------------------------------------------------------- GraphQL

    private void queries(Deployment app, Api api, Clients clients, DataSet data, String label) throws Exception {
        Map<String, Load.Op> ops = new LinkedHashMap<>();
        List<DataSet.Plan> plans = data.plans;
        ops.put("dependencyRisk", (c, n) -> {
            DataSet.Plan p = plans.get(ThreadLocalRandom.current().nextInt(plans.size()));
            return Api.graphqlOk(api.graphql(clients.buyer(p.buyerId()), "{ dependencyRisk(buyerId: \""
                    + p.buyerId() + "\", componentId: \"" + p.componentId() + "\", asOf: \"" + AS_OF
                    + "\") { score level factors { name contribution } suppliers { supplier { id country } share }"
                    + " qualifiedDomesticAlternatives } }", null));
        });
        ops.put("riskRanking (" + data.rankingPlans + " plans)", (c, n) -> Api.graphqlOk(api.graphql(
                clients.buyer(DataSet.RANKING_BUYER), "{ riskRanking(buyerId: \"" + DataSet.RANKING_BUYER
                        + "\", asOf: \"" + AS_OF + "\") { component { id name } score level qualifiedDomesticAlternatives } }",
                null)));
        ops.put("nationalRisk", (c, n) -> {
            String component = data.componentIds.get(ThreadLocalRandom.current().nextInt(data.componentIds.size()));
            return Api.graphqlOk(api.graphql(clients.analyst, "{ nationalRisk(componentId: \"" + component
                    + "\", asOf: \"" + AS_OF + "\") { score level contributingBuyers suppressedReason } }", null));
        });
        ops.put("domesticSupplierMatches (" + data.firmCount + " firms)", (c, n) -> {
            String component = data.componentIds.get(ThreadLocalRandom.current().nextInt(data.componentIds.size()));
            String buyer = data.buyers.get(ThreadLocalRandom.current().nextInt(data.buyers.size()));
            return Api.graphqlOk(api.graphql(clients.buyer(buyer), "{ domesticSupplierMatches(componentId: \""
                    + component + "\", buyerId: \"" + buyer + "\") { supplier { id name } score reasons stage } }", null));
        });
        ops.put("localizationProgress (5 years monthly)", (c, n) -> Api.graphqlOk(api.graphql(clients.analyst,
                "{ localizationProgress(scope: {coreItemListId: \"" + DataSet.CORE_LIST + "\"}, from: \"2019-01-01\","
                + " to: \"2023-12-31\", interval: MONTH) { date domesticShare restrictedShare"
                + " componentsWithQualifiedDomesticSupplier targetShare } }", null)));
        Load.Result lookups = limits.readStore().lookups16();
        for (Map.Entry<String, Load.Op> e : ops.entrySet()) {
            log("GraphQL %s, %d clients", e.getKey(), options.clients());
            // one request first, outside the measurement: the warm-up of a query slower than the warm-up period
            // would otherwise run into the window with every client at once
            e.getValue().run(0, 0);
            Deployment.ReadCache cacheBefore = app.readCache();
            Load.Result r = Load.closedLoop(options.clients(), options.warmup(), options.seconds(), e.getValue());
            Deployment.ReadCache cacheAfter = app.readCache();
            String cache = cacheAfter == null ? "" : "; " + cacheAfter.since(cacheBefore) + " (warm-up included)";
            String name = "GraphQL " + e.getKey();
            boolean dependency = e.getKey().equals("dependencyRisk");
            boolean ranking = e.getKey().startsWith("riskRanking");
            report.add(label, name + ": throughput", r.perSecond(), "req/s", "_id lookups, 16 clients",
                       lookups.perSecond(), dependency ? Target.atLeast(1000) : null, errors(r) + cache);
            report.add(label, name + ": p50", r.p50Ms(), "ms", "_id lookup p50", lookups.p50Ms(), null, null);
            report.add(label, name + ": p99", r.p99Ms(), "ms", "_id lookup p99", lookups.p99Ms(),
                       dependency ? Target.atMost(20) : ranking ? Target.atMost(100) : null, null);
        }
    }

    private static String errors(Load.Result r) {
        return r.errors() == 0 ? r.ops() + " requests, 0 errors"
                : r.ops() + " requests, " + r.errors() + " ERRORS, first: " + r.firstError();
    }

    // ---------------------------------------------------------------- commands and lag

    /** A whole-plan revision dated after every generated change: valid in any state of the plan. */
    private static Api.Response revise(Api api, Clients clients, DataSet data, long n) {
        DataSet.Plan p = data.plans.get((int) ((n * 7919) % data.plans.size()));
        LocalDate effective = LocalDate.of(2026, 1, 1).plusDays(n % 3000);
        String a = data.buyers.get(0).equals(p.buyerId()) ? "firm-00001" : "firm-00002";
        String body = "{\"effectiveFrom\": \"" + effective + "\", \"shares\": [{\"supplierId\": \"" + a
                      + "\", \"share\": 0.55}, {\"supplierId\": \"firm-00003\", \"share\": 0.4}]}";
        return api.postJson(clients.buyer(p.buyerId()), "/api/v1/buyers/" + p.buyerId() + "/sourcing-plans/"
                                                       + p.componentId() + "/revisions", body);
    }

    private double commands(Api api, Clients clients, DataSet data, String label) throws Exception {
        log("single commands over REST, %d clients", options.clients());
        Load.Result r = Load.closedLoop(options.clients(), options.warmup(), options.seconds(),
                                        (c, n) -> revise(api, clients, data, n).status() == 201);
        Load.Result raw = limits.sixteen().tx();
        report.add(label, "single commands (plan revisions), " + options.clients() + " clients: throughput",
                   r.perSecond(), "commands/s", "raw append, 16 conns", limits.sixteen().eventsPerSecond(),
                   Target.atLeast(2000), errors(r));
        report.add(label, "single commands: p50", r.p50Ms(), "ms", "raw append p50, 16 conns", raw.p50Ms(), null, null);
        report.add(label, "single commands: p99", r.p99Ms(), "ms", "raw append p99, 16 conns", raw.p99Ms(),
                   Target.atMost(25), null);
        return r.perSecond();
    }

    /**
     * Waits until every projection has applied every stored event and returns how long that took: the lag is
     * measured from a steady state, not on top of the backlog the command burst before it left behind.
     */
    private static double catchUp(Deployment app, Api api, Clients clients) throws Exception {
        List<String> processors = new ArrayList<>();
        for (JsonNode p : Templates.ok(api.get(clients.admin, "/admin/processors")).json()) {
            processors.add(p.get("name").asText());
        }
        long t0 = System.nanoTime();
        awaitCaughtUp(api, clients, processors, head(app.jdbcUrl()), 1800);
        return (System.nanoTime() - t0) / 1e9;
    }

    /**
     * The lag as the issue defines it: from the command's acceptance (its 201) until GraphQL shows its effect, i.e.
     * until the consistent query carrying the command's token is answered. Operations go out on a fixed schedule at
     * {@code rate}; the pool of clients is sized to the schedule (one operation a second per client, at least
     * {@code --clients}), so a slow operation does not hold back the next ones and the schedule is kept unless the
     * product cannot keep up. The note also gives, from the scheduled start, command and query together.
     */
    private void lag(Api api, Clients clients, DataSet data, String label, double rate, double backlogSeconds)
            throws Exception {
        int pool = Math.max(options.clients(), (int) Math.ceil(rate));
        log("end-to-end lag at %.0f commands/s, %d paced clients", rate, pool);
        // the two halves of each operation measured after the warm-up, each from the moment it is sent
        ConcurrentHistogram commandPart = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(120), 3);
        ConcurrentHistogram visible = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(120), 3);
        long measureFrom = System.nanoTime() + (long) (options.warmup() * 1e9);
        Load.Result r = Load.paced(pool, Math.max(1, rate), options.warmup(), options.seconds(), (c, n) -> {
            long t0 = System.nanoTime();
            Api.Response command = revise(api, clients, data, 1_000_000 + n);
            long t1 = System.nanoTime();
            if (command.status() != 201) {
                return false;
            }
            DataSet.Plan p = data.plans.get((int) (((1_000_000 + n) * 7919) % data.plans.size()));
            String token = command.header("X-Consistency-Token");
            boolean ok = token != null && Api.graphqlOk(api.graphql(clients.buyer(p.buyerId()),
                    "{ dependencyRisk(buyerId: \"" + p.buyerId() + "\", componentId: \"" + p.componentId()
                    + "\", asOf: \"" + AS_OF + "\") { score } }", token));
            if (ok && t0 >= measureFrom) {
                commandPart.recordValue(Math.max(1, (t1 - t0) / 1000));
                visible.recordValue(Math.max(1, (System.nanoTime() - t1) / 1000));
            }
            return ok;
        });
        boolean kept = r.perSecond() >= 0.95 * rate;
        double limitP50 = limits.sixteen().tx().p50Ms() + limits.readStore().lookups16().p50Ms();
        double limitP99 = limits.sixteen().tx().p99Ms() + limits.readStore().lookups16().p99Ms();
        report.add(label, "lag command accepted → visible in GraphQL, half the max command rate: p50",
                   percentileMs(visible, 50), "ms", "raw append + _id lookup p50", limitP50, Target.atMost(30),
                   errors(r) + String.format(Locale.ROOT,
                   "; %d paced clients; started after the projections had applied the command phase's backlog (%.1f s)",
                   pool, backlogSeconds));
        report.add(label, "lag: p99", percentileMs(visible, 99), "ms", "raw append + _id lookup p99", limitP99,
                   Target.atMost(150),
                   String.format(Locale.ROOT, "%s: achieved %.0f/s of %.0f/s scheduled; the command itself p50 %s ms"
                                 + " / p99 %s ms; command and query from the scheduled start p50 %s ms / p99 %s ms",
                                 kept ? "schedule kept" : "SCHEDULE NOT KEPT", r.perSecond(), rate,
                                 Report.fmt(percentileMs(commandPart, 50)), Report.fmt(percentileMs(commandPart, 99)),
                                 Report.fmt(r.p50Ms()), Report.fmt(r.p99Ms())));
    }

    private static double percentileMs(ConcurrentHistogram h, double percentile) {
        return h.getTotalCount() == 0 ? Double.NaN : h.getValueAtPercentile(percentile) / 1000.0;
    }

    // ---------------------------------------------------------------- bulk ingest

    private void bulkIngest(Api api, Clients clients, DataSet data, String label) throws Exception {
        int rows = (int) Math.max(500, Math.min(20_000, data.events / 10));
        StringBuilder csv = new StringBuilder("year,statCd,hsCd,impDlr,impWgt,expDlr,expWgt\n");
        String[] partners = {"JP", "CN", "US", "DE", "TW"};
        // keys the data set never has (2010–2018, HS chapter 99), so every row is a new statistic
        for (int i = 0; i < rows; i++) {
            YearMonth period = YearMonth.of(2010, 1).plusMonths(i % 108);
            csv.append(String.format(Locale.ROOT, "%d.%02d,%s,99%08d,%d,%d,0,0%n", period.getYear(),
                                     period.getMonthValue(), partners[(i / 108) % 5], i / 540, 1000 + i, 10 + i));
        }
        log("bulk ingest: CSV import of %,d rows", rows);
        long t0 = System.nanoTime();
        String id = Templates.ok(api.postBytes(clients.steward, "/api/v1/imports?kind=trade-statistics", "text/csv",
                                               csv.toString().getBytes(StandardCharsets.UTF_8))).json().get("id").asText();
        JsonNode reportJson = Templates.awaitImport(api, clients.steward, id, 600_000).json();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long accepted = reportJson.path("rowsAccepted").asLong();
        report.add(label, "bulk ingest (CSV import of trade statistics)", accepted / seconds, "events/s",
                   "raw 100-event batches", limits.batched().eventsPerSecond(), Target.ratioAtLeast(0.40),
                   String.format(Locale.ROOT, "%,d rows accepted, %d rejected, status %s, %.1f s", accepted,
                                 reportJson.path("rowsRejected").asLong(), reportJson.path("status").asText(), seconds));
    }

    private static final int BATCH_SIZE = 100;
    /** The suppliers a batch shares out, at most 0.24 each so together they never pass 1; revise(...)'s among them. */
    private static final List<String> BATCH_SUPPLIERS = List.of("firm-00001", "firm-00002", "firm-00003",
                                                                "firm-00004");
    /** After every date the bench records anything on: generated history to 2024, revisions from 2026 into 2034. */
    private static final LocalDate BATCHES_FROM = LocalDate.of(2040, 1, 1);

    /**
     * Request {@code n}: 100 changes of one plan on 100 days of its own, after every other date of the run. The first
     * set every supplier the plan may have a share of at that date to 0 (its generated ones, the revisions', the
     * batches'), the rest give the batch suppliers shares of at most 0.24: valid whatever the plan held before and in
     * whichever order batches of the same plan are stored.
     */
    private static Api.Response changeBatch(Api api, Clients clients, DataSet data, long n) {
        DataSet.Plan p = data.plans.get((int) ((n * 7919) % data.plans.size()));
        Set<String> present = new LinkedHashSet<>(data.planSuppliers.get(p));
        present.addAll(BATCH_SUPPLIERS);
        List<String> suppliers = new ArrayList<>(present);
        LocalDate first = BATCHES_FROM.plusDays(n * BATCH_SIZE);
        StringBuilder body = new StringBuilder("{\"changes\": [");
        for (int i = 0; i < BATCH_SIZE; i++) {
            String supplier = i < suppliers.size() ? suppliers.get(i) : BATCH_SUPPLIERS.get(i % BATCH_SUPPLIERS.size());
            String share = i < suppliers.size() ? "0" : String.format(Locale.ROOT, "%.2f", 0.05 + 0.01 * ((n + i) % 20));
            body.append(i == 0 ? "" : ", ").append("{\"supplierId\": \"").append(supplier).append("\", \"share\": ")
                .append(share).append(", \"effectiveFrom\": \"").append(first.plusDays(i))
                .append("\", \"evidence\": \"ERP import\"}");
        }
        body.append("]}");
        return api.postJson(clients.buyer(p.buyerId()), "/api/v1/buyers/" + p.buyerId() + "/sourcing-plans/"
                                                       + p.componentId() + "/changes", body.toString());
    }

    private void bulkChanges(Api api, Clients clients, DataSet data, String label, double backlogSeconds)
            throws Exception {
        log("bulk ingest: batches of %d sourcing changes, %d clients", BATCH_SIZE, options.clients());
        // one batch first, outside the measurement: it must be accepted, and it warms the path up
        Templates.ok(changeBatch(api, clients, data, 0));
        Load.Result r = Load.closedLoop(options.clients(), options.warmup(), options.seconds(),
                                        (c, n) -> changeBatch(api, clients, data, n + 1).status() == 201);
        long accepted = (r.ops() - r.errors()) * BATCH_SIZE;
        report.add(label, "bulk ingest (batches of " + BATCH_SIZE + " sourcing changes, " + options.clients()
                          + " clients)", accepted / r.seconds(), "events/s", "raw 100-event batches",
                   limits.batched().eventsPerSecond(), Target.ratioAtLeast(0.40),
                   errors(r) + String.format(Locale.ROOT, "; %,d changes accepted in %.1f s, per request p50 %s ms,"
                                             + " p99 %s ms; started after the projections had applied the CSV"
                                             + " import (%.1f s)", accepted, r.seconds(), Report.fmt(r.p50Ms()),
                                             Report.fmt(r.p99Ms()), backlogSeconds));
    }

    // ---------------------------------------------------------------- growth

    /**
     * The largest size against the smallest: per-request latencies (target: within 10 %) and the rebuild's events/s
     * (target: at least 0.80 of the smaller size's, i.e. read models whose cost per event does not grow with the
     * history they hold).
     */
    void growth() {
        if (options.sizes().size() < 2) {
            return;
        }
        String small = options.label(options.sizes().get(0));
        String large = options.label(options.sizes().get(options.sizes().size() - 1));
        String label = "growth " + large + " / " + small;
        List<Report.Row> rows = new ArrayList<>(report.rows);
        for (Report.Row r : rows) {
            if (!r.size().equals(large)) {
                continue;
            }
            boolean latency = "ms".equals(r.unit());
            boolean rebuild = r.measure().startsWith("projection rebuild");
            if (!latency && !rebuild) {
                continue;
            }
            rows.stream().filter(s -> s.size().equals(small) && s.measure().equals(r.measure())).findFirst()
                .ifPresent(s -> report.add(label, r.measure(), r.value(), r.unit(), "same at " + small, s.value(),
                                           latency ? Target.ratioAtMost(1.10) : Target.ratioAtLeast(0.80), null));
        }
    }
}
