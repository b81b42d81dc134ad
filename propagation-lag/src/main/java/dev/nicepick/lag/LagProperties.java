package dev.nicepick.lag;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code nicepick.lab.lag.*}: which hop this service measures, and how long its samples are kept.
 *
 * @param hop        the hop this service records ({@code vote-to-verdict} or {@code vote-to-page}); required, each
 *                   service's own {@code application.yml} names it
 * @param retention  samples whose {@code acceptedAt} is older are pruned; at least one hour, default 7 days (the
 *                   longest window {@code GET /api/lab/lag} serves)
 * @param pruneEvery how often this instance prunes; at least one second, default one hour
 */
@ConfigurationProperties("nicepick.lab.lag")
@Validated
public record LagProperties(
        @NotNull Hop hop,
        @NotNull @DurationMin(hours = 1) @DefaultValue("P7D") Duration retention,
        @NotNull @DurationMin(seconds = 1) @DefaultValue("PT1H") Duration pruneEvery) {
}
