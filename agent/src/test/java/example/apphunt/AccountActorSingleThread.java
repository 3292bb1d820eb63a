package example.apphunt;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * An account service is an actor: a single-thread executor owns a plain {@code HashMap} of balances and every
 * deposit, withdrawal and query is a task submitted to it, by four teller threads at once. Tellers read balances only
 * through the {@code Future} of a query task, which returns a snapshot object the actor filled.
 */
// weft: expect none
public final class AccountActorSingleThread {

    static final class Statement {
        String account;
        long balance;
        int operations;
    }

    static final class Accounts {
        final Map<String, Long> balances = new HashMap<>();
        final Map<String, Integer> operations = new HashMap<>();

        void apply(String account, long amount) {
            balances.merge(account, amount, Long::sum);
            operations.merge(account, 1, Integer::sum);
        }

        Statement statement(String account) {
            Statement statement = new Statement();
            statement.account = account;
            statement.balance = balances.getOrDefault(account, 0L);
            statement.operations = operations.getOrDefault(account, 0);
            return statement;
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService actor = Executors.newSingleThreadExecutor(new NamedThreads("accounts"));
        Accounts accounts = new Accounts();
        CountDownLatch tellersDone = new CountDownLatch(4);
        long[] seen = new long[4];
        for (int t = 0; t < 4; t++) {
            int teller = t;
            new Thread(() -> {
                try {
                    for (int i = 0; i < 100; i++) {
                        String account = "acct-" + (i + teller) % 6;
                        long amount = i % 3 == 0 ? -20 : 50;
                        actor.execute(() -> accounts.apply(account, amount));
                        if (i % 10 == 0) {
                            Future<Statement> statement = actor.submit(() -> accounts.statement(account));
                            seen[teller] += statement.get().balance;
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    tellersDone.countDown();
                }
            }, "teller-" + t).start();
        }
        tellersDone.await();
        long total = actor.submit(() -> accounts.balances.values().stream().mapToLong(Long::longValue).sum()).get();
        actor.shutdown();
        actor.awaitTermination(5, TimeUnit.SECONDS);
        System.out.println("total " + total + ", statements " + (seen[0] + seen[1] + seen[2] + seen[3] != 0));
    }
}
