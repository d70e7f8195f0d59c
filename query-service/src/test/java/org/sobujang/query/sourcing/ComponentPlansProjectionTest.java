package org.sobujang.query.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sobujang.api.sourcing.SourcingPlanRevised;
import org.sobujang.api.sourcing.SourcingShareChanged;
import org.sobujang.api.sourcing.SupplierShareValue;
import org.sobujang.query.InMemoryMongo;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The component → buyers index of the {@code indexes} processing group. */
class ComponentPlansProjectionTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MongoTemplate template = mongo.template();
    private final ComponentPlansProjection projection = new ComponentPlansProjection(template);
    private final SourcingReadModel sourcing = new SourcingReadModel(template);

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void applyingEveryEventTwiceChangesNothing() {
        applyAll();
        List<Document> once = template.findAll(Document.class, ComponentPlansDocument.COLLECTION);

        applyAll();

        assertThat(template.findAll(Document.class, ComponentPlansDocument.COLLECTION)).isEqualTo(once);
    }

    @Test
    void eachComponentListsItsBuyersOnce() {
        applyAll();

        assertThat(sourcing.buyersOf(List.of("hf", "pr"))).containsOnlyKeys("hf");
        assertThat(sourcing.buyersOf(List.of("hf")).get("hf")).containsExactlyInAnyOrder("samsung", "sk-hynix");
    }

    @Test
    void resetClearsTheIndex() {
        applyAll();

        projection.reset();

        assertThat(sourcing.buyersOf(List.of("hf"))).isEmpty();
    }

    private void applyAll() {
        projection.on(new SourcingShareChanged("c1", "samsung", "hf", "stella", new BigDecimal("0.44"),
                LocalDate.of(2019, 1, 1), null, null, null));
        projection.on(new SourcingPlanRevised("r1", "sk-hynix", "hf", LocalDate.of(2019, 1, 1),
                List.of(new SupplierShareValue("stella", BigDecimal.ONE)), null, null, null));
        projection.on(new SourcingShareChanged("c2", "samsung", "hf", "dofluoride", new BigDecimal("0.46"),
                LocalDate.of(2019, 1, 1), null, null, null));
    }
}
