package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * An insurance claims module hands its callers read-only views of its futures: {@code minimalCompletionStage()} (the
 * caller turns it back with {@code toCompletableFuture()} and joins), and defensive {@code copy()}s that a caller
 * completes on its own without touching the original; one stage runs {@code thenAcceptBothAsync} on the module's pool,
 * another {@code runAfterEitherAsync}. The callers read the claims the assessors filled in.
 */
// weft: expect none
public final class ClaimsMinimalStageCopy {

    static final class Claim {
        final int number;
        long assessedCents;
        String assessor;
        final List<String> notes = new ArrayList<>();

        Claim(int number) {
            this.number = number;
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService assessors = Executors.newFixedThreadPool(2, new NamedThreads("assessor"));
        List<Claim> claims = new ArrayList<>();
        List<CompletionStage<Claim>> views = new ArrayList<>();
        List<CompletableFuture<Claim>> copies = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Claim claim = new Claim(i);
            claims.add(claim);
            CompletableFuture<Claim> assessed = CompletableFuture.supplyAsync(() -> {
                claim.assessedCents = 10_000L * (claim.number + 1);
                claim.assessor = Thread.currentThread().getName();
                claim.notes.add("assessed");
                return claim;
            }, assessors);
            views.add(assessed.minimalCompletionStage());
            copies.add(assessed.copy());
        }
        long total = 0;
        for (CompletionStage<Claim> view : views) {
            Claim claim = view.toCompletableFuture().join();
            total += claim.assessedCents + claim.assessor.length() + claim.notes.size();
        }
        CompletableFuture<Claim> first = copies.get(0);
        CompletableFuture<Claim> second = copies.get(1);
        CompletableFuture<Void> both = first.thenAcceptBothAsync(second, (a, b) -> {
            a.notes.add("paired with " + b.number);
            b.notes.add("paired with " + a.number);
        }, assessors);
        CompletableFuture<Void> either = copies.get(2).runAfterEitherAsync(copies.get(3), () -> {
            synchronized (claims) {
                claims.get(4).notes.add("expedited");
            }
        }, assessors);
        both.get(5, TimeUnit.SECONDS);
        either.get(5, TimeUnit.SECONDS);
        copies.get(4).complete(new Claim(-1)); // the caller's copy: the original keeps its own claim
        int notes = 0;
        for (Claim claim : claims) {
            synchronized (claims) {
                notes += claim.notes.size();
            }
        }
        assessors.shutdown();
        System.out.println(total + " cents, " + notes + " notes");
    }
}
