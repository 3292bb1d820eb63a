package example.explorehunt;

import java.util.concurrent.locks.ReentrantLock;

/** {@link SnapshotUnlockUnheld} that lets the save lock go only when its try took it. */
// weft: expect none
public final class SnapshotUnlockHeld {

    static final ReentrantLock SAVING = new ReentrantLock();
    static int savedVersion; // guarded by SAVING

    static void save(int version) {
        if (SAVING.tryLock()) {
            try {
                if (version > savedVersion) {
                    savedVersion = version;
                }
            } finally {
                SAVING.unlock();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread alice = new Thread(() -> save(1), "alice");
        Thread bob = new Thread(() -> save(2), "bob");
        alice.start();
        bob.start();
        alice.join();
        bob.join();
        System.out.println("saved version " + savedVersion);
    }
}
