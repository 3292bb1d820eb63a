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
 * it into a volatile field that request threads read.
 */
// weft: expect none
public final class ConfigRefresherFixed {

    static final class SettingsHolder {
        private volatile Map<String, String> current = Map.of("timeout", "100");
        private final AtomicInteger version = new AtomicInteger();

        void reload() {
            Map<String, String> fresh = new HashMap<>();
            int v = version.incrementAndGet();
            fresh.put("timeout", Integer.toString(100 + v));
            fresh.put("version", Integer.toString(v));
            current = fresh;
        }

        String get(String key) {
            Map<String, String> snapshot = current;
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
