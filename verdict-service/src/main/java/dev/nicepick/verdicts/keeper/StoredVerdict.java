package dev.nicepick.verdicts.keeper;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.nicepick.verdicts.engine.Verdict;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One revision of a topic's verdict as kept and shown: the engine's verdict, with the inputs that produced
 * it so anyone can recompute it.
 *
 * @param topic the topic's slug
 */
public record StoredVerdict(
        UUID topicId,
        String topic,
        long revision,
        @JsonUnwrapped Verdict verdict,
        Map<String, Object> inputs,
        Instant computedAt) {

    /**
     * Whether a newly computed verdict says something readers would see differently: a change of outcome alone
     * (e.g. to too close to call) or of headline counts. The reason is left out: it tells the last transition
     * ("readers overturned the pick"), and looking again at unchanged inputs would only say "kept"; a real change
     * of pick shows in the winner.
     */
    boolean differsFrom(Verdict computed) {
        return !verdict.winner().equals(computed.winner())
                || verdict.type() != computed.type()
                || verdict.outcome() != computed.outcome()
                || !Objects.equals(verdict.headline(), computed.headline())
                || Math.round(verdict.probability() * 1000) != Math.round(computed.probability() * 1000)
                || !verdict.split().equals(computed.split())
                || !verdict.useIf().equals(computed.useIf())
                || !verdict.bottomLine().equals(computed.bottomLine());
    }
}
