package example.explorehunt;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * {@link PriceBoardWriterStarved} with the displays waiting for the close on a condition of the write lock, which
 * the publisher signals: a waiting display gives up the CPU, so the publisher runs under any policy.
 */
// weft: expect none
public final class PriceBoardWaitForClose {

    static final class Board {
        private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        private final Condition changed = lock.writeLock().newCondition();
        private int price = 100;
        private boolean closed;

        /** Waits until the board is closed; returns the closing price. */
        int awaitClose() throws InterruptedException {
            lock.writeLock().lock();
            try {
                while (!closed) {
                    changed.await();
                }
                return price;
            } finally {
                lock.writeLock().unlock();
            }
        }

        void close(int closingPrice) {
            lock.writeLock().lock();
            try {
                price = closingPrice;
                closed = true;
                changed.signalAll();
            } finally {
                lock.writeLock().unlock();
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Board board = new Board();
        Runnable display = () -> {
            try {
                System.out.println(Thread.currentThread().getName() + " closed at " + board.awaitClose());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
