package dev.weft.analysis.race;

import dev.weft.report.RaceFinding;
import dev.weft.trace.Acquired;
import dev.weft.trace.ArrayRead;
import dev.weft.trace.ArrayWritten;
import dev.weft.trace.ClassInitEnded;
import dev.weft.trace.ClassInitStarted;
import dev.weft.trace.ContentsAccessed;
import dev.weft.trace.ElementsAccessed;
import dev.weft.trace.Event;
import dev.weft.trace.FieldRead;
import dev.weft.trace.FieldWritten;
import dev.weft.trace.LockAcquired;
import dev.weft.trace.LockReleased;
import dev.weft.trace.Released;
import dev.weft.trace.Site;
import dev.weft.trace.SuperLockAcquired;
import dev.weft.trace.SuperUnlocking;
import dev.weft.trace.ThreadJoined;
import dev.weft.trace.ThreadStarted;
import dev.weft.trace.VolatileRead;
import dev.weft.trace.VolatileWritten;
import dev.weft.trace.WaitBegan;
import dev.weft.trace.WaitEnded;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Finds the data races of a recorded sequence of {@link Event}s by running {@link FastTrack} over it:
 * one {@link RaceFinding} per variable and unordered pair of sites, in the order they were first seen.
 * The races on the elements of arrays of one type at one pair of sites are one finding, which names the
 * first index seen.
 *
 * <p>Happens-before edges: a lock release to every later acquisition of it ({@code wait} releases and
 * re-acquires its monitor), a volatile write to every later read of that field, {@link Released} to every
 * later {@link Acquired} of the same object, a start to all the child does, and all a thread did to
 * whoever joined it. The read and write halves of a read-write lock are kept apart, so that readers stay
 * unordered among themselves. A thread seen without a start event (the first thread, or one started
 * before weft attached) starts knowing nothing of the others. As live: the accesses of a static initializer
 * are checked against those before them and leave no state, and what an initializer received from other
 * threads is ordered before the accesses that race with it ({@link InitHandOffs}); a bulk access
 * ({@link ElementsAccessed}) checks only the elements accessed one by one before; a collection's contents
 * ({@link ContentsAccessed}) are one variable, named by the program's field the collection was read from.
 *
 * <p>The detector is immutable and pure: no I/O, no clock.
 */
public final class RaceDetector {

    /** Resolves the ids that events carry to what they name. */
    public interface Names {

        /** The field with id {@code field}: its declaring class's fully qualified name, a dot, its name. */
        String field(int field);

        /** The type of the array with id {@code array}, as Java writes it: {@code long[]}, {@code java.lang.String[]}. */
        String arrayType(long array);

        /** The lock or monitor with id {@code lock}, e.g. {@code java.lang.Object@1b6d3586}. */
        String lock(long lock);

        /** The site with id {@code site}. */
        Site site(int site);

        /** The name of the thread with id {@code tid}. */
        String threadName(long tid);

        /** The name of the class with id {@code id}, that a {@link ContentsAccessed} event shows its collection as. */
        default String className(long id) {
            return "collection";
        }

        /** What site {@code site} calls on a collection, or {@code null} when it is no such call. */
        default ContentsCall contentsCall(int site) {
            return null;
        }
    }

    /**
     * A call on a collection: the method called, and the program's field the collection was read from (its name as
     * a report gives it) or {@code null}.
     */
    public record ContentsCall(String method, String heldIn) { }

    private final Names names;

    /** A detector that names what it reports through {@code names}. */
    public RaceDetector(Names names) {
        this.names = names;
    }

    /**
     * The races among {@code events}, applied in order.
     *
     * @throws IllegalStateException when the events name more threads than a clock can tell apart
     *                               ({@link Epoch#MAX_THREAD_INDEX} + 1)
     */
    public List<RaceFinding> find(Iterable<? extends Event> events) {
        Run run = new Run(names);
        events.forEach(run::apply);
        return List.copyOf(run.findings.values());
    }

    /** A variable as the events name it. */
    private sealed interface Variable permits FieldOf, ElementOf, ContentsOf { }

    private record FieldOf(long obj, int field) implements Variable { }

    private record ElementOf(long array, int index) implements Variable { }

    private record ContentsOf(long collection) implements Variable { }

    /** A lock held in one mode; a read lock is {@code shared}. */
    private record Hold(long lock, boolean shared) { }

    /** The variable (by tag), thread, kind and site of an access, to find the locks held at it. */
    private record AccessPoint(int var, int thread, AccessKind kind, int site) { }

    /** A race as findings are deduplicated: the variable's name and the two site ids, smaller first. */
    private record RaceKey(String field, int site, int otherSite) {
        static RaceKey of(String field, int a, int b) {
            return new RaceKey(field, Math.min(a, b), Math.max(a, b));
        }
    }

    /** One thread as the run sees it. */
    private static final class ThreadState {
        final long tid;
        final ThreadClock clock;
        final Map<Hold, Integer> holds = new LinkedHashMap<>();
        List<String> locksHeld = List.of(); // derived from holds, rebuilt when they change
        int initializing; // how many static initializers the thread is in
        VectorClock initStart; // its clock when it began the outermost one

        ThreadState(long tid, ThreadClock clock) {
            this.tid = tid;
            this.clock = clock;
        }
    }

    /** The state of one pass over the events. Not thread-safe. */
    private static final class Run implements RaceListener {
        final Names names;
        final FastTrack fastTrack = new FastTrack(this);
        final ThreadClocks clocks = new ThreadClocks();
        final Map<Long, ThreadState> threads = new HashMap<>();
        final List<ThreadState> threadsByIndex = new ArrayList<>();
        final VarTable vars = new VarTable(); // keyed by tag, the variable's index in varsByTag
        final Map<Variable, Integer> slots = new HashMap<>();
        final List<Variable> varsByTag = new ArrayList<>();
        final Map<AccessPoint, List<String>> locksAtAccess = new HashMap<>();
        final Map<Long, SyncClock> lockWrites = new HashMap<>(); // released by exclusive holders
        final Map<Long, SyncClock> lockReads = new HashMap<>();  // released by shared holders
        final Map<FieldOf, SyncClock> volatiles = new HashMap<>();
        final Map<Long, SyncClock> handOffs = new HashMap<>();
        final Map<Long, NavigableSet<Integer>> elementsSeen = new HashMap<>(); // by array, the indices with a slot
        final InitHandOffs initHandOffs = new InitHandOffs();
        SyncClock initEnd; // the end of an initialization the current access met as ordered before it, or null
        long shownAs; // the class id of the collection of the current contents access
        final Map<RaceKey, RaceFinding> findings = new LinkedHashMap<>();

        Run(Names names) {
            this.names = names;
        }

        void apply(Event event) {
            ThreadState t = thread(event.tid());
            if (event instanceof FieldRead e) {
                access(t, new FieldOf(e.obj(), e.field()), e.site(), AccessKind.READ);
            } else if (event instanceof FieldWritten e) {
                access(t, new FieldOf(e.obj(), e.field()), e.site(), AccessKind.WRITE);
            } else if (event instanceof ArrayRead e) {
                access(t, new ElementOf(e.obj(), e.index()), e.site(), AccessKind.READ);
            } else if (event instanceof ArrayWritten e) {
                access(t, new ElementOf(e.obj(), e.index()), e.site(), AccessKind.WRITE);
            } else if (event instanceof VolatileRead e) {
                fastTrack.acquire(t.clock, sync(volatiles, new FieldOf(e.obj(), e.field())));
            } else if (event instanceof VolatileWritten e) {
                fastTrack.release(t.clock, sync(volatiles, new FieldOf(e.obj(), e.field())));
            } else if (event instanceof LockAcquired e) {
                fastTrack.acquire(t.clock, sync(lockWrites, e.lock()));
                if (!e.shared()) {
                    fastTrack.acquire(t.clock, sync(lockReads, e.lock()));
                }
                hold(t, new Hold(e.lock(), e.shared()), +1);
            } else if (event instanceof LockReleased e) {
                fastTrack.release(t.clock, sync(e.shared() ? lockReads : lockWrites, e.lock()));
                hold(t, new Hold(e.lock(), e.shared()), -1);
            } else if (event instanceof WaitBegan e) {
                fastTrack.release(t.clock, sync(lockWrites, e.lock()));
            } else if (event instanceof WaitEnded e) {
                fastTrack.acquire(t.clock, sync(lockWrites, e.lock()));
                fastTrack.acquire(t.clock, sync(lockReads, e.lock()));
            } else if (event instanceof Released e) {
                fastTrack.release(t.clock, sync(handOffs, e.sync()));
            } else if (event instanceof Acquired e) {
                fastTrack.acquire(t.clock, sync(handOffs, e.sync()));
            } else if (event instanceof ThreadStarted e) {
                fastTrack.fork(t.clock, thread(e.child()).clock);
            } else if (event instanceof ThreadJoined e) {
                fastTrack.join(t.clock, thread(e.joined()).clock);
            } else if (event instanceof ElementsAccessed e) {
                elements(t, e);
            } else if (event instanceof ContentsAccessed e) {
                contents(t, e);
            } else if (event instanceof SuperLockAcquired e) {
                fastTrack.acquire(t.clock, sync(lockWrites, e.lock()));
                fastTrack.acquire(t.clock, sync(lockReads, e.lock()));
            } else if (event instanceof SuperUnlocking e) {
                fastTrack.release(t.clock, sync(lockWrites, e.lock()));
            } else if (event instanceof ClassInitStarted) {
                if (t.initializing++ == 0) {
                    t.initStart = t.clock.snapshot();
                }
            } else if (event instanceof ClassInitEnded && t.initializing > 0 && --t.initializing == 0) {
                initHandOffs.ended(t.clock, t.initStart, fastTrack);
                t.initStart = null;
            }
        }

        private void access(ThreadState t, Variable variable, int site, AccessKind kind) {
            Integer known = slots.get(variable);
            if (t.initializing != 0) { // checked against what came before, leaving no state
                if (known != null) {
                    fastTrack.check(t.clock, vars, known, site, kind == AccessKind.WRITE);
                    acquireInitEnd(t);
                }
                return;
            }
            int slot = known != null ? known : newSlot(variable);
            if (kind == AccessKind.READ) {
                fastTrack.read(t.clock, vars, slot, site);
            } else {
                fastTrack.write(t.clock, vars, slot, site);
            }
            acquireInitEnd(t);
            locksAtAccess.put(new AccessPoint(vars.key(slot), t.clock.index(), kind, site), t.locksHeld);
        }

        private int newSlot(Variable variable) {
            varsByTag.add(variable);
            int slot = vars.slot(varsByTag.size() - 1);
            slots.put(variable, slot);
            if (variable instanceof ElementOf e) {
                elementsSeen.computeIfAbsent(e.array(), a -> new TreeSet<>()).add(e.index());
            }
            return slot;
        }

        /** The elements of a bulk access that were accessed one by one before, each checked as an access. */
        private void elements(ThreadState t, ElementsAccessed e) {
            NavigableSet<Integer> seen = elementsSeen.get(e.obj());
            if (seen != null && e.from() < e.to()) {
                AccessKind kind = e.write() ? AccessKind.WRITE : AccessKind.READ;
                for (int index : List.copyOf(seen.subSet(e.from(), e.to()))) {
                    access(t, new ElementOf(e.obj(), index), e.site(), kind);
                }
            }
        }

        /** A call on a collection, inside its wrapper's lock when it has one, as live. */
        private void contents(ThreadState t, ContentsAccessed e) {
            if (e.lock() != 0) {
                fastTrack.acquire(t.clock, sync(lockWrites, e.lock()));
                fastTrack.acquire(t.clock, sync(lockReads, e.lock()));
            }
            shownAs = e.shownAs();
            access(t, new ContentsOf(e.obj()), e.site(), e.write() ? AccessKind.WRITE : AccessKind.READ);
            if (e.lock() != 0) {
                fastTrack.release(t.clock, sync(lockWrites, e.lock()));
            }
        }

        private void acquireInitEnd(ThreadState t) {
            if (initEnd != null) {
                fastTrack.acquire(t.clock, initEnd);
                initEnd = null;
            }
        }

        @Override
        public void race(int var, long priorEpoch, int priorSite, AccessKind priorKind,
                         int thread, int site, AccessKind kind) {
            int priorThread = Epoch.thread(priorEpoch); // indices are never reused here: no thread is known to end
            Variable variable = varsByTag.get(var);
            String collection = variable instanceof ContentsOf ? names.className(shownAs) : null;
            String field = variable instanceof ElementOf e ? names.arrayType(e.array())
                    : variable instanceof FieldOf f ? names.field(f.field()) : heldIn(site, priorSite, collection);
            RaceKey key = RaceKey.of(field, site, priorSite);
            if (findings.containsKey(key)) {
                return;
            }
            if (initHandOffs.any()) {
                SyncClock end = initHandOffs.receivedBy(priorEpoch);
                if (end != null) {
                    initEnd = end;
                    return;
                }
            }
            ThreadState current = threadsByIndex.get(thread);
            ThreadState prior = threadsByIndex.get(priorThread);
            List<String> priorLocks = locksAtAccess.getOrDefault(new AccessPoint(var, priorThread, priorKind, priorSite), List.of());
            boolean contents = collection != null;
            findings.put(key, RaceFinding.of(field, variable instanceof ElementOf e ? e.index() : null, collection,
                    access(current, kind, site, current.locksHeld, contents), access(prior, priorKind, priorSite, priorLocks, contents)));
        }

        /** The program's field the collection was read from at either call (the current one's first), or its class's name. */
        private String heldIn(int site, int priorSite, String collection) {
            for (int s : new int[] {site, priorSite}) {
                ContentsCall call = names.contentsCall(s);
                if (call != null && call.heldIn() != null) {
                    return call.heldIn();
                }
            }
            return collection;
        }

        private RaceFinding.Access access(ThreadState t, AccessKind kind, int site, List<String> locks, boolean contents) {
            Site where = names.site(site);
            ContentsCall call = contents ? names.contentsCall(site) : null;
            return new RaceFinding.Access(names.threadName(t.tid), t.tid, kind.label(), where, List.of(where), locks,
                    call == null ? null : call.method());
        }

        private ThreadState thread(long tid) {
            return threads.computeIfAbsent(tid, id -> {
                ThreadState t = new ThreadState(id, clocks.newThread());
                threadsByIndex.add(t);
                return t;
            });
        }

        private static <K> SyncClock sync(Map<K, SyncClock> clocks, K key) {
            return clocks.computeIfAbsent(key, k -> new SyncClock());
        }

        /** Counts one more ({@code +1}) or one fewer ({@code -1}) hold; a release of what is not held is ignored. */
        private void hold(ThreadState t, Hold hold, int delta) {
            int count = t.holds.getOrDefault(hold, 0) + delta;
            if (count > 0) {
                t.holds.put(hold, count);
            } else {
                t.holds.remove(hold);
            }
            t.locksHeld = t.holds.keySet().stream()
                    .map(h -> names.lock(h.lock()) + (h.shared() ? " (read lock)" : ""))
                    .toList();
        }
    }
}
