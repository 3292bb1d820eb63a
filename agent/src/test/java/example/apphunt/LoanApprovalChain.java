package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loan desk runs each application through a chain of stages on two executors of its own: a credit check
 * ({@code supplyAsync}), a risk score composed from a second asynchronous step ({@code thenComposeAsync}), a failure
 * turned into a decline ({@code exceptionally}), a decision stamped in {@code handleAsync} and an audit line written
 * in {@code whenCompleteAsync}. Each stage mutates the plain fields of the one application object the chain carries;
 * the desk reads them after {@code join()}.
 */
// weft: expect none
public final class LoanApprovalChain {

    static final class Application {
        final int id;
        final int income;
        int creditScore;
        double risk;
        String decision;
        String audit;

        Application(int id, int income) {
            this.id = id;
            this.income = income;
        }
    }

    public static void main(String[] args) {
        ExecutorService checks = Executors.newFixedThreadPool(2, new NamedThreads("credit"));
        ExecutorService clerks = Executors.newFixedThreadPool(2, new NamedThreads("clerk"));
        List<CompletableFuture<Application>> chains = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Application application = new Application(i, 20_000 + i * 7_000);
            CompletableFuture<Application> chain = CompletableFuture.supplyAsync(() -> {
                if (application.id % 4 == 3) {
                    throw new IllegalStateException("bureau unavailable for " + application.id);
                }
                application.creditScore = 500 + application.income / 400;
                return application;
            }, checks).thenComposeAsync(checked -> CompletableFuture.supplyAsync(() -> {
                checked.risk = 1_000.0 / checked.creditScore;
                return checked;
            }, checks), clerks).exceptionally(failure -> {
                application.decision = "declined: " + (failure instanceof CompletionException ? failure.getCause().getMessage() : failure);
                return application;
            }).handleAsync((scored, failure) -> {
                if (scored.decision == null) {
                    scored.decision = scored.risk < 1.8 ? "approved" : "referred";
                }
                return scored;
            }, clerks).whenCompleteAsync((decided, failure) -> decided.audit = decided.id + " " + decided.decision, checks);
            chains.add(chain);
        }
        int approved = 0;
        int declined = 0;
        for (CompletableFuture<Application> chain : chains) {
            Application decided = chain.join();
            if (decided.audit == null || !decided.audit.endsWith(decided.decision)) {
                throw new IllegalStateException("no audit for " + decided.id);
            }
            approved += decided.decision.equals("approved") ? 1 : 0;
            declined += decided.decision.startsWith("declined") ? 1 : 0;
        }
        checks.shutdown();
        clerks.shutdown();
        System.out.println(approved + " approved, " + declined + " declined");
    }
}
