package dev.nicepick.feedback.store;

import java.time.Instant;
import java.util.Map;

/**
 * A change to feedback as SQL that {@link dev.nicepick.feedback.tally.Tallies} runs in one statement with the tally's
 * deltas: {@code ctes} are common table expressions (without the leading {@code with}) whose last one is
 * {@code change (option, counted_before, counted_after)}: one row per feedback the change touched, with its option and
 * whether it counted (visible, not superseded) before and after. No row means nothing changed (another request got
 * there first).
 *
 * @param params the named parameters {@code ctes} uses
 * @param at     when the change is stored, to the microsecond, as the rows keep it
 */
public record CountedChange(String ctes, Map<String, Object> params, Instant at) {
}
