package dev.weft.agent.race;

import dev.weft.agent.identity.WeakIdentityMap;
import dev.weft.analysis.race.SyncClock;
import dev.weft.analysis.race.ThreadClock;
import dev.weft.analysis.race.VectorClock;
import java.util.ArrayList;
import java.util.List;

/**
 * What the race detector keeps about one thread: its {@link ThreadClock}, and a little context of its
 * current access. Owned by its thread (see {@link ThreadClock} for the start and join exceptions).
 */
final class RaceThread {

    /** How many recently used map entries a thread keeps (a power of 2). */
    static final int RECENT = 64;

    final ThreadClock clock;
    /** The class of the array of the current element access, for a report. */
    Class<?> arrayType;
    /** The class of the collection of the current contents access, for a report. */
    Class<?> collectionType;
    /**
     * The map entries of the objects without a shadow field (arrays, locks...) this thread used lately,
     * by identity hash: most lookups hit here, with no lock.
     */
    @SuppressWarnings("unchecked")
    final WeakIdentityMap.Entry<ObjectShadow>[] recent = new WeakIdentityMap.Entry[RECENT];
    /**
     * How many static initializers the thread is running: while it runs one, its accesses are checked against
     * those recorded before but not recorded themselves (class initialization happens before every other use
     * of the class); one more for the whole of a shutdown hook (see {@code RaceTracker.shutdownHookAdded}).
     */
    int initializing;
    /** The thread's clock when it began the static initializer it is in, not inside another one; or null. */
    VectorClock initStart;
    /** The end of a class's initialization the current access met as ordered before it, to acquire once it is done; or null. */
    SyncClock initEnd;
    /** Whether the thread is a shutdown hook, whose accesses are not checked at all. */
    boolean shutdownHook;
    /** Whether the thread is in a {@code StampedLock} optimistic read, whose reads are not checked. */
    boolean optimisticRead;
    /** The locks of the thread's optimistic reads, made at its first. */
    OptimisticReads optimisticReads;
    /**
     * The sync object the thread released last, until it acquires one: the receiver of the call on a
     * synchronizing object it is in, whose callbacks acquire it. Else {@code null}.
     */
    Object releasedLast;
    /** The window of a {@code ConcurrentHashMap} call's key hash, whose callbacks acquire nothing. */
    final KeyHashWindow keyHash = new KeyHashWindow();
    /** Races found in the current access, reported once the access's shadow state is unlocked; or null. */
    List<Conflict> conflicts;

    RaceThread(ThreadClock clock) {
        this.clock = clock;
    }

    void conflict(Conflict conflict) {
        if (conflicts == null) {
            conflicts = new ArrayList<>(2);
        }
        conflicts.add(conflict);
    }
}
