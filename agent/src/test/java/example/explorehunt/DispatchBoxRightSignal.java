package example.explorehunt;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** The twin of {@link DispatchBoxWrongSignal}: the courier signals "not empty", the condition the clerk awaits. */
// weft: expect none
public final class DispatchBoxRightSignal {

    static final ReentrantLock LOCK = new ReentrantLock();
    static final Condition NOT_EMPTY = LOCK.newCondition();
    static final Condition NOT_FULL = LOCK.newCondition();
    static final Queue<String> BOX = new ArrayDeque<>();

    public static void main(String[] args) throws InterruptedException {
        Thread courier = new Thread(() -> {
            LOCK.lock();
            try {
                BOX.add("parcel");
                NOT_EMPTY.signal();
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
                NOT_FULL.signal();
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
