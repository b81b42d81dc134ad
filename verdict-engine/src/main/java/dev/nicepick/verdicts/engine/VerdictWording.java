package dev.nicepick.verdicts.engine;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
            case READERS_OVERTURNED -> "Readers overturned the editorial pick: " + input.name(winner) + " is "
                    + percent(probabilities.get(winner)) + " likely to be most readers' choice.";
            case READERS_RESTORED_EDITORIAL_PICK -> "Readers restored the editorial pick: " + input.name(winner) + " is "
                    + percent(probabilities.get(winner)) + " likely to be most readers' choice.";
        };
    }

    /**
     * The sentence a page shows verbatim under "The Bottom Line": readers' pick when they overturned the editors';
     * for too close and use both a sentence of their own kind (use both: the editors' own bottom line when they
     * wrote one); otherwise the editors' bottom line, or "X wins." without one.
     */
    static String bottomLine(VerdictInput input, Outcome outcome, String winner, Map<String, Double> probabilities) {
        String editors = input.bottomLine() == null || input.bottomLine().isBlank() ? null : input.bottomLine().strip();
        return switch (outcome) {
            case TOO_CLOSE -> "Too close to call: readers are split between "
                    + names(ordered(input, winner, probabilities)) + ", so choose by what your case needs.";
            case USE_BOTH -> editors != null ? editors : useAll(input, winner, probabilities);
            case WINNER -> !winner.equals(input.editorialPick())
                    ? "Readers' pick: " + input.name(winner) + " wins, " + percent(probabilities.get(winner))
                    + " likely to be most readers' choice, over our pick of " + input.name(input.editorialPick()) + "."
                    : editors != null ? editors : input.name(winner) + " wins.";
        };
    }

    /**
     * The verdict in words that say what its numbers are (docs/verdict-model.md, "Headline"): whose pick it is, then
     * readers' votes for the pick in force against its likeliest challenger, and how far they are from a change.
     * "Our pick", "our pick" and "We think" are said only of the editors' pick; the pick in force that readers chose
     * is "Readers' pick" (issue 14).
     */
    static String headline(VerdictInput input, Outcome outcome, String winner, Map<String, Double> probabilities,
                           Verdict.Progress progress) {
        String pick = input.name(winner);
        boolean ours = winner.equals(input.editorialPick());
        String whose = ours ? "Our pick" : "Readers' pick";
        long forPick = input.votesFor(winner);
        long forChallenger = input.votesFor(progress.challenger());
        String challenger = input.name(progress.challenger());
        String bar = settingPercent(progress.threshold()) + " likely with at least " + votes(progress.minimumVotes())
                + ": now " + votes(progress.votes()) + ", " + wholePercent(progress.challengerProbability()) + ".";
        return switch (outcome) {
            case TOO_CLOSE -> "Too close to call: readers split " + counts(input, winner) + ". " + whose
                    + " stays " + pick + " until one side is " + settingPercent(progress.threshold()) + " likely.";
            case USE_BOTH -> useAll(input, winner, probabilities) + " " + (progress.votes() == 0
                    ? (ours ? "We think " + pick : "Readers said " + pick) + " matters more; no reader evidence yet."
                    : forPick > forChallenger
                    ? "Readers say " + pick + " matters more to them, " + forPick + " to " + forChallenger + "."
                    : lean(challenger, forChallenger, forPick) + "; " + pick + " stays first until another is " + bar);
            case WINNER -> whose + ": " + pick + ". " + (progress.votes() == 0 ? "No reader evidence yet."
                    : (forPick > forChallenger
                    ? (ours ? "Readers agree with our pick " : "Readers back it ") + forPick + " to " + forChallenger
                    : lean(challenger, forChallenger, forPick)) + "; the pick changes when a challenger is " + bar);
        };
    }

    /** "Readers lean Y 13 to 1", or "Readers are split 5 to 5" on a tie; the challenger's count first. */
    private static String lean(String challenger, long forChallenger, long forPick) {
        return (forChallenger == forPick ? "Readers are split " : "Readers lean " + challenger + " ") + forChallenger + " to " + forPick;
    }

    /** "24 to 26": the pick in force first, then the others by votes, most first. */
    private static String counts(VerdictInput input, String winner) {
        return Stream.concat(Stream.of(input.votesFor(winner)), input.options().stream().map(VerdictOption::key)
                        .filter(k -> !k.equals(winner)).map(input::votesFor).sorted(Comparator.reverseOrder()))
                .map(String::valueOf).collect(Collectors.joining(" to "));
    }

    /**
     * "Use both: X when you ..., Y when you ...." from each option's bestFor, the winner first; an option without
     * one is named alone.
     */
    private static String useAll(VerdictInput input, String winner, Map<String, Double> probabilities) {
        List<VerdictOption> options = ordered(input, winner, probabilities);
        String all = switch (options.size()) {
            case 2 -> "both";
            case 3 -> "all three";
            default -> "all four";
        };
        return "Use " + all + ": " + options.stream()
                .map(o -> o.bestFor() == null || o.bestFor().isBlank() ? o.name() : o.name() + " when you " + clause(o.bestFor()))
                .collect(Collectors.joining(", ")) + ".";
    }

    /** The winner first, then the likeliest; equal ones by key, so input order never changes the words. */
    private static List<VerdictOption> ordered(VerdictInput input, String winner, Map<String, Double> probabilities) {
        return input.options().stream()
                .sorted(Comparator.comparing((VerdictOption o) -> !o.key().equals(winner))
                        .thenComparing(o -> -probabilities.get(o.key())).thenComparing(VerdictOption::key))
                .toList();
    }

    /** "X and Y", "X, Y and Z". */
    private static String names(List<VerdictOption> options) {
        List<String> names = options.stream().map(VerdictOption::name).toList();
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    private static String votes(long count) {
        return count + (count == 1 ? " vote" : " votes");
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

    /**
     * Whole percent for headlines, rounded down ("72%" for 0.729), so a challenger is never shown at the threshold
     * before it has reached it; "<1%" rather than "0%" for what is only nearly impossible.
     */
    static String wholePercent(double p) {
        return p > 0 && p < 0.01 ? "<1%" : (long) Math.floor(p * 100 + 1e-9) + "%"; // 1e-9: 0.29 * 100 is 28.999...
    }

    /** A setting as it was written: 0.9 is "90%", 0.975 "97.5%". */
    static String settingPercent(double p) {
        return BigDecimal.valueOf(p).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private VerdictWording() {
    }
}
