package example.exploreshapes;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/** The correct twin of {@link PollTimeoutDrain}: an empty {@code poll(timeout)} only means "poll again"; a poison pill ends the stream. */
// weft: expect none
public final class PollUntilPoisonPill {

    private static final int END = -1;

    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Integer> jobs = new ArrayBlockingQueue<>(4);
        int[] done = new int[1];
        Thread consumer = new Thread(() -> {
            try {
                while (true) {
                    Integer job = jobs.poll(30, TimeUnit.MILLISECONDS);
                    if (job == null) {
                        continue;
                    }
                    if (job == END) {
                        return;
                    }
                    done[0]++;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "consumer");
        Thread producer = new Thread(() -> {
            jobs.add(0);
            jobs.add(1);
            jobs.add(END);
        }, "producer");
        consumer.start();
        producer.start();
        producer.join();
        consumer.join();
        if (done[0] != 2) {
            throw new IllegalStateException("jobs left undone: " + (2 - done[0]));
        }
    }
}
