package example.explorehunt;

/** Twin of {@link TransferAuditGap}: a transfer is one {@code synchronized} method, so an audit sees it whole or not at all. */
// weft: expect none
public final class TransferAuditWhole {

    static final class Bank {
        private final long[] balances = {100, 100};

        synchronized void transfer(int from, int to, long amount) {
            balances[from] -= amount;
            balances[to] += amount;
        }

        synchronized long total() {
            return balances[0] + balances[1];
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Bank bank = new Bank();
        Thread teller = new Thread(() -> bank.transfer(0, 1, 30), "teller");
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
