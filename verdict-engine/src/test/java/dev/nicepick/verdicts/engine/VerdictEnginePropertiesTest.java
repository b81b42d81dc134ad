package dev.nicepick.verdicts.engine;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Properties of the verdict model that must hold for every topic. Three or four options are estimated by
 * Monte Carlo; where a property compares two estimates it allows three standard errors.
 */
class VerdictEnginePropertiesTest {

    private static final String[] NAMES = {"Alpha", "Bravo", "Charlie", "Delta"};
    private static final VerdictParameters PARAMETERS = new VerdictParameters(0.90, 0.75, 20, 10_000);
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
        VerdictInput other = new VerdictInput(renamed, input.type(), keys.get(input.editorialPick()), input.editorialStrength(), votes,
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
        assertThat(changed.outcome()).isEqualTo(original.outcome());
        assertThat(changed.headline()).isEqualTo(rename(original.headline(), names));
        assertThat(changed.progress().challenger()).isEqualTo(keys.get(original.progress().challenger()));
        assertThat(changed.progress().challengerProbability()).isEqualTo(original.progress().challengerProbability());
    }

    @Property(tries = 300)
    void tooCloseExactlyWhenEnoughVotesAndNoOptionIsDecisive(@ForAll("topics") VerdictInput input) {
        Verdict verdict = engine.compute(input);

        boolean enoughVotes = input.totalVotes() >= PARAMETERS.minimumVotes();
        boolean noneDecisive = verdict.probabilities().values().stream().allMatch(p -> p < PARAMETERS.decisive());
        if (input.type() == ComparisonType.ALTERNATIVES) {
            assertThat(verdict.outcome() == Outcome.TOO_CLOSE).isEqualTo(enoughVotes && noneDecisive);
            assertThat(verdict.outcome()).isNotEqualTo(Outcome.USE_BOTH);
        }
        if (verdict.outcome() == Outcome.TOO_CLOSE) {
            String inForce = input.currentWinner() == null ? input.editorialPick() : input.currentWinner();
            assertThat(verdict.winner()).as("too close keeps the pick in force").isEqualTo(inForce);
        }
    }

    @Property(tries = 200)
    void aComplementaryComparisonIsAlwaysUseBoth(@ForAll("topics") VerdictInput input) {
        Verdict verdict = engine.compute(input);

        assertThat(verdict.type()).isEqualTo(input.type());
        assertThat(verdict.bottomLine().split("wins", -1)).as("never 'X wins - X wins'").hasSizeLessThanOrEqualTo(2);
        if (input.type() == ComparisonType.COMPLEMENTARY) {
            assertThat(verdict.outcome()).isEqualTo(Outcome.USE_BOTH);
            assertThat(verdict.headline()).startsWith("Use ");
        }
    }

    /** The type decides the outcome and its words; who is first is the same posterior and change rule for both. */
    @Property(tries = 200)
    void theComparisonTypeNeverChangesTheWinner(@ForAll("topics") VerdictInput input) {
        ComparisonType other = input.type() == ComparisonType.ALTERNATIVES ? ComparisonType.COMPLEMENTARY : ComparisonType.ALTERNATIVES;
        Verdict verdict = engine.compute(input);
        Verdict retyped = engine.compute(new VerdictInput(input.options(), other, input.editorialPick(), input.editorialStrength(),
                input.votes(), input.currentWinner(), input.bottomLine(), input.parameters()));

        assertThat(retyped.winner()).isEqualTo(verdict.winner());
        assertThat(retyped.reason()).isEqualTo(verdict.reason());
        assertThat(retyped.progress()).isEqualTo(verdict.progress());
    }

    @Property(tries = 300)
    void theHeadlinesNumbersAreTheInputsCountsAndTheProgress(@ForAll("topics") VerdictInput input) {
        Verdict verdict = engine.compute(input);
        Verdict.Progress progress = verdict.progress();

        assertThat(progress.votes()).isEqualTo(input.totalVotes());
        assertThat(progress.minimumVotes()).isEqualTo(PARAMETERS.minimumVotes());
        assertThat(progress.threshold()).isEqualTo(PARAMETERS.threshold());
        assertThat(progress.challenger()).isNotEqualTo(verdict.winner());
        assertThat(progress.challengerProbability()).isEqualTo(verdict.probabilities().get(progress.challenger()))
                .isEqualTo(verdict.probabilities().entrySet().stream().filter(e -> !e.getKey().equals(verdict.winner()))
                        .mapToDouble(Map.Entry::getValue).max().orElseThrow());
        long forPick = input.votesFor(verdict.winner());
        long forChallenger = input.votesFor(progress.challenger());
        String headline = verdict.headline();
        if (!verdict.winner().equals(input.editorialPick())) {
            assertThat(headline).as("readers' pick is never ours").doesNotContainIgnoringCase("our pick").doesNotContain("We think");
        }
        if (verdict.outcome() == Outcome.TOO_CLOSE) {
            Matcher m = matching("Too close to call: readers split ([0-9 to]+)\\. (Our|Readers') pick stays (.+) until one side is 90% likely\\.", headline);
            List<Long> counts = Arrays.stream(m.group(1).split(" to ")).map(Long::valueOf).toList();
            assertThat(counts.getFirst()).isEqualTo(forPick);
            assertThat(counts.subList(1, counts.size())).containsExactlyInAnyOrderElementsOf(input.options().stream()
                    .map(VerdictOption::key).filter(k -> !k.equals(verdict.winner())).map(input::votesFor).toList());
            assertThat(m.group(3)).isEqualTo(input.name(verdict.winner()));
            assertThat(m.group(2)).isEqualTo(verdict.winner().equals(input.editorialPick()) ? "Our" : "Readers'");
            return;
        }
        if (progress.votes() == 0) {
            assertThat(headline).containsAnyOf("No reader evidence yet.", "no reader evidence yet.").doesNotContainPattern("[0-9]");
            return;
        }
        if (verdict.outcome() == Outcome.USE_BOTH && forPick > forChallenger) {
            Matcher m = matching(".* Readers say (.+) matters more to them, (\\d+) to (\\d+)\\.", headline);
            assertThat(m.group(1)).isEqualTo(input.name(verdict.winner()));
            assertThat(List.of(Long.valueOf(m.group(2)), Long.valueOf(m.group(3)))).containsExactly(forPick, forChallenger);
            return;
        }
        Matcher m = matching(".*(Readers agree with our pick|Readers back it|Readers lean (.+)|Readers are split) (\\d+) to (\\d+); "
                + ".* (\\S+)% likely with at least (\\d+) votes?: now (\\d+) votes?, (<1|\\d+)%\\.", headline);
        List<Long> said = List.of(Long.valueOf(m.group(3)), Long.valueOf(m.group(4)));
        if (m.group(1).startsWith("Readers lean")) {
            assertThat(m.group(2)).isEqualTo(input.name(progress.challenger()));
            assertThat(forChallenger).isGreaterThan(forPick);
            assertThat(said).containsExactly(forChallenger, forPick);
        } else {
            assertThat(said).containsExactly(m.group(1).endsWith("split") ? forChallenger : forPick, m.group(1).endsWith("split") ? forPick : forChallenger);
        }
        assertThat(Double.parseDouble(m.group(5)) / 100).isEqualTo(progress.threshold());
        assertThat(Long.parseLong(m.group(6))).isEqualTo(progress.minimumVotes());
        assertThat(Long.parseLong(m.group(7))).isEqualTo(progress.votes());
        double percent = progress.challengerProbability() * 100;
        if (m.group(8).equals("<1")) {
            assertThat(percent).isGreaterThan(0).isLessThan(1);
        } else {
            assertThat(Long.parseLong(m.group(8))).as("the challenger's percent, rounded down").isEqualTo((long) Math.floor(percent + 1e-9));
        }
    }

    private static Matcher matching(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.matches()).as("%s matches %s", text, regex).isTrue();
        return m;
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
                Arbitraries.of(true, false),
                Arbitraries.of(ComparisonType.class)
        ).as((pick, strength, votes, current, withBestFor, type) -> {
            List<VerdictOption> options = new ArrayList<>();
            Map<String, Long> counts = new HashMap<>();
            for (int i = 0; i < k; i++) {
                String key = NAMES[i].toLowerCase();
                options.add(new VerdictOption(key, NAMES[i], List.of("It is good at " + key), List.of("It costs " + key),
                        withBestFor ? "need " + key : null));
                counts.put(key, votes.get(i));
            }
            return new VerdictInput(options, type, options.get(pick).key(), strength, counts,
                    current < 0 ? null : options.get(current).key(), "Our pick wins.", PARAMETERS);
        }));
    }

    private static VerdictInput withVotes(VerdictInput input, Map<String, Long> votes) {
        return new VerdictInput(input.options(), input.type(), input.editorialPick(), input.editorialStrength(), votes,
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
