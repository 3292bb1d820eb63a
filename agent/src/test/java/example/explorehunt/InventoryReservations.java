package example.explorehunt;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Check-then-act on a {@code ConcurrentHashMap}: a buyer reads the stock left with {@code get} and writes it
 * back less one with {@code put}; two buyers of the last item can both see one left, and both are sold it.
 * Every access is thread-safe: the bug is the lost update between the map's two calls.
 */
// weft: expect failure
public final class InventoryReservations {

    private static final ConcurrentMap<String, Integer> STOCK = new ConcurrentHashMap<>();
    private static final AtomicInteger SOLD = new AtomicInteger();

    static void buy(String item) {
        Integer left = STOCK.get(item);
        if (left != null && left > 0) {
            STOCK.put(item, left - 1);
            SOLD.incrementAndGet();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        STOCK.put("lamp", 1);
        Thread web = new Thread(() -> buy("lamp"), "web");
        Thread store = new Thread(() -> buy("lamp"), "store");
        web.start();
        store.start();
        web.join();
        store.join();
        if (SOLD.get() > 1) {
            throw new AssertionError("sold " + SOLD.get() + " lamps out of 1");
        }
        System.out.println("sold " + SOLD.get());
    }
}
