package example.apphunt;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A trade journal's ring buffer with one writer and one reader: the writer fills a slot's trade (plain fields of a
 * preallocated object) and then advances the published cursor with {@code lazySet} (a release); the reader reads the
 * cursor with {@code get()} and the trades up to it, and advances its own cursor with {@code setRelease}, which the
 * writer reads with {@code getAcquire} before it reuses a slot.
 */
// weft: expect none
public final class TradeRingLazySet {

    static final class Trade {
        long price;
        int quantity;
        String symbol;
    }

    public static void main(String[] args) throws Exception {
        Trade[] ring = new Trade[8];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = new Trade();
        }
        AtomicLong published = new AtomicLong(-1);
        AtomicLong consumed = new AtomicLong(-1);
        int trades = 2_000;
        Thread writer = new Thread(() -> {
            for (long seq = 0; seq < trades; seq++) {
                while (seq - consumed.getAcquire() > ring.length) {
                    Thread.onSpinWait();
                }
                Trade trade = ring[(int) (seq % ring.length)];
                trade.price = 100 + seq % 7;
                trade.quantity = (int) (seq % 3) + 1;
                trade.symbol = seq % 2 == 0 ? "ACME" : "GLOBEX";
                published.lazySet(seq);
            }
        }, "journal-writer");
        long[] notional = new long[1];
        Thread reader = new Thread(() -> {
            for (long next = 0; next < trades; ) {
                long upTo = published.get();
                for (; next <= upTo; next++) {
                    Trade trade = ring[(int) (next % ring.length)];
                    notional[0] += trade.price * trade.quantity + trade.symbol.length();
                }
                consumed.setRelease(next - 1);
                if (next > upTo) {
                    Thread.onSpinWait();
                }
            }
        }, "journal-reader");
        writer.start();
        reader.start();
        writer.join();
        reader.join();
        System.out.println(notional[0]);
    }
}
