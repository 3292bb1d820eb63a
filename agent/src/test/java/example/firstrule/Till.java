package example.firstrule;

import java.util.concurrent.Semaphore;

/** The till of {@link CashDrawer}: a drawer semaphore of one permit. */
final class Till {

    final Semaphore drawer = new Semaphore(1);
    private int total;

    void sell(int amount) {
        drawer.acquireUninterruptibly();
        try {
            total += amount;
        } finally {
            drawer.release();
        }
    }

    void jam() {
        drawer.acquireUninterruptibly();
    }

    int total() {
        drawer.acquireUninterruptibly();
        try {
            return total;
        } finally {
            drawer.release();
        }
    }
}
