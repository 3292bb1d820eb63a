package example.apphunt;

import example.racehunt.Meeting;
import java.util.Arrays;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;

/**
 * A log archive totals the bytes of its pages in a parallel stream whose source is a spliterator of its own: the
 * constructor and {@code trySplit} set each part's range of pages, which the common pool's workers read in
 * {@code tryAdvance}, {@code forEachRemaining} and {@code estimateSize}. The JDK forks each part after it was split.
 *
 * <p>Racy: the parts count the pages they scanned in one progress object they share, each in its own worker. The
 * first page of each of two threads waits for the other ({@link Meeting}), so that a worker takes part in any order
 * the threads run.
 */
// weft: expect race example.apphunt.ArchiveScan$ScanProgress.pages threads=main,ForkJoinPool.commonPool-worker-*
public final class ArchiveScan {

    record Page(int number, int bytes) { }

    static final class ScanProgress {
        final Meeting twoThreads = new Meeting(2);
        int pages;
    }

    /** The pages {@code next} (inclusive) to {@code end} (exclusive) of the archive. */
    static final class PageSpliterator implements Spliterator<Page> {
        private final int[] sizes;
        private int next;
        private int end;
        private int depth;
        private final ScanProgress progress;

        PageSpliterator(int[] sizes, int from, int to, int depth, ScanProgress progress) {
            this.progress = progress;
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
            progress.twoThreads.attend();
            action.accept(new Page(next, sizes[next]));
            next++;
            progress.pages++; // weft: race
            return true;
        }

        @Override
        public void forEachRemaining(Consumer<? super Page> action) {
            while (tryAdvance(action)) {
                // one page at a time, each counted
            }
        }

        @Override
        public Spliterator<Page> trySplit() {
            if (end - next < 64 || depth > 8) {
                return null;
            }
            int middle = (next + end) >>> 1;
            PageSpliterator prefix = new PageSpliterator(sizes, next, middle, depth + 1, progress);
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
        ScanProgress progress = new ScanProgress();
        long total = StreamSupport.stream(new PageSpliterator(sizes, 0, sizes.length, 0, progress), true)
                .mapToLong(Page::bytes).sum();
        if (total != Arrays.stream(sizes).asLongStream().sum()) {
            throw new AssertionError("wrong total " + total);
        }
        System.out.println(sizes.length + " pages, " + total + " bytes");
    }
}
