package example.racehunt;

/**
 * The twin of {@link TallyArrayCapturedByWorker}: the reporter counts into an array of its own that never leaves
 * its method, and reads the worker's captured array only after joining it.
 */
// weft: expect none
public final class TallyArrayKeptLocal {

    static long tally() throws InterruptedException {
        long[] mine = new long[2];
        long[] totals = new long[2];
        Thread worker = new Thread(() -> {
            for (int i = 0; i < 500; i++) {
                totals[0] += i;
            }
        }, "worker");
        worker.start();
        for (int i = 0; i < 500; i++) {
            mine[0] += 2;
        }
        worker.join();
        return totals[0] + mine[0];
    }

    public static void main(String[] args) throws InterruptedException {
        long[] results = new long[2];
        Threads.runAll(new String[] {"reporter-1", "reporter-2"}, () -> results[0] = tallyOrZero(), () -> results[1] = tallyOrZero());
        System.out.println("tallies " + results[0] + " " + results[1]);
    }

    private static long tallyOrZero() {
        try {
            return tally();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
