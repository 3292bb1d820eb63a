package example.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@link DispatchLogInversion} with the auditor taking the depot's monitor first, then the log's lock, as the
 * dispatcher does: one order, no cycle, nothing to report.
 */
public final class DispatchLogOrdered {
    static final Object depot = new Object();
    static final List<String> log = Collections.synchronizedList(new ArrayList<>());
    static int stock = 10;

    public static void main(String[] args) throws Exception {
        Thread dispatcher = new Thread(() -> {
            synchronized (depot) {
                stock--;
                log.add("shipped 1");
            }
        }, "dispatcher");
        Thread auditor = new Thread(() -> {
            synchronized (depot) {
                synchronized (log) {
                    System.out.println(log.size() + " shipped, " + stock + " left");
                }
            }
        }, "auditor");
        dispatcher.start(); auditor.start(); dispatcher.join(); auditor.join();
        System.out.println("done");
    }
}
