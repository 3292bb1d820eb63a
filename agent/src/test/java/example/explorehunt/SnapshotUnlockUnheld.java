package example.explorehunt;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Two editors each save a snapshot of the document when the save lock is free, and skip the save when another is
 * in progress; the {@code finally} lets the lock go whether the try took it or not. An editor whose try failed,
 * while the other saves, unlocks a lock it does not hold: an {@code IllegalMonitorStateException}.
 */
// weft: expect failure
public final class SnapshotUnlockUnheld {

    static final ReentrantLock SAVING = new ReentrantLock();
    static int savedVersion; // guarded by SAVING

    static void save(int version) {
        boolean saving = SAVING.tryLock();
        try {
            if (saving && version > savedVersion) {
                savedVersion = version;
            }
        } finally {
            SAVING.unlock(); // the bug: also when the try failed
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
