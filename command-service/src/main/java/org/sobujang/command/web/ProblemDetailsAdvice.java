package org.sobujang.command.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.servlet.http.HttpServletRequest;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sobujang.command.BatchChangeRejected;
import org.sobujang.command.CommandRejected;
import org.sobujang.command.Conflict;
import org.sobujang.command.InvalidInput;
import org.sobujang.command.NotFound;
import org.sobujang.command.RuleViolated;
import org.sobujang.command.security.SecurityProblems;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem details for everything the command API answers with an error. 400: the request alone is wrong;
 * 404: the path names something unknown; 422: a rule needing other state is broken; 409: a clash with what exists.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    static final URI INVALID_REQUEST = URI.create("/problems/invalid-request");
    static final URI NOT_FOUND = URI.create("/problems/not-found");
    static final URI RULE_VIOLATED = URI.create("/problems/rule-violated");
    static final URI CONFLICT = URI.create("/problems/conflict");

    record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(CommandRejected.class)
    ResponseEntity<ProblemDetail> rejected(CommandRejected rejection) {
        if (rejection instanceof InvalidInput invalid) {
            return invalidRequest(invalid.getMessage(), List.of(new FieldProblem(invalid.field(), invalid.getMessage())));
        }
        if (rejection instanceof RuleViolated violated) {
            ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, RULE_VIOLATED, "Rule violated",
                                            violated.getMessage());
            problem.setProperty("rule", violated.rule());
            return respond(problem);
        }
        if (rejection instanceof NotFound) {
            return respond(problem(HttpStatus.NOT_FOUND, NOT_FOUND, "Not found", rejection.getMessage()));
        }
        Conflict conflict = (Conflict) rejection;
        return respond(problem(HttpStatus.CONFLICT, CONFLICT, "Conflict", conflict.getMessage()));
    }

    /**
     * The problem details the refused change would have had on its own, plus its position; an input error's field is
     * named by its path in the request body ({@code changes[2].supplierId}), like the body's validation errors.
     */
    @ExceptionHandler(BatchChangeRejected.class)
    ResponseEntity<ProblemDetail> batchChangeRejected(BatchChangeRejected rejection) {
        int index = rejection.changeIndex();
        CommandRejected reason = rejection.reason();
        if (reason instanceof InvalidInput invalid) {
            reason = new InvalidInput("changes[" + index + "]." + invalid.field(), invalid.getMessage());
        }
        ResponseEntity<ProblemDetail> response = rejected(reason);
        response.getBody().setProperty("changeIndex", index);
        return response;
    }

    /** A check that needed the body (a partnership's parties); otherwise the filter chain answers 403 itself. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return respond(SecurityProblems.forbidden());
    }

    /**
     * Spring Security's firewall checks parameter names only when they are first read, inside the controller (a form
     * body with a NUL in a name): the same 400 as a firewall rejection in the filter chain.
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<ProblemDetail> requestRejected(RequestRejectedException e) {
        return invalidRequest("The request contains characters or sequences this service does not accept", List.of());
    }

    /** A multipart body that cannot be split into its parts (no boundary, truncated, malformed): the client's mistake. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException e) {
        return invalidRequest("The multipart request body cannot be read: it needs a boundary and well-formed parts",
                              List.of());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> aggregateNotFound(AggregateNotFoundException e) {
        return respond(problem(HttpStatus.NOT_FOUND, NOT_FOUND, "Not found", describe(e.getAggregateIdentifier())
                + " does not exist"));
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class,
            DataIntegrityViolationException.class})
    ResponseEntity<ProblemDetail> concurrentWrite(Exception e) {
        LOG.info("Concurrent write rejected: {}", e.getMessage());
        return respond(problem(HttpStatus.CONFLICT, CONFLICT, "Conflict",
                               "A concurrent change of the same resource won; send the command again"));
    }

    /** Only raised if a command bus wraps the handler's exception; the domain's own reason still decides. */
    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandExecution(CommandExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof CommandRejected rejection) {
            return rejected(rejection);
        }
        if (cause instanceof BatchChangeRejected rejection) {
            return batchChangeRejected(rejection);
        }
        if (cause instanceof AggregateNotFoundException notFound) {
            return aggregateNotFound(notFound);
        }
        if (CommandDispatcher.isConcurrentWrite(e)) {
            return concurrentWrite(e);
        }
        return unexpected(e);
    }

    /**
     * Spring MVC parses a wildcard Content-Type ({@code *}{@code /*}, {@code application/*}) but refuses to read a body
     * declared with one, by an IllegalArgumentException. That is the client's mistake: 415, like any other type this
     * API does not read. Every other IllegalArgumentException is still a defect of ours.
     */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException e, HttpServletRequest request) {
        if (hasWildcardContentType(request)) {
            ProblemDetail problem = problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, URI.create("about:blank"),
                                            "Unsupported Media Type",
                                            "Content-Type " + request.getContentType() + " names no concrete type");
            return respond(problem);
        }
        return unexpected(e);
    }

    private static boolean hasWildcardContentType(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.isWildcardType() || type.isWildcardSubtype();
        } catch (InvalidMediaTypeException unparsable) {
            return false;
        }
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (StoreUnavailable.causes(e)) {
            LOG.warn("The event store is unavailable: {}", e.toString());
            ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, URI.create("/problems/unavailable"),
                                            "Service unavailable",
                                            "The event store could not be reached, so the command was most likely "
                                            + "not recorded; send it again shortly, with the same Idempotency-Key "
                                            + "header, to have it recorded exactly once");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "2")
                                 .body(problem);
        }
        LOG.error("Unexpected failure while handling a command", e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, URI.create("about:blank"), "Internal Server Error",
                               "The command could not be processed"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                                      .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                                      .sorted((a, b) -> a.field().compareTo(b.field()))
                                      .toList();
        String detail = errors.stream().map(error -> error.field() + " " + error.message())
                              .reduce((a, b) -> a + "; " + b).orElse("Invalid request content");
        return asObject(invalidRequest(detail, errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Throwable cause = ex.getCause();
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = jsonPath(mapping.getPath());
            String message = describe(mapping);
            return asObject(invalidRequest(field + " " + message, List.of(new FieldProblem(field, message))));
        }
        if (cause instanceof JsonProcessingException parsing) {
            return asObject(invalidRequest("Malformed JSON: " + parsing.getOriginalMessage(), List.of()));
        }
        return asObject(invalidRequest("The request body is missing or unreadable", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : String.valueOf(ex.getPropertyName());
        String message = "'" + ex.getValue() + "' is not a valid "
                + (ex.getRequiredType() == null ? "value" : ex.getRequiredType().getSimpleName());
        return asObject(invalidRequest(field + " " + message, List.of(new FieldProblem(field, message))));
    }

    private static String describe(JsonMappingException mapping) {
        if (mapping instanceof InvalidFormatException invalid) {
            Class<?> target = invalid.getTargetType();
            if (target != null && target.isEnum()) {
                return "'" + invalid.getValue() + "' is not one of " + List.of(target.getEnumConstants());
            }
            return "'" + invalid.getValue() + "' is not a valid "
                    + (target == null ? "value" : target.getSimpleName());
        }
        if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "has the wrong type: expected " + mismatch.getTargetType().getSimpleName();
        }
        return "cannot be read: " + mapping.getOriginalMessage();
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static String describe(Object aggregateIdentifier) {
        String id = String.valueOf(aggregateIdentifier);
        int colon = id.indexOf(':');
        if (colon < 0) {
            return "Resource " + id;
        }
        String kind = id.substring(0, colon);
        Map<String, String> names = Map.of("firm", "Firm", "component", "Component", "plan", "Sourcing plan",
                                           "partnership", "Partnership", "core-item-list", "Core-item list");
        return names.getOrDefault(kind, kind) + " " + id.substring(colon + 1);
    }

    private static ResponseEntity<ProblemDetail> invalidRequest(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "Invalid request", detail);
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> response) {
        return ResponseEntity.status(response.getStatusCode()).body(response.getBody());
    }
}
