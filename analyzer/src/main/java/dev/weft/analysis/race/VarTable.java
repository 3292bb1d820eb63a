package dev.weft.analysis.race;

import java.util.Arrays;

/**
 * The {@link FastTrack} state of a set of variables (the fields of one object, the elements of one array,
 * the static fields of every class, every variable of a trace), each named by an {@code int} key and
 * kept in a slot: the epoch of its last write, the epoch of its last read or {@link Epoch#SHARED}, and the
 * sites of those two accesses (their threads are in the epochs). The first slot is in the table's own
 * fields, the others in one {@code long[]} made when a second variable comes: most tables of arrays and
 * collections never hold more than one, and then the table is one object, not two. A variable gets an
 * object of its own only once reads by several threads are unordered (read-shared): its
 * {@link SharedReads}, kept for the slot afterwards. So a variable costs 32 bytes, not an object, and an
 * empty table or one of a single variable 48 bytes: what few tables need (an index, read-shared state, a
 * subclass's {@linkplain #attachment attachment}) is in one more object, made when first needed; an
 * attachment alone needs none, it takes that object's place.
 *
 * <p>Slots are handed out in order of first access and never move: {@link #slot} returns the same slot
 * for a key as long as the table lives, so a caller may keep it.
 *
 * <p><b>Shadow state</b>:
 * <ul>
 *   <li>{@code firstKey}, {@code firstWrite}, {@code firstRead}, {@code firstSites}: slot 0 (its key;
 *       the write epoch; the read epoch; the two sites, write site high). The key is set once, under the
 *       monitor, before {@code words} is first set: a table whose {@code words} is {@code null} is
 *       empty.</li>
 *   <li>{@code words}: for each slot from 1 on its key (marked as used) and the same three {@code long}s
 *       as slot 0, slot {@code s} at {@code 4 * (s - 1)}; the slots in use are a prefix, the rest zeros.
 *       Grown by copying (slots keep their place).</li>
 *   <li>Both are written under this table's monitor only and read without it. {@link FastTrack}'s slow
 *       paths hold the monitor: one monitor per table, not per variable.</li>
 *   <li>{@code rare}: {@code null} until the table needs one of the following, then made once under the
 *       monitor; until then it may hold a subclass's attachment itself (most tables that need anything
 *       more need only that: the clocks of an object used as a lock), replaced by a {@code Rare} that
 *       takes it over when an index or read-shared state comes.</li>
 *   <li>{@code rare.index}: once there are more than 8 slots, an open-addressed table from key to slot + 1
 *       (at most half full; slot 0 is not in it, a look-up checks it first), replaced or filled in under
 *       the monitor; up to then a look-up scans the keys. A reader that misses a slot being added takes
 *       the monitor and looks again.</li>
 *   <li>{@code rare.shared}: by slot, each variable's {@link SharedReads} once it was read-shared; {@code null}
 *       until then. Set under the monitor before the read epoch says {@link Epoch#SHARED}.</li>
 * </ul>
 * A slot seen through a racy read is safe to use: its words start at {@link Epoch#NONE} and site 0, and
 * a stale or torn epoch costs at most a missed or late report (see {@link FastTrack}).
 *
 * <p>Open for extension so that a shadow can be its own table (one object per shadowed object).
 */
public class VarTable {

    /** How many {@code long}s a slot takes. */
    private static final int STRIDE = 4;
    private static final int WRITE = 1;
    private static final int READ = 2;
    private static final int SITES = 3;
    /** Marks a slot's key word as used, so that key 0 differs from an empty slot. */
    private static final long USED = 1L << 32;
    /** Up to this many slots a look-up scans the keys; beyond, it goes through the index. */
    private static final int SCANNED = 8;
    /** Room for two variables when a second comes, unless the caller knows better: most objects have few fields accessed. */
    private static final int ROOM = 2;
    private static final long[] EMPTY = new long[0];

    /** What few tables need, in one object made when first needed. Its fields are set under the table's monitor. */
    private static final class Rare {
        volatile int[] index;
        volatile SharedReads[] shared;
        volatile Object attachment;
    }

    private int firstKey;
    private long firstWrite;
    private long firstRead;
    private long firstSites;
    private volatile long[] words;
    private volatile Object rare; // null, a Rare, or the attachment while nothing else is needed

    /** A table of no variables yet. */
    public VarTable() { }

    /** The slot of the variable named {@code key}, given it on its first look-up. */
    public final int slot(int key) {
        return slot(key, ROOM);
    }

    /**
     * The slot of the variable named {@code key}, given it on its first look-up; when that makes it the
     * table's second variable, the table makes room for {@code room} variables in all (at least two; later
     * growth doubles the room beyond the first). For callers that know how many variables such a table
     * comes to hold (the objects of one class).
     */
    public final int slot(int key, int room) {
        int slot = find(key);
        return slot >= 0 ? slot : add(key, room);
    }

    /**
     * The slot of the variable named {@code key}, or -1 when it has none yet. Without the monitor: a slot
     * being added at this moment may be missed.
     */
    public final int slotIfAny(int key) {
        return find(key);
    }

    /** How many slots are in use (without the monitor: at least those in use when the last one was added before this call). */
    public final int slots() {
        long[] w = words;
        return w == null ? 0 : 1 + used(w);
    }

    /** The key of the variable in {@code slot}. */
    public final int key(int slot) {
        return slot == 0 ? firstKey : (int) words[at(slot)];
    }

    /** Where slot {@code slot} (not 0) starts in {@code words}. */
    private static int at(int slot) {
        return (slot - 1) * STRIDE;
    }

    private int find(int key) {
        long[] w = words;
        if (w == null) {
            return -1;
        }
        if (firstKey == key) { // set before words
            return 0;
        }
        long used = USED | (key & 0xffffffffL);
        int[] ix = rare instanceof Rare x ? x.index : null;
        if (ix == null) {
            for (int i = 0; i < w.length && w[i] != 0; i += STRIDE) {
                if (w[i] == used) {
                    return 1 + i / STRIDE;
                }
            }
            return -1;
        }
        w = words; // after the index: a newer index comes with words at least as new
        int mask = ix.length - 1;
        for (int i = hash(key) & mask; ix[i] != 0; i = (i + 1) & mask) {
            int slot = ix[i] - 1;
            if (at(slot) < w.length && w[at(slot)] == used) {
                return slot;
            }
        }
        return -1;
    }

    private synchronized int add(int key, int room) {
        int slot = find(key);
        if (slot >= 0) {
            return slot;
        }
        long[] w = words;
        if (w == null) {
            firstKey = key;
            words = EMPTY;
            return 0;
        }
        int more = used(w);
        if (more * STRIDE == w.length) {
            w = Arrays.copyOf(w, STRIDE * (more == 0 ? Math.max(1, room - 1) : 2 * more));
        }
        w[more * STRIDE] = USED | (key & 0xffffffffL);
        words = w;
        slot = more + 1;
        if (slot >= SCANNED) {
            index(key, slot);
        }
        return slot;
    }

    /** The rare part, made now if the table has none (taking over the attachment); under the monitor. */
    private Rare rare() {
        Object x = rare;
        if (x instanceof Rare r) {
            return r;
        }
        Rare r = new Rare();
        r.attachment = x;
        rare = r;
        return r;
    }

    /** How many slots of {@code w} are in use: they are a prefix, found by binary search. */
    private static int used(long[] w) {
        int low = 0;
        int high = w.length / STRIDE; // slots below low are used, from high on free
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (w[middle * STRIDE] != 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Adds {@code slot}, the last in use, to the index, rebuilding it when it would be more than half full. */
    private void index(int key, int slot) {
        Rare x = rare();
        int[] ix = x.index;
        int size = slot + 1;
        if (ix == null || 2 * size > ix.length) {
            ix = new int[Integer.highestOneBit(4 * size - 1)];
            for (int s = 1; s < slot; s++) {
                put(ix, key(s), s);
            }
            put(ix, key, slot);
            x.index = ix;
        } else {
            put(ix, key, slot);
        }
    }

    private static void put(int[] ix, int key, int slot) {
        int mask = ix.length - 1;
        int i = hash(key) & mask;
        while (ix[i] != 0) {
            i = (i + 1) & mask;
        }
        ix[i] = slot + 1;
    }

    private static int hash(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    // ---- FastTrack's view: racy reads for the fast paths, the rest under this table's monitor ----------

    long write(int slot) {
        return slot == 0 ? firstWrite : words[at(slot) + WRITE];
    }

    long read(int slot) {
        return slot == 0 ? firstRead : words[at(slot) + READ];
    }

    private long sites(int slot) {
        return slot == 0 ? firstSites : words[at(slot) + SITES];
    }

    int writeSite(int slot) {
        return (int) (sites(slot) >>> 32);
    }

    int readSite(int slot) {
        return (int) sites(slot);
    }

    /** Records the last write: epoch {@code epoch} at {@code site}. */
    void wrote(int slot, long epoch, int site) {
        long sites = (long) site << 32 | (sites(slot) & 0xffffffffL);
        if (slot == 0) {
            firstWrite = epoch;
            firstSites = sites;
        } else {
            long[] w = words;
            w[at(slot) + WRITE] = epoch;
            w[at(slot) + SITES] = sites;
        }
    }

    /** Records the last read: epoch {@code epoch} at {@code site}, or {@link Epoch#SHARED} or {@link Epoch#NONE} (site ignored). */
    void readAt(int slot, long epoch, int site) {
        long sites = epoch != Epoch.SHARED && epoch != Epoch.NONE
                ? (sites(slot) & 0xffffffff00000000L) | (site & 0xffffffffL)
                : sites(slot);
        if (slot == 0) {
            firstRead = epoch;
            firstSites = sites;
        } else {
            long[] w = words;
            w[at(slot) + READ] = epoch;
            w[at(slot) + SITES] = sites;
        }
    }

    /** The read-shared state of {@code slot}, or {@code null} if it never was read-shared (racy). */
    SharedReads shared(int slot) {
        SharedReads[] s = rare instanceof Rare x ? x.shared : null;
        return s != null && slot < s.length ? s[slot] : null;
    }

    /** The read-shared state of {@code slot}, made on its first use and cleared on later ones. */
    SharedReads share(int slot) {
        Rare x = rare();
        SharedReads[] s = x.shared;
        if (s == null || slot >= s.length) {
            int room = 1 + words.length / STRIDE;
            s = s == null ? new SharedReads[room] : Arrays.copyOf(s, room);
            x.shared = s;
        }
        if (s[slot] == null) {
            s[slot] = new SharedReads();
        } else {
            s[slot].clear();
        }
        return s[slot];
    }

    // ---- a subclass's rare state ------------------------------------------------------------------------

    /** What the subclass attached to this table, or {@code null}; without the monitor. */
    protected final Object attachment() {
        Object x = rare;
        return x instanceof Rare r ? r.attachment : x;
    }

    /** Attaches {@code attachment} to this table, replacing what was attached; call it holding this table's monitor. */
    protected final void attach(Object attachment) {
        if (rare instanceof Rare r) {
            r.attachment = attachment;
        } else {
            rare = attachment; // a subclass cannot make a Rare: the field tells the two apart
        }
    }

    // ---- a view for tests and reports ------------------------------------------------------------------

    /** The epoch of the last write to the variable in {@code slot}, or {@link Epoch#NONE}. */
    public final synchronized long lastWrite(int slot) {
        return write(slot);
    }

    /** The site of the last write to the variable in {@code slot} (meaningless before the first). */
    public final synchronized int lastWriteSite(int slot) {
        return writeSite(slot);
    }

    /** The epoch of the last read of {@code slot}, {@link Epoch#NONE}, or {@link Epoch#SHARED} while read-shared. */
    public final synchronized long lastRead(int slot) {
        return read(slot);
    }

    /** The clock of thread {@code thread}'s last read of {@code slot} that no write has superseded yet, or 0. */
    public final synchronized long lastReadClockOf(int slot, int thread) {
        long r = read(slot);
        if (r == Epoch.SHARED) {
            return shared(slot).reads.get(thread);
        }
        return r != Epoch.NONE && Epoch.thread(r) == thread ? Epoch.clock(r) : 0;
    }

    /** The site of thread {@code thread}'s last read of {@code slot}, when {@link #lastReadClockOf} is not 0. */
    public final synchronized int lastReadSiteOf(int slot, int thread) {
        return read(slot) == Epoch.SHARED ? shared(slot).site(thread) : readSite(slot);
    }

    /** The variable in {@code slot}, e.g. {@code W=3@0 R=[1, 2]}. */
    public final synchronized String toString(int slot) {
        long r = read(slot);
        return "W=" + Epoch.toString(write(slot)) + " R=" + (r == Epoch.SHARED ? shared(slot).reads.toString() : Epoch.toString(r));
    }
}
