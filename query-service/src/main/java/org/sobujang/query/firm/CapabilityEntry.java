package org.sobujang.query.firm;

import java.math.BigDecimal;

import org.bson.Document;
import org.sobujang.api.firm.FirmCapabilityDeclared;
import org.sobujang.api.firm.FirmCapabilityWithdrawn;
import org.sobujang.query.readstore.Documents;

/**
 * One capability event of a firm for one component, stored under its aggregate sequence number so that applying
 * the event again overwrites the entry with itself.
 *
 * @param date     {@code effectiveFrom} of a declaration or of a withdrawal (ISO date)
 * @param evidence of a declaration, if given
 */
public record CapabilityEntry(Kind kind, Integer technologyReadiness, BigDecimal annualCapacity, String unit,
                              String date, long sequence, String evidence) {

    public enum Kind { DECLARED, WITHDRAWN }

    public static CapabilityEntry declared(int trl, BigDecimal capacity, String unit, String since, long sequence) {
        return new CapabilityEntry(Kind.DECLARED, trl, capacity, unit, since, sequence, null);
    }

    public static CapabilityEntry withdrawn(String effectiveFrom, long sequence) {
        return new CapabilityEntry(Kind.WITHDRAWN, null, null, null, effectiveFrom, sequence, null);
    }

    static Document toDocument(FirmCapabilityDeclared event, long sequence) {
        return new Document("kind", Kind.DECLARED.name())
                .append("technologyReadiness", event.technologyReadiness())
                .append("annualCapacity", Documents.decimal(event.annualCapacity()))
                .append("unit", event.unit())
                .append("date", Documents.date(event.effectiveFrom()))
                .append("sequence", sequence)
                .append("evidence", event.evidence());
    }

    static Document toDocument(FirmCapabilityWithdrawn event, long sequence) {
        return new Document("kind", Kind.WITHDRAWN.name())
                .append("date", Documents.date(event.effectiveFrom()))
                .append("sequence", sequence);
    }

    public boolean isDeclaration() {
        return kind == Kind.DECLARED;
    }
}
