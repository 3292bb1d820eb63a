package example.racehunt;

import java.util.function.Supplier;

/** The fixed twin of {@code MemoizingSupplierPlain}: the memoized value is {@code volatile} and loaded under a lock. */
// weft: expect none
public final class MemoizingSupplierVolatile {

    static final class Memoized<T> implements Supplier<T> {
        private final Supplier<T> delegate;
        private volatile T value;

        Memoized(Supplier<T> delegate) {
            this.delegate = delegate;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = delegate.get();
                        value = v;
                    }
                }
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
