package dev.nicepick.messaging.outbox;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Positive;

import java.time.Duration;

/**
 * The outbox relay's pace. A commit that wrote an outbox row wakes its process's relay at once
 * ({@link OutboxWriter}); the poll is only the safety net.
 *
 * @param pollInterval the safety net: how often the relay looks for rows no wake announced (rows another replica
 *                     wrote while this relay held the lock, rows of an instance that died before sending them). One
 *                     second: such rows are rare, and an idle service then costs the database one short transaction a
 *                     second instead of ten
 * @param batchSize    rows sent per round
 * @param firstBackoff the pause after the first round the broker refused; it doubles with each further refusal
 * @param maxBackoff   the longest pause between rounds while the broker is away
 */
@ConfigurationProperties("nicepick.outbox")
@Validated
public record OutboxProperties(
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("200") @Positive int batchSize,
        @DefaultValue("200ms") Duration firstBackoff,
        @DefaultValue("5s") Duration maxBackoff) {
}
