package dev.weft.samples.race;

import dev.weft.samples.Sample;

/**
 * A service creates its one instance lazily, on the first call to {@code getInstance()}, with no
 * synchronization: the textbook unsafe lazy initialization.
 *
 * <p>{@code request-1} and {@code request-2} pass a start gate together and each asks for the instance.
 * Each reads the static field {@code instance} and, if it sees {@code null}, builds an instance and
 * writes it back. Nothing orders one thread's read or write of the field with the other's, so both can
 * see {@code null} and build an instance each (two "singletons"), and a thread that does see the other's
 * instance has no happens-before edge to the constructor that filled it in, so it could see it half-built.
 * {@code main} compares the two instances after joining both threads.
 *
 * <p><b>What weft reports</b>: a race on {@code LazySingleton.instance} between {@code request-1} and
 * {@code request-2}: one thread's write in {@code getInstance} against the other's unsynchronized read at
 * the start of {@code getInstance}. The field is read once into a local, so these are its only two
 * access statements.
 *
 * <p><b>The fix</b>: {@link HolderSingleton} lets the JVM's class initialization build the instance: the
 * initialization-on-demand holder idiom.
 */
@Sample(
        shows = "Two threads call an unsynchronized lazy getInstance(); the static instance field is read"
                + " and written with no order between them: a data race that can build two singletons.",
        expect = "race",
        field = "dev.weft.samples.race.LazySingleton.instance",
        threads = {"request-1", "request-2"},
        twin = "HolderSingleton")
public final class LazySingleton {

    private static LazySingleton instance;

    private final String createdBy;

    private LazySingleton() {
        createdBy = Thread.currentThread().getName();
    }

    /** Returns the one instance, creating it on the first call, unsynchronized: the bug. */
    static LazySingleton getInstance() {
        LazySingleton current = instance; // weft: race
        if (current == null) {
            current = new LazySingleton();
            instance = current; // weft: race
        }
        return current;
    }

    public static void main(String[] args) throws InterruptedException {
        LazySingleton[] seen = new LazySingleton[2];
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
        System.out.println(seen[0] == seen[1]
                ? "one instance, created by " + seen[0].createdBy
                : "two instances, created by " + seen[0].createdBy + " and " + seen[1].createdBy);
    }
}
