package example.apphunt;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A cluster node sends heartbeats with {@code scheduleAtFixedRate}: each run updates plain counters of a monitor;
 * the node {@code cancel}s the heartbeat, shuts the scheduler down and reads the counters after
 * {@code awaitTermination}.
 */
// weft: expect none
public final class HeartbeatMonitor {

    static final class Monitor {
        int beats;
        long lastBeatNanos;
        String peer = "node-2";
    }

    public static void main(String[] args) throws Exception {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2, new NamedThreads("heartbeat"));
        Monitor monitor = new Monitor();
        ScheduledFuture<?> heartbeat = scheduler.scheduleAtFixedRate(() -> {
            monitor.beats++;
            monitor.lastBeatNanos = System.nanoTime();
        }, 0, 5, TimeUnit.MILLISECONDS);
        Thread.sleep(60);
        heartbeat.cancel(false);
        scheduler.shutdown();
        scheduler.awaitTermination(10, TimeUnit.SECONDS);
        monitor.beats++;
        System.out.println(monitor.peer + ": " + (monitor.beats > 1 ? "beating" : "silent") + " " + (monitor.lastBeatNanos > 0));
    }
}
