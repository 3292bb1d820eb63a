package example.explorehunt;

import java.util.concurrent.locks.ReentrantLock;

/**
 * A journal appends under its own monitor and then archives under the archive's {@code ReentrantLock}; the archiver
 * compacts under that lock and then trims the journal under its monitor: a cycle of a monitor and a lock.
 */
// weft: expect deadlock
public final class JournalArchiveDeadlock {

    static final Object JOURNAL = new Object();
    static final ReentrantLock ARCHIVE = new ReentrantLock();
    static int entries;
    static int archived;

    static void append() {
        synchronized (JOURNAL) {
            entries++;
            ARCHIVE.lock();
            try {
                archived = entries;
            } finally {
                ARCHIVE.unlock();
            }
        }
    }

    static void compact() {
        ARCHIVE.lock();
        try {
            synchronized (JOURNAL) { // the bug: the lock, then the monitor; append takes them the other way round
                entries -= archived;
            }
        } finally {
            ARCHIVE.unlock();
        }
    }

    /** With an argument, sleeps that many milliseconds: a plain run then rarely deadlocks, and predicts the cycle. */
    static void pause(String[] args) {
        if (args.length > 0) {
            try {
                Thread.sleep(Long.parseLong(args[0]));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread writer = new Thread(JournalArchiveDeadlock::append, "writer");
        Thread archiver = new Thread(() -> {
            pause(args);
            compact();
        }, "archiver");
        writer.start();
        archiver.start();
        writer.join();
        archiver.join();
        System.out.println("entries " + entries);
    }
}
