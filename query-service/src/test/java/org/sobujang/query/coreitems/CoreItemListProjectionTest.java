package org.sobujang.query.coreitems;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sobujang.api.coreitems.CoreItemListDefined;
import org.sobujang.api.coreitems.CoreItemListMemberAdded;
import org.sobujang.api.coreitems.LocalizationTargetSet;
import org.sobujang.query.InMemoryMongo;
import org.springframework.data.mongodb.core.MongoTemplate;

class CoreItemListProjectionTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MongoTemplate template = mongo.template();
    private final CoreItemListProjection projection = new CoreItemListProjection(template);
    private final CoreItemListReadModel readModel = new CoreItemListReadModel(template);

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void applyingEveryEventTwiceChangesNothing() {
        applyAll();
        List<Document> once = template.findAll(Document.class, CoreItemListDocument.COLLECTION);

        applyAll();

        assertThat(template.findAll(Document.class, CoreItemListDocument.COLLECTION)).isEqualTo(once);
    }

    @Test
    void aLaterTargetForTheSameDateReplacesTheEarlier() {
        applyAll();

        CoreItemListDocument list = readModel.find("core100").orElseThrow();
        assertThat(list.name()).isEqualTo("CORE100-2019");
        assertThat(list.componentIds()).containsExactly("hf", "pr");
        LocalizationTargets targets = LocalizationTargets.of(list.targets());
        assertThat(targets.targets()).extracting(LocalizationTargets.Target::by)
                                     .containsExactly(LocalDate.of(2022, 12, 31), LocalDate.of(2024, 12, 31));
        assertThat(targets.targets().get(0).share()).isEqualByComparingTo("0.4");
    }

    @Test
    void resetClearsTheLists() {
        applyAll();

        projection.reset();

        assertThat(readModel.all()).isEmpty();
    }

    private void applyAll() {
        projection.on(new CoreItemListDefined("core100", "CORE100-2019"));
        projection.on(new CoreItemListMemberAdded("core100", "hf"));
        projection.on(new CoreItemListMemberAdded("core100", "pr"));
        projection.on(new LocalizationTargetSet("core100", new BigDecimal("0.3"), LocalDate.of(2022, 12, 31)));
        projection.on(new LocalizationTargetSet("core100", new BigDecimal("0.5"), LocalDate.of(2024, 12, 31)));
        projection.on(new LocalizationTargetSet("core100", new BigDecimal("0.4"), LocalDate.of(2022, 12, 31)));
    }
}
