package example.app;
import java.util.ArrayDeque;
/**
 * A correct one-slot buffer: two consumers and a producer, each synchronized block beginning with its
 * wait loop ({@code while (..) wait();}), whose first instruction is a jump target; notifyAll.
 */
public final class BoundedBuffer {
    static final ArrayDeque<Integer> slot = new ArrayDeque<>();
    static void put(int x) throws InterruptedException {
        synchronized (slot) {
            while (slot.size() == 1) { slot.wait(); }
            slot.add(x);
            slot.notifyAll();
        }
    }
    static int take() throws InterruptedException {
        synchronized (slot) {
            while (slot.isEmpty()) { slot.wait(); }
            int x = slot.remove();
            slot.notifyAll();
            return x;
        }
    }
    public static void main(String[] args) throws Exception {
        int[] sums = new int[2];
        Thread[] consumers = new Thread[2];
        for (int c = 0; c < 2; c++) {
            int me = c;
            consumers[c] = new Thread(() -> {
                try { for (int i = 0; i < 3; i++) { sums[me] += take(); } } catch (InterruptedException e) { }
            }, "consumer-" + c);
        }
        Thread producer = new Thread(() -> {
            try { for (int i = 1; i <= 6; i++) { put(i); } } catch (InterruptedException e) { }
        }, "producer");
        for (Thread c : consumers) { c.start(); }
        producer.start();
        for (Thread c : consumers) { c.join(); }
        producer.join();
        System.out.println("sum " + (sums[0] + sums[1]));
    }
}
