package dev.weft.analysis.waitfor;

import java.util.Locale;
import java.util.Objects;

/**
 * Something a thread can hold and another can wait for: a monitor, a {@code Lock}, a read-write lock
 * (both halves of one {@code ReentrantReadWriteLock} are one resource, taken in two modes), a thread
 * (which a joiner waits for until it ends), a class's initialization, or a {@code Semaphore} used as a mutex (its
 * permit held by the thread that took it; the agent decides when a semaphore is one).
 *
 * @param id            unique among the resources of one snapshot or trace; for {@link Kind#THREAD}, the thread's id
 * @param kind          what sort of resource it is
 * @param className     the lock object's class (fully qualified), or {@code java.lang.Thread}
 * @param identityHash  {@code System.identityHashCode} of the object, to tell two locks of one class apart
 */
public record Resource(long id, Kind kind, String className, int identityHash) {

    /** What sort of resource. */
    public enum Kind {
        MONITOR, LOCK, READ_WRITE_LOCK, THREAD,
        /** A class's initialization, held by the thread running its static initializer, awaited by the others that use the class. */
        CLASS_INITIALIZATION,
        /** A {@code Semaphore} whose permits are taken and given back by one thread each, and all taken: not reentrant. */
        SEMAPHORE;

        /**
         * The name in reports: {@code monitor}, {@code lock}, {@code read-write-lock}, {@code thread} or
         * {@code class-initialization} or {@code semaphore}.
         */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /**
     * The resource a joiner waits for: the thread with id {@code tid}, "held" by that thread until it ends.
     *
     * @param identityHash the {@code Thread} object's identity hash, or 0 when not known
     */
    public static Resource thread(long tid, int identityHash) {
        return new Resource(tid, Kind.THREAD, Thread.class.getName(), identityHash);
    }

    // equals and hashCode are written out because a record's own are linked, at their first call, through
    // java.lang.runtime.ObjectMethods, whose method handles cost a deadlock-only run about 60 generated classes
    // at start-up (docs/performance.md, twelfth session); WaitForGraph.WaitsFor does the same

    @Override
    public boolean equals(Object other) {
        return other instanceof Resource that && id == that.id && kind == that.kind && identityHash == that.identityHash
                && Objects.equals(className, that.className);
    }

    @Override
    public int hashCode() {
        return (31 * (31 * Long.hashCode(id) + Objects.hashCode(kind)) + Objects.hashCode(className)) * 31 + identityHash;
    }

    /**
     * The initialization of class {@code className}, held by the thread that runs its static initializer.
     *
     * @param id unique among the resources of one snapshot
     */
    public static Resource classInitialization(long id, String className) {
        return new Resource(id, Kind.CLASS_INITIALIZATION, className, 0);
    }

    /**
     * The name people know from thread dumps: {@code java.lang.Object@1b6d3586}; for a class's initialization,
     * {@code the initialization of class com.example.Tariffs}.
     */
    public String displayName() {
        return kind == Kind.CLASS_INITIALIZATION ? "the initialization of class " + className
                : className + "@" + Integer.toHexString(identityHash);
    }
}
