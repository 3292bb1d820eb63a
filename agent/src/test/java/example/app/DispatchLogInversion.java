package example.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A dispatcher, holding the depot's monitor, appends to a {@code Collections.synchronizedList} log, whose call takes
 * the log's mutex inside the JDK; an auditor holds the log's lock (as its Javadoc asks, to read it whole) and then
 * takes the depot's monitor to compare the stock. The auditor starts its audit once the dispatch is over (a latch,
 * so that this run never deadlocks, whichever thread runs first), but without it the two could: weft predicts the
 * cycle (lock-order), in deadlock-only mode too.
 */
public final class DispatchLogInversion {
    static final Object depot = new Object();
    static final List<String> log = Collections.synchronizedList(new ArrayList<>());
    static int stock = 10;

    public static void main(String[] args) throws Exception {
        CountDownLatch dispatched = new CountDownLatch(1);
        Thread dispatcher = new Thread(() -> {
            synchronized (depot) {
                stock--;
                log.add("shipped 1");
            }
            dispatched.countDown();
        }, "dispatcher");
        Thread auditor = new Thread(() -> {
            try { dispatched.await(); } catch (InterruptedException e) { return; }
            synchronized (log) {
                int shipped = log.size();
                synchronized (depot) {
                    System.out.println(shipped + " shipped, " + stock + " left");
                }
            }
        }, "auditor");
        dispatcher.start(); auditor.start(); dispatcher.join(); auditor.join();
        System.out.println("done");
    }
}
