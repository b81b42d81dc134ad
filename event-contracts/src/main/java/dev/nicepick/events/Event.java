package dev.nicepick.events;

import java.util.UUID;

/** The body of an event. Its Kafka key and CloudEvents subject is the id of the topic it concerns. */
public interface Event {

    UUID topicId();
}
