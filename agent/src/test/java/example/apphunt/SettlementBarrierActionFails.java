package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * A settlement run's clearing threads meet at a {@code CyclicBarrier} whose action nets their positions; in the third
 * round the action finds the books unbalanced, records why in the run's report and throws, which breaks the barrier:
 * every clearer's {@code await} throws {@code BrokenBarrierException}, and each reads the report's reason before it
 * stops. The run joins the clearers and reads the report.
 */
// weft: expect none
public final class SettlementBarrierActionFails {

    static final class Report {
        final List<Long> netted = new ArrayList<>();
        String failure;
        int round;
    }

    public static void main(String[] args) throws Exception {
        int clearers = 3;
        long[] positions = new long[clearers];
        Report report = new Report();
        CyclicBarrier barrier = new CyclicBarrier(clearers, () -> {
            long net = 0;
            for (long position : positions) {
                net += position;
            }
            report.round++;
            if (report.round == 3) {
                report.failure = "books unbalanced by " + net + " in round " + report.round;
                throw new IllegalStateException(report.failure);
            }
            report.netted.add(net);
        });
        Thread[] threads = new Thread[clearers];
        String[] stopped = new String[clearers];
        for (int c = 0; c < clearers; c++) {
            int clearer = c;
            threads[c] = new Thread(() -> {
                for (int round = 0; round < 5; round++) {
                    positions[clearer] = (round + 1) * (clearer + 1) * 100L;
                    try {
                        barrier.await();
                    } catch (BrokenBarrierException | IllegalStateException e) {
                        stopped[clearer] = "stopped: " + report.failure;
                        return;
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "clearer-" + c);
            threads[c].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        System.out.println(report.netted + ", " + report.failure + ", " + String.join("; ", stopped));
    }
}
