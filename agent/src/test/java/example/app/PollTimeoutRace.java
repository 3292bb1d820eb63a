package example.app;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
/**
 * A consumer waits 100 ms for a producer's result and, when the wait times out, falls back to a default it
 * writes itself. The producer is quick, so the poll gets the result; only if the producer is slow (a busy
 * machine) does the poll time out, and then the fallback's write races with the producer's.
 */
public final class PollTimeoutRace {
    static int result;
    static int progress;
    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Integer> ready = new LinkedBlockingQueue<>();
        Thread producer = new Thread(() -> {
            for (int i = 1; i <= 3; i++) {
                progress = i;
            }
            result = 6;
            ready.add(result);
        }, "producer");
        Thread consumer = new Thread(() -> {
            try {
                if (ready.poll(100, TimeUnit.MILLISECONDS) == null) {
                    result = -1;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "consumer");
        producer.start();
        consumer.start();
        producer.join();
        consumer.join();
        System.out.println("result " + result + " progress " + progress);
    }
}
