package example.collections;

import java.util.SplittableRandom;

/** The fixed twin of {@code DiceSplittableShared}: main splits one generator per table thread before starting them. */
// weft: expect none
public final class DiceSplittablePerThread {

    public static void main(String[] args) throws InterruptedException {
        SplittableRandom seed = new SplittableRandom(42);
        SplittableRandom first = seed.split();
        SplittableRandom second = seed.split();
        int[] sums = new int[2];
        Threads.runAll(new String[] {"table-1", "table-2"}, () -> {
            for (int i = 0; i < 500; i++) {
                sums[0] += 1 + first.nextInt(6);
            }
        }, () -> {
            for (int i = 0; i < 500; i++) {
                sums[1] += 1 + second.nextInt(6);
            }
        });
        System.out.println("sum of rolls: " + (sums[0] + sums[1]));
    }
}
