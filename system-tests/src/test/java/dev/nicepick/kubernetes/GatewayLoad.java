package dev.nicepick.kubernetes;

import dev.nicepick.api.ProblemTypes;
import dev.nicepick.load.LoadThreads;
import dev.nicepick.testsupport.auth.Tokens;
import dev.nicepick.testsupport.http.Api;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A bounded load through the gateway: two readers reading one comparison, its verdict and its readers' tally in
 * turn, and one voter casting a vote as a new token-holding reader at a steady pace (below feedback-service's
 * per-address limit, since every request comes from this one machine). Every answer is kept with when it was sent.
 */
final class GatewayLoad implements AutoCloseable {

    /** Paced so a minute of load stays below feedback-service's 60 accepted votes per network address and minute. */
    static final Duration VOTE_PACE = Duration.ofMillis(1500);
    private static final Duration READ_PACE = Duration.ofMillis(100);
    private static final Duration LIMIT = Duration.ofMinutes(3);

    private final Api api;
    private final Tokens tokens;
    private final String slug;
    private final AtomicInteger voters = new AtomicInteger();
    private final LoadThreads<Answer> load = new LoadThreads<>(3, LIMIT);

    /**
     * An answer: what was asked, when it was sent (System.nanoTime), its status (-1: no answer at all), whether it
     * was a problem document, and for an accepted vote the feedback's id.
     */
    record Answer(String request, long sentNanos, int status, boolean problem, String feedbackId) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** A refusal the client can act on: too many requests, or unavailable said as a problem (try again later). */
        boolean honestRefusal() {
            return status == 429 || status == 503 && problem;
        }
    }

    GatewayLoad(Api api, Tokens tokens, String slug) {
        this.api = api;
        this.tokens = tokens;
        this.slug = slug;
        List<String> reads = List.of("/api/topics/" + slug, "/api/verdicts/" + slug, "/api/topics/" + slug + "/feedback/summary");
        for (int reader = 0; reader < 2; reader++) {
            int first = reader;
            load.start(() -> loop(READ_PACE, n -> send("GET " + reads.get((first + n) % reads.size()),
                    () -> api.get(reads.get((first + n) % reads.size())).send())));
        }
        load.start(() -> loop(VOTE_PACE, n -> vote()));
    }

    private void vote() {
        String reader = "stand-in-reader-" + voters.incrementAndGet() + "-" + UUID.randomUUID();
        send("POST feedback", () -> api.post("/api/topics/" + slug + "/feedback",
                        Map.of("preferredOption", "multiprocessing"))
                .bearer(tokens.mint(reader)).header("Idempotency-Key", UUID.randomUUID().toString()).send());
    }

    private void send(String request, java.util.function.Supplier<Api.Response> call) {
        long sent = System.nanoTime();
        try {
            Api.Response response = call.get();
            boolean problem = String.valueOf(response.header("Content-Type")).startsWith("application/problem+json")
                    && response.body().contains(ProblemTypes.BASE);
            String id = response.status() == 202 ? response.json().path("id").asText() : null;
            load.add(new Answer(request, sent, response.status(), problem, id));
        } catch (RuntimeException e) {
            load.add(new Answer(request + " (" + e.getMessage() + ")", sent, -1, false, null));
        }
    }

    private void loop(Duration pace, java.util.function.IntConsumer step) {
        for (int n = 0; load.going(); n++) {
            long next = System.nanoTime() + pace.toNanos();
            step.accept(n);
            LockSupport.parkNanos(next - System.nanoTime());
        }
    }

    List<Answer> answers() {
        return load.answers();
    }

    /** Stops the load and waits for the requests in flight. */
    @Override
    public void close() throws Exception {
        load.close();
    }
}
