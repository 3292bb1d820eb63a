package example.racehunt;

/**
 * A sequencer stamps slots of a {@code long[]} ring with nanosecond times while a monitor reads them: a plain
 * {@code long} element may even be read half old, half new (JLS 17.7).
 */
// weft: expect race long[] threads=sequencer,monitor
public final class LongStampsTorn {

    static final long[] STAMPS = new long[8];

    public static void main(String[] args) throws InterruptedException {
        long[] oldest = {Long.MAX_VALUE};
        Threads.runAll(new String[] {"sequencer", "monitor"}, () -> {
            for (int i = 0; i < 4000; i++) {
                STAMPS[i & 7] = System.nanoTime(); // weft: race
            }
        }, () -> {
            for (int i = 0; i < 4000; i++) {
                oldest[0] = Math.min(oldest[0], STAMPS[i & 7]); // weft: race
            }
        });
        System.out.println(oldest[0] > 0);
    }
}
