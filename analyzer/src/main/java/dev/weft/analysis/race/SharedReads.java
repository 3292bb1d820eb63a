package dev.weft.analysis.race;

import java.util.Arrays;

/**
 * The reads of one read-shared variable of a {@link VarTable}: each thread's last read clock (a vector
 * clock) and the site of that read. Made when the variable first becomes read-shared and reused each time
 * it becomes so again; changed only under its table's monitor.
 */
final class SharedReads {

    final VectorClock reads = new VectorClock();
    private int[] sites = new int[0];

    /** Records thread {@code thread}'s read at {@code clock}, {@code site}. */
    void add(int thread, long clock, int site) {
        reads.set(thread, clock);
        if (thread >= sites.length) {
            sites = Arrays.copyOf(sites, Math.max(thread + 1, 2 * sites.length));
        }
        sites[thread] = site;
    }

    /** The site of thread {@code thread}'s last read, or 0. */
    int site(int thread) {
        int[] s = sites;
        return thread >= 0 && thread < s.length ? s[thread] : 0;
    }

    /** Forgets every read, keeping the space. */
    void clear() {
        reads.clear();
    }
}
