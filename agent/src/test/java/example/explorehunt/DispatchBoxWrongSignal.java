package example.explorehunt;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A one-slot dispatch box guarded by a {@code ReentrantLock} with two conditions, "not empty" and "not full". The
 * courier puts its parcel and signals "not full" instead of "not empty": a clerk that came first and awaits "not empty"
 * is never signalled and waits forever, main in its join (a lost signal). A clerk that comes after the parcel finds it
 * and never waits.
 */
// weft: expect deadlock
public final class DispatchBoxWrongSignal {

    static final ReentrantLock LOCK = new ReentrantLock();
    static final Condition NOT_EMPTY = LOCK.newCondition();
    static final Condition NOT_FULL = LOCK.newCondition();
    static final Queue<String> BOX = new ArrayDeque<>();

    public static void main(String[] args) throws InterruptedException {
        Thread courier = new Thread(() -> {
            LOCK.lock();
            try {
                BOX.add("parcel");
                NOT_FULL.signal(); // the bug: the clerk waits on NOT_EMPTY
            } finally {
                LOCK.unlock();
            }
        }, "courier");
        Thread clerk = new Thread(() -> {
            LOCK.lock();
            try {
                while (BOX.isEmpty()) {
                    NOT_EMPTY.awaitUninterruptibly();
                }
                System.out.println("took " + BOX.remove());
            } finally {
                LOCK.unlock();
            }
        }, "clerk");
        clerk.start();
        courier.start();
        clerk.join();
        courier.join();
    }
}
