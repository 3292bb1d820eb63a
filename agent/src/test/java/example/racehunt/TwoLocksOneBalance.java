package example.racehunt;

/** Deposits lock the account, withdrawals lock the audit log: each side holds a lock, not the same one. */
// weft: expect race example.racehunt.TwoLocksOneBalance.balance threads=depositor,withdrawer
public final class TwoLocksOneBalance {

    private final Object accountLock = new Object();
    private final Object auditLock = new Object();
    private long balance = 1_000;

    void deposit(long cents) {
        synchronized (accountLock) {
            balance += cents; // weft: race
        }
    }

    void withdraw(long cents) {
        synchronized (auditLock) {
            balance -= cents; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        TwoLocksOneBalance account = new TwoLocksOneBalance();
        Threads.runAll(new String[] {"depositor", "withdrawer"},
                () -> {
                    for (int i = 0; i < 100; i++) {
                        account.deposit(5);
                    }
                },
                () -> {
                    for (int i = 0; i < 100; i++) {
                        account.withdraw(5);
                    }
                });
        System.out.println("balance " + account.balance);
    }
}
