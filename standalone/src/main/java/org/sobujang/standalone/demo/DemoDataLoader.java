package org.sobujang.standalone.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sobujang.api.component.ImposeExportRestriction;
import org.sobujang.api.coreitems.DefineCoreItemList;
import org.sobujang.api.partnership.AdvancePartnershipStage;
import org.sobujang.api.partnership.RegisterPartnership;
import org.sobujang.command.imports.ImportReport;
import org.sobujang.command.imports.ImportService;
import org.sobujang.standalone.EmbeddedStores;
import org.sobujang.api.component.LiftExportRestriction;
import org.sobujang.api.component.RegisterComponent;
import org.sobujang.api.firm.DeclareCapability;
import org.sobujang.api.firm.RegisterFirm;
import org.sobujang.api.sourcing.ReviseSourcingPlan;
import org.sobujang.api.sourcing.SupplierShareValue;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads the 2019 demo data set on first start. It goes through the command gateway as ordinary commands, so every
 * rule is checked and the result is real event history, indistinguishable from what users record over REST.
 */
@Component
@ConditionalOnProperty(name = "sobujang.demo-data.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final String RESOURCE = "demo/korea-2019.yaml";
    /** Written into the data directory once the whole data set is in the event store. */
    static final String MARKER = "demo-data.loaded";
    private static final Map<String, String> PRINCIPAL = Map.of("principal", "demo-data-loader");

    private static final Duration IMPORT_WAIT = Duration.ofMinutes(2);

    private final CommandGateway commands;
    private final ImportService imports;
    private final JdbcTemplate eventStore;
    private final EmbeddedStores.Settings stores;

    DemoDataLoader(CommandGateway commands, ImportService imports, JdbcTemplate eventStore,
                   EmbeddedStores.Settings stores) {
        this.commands = commands;
        this.imports = imports;
        this.eventStore = eventStore;
        this.stores = stores;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Path marker = stores.getDataDir().toAbsolutePath().resolve(MARKER);
        Boolean hasEvents = eventStore.queryForObject("SELECT EXISTS (SELECT 1 FROM domainevententry)", Boolean.class);
        if (Boolean.TRUE.equals(hasEvents)) {
            if (Files.exists(marker)) {
                log.info("Event store is not empty: demo data not loaded again");
            } else {
                // Events are never removed, and not every demo command may be sent twice: say so instead of guessing.
                log.warn("The event store holds events but the demo data set was never completely loaded (was the "
                         + "first start interrupted?). Stop the tracker and delete {} to load it again.",
                         stores.getDataDir().toAbsolutePath());
            }
            return;
        }
        DemoData data = read();
        int sent = load(data);
        Files.createDirectories(marker.getParent());
        Files.writeString(marker, "loaded " + sent + " commands and imported rows from " + RESOURCE + "\n");
        log.info("Demo data loaded: {} commands and imported rows from {}", sent, RESOURCE);
    }

    static DemoData read() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return yaml.readValue(in, DemoData.class);
        }
    }

    private int load(DemoData data) throws IOException {
        int sent = 0;
        for (DemoData.Firm f : data.firms()) {
            send(new RegisterFirm(f.id(), f.name(), f.country(), f.size(), null));
            sent++;
        }
        for (DemoData.Component c : data.components()) {
            send(new RegisterComponent(c.id(), c.name(), c.category(), c.hsCode(), c.sector(),
                    c.controlListEntries()));
            sent++;
        }
        for (DemoData.Restriction r : data.restrictions()) {
            send(new ImposeExportRestriction(r.component(), r.id(), r.imposingCountry(),
                    r.targetCountry(), r.measure(), r.effectiveFrom(), r.legalReference()));
            sent++;
            if (r.liftedOn() != null) {
                send(new LiftExportRestriction(r.component(), r.id(), r.liftedOn()));
                sent++;
            }
        }
        for (DemoData.Capability c : data.capabilities()) {
            send(new DeclareCapability(c.firm(), c.component(), c.technologyReadiness(),
                    c.annualCapacity(), c.unit(), c.since()));
            sent++;
        }
        for (DemoData.Plan p : data.plans()) {
            for (DemoData.Revision r : p.revisions()) {
                send(new ReviseSourcingPlan(
                        "demo-" + p.buyer() + "-" + p.component() + "-" + r.effectiveFrom(),
                        p.buyer(), p.component(), r.effectiveFrom(),
                        r.shares().entrySet().stream()
                         .map(e -> new SupplierShareValue(e.getKey(), e.getValue()))
                         .toList(),
                        r.annualVolume(), r.unit(), "illustrative demo plan"));
                sent++;
            }
        }
        for (DemoData.Partnership p : data.partnerships()) {
            RegisterPartnership registration = RegisterPartnership.of(p.id(), p.buyer(), p.supplier(), p.component(),
                    p.kind(), p.startedOn(), p.program());
            send(registration);
            sent++;
            for (DemoData.Stage stage : p.stages()) {
                send(new AdvancePartnershipStage(registration.streamId(), stage.stage(), stage.on(), stage.note()));
                sent++;
            }
        }
        for (DemoData.CoreItemList list : data.coreItemLists()) {
            send(new DefineCoreItemList(list.id(), list.name(), list.components(), list.targets()));
            sent++;
        }
        for (DemoData.TradeStatistics file : data.tradeStatistics()) {
            sent += importAndWait(file);
        }
        return sent;
    }

    /** The demo's events say who recorded them, as every user's do. */
    private void send(Object command) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(PRINCIPAL));
    }

    /** Through the same import service as {@code POST /api/v1/imports}; the demo is complete only once it is done. */
    private int importAndWait(DemoData.TradeStatistics file) throws IOException {
        byte[] csv;
        try (InputStream in = new ClassPathResource("demo/" + file.file()).getInputStream()) {
            csv = in.readAllBytes();
        }
        String id = imports.start(imports.importerFor("trade-statistics"), csv, Charset.forName(file.charset()));
        Instant deadline = Instant.now().plus(IMPORT_WAIT);
        ImportReport report = imports.find(id).orElseThrow();
        while (report.status() == ImportReport.Status.RUNNING && Instant.now().isBefore(deadline)) {
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
            report = imports.find(id).orElseThrow();
        }
        if (report.status() != ImportReport.Status.COMPLETED || report.rowsRejected() > 0) {
            throw new IllegalStateException("Demo import of " + file.file() + " did not complete cleanly: " + report);
        }
        return report.rowsAccepted();
    }
}
