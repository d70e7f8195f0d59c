package org.sobujang.query.readstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sobujang.query.InMemoryMongo;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Collation;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.util.Pair;

/**
 * {@link ProjectionWrites#merge}: which upserts are merged, how the merged statement looks, and that the merged
 * statements, sent as one ordered bulk write, leave the read store exactly as the upserts sent one by one.
 */
class ProjectionWritesMergeTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MongoTemplate template = mongo.template();

    @AfterEach
    void stop() {
        mongo.close();
    }

    private static Pair<Query, Update> upsert(String id, Update update) {
        return Pair.of(Documents.byId(id), update);
    }

    @Test
    void successiveSetsOfOneDocumentBecomeOneStatement() {
        List<Pair<Query, Update>> merged = ProjectionWrites.merge(List.of(
                upsert("p", new Update().set("buyerId", "b").set("changes.c1.kind", "SHARE_CHANGE")),
                upsert("p", new Update().set("buyerId", "b").set("changes.c2.kind", "REVISION"))));

        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).getFirst()).isEqualTo(Documents.byId("p"));
        assertThat(merged.get(0).getSecond()).isEqualTo(new Update().set("buyerId", "b")
                .set("changes.c1.kind", "SHARE_CHANGE").set("changes.c2.kind", "REVISION"));
    }

    @Test
    void theSamePathSetAgainKeepsTheLastValue() {
        List<Pair<Query, Update>> merged = ProjectionWrites.merge(List.of(
                upsert("p", new Update().set("a", 1).set("b", 2)),
                upsert("p", new Update().set("a", 3))));

        assertThat(merged).extracting(Pair::getSecond).containsExactly(new Update().set("a", 3).set("b", 2));
        assertThat(merged.get(0).getSecond().getUpdateObject().get("$set", Document.class).keySet())
                .containsExactly("a", "b");
    }

    @Test
    void conflictingPathsStartANewStatement() {
        Update share = new Update().set("buyerId", "b").set("changes.x", new Document("kind", "SHARE_CHANGE"));
        Update retract = new Update().set("buyerId", "b").set("changes.x.retracted", true);
        Update later = new Update().set("changes.y.kind", "REVISION");

        List<Pair<Query, Update>> upserts = List.of(upsert("p", share), upsert("p", retract), upsert("p", later));

        List<Pair<Query, Update>> merged = ProjectionWrites.merge(upserts);

        // the retraction extends a path of the first statement, so it starts the second, which takes the third
        assertThat(merged).extracting(Pair::getSecond).containsExactly(share,
                new Update().set("buyerId", "b").set("changes.x.retracted", true).set("changes.y.kind", "REVISION"));
        assertThat(merged.get(0)).as("a statement nothing was merged into is sent as it was").isSameAs(upserts.get(0));
    }

    @Test
    void aPrefixConflictsUnderAnyOperatorButASiblingDoesNot() {
        assertThat(ProjectionWrites.merge(List.of(upsert("p", new Update().set("a.b", 1)),
                upsert("p", new Update().unset("a"))))).hasSize(2);
        assertThat(ProjectionWrites.merge(List.of(upsert("p", new Update().addToSet("a", 1)),
                upsert("p", new Update().set("a", List.of()))))).hasSize(2);
        assertThat(ProjectionWrites.merge(List.of(upsert("p", new Update().inc("n", 1)),
                upsert("p", new Update().inc("n", 1))))).hasSize(2);
        assertThat(ProjectionWrites.merge(List.of(upsert("p", new Update().push("a", 1)),
                upsert("p", new Update().push("a", 2))))).hasSize(2);
        assertThat(ProjectionWrites.merge(List.of(upsert("p", new Update().setOnInsert("a", 1)),
                upsert("p", new Update().set("a", 2))))).hasSize(2);
        // "ab" is no extension of "a", "a.c" is a sibling of "a.b"
        assertThat(ProjectionWrites.merge(List.of(upsert("p", new Update().set("a.b", 1).set("ab", 1)),
                upsert("p", new Update().inc("a.c", 1).push("abc", 2).unset("x"))))).hasSize(1);
    }

    @Test
    void maximaOfTheSamePathKeepTheLargerValueAndMinimaTheSmallerIfTheyAreIntegersOfOneClass() {
        List<Pair<Query, Update>> upserts = List.of(
                upsert("h", new Update().set("buyerId", "b").max("chunks", 2L)),
                upsert("h", new Update().set("buyerId", "b").max("chunks", 3L)),
                upsert("h", new Update().set("buyerId", "b").max("chunks", 1L).min("first", 5)),
                upsert("h", new Update().min("first", 4)));

        List<Pair<Query, Update>> merged = ProjectionWrites.merge(upserts);

        assertThat(merged).extracting(Pair::getSecond).containsExactly(new Update().set("buyerId", "b")
                .max("chunks", 3L).min("first", 4));
        assertSameDocuments(List.of(), upserts, merged, "maxima");
        assertSameDocuments(List.of(new Document("_id", "h").append("chunks", 5L).append("first", 1)), upserts,
                merged, "maxima, existing");
        assertThat(ProjectionWrites.merge(List.of(upsert("h", new Update().max("n", 2)),
                upsert("h", new Update().max("n", 3L))))).as("an Integer and a Long").hasSize(2);
        assertThat(ProjectionWrites.merge(List.of(upsert("h", new Update().max("n", 2.5)),
                upsert("h", new Update().max("n", 3.5))))).as("not integers").hasSize(2);
    }

    @Test
    void valuesAddedToTheSameSetAreAppendedInOrder() {
        List<Pair<Query, Update>> merged = ProjectionWrites.merge(List.of(
                upsert("l", new Update().set("name", "core").addToSet("componentIds", "c1")),
                upsert("l", new Update().addToSet("componentIds").each("c2", "c1")),
                upsert("l", new Update().addToSet("componentIds", "c3"))));

        assertThat(merged).extracting(Pair::getSecond).containsExactly(new Update().set("name", "core")
                .addToSet("componentIds").each("c1", "c2", "c1", "c3"));
    }

    @Test
    void newFieldsGoOnlyToTheLastOperatorSoTheyAreCreatedInTheSameOrder() {
        List<Pair<Query, Update>> merged = ProjectionWrites.merge(List.of(
                upsert("l", new Update().set("name", "core")),
                upsert("l", new Update().addToSet("componentIds", "c1")),
                // the same path again creates nothing: it may go back to $set; so may an $unset
                upsert("l", new Update().set("name", "core 2").unset("obsolete").addToSet("componentIds", "c2")),
                // a new field under $set would come before componentIds
                upsert("l", new Update().set("targets.2030", 5)),
                upsert("l", new Update().addToSet("componentIds", "c3"))));

        assertThat(merged).extracting(Pair::getSecond).containsExactly(
                new Update().set("name", "core 2").addToSet("componentIds").each("c1", "c2").unset("obsolete"),
                new Update().set("targets.2030", 5).addToSet("componentIds", "c3"));
    }

    @Test
    void aLaterSetOnInsertIsNotMerged() {
        Update insertOnly = new Update().setOnInsert("created", 1);

        List<Pair<Query, Update>> merged = ProjectionWrites.merge(List.of(
                upsert("p", new Update().set("a", 1)), upsert("p", insertOnly), upsert("p", new Update().set("b", 1))));

        assertThat(merged).extracting(Pair::getSecond)
                          .containsExactly(new Update().set("a", 1),
                                  new Update().setOnInsert("created", 1).set("b", 1));
    }

    @Test
    void operatorsOutsideTheSafeSetAreSentAsTheyAre() {
        Update pull = new Update().pull("tags", 1);
        Update rename = new Update().rename("a", "b");
        Update positional = new Update().set("list.$.x", 1);
        Update filtered = new Update().set("list.$[e].x", 1).filterArray(where("e.x").is(0));

        List<Pair<Query, Update>> merged = ProjectionWrites.merge(List.of(
                upsert("p", new Update().set("x", 1)), upsert("p", pull), upsert("p", rename),
                upsert("p", positional), upsert("p", filtered), upsert("p", new Update().set("y", 1)),
                upsert("p", new Update().set("z", 1))));

        assertThat(merged).extracting(Pair::getSecond).containsExactly(new Update().set("x", 1), pull, rename,
                positional, filtered, new Update().set("y", 1).set("z", 1));
    }

    @Test
    void differentIdsStaySeparateAndKeepTheOrderOfTheirFirstStatement() {
        List<Pair<Query, Update>> merged = ProjectionWrites.merge(List.of(
                upsert("b", new Update().set("x", 1)),
                upsert("a", new Update().set("x", 2)),
                upsert("b", new Update().set("y", 3)),
                upsert("c", new Update().set("x", 4)),
                upsert("a", new Update().set("y", 5))));

        assertThat(merged).extracting(Pair::getFirst)
                          .containsExactly(Documents.byId("b"), Documents.byId("a"), Documents.byId("c"));
        assertThat(merged).extracting(Pair::getSecond).containsExactly(new Update().set("x", 1).set("y", 3),
                new Update().set("x", 2).set("y", 5), new Update().set("x", 4));
    }

    @Test
    void anyOtherQueryLeavesTheCollectionsStatementsAsTheyWere() {
        List<Pair<Query, Update>> byName = List.of(
                upsert("b", new Update().set("x", 1)),
                upsert("a", new Update().set("x", 2)),
                Pair.of(Query.query(where("name").is("n")), new Update().set("x", 3)),
                upsert("b", new Update().set("y", 3)));
        List<Pair<Query, Update>> collated = List.of(
                upsert("b", new Update().set("x", 1)),
                Pair.of(Documents.byId("b").collation(Collation.of("en")), new Update().set("y", 3)));
        List<Pair<Query, Update>> moreThanTheId = List.of(
                upsert("b", new Update().set("x", 1)),
                Pair.of(Query.query(where("_id").is("b").and("x").is(1)), new Update().set("y", 3)));
        List<Pair<Query, Update>> otherIdType = List.of(
                Pair.of(Query.query(where("_id").is(7)), new Update().set("x", 1)),
                Pair.of(Query.query(where("_id").is(7)), new Update().set("y", 3)));

        assertThat(ProjectionWrites.merge(byName)).isSameAs(byName);
        assertThat(ProjectionWrites.merge(collated)).isSameAs(collated);
        assertThat(ProjectionWrites.merge(moreThanTheId)).isSameAs(moreThanTheId);
        assertThat(ProjectionWrites.merge(otherIdType)).isSameAs(otherIdType);
    }

    @Test
    void anIdStringThatIsAnObjectIdKeepsItsPlaceBesideThatObjectId() {
        ObjectId objectId = new ObjectId();
        Pair<Query, Update> asObjectId = Pair.of(Query.query(where("_id").is(objectId)), new Update().set("x", 1));
        Pair<Query, Update> asString = upsert(objectId.toHexString(), new Update().set("x", 2));
        Pair<Query, Update> other = upsert("other", new Update().set("x", 3));

        assertThat(ProjectionWrites.merge(List.of(asObjectId, other, asString, other)))
                .containsExactly(asObjectId, asString, Pair.of(other.getFirst(), new Update().set("x", 3)));
    }

    /**
     * Random upserts on a few documents, from the operators the projections use and the others that are merged
     * (and a few that are not), on paths that extend one another: sent one by one, and merged as one ordered bulk
     * write, they must leave the same documents, field order included.
     */
    @Test
    void mergedStatementsLeaveTheSameDocumentsAsTheUpsertsOneByOne() {
        int sent = 0;
        int statements = 0;
        for (int seed = 0; seed < 300; seed++) {
            Random random = new Random(seed);
            List<String> ids = List.of("p", "q", "r").subList(0, 1 + random.nextInt(3));
            List<Pair<Query, Update>> upserts = new ArrayList<>();
            for (int i = 2 + random.nextInt(14); i > 0; i--) {
                upserts.add(upsert(ids.get(random.nextInt(ids.size())), Generator.update(random)));
            }
            List<Pair<Query, Update>> merged = ProjectionWrites.merge(upserts);
            sent += upserts.size();
            statements += merged.size();

            List<Document> existing = new ArrayList<>();
            for (String id : ids) {
                if (random.nextInt(3) == 0) {
                    existing.add(new Document("_id", id).append("name", "existing").append("n", 10)
                            .append("tags", List.of(1)));
                }
            }
            assertSameDocuments(existing, upserts, merged, "seed " + seed);
        }
        // the comparison is only worth something if many statements were in fact merged
        assertThat(statements).isLessThan(sent * 3 / 4);
    }

    /** The upserts sent one by one, and the merged statements as one ordered bulk write, leave the same documents. */
    private void assertSameDocuments(List<Document> existing, List<Pair<Query, Update>> upserts,
                                     List<Pair<Query, Update>> merged, String description) {
        template.remove(new Query(), "one-by-one");
        template.remove(new Query(), "merged");
        for (Document document : existing) {
            template.insert(Document.parse(document.toJson()), "one-by-one");
            template.insert(Document.parse(document.toJson()), "merged");
        }
        upserts.forEach(upsert -> template.upsert(upsert.getFirst(), upsert.getSecond(), "one-by-one"));
        template.bulkOps(BulkOperations.BulkMode.ORDERED, "merged").upsert(merged).execute();

        List<Document> expected = documents("one-by-one");
        List<Document> actual = documents("merged");
        assertThat(actual).as("%s: %s merged into %s", description, updates(upserts), updates(merged))
                          .isEqualTo(expected);
        // on mongo-java-server even the fields' order is the same (Document's equals ignores it)
        assertThat(actual.toString()).as("%s: %s merged into %s, field order", description, updates(upserts),
                updates(merged)).isEqualTo(expected.toString());
    }

    /** The projections' own patterns, and sets with values added twice, merged and sent one by one. */
    @Test
    void theProjectionsUpsertsLeaveTheSameDocumentsMerged() {
        Update plan = new Update().set("buyerId", "b").set("componentId", "c");
        List<List<Pair<Query, Update>>> table = List.of(
                List.of(upsert("plan", Update.fromDocument(plan.getUpdateObject()).set("changes.c1.kind", "SHARE")
                                .set("changes.c1.share", 3).set("changes.c1.sequence", 1L)),
                        upsert("plan", Update.fromDocument(plan.getUpdateObject()).set("changes.c1.retracted", true)),
                        upsert("plan", Update.fromDocument(plan.getUpdateObject()).set("changes.c2.kind", "REVISION")
                                .set("changes.c2.shares", new Document("s1", 1)).set("changes.c2.sequence", 2L)),
                        upsert("plan", Update.fromDocument(plan.getUpdateObject()).set("changes.c2.retracted", true)),
                        upsert("plan", Update.fromDocument(plan.getUpdateObject()).set("changes.c1.retracted", true))),
                List.of(upsert("list", new Update().set("name", "core")),
                        upsert("list", new Update().addToSet("componentIds", "c1")),
                        upsert("list", new Update().set("targets.2030", 5)),
                        upsert("other", new Update().addToSet("componentIds", "c1")),
                        upsert("list", new Update().addToSet("componentIds", "c1")),
                        upsert("list", new Update().addToSet("componentIds", "c2")),
                        upsert("list", new Update().set("targets.2030", 6).set("name", "core 2"))),
                List.of(upsert("set", new Update().addToSet("v", 1)),
                        upsert("set", new Update().addToSet("v").each(1, 2, 2)),
                        upsert("set", new Update().addToSet("v").each(3, 1, 3)),
                        upsert("set", new Update().addToSet("v", List.of(1, 2))),
                        upsert("set", new Update().addToSet("v", List.of(1, 2)))),
                List.of(upsert("component", new Update().set("name", "n").set("hsCode", "8541")),
                        upsert("component", new Update().addToSet("controlListEntries",
                                new Document("regime", "WA").append("code", "3A001"))),
                        upsert("component", new Update().set("restrictions.r1.measure", "BAN")
                                .set("restrictions.r1.effectiveFrom", "2024-01-01")),
                        upsert("component", new Update().addToSet("controlListEntries",
                                new Document("regime", "WA").append("code", "3A001"))),
                        upsert("component", new Update().set("restrictions.r1.liftedOn", "2025-01-01"))),
                List.of(upsert("history", new Update().set("entries.e1", new Document("summary", "one"))),
                        upsert("history", new Update().set("entries.e2", new Document("summary", "two"))),
                        upsert("history", new Update().set("entries.e1", new Document("summary", "again")))));
        for (List<Pair<Query, Update>> upserts : table) {
            List<Pair<Query, Update>> merged = ProjectionWrites.merge(upserts);
            assertThat(merged.size()).isLessThan(upserts.size());
            assertSameDocuments(List.of(), upserts, merged, "table");
            assertSameDocuments(List.of(new Document("_id", upserts.get(0).getFirst().getQueryObject().get("_id"))
                    .append("name", "existing")), upserts, merged, "table, existing");
        }
    }

    private List<Document> documents(String collection) {
        List<Document> documents = new ArrayList<>(template.findAll(Document.class, collection));
        documents.sort(Comparator.comparing(document -> document.getString("_id")));
        return documents;
    }

    private static List<String> updates(List<Pair<Query, Update>> upserts) {
        return upserts.stream().map(u -> u.getFirst().getQueryObject().get("_id") + " " + u.getSecond()).toList();
    }

    /** Updates on paths of fixed kinds, so that no sequence of them fails on a document they produced. */
    private static final class Generator {

        private enum Kind { DOCUMENT, NUMBER, TEXT, FLAG, ARRAY }

        private record Path(String path, Kind kind) {
        }

        private static final List<Path> PATHS = List.of(
                new Path("d", Kind.DOCUMENT), new Path("d.x", Kind.DOCUMENT), new Path("d.x.v", Kind.NUMBER),
                new Path("d.y", Kind.NUMBER), new Path("d.z", Kind.TEXT),
                new Path("changes.c1", Kind.DOCUMENT), new Path("changes.c1.retracted", Kind.FLAG),
                new Path("changes.c1.kind", Kind.TEXT), new Path("changes.c2", Kind.DOCUMENT),
                new Path("changes.c2.retracted", Kind.FLAG), new Path("changes", Kind.DOCUMENT),
                new Path("name", Kind.TEXT), new Path("n", Kind.NUMBER),
                new Path("stats", Kind.DOCUMENT), new Path("stats.n", Kind.NUMBER), new Path("stats.m", Kind.NUMBER),
                new Path("tags", Kind.ARRAY), new Path("lists", Kind.DOCUMENT), new Path("lists.a", Kind.ARRAY),
                new Path("lists.b", Kind.ARRAY));

        static Update update(Random random) {
            Update update = new Update();
            List<String> used = new ArrayList<>();
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                Path path = PATHS.get(random.nextInt(PATHS.size()));
                if (used.stream().anyMatch(other -> conflict(other, path.path()))) {
                    continue;
                }
                used.add(path.path());
                int operator = random.nextInt(100);
                if (operator < 45) {
                    update.set(path.path(), value(path, random));
                } else if (operator < 52) {
                    update.setOnInsert(path.path(), value(path, random));
                } else if (operator < 58) {
                    update.unset(path.path());
                } else if (path.kind() == Kind.NUMBER) {
                    switch (random.nextInt(3)) {
                        case 0 -> update.inc(path.path(), random.nextInt(5));
                        case 1 -> update.max(path.path(), random.nextInt(20));
                        default -> update.min(path.path(), random.nextInt(20));
                    }
                } else if (path.kind() == Kind.ARRAY) {
                    switch (random.nextInt(6)) {
                        case 0 -> update.push(path.path(), small(random));
                        case 1 -> update.push(path.path()).each(small(random), small(random));
                        case 2 -> update.addToSet(path.path()).each(small(random), small(random), small(random));
                        case 3 -> update.addToSet(path.path(),
                                new Document("regime", "r").append("code", small(random)));
                        case 4 -> update.pull(path.path(), small(random));
                        default -> update.addToSet(path.path(), small(random));
                    }
                } else if (path.kind() == Kind.TEXT && operator < 62
                           && used.stream().noneMatch(other -> conflict(other, path.path() + "Renamed"))) {
                    used.add(path.path() + "Renamed");
                    update.rename(path.path(), path.path() + "Renamed");
                } else {
                    update.set(path.path(), value(path, random));
                }
            }
            return update.getUpdateObject().isEmpty() ? update.set("name", "empty") : update;
        }

        private static boolean conflict(String one, String other) {
            return one.equals(other) || one.startsWith(other + ".") || other.startsWith(one + ".");
        }

        private static int small(Random random) {
            return random.nextInt(4);
        }

        private static Object value(Path path, Random random) {
            return switch (path.kind()) {
                case NUMBER -> random.nextInt(20);
                case TEXT -> "t" + random.nextInt(3);
                case FLAG -> random.nextBoolean();
                case ARRAY -> new ArrayList<>(IntStream.range(0, random.nextInt(3)).map(i -> small(random)).boxed()
                                                       .toList());
                case DOCUMENT -> document(path.path(), random);
            };
        }

        /** A document whose fields have the kinds their paths have. */
        private static Document document(String prefix, Random random) {
            Document document = new Document();
            for (Path child : PATHS) {
                if (child.path().startsWith(prefix + ".") && child.path().indexOf('.', prefix.length() + 1) < 0
                    && random.nextBoolean()) {
                    document.append(child.path().substring(prefix.length() + 1), value(child, random));
                }
            }
            return document;
        }
    }

    /** Through the interceptor: nothing is written before the batch's last event, then the same as one by one. */
    @Test
    void aBatchWritesItsMergedUpsertsAfterItsLastEvent() {
        List<Update> updates = List.of(
                new Update().set("buyerId", "b").set("changes.c1", new Document("kind", "SHARE_CHANGE")),
                new Update().set("buyerId", "b").set("changes.c1.retracted", true),
                new Update().addToSet("componentIds", "c1"),
                new Update().addToSet("componentIds", "c2").set("changes.c2.kind", "REVISION"),
                new Update().addToSet("componentIds", "c1"));
        List<EventMessage<?>> events = new ArrayList<>();
        updates.forEach(update -> events.add(GenericEventMessage.asEventMessage(events.size())));
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events);
        AtomicInteger writtenBeforeLast = new AtomicInteger();

        batch.executeWithResult(() -> ProjectionWrites.interceptor().handle(batch, () -> {
            int index = (Integer) batch.getMessage().getPayload();
            writtenBeforeLast.addAndGet((int) template.getCollection("batched").countDocuments());
            ProjectionWrites.upsert(template, Documents.byId(index == 2 ? "other" : "plan"), updates.get(index),
                    "batched");
            return null;
        }));
        for (int index = 0; index < updates.size(); index++) {
            template.upsert(Documents.byId(index == 2 ? "other" : "plan"), updates.get(index), "one-by-one");
        }

        assertThat(writtenBeforeLast).hasValue(0);
        assertThat(documents("batched")).isEqualTo(documents("one-by-one"));
        assertThat(documents("batched").get(1)).isEqualTo(new Document("_id", "plan").append("buyerId", "b")
                .append("changes", new Document("c1", new Document("kind", "SHARE_CHANGE").append("retracted", true))
                        .append("c2", new Document("kind", "REVISION")))
                .append("componentIds", List.of("c2", "c1")));
    }
}
