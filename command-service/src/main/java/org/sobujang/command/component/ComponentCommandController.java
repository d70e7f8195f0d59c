package org.sobujang.command.component;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sobujang.api.Sector;
import org.sobujang.api.component.AddControlListEntry;
import org.sobujang.api.component.Category;
import org.sobujang.api.component.ControlListEntry;
import org.sobujang.api.component.ImposeExportRestriction;
import org.sobujang.api.component.LiftExportRestriction;
import org.sobujang.api.component.RegisterComponent;
import org.sobujang.api.component.RestrictionMeasure;
import org.sobujang.command.Ids;
import org.sobujang.command.web.CommandDispatcher;
import org.sobujang.command.web.CommandResponses;
import org.sobujang.command.web.CommandSettings;
import org.sobujang.command.web.IdResponse;
import org.sobujang.command.web.IsoCountry;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/components")
class ComponentCommandController {

    record ControlListEntryRequest(@NotBlank @Size(max = 64) String regime, @NotBlank @Size(max = 128) String code) {
    }

    record RegisterComponentRequest(@Pattern(regexp = Ids.PATTERN) String id,
                                    @NotBlank @Size(max = 500) String name,
                                    @NotNull Category category,
                                    @NotBlank @Pattern(regexp = "\\d{6,10}", message = "must be 6 to 10 digits")
                                    String hsCode,
                                    @NotNull Sector sector,
                                    List<@Valid @NotNull ControlListEntryRequest> controlListEntries) {
    }

    record ImposeRestrictionRequest(@NotBlank @IsoCountry String imposingCountry,
                                    @IsoCountry String targetCountry,
                                    @NotNull RestrictionMeasure measure,
                                    @NotNull LocalDate effectiveFrom,
                                    @Size(max = 1000) String legalReference) {
    }

    record LiftRestrictionRequest(@NotNull LocalDate effectiveFrom) {
    }

    private final CommandDispatcher commands;
    private final CommandSettings settings;

    ComponentCommandController(CommandDispatcher commands, CommandSettings settings) {
        this.commands = commands;
        this.settings = settings;
    }

    @PostMapping
    ResponseEntity<IdResponse> register(@Valid @RequestBody RegisterComponentRequest request) {
        String componentId = request.id() != null ? request.id() : UUID.randomUUID().toString();
        List<ControlListEntry> entries = request.controlListEntries() == null ? List.of()
                : request.controlListEntries().stream()
                         .map(entry -> new ControlListEntry(entry.regime(), entry.code()))
                         .toList();
        String token = commands.send(new RegisterComponent(componentId, request.name(), request.category(),
                                                           request.hsCode(), request.sector(), entries));
        return CommandResponses.accepted(HttpStatus.CREATED, componentId, token);
    }

    @PostMapping("/{componentId}/control-list-entries")
    ResponseEntity<IdResponse> addControlListEntry(@PathVariable String componentId,
                                                   @Valid @RequestBody ControlListEntryRequest request) {
        Ids.require("componentId", componentId);
        String token = commands.send(new AddControlListEntry(componentId, request.regime(), request.code()));
        return CommandResponses.accepted(HttpStatus.CREATED, componentId, token);
    }

    @PostMapping("/{componentId}/export-restrictions")
    ResponseEntity<IdResponse> imposeRestriction(@PathVariable String componentId,
                                                 @Valid @RequestBody ImposeRestrictionRequest request) {
        Ids.require("componentId", componentId);
        String restrictionId = UUID.randomUUID().toString();
        String target = request.targetCountry() == null || request.targetCountry().isBlank()
                ? settings.homeCountry() : request.targetCountry();
        String token = commands.send(new ImposeExportRestriction(componentId, restrictionId, request.imposingCountry(),
                                                                 target, request.measure(), request.effectiveFrom(),
                                                                 request.legalReference()));
        return CommandResponses.accepted(HttpStatus.CREATED, restrictionId, token);
    }

    @PostMapping("/{componentId}/export-restrictions/{restrictionId}/lift")
    ResponseEntity<IdResponse> liftRestriction(@PathVariable String componentId, @PathVariable String restrictionId,
                                               @Valid @RequestBody LiftRestrictionRequest request) {
        Ids.require("componentId", componentId);
        Ids.require("restrictionId", restrictionId);
        String token = commands.send(new LiftExportRestriction(componentId, restrictionId, request.effectiveFrom()));
        return CommandResponses.accepted(HttpStatus.OK, restrictionId, token);
    }
}
