package example.explorehunt;

/**
 * A one-connection pool whose {@code borrow} waits for a free connection on the slot monitor while still holding the
 * pool's monitor (a nested-monitor lockout): {@code wait} lets go of the inner monitor only, so the worker that would
 * give the connection back blocks on the outer one, and neither goes on.
 */
// weft: expect deadlock
public final class ConnectionPoolNestedWait {

    static final class Pool {
        private final Object slots = new Object();
        private int free = 1;

        String borrow() throws InterruptedException {
            synchronized (this) {
                synchronized (slots) {
                    while (free == 0) {
                        slots.wait(); // the bug: the pool's monitor stays held while waiting
                    }
                    free--;
                    return "connection";
                }
            }
        }

        void giveBack() {
            synchronized (this) {
                synchronized (slots) {
                    free++;
                    slots.notify();
                }
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Pool pool = new Pool();
        Runnable report = () -> {
            try {
                String connection = pool.borrow();
                System.out.println(Thread.currentThread().getName() + " ran a query on " + connection);
                pool.giveBack();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Thread daily = new Thread(report, "daily-report");
        Thread weekly = new Thread(report, "weekly-report");
        daily.start();
        weekly.start();
        daily.join();
        weekly.join();
    }
}
