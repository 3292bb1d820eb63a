package example.racehunt;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A request monitor counts requests with an {@code AtomicInteger} (each handler thread adds its batch's count), which
 * is right, but keeps the slowest request's time in a plain field, checked and set by every handler thread: the
 * atomic counter orders nothing of the plain field.
 */
// weft: expect race example.racehunt.SlowestRequestPlainName$Monitor.slowestMillis threads=handler-1,handler-2
public final class SlowestRequestPlainName {

    static final class Monitor {
        final AtomicInteger requests = new AtomicInteger();
        long slowestMillis;
        String slowestPath = "";

        void finished(String path, long millis) {
            if (millis > slowestMillis) { // weft: race
                slowestMillis = millis; // weft: race
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Monitor monitor = new Monitor();
        Threads.runAll(new String[] {"handler-1", "handler-2"}, () -> {
            for (int i = 0; i < 300; i++) {
                monitor.finished("/a/" + i, i % 50);
            }
            monitor.requests.addAndGet(300);
        }, () -> {
            for (int i = 0; i < 300; i++) {
                monitor.finished("/b/" + i, (i * 7) % 60);
            }
            monitor.requests.addAndGet(300);
        });
        System.out.println(monitor.requests.get() + " requests, slowest " + monitor.slowestMillis);
    }
}
