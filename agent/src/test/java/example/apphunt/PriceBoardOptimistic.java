package example.apphunt;

import java.util.concurrent.locks.StampedLock;

/**
 * A trading screen reads a quote's bid and ask with a {@code StampedLock}'s optimistic read, validates the stamp
 * and falls back to a read lock when a feed thread wrote in between; the feed writes under the write lock.
 */
// weft: expect none
public final class PriceBoardOptimistic {

    static final class Quote {
        private final StampedLock lock = new StampedLock();
        private long bid = 100;
        private long ask = 101;
        private int updates;

        void update(long newBid) {
            long stamp = lock.writeLock();
            try {
                bid = newBid;
                ask = newBid + 1 + newBid % 3;
                updates++;
            } finally {
                lock.unlockWrite(stamp);
            }
        }

        long spread() {
            long stamp = lock.tryOptimisticRead();
            long b = bid;
            long a = ask;
            if (!lock.validate(stamp)) {
                stamp = lock.readLock();
                try {
                    b = bid;
                    a = ask;
                } finally {
                    lock.unlockRead(stamp);
                }
            }
            return a - b;
        }

        int updates() {
            long stamp = lock.readLock();
            try {
                return updates;
            } finally {
                lock.unlockRead(stamp);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Quote quote = new Quote();
        Thread feed = new Thread(() -> {
            for (int i = 0; i < 20_000; i++) {
                quote.update(100 + i % 50);
            }
        }, "feed");
        feed.start();
        long widest = 0;
        for (int i = 0; i < 20_000; i++) {
            widest = Math.max(widest, quote.spread());
        }
        feed.join();
        System.out.println("widest spread " + widest + " after " + quote.updates() + " updates");
    }
}
