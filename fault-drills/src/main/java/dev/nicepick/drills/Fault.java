package dev.nicepick.drills;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a drill does to each call of the service's API ({@link ChaosMonkeyAssaults} sets the assault). */
public enum Fault {

    /** Each call waits {@code nicepick.lab.drills.latency} (3 s), above the gateway's time limit for verdicts. */
    LATENCY("latency"),
    /** Each call fails with an exception, answered 500. */
    ERRORS("errors"),
    /** Each call waits {@code nicepick.lab.drills.unresponsive-latency} (30 s), beyond every time limit. */
    UNRESPONSIVE("unresponsive");

    private final String name;

    Fault(String name) {
        this.name = name;
    }

    /** Its name in requests, answers, rows, logs and metrics. */
    @JsonValue
    public String json() {
        return name;
    }
}
