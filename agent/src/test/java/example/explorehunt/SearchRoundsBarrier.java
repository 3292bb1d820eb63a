package example.explorehunt;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * A barrier misuse: two searchers meet at a barrier after each round; the one that finds the target sets a
 * stop flag and leaves without meeting the other. When the other checked the flag just before it was set,
 * it awaits the barrier forever.
 */
// weft: expect deadlock
public final class SearchRoundsBarrier {

    private static final CyclicBarrier ROUND = new CyclicBarrier(2);
    private static final int[] HAYSTACK = {4, 8, 15, 16, 23, 42};
    private static volatile boolean stop;

    static void search(int first, int target) {
        try {
            for (int i = first; i < HAYSTACK.length; i += 2) {
                if (HAYSTACK[i] == target) {
                    stop = true;
                    System.out.println("found " + target + " at " + i);
                    return; // leaves without meeting the other searcher at the barrier
                }
                if (stop) {
                    return;
                }
                ROUND.await();
            }
        } catch (InterruptedException | BrokenBarrierException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread even = new Thread(() -> search(0, 15), "even");
        Thread odd = new Thread(() -> search(1, 15), "odd");
        even.start();
        odd.start();
        even.join();
        odd.join();
    }
}
