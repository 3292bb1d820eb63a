package dev.weft.schedule;

/**
 * An operation a thread is about to perform at a scheduling point.
 *
 * @param kind   what it is
 * @param target the lock or monitor (an identity number), the joined thread's index, the variable a memory access
 *               reads or writes (a number for the object and field, array element or atomic), or -1
 * @param timed  true for a wait that ends by itself ({@code wait(ms)}, {@code join(ms)}, {@code tryLock(t, u)})
 * @param site   the code's site id, for the timeline
 * @param check  a hash of the site's text: what a replay compares to notice that the code changed
 */
public record Op(OpKind kind, long target, boolean timed, int site, int check) {

    /** An operation with no target. */
    public static Op of(OpKind kind, int site, int check) {
        return new Op(kind, -1, false, site, check);
    }
}
