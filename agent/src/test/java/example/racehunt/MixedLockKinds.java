package example.racehunt;

import java.util.concurrent.locks.ReentrantLock;

/** One path guards the queue length with a ReentrantLock, the other with synchronized: they exclude nothing. */
// weft: expect race example.racehunt.MixedLockKinds.length threads=enqueuer,dequeuer
public final class MixedLockKinds {

    private final ReentrantLock lock = new ReentrantLock();
    private int length;

    void enqueue() {
        lock.lock();
        try {
            length++; // weft: race
        } finally {
            lock.unlock();
        }
    }

    synchronized void dequeue() {
        length--; // weft: race
    }

    public static void main(String[] args) throws InterruptedException {
        MixedLockKinds queue = new MixedLockKinds();
        Threads.runAll(new String[] {"enqueuer", "dequeuer"},
                () -> {
                    for (int i = 0; i < 200; i++) {
                        queue.enqueue();
                    }
                },
                () -> {
                    for (int i = 0; i < 200; i++) {
                        queue.dequeue();
                    }
                });
        System.out.println("length " + queue.length);
    }
}
