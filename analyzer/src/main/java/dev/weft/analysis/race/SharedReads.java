package dev.weft.analysis.race;

/**
 * The reads of one read-shared variable of a {@link VarTable}: each thread's last read clock (a vector
 * clock) and the site of that read. Made when the variable first becomes read-shared and reused each time
 * it becomes so again; changed only under its table's monitor.
 */
final class SharedReads {

    final VectorClock reads = new VectorClock();
    private final VectorClock sites = new VectorClock(); // by thread index, as reads: sparse when the indices are

    /** Records thread {@code thread}'s read at {@code clock}, {@code site}. */
    void add(int thread, long clock, int site) {
        reads.set(thread, clock);
        sites.set(thread, site & 0xffffffffL);
    }

    /** The site of thread {@code thread}'s last read, or 0. */
    int site(int thread) {
        return (int) sites.get(thread);
    }

    /** Forgets every read, keeping the space. */
    void clear() {
        reads.clear();
    }
}
