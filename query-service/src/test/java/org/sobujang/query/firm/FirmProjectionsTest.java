package org.sobujang.query.firm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sobujang.api.firm.FirmCapabilityDeclared;
import org.sobujang.api.firm.FirmCapabilityWithdrawn;
import org.sobujang.api.firm.FirmRegistered;
import org.sobujang.api.firm.FirmSize;
import org.sobujang.query.InMemoryMongo;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

class FirmProjectionsTest {

    private final InMemoryMongo mongo = new InMemoryMongo();
    private final MongoTemplate template = mongo.template();
    private final FirmProjection firms = new FirmProjection(template);
    private final ComponentCapabilitiesProjection capabilities = new ComponentCapabilitiesProjection(template);

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void applyingEveryEventTwiceChangesNothing() {
        applyAll();
        List<Document> once = snapshot();

        applyAll();

        assertThat(snapshot()).isEqualTo(once);
        assertThat(once).hasSize(3);
    }

    @Test
    void theReadModelsKeepEveryCapabilityEventInTypedForm() {
        applyAll();

        FirmDocument skm = template.findById("skm", FirmDocument.class, FirmDocument.COLLECTION);
        assertThat(skm.name()).isEqualTo("SK Materials");
        assertThat(skm.size()).isEqualTo(FirmSize.LARGE);
        assertThat(skm.capabilities().get("hf")).hasSize(2);
        CapabilityEntry declared = skm.capabilities().get("hf").get("1");
        assertThat(declared.annualCapacity()).isEqualByComparingTo("1200.5");
        assertThat(declared.technologyReadiness()).isEqualTo(9);
        ComponentCapabilitiesDocument hf = template.findById("hf", ComponentCapabilitiesDocument.class,
                ComponentCapabilitiesDocument.COLLECTION);
        assertThat(CapabilityTimeline.of(hf.firms().get("skm").values()).effectiveOn(LocalDate.of(2020, 6, 30)))
                .isPresent();
        assertThat(CapabilityTimeline.of(hf.firms().get("skm").values()).effectiveOn(LocalDate.of(2020, 7, 1)))
                .isEmpty();
    }

    @Test
    void resetClearsWhatEachProjectionOwns() {
        applyAll();

        firms.reset();
        assertThat(template.count(new Query(), FirmDocument.COLLECTION))
                .isZero();
        assertThat(template.count(new Query(),
                ComponentCapabilitiesDocument.COLLECTION)).isOne();

        capabilities.reset();
        assertThat(template.count(new Query(),
                ComponentCapabilitiesDocument.COLLECTION)).isZero();
    }

    private void applyAll() {
        firms.on(new FirmRegistered("skm", "SK Materials", "KR", FirmSize.LARGE, "110111-0000001"));
        firms.on(new FirmRegistered("tok", "Tokyo Ohka Kogyo", "JP", FirmSize.LARGE, null));
        FirmCapabilityDeclared declared = new FirmCapabilityDeclared("skm", "hf", 9, new BigDecimal("1200.5"), "t",
                LocalDate.of(2020, 6, 1));
        FirmCapabilityWithdrawn withdrawn = new FirmCapabilityWithdrawn("skm", "hf", LocalDate.of(2020, 7, 1));
        firms.on(declared, 1);
        capabilities.on(declared, 1);
        firms.on(withdrawn, 2);
        capabilities.on(withdrawn, 2);
    }

    private List<Document> snapshot() {
        List<Document> all = new ArrayList<>(template.findAll(Document.class, FirmDocument.COLLECTION));
        all.addAll(template.findAll(Document.class, ComponentCapabilitiesDocument.COLLECTION));
        return all;
    }
}
