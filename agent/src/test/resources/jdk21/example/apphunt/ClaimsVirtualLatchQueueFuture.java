package example.apphunt;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Insurance claims on virtual threads, handed along three mechanisms: an intake virtual thread per claim fills the claim
 * (plain fields) and counts a latch down; an assessor virtual thread waits on the latch, assesses every claim and puts it
 * into a queue; a payer virtual thread takes them, writes the payout and completes a future that {@code main} joins.
 */
// weft: expect none
public final class ClaimsVirtualLatchQueueFuture {

    static final class Claim {
        String policy;
        long claimedCents;
        int damageLevel;
        long payoutCents;
    }

    public static void main(String[] args) throws Exception {
        Claim[] claims = new Claim[12];
        CountDownLatch filed = new CountDownLatch(claims.length);
        BlockingQueue<Claim> assessed = new LinkedBlockingQueue<>();
        CompletableFuture<Long> paid = new CompletableFuture<>();
        for (int c = 0; c < claims.length; c++) {
            int number = c;
            Thread.ofVirtual().name("intake-" + c).start(() -> {
                Claim claim = new Claim();
                claim.policy = "POL-" + (4000 + number);
                claim.claimedCents = 50_000L + number * 1_000L;
                claims[number] = claim;
                filed.countDown();
            });
        }
        Thread assessor = Thread.ofVirtual().name("assessor").start(() -> {
            try {
                filed.await();
                for (Claim claim : claims) {
                    claim.damageLevel = (int) (claim.claimedCents / 20_000);
                    assessed.put(claim);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread payer = Thread.ofVirtual().name("payer").start(() -> {
            long total = 0;
            try {
                for (int i = 0; i < claims.length; i++) {
                    Claim claim = assessed.take();
                    claim.payoutCents = claim.claimedCents * (100 - claim.damageLevel * 5) / 100;
                    total += claim.payoutCents;
                }
                paid.complete(total);
            } catch (InterruptedException e) {
                paid.completeExceptionally(e);
            }
        });
        long total = paid.join();
        long check = 0;
        for (Claim claim : claims) {
            check += claim.payoutCents;
        }
        assessor.join();
        payer.join();
        System.out.println("paid " + total + (total == check ? "" : " MISMATCH"));
    }
}
