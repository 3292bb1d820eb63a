package example.collections;

import java.util.ArrayList;
import java.util.List;

/**
 * The correct twin of {@link CartSubclassShared}: the cart overrides {@code add} and {@code size} as
 * {@code synchronized} methods, so the two checkout threads' calls are ordered by its monitor. Weft does not check
 * the calls of a subclass that overrides a collection's methods, and stays silent.
 */
// weft: expect none
public final class CartSubclassSynchronized {

    static final class Cart extends ArrayList<Integer> {
        @Override
        public synchronized boolean add(Integer price) {
            return super.add(price);
        }

        @Override
        public synchronized int size() {
            return super.size();
        }
    }

    static final List<Integer> cart = new Cart();

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"checkout-1", "checkout-2"}, () -> {
            for (int i = 0; i < 500; i++) {
                cart.add(i);
            }
        }, () -> {
            for (int i = 0; i < 500; i++) {
                cart.add(2 * i);
            }
        });
        System.out.println("lines " + cart.size());
    }
}
