package org.sobujang.command.imports;

import java.time.Instant;
import java.util.List;

/** What {@code GET /api/v1/imports/{id}} answers. */
public record ImportReport(String id, String kind, Status status, int rowsRead, int rowsAccepted, int rowsRejected,
                           List<ImportError> errors, Instant startedAt, Instant finishedAt) {

    public enum Status {
        RUNNING, COMPLETED, FAILED
    }
}
