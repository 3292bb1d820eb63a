package example.apphunt;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A service whose settings a scheduled task reloads: each reload builds a fresh {@code HashMap} and swaps
 * an immutable copy of it into a plain field that request threads read. (Published as it is, or as a
 * read-only view, the map's contents would race too when a request reads a reloaded map, which depends on
 * timing here: {@code RacyHashMapSwap} among the samples shows that race.)
 */
// weft: expect race example.apphunt.ConfigRefresher$SettingsHolder.current threads=config-refresh-1,request-*
public final class ConfigRefresher {

    static final class SettingsHolder {
        private Map<String, String> current = Map.of("timeout", "100");
        private final AtomicInteger version = new AtomicInteger();

        void reload() {
            Map<String, String> fresh = new HashMap<>();
            int v = version.incrementAndGet();
            fresh.put("timeout", Integer.toString(100 + v));
            fresh.put("version", Integer.toString(v));
            current = Map.copyOf(fresh); // weft: race
        }

        String get(String key) {
            Map<String, String> snapshot = current; // weft: race
            return snapshot.getOrDefault(key, "?");
        }
    }

    static final class RequestWorker extends Thread {
        private final SettingsHolder settings;
        private final CountDownLatch finished;
        private int slowRequests;

        RequestWorker(int id, SettingsHolder settings, CountDownLatch finished) {
            super("request-" + id);
            this.settings = settings;
            this.finished = finished;
        }

        @Override
        public void run() {
            for (int i = 0; i < 50; i++) {
                if (Integer.parseInt(settings.get("timeout")) > 102) {
                    slowRequests++;
                }
                Thread.yield();
            }
            finished.countDown();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        SettingsHolder settings = new SettingsHolder();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(new NamedThreads("config-refresh"));
        ScheduledFuture<?> refreshing = scheduler.scheduleWithFixedDelay(settings::reload, 0, 1, TimeUnit.MILLISECONDS);
        CountDownLatch finished = new CountDownLatch(2);
        RequestWorker[] workers = {new RequestWorker(1, settings, finished), new RequestWorker(2, settings, finished)};
        for (RequestWorker worker : workers) {
            worker.start();
        }
        finished.await();
        refreshing.cancel(false);
        scheduler.shutdown();
        if (!scheduler.awaitTermination(1, TimeUnit.MINUTES)) {
            throw new IllegalStateException("scheduler did not terminate");
        }
        for (RequestWorker worker : workers) {
            System.out.println(worker.getName() + ": " + worker.slowRequests + " slow");
        }
    }
}
