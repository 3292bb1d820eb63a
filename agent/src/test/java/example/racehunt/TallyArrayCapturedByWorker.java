package example.racehunt;

/**
 * A report's tally array, made in the method that fills it, looks local; but a worker thread's lambda captures it
 * and adds into the same slot while the reporter still does: the capture lets it out (cost19).
 */
// weft: expect race long[] threads=reporter,worker
public final class TallyArrayCapturedByWorker {

    static long tally() throws InterruptedException {
        long[] totals = new long[2];
        Thread worker = new Thread(() -> {
            for (int i = 0; i < 500; i++) {
                totals[0] += i; // weft: race
            }
        }, "worker");
        worker.start();
        for (int i = 0; i < 500; i++) {
            totals[0] += 2; // weft: race
        }
        worker.join();
        return totals[0];
    }

    public static void main(String[] args) throws InterruptedException {
        long[] result = new long[1];
        Threads.runAll(new String[] {"reporter"}, () -> {
            try {
                result[0] = tally();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        System.out.println("tally " + result[0]);
    }
}
