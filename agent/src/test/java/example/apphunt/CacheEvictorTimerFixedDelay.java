package example.apphunt;

import java.util.HashMap;
import java.util.Map;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CountDownLatch;

/**
 * A session cache with an evictor on a {@code java.util.Timer} at a fixed delay ({@code schedule(task, delay,
 * period)}): the evictor and the request threads share the map under its monitor; the evictor keeps its own sweep
 * statistics in plain fields from one run to the next (all runs are in the timer's thread), and after its tenth run it
 * cancels itself and counts down a latch, after which {@code main} reads the statistics, cancels and purges the timer.
 */
// weft: expect none
public final class CacheEvictorTimerFixedDelay {

    static final class Evictor extends TimerTask {
        private final Map<String, Long> sessions;
        private final CountDownLatch finished;
        int runs;
        int evicted;
        long lastSweepSize;

        Evictor(Map<String, Long> sessions, CountDownLatch finished) {
            this.sessions = sessions;
            this.finished = finished;
        }

        @Override
        public void run() {
            synchronized (sessions) {
                lastSweepSize = sessions.size();
                int before = sessions.size();
                sessions.values().removeIf(lastSeen -> lastSeen % 3 == 0);
                evicted += before - sessions.size();
            }
            if (++runs == 10) {
                cancel();
                finished.countDown();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, Long> sessions = new HashMap<>();
        CountDownLatch finished = new CountDownLatch(1);
        Evictor evictor = new Evictor(sessions, finished);
        Timer timer = new Timer("evictor", true);
        timer.schedule(evictor, 1, 2);
        Thread[] requests = new Thread[2];
        for (int r = 0; r < requests.length; r++) {
            int me = r;
            requests[r] = new Thread(() -> {
                for (long i = 0; i < 300; i++) {
                    synchronized (sessions) {
                        sessions.put("s" + me + "-" + i % 40, i);
                    }
                }
            }, "request-" + r);
            requests[r].start();
        }
        for (Thread request : requests) {
            request.join();
        }
        finished.await();
        timer.cancel();
        timer.purge();
        System.out.println(evictor.runs + " runs, " + evictor.evicted + " evicted, last " + evictor.lastSweepSize);
    }
}
