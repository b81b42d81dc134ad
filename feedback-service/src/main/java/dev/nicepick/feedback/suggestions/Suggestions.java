package dev.nicepick.feedback.suggestions;

import dev.nicepick.feedback.FeedbackSettings;
import dev.nicepick.web.problem.Problems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Readers' suggestions of comparisons. A pair counts once per reader whatever its case and order
 * ({@link #pairKey}); a reader may make as many new suggestions a minute as feedback
 * ({@link FeedbackSettings#perReaderPerMinute()}), repeats not counted.
 */
@Service
class Suggestions {

    private static final int REASONS = 5;

    private final JdbcClient jdbc;
    private final FeedbackSettings settings;

    Suggestions(JdbcClient jdbc, FeedbackSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The pair as it is counted: each name {@link SuggestionRequest#normalised} in lower case, the two in sorted order. */
    static String pairKey(String first, String second) {
        return String.join(" vs ", Stream.of(first, second)
                .map(name -> SuggestionRequest.normalised(name).toLowerCase(Locale.ROOT)).sorted().toList());
    }

    /**
     * @param reader the reader's hash
     * @return the suggestion, {@code received} when new or {@code unchanged} when this reader had made it before
     * @throws dev.nicepick.web.problem.ApiProblem 400 when both names are the same, 429 over the per-reader limit
     */
    @Transactional
    SuggestionAnswer suggest(String reader, SuggestionRequest request) {
        String key = pairKey(request.first(), request.second());
        if (pairKey(request.first(), request.first()).equals(key)) {
            throw Problems.invalid("second", "DifferentFromFirst", "must name another technology than first");
        }
        Optional<UUID> earlier = earlier(reader, key);
        if (earlier.isPresent()) {
            return new SuggestionAnswer(earlier.get(), "unchanged");
        }
        long recent = jdbc.sql("select count(*) from suggestion where reader = :reader and created_at > now() - interval '1 minute'")
                .param("reader", reader).query(Long.class).single();
        if (recent >= settings.perReaderPerMinute()) {
            throw Problems.tooManyRequests("At most " + settings.perReaderPerMinute() + " suggestions per reader per minute.", 60);
        }
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        insert into suggestion (id, reader, first, second, pair_key, reason, created_at)
                        values (:id, :reader, :first, :second, :key, :reason, :at) on conflict (reader, pair_key) do nothing""")
                .param("id", id).param("reader", reader).param("first", request.first()).param("second", request.second())
                .param("key", key).param("reason", request.reason()).param("at", Timestamp.from(Instant.now()))
                .update();
        // none inserted: the same reader's concurrent request with this pair committed first
        return inserted == 1 ? new SuggestionAnswer(id, "received") : new SuggestionAnswer(earlier(reader, key).orElseThrow(), "unchanged");
    }

    /** Pairs, most suggested first (then the most recently suggested). */
    @Transactional(readOnly = true)
    SuggestionPage list(int page, int size) {
        // "[1 : n]" is an array slice, spaced so that JdbcClient does not read ":n" as a named parameter
        List<SuggestedPair> items = jdbc.sql("""
                        select (array_agg(first order by created_at, id))[1] as first,
                               (array_agg(second order by created_at, id))[1] as second,
                               count(*) as readers, max(created_at) as last_suggested_at,
                               (array_agg(reason order by created_at desc) filter (where reason is not null))[1 : %d] as reasons
                        from suggestion group by pair_key
                        order by readers desc, last_suggested_at desc, pair_key limit :size offset :offset""".formatted(REASONS))
                .param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new SuggestedPair(rs.getString("first"), rs.getString("second"), rs.getLong("readers"),
                        rs.getTimestamp("last_suggested_at").toInstant(), strings(rs.getArray("reasons"))))
                .list();
        long total = jdbc.sql("select count(distinct pair_key) from suggestion").query(Long.class).single();
        return new SuggestionPage(items, page, size, total, (total + size - 1) / size);
    }

    private Optional<UUID> earlier(String reader, String key) {
        return jdbc.sql("select id from suggestion where reader = :reader and pair_key = :key")
                .param("reader", reader).param("key", key).query(UUID.class).optional();
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
