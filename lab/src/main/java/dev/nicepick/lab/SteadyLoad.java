package dev.nicepick.lab;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A reader-like load through the gateway: each client (a reader of its own) reads {@code /api/verdicts/{slug}} and
 * {@code /api/topics/{slug}} in turn round the catalogue, and every n-th request votes (switching between options,
 * so each vote is a change), at a fixed pace. Bounded twice: it ends at {@code until}, and no client sends more than
 * its pace allows over that time.
 */
public final class SteadyLoad {

    /** The routes the load exercises, as the results name them. */
    public static final String VERDICTS = "verdicts", TOPICS = "topics", VOTES = "votes";
    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    /** One answer: which route, when it came, how long it took, what kind it was. */
    public record Sample(String route, Instant at, long millis, AnswerKind kind) {
    }

    private final LabHttp http;
    private final Catalogue catalogue;
    private final LabProfile profile;
    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private ExecutorService clients;
    private volatile boolean stopped;

    public SteadyLoad(LabHttp http, Catalogue catalogue, LabProfile profile) {
        this.http = http;
        this.catalogue = catalogue;
        this.profile = profile;
    }

    /** Starts one client per reader cookie; they stop when told, and by themselves at {@code until}. */
    public void start(List<String> readers, Instant until) {
        clients = Executors.newFixedThreadPool(readers.size());
        for (int c = 0; c < readers.size(); c++) {
            int client = c;
            String reader = readers.get(c);
            clients.submit(() -> runClient(client, reader, until));
        }
        clients.shutdown();
    }

    /** Stops the clients and waits for them (a request in flight takes at most 10 s more); every answer they got. */
    public List<Sample> stopAndCollect() throws InterruptedException {
        stopped = true;
        if (!clients.awaitTermination(TIME_LIMIT.toSeconds() + 5, TimeUnit.SECONDS)) {
            clients.shutdownNow();
        }
        return List.copyOf(samples);
    }

    private void runClient(int client, String reader, Instant until) {
        Instant start = Instant.now();
        long paceNanos = 1_000_000_000L / profile.requestsPerSecond();
        for (long i = 0; ; i++) {
            Instant next = start.plusNanos(i * paceNanos);
            if (stopped || !next.isBefore(until)) {
                return;
            }
            Drills.pauseUntil(next);
            Catalogue.Topic topic = catalogue.at(client * 7 + (int) (i / 2));
            if (i % profile.voteEvery() == profile.voteEvery() - 1) {
                List<String> keys = topic.optionKeys();
                String option = keys.get((int) ((i / profile.voteEvery()) % keys.size()));
                record(VOTES, http.post("/api/topics/" + topic.slug() + "/feedback", Map.of("preferredOption", option),
                        reader, false, TIME_LIMIT));
            } else if (i % 2 == 0) {
                record(VERDICTS, http.get("/api/verdicts/" + topic.slug(), reader, TIME_LIMIT));
            } else {
                record(TOPICS, http.get("/api/topics/" + topic.slug(), reader, TIME_LIMIT));
            }
        }
    }

    private void record(String route, LabHttp.Answer answer) {
        samples.add(new Sample(route, answer.at(), answer.millis(), answer.kind()));
    }
}
