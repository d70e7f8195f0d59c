package org.sobujang.query.deadletters;

import java.util.List;
import java.util.Map;

import org.sobujang.query.deadletters.DeadLetters.GroupView;
import org.sobujang.query.deadletters.DeadLetters.RetryOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators' view of parked events. Sequences (an aggregate's events, e.g. {@code plan:buyer/component}) are named in
 * the {@code sequence} query parameter, since they may hold a '/'.
 */
@RestController
@RequestMapping("/admin/dead-letters")
class DeadLetterAdminController {

    private final DeadLetters deadLetters;

    DeadLetterAdminController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    List<GroupView> all() {
        return deadLetters.all();
    }

    @GetMapping("/{processor}")
    GroupView processor(@PathVariable String processor) {
        return deadLetters.group(processor);
    }

    /** Without {@code sequence}: every parked sequence of the processor, once each. */
    @PostMapping("/{processor}/retry")
    RetryOutcome retry(@PathVariable String processor, @RequestParam(required = false) String sequence) {
        return sequence == null ? deadLetters.retryAll(processor) : deadLetters.retrySequence(processor, sequence);
    }

    /** Skips a sequence's parked events: removed without being handled. */
    @DeleteMapping("/{processor}")
    Map<String, Object> skip(@PathVariable String processor, @RequestParam String sequence) {
        return Map.of("processor", processor, "sequence", sequence,
                      "skipped", deadLetters.skipSequence(processor, sequence));
    }

    @ExceptionHandler({DeadLetters.UnknownProcessor.class, DeadLetters.UnknownLetter.class})
    ResponseEntity<ProblemDetail> unknown(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
