package example.apphunt;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;

/**
 * Payroll on a fork/join pool: a tree of {@code RecursiveTask}s computes net pay into disjoint ranges of an array and
 * returns each range's total; a parent reads both halves' ranges after joining its left child, to find the range's
 * largest pay. {@code main} reads the whole array after {@code ForkJoinPool.invoke}.
 */
// weft: expect none
public final class PayrollForkRangesNormalize {

    static final class NetPay extends RecursiveTask<Long> {
        final int[] gross;
        final int[] net;
        final int from;
        final int to;
        int largest;

        NetPay(int[] gross, int[] net, int from, int to) {
            this.gross = gross;
            this.net = net;
            this.from = from;
            this.to = to;
        }

        @Override
        protected Long compute() {
            if (to - from <= 64) {
                long sum = 0;
                for (int i = from; i < to; i++) {
                    net[i] = gross[i] - gross[i] / 5;
                    sum += net[i];
                }
                return sum;
            }
            int middle = (from + to) >>> 1;
            NetPay left = new NetPay(gross, net, from, middle);
            NetPay right = new NetPay(gross, net, middle, to);
            left.fork();
            long total = right.compute() + left.join();
            for (int i = from; i < to; i++) {
                largest = Math.max(largest, net[i]);
            }
            return total;
        }
    }

    public static void main(String[] args) {
        int[] gross = new int[1_000];
        for (int i = 0; i < gross.length; i++) {
            gross[i] = 2_000 + (i * 31) % 1_500;
        }
        int[] net = new int[gross.length];
        ForkJoinPool pool = new ForkJoinPool(3);
        NetPay root = new NetPay(gross, net, 0, gross.length);
        long total = pool.invoke(root);
        long check = 0;
        for (int pay : net) {
            check += pay;
        }
        pool.shutdown();
        if (check != total) {
            throw new IllegalStateException(check + " != " + total);
        }
        System.out.println("net payroll " + total + ", largest " + root.largest);
    }
}
