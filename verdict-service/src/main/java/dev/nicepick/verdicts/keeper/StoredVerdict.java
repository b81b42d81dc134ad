package dev.nicepick.verdicts.keeper;

import dev.nicepick.verdicts.engine.Verdict;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One revision of a topic's verdict as kept and shown, with the inputs that produced it, so anyone can
 * recompute it.
 *
 * @param topic the topic's slug
 */
public record StoredVerdict(
        UUID topicId,
        String topic,
        long revision,
        String winner,
        double probability,
        Map<String, Double> probabilities,
        Map<String, Long> split,
        String editorialPick,
        boolean overturned,
        String reason,
        String reasonText,
        List<Verdict.UseIf> useIf,
        String bottomLine,
        Map<String, Object> inputs,
        Instant computedAt) {

    /**
     * Whether a newly computed verdict says something readers would see differently. The reason is left out:
     * it tells the last transition ("readers overturned the pick"), and looking again at unchanged inputs
     * would only say "kept"; a real change of pick shows in the winner.
     */
    boolean differsFrom(Verdict computed) {
        return !winner.equals(computed.winner())
                || Math.round(probability * 1000) != Math.round(computed.probability() * 1000)
                || !split.equals(computed.split())
                || !useIf.equals(computed.useIf())
                || !bottomLine.equals(computed.bottomLine());
    }
}
