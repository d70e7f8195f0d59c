package org.sobujang.query.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sobujang.api.Sector;
import org.sobujang.api.component.Category;
import org.sobujang.api.component.ComponentRegistered;
import org.sobujang.query.InMemoryMongo;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The HS prefix → components index of the {@code indexes} processing group. */
class HsPrefixProjectionTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MongoTemplate template = mongo.template();
    private final HsPrefixProjection projection = new HsPrefixProjection(template);
    private final ComponentReadModel components = new ComponentReadModel(template);

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void applyingEveryEventTwiceChangesNothing() {
        applyAll();
        List<Document> once = template.findAll(Document.class, HsPrefixDocument.COLLECTION);

        applyAll();

        assertThat(template.findAll(Document.class, HsPrefixDocument.COLLECTION)).isEqualTo(once);
    }

    @Test
    void componentsAreFoundByTheirFirstFourAndSixDigits() {
        applyAll();

        assertThat(components.withHsPrefix("2811")).containsExactlyInAnyOrder("hf", "hf-kr", "fgas");
        assertThat(components.withHsPrefix("281111")).containsExactlyInAnyOrder("hf", "hf-kr");
        assertThat(components.withHsPrefix("281190")).containsExactly("fgas");
        assertThat(components.withHsPrefix("3707")).isEmpty();
    }

    @Test
    void resetClearsTheIndex() {
        applyAll();

        projection.reset();

        assertThat(template.findAll(Document.class, HsPrefixDocument.COLLECTION)).isEmpty();
    }

    private void applyAll() {
        projection.on(new ComponentRegistered("hf", "Hydrogen fluoride", Category.MATERIAL, "281111",
                Sector.SEMICONDUCTOR));
        projection.on(new ComponentRegistered("hf-kr", "Hydrogen fluoride (HSK)", Category.MATERIAL, "2811110000",
                Sector.SEMICONDUCTOR));
        projection.on(new ComponentRegistered("fgas", "Fluorine gas", Category.MATERIAL, "281190",
                Sector.SEMICONDUCTOR));
    }
}
