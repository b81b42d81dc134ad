package dev.nicepick.lab;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Fault drills on one service through the gateway ({@code /api/lab/drills/{service}}, i15-common's contract): start
 * one, let it run its course, and make sure it is over before the next step.
 */
public final class Drills {

    private static final Duration CALL = Duration.ofSeconds(10);
    /** How long past its {@code endsAt} a drill may still show as running before the lab stops it itself. */
    private static final Duration GRACE = Duration.ofSeconds(10);

    private final LabHttp http;
    private final String service;

    public Drills(LabHttp http, String service) {
        this.http = http;
        this.service = service;
    }

    /**
     * Runs one drill start to end: starts it (stopping one left running first), waits until its {@code endsAt}, then
     * until the service reports it over (stopping it after a grace of 10 s).
     *
     * @param fault   latency, errors or unresponsive
     * @param seconds its length, within the services' max-duration
     * @return the drill as the service last reported it ({@code status} ended or stopped)
     * @throws IllegalStateException when the drill cannot be started or stopped
     */
    public JsonNode run(String fault, Duration seconds, Deadline deadline) {
        String path = "/api/lab/drills/" + service;
        Map<String, Object> body = Map.of("fault", fault, "seconds", seconds.toSeconds());
        LabHttp.Answer started = http.post(path, body, null, true, CALL);
        if (started.status() == 409) {
            stopCurrent(path);
            started = http.post(path, body, null, true, CALL);
        }
        JsonNode drill = http.json(started, "starting a " + fault + " drill on " + service);
        Instant endsAt = Instant.parse(drill.path("endsAt").asString());
        pauseUntil(deadline.cap(endsAt, Duration.ZERO));
        Instant giveUp = deadline.cap(endsAt, GRACE);
        while (Instant.now().isBefore(giveUp)) {
            JsonNode state = http.getJson(path, CALL);
            if (state.path("current").isNull() || state.path("current").isMissingNode()) {
                return state.path("last");
            }
            pauseUntil(Instant.now().plusMillis(500));
        }
        stopCurrent(path);
        return http.getJson(path, CALL).path("last");
    }

    private void stopCurrent(String path) {
        LabHttp.Answer stopped = http.deleteAsAdmin(path + "/current", CALL);
        if (stopped.status() != 204 && stopped.status() != 404) {
            throw new IllegalStateException("stopping the drill on " + service + " answered " + stopped.status());
        }
    }

    /** Waits until {@code until} (the lab's own pacing; nothing asynchronous is awaited this way). */
    static void pauseUntil(Instant until) {
        long millis = Duration.between(Instant.now(), until).toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
