package example.explorehunt;

/**
 * A bank moves money in two {@code synchronized} steps, a withdrawal then a deposit; an auditor sums the accounts
 * with a third. Each step is atomic, the transfer is not: an audit between the two steps finds money missing.
 */
// weft: expect failure
public final class TransferAuditGap {

    static final class Bank {
        private final long[] balances = {100, 100};

        synchronized void withdraw(int account, long amount) {
            balances[account] -= amount;
        }

        synchronized void deposit(int account, long amount) {
            balances[account] += amount;
        }

        synchronized long total() {
            return balances[0] + balances[1];
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Bank bank = new Bank();
        Thread teller = new Thread(() -> {
            bank.withdraw(0, 30); // the bug: the transfer is two atomic steps, not one
            bank.deposit(1, 30);
        }, "teller");
        Thread auditor = new Thread(() -> {
            long total = bank.total();
            if (total != 200) {
                throw new IllegalStateException("audit found " + total + " of 200");
            }
        }, "auditor");
        teller.start();
        auditor.start();
        teller.join();
        auditor.join();
    }
}
