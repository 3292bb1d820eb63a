package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.concurrent.CountDownLatch;

/**
 * A dashboard is assembled by two loader threads, each filling in one figure, and a reporter thread
 * that waits on a {@link CountDownLatch} until both are loaded; {@code main} waits on a second latch for
 * the report.
 *
 * <p>The {@code Dashboard}'s fields are plain. {@code load-users} and {@code load-orders} each write their
 * figure and count {@code loaded} down; {@code reporter} awaits {@code loaded}, reads both figures, writes
 * the summary and counts {@code reported} down; {@code main} awaits {@code reported} and reads the summary,
 * before joining any thread. Actions before {@code countDown()} happen-before actions after a successful
 * return from {@code await()} in another thread: the latches are the only thing ordering these writes
 * with these reads (the threads are all started before any figure is written).
 *
 * <p><b>What weft reports</b>: nothing. A detector that does not model the latch would wrongly report a
 * race on {@code Dashboard.users}, {@code Dashboard.orders} or {@code Dashboard.summary}.
 */
@Sample(
        shows = "Loaders write plain fields and count a CountDownLatch down; a reporter awaits it and reads"
                + " them: countDown happens-before the return from await, no race.",
        expect = "none",
        twin = "StopFlagRace")
public final class CountDownLatchHandOff {

    private CountDownLatchHandOff() {
    }

    /** The figures of a dashboard, each written by one thread and handed over through a latch. */
    static final class Dashboard {
        int users;
        int orders;
        String summary;
    }

    public static void main(String[] args) throws InterruptedException {
        Dashboard dashboard = new Dashboard();
        CountDownLatch loaded = new CountDownLatch(2);
        CountDownLatch reported = new CountDownLatch(1);
        Thread users = new Thread(() -> {
            dashboard.users = 1_204;
            loaded.countDown();
        }, "load-users");
        Thread orders = new Thread(() -> {
            dashboard.orders = 87;
            loaded.countDown();
        }, "load-orders");
        Thread reporter = new Thread(() -> {
            try {
                loaded.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            dashboard.summary = dashboard.users + " users placed " + dashboard.orders + " orders";
            reported.countDown();
        }, "reporter");
        reporter.start();
        users.start();
        orders.start();
        reported.await();
        System.out.println(dashboard.summary);
        users.join();
        orders.join();
        reporter.join();
    }
}
