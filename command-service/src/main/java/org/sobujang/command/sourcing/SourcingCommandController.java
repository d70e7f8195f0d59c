package org.sobujang.command.sourcing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sobujang.api.sourcing.RecordSourcingChange;
import org.sobujang.api.sourcing.RecordSourcingChanges;
import org.sobujang.api.sourcing.RetractSourcingChange;
import org.sobujang.api.sourcing.ReviseSourcingPlan;
import org.sobujang.api.sourcing.SourcingChangeValue;
import org.sobujang.api.sourcing.SupplierShareValue;
import org.sobujang.command.Ids;
import org.sobujang.command.NotFound;
import org.sobujang.command.Reference;
import org.sobujang.command.directory.Directory;
import org.sobujang.command.directory.Directory.SourcingChangeEntry;
import org.sobujang.command.web.CommandDispatcher;
import org.sobujang.command.web.CommandResponses;
import org.sobujang.command.web.IdResponse;
import org.sobujang.command.web.IdsResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Requests are checked for their shape only; every rule of a plan, the share range and the existence of its buyer,
 * component and suppliers included, is the plan's own. The plan is created by its first change, so an unknown buyer
 * or component cannot surface as a missing aggregate: the ids taken from the path are named when the command is
 * sent, and the plan's refusal of one of them is answered 404, as any unknown id in the path is.
 */
@RestController
@RequestMapping("/api/v1/buyers/{buyerId}")
class SourcingCommandController {

    record RecordChangeRequest(@NotBlank @Pattern(regexp = Ids.PATTERN) String componentId,
                               @NotBlank @Pattern(regexp = Ids.PATTERN) String supplierId,
                               @NotNull BigDecimal share,
                               @NotNull LocalDate effectiveFrom,
                               BigDecimal annualVolume,
                               @Size(max = 64) String unit,
                               @Size(max = 2000) String evidence) {
    }

    /** A {@link RecordChangeRequest} without its component, which the batch's path names. */
    record PlanChangeRequest(@NotBlank @Pattern(regexp = Ids.PATTERN) String supplierId,
                             @NotNull BigDecimal share,
                             @NotNull LocalDate effectiveFrom,
                             BigDecimal annualVolume,
                             @Size(max = 64) String unit,
                             @Size(max = 2000) String evidence) {
    }

    record BatchRequest(@NotNull @Size(min = 1, max = RecordSourcingChanges.MAX_CHANGES)
                        List<@Valid @NotNull PlanChangeRequest> changes) {
    }

    record ShareRequest(@NotBlank @Pattern(regexp = Ids.PATTERN) String supplierId,
                        @NotNull BigDecimal share) {
    }

    record RevisionRequest(@NotNull LocalDate effectiveFrom,
                           @NotNull List<@Valid @NotNull ShareRequest> shares,
                           BigDecimal annualVolume,
                           @Size(max = 64) String unit,
                           @Size(max = 2000) String evidence) {
    }

    private final CommandDispatcher commands;
    private final Directory directory;

    SourcingCommandController(CommandDispatcher commands, Directory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    @PostMapping("/sourcing-changes")
    ResponseEntity<IdResponse> recordChange(@PathVariable String buyerId,
                                            @Valid @RequestBody RecordChangeRequest request) {
        Ids.require("buyerId", buyerId);
        String changeId = UUID.randomUUID().toString();
        String token = commands.send(new RecordSourcingChange(changeId, buyerId, request.componentId(),
                                                              request.supplierId(), request.share(),
                                                              request.effectiveFrom(), request.annualVolume(),
                                                              request.unit(), request.evidence()),
                                     Reference.firm(buyerId));
        return CommandResponses.accepted(HttpStatus.CREATED, changeId, token);
    }

    /** All or nothing, in order; the ids answer in the order of the changes. */
    @PostMapping("/sourcing-plans/{componentId}/changes")
    ResponseEntity<IdsResponse> recordChanges(@PathVariable String buyerId, @PathVariable String componentId,
                                              @Valid @RequestBody BatchRequest request) {
        Ids.require("buyerId", buyerId);
        Ids.require("componentId", componentId);
        List<SourcingChangeValue> changes = request.changes().stream()
                .map(change -> new SourcingChangeValue(UUID.randomUUID().toString(), change.supplierId(),
                                                       change.share(), change.effectiveFrom(), change.annualVolume(),
                                                       change.unit(), change.evidence()))
                .toList();
        String token = commands.send(new RecordSourcingChanges(buyerId, componentId, changes),
                                     Reference.firm(buyerId), Reference.component(componentId));
        return CommandResponses.accepted(HttpStatus.CREATED, changes.stream().map(SourcingChangeValue::changeId)
                                                                    .toList(), token);
    }

    @PostMapping("/sourcing-plans/{componentId}/revisions")
    ResponseEntity<IdResponse> revisePlan(@PathVariable String buyerId, @PathVariable String componentId,
                                          @Valid @RequestBody RevisionRequest request) {
        Ids.require("buyerId", buyerId);
        Ids.require("componentId", componentId);
        String changeId = UUID.randomUUID().toString();
        List<SupplierShareValue> shares = request.shares().stream()
                                                 .map(share -> new SupplierShareValue(share.supplierId(), share.share()))
                                                 .toList();
        String token = commands.send(new ReviseSourcingPlan(changeId, buyerId, componentId, request.effectiveFrom(),
                                                            shares, request.annualVolume(), request.unit(),
                                                            request.evidence()),
                                     Reference.firm(buyerId), Reference.component(componentId));
        return CommandResponses.accepted(HttpStatus.CREATED, changeId, token);
    }

    @DeleteMapping("/sourcing-changes/{changeId}")
    ResponseEntity<Void> retractChange(@PathVariable String buyerId, @PathVariable String changeId) {
        Ids.require("buyerId", buyerId);
        Ids.require("changeId", changeId);
        SourcingChangeEntry change = directory.sourcingChange(changeId)
                                              .filter(entry -> entry.buyerId().equals(buyerId))
                                              .orElseThrow(() -> new NotFound("Buyer " + buyerId
                                                      + " has no sourcing change " + changeId));
        String token = commands.send(new RetractSourcingChange(changeId, buyerId, change.componentId()));
        return CommandResponses.noContent(token);
    }
}
