package dev.nicepick.verdicts.engine;

/**
 * @param threshold    how likely a challenger must be to be most readers' choice before it takes the pick, in (0.5, 1)
 * @param decisive     how likely some option must be, once a topic has {@code minimumVotes}, for an alternatives
 *                     comparison to name a winner rather than "too close to call"; in (0.5, threshold]
 * @param minimumVotes counted votes a topic needs before readers can move its pick (or call it too close) at all
 * @param draws        Monte Carlo draws for three or four options (40,000 keep the error near +-0.005)
 */
public record VerdictParameters(double threshold, double decisive, long minimumVotes, int draws) {

    public static final VerdictParameters DEFAULTS = new VerdictParameters(0.90, 0.75, 20, 40_000);

    public VerdictParameters {
        if (threshold <= 0.5 || threshold >= 1) {
            throw new IllegalArgumentException("threshold must lie in (0.5, 1): " + threshold);
        }
        // A challenger that takes the pick is then decisive, so a flip never lands on "too close"
        if (decisive <= 0.5 || decisive > threshold) {
            throw new IllegalArgumentException("decisive must lie in (0.5, threshold]: " + decisive);
        }
        if (minimumVotes < 0 || draws < 1_000) {
            throw new IllegalArgumentException("minimumVotes must be >= 0 and draws >= 1000");
        }
    }
}
