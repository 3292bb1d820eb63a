package example.apphunt;

import java.util.Arrays;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;

/**
 * A log archive totals the bytes of its pages in a parallel stream whose source is a spliterator of its own: the
 * constructor and {@code trySplit} set each part's range of pages, which the common pool's workers read in
 * {@code tryAdvance}, {@code forEachRemaining} and {@code estimateSize}. The JDK forks each part after it was split.
 */
// weft: expect none
public final class ArchiveScanFixed {

    record Page(int number, int bytes) { }

    /** The pages {@code next} (inclusive) to {@code end} (exclusive) of the archive. */
    static final class PageSpliterator implements Spliterator<Page> {
        private final int[] sizes;
        private int next;
        private int end;
        private int depth;

        PageSpliterator(int[] sizes, int from, int to, int depth) {
            this.sizes = sizes;
            this.next = from;
            this.end = to;
            this.depth = depth;
        }

        @Override
        public boolean tryAdvance(Consumer<? super Page> action) {
            if (next >= end) {
                return false;
            }
            action.accept(new Page(next, sizes[next]));
            next++;
            return true;
        }

        @Override
        public void forEachRemaining(Consumer<? super Page> action) {
            for (; next < end; next++) {
                action.accept(new Page(next, sizes[next]));
            }
        }

        @Override
        public Spliterator<Page> trySplit() {
            if (end - next < 64 || depth > 8) {
                return null;
            }
            int middle = (next + end) >>> 1;
            PageSpliterator prefix = new PageSpliterator(sizes, next, middle, depth + 1);
            next = middle;
            depth++;
            return prefix;
        }

        @Override
        public long estimateSize() {
            return end - next;
        }

        @Override
        public int characteristics() {
            return ORDERED | SIZED | SUBSIZED | NONNULL | IMMUTABLE;
        }
    }

    public static void main(String[] args) {
        int[] sizes = new int[20_000];
        Arrays.setAll(sizes, page -> 512 + page % 3584);
        long total = StreamSupport.stream(new PageSpliterator(sizes, 0, sizes.length, 0), true)
                .mapToLong(Page::bytes).sum();
        long large = StreamSupport.stream(new PageSpliterator(sizes, 0, sizes.length, 0), false).parallel()
                .filter(page -> page.bytes() > 2048).count();
        if (total != Arrays.stream(sizes).asLongStream().sum()) {
            throw new AssertionError("wrong total " + total);
        }
        System.out.println(sizes.length + " pages, " + total + " bytes, " + large + " large");
    }
}
