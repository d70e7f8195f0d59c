package org.sobujang.command.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sobujang.command.imports.ImportReport.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class ImportReports {

    private static final TypeReference<List<ImportError>> ERRORS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ImportReports(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void started(String importId, String kind) {
        jdbc.update("INSERT INTO import_report (import_id, kind, status, started_at) VALUES (?, ?, ?, ?)",
                    importId, kind, Status.RUNNING.name(), Timestamp.from(Instant.now()));
    }

    void forget(String importId) {
        jdbc.update("DELETE FROM import_report WHERE import_id = ?", importId);
    }

    void progressed(String importId, ImportProgress progress) {
        jdbc.update("UPDATE import_report SET rows_read = ?, rows_accepted = ?, rows_rejected = ?, errors = ? "
                            + "WHERE import_id = ? AND status = ?",
                    progress.rowsRead(), progress.rowsAccepted(), progress.rowsRejected(), write(progress.errors()),
                    importId, Status.RUNNING.name());
    }

    void finished(String importId, Status status, ImportProgress progress) {
        jdbc.update("UPDATE import_report SET status = ?, rows_read = ?, rows_accepted = ?, rows_rejected = ?, "
                            + "errors = ?, finished_at = ? WHERE import_id = ?",
                    status.name(), progress.rowsRead(), progress.rowsAccepted(), progress.rowsRejected(),
                    write(progress.errors()), Timestamp.from(Instant.now()), importId);
    }

    /**
     * Imports whose thread died with the previous process would otherwise claim to be running forever. Each is
     * marked FAILED with an error that says where it stopped: {@code message} is formatted with the data rows counted
     * when its report was last saved.
     */
    int failInterrupted(String message) {
        List<String> ids = jdbc.queryForList("SELECT import_id FROM import_report WHERE status = ?", String.class,
                                             Status.RUNNING.name());
        for (String id : ids) {
            Optional<ImportReport> report = find(id);
            List<ImportError> errors = new ArrayList<>(report.map(ImportReport::errors).orElse(List.of()));
            errors.add(new ImportError(0, null, null, message.formatted(report.map(ImportReport::rowsRead)
                                                                               .orElse(0))));
            jdbc.update("UPDATE import_report SET status = ?, errors = ?, finished_at = ? WHERE import_id = ? "
                                + "AND status = ?",
                        Status.FAILED.name(), write(errors), Timestamp.from(Instant.now()), id, Status.RUNNING.name());
        }
        return ids.size();
    }

    Optional<ImportReport> find(String importId) {
        return jdbc.query("SELECT import_id, kind, status, rows_read, rows_accepted, rows_rejected, errors, "
                                  + "started_at, finished_at FROM import_report WHERE import_id = ?",
                          this::report, importId)
                   .stream().findFirst();
    }

    private ImportReport report(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportReport(rs.getString("import_id"), rs.getString("kind"), Status.valueOf(rs.getString("status")),
                                rs.getInt("rows_read"), rs.getInt("rows_accepted"), rs.getInt("rows_rejected"),
                                read(rs.getString("errors")), rs.getTimestamp("started_at").toInstant(),
                                finished == null ? null : finished.toInstant());
    }

    private String write(List<ImportError> errors) {
        try {
            return json.writeValueAsString(errors);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("import errors could not be written as JSON", e);
        }
    }

    private List<ImportError> read(String errors) {
        try {
            return json.readValue(errors, ERRORS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("import errors could not be read from JSON", e);
        }
    }
}
