package example.racehunt;

import java.util.Iterator;

/** The fixed twin of {@code SelfIteratingRange}: each {@code iterator()} call makes a cursor of its own. */
// weft: expect none
public final class SelfIteratingRangeCursors {

    record PageRange(int last) implements Iterable<Integer> {
        @Override
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                private int cursor = 1;

                @Override
                public boolean hasNext() {
                    return cursor <= last;
                }

                @Override
                public Integer next() {
                    return cursor++;
                }
            };
        }
    }

    static long export(PageRange pages) {
        long sum = 0;
        for (int page : pages) {
            sum += page;
        }
        return sum;
    }

    public static void main(String[] args) throws InterruptedException {
        PageRange pages = new PageRange(300);
        long[] sums = new long[2];
        Threads.runAll(new String[] {"exporter-1", "exporter-2"}, () -> sums[0] = export(pages), () -> sums[1] = export(pages));
        System.out.println("pages exported: " + (sums[0] + sums[1]));
    }
}
