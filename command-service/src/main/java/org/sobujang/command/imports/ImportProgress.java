package org.sobujang.command.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The running tally of one import, written to its report every {@link #FLUSH_INTERVAL_MILLIS} so that a client
 * polling the report sees the rows counted so far. Only the import's own thread calls it.
 */
public final class ImportProgress {

    /** Counts stay exact beyond this; only the list of errors is cut, so a garbage file cannot bloat the report. */
    static final int MAX_ERRORS = 1000;
    static final long FLUSH_INTERVAL_MILLIS = 250;

    private final Consumer<ImportProgress> flush;
    private int rowsRead;
    private int rowsAccepted;
    private int rowsRejected;
    private final List<ImportError> errors = new ArrayList<>();
    private long lastFlush = System.currentTimeMillis();

    ImportProgress(Consumer<ImportProgress> flush) {
        this.flush = flush;
    }

    /** A data row was handled: accepted when it brought no errors. */
    public void row(List<ImportError> rowErrors) {
        rowsRead++;
        if (rowErrors.isEmpty()) {
            rowsAccepted++;
        } else {
            rowsRejected++;
            addErrors(rowErrors);
        }
        long now = System.currentTimeMillis();
        if (now - lastFlush >= FLUSH_INTERVAL_MILLIS) {
            lastFlush = now;
            flush.accept(this);
        }
    }

    /** The error that ended the import; it is always kept, even past the cap. */
    void failed(ImportError error) {
        if (errors.size() >= MAX_ERRORS) {
            errors.remove(errors.size() - 1);
        }
        errors.add(error);
    }

    private void addErrors(List<ImportError> rowErrors) {
        for (ImportError error : rowErrors) {
            if (errors.size() >= MAX_ERRORS) {
                return;
            }
            errors.add(error);
        }
    }

    int rowsRead() {
        return rowsRead;
    }

    int rowsAccepted() {
        return rowsAccepted;
    }

    int rowsRejected() {
        return rowsRejected;
    }

    List<ImportError> errors() {
        return List.copyOf(errors);
    }
}
