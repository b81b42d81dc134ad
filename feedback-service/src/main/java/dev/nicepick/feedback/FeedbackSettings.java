package dev.nicepick.feedback;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits against abuse, on top of the gateway's rate limits.
 *
 * @param perReaderPerMinute  accepted feedback per reader per minute, across topics
 * @param perAddressPerMinute accepted feedback per network address per minute (many readers can share one)
 * @param maxLinks            links a comment may contain
 */
@ConfigurationProperties("nicepick.feedback")
public record FeedbackSettings(
        @DefaultValue("5") int perReaderPerMinute,
        @DefaultValue("60") int perAddressPerMinute,
        @DefaultValue("2") int maxLinks) {
}
