package org.sobujang.command.idempotency;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/** The table {@code idempotency_key}: one row per caller and key, with the answer once the command was accepted. */
class IdempotencyKeys {

    record Stored(String fingerprint, Integer status, String contentType, byte[] body, String consistencyToken) {
    }

    private final JdbcTemplate jdbc;

    IdempotencyKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the key in the current transaction. A concurrent request with the same key waits here until the first
     * one's transaction ends; if that one committed, this throws {@link org.springframework.dao.DuplicateKeyException}.
     */
    void claim(String caller, String key, String fingerprint) {
        jdbc.update("INSERT INTO idempotency_key (caller, idempotency_key, fingerprint) VALUES (?, ?, ?)", caller, key,
                    fingerprint);
    }

    void answer(String caller, String key, int status, String contentType, byte[] body, String token) {
        jdbc.update("UPDATE idempotency_key SET status = ?, content_type = ?, body = ?, consistency_token = ? "
                    + "WHERE caller = ? AND idempotency_key = ?", status, contentType, body, token, caller, key);
    }

    Optional<Stored> find(String caller, String key) {
        List<Stored> found = jdbc.query("SELECT fingerprint, status, content_type, body, consistency_token "
                                        + "FROM idempotency_key WHERE caller = ? AND idempotency_key = ?",
                                        (rs, row) -> new Stored(rs.getString(1), (Integer) rs.getObject(2),
                                                                rs.getString(3), rs.getBytes(4), rs.getString(5)),
                                        caller, key);
        return found.stream().findFirst();
    }

    int forgetOlderThan(Duration retention) {
        return jdbc.update("DELETE FROM idempotency_key WHERE recorded_at < now() - ?::interval",
                           retention.toSeconds() + " seconds");
    }
}
