package example.explorehunt;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A one-slot tray between two bakers and two packers, guarded by a {@code ReentrantLock} with a single
 * {@code Condition} for both "tray free" and "tray full", and {@code signal()} waking one waiter. A baker's
 * signal may wake the other baker instead of a packer: it finds the tray full and waits again, and soon all four wait.
 */
// weft: expect deadlock
public final class TrayOneCondition {

    static final ReentrantLock LOCK = new ReentrantLock();
    static final Condition CHANGED = LOCK.newCondition();
    static String tray;

    public static void main(String[] args) throws InterruptedException {
        Thread[] threads = {
            new Thread(() -> bake("rye"), "baker-1"), new Thread(() -> bake("spelt"), "baker-2"),
            new Thread(TrayOneCondition::pack, "packer-1"), new Thread(TrayOneCondition::pack, "packer-2")};
        for (Thread t : threads) {
            t.start();
        }
        for (Thread t : threads) {
            t.join();
        }
    }

    static void bake(String bread) {
        for (int i = 0; i < 2; i++) {
            LOCK.lock();
            try {
                while (tray != null) {
                    CHANGED.awaitUninterruptibly();
                }
                tray = bread + i;
                CHANGED.signal(); // the bug: one condition for both states, and one waiter woken
            } finally {
                LOCK.unlock();
            }
        }
    }

    static void pack() {
        for (int i = 0; i < 2; i++) {
            LOCK.lock();
            try {
                while (tray == null) {
                    CHANGED.awaitUninterruptibly();
                }
                System.out.println("packed " + tray);
                tray = null;
                CHANGED.signal();
            } finally {
                LOCK.unlock();
            }
        }
    }
}
