package dev.nicepick.drills;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A request to start a drill; the upper bound of {@code seconds} is a setting, so {@link FaultDrills} checks it.
 *
 * @param fault   what to do to the service's API
 * @param seconds how long, from 5 to {@code nicepick.lab.drills.max-duration}
 */
public record DrillRequest(@NotNull Fault fault, @NotNull @Min(DrillSettings.MIN_SECONDS) Integer seconds) {
}
