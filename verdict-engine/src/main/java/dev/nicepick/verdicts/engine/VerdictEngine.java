package dev.nicepick.verdicts.engine;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The verdict model (v2, docs/verdict-model.md). The editors' pick is a Dirichlet prior (alpha = strength for the
 * pick, 1 for each other option); each counted vote adds 1 to its option. The pick in force changes only when a
 * challenger is at least {@code threshold} likely to be most readers' choice and the topic has at least
 * {@code minimumVotes} counted votes, so a few votes never make it flip-flop. An alternatives comparison with enough
 * votes and no option at least {@code decisive} likely is too close to call; a complementary one is always "use
 * both". Pure and deterministic.
 */
public final class VerdictEngine {

    /** Highest probability first; equal ones by key, so the order options are listed in never matters. */
    private static final Comparator<Map.Entry<String, Double>> LIKELIEST =
            Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    public Verdict compute(VerdictInput input) {
        return compute(input, WinProbabilities.of(input));
    }

    /**
     * The verdict with the win probabilities always estimated by Monte Carlo ({@code draws} of the parameters),
     * two options too: the same CPU-bound work for every topic, for measuring throughput (verdict-service's
     * experiments). For two options it may differ from {@link #compute} by the sampling error (about +-0.005 at
     * 40,000 draws); verdicts readers see always come from {@link #compute}.
     */
    public Verdict computeSampled(VerdictInput input) {
        return compute(input, WinProbabilities.of(input, true));
    }

    private Verdict compute(VerdictInput input, Map<String, Double> probabilities) {
        VerdictParameters parameters = input.parameters();
        String current = input.currentWinner() == null ? input.editorialPick() : input.currentWinner();
        String challenger = probabilities.entrySet().stream().filter(e -> !e.getKey().equals(current))
                .sorted(LIKELIEST).findFirst().orElseThrow().getKey();
        boolean enoughVotes = input.totalVotes() >= parameters.minimumVotes();
        boolean flips = enoughVotes && probabilities.get(challenger) >= parameters.threshold();
        String winner = flips ? challenger : current;
        // after a flip the old pick in force is the likeliest other option
        String closest = flips ? probabilities.entrySet().stream().filter(e -> !e.getKey().equals(winner))
                .sorted(LIKELIEST).findFirst().orElseThrow().getKey() : challenger;

        Reason reason;
        if (flips) {
            reason = winner.equals(input.editorialPick()) ? Reason.READERS_RESTORED_EDITORIAL_PICK : Reason.READERS_OVERTURNED;
        } else if (!enoughVotes) {
            reason = Reason.TOO_FEW_VOTES;
        } else {
            reason = winner.equals(input.editorialPick()) ? Reason.EDITORIAL_PICK_KEPT : Reason.READERS_PICK_KEPT;
        }
        Outcome outcome;
        if (input.type() == ComparisonType.COMPLEMENTARY) {
            outcome = Outcome.USE_BOTH;
        } else if (enoughVotes && probabilities.values().stream().noneMatch(p -> p >= parameters.decisive())) {
            outcome = Outcome.TOO_CLOSE;
        } else {
            outcome = Outcome.WINNER;
        }

        Map<String, Long> split = new LinkedHashMap<>();
        input.options().forEach(o -> split.put(o.key(), input.votesFor(o.key())));
        Verdict.Progress progress = new Verdict.Progress(input.totalVotes(), parameters.minimumVotes(), parameters.threshold(),
                closest, probabilities.get(closest));
        return new Verdict(winner, probabilities.get(winner), probabilities, split, input.editorialPick(),
                !winner.equals(input.editorialPick()), reason, VerdictWording.reason(reason, input, winner, probabilities),
                VerdictWording.useIf(input, winner, probabilities), VerdictWording.bottomLine(input, outcome, winner, probabilities),
                input.type(), outcome, VerdictWording.headline(input, outcome, winner, probabilities, progress), progress);
    }
}
