package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Iterator;
import java.util.Hashtable;
import java.util.ListIterator;
import java.util.Stack;
import java.util.Vector;

/**
 * Calls on the {@code Collections.synchronized*} wrappers (and on the JDK's {@code Vector}, {@code Stack},
 * {@code Hashtable} and {@code StringBuffer}, whose methods are {@code synchronized}: these count as wrappers of
 * themselves) in a controlled run.
 * A wrapper takes its lock (its {@code mutex}: the wrapper itself, or the wrapper or table it is a view of) in the
 * JDK's code, which the model does not see: a call the wrapper makes holding it is linked as a monitor enter of that mutex before the call and an exit
 * after, for the scheduler and the detectors alike (a scheduling point, a lock of deadlocks, an ordering of the race
 * detector's), and the collection behind the wrapper is checked inside ({@link CollectionContents#lockedInModel}).
 * The calls the wrapper makes without it ({@code iterator()}, {@code stream()}...; their Javadoc tells the caller to
 * hold it) and the steps of the iterators it hands out are scheduling points, so that another thread's call can come
 * between two steps of an iteration that does not hold the lock.
 *
 * <p>In a plain run with race detection (whose calls on collections are linked for their contents), a call the
 * wrapper makes holding its mutex only tells the lock-order graph that the mutex is taken and let go around it
 * ({@link #ordered}): the JDK takes the real lock, and the other detectors are left as they were. A run that detects
 * deadlocks only links those calls alone ({@link HandOffCalls#lockedByWrapper}), for the lock-order graph and the
 * wait-for graph.
 */
final class SynchronizedWrappers {

    /** The prefix of the names of the wrappers' classes. */
    private static final String SYNCHRONIZED = "java.util.Collections$Synchronized";

    /** The wrappers of collections and of maps: every {@code Collections$Synchronized*} class extends one of them. */
    private static final Class<?> SYNCHRONIZED_COLLECTION = jdkClass(SYNCHRONIZED + "Collection");
    private static final Class<?> SYNCHRONIZED_MAP = jdkClass(SYNCHRONIZED + "Map");

    /** The iterators the wrappers handed out in this run ({@code iterator()}, {@code listIterator()}). */
    private static final WeakIdentityMap<Boolean> ITERATORS = new WeakIdentityMap<>();

    private static final MethodHandle IS_WRAPPER;
    private static final MethodHandle HANDED_OUT;
    private static final MethodHandle FROM_WRAPPER;
    private static final MethodHandle ENTERING;
    private static final MethodHandle EXITING;
    private static final MethodHandle TAKING;
    private static final MethodHandle RELEASED;
    private static final MethodHandle READING;
    private static final MethodHandle WRITING;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            MethodType test = MethodType.methodType(boolean.class, Object.class);
            IS_WRAPPER = lookup.findStatic(SynchronizedWrappers.class, "isWrapper", test);
            FROM_WRAPPER = lookup.findStatic(SynchronizedWrappers.class, "fromWrapper", test);
            ENTERING = lookup.findStatic(SynchronizedWrappers.class, "entering",
                    MethodType.methodType(void.class, Object.class, int.class, int.class));
            HANDED_OUT = lookup.findStatic(SynchronizedWrappers.class, "handedOut",
                    MethodType.methodType(Object.class, Object.class, Object.class));
            MethodType onReceiver = MethodType.methodType(void.class, Object.class, int.class);
            EXITING = lookup.findStatic(SynchronizedWrappers.class, "exiting", onReceiver);
            TAKING = lookup.findStatic(SynchronizedWrappers.class, "taking", onReceiver);
            RELEASED = lookup.findStatic(SynchronizedWrappers.class, "released", onReceiver);
            READING = lookup.findStatic(Weft.class, "atomicReading", onReceiver);
            WRITING = lookup.findStatic(Weft.class, "atomicWriting", onReceiver);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The contents check of a locked call: none (a call that checks no contents, or with race detection off). */
    static final int NO_CONTENTS = 0;
    /** The contents check of a locked call: a read of the collection behind the wrapper. */
    static final int CONTENTS_READ = 1;
    /** The contents check of a locked call: a write of the collection behind the wrapper. */
    static final int CONTENTS_WRITE = 2;

    private SynchronizedWrappers() { }

    /**
     * {@code call}, on a collection or a map of static type {@code receiver}, as linked in a controlled run: when the
     * receiver is a wrapper, a call it makes holding its mutex is made holding it in the model, one it makes without
     * it is a scheduling point (a read); else {@code call}.
     *
     * @param contents {@link #NO_CONTENTS}, {@link #CONTENTS_READ} or {@link #CONTENTS_WRITE}: what a locked call checks
     */
    static MethodHandle linked(MethodHandle call, String name, int site, Class<?> receiver, int contents) {
        if (notOnContents(name)) {
            return call;
        }
        MethodHandle wrapped;
        if (CollectionContents.unlocked(name)) {
            wrapped = MethodHandles.foldArguments(call, onReceiver(READING, site, receiver));
            Class<?> returned = call.type().returnType();
            if (returned == Iterator.class || returned == ListIterator.class) {
                MethodHandle remember = MethodHandles.dropArguments(HANDED_OUT.asType(MethodType.methodType(returned, returned, receiver)),
                        2, call.type().dropParameterTypes(0, 1).parameterList()); // (iterator, wrapper, arguments...)
                wrapped = MethodHandles.foldArguments(remember, wrapped);
            }
        } else {
            MethodHandle enter = MethodHandles.insertArguments(ENTERING, 1, site, contents).asType(MethodType.methodType(void.class, receiver));
            wrapped = between(call, enter, onReceiver(EXITING, site, receiver));
        }
        return MethodHandles.guardWithTest(IS_WRAPPER.asType(MethodType.methodType(boolean.class, receiver)), wrapped, call);
    }

    /**
     * {@code call}, on a collection or a map of static type {@code receiver}, as linked in a plain run: when the
     * receiver is a wrapper and the call one it makes holding its mutex, the lock-order graph is told that the mutex
     * is taken before the call and let go after it ({@link Listener#wrapperLockTaking}), so that a cycle through the
     * wrappers' locks is predicted as one through {@code synchronized} blocks is; else {@code call}.
     */
    static MethodHandle ordered(MethodHandle call, String name, int site, Class<?> receiver) {
        if (notOnContents(name) || CollectionContents.unlocked(name)) {
            return call;
        }
        MethodHandle wrapped = between(call, onReceiver(TAKING, site, receiver), onReceiver(RELEASED, site, receiver));
        return MethodHandles.guardWithTest(IS_WRAPPER.asType(MethodType.methodType(boolean.class, receiver)), wrapped, call);
    }

    /** The methods of {@code Object} a wrapper does not lock for. */
    private static boolean notOnContents(String name) {
        return name.equals("wait") || name.equals("notify") || name.equals("notifyAll") || name.equals("getClass");
    }

    /** {@code call} with {@code before} (on its receiver) ahead of it and {@code after} once it returned or threw. */
    private static MethodHandle between(MethodHandle call, MethodHandle before, MethodHandle after) {
        MethodHandle guarded = MethodHandles.tryFinally(call, HandOffCalls.returning(after, call.type().returnType()));
        return MethodHandles.foldArguments(guarded, before);
    }

    /**
     * {@code call}, on a receiver of static type {@code receiver}, as linked in a controlled run: a step of an
     * iterator a wrapper handed out ({@code next()}, {@code remove()}...; not {@code hasNext()}, whose step follows) is a
     * scheduling point; calls on other iterators, and on other types, are {@code call}.
     */
    static MethodHandle iteratorStep(MethodHandle call, String name, int site, Class<?> receiver) {
        if (receiver != Iterator.class && receiver != ListIterator.class || name.startsWith("has") || name.endsWith("Index")) {
            return call;
        }
        MethodHandle point = name.equals("remove") || name.equals("set") || name.equals("add") ? WRITING : READING;
        return MethodHandles.guardWithTest(FROM_WRAPPER.asType(MethodType.methodType(boolean.class, receiver)),
                MethodHandles.foldArguments(call, onReceiver(point, site, receiver)), call);
    }

    private static MethodHandle onReceiver(MethodHandle hook, int site, Class<?> receiver) {
        return MethodHandles.insertArguments(hook, 1, site).asType(MethodType.methodType(void.class, receiver));
    }

    /**
     * Whether {@code object} is a {@code Collections.synchronized*} wrapper, a {@code Vector}, a {@code Stack}, a
     * {@code Hashtable} (of exactly these classes: a subclass may override a method with one that does not lock) or a
     * {@code StringBuffer}.
     */
    static boolean isWrapper(Object object) {
        if (object == null) {
            return false;
        }
        Class<?> type = object.getClass(); // type checks against constant classes: no lookup on the path of other calls
        return SYNCHRONIZED_COLLECTION.isInstance(object) || SYNCHRONIZED_MAP.isInstance(object)
                || type == Vector.class || type == Stack.class || type == Hashtable.class || type == StringBuffer.class;
    }

    private static Class<?> jdkClass(String name) {
        try {
            return Class.forName(name, false, null);
        } catch (ClassNotFoundException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Whether {@code iterator} was handed out by a wrapper. */
    static boolean fromWrapper(Object iterator) {
        return iterator != null && ITERATORS.get(iterator) != null;
    }

    /** After a wrapper's {@code iterator()} or {@code listIterator()}: remembers the iterator it returned. */
    static Object handedOut(Object iterator, Object wrapper) {
        if (iterator != null) {
            ITERATORS.putIfAbsent(iterator, Boolean.TRUE);
        }
        return iterator;
    }

    /** The lock the wrapper's calls take: its {@code mutex}, or the wrapper itself when that field cannot be read. */
    private static Object mutexOf(Object wrapper) {
        Object mutex = CollectionViews.mutexOf(wrapper);
        return mutex == null ? wrapper : mutex;
    }

    /** Before a call the wrapper makes holding its mutex: the mutex entered in the model, then the contents checked. */
    static void entering(Object wrapper, int site, int contents) {
        Object mutex = mutexOf(wrapper);
        Weft.beforeMonitorEnter(mutex, site);
        Weft.afterMonitorEnter(mutex, site);
        if (contents != NO_CONTENTS) {
            CollectionContents.lockedInModel(wrapper, contents == CONTENTS_WRITE, site);
        }
    }

    /** After that call returned or threw: the mutex exited in the model. */
    static void exiting(Object wrapper, int site) {
        Weft.beforeMonitorExit(mutexOf(wrapper), site);
    }

    /** Before a call the wrapper makes holding its mutex, in a plain run: the mutex's taking told to the lock-order graph. */
    static void taking(Object wrapper, int site) {
        Weft.wrapperLockTaking(mutexOf(wrapper), site);
    }

    /** After that call returned or threw, in a plain run. */
    static void released(Object wrapper, int site) {
        Weft.wrapperLockReleased(mutexOf(wrapper), site);
    }
}
