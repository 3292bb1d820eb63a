package example.apphunt;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.TimeUnit;

/**
 * Letters rendered on a {@code ForkJoinPool}: {@code main} hands the pool one {@code RecursiveAction} with
 * {@code execute}, which splits the letters with {@code invokeAll}; the leaves write each letter's rendered length
 * into a plain array, which {@code main} reads after {@code shutdown()} and {@code awaitTermination} (no {@code join}
 * of the task).
 */
// weft: expect none
public final class LetterRenderAwaitTermination {

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
                lengths[c] = letters[c].toUpperCase().length();
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
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        int total = 0;
        for (int length : lengths) {
            total += length;
        }
        System.out.println(total + " chars");
    }
}
