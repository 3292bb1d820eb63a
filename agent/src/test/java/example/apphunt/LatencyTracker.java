package example.apphunt;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicStampedReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * An API gateway tracks latencies: request threads count into an {@code AtomicLongArray} of buckets and a
 * {@code LongAdder}, and publish the slowest request (a mutable record, filled before) through an
 * {@code AtomicStampedReference} whose stamp counts the replacements; a reporter reads them after joining.
 */
// weft: expect none
public final class LatencyTracker {

    static final class Slowest {
        String path;
        long micros;
    }

    public static void main(String[] args) throws Exception {
        AtomicLongArray buckets = new AtomicLongArray(4);
        LongAdder requests = new LongAdder();
        Slowest none = new Slowest();
        none.path = "-";
        AtomicStampedReference<Slowest> slowest = new AtomicStampedReference<>(none, 0);
        Thread[] handlers = new Thread[2];
        for (int h = 0; h < handlers.length; h++) {
            int handler = h;
            handlers[h] = new Thread(() -> {
                for (int i = 0; i < 100; i++) {
                    long micros = (i * 37L + handler * 11) % 1000;
                    buckets.incrementAndGet((int) (micros / 250));
                    requests.increment();
                    int[] stamp = new int[1];
                    Slowest current = slowest.get(stamp);
                    if (micros > current.micros) {
                        Slowest candidate = new Slowest();
                        candidate.path = "/api/" + handler + "/" + i;
                        candidate.micros = micros;
                        slowest.compareAndSet(current, candidate, stamp[0], stamp[0] + 1);
                    }
                }
            }, "handler-" + h);
            handlers[h].start();
        }
        for (Thread handler : handlers) {
            handler.join();
        }
        Slowest worst = slowest.getReference();
        System.out.println(requests.sum() + " requests, bucket0 " + buckets.get(0) + ", slowest " + worst.path + " " + worst.micros
                + " after " + slowest.getStamp() + " replacements");
    }
}
