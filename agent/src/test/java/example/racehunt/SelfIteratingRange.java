package example.racehunt;

import java.util.Iterator;

/**
 * A page range is its own iterator: {@code iterator()} returns {@code this}, so every loop over the range moves one
 * cursor field, which works for one loop at a time. Two exporters loop over the same range with no lock.
 */
// weft: expect race example.racehunt.SelfIteratingRange$PageRange.cursor threads=exporter-1,exporter-2
public final class SelfIteratingRange {

    static final class PageRange implements Iterable<Integer>, Iterator<Integer> {
        private final int last;
        private int cursor = 1;

        PageRange(int last) {
            this.last = last;
        }

        @Override
        public Iterator<Integer> iterator() {
            return this;
        }

        @Override
        public boolean hasNext() {
            return cursor <= last; // weft: race
        }

        @Override
        public Integer next() {
            return cursor++; // weft: race
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
