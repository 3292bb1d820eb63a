package dev.weft.samples.race;

import dev.weft.samples.Sample;

/**
 * The correct twin of {@link LazySingleton}: the instance is created lazily by the initialization of a
 * nested holder class, the initialization-on-demand holder idiom.
 *
 * <p>{@code request-1} and {@code request-2} pass a start gate together and each reads
 * {@code Holder.INSTANCE}. The first read makes the JVM initialize {@code Holder}, which runs the
 * constructor and writes the field under the JVM's class-initialization lock; the other thread waits for
 * that initialization to finish or sees it finished. The end of a class's initialization happens-before
 * every use of the class by any other thread (JLS 12.4.2), so both threads see the same, fully built
 * instance, with no lock taken after the first call.
 *
 * <p><b>What weft reports</b>: nothing. A detector that does not treat class initialization as a
 * happens-before edge would wrongly report a race between the write of {@code Holder.INSTANCE} in the
 * holder's static initializer and the other thread's read of it.
 */
@Sample(
        shows = "Two threads get a lazily created singleton through the initialization-on-demand holder"
                + " idiom: class initialization orders the creation before every use, so no race.",
        expect = "none",
        twin = "LazySingleton")
public final class HolderSingleton {

    private final String createdBy;

    private HolderSingleton() {
        createdBy = Thread.currentThread().getName();
    }

    /** Holds the instance; the JVM initializes it on first use, exactly once: the fix. */
    private static final class Holder {
        static final HolderSingleton INSTANCE = new HolderSingleton();
    }

    /** Returns the one instance, created on the first call by the holder's class initialization. */
    static HolderSingleton getInstance() {
        return Holder.INSTANCE;
    }

    public static void main(String[] args) throws InterruptedException {
        HolderSingleton[] seen = new HolderSingleton[2];
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
