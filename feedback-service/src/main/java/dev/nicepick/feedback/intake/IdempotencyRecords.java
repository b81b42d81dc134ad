package dev.nicepick.feedback.intake;

import dev.nicepick.web.problem.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Idempotency-Key: the same key with the same body gets the first answer and stores nothing new; the same
 * key with another body is refused with 422. Keys are per reader. A concurrent repeat waits on the first
 * request's row and then sees its answer.
 */
@Component
class IdempotencyRecords {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    IdempotencyRecords(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Earlier(String location, IntakeAnswer answer) {
    }

    /** @return the earlier answer to this key, if there was one for this very request */
    Optional<Earlier> earlier(String reader, String key, String requestHash) {
        return jdbc.sql("select request_hash, location, body::text as body from idempotency_record where reader = :reader and key = :key")
                .param("reader", reader).param("key", key)
                .query((rs, n) -> {
                    if (!rs.getString("request_hash").equals(requestHash)) {
                        throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency key reused",
                                "This Idempotency-Key was used for another request.", List.of());
                    }
                    return new Earlier(rs.getString("location"), json.readValue(rs.getString("body"), IntakeAnswer.class));
                })
                .optional();
    }

    /** @return false when a concurrent request with the same key got there first */
    boolean record(String reader, String key, String requestHash, String location, IntakeAnswer answer) {
        return jdbc.sql("""
                        insert into idempotency_record (reader, key, request_hash, location, body, created_at)
                        values (:reader, :key, :hash, :location, cast(:body as jsonb), :at) on conflict do nothing""")
                .param("reader", reader).param("key", key).param("hash", requestHash).param("location", location)
                .param("body", json.writeValueAsString(answer)).param("at", Timestamp.from(Instant.now()))
                .update() == 1;
    }
}
