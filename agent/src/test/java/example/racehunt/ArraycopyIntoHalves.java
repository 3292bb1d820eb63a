package example.racehunt;

import java.util.Arrays;

/**
 * Correct: two loaders copy their blocks into the two halves of one fresh page with {@code System.arraycopy},
 * the halves disjoint; {@code main} checksums the whole page after joining them.
 */
// weft: expect none
public final class ArraycopyIntoHalves {

    public static void main(String[] args) throws InterruptedException {
        byte[] page = new byte[1024];
        byte[] low = new byte[512];
        byte[] high = new byte[512];
        Arrays.fill(high, (byte) 7);
        Threads.runAll(new String[] {"low-loader", "high-loader"}, () -> {
            for (int i = 0; i < 200; i++) {
                System.arraycopy(low, 0, page, 0, 512);
            }
        }, () -> {
            for (int i = 0; i < 200; i++) {
                System.arraycopy(high, 0, page, 512, 512);
                Arrays.fill(page, 600, 700, (byte) i);
            }
        });
        System.out.println(Arrays.hashCode(page));
    }
}
