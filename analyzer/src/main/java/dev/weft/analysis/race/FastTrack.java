package dev.weft.analysis.race;

/**
 * Happens-before race detection by the FastTrack algorithm (Flanagan and Freund, PLDI 2009): vector
 * clocks for threads and synchronization objects, and for each variable an epoch of its last write and
 * of its last read, widened to a vector clock only while reads by several threads are unordered.
 * A race is reported to the {@link RaceListener} given at construction; nothing is allocated for it.
 *
 * <p>Cost: an access in the same epoch as the thread's previous one to that variable (the common case)
 * reads two fields and returns, with no lock and no allocation. Otherwise it takes the monitor of the
 * variable's table; it allocates only when a variable first becomes read-shared (its read clock, reused
 * afterwards) or a clock must grow for a larger thread index.
 *
 * <p>Which hook calls which operation: a field or array element access calls {@link #read} or
 * {@link #write}; a lock acquisition (after it succeeded) calls {@link #acquire} on the lock's
 * {@link SyncClock}, a release (before it happens) {@link #release}; a volatile read is an acquire of that
 * variable's clock (after the read), a volatile write a release (before the write); a hand-off such as a
 * queue's put is a release of the queue's clock before it, the take an acquire after it; {@code wait}
 * is a release then an acquire of the monitor; {@code Thread.start} calls {@link #fork} before the
 * child runs, a successful {@code join} calls {@link #join}. For a read-write lock give each lock two
 * clocks: write unlocks release into the first, read unlocks into the second; read locks acquire the
 * first, write locks both. Readers then stay unordered among themselves.
 *
 * <h2>Shadow state</h2>
 * <ul>
 *   <li>{@link ThreadClock} {@code C_t}, {@code E_t} (one per thread): owned by its thread, which alone
 *       changes it, except {@link #fork} (the child's, before it runs) and {@link #join} (reads the
 *       joined thread's, after it ended): {@code Thread.start} and {@code join} order those accesses.</li>
 *   <li>{@link SyncClock} {@code L_m} (one per lock, volatile variable or hand-off object): guarded by its
 *       own monitor. For a lock that monitor is uncontended, since the hooks run while the lock is held.</li>
 *   <li>{@code W_x}, {@code R_x} (one slot per variable of a {@link VarTable}, with a
 *       {@link SharedReads} while read-shared): changed only under the monitor of the variable's table,
 *       in the slow paths. The fast paths ({@code R_x == E_t}, {@code R_x[t] == C_t[t]},
 *       {@code W_x == E_t}) read it without the monitor and write nothing.</li>
 * </ul>
 *
 * <h2>Why the unlocked reads are safe</h2>
 * In a program without races on {@code x}, every write to {@code x} is ordered with every other access
 * to it, and the hooks run next to the accesses, inside the same synchronized regions and before the
 * same releases; so the Java memory model makes each hook see the shadow state the previous ordered
 * hook left. Only an epoch of thread {@code t} can ever equal {@code E_t}, and only {@code t} writes it,
 * so a fast path that returns has seen {@code t}'s own earlier check of the same epoch. But two reads
 * may run at the same moment without any race (two threads reading a published value), nothing in the
 * program orders them, and both may change {@code R_x}: that is why the slow paths lock the
 * {@link VarTable}. When the program does race on {@code x}, a fast path may read stale values: the
 * result is at worst a missed or a late report, never a failure, since every vector clock read checks
 * its bounds and an epoch's thread index is always in range.
 *
 * <p>Stateless apart from the listener, so one instance serves every thread.
 */
public final class FastTrack {

    private final RaceListener listener;

    /** A detector that reports each race to {@code listener}. */
    public FastTrack(RaceListener listener) {
        this.listener = listener;
    }

    /** Thread {@code t} reads the variable in slot {@code slot} of {@code x} at {@code site}. */
    public void read(ThreadClock t, VarTable x, int slot, int site) {
        long e = t.epoch();
        long r = x.read(slot);
        if (r == e) {
            return; // [FT READ SAME EPOCH]
        }
        if (r == Epoch.SHARED) {
            SharedReads shared = x.shared(slot);
            if (shared != null && shared.reads.get(t.index()) == Epoch.clock(e)) {
                return; // [FT READ SHARED SAME EPOCH]
            }
        }
        if (e == ThreadClock.UNNUMBERED) {
            e = t.number();
        }
        synchronized (x) {
            readSlowly(t, x, slot, site, e);
        }
    }

    /** Thread {@code t} writes the variable in slot {@code slot} of {@code x} at {@code site}. */
    public void write(ThreadClock t, VarTable x, int slot, int site) {
        long e = t.epoch();
        if (x.write(slot) == e) {
            return; // [FT WRITE SAME EPOCH]
        }
        if (e == ThreadClock.UNNUMBERED) {
            e = t.number();
        }
        synchronized (x) {
            writeSlowly(t, x, slot, site, e);
        }
    }

    /**
     * Thread {@code t} reads ({@code write} false) or writes the variable in slot {@code slot} of {@code x} at
     * {@code site}, checked against the accesses recorded before but not recorded itself: a later access is
     * never checked against it, as if every later access were ordered after it (the races of an access the
     * JVM orders before others in a way the detector does not see, such as a static initializer's).
     */
    public void check(ThreadClock t, VarTable x, int slot, int site, boolean write) {
        VectorClock c = t.clock();
        int me = t.index();
        AccessKind kind = write ? AccessKind.WRITE : AccessKind.READ;
        synchronized (x) {
            long w = x.write(slot);
            if (!Epoch.leq(w, c)) {
                listener.race(x.key(slot), w, x.writeSite(slot), AccessKind.WRITE, me, site, kind);
            }
            if (!write) {
                return;
            }
            long r = x.read(slot);
            if (r != Epoch.SHARED) {
                if (!Epoch.leq(r, c)) {
                    listener.race(x.key(slot), r, x.readSite(slot), AccessKind.READ, me, site, kind);
                }
                return;
            }
            SharedReads shared = x.shared(slot);
            VectorClock reads = shared.reads;
            for (int reader = reads.next(0); reader >= 0; reader = reads.next(reader + 1)) {
                if (reads.get(reader) > c.get(reader)) {
                    listener.race(x.key(slot), Epoch.of(reader, reads.get(reader)), shared.site(reader), AccessKind.READ, me, site, kind);
                }
            }
        }
    }

    /** Thread {@code t} acquired what {@code m} stands for: {@code C_t := C_t ⊔ L_m}. */
    public void acquire(ThreadClock t, SyncClock m) {
        m.give(t);
    }

    /** Thread {@code t} is about to release what {@code m} stands for: {@code L_m := L_m ⊔ C_t}, then {@code t} starts a new epoch. */
    public void release(ThreadClock t, SyncClock m) {
        t.number();
        m.receive(t);
        t.tick();
    }

    /** Thread {@code parent} starts thread {@code child}: {@code C_child := C_child ⊔ C_parent}, and {@code parent} starts a new epoch. */
    public void fork(ThreadClock parent, ThreadClock child) {
        parent.number();
        child.learn(parent.clock());
        parent.tick();
    }

    /** Thread {@code joiner} saw thread {@code joined} end: {@code C_joiner := C_joiner ⊔ C_joined}. */
    public void join(ThreadClock joiner, ThreadClock joined) {
        joiner.learn(joined.clock());
    }

    private void readSlowly(ThreadClock t, VarTable x, int slot, int site, long e) {
        t.accessed(e);
        VectorClock c = t.clock();
        int me = t.index();
        long w = x.write(slot);
        if (!Epoch.leq(w, c)) {
            listener.race(x.key(slot), w, x.writeSite(slot), AccessKind.WRITE, me, site, AccessKind.READ);
        }
        long r = x.read(slot);
        if (r == Epoch.SHARED) {
            x.shared(slot).add(me, Epoch.clock(e), site); // [FT READ SHARED]
        } else if (Epoch.leq(r, c)) {
            x.readAt(slot, e, site); // [FT READ EXCLUSIVE]
        } else { // [FT READ SHARE]: the last read becomes the first entry of the read vector clock
            SharedReads shared = x.share(slot);
            shared.add(Epoch.thread(r), Epoch.clock(r), x.readSite(slot));
            shared.add(me, Epoch.clock(e), site);
            x.readAt(slot, Epoch.SHARED, 0);
        }
    }

    private void writeSlowly(ThreadClock t, VarTable x, int slot, int site, long e) {
        t.accessed(e);
        VectorClock c = t.clock();
        int me = t.index();
        long w = x.write(slot);
        if (!Epoch.leq(w, c)) {
            listener.race(x.key(slot), w, x.writeSite(slot), AccessKind.WRITE, me, site, AccessKind.WRITE);
        }
        long r = x.read(slot);
        if (r != Epoch.SHARED) {
            if (!Epoch.leq(r, c)) { // [FT WRITE EXCLUSIVE] otherwise
                listener.race(x.key(slot), r, x.readSite(slot), AccessKind.READ, me, site, AccessKind.WRITE);
            }
        } else { // [FT WRITE SHARED]
            SharedReads shared = x.shared(slot);
            VectorClock reads = shared.reads;
            for (int reader = reads.next(0); reader >= 0; reader = reads.next(reader + 1)) {
                if (reads.get(reader) > c.get(reader)) {
                    listener.race(x.key(slot), Epoch.of(reader, reads.get(reader)), shared.site(reader), AccessKind.READ, me, site, AccessKind.WRITE);
                }
            }
            shared.clear();
            x.readAt(slot, Epoch.NONE, 0);
        }
        x.wrote(slot, e, site);
    }
}
