package example.apphunt;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A bank applies each account's events in order with the {@code SerialExecutor} of {@code Executor}'s Javadoc: one
 * per account, each passing its tasks one at a time to a shared pool (the next is handed over in the
 * {@code finally} of the one before, under the serial executor's monitor). The events of one account write the
 * account's plain fields from whichever pool thread runs them; the bank shuts the pool down, awaits it, and reads
 * every balance and history.
 */
// weft: expect none
public final class AccountEventsSerialExecutor {

    /** The Javadoc's {@code SerialExecutor}: tasks run one after another on {@code executor}. */
    static final class SerialExecutor implements Executor {
        final Queue<Runnable> tasks = new ArrayDeque<>();
        final Executor executor;
        Runnable active;

        SerialExecutor(Executor executor) {
            this.executor = executor;
        }

        @Override
        public synchronized void execute(Runnable r) {
            tasks.add(() -> {
                try {
                    r.run();
                } finally {
                    scheduleNext();
                }
            });
            if (active == null) {
                scheduleNext();
            }
        }

        protected synchronized void scheduleNext() {
            if ((active = tasks.poll()) != null) {
                executor.execute(active);
            }
        }
    }

    static final class Account {
        final String iban;
        long balanceCents;
        final List<String> history = new ArrayList<>();

        Account(String iban) {
            this.iban = iban;
        }
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3, new NamedThreads("ledger"));
        List<Account> accounts = new ArrayList<>();
        List<SerialExecutor> lanes = new ArrayList<>();
        for (int a = 0; a < 4; a++) {
            accounts.add(new Account("NL00BANK000000000" + a));
            lanes.add(new SerialExecutor(pool));
        }
        for (int event = 0; event < 200; event++) {
            int a = event % accounts.size();
            Account account = accounts.get(a);
            long amount = event % 3 == 0 ? -50 : 120;
            lanes.get(a).execute(() -> {
                if (account.balanceCents + amount >= 0) {
                    account.balanceCents += amount;
                    account.history.add((amount > 0 ? "credit " : "debit ") + Math.abs(amount));
                } else {
                    account.history.add("refused " + amount);
                }
            });
        }
        while (true) { // every lane idle: its last task has handed nothing more to the pool
            boolean idle = true;
            for (SerialExecutor lane : lanes) {
                synchronized (lane) {
                    idle &= lane.active == null;
                }
            }
            if (idle) {
                break;
            }
            Thread.sleep(1);
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        long total = 0;
        int lines = 0;
        for (Account account : accounts) {
            total += account.balanceCents;
            lines += account.history.size();
        }
        System.out.println(total + " cents over " + lines + " events");
    }
}
