package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A price comparison site asks five shops through an {@code ExecutorCompletionService}, keeps the answers that come
 * back before its deadline ({@code poll(timeout)}), then cancels the slow shops with {@code cancel(true)}; a slow
 * shop's task catches the interrupt as {@code Exception}, notes in its own record why it stopped (the site wrote the
 * reason before cancelling), and returns. After {@code shutdown} and {@code awaitTermination} of the pool, the site
 * reads every shop's record (a shop whose task was cancelled before a thread took it up has no outcome).
 */
// weft: expect none
public final class SearchDeadlineCancelRest {

    static final class ShopRecord {
        final String shop;
        long bestCents;
        String outcome;

        ShopRecord(String shop) {
            this.shop = shop;
        }
    }

    static volatile String cancelReason;

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(5, new NamedThreads("shop"));
        ExecutorCompletionService<ShopRecord> answers = new ExecutorCompletionService<>(pool);
        List<Future<ShopRecord>> asked = new ArrayList<>();
        ShopRecord[] records = new ShopRecord[5];
        for (int i = 0; i < records.length; i++) {
            ShopRecord record = new ShopRecord("shop-" + i);
            records[i] = record;
            long delay = i < 2 ? 0 : 10_000;
            asked.add(answers.submit(() -> {
                try {
                    Thread.sleep(delay);
                    record.bestCents = 999 + record.shop.length();
                    record.outcome = "answered";
                } catch (Exception e) {
                    record.outcome = "cancelled: " + cancelReason;
                }
                return record;
            }));
        }
        int answered = 0;
        for (int i = 0; i < 2; i++) {
            Future<ShopRecord> done = answers.poll(5, TimeUnit.SECONDS);
            if (done != null) {
                answered++;
            }
        }
        cancelReason = "deadline";
        for (Future<ShopRecord> future : asked) {
            future.cancel(true);
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        int cancelled = 0;
        for (ShopRecord record : records) {
            cancelled += record.outcome == null || record.outcome.startsWith("cancelled") ? 1 : 0; // null: cancelled before it ran
        }
        System.out.println(answered + " answered in time, " + cancelled + " cancelled");
    }
}
