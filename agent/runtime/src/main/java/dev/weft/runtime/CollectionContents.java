package dev.weft.runtime;

import java.nio.Buffer;
import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.WeakHashMap;

/**
 * The contents of the JDK's non-thread-safe collections as a variable of weft's own: a call of
 * application code on an {@code ArrayList}, a {@code HashMap}, a {@code StringBuilder}... (see
 * {@link #tracked}) reads or writes that variable, which the race detector checks as it checks a field
 * ({@link Listener#contentsAccessed}). The call sites are rewritten as other calls on collections are
 * (see {@link HandOffCalls#CONTENTS_READ}). A call on a view, an iterator or a wrapper of such a collection
 * accesses the contents of the collection behind it ({@link CollectionViews}).
 *
 * <p>Only objects of exactly these classes count: an application subclass may override the methods
 * with {@code synchronized} ones, and a check at the call, outside that lock, would report a race that
 * cannot happen.
 */
public final class CollectionContents {

    /**
     * Mutators that may leave the contents as they were, and then only read them: {@code putIfAbsent} or
     * {@code computeIfAbsent} of a key already there, {@code remove} of one that is not, {@code add} of an
     * element a set already holds... Their calls are checked after they return, as a write when the size
     * changed and as a read when it did not.
     */
    private static final Set<String> WRITES_IF_SIZE_CHANGES = Set.of(
            "putIfAbsent", "computeIfAbsent", "remove", "removeAll", "retainAll", "removeIf", "add", "addAll",
            "poll", "pollFirst", "pollLast");

    /** The classes of the JDK's enum sets ({@code EnumSet.of}...: a {@code long}'s bits, or an array of them for a large enum). */
    private static final Class<?> REGULAR_ENUM_SET = NonThreadSafeJdkTypes.jdkClass("java.util.RegularEnumSet");
    private static final Class<?> JUMBO_ENUM_SET = NonThreadSafeJdkTypes.jdkClass("java.util.JumboEnumSet");

    /** Set once a check failed ({@link #accessed}); a plain field, read on each check: a thread may see it late. */
    private static boolean off;

    private CollectionContents() { }

    /** Whether a call of a mutator of this name is checked by the size it leaves ({@link #sizedCallEnded}). */
    static boolean writesIfSizeChanges(String name) {
        return WRITES_IF_SIZE_CHANGES.contains(name);
    }

    /**
     * The size of the collection whose contents a call on {@code receiver} accesses (see {@link #found}),
     * before a call of one of those mutators; -1 when there is none. A mutator of a view changes the size of
     * the collection behind it, so that is the size asked: for a {@code TreeSet} made by {@code headSet} or
     * {@code descendingSet}, the whole {@code TreeMap}'s (a field read, where the view's own {@code size()}
     * walks the tree, and throws {@code ConcurrentModificationException} while another thread changes it).
     * Nothing thrown here reaches the program: the call then counts as a write (see {@link #accessed}).
     */
    static int sizeIfTracked(Object receiver) {
        if (receiver == null || off) {
            return -1;
        }
        try {
            Object contents = found(receiver, true, Via.RECEIVER);
            if (contents == null || !tracked(contents.getClass()) || contents.getClass() == WeakHashMap.class) {
                return -1; // a WeakHashMap's size() clears its stale entries, a synchronized wrapper's locks: calls count as writes
            }
            Object sized = CollectionViews.insideSet(contents);
            return sized instanceof Map<?, ?> map ? map.size()
                    : sized instanceof Collection<?> collection ? collection.size() : -1;
        } catch (RuntimeException | StackOverflowError changedMeanwhile) {
            return -1;
        } catch (Throwable failure) {
            turnOff(failure);
            return -1;
        }
    }

    /**
     * After such a call: a write of the contents {@code receiver} accesses when their size changed from
     * {@code sizeBefore}, else a read; a {@code WeakHashMap} (size not asked) counts as written.
     */
    static void sizedCallEnded(int sizeBefore, Object receiver, int site) {
        if (sizeBefore >= 0) {
            accessed(receiver, sizeIfTracked(receiver) != sizeBefore, Via.RECEIVER, site);
        } else {
            writing(receiver, site);
        }
    }

    /**
     * Whether objects of this class are checked: the class is exactly one of the JDK's non-thread-safe
     * collections (an {@code EnumSet}'s too), {@code BitSet} or {@code StringBuilder}, or an application subclass of a list, queue or map of
     * them that leaves its methods as they are ({@link CollectionSubclasses}). The most common classes are compared
     * first. (The JDK's other non-thread-safe objects are checked at their own call sites: {@link #objectReading}.)
     */
    static boolean tracked(Class<?> type) {
        return type == HashMap.class || type == ArrayList.class || type == StringBuilder.class
                || type == LinkedHashMap.class || type == HashSet.class || type == ArrayDeque.class
                || type == LinkedList.class || type == TreeMap.class || type == LinkedHashSet.class
                || type == TreeSet.class || type == PriorityQueue.class || type == IdentityHashMap.class
                || type == WeakHashMap.class || type == EnumMap.class || type == BitSet.class
                || type == REGULAR_ENUM_SET || type == JUMBO_ENUM_SET || !type.isInterface() && CollectionSubclasses.tracked(type);
    }

    /** How the checked collection takes part in the call. */
    private enum Via {
        /** The call is on it (or a view, an iterator, a wrapper of it): a synchronized wrapper's lock is taken for the check. */
        RECEIVER,
        /** As {@link #RECEIVER}, for a call a synchronized wrapper makes without its lock ({@link #unlocked}). */
        ITERATION,
        /**
         * It is given to a JDK call, which reads or fills it inside the JDK: a synchronized wrapper is not checked,
         * since the call may not take its lock (weft taking it could add a deadlock).
         */
        ARGUMENT
    }

    /**
     * The collection whose contents a call on {@code receiver} reads or writes: the receiver when it is
     * {@link #tracked}; for a view, an iterator or a wrapper of one, the collection behind it
     * ({@link CollectionViews}), or the {@code Collections.synchronized*} wrapper on the way, but for an
     * {@link Via#ITERATION}; else {@code null}. A set is returned as itself, not as the map inside it.
     */
    private static Object found(Object receiver, boolean write, Via via) {
        return tracked(receiver.getClass()) ? receiver : CollectionViews.contentsOf(receiver, write, via == Via.ITERATION);
    }

    /** Before a call that reads the contents {@code receiver} accesses, if any. */
    static void reading(Object receiver, int site) {
        accessed(receiver, false, Via.RECEIVER, site);
    }

    /**
     * Before {@code get(key)} or {@code getOrDefault(key, ..)} at a call site whose static type may hold a
     * {@code LinkedHashMap}: a write when the map is access-ordered and holds the key (the call moves its entry to the
     * end: an LRU cache's read changes it), else a read as {@link #reading}. A key the map does not hold moves nothing.
     */
    static void keyedReading(Object receiver, Object key, int site) {
        accessed(receiver, receiver instanceof LinkedHashMap<?, ?> map && AccessOrder.moves(map, key), Via.RECEIVER, site);
    }

    /** Before a call that changes the contents {@code receiver} accesses, if any. */
    static void writing(Object receiver, int site) {
        accessed(receiver, true, Via.RECEIVER, site);
    }

    /**
     * Before a call that reads {@code receiver}, at a call site whose static type is one of the JDK's other
     * non-thread-safe classes or their supertypes ({@link NonThreadSafeJdkTypes#isStaticType}, decided when the site is
     * linked, so that the calls on collections pay no class comparison for these): a read of the object when its class
     * is exactly one of them.
     */
    static void objectReading(Object receiver, int site) {
        objectAccessed(receiver, false, site);
    }

    /** As {@link #objectReading}, before a call that changes the object: {@code format}, {@code set}, {@code find}, {@code update}... */
    static void objectWriting(Object receiver, int site) {
        objectAccessed(receiver, true, site);
    }

    private static void objectAccessed(Object receiver, boolean write, int site) {
        if (receiver == null || off) {
            return;
        }
        try {
            Class<?> type = receiver.getClass();
            if (receiver instanceof Buffer buffer) {
                Weft.contentsAccessed(receiver, NonThreadSafeJdkTypes.bufferShownAs(buffer), write, site);
            } else if (NonThreadSafeJdkTypes.tracked(type)) {
                Weft.contentsAccessed(receiver, NonThreadSafeJdkTypes.shownAs(type), write, site);
            }
        } catch (StackOverflowError deep) {
            // the program's own next call would overflow: the access goes unchecked
        } catch (Throwable failure) {
            turnOff(failure);
        }
    }

    /**
     * Before a call without arguments ({@code next()}, {@code hasNext()}, {@code remove()}...) on an iterator another
     * thread may hold (the caller read it from a field, or a lambda captured it): a read or a write of the iterator's
     * own state, its cursor, when it is an iterator of one of the checked collections (of a concurrent one, or an
     * application's, it is not checked). Also before any iterator's {@code forEachRemaining} and any spliterator's
     * {@code tryAdvance} and {@code forEachRemaining} (writes), of such a collection. An iterator a method makes and steps through itself is not checked here:
     * giving every iterated list's iterator a variable would cost each loop a lookup.
     */
    public static void iteratorCalled(Object iterator, boolean write, int site) {
        if (iterator == null || off) {
            return;
        }
        try {
            if (CollectionViews.iteratesChecked(iterator)) {
                Weft.contentsAccessed(iterator, iterator.getClass(), write, site);
            }
        } catch (StackOverflowError deep) {
            // the program's own next call would overflow: the access goes unchecked
        } catch (Throwable failure) {
            turnOff(failure);
        }
    }

    /**
     * Before a call that reads the contents {@code receiver} accesses, which a {@code Collections.synchronized*}
     * wrapper makes without its lock: {@code iterator()}, {@code listIterator()}, {@code spliterator()},
     * {@code stream()}, {@code parallelStream()} (whose Javadoc tells the caller to hold it).
     */
    static void iterating(Object receiver, int site) {
        accessed(receiver, false, Via.ITERATION, site);
    }

    /**
     * Before a JDK call that reads {@code given}: {@code list.addAll(given)}, a copy constructor,
     * {@code Collections.max(given)}, and the calls whose type does not say so ({@code String.valueOf(x)},
     * {@code String.join(", ", x)}, {@code builder.append(x)}, {@code "size " + x}...): a read of its contents
     * when it is a checked collection or a view of one.
     */
    static void argumentRead(Object given, int site) {
        if (given instanceof Collection || given instanceof Map || given instanceof StringBuilder || given instanceof BitSet) {
            accessed(given, false, Via.ARGUMENT, site);
        }
    }

    /**
     * Before a JDK call that formats what it is given ({@code String.format(fmt, args)}, {@code printf},
     * {@code MessageFormat.format}, {@code LogRecord.setParameters}...): a read of each argument, as
     * {@link #argumentRead}; {@code given} is the varargs array, or a lone argument.
     */
    static void argumentsRead(Object given, int site) {
        if (given instanceof Object[] arguments) {
            for (Object argument : arguments) {
                argumentRead(argument, site);
            }
        } else {
            argumentRead(given, site);
        }
    }

    /**
     * Before a call on a hashed map or set given a key or an element ({@code map.get(key)}, {@code set.add(x)}):
     * a read of its contents when it is one of the checked collections or maps (all of them extend
     * {@code AbstractCollection} or {@code AbstractMap}), whose {@code hashCode()} and {@code equals()} read them.
     * Two checks of superclasses, of constant cost, on other keys (a {@code String}, a number); a view given as a
     * key ({@code Collections.unmodifiableList(list)}) is not checked.
     */
    static void keyRead(Object key, int site) {
        if (key instanceof AbstractCollection || key instanceof AbstractMap) {
            accessed(key, false, Via.ARGUMENT, site);
        }
    }

    /** Before a JDK call that changes {@code given}: {@code queue.drainTo(given)}, {@code Collections.sort(given)}... */
    static void argumentWritten(Object given, int site) {
        accessed(given, true, Via.ARGUMENT, site);
    }

    /** As {@link #argumentRead}, returning {@code given}: a filter of a string concatenation's argument. */
    static Object argumentRead(int site, Object given) {
        argumentRead(given, site);
        return given;
    }

    /** Whether a value of this static type may be a checked collection or a view of one (not a {@code String}, a number...). */
    static boolean mayHold(Class<?> type) {
        return !type.isPrimitive() && (type.isAssignableFrom(ArrayList.class) || type.isAssignableFrom(HashMap.class)
                || type.isAssignableFrom(StringBuilder.class) || type.isAssignableFrom(BitSet.class)
                || type.isAssignableFrom(TreeSet.class) || type.isAssignableFrom(ArrayDeque.class)
                || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type));
    }

    /** Whether a call of this name on a {@code Collections.synchronized*} wrapper is made without its lock. */
    static boolean unlocked(String name) {
        return name.equals("iterator") || name.equals("listIterator") || name.equals("spliterator")
                || name.equals("stream") || name.equals("parallelStream");
    }

    /**
     * Checks the access, if any. Nothing thrown here reaches the program: a {@code StackOverflowError} (the program's
     * recursion left no room for the check) skips the check; anything else (a class of weft's that a former overflow
     * left uninitialised throws {@code NoClassDefFoundError} at each use) turns the checks of contents off, with a warning.
     */
    private static void accessed(Object receiver, boolean write, Via via, int site) {
        if (receiver == null || off) {
            return;
        }
        try {
            Object found = found(receiver, write, via);
            if (found == null) {
                return;
            }
            if (tracked(found.getClass())) {
                Weft.contentsAccessed(CollectionViews.insideSet(found), found.getClass(), write, site);
            } else if (via == Via.RECEIVER) {
                lockedAccess(found, write, site);
            }
        } catch (StackOverflowError deep) {
            // the program's own next call would overflow: the access goes unchecked
        } catch (Throwable failure) {
            turnOff(failure);
        }
    }

    private static void turnOff(Throwable failure) {
        off = true;
        try {
            System.err.println("weft: internal error, collections' contents are not checked for the rest of this run: " + failure);
        } catch (Throwable ignored) {
            // nothing more can be done without risking the program
        }
    }

    /**
     * In a controlled run, a call on {@code wrapper}, a {@code Collections.synchronized*} wrapper, made holding its
     * mutex, which the model holds now ({@link SynchronizedWrappers}): a read or a write of the collection behind it
     * (none behind another wrapper).
     */
    static void lockedInModel(Object wrapper, boolean write, int site) {
        if (off) {
            return;
        }
        try {
            Object behind = CollectionViews.behindWrapper(wrapper, write);
            if (behind != null && tracked(behind.getClass())) {
                Weft.contentsAccessed(CollectionViews.insideSet(behind), behind.getClass(), write, site);
            }
        } catch (StackOverflowError deep) {
            // the program's own next call would overflow: the access goes unchecked
        } catch (Throwable failure) {
            turnOff(failure);
        }
    }

    /**
     * A call on {@code wrapper}, a {@code Collections.synchronized*} wrapper, which makes it holding its mutex:
     * the access of the collection behind it is checked holding that mutex too, so that it is ordered with
     * the program's {@code synchronized (wrapper)} blocks as the call is. Taking the mutex here only takes it
     * a moment before the wrapper would. Not in a controlled run, whose scheduler owns the locks.
     */
    private static void lockedAccess(Object wrapper, boolean write, int site) {
        Object mutex = CollectionViews.mutexOf(wrapper);
        Object behind = CollectionViews.behindWrapper(wrapper, write);
        if (mutex == null || behind == null || Weft.schedules()) {
            return;
        }
        synchronized (mutex) {
            if (tracked(behind.getClass())) {
                Weft.lockedContentsAccessed(mutex, CollectionViews.insideSet(behind), behind.getClass(), write, site);
            } else {
                lockedAccess(behind, write, site);
            }
        }
    }
}
