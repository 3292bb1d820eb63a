package example.collections;

import java.util.ArrayList;
import java.util.List;

/** The twin of {@link CartPrunedWhileListed}: the prune and the listing hold the cart's monitor. */
// weft: expect none
public final class CartPrunedLocked {

    static final List<String> items = new ArrayList<>();

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            items.add(i % 3 == 0 ? "expired-" + i : "item-" + i);
        }
        Runnable pruner = () -> {
            synchronized (items) {
                items.removeIf(item -> item.startsWith("expired"));
            }
        };
        Runnable page = () -> {
            StringBuilder html = new StringBuilder();
            synchronized (items) {
                items.forEach(item -> html.append("<li>").append(item));
            }
            System.out.println(html.length());
        };
        Threads.runAll(new String[] {"pruner", "page"}, pruner, page);
    }
}
