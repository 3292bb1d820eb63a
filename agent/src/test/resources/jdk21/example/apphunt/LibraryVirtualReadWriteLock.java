package example.apphunt;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A library catalogue in a plain {@code HashMap} guarded by a {@code ReentrantReadWriteLock}: librarian virtual threads
 * add and lend books (plain fields) under the write lock while reader virtual threads search under the read lock;
 * {@code main} waits on a latch counted down by every thread and reads the catalogue under the read lock.
 */
// weft: expect none
public final class LibraryVirtualReadWriteLock {

    static final class Book {
        String title;
        int copies;
        int lent;
    }

    public static void main(String[] args) throws Exception {
        Map<String, Book> catalogue = new HashMap<>();
        ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        int librarians = 3;
        int readers = 5;
        CountDownLatch done = new CountDownLatch(librarians + readers);
        for (int l = 0; l < librarians; l++) {
            int librarian = l;
            Thread.ofVirtual().name("librarian-" + l).start(() -> {
                for (int i = 0; i < 30; i++) {
                    String isbn = "isbn-" + (i + librarian * 7) % 40;
                    lock.writeLock().lock();
                    try {
                        Book book = catalogue.computeIfAbsent(isbn, k -> new Book());
                        book.title = "Title of " + isbn;
                        book.copies++;
                        if (book.copies > book.lent + 1) {
                            book.lent++;
                        }
                    } finally {
                        lock.writeLock().unlock();
                    }
                }
                done.countDown();
            });
        }
        long[] found = new long[readers];
        for (int r = 0; r < readers; r++) {
            int reader = r;
            Thread.ofVirtual().name("reader-" + r).start(() -> {
                for (int i = 0; i < 40; i++) {
                    lock.readLock().lock();
                    try {
                        Book book = catalogue.get("isbn-" + (i + reader) % 40);
                        found[reader] += book == null ? 0 : book.copies - book.lent + book.title.length();
                    } finally {
                        lock.readLock().unlock();
                    }
                }
                done.countDown();
            });
        }
        done.await();
        lock.readLock().lock();
        try {
            int copies = catalogue.values().stream().mapToInt(b -> b.copies).sum();
            System.out.println(catalogue.size() + " titles, " + copies + " copies, searches " + (found[0] >= 0));
        } finally {
            lock.readLock().unlock();
        }
    }
}
