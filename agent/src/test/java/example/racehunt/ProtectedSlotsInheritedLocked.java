package example.racehunt;

/**
 * Twin of {@code ProtectedSlotsInherited}: the subclass's lease and the base class's report hold the pool's lock (a
 * {@code synchronized} method of each class, on the same object). Correct: no finding.
 */
// weft: expect none
public final class ProtectedSlotsInheritedLocked {

    abstract static class BasePool {
        protected final int[] slots = new int[4];

        synchronized String status() {
            return "slot0=" + slots[0];
        }
    }

    static final class JdbcPool extends BasePool {
        synchronized void lease(int slot) {
            slots[slot] = 1;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        JdbcPool pool = new JdbcPool();
        pool.slots[0] = 0;
        Threads.runAll(new String[] {"leaser", "status"}, () -> pool.lease(0), () -> System.out.println(pool.status()));
    }
}
