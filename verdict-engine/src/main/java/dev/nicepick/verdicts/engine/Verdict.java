package dev.nicepick.verdicts.engine;

import java.util.List;
import java.util.Map;

/**
 * @param probability   how likely the winner is the option most readers prefer
 * @param probabilities the same for every option; they sum to 1
 * @param split         counted votes per option
 * @param overturned    whether the winner differs from the editorial pick
 * @param useIf         one "Use X if ..." line per option, the winner first
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
        String bottomLine) {

    public record UseIf(String option, String text) {
    }
}
