package dev.nicepick.topics.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * The editors' pick and how strongly they hold it: the weight of their opinion against readers' votes.
 *
 * @param strength prior weight, as if that many readers had voted for the pick (default {@value #DEFAULT_STRENGTH})
 */
public record EditorialPick(@NotBlank String option, @Min(1) @Max(100) Integer strength) {

    public static final int DEFAULT_STRENGTH = 10;

    public EditorialPick {
        strength = strength == null ? DEFAULT_STRENGTH : strength;
    }
}
