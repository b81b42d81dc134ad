package dev.nicepick.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The threads of a bounded load and the answers they keep: each thread runs its loop while {@link #going()}, which
 * turns false on {@link #close()} or once {@code limit} has passed since the load began, so a load always stops by
 * itself.
 *
 * @param <A> what one request's answer is recorded as
 */
public final class LoadThreads<A> implements AutoCloseable {

    private final List<A> answers = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final ExecutorService threads;
    private final List<Future<?>> work = new ArrayList<>();
    private final long started = System.nanoTime();
    private final Duration limit;

    /** @param limit how long the load may run at most */
    public LoadThreads(int threads, Duration limit) {
        this.threads = Executors.newFixedThreadPool(threads);
        this.limit = limit;
    }

    /** Runs {@code loop} on one of the threads; the loop asks {@link #going()} before each request. */
    public void start(Runnable loop) {
        work.add(threads.submit(loop));
    }

    /** @return whether the load goes on: not closed, and within its time limit */
    public boolean going() {
        return running.get() && System.nanoTime() - started < limit.toNanos();
    }

    public void add(A answer) {
        answers.add(answer);
    }

    /** @return how many answers came back so far */
    public int count() {
        return answers.size();
    }

    /** @return the answers so far, in the order they came back */
    public List<A> answers() {
        synchronized (answers) {
            return List.copyOf(answers);
        }
    }

    /** Stops the load and waits for the requests in flight; calling it again does nothing. */
    @Override
    public void close() throws ExecutionException, InterruptedException {
        running.set(false);
        for (Future<?> f : work) {
            f.get();
        }
        threads.shutdown();
    }
}
