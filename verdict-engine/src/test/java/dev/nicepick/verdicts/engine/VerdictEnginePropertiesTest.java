package dev.nicepick.verdicts.engine;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Properties of the verdict model that must hold for every topic. Three or four options are estimated by
 * Monte Carlo; where a property compares two estimates it allows three standard errors.
 */
class VerdictEnginePropertiesTest {

    private static final String[] NAMES = {"Alpha", "Bravo", "Charlie", "Delta"};
    private static final VerdictParameters PARAMETERS = new VerdictParameters(0.90, 20, 10_000);
    private static final double MONTE_CARLO_TOLERANCE = 3 * Math.sqrt(0.25 / PARAMETERS.draws());

    private final VerdictEngine engine = new VerdictEngine();

    @Property(tries = 200)
    void theSameInputGivesTheSameVerdict(@ForAll("topics") VerdictInput input) {
        assertThat(new VerdictEngine().compute(input)).isEqualTo(engine.compute(input));
    }

    @Property(tries = 200)
    void probabilitiesLieInTheUnitIntervalAndSumToOne(@ForAll("topics") VerdictInput input) {
        Verdict verdict = engine.compute(input);

        assertThat(verdict.probabilities().values()).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
        assertThat(verdict.probabilities().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(verdict.probability()).isEqualTo(verdict.probabilities().get(verdict.winner()));
    }

    @Property(tries = 200)
    void aVoteForAnOptionNeverLowersItsProbability(@ForAll("topics") VerdictInput input, @ForAll("indexes") int index) {
        String key = input.options().get(index % input.options().size()).key();
        Map<String, Long> votes = new HashMap<>(input.votes());
        votes.merge(key, 1L, Long::sum);

        double before = engine.compute(input).probabilities().get(key);
        double after = engine.compute(withVotes(input, votes)).probabilities().get(key);

        double tolerance = input.options().size() == 2 ? 1e-12 : MONTE_CARLO_TOLERANCE;
        assertThat(after).isGreaterThanOrEqualTo(before - tolerance);
    }

    @Property(tries = 300)
    void thePickNeverChangesBelowTheMinimumVotes(@ForAll("topics") VerdictInput input) {
        Verdict verdict = engine.compute(input);

        if (input.totalVotes() < PARAMETERS.minimumVotes()) {
            String inForce = input.currentWinner() == null ? input.editorialPick() : input.currentWinner();
            assertThat(verdict.winner()).isEqualTo(inForce);
            assertThat(verdict.reason()).isEqualTo(Reason.TOO_FEW_VOTES);
        }
    }

    @Property(tries = 200)
    void renamingOrReorderingOptionsChangesNothingButNames(@ForAll("topics") VerdictInput input, @ForAll long shuffleSeed) {
        Map<String, String> keys = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        List<VerdictOption> renamed = new ArrayList<>();
        for (VerdictOption o : input.options()) {
            keys.put(o.key(), "renamed-" + o.key());
            names.put(o.name(), "Renamed " + o.name());
            renamed.add(new VerdictOption(keys.get(o.key()), names.get(o.name()), o.pros(), o.cons(), o.bestFor()));
        }
        Collections.shuffle(renamed, new Random(shuffleSeed));
        Map<String, Long> votes = new HashMap<>();
        input.votes().forEach((k, v) -> votes.put(keys.get(k), v));
        VerdictInput other = new VerdictInput(renamed, keys.get(input.editorialPick()), input.editorialStrength(), votes,
                input.currentWinner() == null ? null : keys.get(input.currentWinner()), input.bottomLine(), input.parameters());

        Verdict original = engine.compute(input);
        Verdict changed = engine.compute(other);

        assertThat(changed.winner()).isEqualTo(keys.get(original.winner()));
        assertThat(changed.probability()).isEqualTo(original.probability());
        assertThat(changed.reason()).isEqualTo(original.reason());
        assertThat(changed.overturned()).isEqualTo(original.overturned());
        original.probabilities().forEach((k, p) -> assertThat(changed.probabilities().get(keys.get(k))).isEqualTo(p));
        original.split().forEach((k, n) -> assertThat(changed.split().get(keys.get(k))).isEqualTo(n));
        Map<String, String> lines = new HashMap<>();
        changed.useIf().forEach(u -> lines.put(u.option(), u.text()));
        original.useIf().forEach(u -> assertThat(lines.get(keys.get(u.option()))).isEqualTo(rename(u.text(), names)));
        assertThat(changed.reasonText()).isEqualTo(rename(original.reasonText(), names));
        assertThat(changed.bottomLine()).isEqualTo(rename(original.bottomLine(), names));
    }

    @Provide
    Arbitrary<Integer> indexes() {
        return Arbitraries.integers().between(0, 3);
    }

    @Provide
    Arbitrary<VerdictInput> topics() {
        return Arbitraries.integers().between(2, 4).flatMap(k -> Combinators.combine(
                Arbitraries.integers().between(0, k - 1),
                Arbitraries.integers().between(1, 30),
                Arbitraries.longs().between(0, 40).list().ofSize(k),
                Arbitraries.integers().between(-1, k - 1),
                Arbitraries.of(true, false)
        ).as((pick, strength, votes, current, withBestFor) -> {
            List<VerdictOption> options = new ArrayList<>();
            Map<String, Long> counts = new HashMap<>();
            for (int i = 0; i < k; i++) {
                String key = NAMES[i].toLowerCase();
                options.add(new VerdictOption(key, NAMES[i], List.of("It is good at " + key), List.of("It costs " + key),
                        withBestFor ? "need " + key : null));
                counts.put(key, votes.get(i));
            }
            return new VerdictInput(options, options.get(pick).key(), strength, counts,
                    current < 0 ? null : options.get(current).key(), "Our pick wins.", PARAMETERS);
        }));
    }

    private static VerdictInput withVotes(VerdictInput input, Map<String, Long> votes) {
        return new VerdictInput(input.options(), input.editorialPick(), input.editorialStrength(), votes,
                input.currentWinner(), input.bottomLine(), input.parameters());
    }

    private static String rename(String text, Map<String, String> names) {
        String result = text;
        for (Map.Entry<String, String> name : names.entrySet()) {
            result = result.replace(name.getKey(), name.getValue());
        }
        return result;
    }
}
