package dev.nicepick.verdicts.engine;

import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.special.Beta;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The probability that each option is the one most readers prefer, under the Dirichlet posterior.
 * Two options: exact, P(p_i > 1/2) with p_i ~ Beta(alpha_i, alpha_j), from the regularized incomplete beta
 * function. Three or four: Monte Carlo with a fixed seed (argmax of independent Gamma(alpha) draws, which is
 * the argmax of a Dirichlet draw). The draws are assigned to options in order of their alpha, and options with
 * equal alpha share their estimate, so names and input order never change a probability.
 */
final class WinProbabilities {

    private static final long SEED = 20261124L;

    static Map<String, Double> of(VerdictInput input) {
        return of(input, input.options().size() > 2);
    }

    /** @param sampled Monte Carlo whatever the number of options (two too), else exact for two */
    static Map<String, Double> of(VerdictInput input, boolean sampled) {
        List<String> keys = input.options().stream().map(VerdictOption::key).toList();
        double[] alpha = keys.stream().mapToDouble(input::alpha).toArray();
        double[] p = sampled ? monteCarlo(alpha, input.parameters().draws()) : exact(alpha);
        Map<String, Double> byKey = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            byKey.put(keys.get(i), p[i]);
        }
        return byKey;
    }

    /** P(X > 1/2) for X ~ Beta(a, b) is I_{1/2}(b, a); each side by the same formula, so order never matters. */
    private static double[] exact(double[] alpha) {
        return new double[]{Beta.regularizedBeta(0.5, alpha[1], alpha[0]), Beta.regularizedBeta(0.5, alpha[0], alpha[1])};
    }

    private static double[] monteCarlo(double[] alpha, int draws) {
        int k = alpha.length;
        Integer[] order = IntStream.range(0, k).boxed().sorted(Comparator.comparingDouble(i -> alpha[i])).toArray(Integer[]::new);
        RandomDataGenerator random = new RandomDataGenerator(SEED);
        long[] wins = new long[k];
        double[] sample = new double[k];
        for (int d = 0; d < draws; d++) {
            int best = 0;
            for (int rank = 0; rank < k; rank++) {
                sample[rank] = random.nextGamma(alpha[order[rank]], 1.0);
                if (sample[rank] > sample[best]) {
                    best = rank;
                }
            }
            wins[best]++;
        }
        double[] p = new double[k];
        for (int rank = 0; rank < k; ) {
            int end = rank;
            while (end + 1 < k && alpha[order[end + 1]] == alpha[order[rank]]) {
                end++;
            }
            double shared = Arrays.stream(wins, rank, end + 1).sum() / (double) draws / (end - rank + 1);
            for (int r = rank; r <= end; r++) {
                p[order[r]] = shared;
            }
            rank = end + 1;
        }
        return p;
    }

    private WinProbabilities() {
    }
}
