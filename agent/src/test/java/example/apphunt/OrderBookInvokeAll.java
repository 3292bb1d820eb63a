package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An exchange's order book (two {@code TreeMap}s of price levels, guarded by the book's monitor) fed by trader tasks
 * run with {@code invokeAll}; each trader keeps its own fills, and {@code main} reads the book and the fills once
 * {@code invokeAll} has returned.
 */
// weft: expect none
public final class OrderBookInvokeAll {

    static final class Book {
        private final TreeMap<Integer, Integer> bids = new TreeMap<>();
        private final TreeMap<Integer, Integer> asks = new TreeMap<>();
        int trades;

        synchronized int buy(int price, int quantity) {
            Integer best = asks.isEmpty() ? null : asks.firstKey();
            if (best != null && best <= price) {
                int left = asks.get(best) - 1;
                if (left == 0) {
                    asks.remove(best);
                } else {
                    asks.put(best, left);
                }
                trades++;
                return best;
            }
            bids.merge(price, quantity, Integer::sum);
            return -1;
        }

        synchronized int sell(int price, int quantity) {
            Integer best = bids.isEmpty() ? null : bids.lastKey();
            if (best != null && best >= price) {
                int left = bids.get(best) - 1;
                if (left == 0) {
                    bids.remove(best);
                } else {
                    bids.put(best, left);
                }
                trades++;
                return best;
            }
            asks.merge(price, quantity, Integer::sum);
            return -1;
        }
    }

    public static void main(String[] args) throws Exception {
        Book book = new Book();
        List<Callable<List<Integer>>> traders = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            boolean buyer = t % 2 == 0;
            traders.add(() -> {
                List<Integer> fills = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    int price = 100 + (i * 7) % 11;
                    int fill = buyer ? book.buy(price, 1) : book.sell(price, 1);
                    if (fill > 0) {
                        fills.add(fill);
                    }
                }
                return fills;
            });
        }
        ExecutorService desk = Executors.newFixedThreadPool(4);
        int filled = 0;
        for (var fills : desk.invokeAll(traders)) {
            filled += fills.get().size();
        }
        desk.shutdown();
        System.out.println(filled + " " + book.trades + " " + book.bids.size() + " " + book.asks.size());
    }
}
