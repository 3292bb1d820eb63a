package example.app;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
/**
 * Threads paced by sleeps and timed waits, as programs pace them: a producer sleeps before each item, main
 * polls for them with a timeout and tries again when a poll times out, a ticker sleeps between ticks until
 * main stops it. Correct: the same result in every schedule, and nothing to report.
 */
public final class SleepPacing {
    static volatile boolean stop;
    static int ticks;
    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Integer> items = new LinkedBlockingQueue<>();
        Thread producer = new Thread(() -> {
            try {
                for (int i = 1; i <= 10; i++) {
                    Thread.sleep(5);
                    items.put(i);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "producer");
        Thread ticker = new Thread(() -> {
            try {
                while (!stop) {
                    ticks++;
                    Thread.sleep(1);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ticker");
        producer.start();
        ticker.start();
        int sum = 0;
        for (int got = 0; got < 10; ) {
            Integer item = items.poll(20, TimeUnit.MILLISECONDS);
            if (item != null) {
                sum += item;
                got++;
            }
        }
        Thread.sleep(10);
        stop = true;
        ticker.join();
        producer.join(1000);
        System.out.println("sum " + sum + " producer ended " + !producer.isAlive() + " ticks " + (ticks >= 0));
    }
}
