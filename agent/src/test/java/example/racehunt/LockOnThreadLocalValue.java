package example.racehunt;

/**
 * A ledger guards its total with a lock object taken from a {@code ThreadLocal}: each thread gets its own lock, so the
 * two posting threads never exclude each other.
 */
// weft: expect race example.racehunt.LockOnThreadLocalValue$Ledger.total threads=poster-1,poster-2
public final class LockOnThreadLocalValue {

    static final class Ledger {
        private final ThreadLocal<Object> lock = ThreadLocal.withInitial(Object::new);
        long total;

        void post(long amount) {
            synchronized (lock.get()) {
                total += amount; // weft: race
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
