package example.racehunt;

/** {@link LongStampsTorn} fixed: the ring's slots are written and read under the ring's lock. */
// weft: expect none
public final class LongStampsTornLocked {

    static final long[] STAMPS = new long[8];

    public static void main(String[] args) throws InterruptedException {
        long[] oldest = {Long.MAX_VALUE};
        Threads.runAll(new String[] {"sequencer", "monitor"}, () -> {
            for (int i = 0; i < 4000; i++) {
                synchronized (STAMPS) {
                    STAMPS[i & 7] = System.nanoTime();
                }
            }
        }, () -> {
            for (int i = 0; i < 4000; i++) {
                synchronized (STAMPS) {
                    oldest[0] = Math.min(oldest[0], STAMPS[i & 7]);
                }
            }
        });
        System.out.println(oldest[0] > 0);
    }
}
