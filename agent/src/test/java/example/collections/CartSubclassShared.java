package example.collections;

import java.util.ArrayList;
import java.util.List;

/**
 * A shopping cart that extends {@code ArrayList} to add a total, without overriding any of its methods: two checkout
 * threads add lines to one cart unsynchronized. Weft checks the subclass's calls as the {@code ArrayList}'s and
 * reports the race on its contents.
 */
// weft: expect race example.collections.CartSubclassShared.cart threads=checkout-1,checkout-2 collection=example.collections.CartSubclassShared$Cart
public final class CartSubclassShared {

    static final class Cart extends ArrayList<Integer> {
        long total() {
            long sum = 0;
            for (int price : this) {
                sum += price;
            }
            return sum;
        }
    }

    static final List<Integer> cart = new Cart();

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
        System.out.println("lines " + cart.size() + ", total " + ((Cart) cart).total());
    }
}
