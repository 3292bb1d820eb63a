package example.apphunt;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.LongAccumulator;

/**
 * An auction: bidders build bids (plain fields), file each in a {@code ConcurrentHashMap} under its amount and then
 * raise a {@code LongAccumulator} of the highest amount; once a latch says every bidder is done, the auctioneer reads
 * the maximum and looks the winning bid up by it, reading its fields.
 */
// weft: expect none
public final class AuctionMaxLongAccumulator {

    static final class Bid {
        String bidder;
        long amount;
        String note;
    }

    public static void main(String[] args) throws Exception {
        ConcurrentHashMap<Long, Bid> byAmount = new ConcurrentHashMap<>();
        LongAccumulator highest = new LongAccumulator(Math::max, 0);
        CountDownLatch closed = new CountDownLatch(3);
        for (int b = 0; b < 3; b++) {
            int bidder = b;
            new Thread(() -> {
                for (int i = 0; i < 20; i++) {
                    Bid bid = new Bid();
                    bid.bidder = "bidder-" + bidder;
                    bid.amount = 100L * i + bidder;
                    bid.note = i % 2 == 0 ? "proxy" : "live";
                    byAmount.put(bid.amount, bid);
                    highest.accumulate(bid.amount);
                }
                closed.countDown();
            }, "bidder-" + b).start();
        }
        Thread auctioneer = new Thread(() -> {
            try {
                closed.await();
                Bid winner = byAmount.get(highest.get());
                System.out.println("sold to " + winner.bidder + " for " + winner.amount + " (" + winner.note + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "auctioneer");
        auctioneer.start();
        auctioneer.join();
    }
}
