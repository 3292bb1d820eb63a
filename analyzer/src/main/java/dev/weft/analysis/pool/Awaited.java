package dev.weft.analysis.pool;

import dev.weft.trace.Site;

/**
 * What a waiting thread waits for: a future, a latch, a lock, a monitor...
 *
 * @param id           unique among the objects of one moment
 * @param kind         {@code future}, {@code latch}, {@code lock}, {@code monitor}, {@code thread}, {@code synchronizer}
 *                     (any other parking) or {@code unknown}
 * @param className    the object's class
 * @param identityHash its identity hash
 * @param runner       for a future, the id of the thread that runs its task, or -1 (not started, or not known)
 * @param queuedIn     for a future, the id of the pool whose queue holds its task, or -1
 * @param submittedAt  for a future, where its task was submitted, or {@code null} when not known
 */
public record Awaited(long id, String kind, String className, int identityHash, long runner, long queuedIn, Site submittedAt) {

    /** Nothing runs it and no pool holds it (a latch, a lock...): {@code runner} and {@code queuedIn} are -1. */
    public static Awaited object(long id, String kind, String className, int identityHash) {
        return new Awaited(id, kind, className, identityHash, -1, -1, null);
    }

    /** The name people know from thread dumps: {@code java.util.concurrent.FutureTask@1b6d3586}. */
    public String displayName() {
        return className + "@" + Integer.toHexString(identityHash);
    }
}
