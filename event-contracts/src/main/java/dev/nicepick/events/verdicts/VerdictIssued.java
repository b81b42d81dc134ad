package dev.nicepick.events.verdicts;

import dev.nicepick.events.Event;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A new revision of a topic's verdict. Consumers keep the highest revision per topic, so duplicates and
 * reordering are harmless.
 *
 * @param probability the probability that the winner is the option most readers prefer
 * @param split       counted votes per option key
 * @param overturned  whether readers overturned the editorial pick
 * @param reason      why this revision exists, in words
 * @param outcome     {@code winner}, {@code too-close} or {@code use-both} (see docs/verdict-model.md); absent in
 *                    older events, which mean {@code winner}
 * @param headline    the verdict in one sentence that says what its number is, e.g. "Our pick: PostgreSQL; no reader
 *                    evidence yet"
 * @param progress    how far readers are from changing the pick; absent in older events
 * @param feedbackAcceptedAt the {@code acceptedAt} of the feedback event that made this revision; null when a topic
 *                    change or a recompute made it, and in older events
 */
public record VerdictIssued(
        UUID topicId,
        String slug,
        long revision,
        String winner,
        double probability,
        Map<String, Long> split,
        String editorialPick,
        boolean overturned,
        String reason,
        List<UseIf> useIf,
        String bottomLine,
        Instant computedAt,
        String outcome,
        String headline,
        Progress progress,
        Instant feedbackAcceptedAt) implements Event {

    public record UseIf(String option, String text) {
    }

    /**
     * Readers' way to a change of pick: it changes when {@code challenger} is at least {@code threshold} likely to
     * be most readers' choice and at least {@code minimumVotes} votes count.
     *
     * @param votes                 counted votes now
     * @param challengerProbability the challenger's probability now, 0..1
     */
    public record Progress(long votes, long minimumVotes, double threshold, String challenger, double challengerProbability) {
    }
}
