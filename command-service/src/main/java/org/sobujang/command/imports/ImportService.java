package org.sobujang.command.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sobujang.command.InvalidInput;
import org.sobujang.command.imports.ImportReport.Status;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Starts imports on a small bounded pool of import threads and keeps their reports. Each row's commands are sent
 * one by one, each in its own short transaction, so a large file never holds a transaction open (see axon-notes on
 * gaps) and the rows recorded before a failure stay recorded.
 */
@Service
public class ImportService {

    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    /** Announced in the API as later kinds; until they exist they are refused as not supported yet. */
    private static final Set<String> LATER_KINDS = Set.of("sourcing", "firms", "components");

    private final Map<String, Importer> importers;
    private final ImportReports reports;
    private final ThreadPoolExecutor executor;

    ImportService(List<Importer> importers, ImportReports reports,
                  @Value("${sobujang.imports.threads:2}") int threads,
                  @Value("${sobujang.imports.queue-capacity:16}") int queueCapacity) {
        this.importers = importers.stream().collect(Collectors.toMap(Importer::kind, Function.identity()));
        this.reports = reports;
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                                               new ArrayBlockingQueue<>(queueCapacity),
                                               task -> new Thread(task, "import-" + count.incrementAndGet()));
    }

    @EventListener(ApplicationReadyEvent.class)
    void failImportsOfThePreviousRun() {
        int interrupted = reports.failInterrupted("the service stopped before the import finished, after %d data rows "
                + "had been counted: those were recorded, and possibly a few rows after them; import the same file "
                + "again to complete it (rows already recorded are not recorded twice)");
        if (interrupted > 0) {
            LOG.warn("{} import(s) were still running when the service last stopped; marked FAILED", interrupted);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    public String start(Importer importer, byte[] file, Charset charset) {
        String kind = importer.kind();
        String importId = UUID.randomUUID().toString();
        reports.started(importId, kind);
        try {
            // The caller who started the import travels with it to the import thread, so its commands (and their
            // events) carry that principal; the wrapper captures the context now and clears it when the task ends.
            executor.execute(new DelegatingSecurityContextRunnable(() -> run(importId, importer, file, charset)));
        } catch (RejectedExecutionException e) {
            reports.forget(importId);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                                                                     "Too many imports are waiting; send the file again later");
            problem.setTitle("Imports busy");
            throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, e);
        }
        return importId;
    }

    public Optional<ImportReport> find(String importId) {
        return reports.find(importId);
    }

    /** Checked before the file is read, so a wrong kind costs no upload. */
    public Importer importerFor(String kind) {
        if (kind == null || kind.isBlank()) {
            throw new InvalidInput("kind", "an import needs a kind, one of " + importers.keySet());
        }
        Importer importer = importers.get(kind);
        if (importer != null) {
            return importer;
        }
        if (LATER_KINDS.contains(kind)) {
            throw new InvalidInput("kind", "imports of kind " + kind + " are not supported yet");
        }
        throw new InvalidInput("kind", "'" + kind + "' is not a kind of import; known kinds: " + importers.keySet());
    }

    private void run(String importId, Importer importer, byte[] file, Charset charset) {
        ImportProgress progress = new ImportProgress(tally -> reports.progressed(importId, tally));
        Status status = Status.COMPLETED;
        // Bytes that are not valid in the declared charset become U+FFFD and then fail the column they are in.
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(file),
                                                   charset.newDecoder()
                                                          .onMalformedInput(CodingErrorAction.REPLACE)
                                                          .onUnmappableCharacter(CodingErrorAction.REPLACE))) {
            importer.run(importId, reader, progress);
        } catch (ImportFailed failure) {
            status = Status.FAILED;
            progress.failed(failure.error());
        } catch (IOException | RuntimeException e) {
            LOG.error("Import {} stopped after {} rows", importId, progress.rowsRead(), e);
            status = Status.FAILED;
            progress.failed(new ImportError(0, null, null, "the import stopped unexpectedly after "
                    + progress.rowsRead() + " rows; the rows before were recorded"));
        }
        try {
            reports.finished(importId, status, progress);
        } catch (RuntimeException e) {
            LOG.error("The report of import {} could not be saved", importId, e);
        }
    }
}
