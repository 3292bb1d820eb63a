package example.apphunt;

import java.util.concurrent.atomic.AtomicLongFieldUpdater;

/**
 * A write-ahead journal appends entries into a plain array and advances a {@code volatile long} commit cursor through
 * an {@code AtomicLongFieldUpdater} ({@code lazySet}, then {@code compareAndSet} for the last entry); a replica
 * thread reads the cursor with the updater's {@code get} and copies every entry below it. The entries are plain
 * objects written before the cursor moves past them.
 */
// weft: expect none
public final class JournalCursorLongUpdater {

    static final class Entry {
        long term;
        String command;
    }

    static final class Journal {
        static final AtomicLongFieldUpdater<Journal> COMMITTED = AtomicLongFieldUpdater.newUpdater(Journal.class, "committed");
        final Entry[] entries = new Entry[1_000];
        volatile long committed;

        void append(int index, long term, String command) {
            Entry entry = new Entry();
            entry.term = term;
            entry.command = command;
            entries[index] = entry;
            if (index == entries.length - 1) {
                COMMITTED.compareAndSet(this, index, index + 1);
            } else {
                COMMITTED.lazySet(this, index + 1);
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Journal journal = new Journal();
        long[] replicated = new long[2];
        Thread replica = new Thread(() -> {
            int copied = 0;
            while (copied < journal.entries.length) {
                long upTo = Journal.COMMITTED.get(journal);
                for (; copied < upTo; copied++) {
                    Entry entry = journal.entries[copied];
                    replicated[0] += entry.term;
                    replicated[1] += entry.command.length();
                }
            }
        }, "replica");
        replica.start();
        for (int i = 0; i < journal.entries.length; i++) {
            journal.append(i, 1 + i / 100, "SET k" + i + " v" + i);
        }
        replica.join();
        System.out.println("replicated terms " + replicated[0] + ", " + replicated[1] + " chars");
    }
}
