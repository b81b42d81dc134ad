package dev.nicepick.events.topics;

import dev.nicepick.events.Event;

import java.util.UUID;

/** The topic as it stands after being published (or published again after being archived). */
public record TopicPublished(TopicState topic) implements Event {

    @Override
    public UUID topicId() {
        return topic == null ? null : topic.topicId();
    }
}
