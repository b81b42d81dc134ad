package dev.nicepick.feedback;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits against abuse, on top of the gateway's rate limits ({@code nicepick.feedback.*}); the defaults are
 * here and nowhere else. A value out of range stops the service at start, naming the property.
 *
 * @param perReaderPerMinute  accepted feedback per reader per minute, across topics, and new suggestions likewise (a vote
 *                            or suggestion equal to one the reader already made is not counted); at least 1
 * @param perAddressPerMinute accepted feedback per network address per minute (many readers can share one); at least 1
 * @param maxLinks            links a comment may contain; 0 or more
 */
@Validated
@ConfigurationProperties("nicepick.feedback")
public record FeedbackSettings(
        @DefaultValue("5") @Positive int perReaderPerMinute,
        @DefaultValue("60") @Positive int perAddressPerMinute,
        @DefaultValue("2") @PositiveOrZero int maxLinks) {
}
