package dev.nicepick.drills;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a drill stands. */
public enum DrillStatus {

    /** Its assault is on: started, not stopped, {@code endsAt} not yet passed. */
    RUNNING("running"),
    /** It stopped by itself at {@code endsAt} (or its instance went away and {@code endsAt} passed). */
    ENDED("ended"),
    /** An administrator stopped it before {@code endsAt}. */
    STOPPED("stopped");

    private final String name;

    DrillStatus(String name) {
        this.name = name;
    }

    @JsonValue
    public String json() {
        return name;
    }
}
