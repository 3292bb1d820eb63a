package example.racehunt;

import java.nio.ShortBuffer;

/** {@link SampleBufferRelativeGet} fixed: capture and mixer take the samples' lock. */
// weft: expect none
public final class SampleBufferRelativeGetLocked {

    static final short[] SAMPLES = new short[8];

    public static void main(String[] args) throws InterruptedException {
        long[] level = new long[1];
        Threads.runAll(new String[] {"capture", "mixer"}, () -> {
            for (int i = 0; i < 4000; i++) {
                synchronized (SAMPLES) {
                    SAMPLES[i % 8] = (short) i;
                }
            }
        }, () -> {
            for (int round = 0; round < 500; round++) {
                synchronized (SAMPLES) {
                    ShortBuffer samples = ShortBuffer.wrap(SAMPLES);
                    while (samples.hasRemaining()) {
                        level[0] += samples.get();
                    }
                }
            }
        });
        System.out.println("level " + level[0]);
    }
}
