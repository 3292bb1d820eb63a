package dev.weft.samples.deadlock;

import dev.weft.samples.Sample;
import java.util.ArrayList;
import java.util.List;

/**
 * A connection pool is shut down by a thread that marks it closed and then, still inside
 * {@code synchronized (pool)}, joins the pool's reaper thread; but the reaper can only notice that the
 * pool is closed by entering that same monitor.
 *
 * <p>{@code pool-reaper} loops: every millisecond it enters the pool's monitor, stops if the pool is
 * closed, and otherwise drops stale idle connections. {@code pool-closer} enters the pool's monitor,
 * sets {@code closed}, and calls {@code reaper.join()} without leaving the monitor. From then on the
 * reaper blocks at the pool's monitor and the closer waits for the reaper to end: a deadlock of a lock
 * and a join, on every run, with no rendezvous needed. {@code main} waits in {@code join()} on the
 * closer, outside the deadlock.
 *
 * <p><b>What weft reports</b>: a deadlock between {@code pool-closer} and {@code pool-reaper}.
 * {@code pool-closer} waits in {@code close} at {@code reaper.join()} for {@code pool-reaper} to end,
 * holding the pool's monitor it took at {@code synchronized (pool)} in the same method;
 * {@code pool-reaper} waits in {@code reap} at {@code synchronized (pool)} for that monitor.
 *
 * <p><b>The fix</b>: {@link JoinAfterReleasingLock} sets {@code closed} inside the monitor and joins the
 * reaper after leaving it.
 */
@Sample(
        shows = "A connection pool's closer joins the reaper thread while holding the pool's monitor, which"
                + " the reaper needs in order to finish: a real deadlock of a monitor and a Thread.join().",
        expect = "deadlock",
        threads = {"pool-closer", "pool-reaper"},
        twin = "JoinAfterReleasingLock")
public final class JoinWhileHoldingLock {

    private JoinWhileHoldingLock() {
    }

    /** A pool of connections; its monitor guards {@code idle} and {@code closed}. */
    static final class ConnectionPool {
        final List<String> idle = new ArrayList<>(List.of("conn-1", "conn-2", "conn-3"));
        boolean closed;
    }

    public static void main(String[] args) throws InterruptedException {
        ConnectionPool pool = new ConnectionPool();
        Thread reaper = new Thread(() -> reap(pool), "pool-reaper");
        reaper.start();
        Thread closer = new Thread(() -> close(pool, reaper), "pool-closer");
        closer.start();
        closer.join();
        System.out.println("pool closed");
    }

    /** The reaper's loop: ends once it sees the pool closed, under the pool's monitor. */
    static void reap(ConnectionPool pool) {
        while (true) {
            synchronized (pool) { // weft: waits
                if (pool.closed) {
                    pool.idle.clear();
                    return;
                }
                pool.idle.removeIf(connection -> connection.endsWith("-stale"));
            }
            pause(1);
        }
    }

    /** Marks the pool closed and waits for the reaper, without leaving the pool's monitor: the bug. */
    static void close(ConnectionPool pool, Thread reaper) {
        synchronized (pool) { // weft: holds
            pool.closed = true;
            try {
                reaper.join(); // weft: waits
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
