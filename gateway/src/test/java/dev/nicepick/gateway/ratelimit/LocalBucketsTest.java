package dev.nicepick.gateway.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-memory store the rate limits use when one gateway runs alone: its answers, taken on the caller's thread. */
class LocalBucketsTest {

    private final Buckets buckets = new Buckets(RateLimitStore.local());

    @Test
    void manyThreadsAtOnceNeverTakeMoreThanTheCapacity() throws Exception {
        Buckets.Limit limit = new Buckets.Limit("read", 500, Duration.ofHours(1), true);
        List<Callable<Boolean>> takes = IntStream.range(0, 2_000)
                .<Callable<Boolean>>mapToObj(i -> () -> take(limit, "address:192.0.2.1").isConsumed()).toList();

        long consumed;
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            consumed = threads.invokeAll(takes).stream().filter(LocalBucketsTest::granted).count();
        }

        assertThat(consumed).isEqualTo(500);
        assertThat(take(limit, "address:192.0.2.1").getRemainingTokens()).isZero();
    }

    @Test
    void eachClientAndEachLimitHasABucketOfItsOwn() {
        Buckets.Limit writes = new Buckets.Limit("write", 2, Duration.ofMinutes(1), true);
        Buckets.Limit newReaders = new Buckets.Limit("new-reader", 2, Duration.ofHours(1), false);

        assertThat(take(writes, "reader:a").getRemainingTokens()).isEqualTo(1);
        assertThat(take(writes, "reader:a").getRemainingTokens()).isZero();
        ConsumptionProbe refused = take(writes, "reader:a");

        assertThat(refused.isConsumed()).isFalse();
        assertThat(refused.getNanosToWaitForRefill()).as("a greedy bucket refills one token in period / capacity")
                .isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30).toNanos());
        assertThat(take(writes, "reader:b").isConsumed()).isTrue();
        assertThat(take(newReaders, "reader:a").isConsumed()).as("another limit, another bucket").isTrue();
    }

    private ConsumptionProbe take(Buckets.Limit limit, String client) {
        Optional<ConsumptionProbe> probe = buckets.take(limit, client).block();
        assertThat(probe).as("memory always answers").isPresent();
        return probe.get();
    }

    private static boolean granted(Future<Boolean> take) {
        try {
            return take.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
