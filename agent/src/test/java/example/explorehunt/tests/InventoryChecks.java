package example.explorehunt.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * JUnit tests explored one method at a time ({@code weft explore --test}): one races on the stock count,
 * the other is correct. (Not named {@code *Test}: the agent's own build must not run them.)
 */
class InventoryChecks {

    static final class Stock {
        int units = 10;
        final Object lock = new Object();
    }

    @Test
    void concurrentSalesKeepStockNonNegative() throws InterruptedException {
        Stock stock = new Stock();
        Runnable sale = () -> {
            for (int i = 0; i < 3; i++) {
                stock.units--;
            }
        };
        Thread a = new Thread(sale, "till-a");
        Thread b = new Thread(sale, "till-b");
        a.start();
        b.start();
        a.join();
        b.join();
        assertTrue(stock.units >= 0);
    }

    @Test
    void lockedSalesKeepStockNonNegative() throws InterruptedException {
        Stock stock = new Stock();
        Runnable sale = () -> {
            for (int i = 0; i < 3; i++) {
                synchronized (stock.lock) {
                    stock.units--;
                }
            }
        };
        Thread a = new Thread(sale, "till-a");
        Thread b = new Thread(sale, "till-b");
        a.start();
        b.start();
        a.join();
        b.join();
        assertTrue(stock.units == 4);
    }
}
