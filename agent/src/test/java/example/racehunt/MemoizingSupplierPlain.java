package example.racehunt;

import java.util.function.Supplier;

/** A hand-written memoizing {@code Supplier} (as Guava's, without its {@code volatile}) loads a price list once; two pricing threads share it. */
// weft: expect race example.racehunt.MemoizingSupplierPlain$Memoized.value threads=pricing-1,pricing-2
public final class MemoizingSupplierPlain {

    static final class Memoized<T> implements Supplier<T> {
        private final Supplier<T> delegate;
        private T value;

        Memoized(Supplier<T> delegate) {
            this.delegate = delegate;
        }

        @Override
        public T get() {
            T v = value; // weft: race
            if (v == null) {
                v = delegate.get();
                value = v; // weft: race
            }
            return v;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Supplier<int[]> prices = new Memoized<>(() -> new int[] {120, 80, 45});
        int[] totals = new int[2];
        Threads.runAll(new String[] {"pricing-1", "pricing-2"}, () -> {
            for (int i = 0; i < 200; i++) {
                totals[0] += prices.get().length;
            }
        }, () -> {
            for (int i = 0; i < 200; i++) {
                totals[1] += prices.get().length;
            }
        });
        System.out.println(totals[0] + totals[1]);
    }
}
