package dev.nicepick.events.topics;

import dev.nicepick.events.Event;

import java.util.UUID;

/** The topic no longer takes feedback; its page stays readable. */
public record TopicArchived(UUID topicId, String slug, long version) implements Event {
}
