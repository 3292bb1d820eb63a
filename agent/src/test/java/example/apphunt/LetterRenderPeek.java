package example.apphunt;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.TimeUnit;

/**
 * The racy twin of {@link LetterRenderAwaitTermination}: {@code main} shows the first letter's length as a progress
 * hint right after {@code execute}, before it waits for the pool, unordered with the leaf that writes it.
 */
// weft: expect race int[] threads=main,ForkJoinPool-*-worker-*
public final class LetterRenderPeek {

    static final class Render extends RecursiveAction {
        private final String[] letters;
        private final int[] lengths;
        private final int from;
        private final int to;

        Render(String[] letters, int[] lengths, int from, int to) {
            this.letters = letters;
            this.lengths = lengths;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from > 8) {
                int mid = (from + to) >>> 1;
                invokeAll(new Render(letters, lengths, from, mid), new Render(letters, lengths, mid, to));
                return;
            }
            for (int c = from; c < to; c++) {
                lengths[c] = letters[c].toUpperCase().length(); // weft: race
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        String[] letters = new String[40];
        for (int c = 0; c < letters.length; c++) {
            letters[c] = "Dear customer " + c + ", invoice " + c * 13 + " is overdue.";
        }
        int[] lengths = new int[letters.length];
        ForkJoinPool pool = new ForkJoinPool(2);
        pool.execute(new Render(letters, lengths, 0, letters.length));
        System.out.println("first letter: " + lengths[0] + " chars so far"); // weft: race
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        int total = 0;
        for (int length : lengths) {
            total += length;
        }
        System.out.println(total + " chars");
    }
}
