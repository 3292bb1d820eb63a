package example.app;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
/** A task run after a delay and a stage completed on a timeout add to a plain counter that main adds to too: races. */
public final class DelayedStagesRace {
    static int count;
    public static void main(String[] args) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(2);
        CompletableFuture.runAsync(() -> {
            count++;
            done.countDown();
        }, CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
        new CompletableFuture<Integer>().completeOnTimeout(1, 2, TimeUnit.SECONDS).thenAccept(one -> {
            count += one;
            done.countDown();
        });
        count++;
        done.await();
        System.out.println("count " + count);
    }
}
