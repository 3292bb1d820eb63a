package example.pools;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A help desk's one-thread pool runs shifts: each shift waits until main opens the desk, a handover note is queued
 * behind it, and main, once the shift is ready, sorts the day's tickets, opens the desk, then waits for the shift and the note. Correct: main counts the latch down before
 * it waits, so each shift goes on and the note runs after it; many rounds, so that some look of a deadlock watch falls
 * between main's wait and the woken shift's first instruction.
 */
// weft: expect none
public final class ShiftHandover {

    public static void main(String[] args) throws Exception {
        long rounds = args.length > 0 ? Long.parseLong(args[0]) : 3000;
        ExecutorService desk = Executors.newSingleThreadExecutor();
        long handedOver = 0;
        for (long round = 0; round < rounds; round++) {
            CountDownLatch ready = new CountDownLatch(1);
            CountDownLatch opened = new CountDownLatch(1);
            Future<?> shift = desk.submit(() -> {
                ready.countDown();
                opened.await();
                return null;
            });
            Future<Integer> note = desk.submit(() -> 1);
            ready.await();
            Thread.sleep(1); // the day's tickets sorted
            opened.countDown();
            shift.get();
            handedOver += note.get();
        }
        desk.shutdown();
        System.out.println("shifts handed over: " + handedOver);
    }
}
