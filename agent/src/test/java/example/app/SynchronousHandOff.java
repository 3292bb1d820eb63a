package example.app;
import java.util.concurrent.SynchronousQueue;
/**
 * A worker takes from a SynchronousQueue: a blocking call the scheduling model does not know (its state
 * does not say whether a call blocks), so the controlled run finishes but is not exactly replayable.
 */
public final class SynchronousHandOff {
    static int count;
    public static void main(String[] args) throws Exception {
        SynchronousQueue<Integer> queue = new SynchronousQueue<>();
        Thread worker = new Thread(() -> {
            try { count += queue.take(); } catch (InterruptedException e) { return; }
        }, "worker");
        worker.start();
        Thread.sleep(20);
        queue.put(1);
        worker.join();
        System.out.println("done " + (count + 1));
    }
}
