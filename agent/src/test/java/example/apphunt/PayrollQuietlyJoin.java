package example.apphunt;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * A payroll run as {@code RecursiveTask}s whose parents {@code fork} both halves and wait with {@code quietlyJoin},
 * then check {@code isCompletedAbnormally} and read each child's {@code getRawResult()} and the plain fields the child
 * wrote (its slip count); a department with a bad record fails its task, which the parent reports instead of
 * rethrowing.
 */
// weft: expect none
public final class PayrollQuietlyJoin {

    static final class Pay extends RecursiveTask<Long> {
        private final int from;
        private final int to;
        int slips;
        int failed;

        Pay(int from, int to) {
            this.from = from;
            this.to = to;
        }

        @Override
        protected Long compute() {
            if (to - from <= 16) {
                if (from == 160) {
                    throw new IllegalStateException("bad record in department " + from);
                }
                long total = 0;
                for (int employee = from; employee < to; employee++) {
                    total += 2000 + employee % 50;
                    slips++;
                }
                return total;
            }
            int mid = (from + to) >>> 1;
            Pay left = new Pay(from, mid);
            Pay right = new Pay(mid, to);
            left.fork();
            right.fork();
            long total = 0;
            for (Pay half : new Pay[] {right, left}) {
                half.quietlyJoin();
                if (half.isCompletedAbnormally()) {
                    failed += 1;
                } else {
                    total += half.getRawResult();
                    slips += half.slips;
                    failed += half.failed;
                }
            }
            return total;
        }
    }

    public static void main(String[] args) {
        ForkJoinPool pool = new ForkJoinPool(3);
        Pay root = new Pay(0, 512);
        long total = pool.invoke(root);
        pool.shutdown();
        System.out.println(total + " paid, " + root.slips + " slips, " + root.failed + " failed");
    }
}
