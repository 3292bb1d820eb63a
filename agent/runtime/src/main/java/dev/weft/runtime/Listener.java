package dev.weft.runtime;

/**
 * Receives the events of instrumented code, on the thread that performs the operation.
 *
 * <p>Every method has a no-op default so a listener overrides only what it needs. Methods named
 * {@code ...Requested} run <em>before</em> a blocking operation and may block the calling thread (that
 * is how a scheduler takes control); the others run right after the operation, or right before a
 * release.
 *
 * <p><b>Important</b>: implementations run inside the application's threads. They must not throw
 * (the {@link Weft} facade disables a listener that does), must not call methods of the application's
 * objects ({@code equals}, {@code hashCode}, {@code toString}), and must not keep those objects alive
 * after they are released. {@code site} is an id handed out when the call site was instrumented.
 */
public interface Listener {

    /** A listener that ignores everything. */
    Listener NOOP = new Listener() { };

    /** The thread is about to enter {@code monitor} (a {@code synchronized} block or method). */
    default void monitorEnterRequested(Object monitor, int site) { }

    /** The thread holds {@code monitor} (possibly again, reentrantly). */
    default void monitorEntered(Object monitor, int site) { }

    /** The thread is about to leave {@code monitor} (once, of possibly several reentrant holds). */
    default void monitorExiting(Object monitor, int site) { }

    /**
     * The thread is about to acquire a {@link java.util.concurrent.locks.Lock}.
     *
     * @param timed true for {@code tryLock(time, unit)}: a wait that ends by itself
     */
    default void lockRequested(Object lock, int site, boolean timed) { }

    /** The thread acquired {@code lock} ({@code lock}, {@code lockInterruptibly}, or a successful {@code tryLock}). */
    default void lockAcquired(Object lock, int site) { }

    /** A request did not acquire the lock: {@code tryLock} returned false, or the wait was interrupted. */
    default void lockNotAcquired(Object lock, int site) { }

    /** The thread is about to release {@code lock}. */
    default void lockReleasing(Object lock, int site) { }

    /**
     * The thread is about to call {@code monitor.wait(..)}, which releases the monitor until it is
     * notified and can take the monitor back.
     */
    default void waitRequested(Object monitor, int site, boolean timed) { }

    /** {@code monitor.wait(..)} returned or threw: the thread holds the monitor again. */
    default void waitEnded(Object monitor, int site) { }

    /** The thread is about to start {@code thread}. */
    default void threadStarting(Thread thread, int site) { }

    /** The thread is about to join {@code thread}. */
    default void joinRequested(Thread thread, int site, boolean timed) { }

    /** A join of {@code thread} returned or threw. */
    default void joinEnded(Thread thread, int site) { }
}
