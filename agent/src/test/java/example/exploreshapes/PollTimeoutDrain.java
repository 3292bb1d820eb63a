package example.exploreshapes;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A consumer takes an empty {@code poll(timeout)} for the end of the stream: a slow producer's jobs are left undone. */
// weft: expect failure
public final class PollTimeoutDrain {

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Integer> jobs = new ArrayBlockingQueue<>(4);
        AtomicInteger done = new AtomicInteger();
        Thread consumer = new Thread(() -> {
            try {
                while (jobs.poll(30, TimeUnit.MILLISECONDS) != null) { // weft: times out early
                    done.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "consumer");
        Thread producer = new Thread(() -> {
            for (int i = 0; i < 2; i++) {
                jobs.add(i);
            }
        }, "producer");
        consumer.start();
        producer.start();
        producer.join();
        consumer.join();
        if (done.get() != 2) {
            throw new IllegalStateException("jobs left undone: " + (2 - done.get()));
        }
    }
}
