package dev.weft.runtime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.WeakHashMap;

/**
 * The contents of the JDK's non-thread-safe collections as a variable of weft's own: a call of
 * application code on an {@code ArrayList}, a {@code HashMap}, a {@code StringBuilder}... (see
 * {@link #tracked}) reads or writes that variable, which the race detector checks as it checks a field
 * ({@link Listener#contentsAccessed}). The call sites are rewritten as other calls on collections are
 * (see {@link HandOffCalls#CONTENTS_READ}).
 *
 * <p>Only objects of exactly these classes count: an application subclass may override the methods
 * with {@code synchronized} ones, and a check at the call, outside that lock, would report a race that
 * cannot happen.
 */
public final class CollectionContents {

    private CollectionContents() { }

    /**
     * Whether calls on this object are accesses of its contents: its class is exactly one of the JDK's
     * non-thread-safe collections, {@code BitSet} or {@code StringBuilder}. The most common classes are
     * compared first.
     */
    public static boolean tracked(Object object) {
        Class<?> type = object.getClass();
        return type == HashMap.class || type == ArrayList.class || type == StringBuilder.class
                || type == LinkedHashMap.class || type == HashSet.class || type == ArrayDeque.class
                || type == LinkedList.class || type == TreeMap.class || type == LinkedHashSet.class
                || type == TreeSet.class || type == PriorityQueue.class || type == IdentityHashMap.class
                || type == WeakHashMap.class || type == EnumMap.class || type == BitSet.class;
    }

    /** Before a call that reads the contents of {@code receiver}, when it is {@link #tracked}. */
    static void reading(Object receiver, int site) {
        if (receiver != null && tracked(receiver)) {
            Weft.contentsAccessed(receiver, false, site);
        }
    }

    /** Before a call that changes the contents of {@code receiver}, when it is {@link #tracked}. */
    static void writing(Object receiver, int site) {
        if (receiver != null && tracked(receiver)) {
            Weft.contentsAccessed(receiver, true, site);
        }
    }
}
