package example.explorehunt;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** {@link TrayOneCondition} with a condition per state: a baker signals "tray full", a packer "tray free". */
// weft: expect none
public final class TrayTwoConditions {

    static final ReentrantLock LOCK = new ReentrantLock();
    static final Condition FREE = LOCK.newCondition();
    static final Condition FULL = LOCK.newCondition();
    static String tray;

    public static void main(String[] args) throws InterruptedException {
        Thread[] threads = {
            new Thread(() -> bake("rye"), "baker-1"), new Thread(() -> bake("spelt"), "baker-2"),
            new Thread(TrayTwoConditions::pack, "packer-1"), new Thread(TrayTwoConditions::pack, "packer-2")};
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
                    FREE.awaitUninterruptibly();
                }
                tray = bread + i;
                FULL.signal();
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
                    FULL.awaitUninterruptibly();
                }
                System.out.println("packed " + tray);
                tray = null;
                FREE.signal();
            } finally {
                LOCK.unlock();
            }
        }
    }
}
