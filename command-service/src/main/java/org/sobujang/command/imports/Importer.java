package org.sobujang.command.imports;

import java.io.IOException;
import java.io.Reader;

/** One kind of import ({@code ?kind=...}); it reads the file row by row and tells the progress about each row. */
public interface Importer {

    String kind();

    /**
     * Runs on an import thread, never a request thread.
     *
     * @throws ImportFailed when the file as a whole cannot be read; rows already recorded stay recorded
     */
    void run(String importId, Reader file, ImportProgress progress) throws IOException, ImportFailed;
}
