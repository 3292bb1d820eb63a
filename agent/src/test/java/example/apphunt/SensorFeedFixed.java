package example.apphunt;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link SensorFeed} fixed: each sample is a new {@code Reading}, filled before it is submitted, so the
 * subscriber (in the feed's executor) sees it whole; the reader reads the statistics only after the
 * subscriber's {@code onComplete}, through a latch.
 */
// weft: expect none
public final class SensorFeedFixed {

    static final class Reading {
        String sensor;
        double celsius;
    }

    static final class Stats implements Flow.Subscriber<Reading> {
        private final CountDownLatch done = new CountDownLatch(1);
        private double max = Double.NEGATIVE_INFINITY;
        private int count;

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(Reading reading) {
            max = Math.max(max, reading.celsius);
            count++;
        }

        @Override
        public void onError(Throwable failure) {
            done.countDown();
        }

        @Override
        public void onComplete() {
            done.countDown();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(2, r -> new Thread(r, "feed-" + threads.incrementAndGet()));
        Stats stats = new Stats();
        try (SubmissionPublisher<Reading> feed = new SubmissionPublisher<>(executor, 64)) {
            feed.subscribe(stats);
            for (int i = 0; i < 200; i++) {
                Reading reading = new Reading();
                reading.sensor = "boiler";
                reading.celsius = 60 + i % 25;
                feed.submit(reading);
            }
        }
        stats.done.await();
        executor.shutdown();
        System.out.println(stats.count + " readings, max " + stats.max);
    }
}
