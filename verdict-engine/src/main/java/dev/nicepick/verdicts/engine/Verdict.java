package dev.nicepick.verdicts.engine;

import java.util.List;
import java.util.Map;

/**
 * A topic's verdict, as docs/verdict-model.md defines each field.
 *
 * @param winner        the pick in force: for {@link Outcome#TOO_CLOSE} kept for stability though the verdict names no
 *                      winner; for {@link Outcome#USE_BOTH} the option readers say matters more
 * @param probability   how likely the winner is the option most readers prefer
 * @param probabilities the same for every option; they sum to 1
 * @param split         counted votes per option
 * @param overturned    whether the winner differs from the editorial pick
 * @param useIf         one "Use X if ..." line per option, the winner first
 * @param bottomLine    the sentence a page shows verbatim under "The Bottom Line" (never to be prefixed "X wins")
 * @param type          the comparison's type the verdict was computed for
 * @param outcome       winner, too close to call, or use both
 * @param headline      the verdict in words that say what its numbers are (docs/verdict-model.md, "Headline")
 * @param progress      how far readers are from changing the pick
 */
public record Verdict(
        String winner,
        double probability,
        Map<String, Double> probabilities,
        Map<String, Long> split,
        String editorialPick,
        boolean overturned,
        Reason reason,
        String reasonText,
        List<UseIf> useIf,
        String bottomLine,
        ComparisonType type,
        Outcome outcome,
        String headline,
        Progress progress) {

    public record UseIf(String option, String text) {
    }

    /**
     * Readers' way to a change of pick: it changes when {@code challenger} is at least {@code threshold} likely to be
     * most readers' choice and at least {@code minimumVotes} votes count.
     *
     * @param votes                 counted votes now, all options together
     * @param minimumVotes          counted votes needed before the pick can change
     * @param threshold             the probability a challenger needs, 0..1
     * @param challenger            the key of the likeliest option other than the winner
     * @param challengerProbability the challenger's probability now, 0..1
     */
    public record Progress(long votes, long minimumVotes, double threshold, String challenger, double challengerProbability) {
    }
}
