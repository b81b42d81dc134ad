package dev.nicepick.verdicts.engine;

/**
 * @param threshold    how likely a challenger must be to be most readers' choice before it takes the pick
 * @param minimumVotes counted votes a topic needs before readers can move its pick at all
 * @param draws        Monte Carlo draws for three or four options (40,000 keep the error near +-0.005)
 */
public record VerdictParameters(double threshold, long minimumVotes, int draws) {

    public static final VerdictParameters DEFAULTS = new VerdictParameters(0.90, 20, 40_000);

    public VerdictParameters {
        if (threshold <= 0.5 || threshold >= 1) {
            throw new IllegalArgumentException("threshold must lie in (0.5, 1): " + threshold);
        }
        if (minimumVotes < 0 || draws < 1_000) {
            throw new IllegalArgumentException("minimumVotes must be >= 0 and draws >= 1000");
        }
    }
}
