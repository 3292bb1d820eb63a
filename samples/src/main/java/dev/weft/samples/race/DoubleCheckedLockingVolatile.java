package dev.weft.samples.race;

import dev.weft.samples.Sample;

/**
 * The correct twin of {@link DoubleCheckedLockingBroken}: double-checked locking on a {@code volatile}
 * field.
 *
 * <p>{@code request-1} and {@code request-2} pass a start gate together and each asks for the instance.
 * The thread that builds it writes the volatile field after the constructor; a thread whose first check
 * sees the instance read that write, and a volatile write happens-before every read that sees it, so the
 * constructor's writes are visible too. A thread that sees {@code null} takes the lock, which orders its
 * second check after the other thread's write.
 *
 * <p><b>What weft reports</b>: nothing.
 */
@Sample(
        shows = "Double-checked locking on a volatile field: the first check sees a fully built instance,"
                + " no race.",
        expect = "none",
        twin = "DoubleCheckedLockingBroken")
public final class DoubleCheckedLockingVolatile {

    private static final Object LOCK = new Object();

    private static volatile DoubleCheckedLockingVolatile instance;

    private String createdBy;

    private DoubleCheckedLockingVolatile() {
        createdBy = Thread.currentThread().getName();
    }

    /** Returns the one instance, creating it under a lock on the first call; the field is volatile: the fix. */
    static DoubleCheckedLockingVolatile getInstance() {
        DoubleCheckedLockingVolatile current = instance;
        if (current == null) {
            synchronized (LOCK) {
                current = instance;
                if (current == null) {
                    current = new DoubleCheckedLockingVolatile();
                    instance = current;
                }
            }
        }
        return current;
    }

    public static void main(String[] args) throws InterruptedException {
        DoubleCheckedLockingVolatile[] seen = new DoubleCheckedLockingVolatile[2];
        StartGate gate = new StartGate(2);
        Thread request1 = new Thread(() -> {
            gate.arriveAndAwait();
            seen[0] = getInstance();
        }, "request-1");
        Thread request2 = new Thread(() -> {
            gate.arriveAndAwait();
            seen[1] = getInstance();
        }, "request-2");
        request1.start();
        request2.start();
        request1.join();
        request2.join();
        System.out.println((seen[0] == seen[1] ? "one instance" : "two instances")
                + ", created by " + seen[0].createdBy);
    }
}
