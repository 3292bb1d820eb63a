package example.app;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;
/**
 * Hand-offs through a SynchronousQueue, a LinkedTransferQueue's transfer, a bounded deque's first and last
 * ends, and a DelayQueue whose element is due in an hour (a delay the scheduling model ends).
 */
public final class HandOffQueues {
    record Due(long at) implements Delayed {
        public long getDelay(TimeUnit unit) { return unit.convert(at - System.nanoTime(), TimeUnit.NANOSECONDS); }
        public int compareTo(Delayed other) { return Long.compare(at, ((Due) other).at); }
    }
    public static void main(String[] args) throws Exception {
        SynchronousQueue<Integer> direct = new SynchronousQueue<>();
        LinkedTransferQueue<Integer> transfers = new LinkedTransferQueue<>();
        LinkedBlockingDeque<Integer> deque = new LinkedBlockingDeque<>(1);
        DelayQueue<Due> delays = new DelayQueue<>();
        int[] sum = new int[1];
        Thread consumer = new Thread(() -> {
            try {
                for (int i = 0; i < 3; i++) { sum[0] += direct.take(); }
                for (int i = 0; i < 3; i++) { sum[0] += transfers.take(); }
                for (int i = 0; i < 3; i++) { sum[0] += deque.takeLast(); }
                delays.take();
                sum[0] += 1000;
            } catch (InterruptedException e) { sum[0] = -1; }
        }, "consumer");
        consumer.start();
        for (int i = 1; i <= 3; i++) { direct.put(i); }
        for (int i = 1; i <= 3; i++) { transfers.transfer(10 * i); }
        for (int i = 1; i <= 3; i++) { deque.putFirst(100 * i); }
        delays.put(new Due(System.nanoTime() + TimeUnit.HOURS.toNanos(1)));
        consumer.join();
        System.out.println("sum " + sum[0]);
    }
}
