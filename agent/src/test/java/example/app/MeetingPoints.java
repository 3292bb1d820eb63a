package example.app;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Exchanger;
import java.util.concurrent.Phaser;
/**
 * Three workers meet at a CyclicBarrier (with a barrier action) for three rounds, then at a Phaser for two
 * phases; two of them swap their counts through an Exchanger: calls that wait for one another.
 */
public final class MeetingPoints {
    static int rounds;
    public static void main(String[] args) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(3, () -> rounds++);
        Phaser phaser = new Phaser(3);
        Exchanger<Integer> exchanger = new Exchanger<>();
        int[] done = new int[3];
        int[] swapped = new int[3];
        Thread[] workers = new Thread[3];
        for (int w = 0; w < 3; w++) {
            int me = w;
            workers[w] = new Thread(() -> {
                try {
                    for (int round = 0; round < 3; round++) { done[me]++; barrier.await(); }
                    for (int phase = 0; phase < 2; phase++) { done[me]++; phaser.arriveAndAwaitAdvance(); }
                    phaser.arriveAndDeregister();
                    if (me < 2) { swapped[me] = exchanger.exchange(me + 10); }
                } catch (Exception e) { done[me] = -100; }
            }, "worker-" + w);
        }
        for (Thread worker : workers) { worker.start(); }
        for (Thread worker : workers) { worker.join(); }
        System.out.println("rounds " + rounds + " done " + (done[0] + done[1] + done[2]) + " swapped " + swapped[0] + "," + swapped[1]);
    }
}
