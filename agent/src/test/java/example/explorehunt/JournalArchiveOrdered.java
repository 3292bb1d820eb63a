package example.explorehunt;

import java.util.concurrent.locks.ReentrantLock;

/** Twin of {@link JournalArchiveDeadlock}: both take the journal's monitor first, then the archive's lock. */
// weft: expect none
public final class JournalArchiveOrdered {

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
        synchronized (JOURNAL) {
            ARCHIVE.lock();
            try {
                entries -= archived;
            } finally {
                ARCHIVE.unlock();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread writer = new Thread(JournalArchiveOrdered::append, "writer");
        Thread archiver = new Thread(JournalArchiveOrdered::compact, "archiver");
        writer.start();
        archiver.start();
        writer.join();
        archiver.join();
        System.out.println("entries " + entries);
    }
}
