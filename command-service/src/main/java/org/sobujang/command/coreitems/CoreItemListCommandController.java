package org.sobujang.command.coreitems;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sobujang.api.coreitems.AddCoreItemListMember;
import org.sobujang.api.coreitems.DefineCoreItemList;
import org.sobujang.api.coreitems.LocalizationTarget;
import org.sobujang.api.coreitems.SetLocalizationTarget;
import org.sobujang.command.Ids;
import org.sobujang.command.web.CommandDispatcher;
import org.sobujang.command.web.CommandResponses;
import org.sobujang.command.web.IdResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Requests are checked for their shape; a target's share range is the list's rule. */
@RestController
@RequestMapping("/api/v1/core-item-lists")
class CoreItemListCommandController {

    record TargetRequest(@NotNull BigDecimal share, @NotNull LocalDate by) {
    }

    record DefineListRequest(@Pattern(regexp = Ids.PATTERN) String id,
                             @NotBlank @Size(max = 500) String name,
                             @NotNull @Size(max = 10_000) List<@NotBlank @Pattern(regexp = Ids.PATTERN) String> componentIds,
                             @Size(max = 1_000) List<@Valid @NotNull TargetRequest> targets) {
    }

    record AddMemberRequest(@NotBlank @Pattern(regexp = Ids.PATTERN) String componentId) {
    }

    private final CommandDispatcher commands;

    CoreItemListCommandController(CommandDispatcher commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<IdResponse> define(@Valid @RequestBody DefineListRequest request) {
        String listId = request.id() != null ? request.id() : UUID.randomUUID().toString();
        List<LocalizationTarget> targets = request.targets() == null ? List.of()
                : request.targets().stream().map(target -> new LocalizationTarget(target.share(), target.by())).toList();
        String token = commands.send(new DefineCoreItemList(listId, request.name(), request.componentIds(), targets));
        return CommandResponses.accepted(HttpStatus.CREATED, listId, token);
    }

    @PostMapping("/{listId}/members")
    ResponseEntity<IdResponse> addMember(@PathVariable String listId, @Valid @RequestBody AddMemberRequest request) {
        Ids.require("listId", listId);
        String token = commands.send(new AddCoreItemListMember(listId, request.componentId()));
        return CommandResponses.accepted(HttpStatus.CREATED, listId, token);
    }

    @PostMapping("/{listId}/targets")
    ResponseEntity<IdResponse> setTarget(@PathVariable String listId, @Valid @RequestBody TargetRequest request) {
        Ids.require("listId", listId);
        String token = commands.send(new SetLocalizationTarget(listId, request.share(), request.by()));
        return CommandResponses.accepted(HttpStatus.CREATED, listId, token);
    }
}
