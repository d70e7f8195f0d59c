package org.sobujang.command.directory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sobujang.api.AggregateIds;

import org.sobujang.api.firm.FirmSize;

/** The directory as aggregate tests need it: filled directly by the test's "given". */
public class InMemoryDirectory implements Directory {

    private final Map<String, FirmEntry> firms = new HashMap<>();
    private final Set<String> components = new HashSet<>();
    private final Map<String, SourcingChangeEntry> changes = new HashMap<>();
    private final Map<String, List<PartnershipEntry>> partnerships = new HashMap<>();

    public InMemoryDirectory withFirm(String firmId, String country, FirmSize size, String registrationNumber) {
        firms.put(firmId, new FirmEntry(firmId, country, size, registrationNumber));
        return this;
    }

    public InMemoryDirectory withFirm(String firmId) {
        return withFirm(firmId, "KR", FirmSize.SME, null);
    }

    public InMemoryDirectory withComponent(String componentId) {
        components.add(componentId);
        return this;
    }

    public InMemoryDirectory withSourcingChange(String changeId, String buyerId, String componentId) {
        changes.put(changeId, new SourcingChangeEntry(changeId, buyerId, componentId));
        return this;
    }

    public InMemoryDirectory withPartnership(String partnershipId, String buyerId, String supplierId) {
        partnerships.computeIfAbsent(partnershipId, id -> new java.util.ArrayList<>())
                    .add(new PartnershipEntry(partnershipId, buyerId, supplierId,
                                              AggregateIds.partnership(buyerId, supplierId, partnershipId)));
        return this;
    }

    @Override
    public List<PartnershipEntry> partnerships(String partnershipId) {
        return partnerships.getOrDefault(partnershipId, List.of());
    }

    @Override
    public Optional<FirmEntry> firm(String firmId) {
        return Optional.ofNullable(firms.get(firmId));
    }

    @Override
    public Optional<String> firmWithRegistrationNumber(String registrationNumber) {
        return firms.values().stream()
                    .filter(firm -> registrationNumber.equals(firm.registrationNumber()))
                    .map(FirmEntry::firmId)
                    .findFirst();
    }

    @Override
    public boolean componentExists(String componentId) {
        return components.contains(componentId);
    }

    @Override
    public Optional<SourcingChangeEntry> sourcingChange(String changeId) {
        return Optional.ofNullable(changes.get(changeId));
    }
}
