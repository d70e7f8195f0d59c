package org.sobujang.command.trade;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.CommandExecutionException;
import org.sobujang.command.CommandRejected;
import org.sobujang.command.InvalidInput;
import org.sobujang.command.imports.ImportError;
import org.sobujang.command.imports.ImportFailed;
import org.sobujang.command.imports.ImportProgress;
import org.sobujang.command.imports.Importer;
import org.sobujang.command.web.CommandDispatcher;
import org.springframework.stereotype.Component;

/**
 * {@code kind=trade-statistics}: every good row becomes one RecordTradeStatistic command per figure. The aggregate
 * decides whether a figure is new, a revision or already known, so importing a file twice records nothing twice.
 */
@Component
class TradeStatisticsImporter implements Importer {

    private final CommandDispatcher commands;

    TradeStatisticsImporter(CommandDispatcher commands) {
        this.commands = commands;
    }

    @Override
    public String kind() {
        return "trade-statistics";
    }

    @Override
    public void run(String importId, Reader file, ImportProgress progress) throws IOException, ImportFailed {
        TradeStatisticsCsv csv = TradeStatisticsCsv.open(file);
        for (TradeStatisticsCsv.Row row = csv.next(); row != null; row = csv.next()) {
            List<ImportError> errors = new ArrayList<>(row.errors());
            for (TradeStatisticsCsv.Statistic statistic : row.statistics()) {
                try {
                    commands.send(statistic.toCommand(importId));
                } catch (CommandExecutionException e) {
                    errors.add(rejected(row.line(), e.getCause() instanceof RuntimeException cause ? cause : e));
                } catch (CommandRejected e) {
                    errors.add(rejected(row.line(), e));
                }
            }
            progress.row(errors);
        }
    }

    /** The parser checks what the aggregate checks, so this only catches a rule the two disagree on or a 409. */
    private static ImportError rejected(int line, RuntimeException e) {
        String column = e instanceof InvalidInput invalid ? invalid.field() : null;
        return new ImportError(line, column, null, "not recorded: " + e.getMessage());
    }
}
