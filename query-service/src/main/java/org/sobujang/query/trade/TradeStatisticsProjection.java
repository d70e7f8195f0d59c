package org.sobujang.query.trade;

import static org.sobujang.query.readstore.Documents.byId;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.sobujang.api.trade.TradeFlow;
import org.sobujang.api.trade.TradeStatisticRecorded;
import org.sobujang.query.readstore.Documents;
import org.sobujang.query.readstore.ProjectionWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link TradeStatisticsDocument}s and their {@link TradeHsCodesDocument} index. One statistic key is one
 * aggregate, so its revisions arrive in order and the last {@code $set} of its path wins; other keys write other
 * paths. Only imports are kept: exports count towards nothing (risk-model.md §5).
 */
@Component
@ProcessingGroup("trade")
class TradeStatisticsProjection {

    private final MongoTemplate mongo;

    TradeStatisticsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(TradeStatisticRecorded event) {
        if (event.flow() != TradeFlow.M) {
            return;
        }
        ProjectionWrites.upsert(mongo, byId(TradeStatisticsDocument.idOf(event.source(), event.reporter(), event.hsCode())),
                new Update()
                        .set("source", event.source())
                        .set("reporter", event.reporter())
                        .set("hsCode", event.hsCode())
                        .set("months." + event.period() + "." + event.partner(),
                                new Document("valueUsd", Documents.decimal(event.valueUsd()))
                                        .append("weightKg", Documents.decimal(event.weightKg()))),
                TradeStatisticsDocument.COLLECTION);
        ProjectionWrites.upsert(mongo, byId(TradeHsCodesDocument.idOf(event.source(), event.reporter())),
                new Update().addToSet("hsCodes", event.hsCode()), TradeHsCodesDocument.COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.remove(new Query(), TradeStatisticsDocument.COLLECTION);
        mongo.remove(new Query(), TradeHsCodesDocument.COLLECTION);
    }
}
