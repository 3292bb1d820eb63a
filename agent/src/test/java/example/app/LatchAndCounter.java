package example.app;
import java.util.concurrent.CountDownLatch;
/**
 * A worker counts under a lock after a latch opens: the latch's await is a blocking call the scheduling
 * model does not know, so the controlled run finishes but is not exactly replayable.
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
