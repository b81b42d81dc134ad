package dev.nicepick.lab;

import java.time.Duration;
import java.util.List;

/**
 * How big each experiment is. {@code full} is what docs/lab is made from; {@code short} scales each down so that
 * {@code bin/lab --short}, the suite's start included, stays under 5 minutes on a 2-core machine (the CI profile).
 *
 * @param name              "full" or "short"
 * @param clients           load threads of the availability experiment
 * @param requestsPerSecond each client's pace (reads and votes together)
 * @param voteEvery         every n-th request of a client is a vote
 * @param calm              load before the first drill, between the drills and after the last one
 * @param drill             each drill's length (the services take 5 s to their max-duration)
 * @param burstVotes        votes in the consistency burst
 * @param burstClients      threads sending the burst
 * @param passes            the recompute experiments' passes over the catalogue
 * @param repeats           runs of each recompute setting (the median is kept)
 */
public record LabProfile(String name, int clients, int requestsPerSecond, int voteEvery, Duration calm, Duration drill,
                         int burstVotes, int burstClients, int passes, int repeats) {

    public static final LabProfile FULL = new LabProfile("full", 4, 10, 10, Duration.ofSeconds(20), Duration.ofSeconds(30),
            300, 4, 40, 3);
    public static final LabProfile SHORT = new LabProfile("short", 2, 8, 10, Duration.ofSeconds(4), Duration.ofSeconds(8),
            30, 2, 2, 1);

    /** The profile of that name; an {@link IllegalArgumentException} naming the choices otherwise. */
    public static LabProfile named(String name) {
        return List.of(FULL, SHORT).stream().filter(p -> p.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("profile is full or short, not " + name));
    }

    /** The whole availability load: calm, drill, calm, drill, calm. */
    public Duration availabilityLength() {
        return calm.multipliedBy(3).plus(drill.multipliedBy(2));
    }

    /** Upper bound on the availability load's requests (each client at its pace for the whole load). */
    public long maxRequests() {
        return (long) clients * requestsPerSecond * availabilityLength().toSeconds();
    }
}
