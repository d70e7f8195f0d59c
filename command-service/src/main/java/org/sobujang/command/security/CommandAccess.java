package org.sobujang.command.security;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.sobujang.command.directory.Directory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * The firm-scoped rules of docs/security.md. Each is decided from the token and the path (or, for a partnership's
 * stages, the parties the command-side directory stored) before the controller runs, so a caller without rights is
 * answered 403 whether or not the object exists; nothing here says whether it does.
 */
@Component
public class CommandAccess {

    private final CallerResolver callers;
    private final Directory directory;

    CommandAccess(CallerResolver callers, Directory directory) {
        this.callers = callers;
        this.directory = directory;
    }

    /** STEWARD for any firm, or one of the roles acting for the firm the path variable names. */
    public AuthorizationManager<RequestAuthorizationContext> stewardOrOwnFirm(String firmVariable, String... roles) {
        return (authentication, context) -> decide(authentication, caller -> {
            if (caller.hasRole(Roles.STEWARD)) {
                return true;
            }
            String firm = context.getVariables().get(firmVariable);
            for (String role : roles) {
                if (caller.hasRoleFor(role, firm)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The role acting for the firm the path variable names; no one else, not even a steward. */
    public AuthorizationManager<RequestAuthorizationContext> ownFirm(String firmVariable, String role) {
        return (authentication, context) ->
                decide(authentication, caller -> caller.hasRoleFor(role, context.getVariables().get(firmVariable)));
    }

    /**
     * PARTNERSHIP of the stored partnership's buyer or supplier. An unknown partnership has no parties, so it is
     * refused exactly as one of other firms is.
     */
    public AuthorizationManager<RequestAuthorizationContext> partyOfPartnership(String partnershipVariable) {
        return (authentication, context) -> decide(authentication, caller -> {
            if (!caller.hasRole(Roles.PARTNERSHIP) || caller.firmId() == null) {
                return false;
            }
            return directory.partnerships(context.getVariables().get(partnershipVariable)).stream()
                            .anyMatch(p -> caller.actsFor(p.buyerId()) || caller.actsFor(p.supplierId()));
        });
    }

    /** The partnerships with this id that the caller's firm is a party of (an id is unique per pair of parties). */
    public List<Directory.PartnershipEntry> partnershipsOfCaller(String partnershipId) {
        Optional<Caller> caller = callers.current();
        if (caller.isEmpty() || caller.get().firmId() == null) {
            return List.of();
        }
        return directory.partnerships(partnershipId).stream()
                        .filter(p -> caller.get().actsFor(p.buyerId()) || caller.get().actsFor(p.supplierId()))
                        .toList();
    }

    /** For a registration, whose parties are only known from the body: the caller must be PARTNERSHIP of one. */
    public void requirePartnershipParty(String buyerId, String supplierId) {
        Optional<Caller> caller = callers.current();
        if (caller.isEmpty() || !(caller.get().hasRoleFor(Roles.PARTNERSHIP, buyerId)
                || caller.get().hasRoleFor(Roles.PARTNERSHIP, supplierId))) {
            throw new AccessDeniedException(SecurityProblems.FORBIDDEN_DETAIL);
        }
    }

    private AuthorizationDecision decide(Supplier<Authentication> authentication,
                                         java.util.function.Predicate<Caller> rule) {
        return new AuthorizationDecision(callers.of(authentication.get()).filter(rule).isPresent());
    }
}
