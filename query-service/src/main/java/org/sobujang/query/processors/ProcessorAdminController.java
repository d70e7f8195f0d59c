package org.sobujang.query.processors;

import java.util.List;

import org.sobujang.query.processors.ProcessorAdmin.ProcessorStatus;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operating the projections of this instance. Errors are RFC 9457 problem details, as on the command side. */
@RestController
@RequestMapping("/admin/processors")
class ProcessorAdminController {

    private final ProcessorAdmin admin;

    ProcessorAdminController(ProcessorAdmin admin) {
        this.admin = admin;
    }

    @GetMapping
    List<ProcessorStatus> processors() {
        return admin.all();
    }

    @PostMapping("/{name}/stop")
    ProcessorStatus stop(@PathVariable String name) {
        return admin.stop(name);
    }

    @PostMapping("/{name}/start")
    ProcessorStatus start(@PathVariable String name) {
        return admin.start(name);
    }

    @PostMapping("/{name}/reset")
    ProcessorStatus reset(@PathVariable String name) {
        return admin.reset(name);
    }

    @ExceptionHandler(ProcessorAdmin.UnknownProcessor.class)
    ResponseEntity<ProblemDetail> unknown(ProcessorAdmin.UnknownProcessor e) {
        return problem(HttpStatus.NOT_FOUND, "Unknown processor", e.getMessage());
    }

    @ExceptionHandler(ProcessorAdmin.ResetConflict.class)
    ResponseEntity<ProblemDetail> conflict(ProcessorAdmin.ResetConflict e) {
        return problem(HttpStatus.CONFLICT, "Reset not possible", e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
