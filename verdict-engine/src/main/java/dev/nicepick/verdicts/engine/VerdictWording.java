package dev.nicepick.verdicts.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of a verdict. An option's {@code bestFor} phrase completes "Use X if you ..."; without one, the
 * line quotes its first pro and con after a colon, which reads as English whatever their grammar (the
 * published page's "You want this is essential for ..." was a pro pasted into "you want ___").
 */
final class VerdictWording {

    static List<Verdict.UseIf> useIf(VerdictInput input, String winner, Map<String, Double> probabilities) {
        return input.options().stream()
                .sorted(Comparator.comparing((VerdictOption o) -> !o.key().equals(winner))
                        .thenComparing(o -> -probabilities.get(o.key())))
                .map(o -> new Verdict.UseIf(o.key(), useIf(o)))
                .toList();
    }

    static String useIf(VerdictOption option) {
        if (option.bestFor() != null && !option.bestFor().isBlank()) {
            return "Use " + option.name() + " if you " + clause(option.bestFor()) + ".";
        }
        if (option.pros().isEmpty()) {
            return "Use " + option.name() + " if its trade-offs suit your case.";
        }
        String line = "Use " + option.name() + " if what it does best matters most to you: " + clause(option.pros().getFirst()) + ".";
        return option.cons().isEmpty() ? line : line + " Keep in mind: " + clause(option.cons().getFirst()) + ".";
    }

    static String reason(Reason reason, VerdictInput input, String winner, Map<String, Double> probabilities) {
        double closest = probabilities.entrySet().stream().filter(e -> !e.getKey().equals(winner))
                .mapToDouble(Map.Entry::getValue).max().orElse(0);
        String bar = percent(input.parameters().threshold());
        return switch (reason) {
            case TOO_FEW_VOTES -> input.totalVotes() + " counted " + (input.totalVotes() == 1 ? "vote" : "votes")
                    + " so far; readers can move the pick from " + input.parameters().minimumVotes() + " votes on.";
            case EDITORIAL_PICK_KEPT -> "Editorial pick kept: no other option is " + bar
                    + " likely to be most readers' choice (the closest is " + percent(closest) + ").";
            case READERS_PICK_KEPT -> "Readers' pick kept: no other option is " + bar
                    + " likely to be most readers' choice (the closest is " + percent(closest) + ").";
            case READERS_OVERTURNED -> "Readers overturned the editorial pick: " + name(input, winner) + " is "
                    + percent(probabilities.get(winner)) + " likely to be most readers' choice.";
            case READERS_RESTORED_EDITORIAL_PICK -> "Readers restored the editorial pick: " + name(input, winner) + " is "
                    + percent(probabilities.get(winner)) + " likely to be most readers' choice.";
        };
    }

    static String bottomLine(VerdictInput input, String winner, Map<String, Double> probabilities) {
        if (!winner.equals(input.editorialPick())) {
            return "Readers' pick: " + name(input, winner) + " wins, " + percent(probabilities.get(winner))
                    + " likely to be most readers' choice, over our pick of " + name(input, input.editorialPick()) + ".";
        }
        return input.bottomLine() == null || input.bottomLine().isBlank() ? name(input, winner) + " wins." : input.bottomLine();
    }

    private static String name(VerdictInput input, String key) {
        return input.options().stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow().name();
    }

    /** A sentence made into a clause: no final period, a lower-case first letter unless it starts an acronym. */
    private static String clause(String text) {
        String trimmed = text.strip();
        while (trimmed.endsWith(".")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        boolean acronym = trimmed.length() > 1 && Character.isUpperCase(trimmed.charAt(1));
        return trimmed.isEmpty() || acronym ? trimmed : Character.toLowerCase(trimmed.charAt(0)) + trimmed.substring(1);
    }

    /** One decimal, but never "100.0%" or "0.0%" for what is only nearly certain or nearly impossible. */
    private static String percent(double p) {
        if (p > 0.999 && p < 1) {
            return ">99.9%";
        }
        if (p > 0 && p < 0.001) {
            return "<0.1%";
        }
        return String.format(Locale.ROOT, "%.1f%%", p * 100);
    }

    private VerdictWording() {
    }
}
