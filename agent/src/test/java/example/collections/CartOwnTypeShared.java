package example.collections;

import java.util.ArrayList;

/**
 * A shopping cart that extends {@code ArrayList}, kept and called through its own class ({@code Cart cart;
 * cart.add(x)}, an {@code invokevirtual} of {@code Cart.add}): two checkout threads add lines with no lock. The subclass
 * overrides nothing, so weft checks the calls as the {@code ArrayList}'s.
 */
// weft: expect race example.collections.CartOwnTypeShared.cart threads=checkout-1,checkout-2 collection=example.collections.CartOwnTypeShared$Cart
public final class CartOwnTypeShared {

    static final class Cart extends ArrayList<Integer> {
        long total() {
            long sum = 0;
            for (int price : this) {
                sum += price;
            }
            return sum;
        }
    }

    static final Cart cart = new Cart();

    public static void main(String[] args) throws InterruptedException {
        Threads.runAll(new String[] {"checkout-1", "checkout-2"}, () -> {
            for (int i = 0; i < 500; i++) {
                cart.add(i); // weft: race
            }
        }, () -> {
            for (int i = 0; i < 500; i++) {
                cart.add(2 * i); // weft: race
            }
        });
        System.out.println("lines " + cart.size() + ", total " + cart.total());
    }
}
