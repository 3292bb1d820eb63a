package dev.weft.samples.race;

import dev.weft.samples.Sample;

/**
 * A service creates its one instance lazily with double-checked locking, but the field holding it is not
 * {@code volatile}: the classic broken double-checked locking.
 *
 * <p>{@code request-1} and {@code request-2} pass a start gate together and each asks for the instance.
 * The second check and the write happen under a lock, so only one thread builds the instance. But the
 * first check reads the field with no lock: a thread that sees the instance there has no happens-before
 * edge to the write, nor to the constructor before it, and could use a half-built object. The threads
 * here keep the instance without reading its fields; {@code main} reads them after joining both threads.
 *
 * <p><b>What weft reports</b>: a race on {@code DoubleCheckedLockingBroken.instance} between
 * {@code request-1} and {@code request-2}: the unsynchronized first check of one thread against the write
 * under the lock by the other. The second check is not part of it: it is ordered after the write by the
 * lock.
 *
 * <p><b>The fix</b>: {@link DoubleCheckedLockingVolatile} declares the field {@code volatile}, so the write
 * happens-before every read that sees it.
 */
@Sample(
        shows = "Double-checked locking on a non-volatile field: the unsynchronized first check races with"
                + " the write made under the lock.",
        expect = "race",
        field = "dev.weft.samples.race.DoubleCheckedLockingBroken.instance",
        threads = {"request-1", "request-2"},
        twin = "DoubleCheckedLockingVolatile")
public final class DoubleCheckedLockingBroken {

    private static final Object LOCK = new Object();

    private static DoubleCheckedLockingBroken instance;

    private String createdBy;

    private DoubleCheckedLockingBroken() {
        createdBy = Thread.currentThread().getName();
    }

    /** Returns the one instance, creating it under a lock on the first call; the field is not volatile: the bug. */
    static DoubleCheckedLockingBroken getInstance() {
        DoubleCheckedLockingBroken current = instance; // weft: race
        if (current == null) {
            synchronized (LOCK) {
                current = instance;
                if (current == null) {
                    current = new DoubleCheckedLockingBroken();
                    instance = current; // weft: race
                }
            }
        }
        return current;
    }

    public static void main(String[] args) throws InterruptedException {
        DoubleCheckedLockingBroken[] seen = new DoubleCheckedLockingBroken[2];
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
