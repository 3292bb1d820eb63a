package dev.weft.samples.deadlock;

import dev.weft.samples.Sample;
import java.util.ArrayList;
import java.util.List;

/**
 * The correct twin of {@link JoinWhileHoldingLock}: the closer marks the pool closed inside
 * {@code synchronized (pool)}, leaves the monitor, and only then joins the reaper thread.
 *
 * <p>On its next round the reaper enters the free monitor, sees the pool closed, clears it and ends;
 * the closer's {@code join()} returns within about a millisecond and the program exits 0.
 *
 * <p><b>What weft reports</b>: nothing. Waiting for a thread is only a deadlock when the waiter holds
 * something the awaited thread needs; here the closer holds no lock while it joins.
 */
@Sample(
        shows = "A connection pool's closer marks the pool closed under its monitor and joins the reaper"
                + " thread after releasing it: no deadlock.",
        expect = "none",
        twin = "JoinWhileHoldingLock")
public final class JoinAfterReleasingLock {

    private JoinAfterReleasingLock() {
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
        synchronized (pool) {
            System.out.println("pool closed, idle connections left: " + pool.idle.size());
        }
    }

    /** The reaper's loop: ends once it sees the pool closed, under the pool's monitor. */
    static void reap(ConnectionPool pool) {
        while (true) {
            synchronized (pool) {
                if (pool.closed) {
                    pool.idle.clear();
                    return;
                }
                pool.idle.removeIf(connection -> connection.endsWith("-stale"));
            }
            pause(1);
        }
    }

    /** Marks the pool closed under its monitor, then waits for the reaper outside it: the fix. */
    static void close(ConnectionPool pool, Thread reaper) {
        synchronized (pool) {
            pool.closed = true;
        }
        try {
            reaper.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
