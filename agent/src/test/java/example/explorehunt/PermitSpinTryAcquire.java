package example.explorehunt;

import java.util.concurrent.Semaphore;

/**
 * A consumer spins on a {@code Semaphore}'s untimed {@code tryAcquire()} with {@code Thread.onSpinWait()} until the
 * producer releases the permit for its item. Correct where threads are preempted; under a cooperative scheduler a
 * consumer that spins first keeps the CPU the producer waits for (a starvation). Before the twenty-second session the
 * untimed {@code tryAcquire()} was no scheduling point, and a controlled run could not take the CPU from the spin.
 */
// weft: expect none
public final class PermitSpinTryAcquire {

    static final Semaphore ITEMS = new Semaphore(0);
    static String item;

    public static void main(String[] args) throws InterruptedException {
        Thread consumer = new Thread(() -> {
            while (!ITEMS.tryAcquire()) {
                Thread.onSpinWait();
            }
            System.out.println("consumed " + item);
        }, "consumer");
        Thread producer = new Thread(() -> {
            item = "invoice";
            ITEMS.release();
        }, "producer");
        consumer.start();
        producer.start();
        consumer.join();
        producer.join();
    }
}
