package dev.weft.analysis.race;

import java.util.Arrays;

/**
 * The shadow of one variable (a field of one object, a static field, or one array element) for
 * {@link FastTrack}: the epoch of its last write, and the epoch of its last read or, once reads by
 * several threads are unordered (read-shared), a vector clock of every thread's last read. For reports it
 * also keeps the site of each of those accesses; their thread is in the epoch.
 *
 * <p>Small, mutable, and holding no reference to the application's object. {@link FastTrack} changes it
 * only while holding its monitor; see {@link FastTrack} for why reads without it are safe.
 */
public final class VarState {

    private final int tag;

    long write = Epoch.NONE;      // W: epoch of the last write
    int writeSite;                // site of the last write
    long read = Epoch.NONE;       // R: epoch of the last read, or Epoch.SHARED
    int readSite;                 // site of the last read, while R is an epoch
    VectorClock reads;            // while R is SHARED: each thread's last read clock; else null or reused
    int[] readSites;              // while R is SHARED: each thread's last read site, by thread index

    /**
     * The shadow of a variable no thread has accessed yet.
     *
     * @param tag what the variable is, in its creator's own terms (a field id, an array index, a number
     *            in a table), handed back with each race
     */
    public VarState(int tag) {
        this.tag = tag;
    }

    /** What the variable is, as its creator said. */
    public int tag() {
        return tag;
    }

    /** The epoch of the last write, or {@link Epoch#NONE}. */
    public synchronized long lastWrite() {
        return write;
    }

    /** The site of the last write (meaningless before the first). */
    public synchronized int lastWriteSite() {
        return writeSite;
    }

    /** The epoch of the last read, {@link Epoch#NONE}, or {@link Epoch#SHARED} while read-shared. */
    public synchronized long lastRead() {
        return read;
    }

    /** The clock of thread {@code thread}'s last read that no write has superseded yet, or 0. */
    public synchronized long lastReadClockOf(int thread) {
        if (read == Epoch.SHARED) {
            return reads.get(thread);
        }
        return read != Epoch.NONE && Epoch.thread(read) == thread ? Epoch.clock(read) : 0;
    }

    /** The site of thread {@code thread}'s last read, when {@link #lastReadClockOf} is not 0. */
    public synchronized int lastReadSiteOf(int thread) {
        if (read != Epoch.SHARED) {
            return readSite;
        }
        return thread >= 0 && thread < readSites.length ? readSites[thread] : 0;
    }

    /** Records thread {@code thread}'s read at {@code clock}, {@code site} in the read-shared state. */
    void addSharedRead(int thread, long clock, int site) {
        reads.set(thread, clock);
        if (thread >= readSites.length) {
            readSites = Arrays.copyOf(readSites, Math.max(thread + 1, 2 * readSites.length));
        }
        readSites[thread] = site;
    }

    @Override
    public synchronized String toString() {
        return "W=" + Epoch.toString(write) + " R=" + (read == Epoch.SHARED ? reads.toString() : Epoch.toString(read));
    }
}
