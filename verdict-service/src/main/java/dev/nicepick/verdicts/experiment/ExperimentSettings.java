package dev.nicepick.verdicts.experiment;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Bounds of the lab's recompute experiments ({@code nicepick.lab.experiments.*}); a value outside them stops the
 * service at start, naming the property.
 *
 * @param maxUnits the most units (topics x passes) one run may have, 1..1,000,000; a request for more is refused
 *                 with 422 before anything runs
 * @param deadline how long a run may take, from 1 second to 30 minutes; a run still going then ends with a 503 problem
 *                 and is not kept
 */
@Validated
@ConfigurationProperties("nicepick.lab.experiments")
public record ExperimentSettings(@DefaultValue("20000") @Min(1) @Max(1_000_000) int maxUnits,
                                 @DefaultValue("PT2M") @NotNull Duration deadline) {

    @AssertTrue(message = "nicepick.lab.experiments.deadline must be from 1 second to 30 minutes")
    public boolean isDeadlineInRange() {
        return deadline.compareTo(Duration.ofSeconds(1)) >= 0 && deadline.compareTo(Duration.ofMinutes(30)) <= 0;
    }
}
