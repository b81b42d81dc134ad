package dev.nicepick.verdicts;

import dev.nicepick.verdicts.engine.VerdictParameters;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.UUID;

/**
 * The verdict model's parameters and this replica's name ({@code nicepick.verdict.*}). What is not set takes the
 * model's own default ({@link VerdictParameters#DEFAULTS}, the one place it is written). A value outside the model's
 * ranges stops the service at start, naming the property (the constraints say at the boundary what
 * {@link VerdictParameters} insists on inside).
 *
 * @param threshold    probability a challenger needs to take the pick, in (0.5, 1)
 * @param decisive     probability some option needs, once a topic has the minimum votes, for an alternatives
 *                     comparison not to be "too close to call"; in (0.5, threshold]
 * @param minimumVotes counted votes a topic needs before readers can move its pick; 0 or more
 * @param draws        Monte Carlo draws for topics with three or four options; at least 1000
 * @param instanceId   this replica's name in recompute reports (the pod or host name where there is one);
 *                     without one, {@code verdict-} and 8 random hex digits
 */
@Validated
@ConfigurationProperties("nicepick.verdict")
public record VerdictSettings(
        @DecimalMin(value = "0.5", inclusive = false) @DecimalMax(value = "1", inclusive = false) Double threshold,
        @DecimalMin(value = "0.5", inclusive = false) @DecimalMax(value = "1", inclusive = false) Double decisive,
        @PositiveOrZero Long minimumVotes,
        @Min(1000) Integer draws,
        String instanceId) {

    public VerdictSettings {
        threshold = threshold == null ? VerdictParameters.DEFAULTS.threshold() : threshold;
        decisive = decisive == null ? VerdictParameters.DEFAULTS.decisive() : decisive;
        minimumVotes = minimumVotes == null ? VerdictParameters.DEFAULTS.minimumVotes() : minimumVotes;
        draws = draws == null ? VerdictParameters.DEFAULTS.draws() : draws;
        if (instanceId == null || instanceId.isBlank()) {
            instanceId = "verdict-" + UUID.randomUUID().toString().substring(0, 8);
        }
    }

    /** A flip must land on a decisive option, never on "too close" (docs/verdict-model.md, "Outcomes"). */
    @AssertTrue(message = "nicepick.verdict.decisive must not be above nicepick.verdict.threshold")
    public boolean isDecisiveAtMostThreshold() {
        return decisive <= threshold;
    }

    public VerdictParameters parameters() {
        return new VerdictParameters(threshold, decisive, minimumVotes, draws);
    }
}
