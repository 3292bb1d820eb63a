package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

/**
 * A utility's meter gateway queues readings on an {@code ArrayBlockingQueue} with {@code offer(timeout)}; the
 * billing thread takes them in batches with {@code drainTo} and hands each finished batch total back to the
 * gateway through a {@code SynchronousQueue}.
 */
// weft: expect none
public final class MeterReadingsDrainTo {

    static final class Reading {
        String meter;
        long wattHours;
    }

    static final class BatchTotal {
        int readings;
        long wattHours;
    }

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Reading> readings = new ArrayBlockingQueue<>(64);
        SynchronousQueue<BatchTotal> totals = new SynchronousQueue<>();
        int count = 2_000;
        Thread billing = new Thread(() -> {
            List<Reading> batch = new ArrayList<>();
            BatchTotal total = new BatchTotal();
            try {
                while (total.readings < count) {
                    Reading first = readings.poll(5, TimeUnit.SECONDS);
                    batch.add(first);
                    readings.drainTo(batch, 31);
                    for (Reading r : batch) {
                        total.wattHours += r.wattHours + r.meter.length();
                        total.readings++;
                    }
                    batch.clear();
                }
                totals.put(total);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "billing");
        billing.start();
        for (int i = 0; i < count; i++) {
            Reading r = new Reading();
            r.meter = "m" + i % 50;
            r.wattHours = 100 + i % 7;
            while (!readings.offer(r, 10, TimeUnit.MILLISECONDS)) {
                Thread.onSpinWait();
            }
        }
        BatchTotal total = totals.take();
        billing.join();
        System.out.println(total.readings + " readings, " + total.wattHours + " Wh");
    }
}
