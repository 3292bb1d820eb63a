package example.app;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
/** A pool of one thread whose first task waits for an item its second task puts: the JDK's pool makes a spare worker for it. */
public final class CompensatedPool {
    public static void main(String[] args) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(1);
        LinkedBlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
        Future<Integer> taker = pool.submit(() -> queue.take());
        Thread.sleep(100); // without weft: the taker waits first
        pool.submit(() -> { queue.put(42); return null; });
        System.out.println("took " + taker.get());
    }
}
