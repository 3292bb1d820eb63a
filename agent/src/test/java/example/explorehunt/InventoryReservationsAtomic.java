package example.explorehunt;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link InventoryReservations}' correct twin: the check and the decrement are one atomic {@code computeIfPresent}. */
// weft: expect none
public final class InventoryReservationsAtomic {

    private static final ConcurrentMap<String, Integer> STOCK = new ConcurrentHashMap<>();
    private static final AtomicInteger SOLD = new AtomicInteger();

    static void buy(String item) {
        boolean[] bought = new boolean[1];
        STOCK.computeIfPresent(item, (name, left) -> {
            bought[0] = left > 0;
            return bought[0] ? left - 1 : left;
        });
        if (bought[0]) {
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
