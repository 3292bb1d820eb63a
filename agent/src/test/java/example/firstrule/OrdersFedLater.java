package example.firstrule;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Packers on a pool of two each take orders from a queue that a feeder thread fills after a pause of over a second; a
 * third packer is queued in the pool. The feeder is a thread of the program that sleeps, then feeds: no deadlock.
 */
public final class OrdersFedLater {

    public static void main(String[] args) throws Exception {
        ExecutorService packers = Executors.newFixedThreadPool(2);
        BlockingQueue<Integer> orders = new LinkedBlockingQueue<>();
        Future<?>[] packed = new Future<?>[3];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = packers.submit(() -> orders.take() * 2);
        }
        Thread feeder = new Thread(() -> {
            try {
                Thread.sleep(1500);
                for (int order = 1; order <= 3; order++) {
                    orders.put(order);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "feeder");
        feeder.start();
        int total = 0;
        for (Future<?> pack : packed) {
            total += (Integer) pack.get();
        }
        feeder.join();
        packers.shutdown();
        System.out.println("packed: " + total);
    }
}
