package example.collections;

import java.util.ArrayList;
import java.util.List;

/** A cart prunes its expired items with {@code removeIf} while the page lists them with {@code forEach}, with no lock. */
// weft: expect race example.collections.CartPrunedWhileListed.items threads=pruner,page collection=java.util.ArrayList
public final class CartPrunedWhileListed {

    static final List<String> items = new ArrayList<>();

    public static void main(String[] args) throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            items.add(i % 3 == 0 ? "expired-" + i : "item-" + i);
        }
        Runnable pruner = () -> items.removeIf(item -> item.startsWith("expired")); // weft: race
        Runnable page = () -> {
            StringBuilder html = new StringBuilder();
            try {
                items.forEach(item -> html.append("<li>").append(item)); // weft: race
            } catch (java.util.ConcurrentModificationException raced) {
                html.append("(changed)");
            }
            System.out.println(html.length());
        };
        Threads.runAll(new String[] {"pruner", "page"}, pruner, page);
    }
}
