package dev.nicepick.verdicts.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a verdict depends on, and nothing else: the same input always gives the same verdict.
 *
 * @param type              alternatives or complementary; null means alternatives
 * @param editorialStrength the prior weight of the editors' pick (Dirichlet alpha), as if that many readers agreed
 * @param votes             counted votes per option key; missing keys count zero
 * @param currentWinner     the winner of the verdict in force, or null for a topic's first verdict
 * @param bottomLine        the editors' bottom line, used while their pick stands
 */
public record VerdictInput(
        List<VerdictOption> options,
        ComparisonType type,
        String editorialPick,
        int editorialStrength,
        Map<String, Long> votes,
        String currentWinner,
        String bottomLine,
        VerdictParameters parameters) {

    public VerdictInput {
        options = List.copyOf(options);
        type = Objects.requireNonNullElse(type, ComparisonType.ALTERNATIVES);
        votes = Map.copyOf(Objects.requireNonNullElse(votes, Map.of()));
        parameters = Objects.requireNonNullElse(parameters, VerdictParameters.DEFAULTS);
        if (options.size() < 2 || options.size() > 4) {
            throw new IllegalArgumentException("A topic has 2 to 4 options, not " + options.size());
        }
        Set<String> keys = new HashSet<>();
        options.forEach(o -> {
            if (!keys.add(o.key())) {
                throw new IllegalArgumentException("Option key used twice: " + o.key());
            }
        });
        if (!keys.contains(editorialPick)) {
            throw new IllegalArgumentException("The editorial pick is not an option: " + editorialPick);
        }
        if (currentWinner != null && !keys.contains(currentWinner)) {
            throw new IllegalArgumentException("The current winner is not an option: " + currentWinner);
        }
        if (editorialStrength < 1) {
            throw new IllegalArgumentException("The editorial strength must be at least 1");
        }
        votes.forEach((key, count) -> {
            if (!keys.contains(key) || count < 0) {
                throw new IllegalArgumentException("Votes must be non-negative counts for known options: " + key + "=" + count);
            }
        });
    }

    public long votesFor(String key) {
        return votes.getOrDefault(key, 0L);
    }

    public long totalVotes() {
        return votes.values().stream().mapToLong(Long::longValue).sum();
    }

    /** @return the option's display name; the key must be an option's */
    public String name(String key) {
        return options.stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow().name();
    }

    /** Posterior Dirichlet parameter: prior (editorial strength for the pick, 1 otherwise) plus votes. */
    double alpha(String key) {
        return (key.equals(editorialPick) ? editorialStrength : 1) + votesFor(key);
    }
}
