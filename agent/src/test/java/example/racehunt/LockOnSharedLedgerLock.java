package example.racehunt;

/** The fixed twin of {@code LockOnThreadLocalValue}: one lock object, shared by every thread. */
// weft: expect none
public final class LockOnSharedLedgerLock {

    static final class Ledger {
        private final Object lock = new Object();
        long total;

        void post(long amount) {
            synchronized (lock) {
                total += amount;
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Ledger ledger = new Ledger();
        Threads.runAll(new String[] {"poster-1", "poster-2"}, () -> {
            for (int i = 0; i < 300; i++) {
                ledger.post(i);
            }
        }, () -> {
            for (int i = 0; i < 300; i++) {
                ledger.post(-i);
            }
        });
        System.out.println("total " + ledger.total);
    }
}
