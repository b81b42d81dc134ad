package dev.nicepick.events;

/** A record whose type no consumer here understands: it goes to the dead-letter topic, never silently away. */
public class UnknownEventTypeException extends EventDecodingException {

    public UnknownEventTypeException(String ceType) {
        super("Unknown event type '" + ceType + "'");
    }
}
