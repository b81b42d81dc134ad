package dev.nicepick.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.PositiveOrZero;

import java.time.Duration;

/**
 * How a consumer retries a record that failed before parking it on the dead-letter topic.
 *
 * @param attempts retries after the first failure
 */
@ConfigurationProperties("nicepick.consumer.retry")
@Validated
public record ConsumerRetryProperties(
        @DefaultValue("4") @PositiveOrZero int attempts,
        @DefaultValue("200ms") Duration initialInterval,
        @DefaultValue("2s") Duration maxInterval) {
}
