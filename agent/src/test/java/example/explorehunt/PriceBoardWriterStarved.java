package example.explorehunt;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Two display readers poll a price board under its read lock until the board is closed; the publisher takes the
 * write lock to post the closing price and close it. On one CPU without time slices ({@code policy=cooperative})
 * a reader that has the CPU never blocks: each poll takes and lets go of a read lock no one writes, so the other
 * threads never get the CPU, the publisher never takes the write lock (the writer starved by the readers).
 */
// weft: expect starvation
public final class PriceBoardWriterStarved {

    static final class Board {
        private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        private int price = 100;
        private boolean closed;

        /** The price, or -1 once the board is closed. */
        int poll() {
            lock.readLock().lock();
            try {
                return closed ? -1 : price;
            } finally {
                lock.readLock().unlock();
            }
        }

        void close(int closingPrice) {
            lock.writeLock().lock();
            try {
                price = closingPrice;
                closed = true;
            } finally {
                lock.writeLock().unlock();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Board board = new Board();
        Runnable display = () -> {
            long polls = 0;
            while (board.poll() >= 0) { // the bug: polls without waiting for a change
                polls++;
            }
            System.out.println(Thread.currentThread().getName() + " saw the close after " + polls + " polls");
        };
        Thread lobby = new Thread(display, "lobby-display");
        Thread desk = new Thread(display, "desk-display");
        Thread publisher = new Thread(() -> board.close(104), "publisher");
        lobby.start();
        desk.start();
        publisher.start();
        lobby.join();
        desk.join();
        publisher.join();
    }
}
