package org.sobujang.command.firm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sobujang.api.firm.DeclareCapability;
import org.sobujang.api.firm.FirmSize;
import org.sobujang.api.firm.RegisterFirm;
import org.sobujang.api.firm.WithdrawCapability;
import org.sobujang.command.Ids;
import org.sobujang.command.web.CommandDispatcher;
import org.sobujang.command.web.CommandResponses;
import org.sobujang.command.web.CommandSettings;
import org.sobujang.command.web.IdResponse;
import org.sobujang.command.web.IsoCountry;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Requests are checked for their shape; the ranges of their values (TRL, capacity) are the firm's rules. */
@RestController
@RequestMapping("/api/v1/firms")
class FirmCommandController {

    record RegisterFirmRequest(@Pattern(regexp = Ids.PATTERN) String id,
                               @NotBlank @Size(max = 500) String name,
                               @NotBlank @IsoCountry String country,
                               @NotNull FirmSize size,
                               @Size(max = 255) String registrationNumber) {
    }

    record DeclareCapabilityRequest(@NotBlank @Pattern(regexp = Ids.PATTERN) String componentId,
                                    @NotNull Integer technologyReadiness,
                                    BigDecimal annualCapacity,
                                    @Size(max = 64) String unit,
                                    LocalDate since,
                                    @Size(max = 2000) String evidence) {
    }

    private final CommandDispatcher commands;
    private final CommandSettings settings;

    FirmCommandController(CommandDispatcher commands, CommandSettings settings) {
        this.commands = commands;
        this.settings = settings;
    }

    @PostMapping
    ResponseEntity<IdResponse> register(@Valid @RequestBody RegisterFirmRequest request) {
        String firmId = request.id() != null ? request.id() : UUID.randomUUID().toString();
        String registrationNumber = request.registrationNumber() == null || request.registrationNumber().isBlank()
                ? null : request.registrationNumber().strip();
        String token = commands.send(new RegisterFirm(firmId, request.name(), request.country(), request.size(),
                                                      registrationNumber));
        return CommandResponses.accepted(HttpStatus.CREATED, firmId, token);
    }

    @PostMapping("/{firmId}/capabilities")
    ResponseEntity<Map<String, String>> declareCapability(@PathVariable String firmId,
                                                          @Valid @RequestBody DeclareCapabilityRequest request) {
        Ids.require("firmId", firmId);
        LocalDate since = request.since() != null ? request.since() : settings.today();
        String token = commands.send(new DeclareCapability(firmId, request.componentId(), request.technologyReadiness(),
                                                           request.annualCapacity(), request.unit(), since,
                                                           request.evidence()));
        return CommandResponses.status(HttpStatus.CREATED, token)
                               .body(Map.of("id", firmId, "componentId", request.componentId(),
                                            "since", since.toString(), "consistencyToken", token));
    }

    @DeleteMapping("/{firmId}/capabilities/{componentId}")
    ResponseEntity<Void> withdrawCapability(@PathVariable String firmId, @PathVariable String componentId,
                                            @RequestParam(required = false) LocalDate effectiveFrom) {
        Ids.require("firmId", firmId);
        Ids.require("componentId", componentId);
        String token = commands.send(new WithdrawCapability(firmId, componentId,
                                                            effectiveFrom != null ? effectiveFrom : settings.today()));
        return CommandResponses.noContent(token);
    }
}
