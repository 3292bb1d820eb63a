package example.racehunt;

/** A worker counts in a plain field and sets a volatile done flag last; the monitor reads the count once it sees the flag. */
// weft: expect none
public final class VolatileStopCounter {

    private static long processed;
    private static volatile boolean done;

    public static void main(String[] args) throws InterruptedException {
        Runnable worker = () -> {
            for (int i = 0; i < 1_000; i++) {
                processed++;
            }
            done = true;
        };
        Runnable monitor = () -> {
            while (!done) {
                Thread.onSpinWait();
            }
            System.out.println("processed " + processed);
        };
        Threads.runAll(new String[] {"worker", "monitor"}, worker, monitor);
    }
}
