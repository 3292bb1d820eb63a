package example.apphunt;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A bank moves money between accounts on a pool; each transfer locks both accounts in id order, but the
 * service's tally is a plain counter.
 */
// weft: expect race example.apphunt.BankTransfers$TransferService.completed threads=teller-*
public final class BankTransfers {

    static final class Account {
        final int id;
        private long balanceCents;

        Account(int id, long balanceCents) {
            this.id = id;
            this.balanceCents = balanceCents;
        }

        synchronized long balance() {
            return balanceCents;
        }
    }

    static final class TransferService {
        private final ExecutorService tellers = Executors.newFixedThreadPool(3, new NamedThreads("teller"));
        private int completed;

        Future<Boolean> transfer(Account from, Account to, long cents) {
            return tellers.submit(() -> {
                Account first = from.id < to.id ? from : to;
                Account second = first == from ? to : from;
                synchronized (first) {
                    synchronized (second) {
                        if (from.balanceCents < cents) {
                            return false;
                        }
                        from.balanceCents -= cents;
                        to.balanceCents += cents;
                    }
                }
                completed++; // weft: race
                return true;
            });
        }

        int shutDownAndCount() throws InterruptedException {
            tellers.shutdown();
            if (!tellers.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("tellers did not terminate");
            }
            return completed;
        }
    }

    public static void main(String[] args) throws Exception {
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            accounts.add(new Account(i, 10_000));
        }
        TransferService service = new TransferService();
        List<Future<Boolean>> receipts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            receipts.add(service.transfer(accounts.get(i % 4), accounts.get((i + 1) % 4), 25 + i));
        }
        int accepted = 0;
        for (Future<Boolean> receipt : receipts) {
            accepted += receipt.get() ? 1 : 0;
        }
        long total = 0;
        for (Account account : accounts) {
            total += account.balance();
        }
        System.out.println(accepted + " accepted, " + service.shutDownAndCount() + " counted, total " + total);
    }
}
