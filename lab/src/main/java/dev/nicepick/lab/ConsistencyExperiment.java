package dev.nicepick.lab;

import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Consistency: a burst of votes (distinct readers and topics) through the gateway, then the eventual-consistency
 * lag the system measured for them on both hops ({@code GET /api/lab/lag} of verdict-service, vote-to-verdict, and
 * of topics-service, vote-to-page, over the burst's window), the same over each drill, and the gateway's own account
 * ({@code /api/lab/consistency}).
 */
public final class ConsistencyExperiment {

    /** Votes one reader casts, each on another topic: the feedback-service's default limit per reader and minute. */
    static final int VOTES_PER_READER = 5;
    /** How long the lag figures may take to take in the burst's last votes. */
    private static final Duration SETTLE = Duration.ofSeconds(60);
    /** Seconds the figures must stay unchanged to count as settled. */
    private static final Duration STABLE = Duration.ofSeconds(5);
    private static final Duration CALL = Duration.ofSeconds(10);

    /** The lag figures of both hops over one window, as the services answered. */
    public record Window(String name, Instant from, Instant to, JsonNode voteToVerdict, JsonNode voteToPage) {
    }

    /**
     * The burst (votes sent, accepted 202, unchanged 200, the rest by status; how long it took) and the lag
     * figures over it, over each drill, and as the gateway reports them.
     */
    public record Result(int votes, int readers, int accepted, int unchanged, Map<Integer, Integer> otherStatuses,
                         long burstMillis, Window burst, List<Window> drills, JsonNode gateway) {
    }

    private ConsistencyExperiment() {
    }

    /**
     * @param verdicts a verdict-service instance (its {@code /api/lab/lag} is vote-to-verdict)
     * @param topics   a topics-service instance (vote-to-page)
     * @param drills   the drills to report the lag over, from the availability experiment (may be empty)
     */
    public static Result run(LabHttp http, LabHttp verdicts, LabHttp topics, Catalogue catalogue, LabProfile profile,
                             List<AvailabilityExperiment.DrillOutcome> drills, Deadline deadline) throws InterruptedException {
        int perReader = Math.min(VOTES_PER_READER, catalogue.topics().size());
        int readerCount = (profile.burstVotes() + perReader - 1) / perReader;
        List<String> readers = Readers.mint(http, readerCount);
        ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();
        Instant from = Instant.now();
        ExecutorService senders = Executors.newFixedThreadPool(profile.burstClients());
        for (int v = 0; v < profile.burstVotes(); v++) {
            int reader = v / perReader;
            Catalogue.Topic topic = catalogue.at(reader + v % perReader);
            String option = topic.optionKeys().get(reader % topic.optionKeys().size());
            senders.submit(() -> statuses.add(http.post("/api/topics/" + topic.slug() + "/feedback",
                    Map.of("preferredOption", option), readers.get(reader), false, CALL).status()));
        }
        senders.shutdown();
        if (!senders.awaitTermination(deadline.remaining().toSeconds(), TimeUnit.SECONDS)) {
            senders.shutdownNow();
            throw new IllegalStateException("the vote burst did not finish before the deadline");
        }
        long burstMillis = Duration.between(from, Instant.now()).toMillis();
        Map<Integer, Integer> byStatus = new TreeMap<>();
        statuses.forEach(s -> byStatus.merge(s, 1, Integer::sum));
        int accepted = byStatus.getOrDefault(202, 0);
        if (accepted == 0) {
            throw new IllegalStateException("no vote of the burst was accepted: " + byStatus);
        }

        Window burst = settle(verdicts, topics, from, accepted, deadline);
        List<Window> overDrills = new ArrayList<>();
        for (AvailabilityExperiment.DrillOutcome drill : drills) {
            overDrills.add(window(drill.fault() + " drill", verdicts, topics, drill.startedAt(), drill.endedAt()));
        }
        JsonNode gateway = http.getJson("/api/lab/consistency", CALL);
        int unchanged = byStatus.getOrDefault(200, 0);
        byStatus.remove(202);
        byStatus.remove(200);
        return new Result(profile.burstVotes(), readerCount, accepted, unchanged, byStatus, burstMillis, burst, overDrills, gateway);
    }

    /** Polls the burst's window until both hops count every accepted vote or stay unchanged for 5 s (at most 60 s). */
    private static Window settle(LabHttp verdicts, LabHttp topics, Instant from, int accepted, Deadline deadline) {
        Instant giveUp = deadline.cap(Instant.now(), SETTLE);
        Window last = null;
        Instant lastChange = Instant.now();
        while (true) {
            Window now = window("burst", verdicts, topics, from.minusSeconds(1), Instant.now().plusSeconds(1));
            long verdictCount = now.voteToVerdict().path("count").asLong();
            long pageCount = now.voteToPage().path("count").asLong();
            if (last == null || verdictCount != last.voteToVerdict().path("count").asLong()
                    || pageCount != last.voteToPage().path("count").asLong()) {
                lastChange = Instant.now();
            }
            last = now;
            boolean complete = verdictCount >= accepted && pageCount >= accepted;
            boolean stable = verdictCount > 0 && Duration.between(lastChange, Instant.now()).compareTo(STABLE) >= 0;
            if (complete || stable || !Instant.now().isBefore(giveUp)) {
                return last;
            }
            Drills.pauseUntil(Instant.now().plusSeconds(1));
        }
    }

    private static Window window(String name, LabHttp verdicts, LabHttp topics, Instant from, Instant to) {
        String query = "/api/lab/lag?from=" + from + "&to=" + to;
        return new Window(name, from, to, verdicts.getJson(query, CALL), topics.getJson(query, CALL));
    }
}
