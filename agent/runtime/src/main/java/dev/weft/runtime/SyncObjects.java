package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.util.Collection;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.Phaser;
import java.util.concurrent.locks.Condition;

/**
 * Which objects hand things over between threads, and through which sync object their hand-offs go.
 *
 * <p>An object synchronizes when its class is, or extends, a thread-safe JDK class: those of
 * {@code java.util.concurrent} and {@code .atomic} (but not {@code TimeUnit}, {@code ThreadLocalRandom},
 * exceptions, or the locks, whose calls have their own hooks, except {@code StampedLock}), any {@link Condition}, {@link VarHandle},
 * {@code Vector}, {@code Hashtable}, {@code StringBuffer} and the {@code Collections.synchronized*}
 * wrappers. A {@code HashMap} does not: giving it edges would hide real races.
 *
 * <p>An unmodifiable view ({@code Collections.unmodifiableList(..)}, its iterators) synchronizes when
 * the collection it shows does, through that collection's sync object; so do a {@code Vector}'s enumeration and
 * iterators (each step locks the vector), and {@code Collections.enumeration(c)}, {@code newSetFromMap(map)} and
 * {@code asLifoQueue(deque)}, which pass their calls on, through the collection's or map's.
 *
 * <p>Most synchronizing objects are their own sync object. Some are created by another and share its
 * sync object, because what goes into one comes out of the other: a map's key set or iterator, the
 * future of a submitted task (the task's end is released into its executor), a dependent stage, a
 * lock's condition (the lock itself), a barrier (its barrier action's), a phaser of a tree of phasers (its root). {@link #share} records that; {@link #link} records that acquiring
 * one sync object must also acquire another (a stage composed of stages).
 *
 * <p>Shared state: the two maps below, each guarded by itself; the class check is a {@link ClassValue}.
 */
final class SyncObjects {

    private static final int SYNCHRONIZING = 1;
    /** Objects of this class may share another's sync object: look it up. */
    private static final int MAY_SHARE = 2;
    /** A {@code Phaser}: a tiered one's sync object is its root's (arrivals at a child reach the root). */
    private static final int PHASER = 4;
    /** An entry a {@code ConcurrentHashMap} hands out: its {@code setValue} puts into the map, whose sync object it has. */
    private static final int MAP_ENTRY = 8;

    /**
     * The views of {@code Collections} that pass their calls on to the collection or map they were made of, and the view
     * a deque's {@code reversed()} returns (JDK 21), which walks the deque through its {@code descendingIterator()}.
     */
    private static final Set<String> PASSING_ON = Set.of("java.util.Collections$SetFromMap",
            "java.util.Collections$AsLIFOQueue", "java.util.ReverseOrderDequeView");

    private static final ClassValue<Integer> KINDS = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            return classify(type);
        }
    };

    /** The sync object of a derived object, when it is not the object itself. */
    private static final WeakIdentityMap<Object> SHARED = new WeakIdentityMap<>();
    /** Further sync objects to acquire with a sync object. */
    private static final WeakIdentityMap<Object[]> LINKS = new WeakIdentityMap<>();

    /** How many links are followed from one acquisition, at most (links may form cycles). */
    private static final int LINK_DEPTH = 8;

    /** A sync object created for a hand-off that has no object of its own (a static submission). */
    static final class Token { }

    private SyncObjects() { }

    /** The sync object of a call on {@code object}, or {@code null} when it does not synchronize. */
    static Object of(Object object) {
        if (object == null) {
            return null;
        }
        int kind = KINDS.get(object.getClass());
        return kind == 0 ? null : (kind & PHASER) != 0 ? ((Phaser) object).getRoot()
                : (kind & MAP_ENTRY) != 0 ? of(MapEntries.mapOf(object)) : (kind & MAY_SHARE) == 0 ? object
                : (kind & SYNCHRONIZING) == 0 ? SHARED.get(object) : rootOf(object);
    }

    /** The sync object of a task the JDK runs: a {@code ForkJoinTask}'s, or the task itself ({@code TimerTask}). */
    static Object taskSync(Object task) {
        Object sync = of(task);
        return sync == null ? task : sync;
    }

    /** The sync object that {@code object} shares, or the object itself. */
    static Object rootOf(Object object) {
        Object root = SHARED.get(object);
        return root == null ? object : root;
    }

    /**
     * From now on, {@code derived} uses {@code sync} as its sync object, unless it has one already or does
     * not synchronize. A collection view or iterator refers to the object it came from, so it holds its
     * sync object weakly (a strong value that refers back to its key would never be collected).
     */
    static void share(Object derived, Object sync) {
        if (derived == null || sync == null || derived == sync || KINDS.get(derived.getClass()) == 0) {
            return;
        }
        if (derived instanceof Collection || derived instanceof Map || derived instanceof Iterator) {
            SHARED.putWeakIfAbsent(derived, sync);
        } else {
            SHARED.putIfAbsent(derived, sync);
        }
    }

    /**
     * The sync object of a phase of a parallel stream's pipeline: its stages from the source, or from a stateful
     * operation ({@code sorted}, {@code distinct}, {@code limit}, {@code skip}, {@code takeWhile}, {@code dropWhile}), up
     * to the next stateful operation. The JDK may evaluate a phase into a buffer before it forks new tasks over the
     * buffer for the next phase: the functions of a phase release into it, those of the next acquire it (and, through
     * {@link #upstream}, every phase before it). Holds no stream, so a stage may refer to it strongly.
     */
    static final class PipelinePhase {
        /** The phase before this one, or {@code null} for the first. */
        final PipelinePhase upstream;
        /**
         * Whether the pipeline was seen parallel (set by the thread that calls on it before the JDK forks its tasks):
         * only then does a source of the application's release the elements it made into the first phase.
         */
        boolean parallel;

        PipelinePhase(PipelinePhase upstream, boolean parallel) {
            this.upstream = upstream;
            this.parallel = parallel;
        }
    }

    /** The phase of a stage of a parallel stream's pipeline (which does not synchronize): a new first one if none. */
    static PipelinePhase phaseOf(Object stage) {
        Object phase = SHARED.get(stage);
        if (phase instanceof PipelinePhase known) {
            return known;
        }
        PipelinePhase first = new PipelinePhase(null, true);
        sharePhase(stage, first);
        return first;
    }

    /** The stage of a stream pipeline is in {@code phase}. */
    static void sharePhase(Object stage, PipelinePhase phase) {
        SHARED.putIfAbsent(stage, phase);
    }

    /** Acquiring {@code sync} from now on also acquires {@code other}. */
    static void link(Object sync, Object other) {
        if (sync == null || other == null || sync == other) {
            return;
        }
        synchronized (LINKS) {
            Object[] links = LINKS.get(sync);
            if (links == null) {
                LINKS.putIfAbsent(sync, new Object[] {other});
                return;
            }
            for (Object link : links) {
                if (link == other) {
                    return;
                }
            }
            Object[] more = java.util.Arrays.copyOf(links, links.length + 1);
            more[links.length] = other;
            LINKS.replace(sync, more);
        }
    }

    /** Reports the acquisition of {@code sync} and of what it links to. */
    static void acquire(Object sync, int site) {
        acquire(sync, site, LINK_DEPTH);
    }

    private static void acquire(Object sync, int site, int depth) {
        Weft.acquired(sync, site);
        if (sync instanceof PipelinePhase phase) { // and what the phases before it did
            for (PipelinePhase before = phase.upstream; before != null; before = before.upstream) {
                Weft.acquired(before, site);
            }
            return;
        }
        if (depth == 0 || !(sync instanceof CompletionStage || sync instanceof Token)) {
            return; // only stages are linked
        }
        Object[] links = LINKS.get(sync);
        if (links != null) {
            for (Object link : links) {
                acquire(link, site, depth - 1);
            }
        }
    }

    private static int classify(Class<?> type) {
        if (type == MapEntries.TYPE && MapEntries.MAP != null) {
            return SYNCHRONIZING | MAP_ENTRY;
        }
        if (type.getClassLoader() == null && type.getName().startsWith("java.util.Collections$Unmodifiable")) {
            return MAY_SHARE; // a view: of a thread-safe collection it shares its sync object, of any other none
        }
        if (type.getClassLoader() == null && (type.getName().startsWith("java.util.Vector$") || PASSING_ON.contains(type.getName())
                || type.getName().startsWith("java.util.Collections$") && Enumeration.class.isAssignableFrom(type))) {
            return MAY_SHARE; // a Vector's enumeration or iterator (each step locks the vector); a view that passes its calls on
        }
        if (!synchronizing(type)) {
            // the program's own future (a pool's decorated task): it shares the sync object of the submission it stands for
            return Future.class.isAssignableFrom(type) && type.getClassLoader() != null ? MAY_SHARE : 0;
        }
        boolean mayShare = Future.class.isAssignableFrom(type) || CompletionStage.class.isAssignableFrom(type)
                || Condition.class.isAssignableFrom(type) || CyclicBarrier.class.isAssignableFrom(type)
                || type.getName().indexOf('$') >= 0;
        return SYNCHRONIZING | (mayShare ? MAY_SHARE : 0) | (Phaser.class.isAssignableFrom(type) ? PHASER : 0);
    }

    /**
     * The entries of a {@code ConcurrentHashMap}'s entry set (its iterator's, its spliterator's, its {@code forEach}'s):
     * each refers to its map, into which its {@code setValue} puts. Read through a getter, which needs
     * {@code java.util.concurrent} open to weft's runtime; without it, an entry is its own sync object.
     */
    static final class MapEntries {
        static final Class<?> TYPE = typeOrNull();
        static final MethodHandle MAP = getterOrNull();

        private MapEntries() { }

        static Object mapOf(Object entry) {
            try {
                return (Object) MAP.invokeExact(entry);
            } catch (Throwable unexpected) {
                return entry;
            }
        }

        private static Class<?> typeOrNull() {
            try {
                return Class.forName("java.util.concurrent.ConcurrentHashMap$MapEntry", false, null);
            } catch (ClassNotFoundException | RuntimeException absent) {
                return null;
            }
        }

        private static MethodHandle getterOrNull() {
            try {
                return MethodHandles.privateLookupIn(TYPE, MethodHandles.lookup()).findGetter(TYPE, "map", ConcurrentHashMap.class)
                        .asType(MethodType.methodType(Object.class, Object.class));
            } catch (ReflectiveOperationException | RuntimeException closed) {
                return null;
            }
        }
    }

    private static boolean synchronizing(Class<?> type) {
        if (Throwable.class.isAssignableFrom(type)) {
            return false;
        }
        if (Condition.class.isAssignableFrom(type) || VarHandle.class.isAssignableFrom(type)) {
            return true;
        }
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getClassLoader() == null && synchronizingJdkClass(c.getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean synchronizingJdkClass(String name) {
        if (name.equals("java.util.concurrent.locks.StampedLock")) {
            return true; // no Lock: its calls have no hooks of their own
        }
        if (name.startsWith("java.util.concurrent.")) {
            return !name.startsWith("java.util.concurrent.locks.")
                    && !name.startsWith("java.util.concurrent.TimeUnit")
                    && !name.equals("java.util.concurrent.ThreadLocalRandom");
        }
        return name.equals("java.util.Vector")
                || name.equals("java.util.Hashtable")
                || name.equals("java.lang.StringBuffer")
                || name.startsWith("java.util.Collections$Synchronized");
    }
}
