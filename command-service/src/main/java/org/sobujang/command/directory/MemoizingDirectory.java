package org.sobujang.command.directory;

import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * Looks each firm and component up once for the command at hand: a batch of changes to one plan names the same
 * buyer, component and a few suppliers hundreds of times. Entries are only ever added, and one command's checks
 * need no fresher answer than its first lookup.
 */
public final class MemoizingDirectory implements Directory {

    private final Directory directory;
    private final Map<String, Optional<FirmEntry>> firms = new HashMap<>();
    private final Map<String, Boolean> components = new HashMap<>();

    public MemoizingDirectory(Directory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<FirmEntry> firm(String firmId) {
        return firms.computeIfAbsent(firmId, directory::firm);
    }

    @Override
    public Optional<String> firmWithRegistrationNumber(String registrationNumber) {
        return directory.firmWithRegistrationNumber(registrationNumber);
    }

    @Override
    public boolean componentExists(String componentId) {
        return components.computeIfAbsent(componentId, directory::componentExists);
    }

    @Override
    public Optional<SourcingChangeEntry> sourcingChange(String changeId) {
        return directory.sourcingChange(changeId);
    }

    @Override
    public List<PartnershipEntry> partnerships(String partnershipId) {
        return directory.partnerships(partnershipId);
    }
}
