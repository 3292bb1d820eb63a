package example.apphunt;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Dunning letters: reminders are scheduled with delays on a {@code ScheduledExecutorService} closed by
 * try-with-resources ({@code close()} of JDK 19: the delayed tasks still run after the shutdown it makes, and it waits
 * for them), each writing its letter into a plain array slot; then the letters are rendered by
 * {@code RecursiveAction}s on a {@code ForkJoinPool} also closed by try-with-resources, and {@code main} reads both.
 */
// weft: expect none
public final class DunningPoolsClose {

    public static void main(String[] args) {
        int customers = 40;
        String[] letters = new String[customers];
        int[] lengths = new int[customers];
        ConcurrentLinkedQueue<Integer> sent = new ConcurrentLinkedQueue<>();
        try (ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2)) {
            for (int c = 0; c < customers; c++) {
                int customer = c;
                scheduler.schedule(() -> {
                    letters[customer] = "Dear customer " + customer + ", invoice " + (customer * 13) + " is overdue.";
                    sent.add(customer);
                }, c % 5, TimeUnit.MILLISECONDS);
            }
        }
        try (ForkJoinPool pool = new ForkJoinPool(2)) {
            pool.execute(new RecursiveAction() {
                @Override
                protected void compute() {
                    invokeAll(new Render(letters, lengths, 0, customers / 2), new Render(letters, lengths, customers / 2, customers));
                }
            });
        }
        int total = 0;
        for (int c = 0; c < customers; c++) {
            total += lengths[c] + letters[c].length();
        }
        System.out.println(sent.size() + " sent, " + total + " chars");
    }

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
            for (int c = from; c < to; c++) {
                lengths[c] = letters[c].toUpperCase().length();
            }
        }
    }
}
