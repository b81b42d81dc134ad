package dev.nicepick.system;

import dev.nicepick.load.LoadThreads;
import dev.nicepick.testsupport.http.Api;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Readers voting on one topic from a few threads until told to stop (or a bound is reached), each a new reader,
 * keeping what they were told. Afterwards it compares with what the system holds and prints the figures.
 */
final class FeedbackLoad implements AutoCloseable {

    private static final int MAX_VOTES = 5_000;
    /** A refused reader waits this long before the next try, as a client honouring Retry-After would. */
    private static final long BACK_OFF_NANOS = Duration.ofMillis(250).toNanos();

    private final Newsroom newsroom;
    private final String slug;
    private final LoadThreads<Answer> load = new LoadThreads<>(3, Duration.ofMinutes(5));

    record Answer(int status, String id, long nanos) {
    }

    FeedbackLoad(Newsroom newsroom, String slug) {
        this.newsroom = newsroom;
        this.slug = slug;
        for (int i = 0; i < 3; i++) {
            load.start(this::vote);
        }
    }

    private void vote() {
        while (load.going() && load.count() < MAX_VOTES) {
            long t = System.nanoTime();
            Api.Response response = newsroom.vote(slug, load.count() % 3 == 0 ? "alpha" : "beta");
            load.add(response == null ? new Answer(-1, null, System.nanoTime() - t)
                    : new Answer(response.status(), response.status() == 202 ? response.json().path("id").asText() : null, System.nanoTime() - t));
            if (response == null || response.status() != 202) {
                LockSupport.parkNanos(BACK_OFF_NANOS);
            }
        }
    }

    /** Lets the load run until at least this many more answers came back. */
    void awaitAnswers(int more) {
        int target = load.count() + more;
        await().atMost(Duration.ofMinutes(2)).until(() -> load.count() >= target);
    }

    List<Answer> answers() {
        return load.answers();
    }

    /** Stops the readers and waits for the votes in flight; calling it again does nothing. */
    @Override
    public void close() throws Exception {
        load.close();
    }

    /**
     * Stops the readers, waits until the tally and the verdict agree with what feedback-service stores, prints
     * the figures, and checks that nothing acknowledged was lost and nothing was counted twice.
     */
    void stopAndAssertConverged(String scenario, long faultEndedNanos) throws Exception {
        close();
        List<Answer> all = answers();
        Set<String> acknowledged = all.stream().filter(a -> a.status() == 202).map(Answer::id).collect(Collectors.toSet());
        long[] counted = new long[1];
        Set<String> stored = new HashSet<>();
        // Converged: the verdict counts what the tally counts, and no fallback is serving a stale one.
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).ignoreExceptions().untilAsserted(() -> {
            long total = newsroom.summary(slug).path("total").asLong();
            var verdict = newsroom.verdict(slug);
            assertThat(verdict.has("stale")).isFalse();
            assertThat(verdict.path("split").path("alpha").asLong() + verdict.path("split").path("beta").asLong()).isEqualTo(total);
            counted[0] = total;
        });
        double converge = (System.nanoTime() - faultEndedNanos) / 1e9;
        stored.addAll(newsroom.storedFeedbackIds(slug));
        long lost = acknowledged.stream().filter(id -> !stored.contains(id)).count();
        long twice = Math.max(0, counted[0] - stored.size());
        System.out.printf(Locale.ROOT,
                "[%s] sent %d, acknowledged %d, refused %d (503 %d, 429 %d, failed %d), counted %d, lost %d, counted twice %d, converged %.1f s after the fault ended%n",
                scenario, all.size(), acknowledged.size(), all.size() - acknowledged.size(),
                all.stream().filter(a -> a.status() == 503).count(), all.stream().filter(a -> a.status() == 429).count(),
                all.stream().filter(a -> a.status() == -1).count(), counted[0], lost, twice, converge);
        assertThat(lost).isZero();
        assertThat(twice).isZero();
        assertThat(all.stream().filter(a -> a.status() == -1)).as("no request hung or broke").isEmpty();
        assertThat(all.stream().map(Answer::status)).as("every answer is an accepted vote or an honest refusal").allMatch(s -> s == 202 || s == 503);
    }
}
