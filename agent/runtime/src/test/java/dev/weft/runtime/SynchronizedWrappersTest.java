package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Stack;
import java.util.Vector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the listener hears of calls on synchronized wrappers as a controlled run links them ({@link SynchronizedWrappers}):
 * a locked call holds the wrapper's mutex (a view's is its map's) around the call, the contents behind it checked
 * inside; an unlocked call and the steps of the iterator it hands out are points; other receivers are left alone.
 */
class SynchronizedWrappersTest {

    private final List<String> events = new ArrayList<>();

    @BeforeEach
    void listen() {
        Weft.install(new Listener() {
            @Override
            public void monitorEnterRequested(Object monitor, int site) {
                events.add("enter " + monitor.getClass().getSimpleName() + " " + site);
            }

            @Override
            public void monitorExiting(Object monitor, int site) {
                events.add("exit " + monitor.getClass().getSimpleName() + " " + site);
            }

            @Override
            public void contentsAccessed(Object collection, Class<?> shownAs, boolean write, int site) {
                events.add((write ? "write " : "read ") + shownAs.getSimpleName() + " " + site);
            }

            @Override
            public void atomicAccess(Object atomic, boolean write, int site) {
                events.add((write ? "point-write " : "point-read ") + atomic.getClass().getSimpleName() + " " + site);
            }
        });
    }

    @AfterEach
    void removeListener() {
        Weft.install(Listener.NOOP);
    }

    private static MethodHandle linked(String name, MethodType type, int site, int contents) throws ReflectiveOperationException {
        MethodHandle call = MethodHandles.publicLookup().findVirtual(type.parameterType(0), name, type.dropParameterTypes(0, 1));
        return SynchronizedWrappers.linked(call, name, site, type.parameterType(0), contents);
    }

    @Test
    void theWrappersAreTheJdksSynchronizedCollectionsOfExactlyTheirClasses() {
        assertTrue(SynchronizedWrappers.isWrapper(Collections.synchronizedList(new ArrayList<>())));
        assertTrue(SynchronizedWrappers.isWrapper(Collections.synchronizedMap(new java.util.HashMap<>()).keySet()));
        assertTrue(SynchronizedWrappers.isWrapper(new Vector<>()));
        assertTrue(SynchronizedWrappers.isWrapper(new Stack<>()));
        assertTrue(SynchronizedWrappers.isWrapper(new Hashtable<>()));
        assertFalse(SynchronizedWrappers.isWrapper(new ArrayList<>()));
        assertFalse(SynchronizedWrappers.isWrapper(new Vector<>() { }), "a subclass may override a method with one that does not lock");
    }

    @Test
    void aLockedCallHoldsTheMutexAroundTheCallAndChecksTheContentsInside() throws Throwable {
        List<String> list = Collections.synchronizedList(new ArrayList<>());
        MethodHandle add = linked("add", MethodType.methodType(boolean.class, List.class, Object.class), 7, SynchronizedWrappers.CONTENTS_WRITE);
        assertTrue((boolean) add.invokeExact(list, (Object) "a"));
        MethodHandle get = linked("get", MethodType.methodType(Object.class, List.class, int.class), 8, SynchronizedWrappers.CONTENTS_READ);
        assertThrows(IndexOutOfBoundsException.class, () -> { Object o = (Object) get.invokeExact(list, 5); });
        assertEquals(List.of("enter SynchronizedRandomAccessList 7", "write ArrayList 7", "exit SynchronizedRandomAccessList 7",
                "enter SynchronizedRandomAccessList 8", "read ArrayList 8", "exit SynchronizedRandomAccessList 8"), events);
        events.clear();
        assertTrue((boolean) add.invokeExact((List<String>) new ArrayList<String>(), (Object) "a"));
        assertEquals(List.of(), events, "not a wrapper: the call alone");
    }

    @Test
    void aViewHoldsItsMapsMutex() throws Throwable {
        Map<String, Integer> map = Collections.synchronizedMap(new java.util.HashMap<>());
        MethodHandle size = linked("size", MethodType.methodType(int.class, java.util.Set.class), 3, SynchronizedWrappers.NO_CONTENTS);
        assertEquals(0, (int) size.invokeExact(map.keySet()));
        assertEquals(List.of("enter SynchronizedMap 3", "exit SynchronizedMap 3"), events);
    }

    @Test
    void anUnlockedIterationIsAPointAtEachStepOfTheIteratorTheWrapperHandedOut() throws Throwable {
        List<String> list = Collections.synchronizedList(new ArrayList<>(List.of("a", "b")));
        MethodHandle iterator = linked("iterator", MethodType.methodType(Iterator.class, List.class), 4, SynchronizedWrappers.CONTENTS_READ);
        MethodHandle next = SynchronizedWrappers.iteratorStep(MethodHandles.publicLookup().findVirtual(Iterator.class, "next",
                MethodType.methodType(Object.class)), "next", 5, Iterator.class);
        Iterator<String> it = (Iterator<String>) iterator.invokeExact(list);
        assertEquals("a", (Object) next.invokeExact(it));
        assertEquals("b", (Object) next.invokeExact(it));
        Iterator<String> other = new ArrayList<>(List.of("c")).iterator();
        assertEquals("c", (Object) next.invokeExact(other));
        assertEquals(List.of("point-read SynchronizedRandomAccessList 4", "point-read Itr 5", "point-read Itr 5"), events);
    }
}
