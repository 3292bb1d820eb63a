package example.apphunt;

import java.util.Spliterator;
import java.util.function.DoubleConsumer;
import java.util.function.LongConsumer;
import java.util.stream.StreamSupport;

/**
 * A ledger sums its postings in cents and its exchange-rate gains in parallel through primitive spliterators
 * of its own ({@code StreamSupport.longStream} and {@code doubleStream}), each over a range of the ledger's
 * arrays that the constructor and {@code trySplit} set.
 */
// weft: expect none
public final class LedgerBalancesFixed {

    static final class Ledger {
        final long[] cents = new long[12_000];
        final double[] gains = new double[12_000];

        Ledger() {
            for (int i = 0; i < cents.length; i++) {
                cents[i] = (i % 7 == 0 ? -1 : 1) * (100 + i % 900);
                gains[i] = (i % 11) * 0.25;
            }
        }
    }

    /** Postings {@code from} (inclusive) to {@code to} (exclusive). */
    abstract static class Range<S extends Spliterator<?>> {
        final Ledger ledger;
        int from;
        int to;

        Range(Ledger ledger, int from, int to) {
            this.ledger = ledger;
            this.from = from;
            this.to = to;
        }

        abstract S part(int start, int end);

        S split() {
            if (to - from < 500) {
                return null;
            }
            int middle = (from + to) >>> 1;
            S prefix = part(from, middle);
            from = middle;
            return prefix;
        }

        public long estimateSize() {
            return to - from;
        }

        public int characteristics() {
            return Spliterator.ORDERED | Spliterator.SIZED | Spliterator.SUBSIZED;
        }
    }

    static final class Postings extends Range<Postings> implements Spliterator.OfLong {
        Postings(Ledger ledger, int from, int to) {
            super(ledger, from, to);
        }

        @Override
        Postings part(int start, int end) {
            return new Postings(ledger, start, end);
        }

        @Override
        public Postings trySplit() {
            return split();
        }

        @Override
        public boolean tryAdvance(LongConsumer action) {
            if (from >= to) {
                return false;
            }
            action.accept(ledger.cents[from++]);
            return true;
        }
    }

    static final class Gains extends Range<Gains> implements Spliterator.OfDouble {
        Gains(Ledger ledger, int from, int to) {
            super(ledger, from, to);
        }

        @Override
        Gains part(int start, int end) {
            return new Gains(ledger, start, end);
        }

        @Override
        public Gains trySplit() {
            return split();
        }

        @Override
        public boolean tryAdvance(DoubleConsumer action) {
            if (from >= to) {
                return false;
            }
            action.accept(ledger.gains[from++]);
            return true;
        }
    }

    public static void main(String[] args) {
        Ledger ledger = new Ledger();
        long balance = StreamSupport.longStream(new Postings(ledger, 0, ledger.cents.length), true).sum();
        double gains = StreamSupport.doubleStream(new Gains(ledger, 0, ledger.gains.length), true).max().orElse(0);
        System.out.printf("balance %d cents, best gain %.2f%n", balance, gains);
    }
}
