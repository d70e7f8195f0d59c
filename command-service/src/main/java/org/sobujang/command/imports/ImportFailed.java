package org.sobujang.command.imports;

/** The file as a whole cannot be imported (its header is not a known format, it is cut off inside a quote). */
public final class ImportFailed extends Exception {

    private final transient ImportError error;

    public ImportFailed(ImportError error) {
        super(error.message());
        this.error = error;
    }

    public ImportError error() {
        return error;
    }
}
