package org.sobujang.command.directory;

import java.util.List;
import java.util.Optional;

import org.sobujang.api.firm.FirmSize;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcDirectory implements Directory {

    private final JdbcTemplate jdbc;

    JdbcDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<FirmEntry> firm(String firmId) {
        return jdbc.query("SELECT firm_id, country, size, registration_number FROM directory_firm WHERE firm_id = ?",
                          (rs, i) -> new FirmEntry(rs.getString(1), rs.getString(2),
                                                   FirmSize.valueOf(rs.getString(3)), rs.getString(4)),
                          firmId)
                   .stream().findFirst();
    }

    @Override
    public Optional<String> firmWithRegistrationNumber(String registrationNumber) {
        return jdbc.queryForList("SELECT firm_id FROM directory_firm WHERE registration_number = ?",
                                 String.class, registrationNumber)
                   .stream().findFirst();
    }

    @Override
    public boolean componentExists(String componentId) {
        return !jdbc.queryForList("SELECT 1 FROM directory_component WHERE component_id = ?",
                                  Integer.class, componentId).isEmpty();
    }

    @Override
    public Optional<SourcingChangeEntry> sourcingChange(String changeId) {
        return jdbc.query("SELECT change_id, buyer_id, component_id FROM directory_sourcing_change WHERE change_id = ?",
                          (rs, i) -> new SourcingChangeEntry(rs.getString(1), rs.getString(2), rs.getString(3)),
                          changeId)
                   .stream().findFirst();
    }

    @Override
    public List<PartnershipEntry> partnerships(String partnershipId) {
        return jdbc.query("SELECT partnership_id, buyer_id, supplier_id, stream_id FROM directory_partnership "
                                  + "WHERE partnership_id = ?",
                          (rs, i) -> new PartnershipEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                                                          rs.getString(4)),
                          partnershipId);
    }
}
