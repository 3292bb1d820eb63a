package example.collections;

import java.util.ArrayList;

/**
 * The twin of {@link CartOwnTypeShared}: the checkout threads add their lines holding the cart's lock, and the cart's
 * own {@code synchronized} method (not an override of {@code ArrayList}'s) adds under it too.
 */
// weft: expect none
public final class CartOwnTypeLocked {

    static final class Cart extends ArrayList<Integer> {
        synchronized void addLine(int price) {
            add(price);
        }
    }

    static final Cart cart = new Cart();

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"checkout-1", "checkout-2"}, () -> {
            for (int i = 0; i < 500; i++) {
                synchronized (cart) {
                    cart.add(i);
                }
            }
        }, () -> {
            for (int i = 0; i < 500; i++) {
                cart.addLine(2 * i);
            }
        });
        System.out.println("lines " + cart.size());
    }
}
