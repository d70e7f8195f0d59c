package org.sobujang.command.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Answers of accepted commands: each carries the command's consistency token in a header, bodies in a field too. */
public final class CommandResponses {

    public static final String CONSISTENCY_TOKEN = "X-Consistency-Token";

    private CommandResponses() {
    }

    public static ResponseEntity<IdResponse> accepted(HttpStatus status, String id, String token) {
        return ResponseEntity.status(status).header(CONSISTENCY_TOKEN, token).body(new IdResponse(id, token));
    }

    public static ResponseEntity<IdsResponse> accepted(HttpStatus status, List<String> ids, String token) {
        return ResponseEntity.status(status).header(CONSISTENCY_TOKEN, token).body(new IdsResponse(ids, token));
    }

    public static ResponseEntity<Void> noContent(String token) {
        return ResponseEntity.noContent().header(CONSISTENCY_TOKEN, token).build();
    }

    public static ResponseEntity.BodyBuilder status(HttpStatus status, String token) {
        return ResponseEntity.status(status).header(CONSISTENCY_TOKEN, token);
    }
}
