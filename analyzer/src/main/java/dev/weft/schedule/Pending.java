package dev.weft.schedule;

/**
 * What a {@link Strategy} may look at when it picks: the operation each option's thread is about to perform. A view
 * of the model at the choice, valid only during {@link Strategy#pick}.
 */
public interface Pending {

    /** The operation thread {@code tid} is about to perform, or {@code null} ({@link Machine#NO_TIMEOUT}). */
    Op op(int tid);

    /** True when thread {@code tid} stands at a site it has not run before in this run. */
    boolean atNewSite(int tid);

    /** How many distinct sites thread {@code tid} has run in this run. */
    int sitesRun(int tid);

    /**
     * True when the operations of threads {@code a} and {@code b} conflict: both on the same lock, or both on the
     * same variable (a field of one object, an array element, an atomic) and at least one of them a write. Only
     * operations with a known target conflict.
     */
    default boolean conflict(int a, int b) {
        Op x = op(a);
        Op y = op(b);
        if (x == null || y == null || x.target() < 0 || x.target() != y.target()) {
            return false;
        }
        boolean memoryX = x.kind() == OpKind.READ || x.kind() == OpKind.WRITE;
        boolean memoryY = y.kind() == OpKind.READ || y.kind() == OpKind.WRITE;
        if (memoryX != memoryY) {
            return false;
        }
        return !memoryX || x.kind() == OpKind.WRITE || y.kind() == OpKind.WRITE;
    }
}
