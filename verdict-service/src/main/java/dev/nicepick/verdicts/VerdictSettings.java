package dev.nicepick.verdicts;

import dev.nicepick.verdicts.engine.VerdictParameters;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.util.UUID;

/**
 * The verdict model's parameters and this replica's name ({@code nicepick.verdict.*}); the defaults are here and
 * nowhere else in the configuration. A value outside the model's ranges ({@link VerdictParameters}) stops the
 * service at start, naming the property.
 *
 * @param threshold    probability a challenger needs to take the pick, in (0.5, 1)
 * @param minimumVotes counted votes a topic needs before readers can move its pick; 0 or more
 * @param draws        Monte Carlo draws for topics with three or four options; at least 1000
 * @param instanceId   this replica's name in recompute reports (the pod or host name where there is one);
 *                     without one, {@code verdict-} and 8 random hex digits
 */
@Validated
@ConfigurationProperties("nicepick.verdict")
public record VerdictSettings(
        @DefaultValue("0.90") @DecimalMin(value = "0.5", inclusive = false) @DecimalMax(value = "1", inclusive = false) double threshold,
        @DefaultValue("20") @PositiveOrZero long minimumVotes,
        @DefaultValue("40000") @Min(1000) int draws,
        String instanceId) {

    public VerdictSettings {
        if (instanceId == null || instanceId.isBlank()) {
            instanceId = "verdict-" + UUID.randomUUID().toString().substring(0, 8);
        }
    }

    public VerdictParameters parameters() {
        return new VerdictParameters(threshold, minimumVotes, draws);
    }
}
