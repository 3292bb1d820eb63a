package example.racehunt;

import java.util.concurrent.atomic.AtomicInteger;

/** The twin of {@link SlowestRequestPlainName}: the monitor's {@code finished} is {@code synchronized}. */
// weft: expect none
public final class SlowestRequestLockedMax {

    static final class Monitor {
        final AtomicInteger requests = new AtomicInteger();
        long slowestMillis;
        String slowestPath = "";

        synchronized void finished(String path, long millis) {
            if (millis > slowestMillis) {
                slowestMillis = millis;
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
