package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook dispatcher retries failed deliveries with backoff through a {@code DelayQueue}: two delivery threads
 * {@code take} due attempts, record the attempt in the delivery (a plain list and counters), and on failure put it back
 * with a later due time; the last delivery to settle counts the dispatcher down ({@code AtomicInteger}) and puts one
 * stop marker per thread. The main thread joins the delivery threads and reads every delivery's history.
 */
// weft: expect none
public final class RetryQueueDelayedBackoff {

    static final class Delivery implements Delayed {
        final String url;
        final int failuresBeforeSuccess;
        final List<String> attempts = new ArrayList<>();
        long dueNanos;
        boolean delivered;

        Delivery(String url, int failuresBeforeSuccess, long dueNanos) {
            this.url = url;
            this.failuresBeforeSuccess = failuresBeforeSuccess;
            this.dueNanos = dueNanos;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(dueNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }
    }

    public static void main(String[] args) throws Exception {
        DelayQueue<Delivery> due = new DelayQueue<>();
        List<Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Delivery delivery = new Delivery("https://hooks.example.com/" + i, i % 3, System.nanoTime());
            deliveries.add(delivery);
            due.put(delivery);
        }
        AtomicInteger unsettled = new AtomicInteger(deliveries.size());
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            Thread worker = new Thread(() -> {
                try {
                    while (true) {
                        Delivery delivery = due.take();
                        if (delivery.url == null) {
                            return; // the stop marker
                        }
                        delivery.attempts.add(Thread.currentThread().getName());
                        if (delivery.attempts.size() > delivery.failuresBeforeSuccess) {
                            delivery.delivered = true;
                            if (unsettled.decrementAndGet() == 0) {
                                for (int s = 0; s < 2; s++) {
                                    due.put(new Delivery(null, 0, System.nanoTime()));
                                }
                            }
                        } else {
                            delivery.dueNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(2L << delivery.attempts.size());
                            due.put(delivery);
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "delivery-" + w);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        int attempts = 0;
        for (Delivery delivery : deliveries) {
            if (!delivery.delivered) {
                throw new IllegalStateException(delivery.url);
            }
            attempts += delivery.attempts.size();
        }
        System.out.println(deliveries.size() + " delivered in " + attempts + " attempts");
    }
}
