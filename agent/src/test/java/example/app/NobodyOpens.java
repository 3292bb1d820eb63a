package example.app;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
/** Every thread ends up waiting: the waiter on a latch only the main thread would open, the main thread on an empty queue. */
public final class NobodyOpens {
    public static void main(String[] args) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        LinkedBlockingQueue<String> results = new LinkedBlockingQueue<>();
        Thread waiter = new Thread(() -> {
            try {
                gate.await();
                results.put("done");
            } catch (InterruptedException e) { return; }
        }, "waiter");
        waiter.start();
        System.out.println(results.take());
        gate.countDown();
    }
}
