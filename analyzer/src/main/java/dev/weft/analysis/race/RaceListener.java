package dev.weft.analysis.race;

/**
 * Told about each data race {@link FastTrack} finds: two accesses to one variable, at least one a write,
 * that no happens-before edge orders.
 *
 * <p><b>Important</b>: it is called on the accessing thread, from inside {@link FastTrack#read} or
 * {@link FastTrack#write}, while the variable's {@link VarTable} is locked; it must be quick and must not
 * access instrumented fields. One access may race with several earlier ones (the unordered readers of a
 * read-shared variable): it is then called once for each.
 */
@FunctionalInterface
public interface RaceListener {

    /**
     * A race on a variable between an earlier access and the current one.
     *
     * @param var         the variable's key in its {@link VarTable}, which says which variable it is
     * @param priorEpoch  the epoch of the earlier access: its thread's index and clock, which together
     *                    name the thread ({@link ThreadClocks#owner}), since an index may be reused
     * @param priorSite   the site of the earlier access
     * @param priorKind   whether the earlier access read or wrote
     * @param thread      the index of the thread of the current access
     * @param site        the site of the current access
     * @param kind        whether the current access reads or writes
     */
    void race(int var, long priorEpoch, int priorSite, AccessKind priorKind, int thread, int site, AccessKind kind);
}
