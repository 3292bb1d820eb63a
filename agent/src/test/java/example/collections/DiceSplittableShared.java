package example.collections;

import java.util.SplittableRandom;

/**
 * A board game's two table threads roll dice with one {@code SplittableRandom}, whose seed is a plain field (it is
 * made to be split per thread, not shared): both advance it with no lock, so rolls repeat.
 */
// weft: expect race example.collections.DiceSplittableShared$Table.dice threads=table-1,table-2 collection=java.util.SplittableRandom
public final class DiceSplittableShared {

    static final class Table {
        final SplittableRandom dice = new SplittableRandom(42);

        int roll() {
            return 1 + dice.nextInt(6); // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Table table = new Table();
        int[] sums = new int[2];
        Threads.runAll(new String[] {"table-1", "table-2"}, () -> {
            for (int i = 0; i < 500; i++) {
                sums[0] += table.roll();
            }
        }, () -> {
            for (int i = 0; i < 500; i++) {
                sums[1] += table.roll();
            }
        });
        System.out.println("sum of rolls: " + (sums[0] + sums[1]));
    }
}
