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
        Instant computedAt) implements Event {

    public record UseIf(String option, String text) {
    }
}
