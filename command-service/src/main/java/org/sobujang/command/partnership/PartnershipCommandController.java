package org.sobujang.command.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sobujang.api.AggregateIds;
import org.sobujang.api.partnership.AdvancePartnershipStage;
import org.sobujang.api.partnership.PartnershipKind;
import org.sobujang.api.partnership.PartnershipStage;
import org.sobujang.api.partnership.RegisterPartnership;
import org.sobujang.command.Conflict;
import org.sobujang.command.Ids;
import org.sobujang.command.NotFound;
import org.sobujang.command.directory.Directory;
import org.sobujang.command.security.CommandAccess;
import org.sobujang.command.web.CommandDispatcher;
import org.sobujang.command.web.CommandResponses;
import org.sobujang.command.web.IdResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/partnerships")
class PartnershipCommandController {

    record RegisterPartnershipRequest(@Pattern(regexp = Ids.PATTERN) String id,
                                      @NotBlank @Pattern(regexp = Ids.PATTERN) String buyerId,
                                      @NotBlank @Pattern(regexp = Ids.PATTERN) String supplierId,
                                      @NotBlank @Pattern(regexp = Ids.PATTERN) String componentId,
                                      @NotNull PartnershipKind kind,
                                      @NotNull LocalDate startedOn,
                                      @Size(max = 500) String program) {
    }

    record AdvanceStageRequest(@NotNull PartnershipStage stage,
                               @NotNull LocalDate on,
                               @Size(max = 2000) String note) {
    }

    private final CommandDispatcher commands;
    private final CommandAccess access;
    private final Directory directory;

    PartnershipCommandController(CommandDispatcher commands, CommandAccess access, Directory directory) {
        this.commands = commands;
        this.access = access;
        this.directory = directory;
    }

    @PostMapping
    ResponseEntity<IdResponse> register(@Valid @RequestBody RegisterPartnershipRequest request) {
        // Before anything is looked up: whether the firms exist is the aggregate's business, and only a party's.
        access.requirePartnershipParty(request.buyerId(), request.supplierId());
        String partnershipId = request.id() != null ? request.id() : UUID.randomUUID().toString();
        String program = request.program() == null || request.program().isBlank() ? null : request.program().strip();
        // the same id again for the same parties is the same partnership (answered idempotently, or 409 if it differs)
        String streamId = directory.partnerships(partnershipId).stream()
                .filter(p -> p.buyerId().equals(request.buyerId()) && p.supplierId().equals(request.supplierId()))
                .map(Directory.PartnershipEntry::streamId)
                .findFirst()
                .orElse(AggregateIds.partnership(request.buyerId(), request.supplierId(), partnershipId));
        String token = commands.send(new RegisterPartnership(streamId, partnershipId, request.buyerId(),
                                                             request.supplierId(), request.componentId(),
                                                             request.kind(), request.startedOn(), program));
        return CommandResponses.accepted(HttpStatus.CREATED, partnershipId, token);
    }

    /** Only a party of the stored partnership gets here: the security filter chain checked the directory. */
    @PostMapping("/{partnershipId}/stages")
    ResponseEntity<IdResponse> advance(@PathVariable String partnershipId,
                                       @RequestParam(required = false) String counterpartyId,
                                       @Valid @RequestBody AdvanceStageRequest request) {
        Ids.require("partnershipId", partnershipId);
        List<Directory.PartnershipEntry> own = access.partnershipsOfCaller(partnershipId).stream()
                .filter(p -> counterpartyId == null || p.hasParty(counterpartyId))
                .toList();
        if (own.isEmpty()) {
            throw new NotFound("No partnership " + partnershipId + (counterpartyId == null ? ""
                    : " with " + counterpartyId) + " of yours");
        }
        if (own.size() > 1) {
            throw new Conflict("Your firm has " + own.size() + " partnerships with id " + partnershipId
                               + "; name the other party with ?counterpartyId=");
        }
        String token = commands.send(new AdvancePartnershipStage(own.get(0).streamId(), request.stage(),
                                                                 request.on(), request.note()));
        return CommandResponses.accepted(HttpStatus.OK, partnershipId, token);
    }
}
