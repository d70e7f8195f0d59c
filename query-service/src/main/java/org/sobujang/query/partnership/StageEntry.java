package org.sobujang.query.partnership;

import org.bson.Document;
import org.sobujang.api.partnership.PartnershipStage;

/**
 * One stage a partnership reached, stored under its aggregate sequence number so that applying the event again
 * overwrites the entry with itself.
 *
 * @param on ISO date the stage was reached
 */
public record StageEntry(PartnershipStage stage, String on, String note, long sequence) {

    static Document toDocument(PartnershipStage stage, String on, String note, long sequence) {
        return new Document("stage", stage.name()).append("on", on).append("note", note).append("sequence", sequence);
    }
}
