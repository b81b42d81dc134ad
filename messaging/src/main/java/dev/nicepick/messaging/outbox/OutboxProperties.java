package dev.nicepick.messaging.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Positive;

import java.time.Duration;

/**
 * @param pollInterval how often the relay looks for new rows when the last look found few
 * @param batchSize    rows sent per round
 * @param maxBackoff   the longest pause between rounds while the broker is away
 */
@ConfigurationProperties("nicepick.outbox")
@Validated
public record OutboxProperties(
        @DefaultValue("100ms") Duration pollInterval,
        @DefaultValue("200") @Positive int batchSize,
        @DefaultValue("5s") Duration maxBackoff) {
}
