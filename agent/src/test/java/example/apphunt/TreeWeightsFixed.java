package example.apphunt;

import java.util.concurrent.CountedCompleter;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A nursery weighs its trees with {@code ForkJoinPool.invoke} of a {@code RecursiveTask} whose subtasks the
 * parent makes (their ranges set in the constructor) and forks, and counts heavy trees with a
 * {@code CountedCompleter} whose children the parent makes the same way.
 */
// weft: expect none
public final class TreeWeightsFixed {

    static final class Weigh extends RecursiveTask<Long> {
        private final int[] kilos;
        private final int from;
        private final int to;
        private String label;

        Weigh(int[] kilos, int from, int to, String label) {
            this.kilos = kilos;
            this.from = from;
            this.to = to;
            this.label = label;
        }

        @Override
        protected Long compute() {
            if (to - from <= 500) {
                long sum = 0;
                for (int i = from; i < to; i++) {
                    sum += kilos[i];
                }
                return label.isEmpty() ? -1 : sum;
            }
            int middle = (from + to) >>> 1;
            Weigh left = new Weigh(kilos, from, middle, label + "L");
            Weigh right = new Weigh(kilos, middle, to, label + "R");
            left.fork();
            return right.compute() + left.join();
        }
    }

    static final class CountHeavy extends CountedCompleter<Void> {
        private final int[] kilos;
        private final int from;
        private final int to;
        private final AtomicLong heavy;

        CountHeavy(CountedCompleter<?> parent, int[] kilos, int from, int to, AtomicLong heavy) {
            super(parent);
            this.kilos = kilos;
            this.from = from;
            this.to = to;
            this.heavy = heavy;
        }

        @Override
        public void compute() {
            int low = from;
            int high = to;
            while (high - low > 500) {
                int middle = (low + high) >>> 1;
                addToPendingCount(1);
                new CountHeavy(this, kilos, middle, high, heavy).fork();
                high = middle;
            }
            int count = 0;
            for (int i = low; i < high; i++) {
                if (kilos[i] > 800) {
                    count++;
                }
            }
            heavy.addAndGet(count);
            tryComplete();
        }
    }

    public static void main(String[] args) {
        int[] kilos = new int[20_000];
        for (int i = 0; i < kilos.length; i++) {
            kilos[i] = 100 + (i * 37) % 900;
        }
        long total = ForkJoinPool.commonPool().invoke(new Weigh(kilos, 0, kilos.length, "root"));
        AtomicLong heavy = new AtomicLong();
        ForkJoinPool.commonPool().invoke(new CountHeavy(null, kilos, 0, kilos.length, heavy));
        System.out.println(total + " kg, " + heavy.get() + " heavy");
    }
}
