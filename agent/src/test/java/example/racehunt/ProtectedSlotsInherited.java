package example.racehunt;

/**
 * A connection pool's base class keeps a {@code protected} array of slot states that a subclass's lease method writes,
 * while the base class's status report reads it in another thread, with no lock.
 */
// weft: expect race int[] threads=leaser,status
public final class ProtectedSlotsInherited {

    abstract static class BasePool {
        protected final int[] slots = new int[4];

        String status() {
            return "slot0=" + slots[0]; // weft: race
        }
    }

    static final class JdbcPool extends BasePool {
        void lease(int slot) {
            slots[slot] = 1; // weft: race
        }
    }

    public static void main(String[] args) throws InterruptedException {
        JdbcPool pool = new JdbcPool();
        pool.slots[0] = 0;
        Threads.runAll(new String[] {"leaser", "status"}, () -> pool.lease(0), () -> System.out.println(pool.status()));
    }
}
