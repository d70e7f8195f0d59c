package org.sobujang.query.readstore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.BasicQuery;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.util.Pair;

/**
 * The projections' upserts, coalesced per processing batch. A pooled processor hands its handlers up to
 * {@code batch-size} events in one unit of work; one round trip to the read store per event and projection was
 * the rebuild's bottleneck. Inside such a batch the upserts are collected and sent, per collection, as one ordered
 * bulk write once the batch's last event has been handled, so every document still receives its updates in event
 * order, and each upsert is the same idempotent statement as before. The flush happens inside the handling of the
 * last event, i.e. before the unit of work commits and the processor stores its token: a failed flush fails the
 * batch, which is retried from the old token. Outside a batch (tests calling a handler directly, or no
 * interceptor) every upsert is sent at once, as before.
 *
 * <h2>Merging upserts of the same document</h2>
 * mongo-java-server (tests and the embedded default) copies, re-measures and compares the whole target document
 * for every update statement, so a document that receives several updates in one batch (a component's history, a
 * sourcing plan) costs its size once per statement. Before a collection's statements are sent they are therefore
 * merged ({@link #merge}), so that the result on MongoDB and on mongo-java-server is the same as sending them one
 * by one:
 * <ul>
 * <li><b>Candidates.</b> Only upserts whose query is exactly {@code {_id: <String or ObjectId>}} (a plain
 *     {@code Query} or {@code BasicQuery}, nothing else in the query document, no collation, sort, projection,
 *     skip, limit, hint, meta or type restriction) take part. If any statement of a collection's pending list has
 *     another query, that collection's statements are sent exactly as they were collected: no merge, no
 *     reordering.</li>
 * <li><b>Grouping.</b> An upsert by {@code _id} touches only that document, so statements for different ids
 *     commute: they are grouped per id, ids in the order first seen, statements of one id in their own order.
 *     The group key of a String that is a valid ObjectId is that ObjectId: Spring's query mapping converts such a
 *     String, so it may reach the same document as the ObjectId. Only statements with equal id values (same
 *     class) are merged. This assumes, as holds for the read models, that the collections have no
 *     default collation (which could make two different Strings the same id) and no unique index besides
 *     {@code _id} (whose violations could depend on the order of different documents' writes).</li>
 * <li><b>Mergeable statements.</b> An update can be merged only if it is a plain {@code Update} without array
 *     filters or {@code $isolated}, all its operators are among {@code $set}, {@code $setOnInsert}, {@code $unset},
 *     {@code $inc}, {@code $max}, {@code $min}, {@code $push}, {@code $addToSet}, every field path is plain (no
 *     empty part, no {@code $}-part such as positional operators, no number with a leading zero such as
 *     {@code a.01}, which could address the same array element as {@code a.1}, not {@code _id} or {@code id}), and
 *     its own paths do not conflict. Any other statement ({@code $pull}, {@code $pullAll}, {@code $rename},
 *     {@code $currentDate}, {@code $mul}, {@code $bit}, {@code $pop}, replacements ...) is sent as it is, in its
 *     place within its id's statements.</li>
 * <li><b>Merging.</b> Statement B is merged into the statement A accumulated so far for the same id (never into
 *     an earlier one) only if no field path of B conflicts with a field path of A under any operator. Two paths
 *     conflict when they are equal or one is a prefix of the other at a {@code .} boundary ({@code changes.x} and
 *     {@code changes.x.retracted}; {@code a} and {@code a.b}); MongoDB rejects a single update whose operators touch
 *     conflicting paths, and applying both in one update would not be the same as applying them in turn. Two
 *     exceptions for the same path p under the same operator: {@code $set} p in B replaces A's value of
 *     {@code $set} p (the last write wins, as when applied in order), and {@code $addToSet} p in B appends its
 *     values to A's, rendered as {@code $addToSet: {p: {$each: [A's values..., B's values...]}}} (Spring's
 *     {@code addToSet(p).each(...)}; {@code $addToSet} with {@code $each} adds the values in order, skipping those
 *     already present, including those added earlier in the same list). Both require that p conflicts with no other
 *     path of A, which holds because A's own paths do not conflict. An {@code $addToSet} value that is itself a
 *     document with {@code $}-keys, or an empty {@code $each}, is not appended to. A B with {@code $setOnInsert} is
 *     never merged into a preceding statement: A is an upsert, so after A the document exists and B's
 *     {@code $setOnInsert} would not apply, while in a merged statement it would. {@code $setOnInsert} p in A and
 *     any operator on p in B conflict as any other pair does. {@code $max} (or {@code $min}) p in A and in B, both
 *     with an Integer or both with a Long, become {@code $max} (or {@code $min}) p of the larger (smaller) value:
 *     applied in turn they leave the larger of the two and the field's own value, as one does. {@code $push} to the
 *     same path, or {@code $inc} or {@code $unset} of the same path, or {@code $max} / {@code $min} of other values,
 *     are conflicts and start a new statement.</li>
 * <li><b>Field order.</b> mongo-java-server applies an update's operators in the order of the update document,
 *     and each operator's fields in their order (observed; the test compares field order too). For a merged
 *     statement to create new fields in the order the statements one by one would, B is merged only if each of its
 *     operators that creates a field (has an entry other than an {@code $unset} or one of the same-path cases
 *     above) lands, in B's order, at A's last operator or at one after it (a new operator is appended at the end).
 *     So {@code $set name}, {@code $addToSet ids}, {@code $set targets.x} are two statements, since
 *     {@code targets} would otherwise be created before {@code ids}.</li>
 * <li><b>What may differ.</b> On mongo-java-server nothing: the documents are the same, field order included. On
 *     MongoDB, which orders the fields one update creates by name, the fields created by a merged statement may
 *     stand in another order than after the statements one by one; their values, and the order of array
 *     elements, are the same, and no reader relies on field order (views sort by sequence, date or key). If a
 *     statement fails, the bulk write fails either way and so does the batch, which is retried from its old
 *     token; which of the batch's other statements were applied before it may differ.</li>
 * </ul>
 * The projections use {@code $set} (mostly with paths below a per-event key, such as {@code entries.<eventId>} or
 * {@code changes.<changeId>.kind}) and {@code $addToSet} of single values, all by {@code _id}.
 * </ul>
 */
public final class ProjectionWrites {

    private static final String RESOURCE = ProjectionWrites.class.getName();
    /** Bounds the events remembered as written directly; a batch holds at most a processor's batch size. */
    private static final int MAX_DIRECT = 10_000;
    /**
     * Events of a batch whose bulk write failed for a reason other than the store's availability. When the batch is
     * handled again, each of them writes its own upserts at once, inside its handler, so the event that cannot be
     * written fails alone and can be parked (dead-letter queue) instead of failing its batch for ever.
     */
    private static final Set<String> DIRECT = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > MAX_DIRECT;
        }
    });

    private ProjectionWrites() {
    }

    /** {@code mongo.upsert(query, update, collection)}, deferred to the end of the current batch if there is one. */
    public static void upsert(MongoOperations mongo, Query query, Update update, String collection) {
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
            Pending pending = (Pending) unitOfWork.resources().get(RESOURCE);
            if (pending != null) {
                if (writesDirectly(unitOfWork.getMessage())) {
                    // what the batch collected before this event is written first, to keep event order per document
                    pending.flush();
                } else {
                    pending.add(mongo, collection, query, update);
                    return;
                }
            }
        }
        mongo.upsert(query, update, collection);
    }

    /** Registered on every projection processor: opens the batch's buffer and flushes it after its last event. */
    public static MessageHandlerInterceptor<EventMessage<?>> interceptor() {
        return ProjectionWrites::handle;
    }

    private static Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork,
                                 InterceptorChain chain) throws Exception {
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch)) {
            return chain.proceed();
        }
        Pending pending = (Pending) batch.resources().computeIfAbsent(RESOURCE, key -> new Pending());
        pending.eventIds.add(batch.getMessage().getIdentifier());
        Object result = chain.proceed();
        if (batch.isLastMessage()) {
            try {
                pending.flush();
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e)) {
                    synchronized (DIRECT) {
                        DIRECT.addAll(pending.eventIds);
                    }
                }
                throw e;
            }
        }
        return result;
    }

    private static boolean writesDirectly(Message<?> message) {
        if (message == null) {
            return false;
        }
        synchronized (DIRECT) {
            return DIRECT.contains(message.getIdentifier());
        }
    }

    private record Target(MongoOperations mongo, String collection) {
    }

    private static final class Pending {

        private final Map<Target, List<Pair<Query, Update>>> byCollection = new LinkedHashMap<>();
        private final List<String> eventIds = new ArrayList<>();

        void add(MongoOperations mongo, String collection, Query query, Update update) {
            byCollection.computeIfAbsent(new Target(mongo, collection), t -> new ArrayList<>())
                        .add(Pair.of(query, update));
        }

        void flush() {
            byCollection.forEach((target, upserts) -> target.mongo()
                    .bulkOps(BulkOperations.BulkMode.ORDERED, target.collection())
                    .upsert(merge(upserts))
                    .execute());
            byCollection.clear();
        }
    }

    private static final String SET = "$set";
    private static final String SET_ON_INSERT = "$setOnInsert";
    private static final String ADD_TO_SET = "$addToSet";
    private static final String UNSET = "$unset";
    private static final String MAX = "$max";
    private static final String MIN = "$min";
    private static final Set<String> MERGEABLE = Set.of(SET, SET_ON_INSERT, UNSET, "$inc", MAX, MIN, "$push",
            ADD_TO_SET);

    /**
     * One collection's upserts, merged as the class comment describes: the same list if any query is not exactly
     * {@code {_id: value}} or no id occurs twice, else per id in order of first appearance, each id's statements
     * merged where that gives the same result. A statement nothing was merged into is passed on as it was; the
     * updates passed in are not modified.
     */
    static List<Pair<Query, Update>> merge(List<Pair<Query, Update>> upserts) {
        if (upserts.size() < 2) {
            return upserts;
        }
        Map<Object, List<Statement>> byId = new LinkedHashMap<>();
        for (Pair<Query, Update> upsert : upserts) {
            Object id = idOf(upsert.getFirst());
            if (id == null) {
                return upserts;
            }
            byId.computeIfAbsent(groupKey(id), key -> new ArrayList<>()).add(Statement.of(upsert, id));
        }
        if (byId.size() == upserts.size()) {
            return upserts;
        }
        List<Pair<Query, Update>> merged = new ArrayList<>(upserts.size());
        for (List<Statement> statements : byId.values()) {
            Statement current = null;
            for (Statement next : statements) {
                if (current != null && current.absorb(next)) {
                    continue;
                }
                if (current != null) {
                    merged.add(current.toUpsert());
                }
                current = next;
            }
            merged.add(current.toUpsert());
        }
        return merged;
    }

    /** The id if the query is exactly {@code {_id: <String or ObjectId>}}, else null. */
    private static Object idOf(Query query) {
        if (query.getClass() != Query.class && query.getClass() != BasicQuery.class) {
            return null;
        }
        if (query.getCollation().isPresent() || query.isSorted() || !query.getSortObject().isEmpty()
            || !query.getFieldsObject().isEmpty() || query.getSkip() != 0 || query.isLimited()
            || query.getHint() != null || !query.getRestrictedTypes().isEmpty() || query.hasKeyset()
            || query.getMeta().hasValues()) {
            return null;
        }
        Document object = query.getQueryObject();
        if (object.size() != 1) {
            return null;
        }
        Object id = object.get("_id");
        return id instanceof String || id instanceof ObjectId ? id : null;
    }

    private static Object groupKey(Object id) {
        return id instanceof String text && ObjectId.isValid(text) ? new ObjectId(text) : id;
    }

    /**
     * A plain field path: no empty or {@code $} part, no number with a leading zero, not in {@code _id} or
     * {@code id}.
     */
    private static boolean plainPath(String path) {
        String[] parts = path.split("\\.", -1);
        if (parts[0].equals("_id") || parts[0].equals("id")) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.startsWith("$")
                || part.length() > 1 && part.charAt(0) == '0' && part.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /** Values appended to one {@code $addToSet} path by merged statements (a list of this class's own). */
    private record AddedValues(List<Object> values) {
    }

    /**
     * The values an {@code $addToSet} value adds, in order, or null if it cannot be appended to: a {@code $each}
     * modifier (never empty), or any other value as one element unless it is a map with {@code $}-keys.
     */
    private static List<Object> addedValues(Object value) {
        if (value instanceof AddedValues added) {
            return added.values();
        }
        if (value instanceof Update.Modifier modifier) {
            return "$each".equals(modifier.getKey()) && modifier.getValue() instanceof Object[] each
                   && each.length > 0 ? Arrays.asList(each) : null;
        }
        if (value instanceof Update.Modifiers) {
            return null;
        }
        if (value instanceof Map<?, ?> map
            && map.keySet().stream().anyMatch(key -> String.valueOf(key).startsWith("$"))) {
            return null;
        }
        return Collections.singletonList(value);
    }

    /** One statement to send: a collected upsert, possibly with later ones of the same id merged into it. */
    private static final class Statement {

        private final Pair<Query, Update> first;
        private final Object id;
        /** Operator, then path and value, in order of appearance; null if the statement is not mergeable. */
        private final Map<String, Map<String, Object>> operators;
        /** The operator of each path (a mergeable statement's paths do not conflict, so there is one). */
        private final Map<String, String> operatorOf = new HashMap<>();
        /** Every proper prefix ({@code a}, {@code a.b} of {@code a.b.c}) of the paths. */
        private final Set<String> prefixes = new HashSet<>();
        private boolean merged;

        private Statement(Pair<Query, Update> first, Object id, Map<String, Map<String, Object>> operators) {
            this.first = first;
            this.id = id;
            this.operators = operators;
        }

        static Statement of(Pair<Query, Update> upsert, Object id) {
            Statement opaque = new Statement(upsert, id, null);
            Update update = upsert.getSecond();
            if (update.getClass() != Update.class || update.hasArrayFilters()
                || Boolean.TRUE.equals(update.isIsolated())) {
                return opaque;
            }
            Document object = update.getUpdateObject();
            if (object.isEmpty()) {
                return opaque;
            }
            Statement statement = new Statement(upsert, id, new LinkedHashMap<>());
            for (Map.Entry<String, Object> operator : object.entrySet()) {
                if (!MERGEABLE.contains(operator.getKey()) || !(operator.getValue() instanceof Document fields)
                    || fields.isEmpty()) {
                    return opaque;
                }
                for (Map.Entry<String, Object> field : fields.entrySet()) {
                    String path = field.getKey();
                    if (!plainPath(path) || statement.conflicts(path)) {
                        return opaque;
                    }
                    statement.put(operator.getKey(), path, field.getValue());
                }
            }
            return statement;
        }

        /** Whether the path is, extends or is extended by one of this statement's paths. */
        private boolean conflicts(String path) {
            if (operatorOf.containsKey(path) || prefixes.contains(path)) {
                return true;
            }
            for (int dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', dot + 1)) {
                if (operatorOf.containsKey(path.substring(0, dot))) {
                    return true;
                }
            }
            return false;
        }

        private void put(String operator, String path, Object value) {
            operators.computeIfAbsent(operator, key -> new LinkedHashMap<>()).put(path, value);
            if (operatorOf.put(path, operator) == null) {
                for (int dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', dot + 1)) {
                    prefixes.add(path.substring(0, dot));
                }
            }
        }

        /** Merges {@code next} into this statement if that gives the same result as applying both in turn. */
        boolean absorb(Statement next) {
            if (operators == null || next.operators == null || !id.equals(next.id)
                || next.operators.containsKey(SET_ON_INSERT)) {
                return false;
            }
            // the operators in the order the merged update will have them, and the last one new fields may go to
            List<String> order = new ArrayList<>(operators.keySet());
            int position = order.size() - 1;
            for (Map.Entry<String, Map<String, Object>> operator : next.operators.entrySet()) {
                boolean creates = false;
                for (Map.Entry<String, Object> field : operator.getValue().entrySet()) {
                    if (!mergeable(operator.getKey(), field.getKey(), field.getValue())) {
                        return false;
                    }
                    creates |= !operator.getKey().equals(UNSET) && !operatorOf.containsKey(field.getKey());
                }
                int index = order.indexOf(operator.getKey());
                if (index < 0) {
                    order.add(operator.getKey());
                    index = order.size() - 1;
                }
                if (creates) {
                    if (index < position) {
                        return false;
                    }
                    position = index;
                }
            }
            next.operators.forEach((operator, fields) -> fields.forEach((path, value) -> {
                if (operator.equals(ADD_TO_SET) && operatorOf.containsKey(path)) {
                    Object added = operators.get(ADD_TO_SET).get(path);
                    if (!(added instanceof AddedValues)) {
                        added = new AddedValues(new ArrayList<>(addedValues(added)));
                        put(operator, path, added);
                    }
                    ((AddedValues) added).values().addAll(addedValues(value));
                } else if ((operator.equals(MAX) || operator.equals(MIN)) && operatorOf.containsKey(path)) {
                    long kept = ((Number) operators.get(operator).get(path)).longValue();
                    long offered = ((Number) value).longValue();
                    if (operator.equals(MAX) ? offered > kept : offered < kept) {
                        put(operator, path, value);
                    }
                } else {
                    put(operator, path, value);
                }
            }));
            merged = true;
            return true;
        }

        /**
         * Whether {@code operator path value} of a later statement can join this one: its path conflicts with none
         * of this statement's, or it is the same path under {@code $set} (last write wins), {@code $addToSet}
         * (values appended) or {@code $max} / {@code $min} of integers of the same class (the larger / smaller kept).
         * As this statement's own paths do not conflict, such a path conflicts with no other.
         */
        private boolean mergeable(String operator, String path, Object value) {
            if (!conflicts(path)) {
                return true;
            }
            if (!operator.equals(operatorOf.get(path))) {
                return false;
            }
            Object kept = operators.get(operator).get(path);
            return operator.equals(SET)
                   || operator.equals(ADD_TO_SET) && addedValues(kept) != null && addedValues(value) != null
                   || (operator.equals(MAX) || operator.equals(MIN))
                      && (value instanceof Long || value instanceof Integer) && value.getClass().isInstance(kept);
        }

        Pair<Query, Update> toUpsert() {
            if (!merged) {
                return first;
            }
            Document object = new Document();
            operators.forEach((operator, fields) -> {
                Document rendered = new Document();
                fields.forEach((path, value) -> rendered.put(path, value instanceof AddedValues added
                        ? each(path, added.values()) : value));
                object.put(operator, rendered);
            });
            return Pair.of(first.getFirst(), Update.fromDocument(object));
        }

        /** The value {@code Update.addToSet(path).each(values)} puts under {@code $addToSet} (at least 2 values). */
        private static Object each(String path, List<Object> values) {
            return new Update().addToSet(path).each(values.toArray())
                               .getUpdateObject().get(ADD_TO_SET, Document.class).get(path);
        }
    }
}
