package example.app;
import java.util.concurrent.CountDownLatch;
/**
 * A worker counts under a lock after a latch opens: the latch's await is blocked in the scheduling model
 * until the count reaches zero, so the controlled run stays exactly replayable.
 */
public final class LatchAndCounter {
    static int count;
    public static void main(String[] args) throws Exception {
        CountDownLatch open = new CountDownLatch(1);
        Thread worker = new Thread(() -> {
            try { open.await(); } catch (InterruptedException e) { return; }
            synchronized (LatchAndCounter.class) { count++; }
        }, "worker");
        worker.start();
        Thread.sleep(20);
        synchronized (LatchAndCounter.class) { count++; }
        open.countDown();
        worker.join();
        System.out.println("done " + count);
    }
}
