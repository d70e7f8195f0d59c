package org.sobujang.query.infra;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
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
 */
public final class ProjectionWrites {

    private static final String RESOURCE = ProjectionWrites.class.getName();

    private ProjectionWrites() {
    }

    /** {@code mongo.upsert(query, update, collection)}, deferred to the end of the current batch if there is one. */
    public static void upsert(MongoOperations mongo, Query query, Update update, String collection) {
        if (CurrentUnitOfWork.isStarted()) {
            Pending pending = (Pending) CurrentUnitOfWork.get().resources().get(RESOURCE);
            if (pending != null) {
                pending.add(mongo, collection, query, update);
                return;
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
        Object result = chain.proceed();
        if (batch.isLastMessage()) {
            pending.flush();
        }
        return result;
    }

    private record Target(MongoOperations mongo, String collection) {
    }

    private static final class Pending {

        private final Map<Target, List<Pair<Query, Update>>> byCollection = new LinkedHashMap<>();

        void add(MongoOperations mongo, String collection, Query query, Update update) {
            byCollection.computeIfAbsent(new Target(mongo, collection), t -> new ArrayList<>())
                        .add(Pair.of(query, update));
        }

        void flush() {
            byCollection.forEach((target, upserts) -> target.mongo()
                    .bulkOps(BulkOperations.BulkMode.ORDERED, target.collection())
                    .upsert(upserts)
                    .execute());
            byCollection.clear();
        }
    }
}
