package dev.nicepick.drills;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What {@code GET /api/lab/drills} answers.
 *
 * @param service this service's name ({@code spring.application.name})
 * @param enabled whether {@code nicepick.lab.drills.enabled} is set here
 * @param refusal why every drill is refused here, or null when an administrator may start one
 * @param current the running drill, on whichever instance, or null
 * @param last    the newest drill, running or not (the current one while one runs), or null before the first
 * @see NullableDrills how the API description says that the two drills may be null
 */
public record DrillsOverview(String service, boolean enabled, @Schema(nullable = true) DrillRefusal refusal,
                             Drill current, Drill last) {
}
