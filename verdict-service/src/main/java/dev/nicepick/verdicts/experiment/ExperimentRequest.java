package dev.nicepick.verdicts.experiment;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * What an administrator asks the lab to measure. Whether {@code threads} fits the mode, and whether topics x passes
 * stays within the configured units, is {@link ExperimentRunner}'s to check (422).
 *
 * @param mode    {@code local}: this instance's thread pool; {@code distributed}: every running replica, over Kafka
 * @param threads the pool's size, 1..32; required for {@code local}, refused for {@code distributed}
 * @param passes  how many times the whole catalogue is computed, 1..200
 */
public record ExperimentRequest(
        @Schema(allowableValues = {"local", "distributed"})
        @NotNull @Pattern(regexp = "local|distributed", message = "must be 'local' or 'distributed'") String mode,
        @Schema(minimum = "1", maximum = "32", nullable = true) @Min(1) @Max(32) Integer threads,
        @NotNull @Min(1) @Max(200) Integer passes) {
}
