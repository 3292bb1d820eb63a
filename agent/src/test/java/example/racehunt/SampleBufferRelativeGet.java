package example.racehunt;

import java.nio.ShortBuffer;

/**
 * An audio mixer reads samples with a {@code ShortBuffer}'s relative {@code get()} over an array a capture
 * thread keeps filling element by element: the buffer reads the shared array inside the JDK.
 */
// weft: expect race short[] threads=capture,mixer
public final class SampleBufferRelativeGet {

    static final short[] SAMPLES = new short[8];

    public static void main(String[] args) throws InterruptedException {
        long[] level = new long[1];
        Threads.runAll(new String[] {"capture", "mixer"}, () -> {
            for (int i = 0; i < 4000; i++) {
                SAMPLES[i % 8] = (short) i; // weft: race
            }
        }, () -> {
            for (int round = 0; round < 500; round++) {
                ShortBuffer samples = ShortBuffer.wrap(SAMPLES);
                while (samples.hasRemaining()) {
                    level[0] += samples.get(); // weft: race
                }
            }
        });
        System.out.println("level " + level[0]);
    }
}
