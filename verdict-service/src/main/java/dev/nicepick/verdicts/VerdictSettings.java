package dev.nicepick.verdicts;

import dev.nicepick.verdicts.engine.VerdictParameters;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.UUID;

/**
 * @param threshold    probability a challenger needs to take the pick
 * @param minimumVotes counted votes a topic needs before readers can move its pick
 * @param draws        Monte Carlo draws for topics with three or four options
 * @param instanceId   this replica's name in recompute reports (the pod or host name where there is one)
 */
@ConfigurationProperties("nicepick.verdict")
public record VerdictSettings(
        @DefaultValue("0.90") double threshold,
        @DefaultValue("20") long minimumVotes,
        @DefaultValue("40000") int draws,
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
