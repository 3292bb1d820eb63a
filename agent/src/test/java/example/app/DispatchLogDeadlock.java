package example.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;

/**
 * {@link DispatchLogInversion} without the latch, each thread holding its first lock when the other goes for it (a
 * barrier they meet at, whichever runs first): the dispatcher, holding the depot's monitor, blocks inside the log's
 * {@code add} on the log's mutex, which the auditor holds while it waits for the depot. A real deadlock.
 */
public final class DispatchLogDeadlock {
    static final Object depot = new Object();
    static final List<String> log = Collections.synchronizedList(new ArrayList<>());
    static final CyclicBarrier bothHoldOne = new CyclicBarrier(2);
    static int stock = 10;

    public static void main(String[] args) throws Exception {
        Thread dispatcher = new Thread(() -> {
            synchronized (depot) {
                stock--;
                meet();
                log.add("shipped 1");
            }
        }, "dispatcher");
        Thread auditor = new Thread(() -> {
            synchronized (log) {
                meet();
                synchronized (depot) {
                    System.out.println(log.size() + " shipped, " + stock + " left");
                }
            }
        }, "auditor");
        dispatcher.start(); auditor.start(); dispatcher.join(); auditor.join();
        System.out.println("done");
    }

    static void meet() {
        try {
            bothHoldOne.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
