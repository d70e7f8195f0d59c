package org.sobujang.query.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sobujang.api.Sector;
import org.sobujang.api.component.Category;
import org.sobujang.api.component.ComponentRegistered;
import org.sobujang.api.component.ControlListEntry;
import org.sobujang.api.component.ControlListEntryAdded;
import org.sobujang.api.component.ExportRestrictionImposed;
import org.sobujang.api.component.ExportRestrictionLifted;
import org.sobujang.api.component.RestrictionMeasure;
import org.sobujang.query.InMemoryMongo;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

class ComponentProjectionTest {

    private static final ExportRestrictionImposed IMPOSED = new ExportRestrictionImposed("pr", "r1", "JP", "KR",
            RestrictionMeasure.INDIVIDUAL_LICENSE, LocalDate.of(2019, 7, 4), "METI notice 2019-07-01");
    private static final ExportRestrictionLifted LIFTED =
            new ExportRestrictionLifted("pr", "r1", LocalDate.of(2023, 4, 24));

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MongoTemplate template = mongo.template();
    private final ComponentProjection projection = new ComponentProjection(template);

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void applyingEveryEventTwiceChangesNothing() {
        applyAll();
        List<Document> once = template.findAll(Document.class, ComponentDocument.COLLECTION);

        applyAll();

        assertThat(template.findAll(Document.class, ComponentDocument.COLLECTION)).isEqualTo(once);
    }

    @Test
    void reapplyingAnImpositionAfterItsLiftKeepsTheLift() {
        applyAll();

        projection.on(IMPOSED);

        ComponentDocument photoresist = template.findById("pr", ComponentDocument.class, ComponentDocument.COLLECTION);
        assertThat(photoresist.restrictions().get("r1").liftedOn()).isEqualTo("2023-04-24");
        assertThat(photoresist.restrictedOn(LocalDate.of(2023, 4, 23), "KR")).isTrue();
        assertThat(photoresist.restrictedOn(LocalDate.of(2023, 4, 24), "KR")).isFalse();
        assertThat(photoresist.controlListEntries()).containsExactly(new ControlListEntry("WASSENAAR", "3C002.a.2"));
    }

    @Test
    void resetClearsTheComponents() {
        applyAll();

        projection.reset();

        assertThat(template.count(new Query(), ComponentDocument.COLLECTION)).isZero();
    }

    private void applyAll() {
        projection.on(new ComponentRegistered("pr", "Photoresist", Category.MATERIAL, "370790", Sector.SEMICONDUCTOR));
        projection.on(new ControlListEntryAdded("pr", "WASSENAAR", "3C002.a.2"));
        projection.on(IMPOSED);
        projection.on(LIFTED);
    }
}
