package example.explorehunt;

/**
 * A bug of depth three, with no data race (the fields are volatile): the auditor sees the transfer's
 * {@code inFlight} mark only if it is preempted right after setting it, then it must be preempted between
 * its own two reads for the second to see the mark cleared, which it treats as an impossible state.
 */
// weft: expect failure
public final class NarrowWindow {

    private static volatile boolean inFlight;
    private static volatile int steps;

    public static void main(String[] args) throws InterruptedException {
        Thread transfer = new Thread(() -> {
            for (int i = 0; i < 5; i++) {
                steps++;
            }
            inFlight = true;
            inFlight = false;
            for (int i = 0; i < 5; i++) {
                steps++;
            }
        }, "transfer");
        boolean[] broken = new boolean[1];
        Thread auditor = new Thread(() -> {
            for (int i = 0; i < 5; i++) {
                if (inFlight) {
                    broken[0] = !inFlight; // the mark vanished between two reads
                    return;
                }
            }
        }, "auditor");
        transfer.start();
        auditor.start();
        transfer.join();
        auditor.join();
        if (broken[0]) {
            throw new IllegalStateException("transfer seen half done");
        }
        System.out.println("consistent");
    }
}
