package dev.weft.runtime;

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

    private CollectionContents() { }

    /** Whether a call of a mutator of this name is checked by the size it leaves ({@link #sizedCallEnded}). */
    static boolean writesIfSizeChanges(String name) {
        return WRITES_IF_SIZE_CHANGES.contains(name);
    }

    /**
     * The size of the collection whose contents a call on {@code receiver} accesses (see {@link #contentsOf}),
     * before a call of one of those mutators (a field read inside the JDK, no code of the program); -1 when
     * there is none. A mutator of a view changes the size of the collection behind it.
     */
    static int sizeIfTracked(Object receiver) {
        Object contents = receiver == null ? null : contentsOf(receiver, true);
        if (contents == null || contents.getClass() == WeakHashMap.class) {
            return -1; // a WeakHashMap's size() clears its stale entries: not asked, its calls count as writes
        }
        return contents instanceof Map<?, ?> map ? map.size()
                : contents instanceof Collection<?> collection ? collection.size() : -1;
    }

    /**
     * After such a call: a write of the contents {@code receiver} accesses when their size changed from
     * {@code sizeBefore}, else a read; a {@code WeakHashMap} (size not asked) counts as written.
     */
    static void sizedCallEnded(int sizeBefore, Object receiver, int site) {
        if (sizeBefore >= 0) {
            accessed(receiver, sizeIfTracked(receiver) != sizeBefore, site);
        } else {
            writing(receiver, site);
        }
    }

    /**
     * Whether objects of this class are checked: the class is exactly one of the JDK's non-thread-safe
     * collections, {@code BitSet} or {@code StringBuilder}. The most common classes are compared first.
     */
    static boolean tracked(Class<?> type) {
        return type == HashMap.class || type == ArrayList.class || type == StringBuilder.class
                || type == LinkedHashMap.class || type == HashSet.class || type == ArrayDeque.class
                || type == LinkedList.class || type == TreeMap.class || type == LinkedHashSet.class
                || type == TreeSet.class || type == PriorityQueue.class || type == IdentityHashMap.class
                || type == WeakHashMap.class || type == EnumMap.class || type == BitSet.class;
    }

    /**
     * The collection whose contents a call on {@code receiver} reads or writes: the receiver when it is
     * {@link #tracked}; for a view, an iterator or a wrapper of one, the collection behind it
     * ({@link CollectionViews}); else {@code null}.
     */
    static Object contentsOf(Object receiver, boolean write) {
        return tracked(receiver.getClass()) ? receiver : CollectionViews.contentsOf(receiver, write);
    }

    /** Before a call that reads the contents {@code receiver} accesses, if any. */
    static void reading(Object receiver, int site) {
        accessed(receiver, false, site);
    }

    /** Before a call that changes the contents {@code receiver} accesses, if any. */
    static void writing(Object receiver, int site) {
        accessed(receiver, true, site);
    }

    private static void accessed(Object receiver, boolean write, int site) {
        Object contents = receiver == null ? null : contentsOf(receiver, write);
        if (contents != null) {
            Weft.contentsAccessed(contents, write, site);
        }
    }
}
