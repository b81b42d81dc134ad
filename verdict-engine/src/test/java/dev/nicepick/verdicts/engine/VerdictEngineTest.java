package dev.nicepick.verdicts.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class VerdictEngineTest {

    /** The seed topic as published: no bestFor phrases, the pros and cons as the site has them. */
    private static final List<VerdictOption> SEED = List.of(
            new VerdictOption("distributed-systems", "Distributed Systems",
                    List.of("This is essential for modern software development where systems must operate across multiple servers or data centers to ensure availability and performance"),
                    List.of("Specific tradeoffs depend on your use case"), null),
            new VerdictOption("multiprocessing", "Multiprocessing",
                    List.of("It is particularly valuable in high-performance computing, machine learning model training, and batch processing scenarios where tasks are independent and can run in parallel without shared state conflicts"),
                    List.of("Specific tradeoffs depend on your use case"), null));

    private final VerdictEngine engine = new VerdictEngine();

    @Test
    void withoutVotesTheEditorialPickWinsWithItsPriorProbability() {
        Verdict verdict = engine.compute(seed(Map.of(), null));

        assertThat(verdict.winner()).isEqualTo("distributed-systems");
        // Beta(10, 1): P(p > 1/2) = 1 - 0.5^10
        assertThat(verdict.probability()).isCloseTo(1 - Math.pow(0.5, 10), within(1e-12));
        assertThat(verdict.overturned()).isFalse();
        assertThat(verdict.reason()).isEqualTo(Reason.TOO_FEW_VOTES);
        assertThat(verdict.split()).containsExactly(Map.entry("distributed-systems", 0L), Map.entry("multiprocessing", 0L));
    }

    @Test
    void twoOptionsGetTheExactBetaProbability() {
        Verdict verdict = engine.compute(seed(Map.of("distributed-systems", 3L, "multiprocessing", 4L), null));

        // alpha = (13, 5); for integer parameters P(Beta(a, b) > 1/2) = P(Binomial(a + b - 1, 1/2) <= a - 1)
        double expected = 0;
        for (int j = 0; j <= 12; j++) {
            expected += binomial(17, j);
        }
        expected /= Math.pow(2, 17);
        assertThat(verdict.probabilities().get("distributed-systems")).isCloseTo(expected, within(1e-12));
    }

    /** The experiments' unit of work: Monte Carlo for two options too, within its sampling error of the exact verdict. */
    @Test
    void aSampledVerdictOfTwoOptionsAgreesWithTheExactOneWithinTheSamplingError() {
        VerdictInput input = seed(Map.of("distributed-systems", 3L, "multiprocessing", 4L), null);
        Verdict exact = engine.compute(input);

        Verdict sampled = engine.computeSampled(input);

        assertThat(sampled.probabilities().get("distributed-systems"))
                .isNotEqualTo(exact.probabilities().get("distributed-systems"))
                .isCloseTo(exact.probabilities().get("distributed-systems"), within(0.01));
        assertThat(sampled.winner()).isEqualTo(exact.winner());
        assertThat(sampled.outcome()).isEqualTo(exact.outcome());
        assertThat(engine.computeSampled(input)).isEqualTo(sampled);
    }

    @Test
    void votesBelowTheMinimumNeverFlipThePick() {
        Verdict verdict = engine.compute(seed(Map.of("multiprocessing", 19L), null));

        assertThat(verdict.probabilities().get("multiprocessing")).isGreaterThan(0.9);
        assertThat(verdict.winner()).isEqualTo("distributed-systems");
        assertThat(verdict.reason()).isEqualTo(Reason.TOO_FEW_VOTES);
        assertThat(verdict.reasonText()).isEqualTo("19 counted votes so far; readers can move the pick from 20 votes on.");
    }

    @Test
    void aChallengerPastTheThresholdWithEnoughVotesOverturnsThePick() {
        Verdict verdict = engine.compute(seed(Map.of("distributed-systems", 2L, "multiprocessing", 30L), null));

        assertThat(verdict.winner()).isEqualTo("multiprocessing");
        assertThat(verdict.overturned()).isTrue();
        assertThat(verdict.reason()).isEqualTo(Reason.READERS_OVERTURNED);
        assertThat(verdict.reasonText()).isEqualTo("Readers overturned the editorial pick: Multiprocessing is 99.9% likely to be most readers' choice.");
        assertThat(verdict.bottomLine()).startsWith("Readers' pick: Multiprocessing wins").endsWith("over our pick of Distributed Systems.");
        assertThat(verdict.useIf().getFirst().option()).isEqualTo("multiprocessing");
    }

    @Test
    void theReadersPickStaysUntilAnotherOptionReachesTheThreshold() {
        Map<String, Long> close = Map.of("distributed-systems", 14L, "multiprocessing", 30L);
        Verdict kept = engine.compute(seed(close, "multiprocessing"));
        assertThat(kept.winner()).isEqualTo("multiprocessing");
        assertThat(kept.reason()).isEqualTo(Reason.READERS_PICK_KEPT);

        Verdict restored = engine.compute(seed(Map.of("distributed-systems", 40L, "multiprocessing", 30L), "multiprocessing"));
        assertThat(restored.winner()).isEqualTo("distributed-systems");
        assertThat(restored.reason()).isEqualTo(Reason.READERS_RESTORED_EDITORIAL_PICK);
        assertThat(restored.overturned()).isFalse();
    }

    @Test
    void nearCertaintyIsNotShownAsCertainty() {
        Verdict verdict = engine.compute(seed(Map.of("multiprocessing", 60L), null));

        assertThat(verdict.probability()).isLessThan(1.0);
        assertThat(verdict.bottomLine()).contains(">99.9% likely").doesNotContain("100.0%");
        assertThat(verdict.reasonText()).doesNotContain("100.0%");
    }

    @Test
    void useIfLinesReadAsEnglish() {
        Verdict verdict = engine.compute(seed(Map.of(), null));

        assertThat(verdict.useIf()).extracting(Verdict.UseIf::text).containsExactly(
                "Use Distributed Systems if what it does best matters most to you: this is essential for modern software "
                        + "development where systems must operate across multiple servers or data centers to ensure "
                        + "availability and performance. Keep in mind: specific tradeoffs depend on your use case.",
                "Use Multiprocessing if what it does best matters most to you: it is particularly valuable in "
                        + "high-performance computing, machine learning model training, and batch processing scenarios where "
                        + "tasks are independent and can run in parallel without shared state conflicts. Keep in mind: "
                        + "specific tradeoffs depend on your use case.");
        assertThat(verdict.useIf()).noneMatch(u -> u.text().toLowerCase().contains("you want this is"));
    }

    @Test
    void aBestForPhraseCompletesTheSentence() {
        VerdictOption rest = new VerdictOption("rest", "REST", List.of("REST works everywhere."), List.of(), "build a public API.");

        assertThat(VerdictWording.useIf(rest)).isEqualTo("Use REST if you build a public API.");
        assertThat(VerdictWording.useIf(new VerdictOption("rest", "REST", List.of("REST works everywhere."), List.of(), null)))
                .isEqualTo("Use REST if what it does best matters most to you: REST works everywhere.");
    }

    @Test
    void threeOrFourOptionsAreEstimatedAndEqualOnesShareTheirChance() {
        List<VerdictOption> three = List.of(option("a"), option("b"), option("c"));
        Verdict even = engine.compute(new VerdictInput(three, null, "a", 1, Map.of(), null, null, null));
        assertThat(even.probabilities().values()).allSatisfy(p -> assertThat(p).isCloseTo(1 / 3.0, within(1e-12)));

        Verdict leaning = engine.compute(new VerdictInput(three, null, "a", 10, Map.of("b", 5L), null, null, null));
        assertThat(leaning.probabilities().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
        assertThat(leaning.probabilities().get("a")).isGreaterThan(leaning.probabilities().get("b"));
        assertThat(leaning.probabilities().get("b")).isGreaterThan(leaning.probabilities().get("c"));
    }

    @Test
    void inconsistentInputIsRefused() {
        assertThatThrownBy(() -> new VerdictInput(SEED, null, "kafka", 10, Map.of(), null, null, null))
                .hasMessageContaining("editorial pick");
        assertThatThrownBy(() -> new VerdictInput(SEED, null, "multiprocessing", 10, Map.of("multiprocessing", -1L), null, null, null))
                .hasMessageContaining("non-negative");
        assertThatThrownBy(() -> new VerdictInput(List.of(option("a")), null, "a", 10, Map.of(), null, null, null))
                .hasMessageContaining("2 to 4");
    }

    @Test
    void withoutVotesTheHeadlineSaysThePickIsOursAndReadersHaveNotSpoken() {
        Verdict verdict = engine.compute(databases(0, 0, null));

        assertThat(verdict.outcome()).isEqualTo(Outcome.WINNER);
        assertThat(verdict.headline()).isEqualTo("Our pick: PostgreSQL. No reader evidence yet.");
        assertThat(verdict.progress()).isEqualTo(new Verdict.Progress(0, 20, 0.9, "mysql", verdict.probabilities().get("mysql")));
        assertThat(verdict.bottomLine()).isEqualTo("PostgreSQL for most new projects.");
    }

    @Test
    void readersLeaningToTheChallengerAreCountedAgainstThePickWithTheWayToAChange() {
        Verdict verdict = engine.compute(databases(1, 13, null));

        assertThat(verdict.winner()).isEqualTo("postgresql");
        assertThat(verdict.outcome()).isEqualTo(Outcome.WINNER);
        // Beta(14, 11): P(p_mysql > 1/2) = 0.7294, shown rounded down
        assertThat(verdict.progress().challengerProbability()).isCloseTo(0.7294, within(1e-4));
        assertThat(verdict.headline()).isEqualTo("Our pick: PostgreSQL. Readers lean MySQL 13 to 1; the pick changes when a "
                + "challenger is 90% likely with at least 20 votes: now 14 votes, 72%.");
    }

    @Test
    void readersWhoAgreeAreCountedForThePick() {
        Verdict agreeing = engine.compute(databases(9, 2, null));
        assertThat(agreeing.headline()).isEqualTo("Our pick: PostgreSQL. Readers agree with our pick 9 to 2; the pick changes when "
                + "a challenger is 90% likely with at least 20 votes: now 11 votes, <1%.");

        Verdict readers = engine.compute(databases(14, 30, "mysql"));
        assertThat(readers.winner()).isEqualTo("mysql");
        assertThat(readers.headline()).startsWith("Readers' pick: MySQL. Readers back it 30 to 14; the pick changes when a challenger is 90% likely");
        assertThat(readers.bottomLine()).startsWith("Readers' pick: MySQL wins,");
    }

    @Test
    void aSplitWithEnoughVotesIsTooCloseToCallAndKeepsThePickInForce() {
        List<VerdictOption> repos = List.of(
                new VerdictOption("monorepo", "Monorepo", List.of("One version of everything"), List.of("Big checkouts"), null),
                new VerdictOption("polyrepo", "Polyrepo", List.of("Small, independent repositories"), List.of("Version drift"), null));
        Verdict verdict = engine.compute(new VerdictInput(repos, ComparisonType.ALTERNATIVES, "monorepo", 3,
                Map.of("monorepo", 24L, "polyrepo", 26L), null, "Monorepo wins for one product team.", null));

        assertThat(verdict.outcome()).isEqualTo(Outcome.TOO_CLOSE);
        assertThat(verdict.winner()).isEqualTo("monorepo");
        assertThat(verdict.reason()).isEqualTo(Reason.EDITORIAL_PICK_KEPT);
        assertThat(verdict.headline()).isEqualTo("Too close to call: readers split 24 to 26. Our pick stays Monorepo until one side is 90% likely.");
        assertThat(verdict.bottomLine()).isEqualTo("Too close to call: readers are split between Monorepo and Polyrepo, so choose by what your case needs.");

        Verdict fewer = engine.compute(new VerdictInput(repos, null, "monorepo", 3, Map.of("monorepo", 9L, "polyrepo", 10L), null, null, null));
        assertThat(fewer.outcome()).as("below the minimum votes there is no call to make").isEqualTo(Outcome.WINNER);
    }

    @Test
    void whenReadersPickIsInForceNoHeadlineCallsItOurPick() {
        List<VerdictOption> repos = List.of(
                new VerdictOption("monorepo", "Monorepo", List.of("One version of everything"), List.of("Big checkouts"), null),
                new VerdictOption("polyrepo", "Polyrepo", List.of("Small, independent repositories"), List.of("Version drift"), null));
        Verdict tooClose = engine.compute(new VerdictInput(repos, ComparisonType.ALTERNATIVES, "monorepo", 3,
                Map.of("monorepo", 24L, "polyrepo", 26L), "polyrepo", "Monorepo wins for one product team.", null));

        assertThat(tooClose.outcome()).isEqualTo(Outcome.TOO_CLOSE);
        assertThat(tooClose.reason()).isEqualTo(Reason.READERS_PICK_KEPT);
        assertThat(tooClose.headline()).isEqualTo("Too close to call: readers split 26 to 24. Readers' pick stays Polyrepo until one side is 90% likely.");

        Verdict overturned = engine.compute(seed(Map.of("distributed-systems", 2L, "multiprocessing", 30L), null));
        assertThat(overturned.reason()).isEqualTo(Reason.READERS_OVERTURNED);
        assertThat(overturned.headline()).startsWith("Readers' pick: Multiprocessing. Readers back it 30 to 2;").doesNotContainIgnoringCase("our pick");

        VerdictInput withdrawn = new VerdictInput(testing(0, 0, null).options(), ComparisonType.COMPLEMENTARY, "unit", 10, Map.of(),
                "integration", null, null);
        assertThat(engine.compute(withdrawn).headline()).endsWith(" Readers said Integration Testing matters more; no reader evidence yet.");
    }

    @Test
    void aComplementaryComparisonSaysUseBothAndWhichReadersSayMattersMore() {
        Verdict verdict = engine.compute(testing(12, 5, null));

        assertThat(verdict.outcome()).isEqualTo(Outcome.USE_BOTH);
        assertThat(verdict.type()).isEqualTo(ComparisonType.COMPLEMENTARY);
        assertThat(verdict.winner()).isEqualTo("unit");
        assertThat(verdict.headline()).isEqualTo("Use both: Unit Testing when you want fast feedback on one piece, Integration "
                + "Testing when you need to know the pieces work together. Readers say Unit Testing matters more to them, 12 to 5.");
        assertThat(verdict.bottomLine()).isEqualTo("Use both: Unit Testing when you want fast feedback on one piece, Integration "
                + "Testing when you need to know the pieces work together.");
        assertThat(engine.compute(testing(12, 5, "Write both; start with unit tests.")).bottomLine())
                .isEqualTo("Write both; start with unit tests.");
        assertThat(engine.compute(testing(0, 0, null)).headline()).endsWith(" We think Unit Testing matters more; no reader evidence yet.");
        assertThat(engine.compute(testing(1, 13, null)).headline()).endsWith(" Readers lean Integration Testing 13 to 1; Unit Testing "
                + "stays first until another is 90% likely with at least 20 votes: now 14 votes, 72%.");
    }

    @Test
    void theBottomLineNeverRepeatsThatSomethingWins() {
        VerdictInput kafka = new VerdictInput(List.of(option("kafka"), option("rabbitmq")), null, "kafka", 10, Map.of(), null,
                "Kafka wins for event streaming.", null);

        assertThat(engine.compute(kafka).bottomLine()).isEqualTo("Kafka wins for event streaming.");
        assertThat(engine.compute(new VerdictInput(kafka.options(), null, "kafka", 10, Map.of("rabbitmq", 40L), null,
                kafka.bottomLine(), null)).bottomLine()).containsOnlyOnce("wins");
    }

    @Test
    void decisiveLiesAboveEvenOddsAndAtMostTheThreshold() {
        assertThat(new VerdictParameters(0.9, 0.9, 20, 1000).decisive()).isEqualTo(0.9);
        assertThatThrownBy(() -> new VerdictParameters(0.9, 0.95, 20, 1000)).hasMessageContaining("decisive");
        assertThatThrownBy(() -> new VerdictParameters(0.9, 0.5, 20, 1000)).hasMessageContaining("decisive");
    }

    private static VerdictInput databases(long postgresql, long mysql, String currentWinner) {
        List<VerdictOption> options = List.of(
                new VerdictOption("postgresql", "PostgreSQL", List.of("Rich SQL"), List.of("Vacuum tuning"), null),
                new VerdictOption("mysql", "MySQL", List.of("Everywhere"), List.of("Fewer types"), null));
        return new VerdictInput(options, ComparisonType.ALTERNATIVES, "postgresql", 10, Map.of("postgresql", postgresql, "mysql", mysql),
                currentWinner, "PostgreSQL for most new projects.", null);
    }

    private static VerdictInput testing(long unit, long integration, String bottomLine) {
        List<VerdictOption> options = List.of(
                new VerdictOption("unit", "Unit Testing", List.of("Fast"), List.of("Misses wiring"), "want fast feedback on one piece"),
                new VerdictOption("integration", "Integration Testing", List.of("Real wiring"), List.of("Slower"),
                        "need to know the pieces work together."));
        return new VerdictInput(options, ComparisonType.COMPLEMENTARY, "unit", 10, Map.of("unit", unit, "integration", integration),
                null, bottomLine, null);
    }

    private static VerdictInput seed(Map<String, Long> votes, String currentWinner) {
        return new VerdictInput(SEED, null, "distributed-systems", 10, votes, currentWinner, "Distributed systems win.", null);
    }

    private static VerdictOption option(String key) {
        return new VerdictOption(key, key.toUpperCase(), List.of("Good at " + key), List.of("Bad at " + key), null);
    }

    private static double binomial(int n, int k) {
        double result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }
}
