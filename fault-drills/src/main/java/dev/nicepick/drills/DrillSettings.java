package dev.nicepick.drills;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Fault drills on this service ({@code nicepick.lab.drills.*}; environment {@code NICEPICK_LAB_DRILLS_ENABLED} and so on).
 *
 * @param enabled             whether an administrator may start drills here at all; off unless set (bin/run --lab sets it)
 * @param maxDuration         the longest drill a request may ask for (its {@code seconds}, at least 5); default 2 minutes
 * @param allowInProduction   whether drills run under the Spring profile {@code production}; off unless set
 * @param latency             how long each call waits in a {@code latency} drill: above the gateway's 1.5 s time limit
 *                            for verdicts, so the breaker sees time-outs
 * @param unresponsiveLatency how long each call waits in an {@code unresponsive} drill: beyond every time limit
 */
@Validated
@ConfigurationProperties(DrillSettings.PREFIX)
public record DrillSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("PT2M") @NotNull @DurationMin(seconds = DrillSettings.MIN_SECONDS) Duration maxDuration,
        @DefaultValue("false") boolean allowInProduction,
        @DefaultValue("PT3S") @NotNull @DurationMin(millis = 1) Duration latency,
        @DefaultValue("PT30S") @NotNull @DurationMin(millis = 1) Duration unresponsiveLatency) {

    /** Where these settings live. */
    public static final String PREFIX = "nicepick.lab.drills";
    /** The shortest drill: long enough for a breaker to see it. */
    public static final int MIN_SECONDS = 5;
    /** The Spring profile in which drills are refused unless {@link #allowInProduction}. */
    public static final String PRODUCTION_PROFILE = "production";
}
