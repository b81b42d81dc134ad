package dev.nicepick.verdicts.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The verdict model (v1). The editors' pick is a Dirichlet prior (alpha = strength for the pick, 1 for each
 * other option); each counted vote adds 1 to its option. The pick in force changes only when a challenger
 * is at least {@code threshold} likely to be most readers' choice and the topic has at least
 * {@code minimumVotes} counted votes, so a few votes never make it flip-flop. Pure and deterministic.
 */
public final class VerdictEngine {

    public Verdict compute(VerdictInput input) {
        Map<String, Double> probabilities = WinProbabilities.of(input);
        String current = input.currentWinner() == null ? input.editorialPick() : input.currentWinner();
        String challenger = probabilities.entrySet().stream().filter(e -> !e.getKey().equals(current))
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        boolean enoughVotes = input.totalVotes() >= input.parameters().minimumVotes();
        boolean flips = enoughVotes && probabilities.get(challenger) >= input.parameters().threshold();
        String winner = flips ? challenger : current;

        Reason reason;
        if (flips) {
            reason = winner.equals(input.editorialPick()) ? Reason.READERS_RESTORED_EDITORIAL_PICK : Reason.READERS_OVERTURNED;
        } else if (!enoughVotes) {
            reason = Reason.TOO_FEW_VOTES;
        } else {
            reason = winner.equals(input.editorialPick()) ? Reason.EDITORIAL_PICK_KEPT : Reason.READERS_PICK_KEPT;
        }

        Map<String, Long> split = new LinkedHashMap<>();
        input.options().forEach(o -> split.put(o.key(), input.votesFor(o.key())));
        return new Verdict(winner, probabilities.get(winner), probabilities, split, input.editorialPick(),
                !winner.equals(input.editorialPick()), reason, VerdictWording.reason(reason, input, winner, probabilities),
                VerdictWording.useIf(input, winner, probabilities), VerdictWording.bottomLine(input, winner, probabilities));
    }
}
