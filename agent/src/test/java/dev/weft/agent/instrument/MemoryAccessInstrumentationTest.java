package dev.weft.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.runtime.Listener;
import dev.weft.runtime.Shadowed;
import dev.weft.runtime.Weft;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MemoryAccessInstrumentationTest {

    /** The listener of a controlled run while a class is transformed (it then makes the control-mode bytecode). */
    private static final Listener SCHEDULES = new Listener() {
        @Override
        public boolean schedules() {
            return true;
        }
    };

    private final Fixtures fixtures = Fixtures.withMemoryAccesses();

    @AfterEach
    void uninstall() {
        Weft.install(null);
    }

    @Test
    void plainInstanceFieldsAreReportedBeforeEachAccessButFinalOnesAreNot() throws Throwable {
        assertEquals(6 + 5, fixtures.run("MemoryAccesses", "instanceFields"));
        assertEquals(List.of(
                "fieldWritten MemoryAccesses.value", // in the constructor, after super()
                "fieldRead MemoryAccesses.value", "fieldWritten MemoryAccesses.value",
                "fieldWritten MemoryAccesses.wide", "fieldRead MemoryAccesses.wide",
                "fieldRead MemoryAccesses.value"), fixtures.events());
    }

    @Test
    void volatileFieldsCallTheVolatileHooks() throws Throwable {
        assertEquals(2L, fixtures.run("MemoryAccesses", "volatileFields"));
        assertEquals(List.of(
                "fieldWritten MemoryAccesses.value",
                "volatileWriting MemoryAccesses.version", "volatileRead MemoryAccesses.version"), fixtures.events());
    }

    @Test
    void inAControlledRunAVolatileReadIsAnnouncedBeforeItsLoadAndReportedAfterIt() throws Throwable {
        Weft.install(SCHEDULES); // classes transformed now are for a controlled run
        fixtures.load("MemoryAccesses");
        assertEquals(2L, fixtures.run("MemoryAccesses", "volatileFields"));
        assertEquals(List.of(
                "fieldWritten MemoryAccesses.value", "volatileWriting MemoryAccesses.version",
                "volatileReading MemoryAccesses.version", "volatileRead MemoryAccesses.version"), fixtures.events());
        assertEquals(fixtures.siteOf("volatileReading"), fixtures.siteOf("volatileRead"));
    }

    @Test
    void inAControlledRunAVolatileReadTakesItsValueAfterItsSchedulingPoint() throws Throwable {
        Weft.install(SCHEDULES);
        Class<?> accesses = fixtures.load("MemoryAccesses");
        // another thread's write while the reader waits for its step, at volatileReading: the read sees it
        Weft.install(new Listener() {
            @Override
            public void volatileReading(Object owner, int field, int site) {
                try {
                    if (owner == null) {
                        set(accesses.getDeclaredField("ready"), null, false);
                    } else {
                        set(accesses.getDeclaredField("version"), owner, 7L);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        });
        assertEquals(7L, invoke(accesses, "volatileFields"));
        assertEquals(0, invoke(accesses, "staticFields"));
    }

    private static void set(Field field, Object owner, Object value) throws IllegalAccessException {
        field.setAccessible(true);
        field.set(owner, value);
    }

    private static Object invoke(Class<?> type, String method) throws ReflectiveOperationException {
        java.lang.reflect.Method target = type.getDeclaredMethod(method);
        target.setAccessible(true);
        return target.invoke(null);
    }

    @Test
    void staticFieldsHaveNoOwnerAndTheStaticInitializerIsLeftAlone() throws Throwable {
        assertEquals(1 + 10 + 1, fixtures.run("MemoryAccesses", "staticFields"));
        assertEquals(List.of(
                "fieldRead MemoryAccesses.counter static", "fieldWritten MemoryAccesses.counter static",
                "volatileWriting MemoryAccesses.ready static", "volatileRead MemoryAccesses.ready static",
                "fieldRead MemoryAccesses.counter static", "fieldRead MemoryAccesses.initialized static"),
                fixtures.events());
    }

    @Test
    void charactersCopiedIntoAnArrayByGetCharsAreReportedAsWritesOfItsElements() throws Throwable {
        assertEquals("abarc", fixtures.run("MemoryAccesses", "charsCopied"));
        assertEquals(List.of("arrayElementsWritten char[2..5)", "arrayElementsWritten char[0..2)", "arrayElementsRead char[0..5)"),
                fixtures.events());
    }

    /** {@code new String(bytes, off, len, charset)}, {@code append(chars, off, len)}, {@code toArray(array)}, {@code Arrays.stream}, {@code List.of(array)}. */
    @Test
    void arraysReadWithRangesOrFilledByTheJdkReportTheirElements() throws Throwable {
        assertEquals(2 + 4 + 2 + 4 + 3 + 3, fixtures.run("MemoryAccesses", "arraysReadWithRangesOrFilled"));
        assertEquals(List.of("arrayWritten byte[0]", "arrayWritten byte[1]", "arrayWritten byte[2]", "arrayWritten byte[3]",
                "arrayWritten char[0]", "arrayWritten char[1]", "arrayWritten char[2]",
                "arrayElementsRead byte[1..3)", "arrayElementsRead byte[0..4)", "arrayElementsRead char[1..3)", "arrayElementsWritten String[0..3)",
                "arrayWritten int[0]", "arrayWritten int[1]", "arrayWritten int[2]", "arrayElementsRead int[0..3)",
                "arrayWritten String[0]", "arrayWritten String[1]", "arrayWritten String[2]", "arrayElementsRead String[0..3)"),
                fixtures.events());
    }

    /**
     * A stream's {@code read} reports the elements it says it read, after it returns; {@code write} those it reads, before;
     * a buffer's relative {@code get} also moves (writes) the buffer's position.
     */
    @Test
    void arraysFilledOrWrittenOutByStreamsBuffersAndRandomsAreReportedAsTheirElements() throws Throwable {
        assertEquals(3 + 2, fixtures.run("MemoryAccesses", "arraysFilledAndWritten"));
        assertEquals(List.of("arrayElementsWritten byte[1..4)", "contentsWritten HeapByteBuffer", "arrayElementsWritten byte[0..2)",
                "arrayElementsWritten byte[0..3)",
                "arrayElementsRead byte[0..2)", "arrayRead byte[3]", "arrayRead byte[1]"), fixtures.events());
    }

    /** An application's stream subclass, a channel's {@code read(buffer)}, {@code Arrays.setAll}, {@code Collections.addAll}. */
    @Test
    void arraysFilledThroughStreamSubclassesAndBuffersAreReportedAsTheirElements() throws Throwable {
        assertEquals(3 + 2 + 3 + 2, fixtures.run("MemoryAccesses", "arraysFilledThroughSubclassesAndBuffers"));
        assertEquals(List.of("arrayElementsWritten byte[0..3)", "arrayElementsWritten byte[1..3)", "arrayElementsWritten int[0..3)",
                "arrayWritten String[0]", "arrayWritten String[1]", "arrayElementsRead String[0..2)"), fixtures.events());
    }

    @Test
    void elementsReachedThroughAnArraysAsListViewAreReportedAsTheArrays() throws Throwable {
        assertEquals(2, fixtures.run("MemoryAccesses", "arrayElementsThroughAsList"));
        assertEquals(List.of("arrayWritten String[0]", "arrayWritten String[1]", "arrayElementsRead String[1..2)",
                "arrayElementsRead String[0..1)", "arrayElementsWritten String[0..1)",
                "arrayElementsRead String[0..2)", "arrayElementsWritten String[0..2)"), fixtures.events());
    }

    @Test
    void stringsMadeOfAnArrayReportTheReadsOfItsElements() throws Throwable {
        assertEquals(3 + 3 + 2, fixtures.run("MemoryAccesses", "stringsOfArrays"));
        assertEquals(List.of("arrayElementsRead char[0..3)", "arrayElementsRead char[0..3)", "arrayElementsRead byte[0..2)"),
                fixtures.events());
    }

    /** The fields but the static, final and volatile ones; once, by the outermost call that reaches {@code Object.clone()}. */
    @Test
    void fieldsCopiedByObjectCloneAreReportedAsReadsBeforeTheCall() throws Throwable {
        dev.weft.runtime.FieldHandles.install(fixtures.fields::id);
        try {
            assertEquals(1, fixtures.run("MemoryAccesses", "objectsCloned"));
        } finally {
            dev.weft.runtime.FieldHandles.install(null);
        }
        assertEquals(List.of("fieldRead MemoryAccesses$Snapshot.hits", "fieldRead MemoryAccesses$Snapshot.bytes",
                "fieldRead MemoryAccesses$Gauge.level"), fixtures.events());
    }

    @Test
    void fieldGettersAndSettersAreReportedAsTheirDirectAccesses() throws Throwable {
        dev.weft.runtime.FieldHandles.install(fixtures.fields::id);
        try {
            assertEquals(5L + 3 + 4, fixtures.run("MemoryAccesses", "fieldMethodHandles"));
        } finally {
            dev.weft.runtime.FieldHandles.install(null);
        }
        assertEquals(List.of(
                "fieldWritten MemoryAccesses.value", // in the constructor
                "fieldWritten MemoryAccesses.value", "volatileWriting MemoryAccesses.version", "fieldWritten MemoryAccesses.counter static",
                "fieldRead MemoryAccesses.value", "volatileRead MemoryAccesses.version"), fixtures.events());
    }

    /** A bound setter's call names only the value: its write is of the bound object's field, not a static one. */
    @Test
    void handlesMadeFromFieldHandlesByBindToOrAsTypeAccessTheSameField() throws Throwable {
        dev.weft.runtime.FieldHandles.install(fixtures.fields::id);
        try {
            assertEquals(1L, fixtures.run("MemoryAccesses", "boundFieldHandles"));
        } finally {
            dev.weft.runtime.FieldHandles.install(null);
        }
        assertEquals(List.of("fieldWritten MemoryAccesses.value", // in the constructor
                "fieldWritten MemoryAccesses.value", "fieldRead MemoryAccesses.wide"), fixtures.events());
    }

    @Test
    void fieldsReadAndWrittenThroughReflectionAreReportedAsTheirDirectAccessesButFinalOnesAreNot() throws Throwable {
        dev.weft.runtime.FieldHandles.install(fixtures.fields::id);
        try {
            // a nestmate's private field stays accessible: the calls are still made from the fixture's class
            assertEquals(5L + 6 + 3 + 2 + 1 + 4 + java.lang.reflect.Modifier.PRIVATE, fixtures.run("MemoryAccesses", "reflectiveFields"));
        } finally {
            dev.weft.runtime.FieldHandles.install(null);
        }
        assertEquals(List.of(
                "fieldWritten MemoryAccesses.value", // in the constructor
                "fieldWritten MemoryAccesses.value", "fieldWritten MemoryAccesses.wide", "volatileWriting MemoryAccesses.version",
                "fieldWritten MemoryAccesses.counter static", "fieldWritten MemoryAccesses$Vault.secret",
                "fieldRead MemoryAccesses.value", "fieldRead MemoryAccesses.wide",
                "volatileReading MemoryAccesses.version", "volatileRead MemoryAccesses.version",
                "fieldRead MemoryAccesses.counter static", "fieldRead MemoryAccesses$Vault.secret"), fixtures.events());
    }

    @Test
    void aLockSubclassHoldsItsLockFromSuperLockToSuperUnlock() throws Throwable {
        assertEquals(3, fixtures.run("MemoryAccesses", "auditedLock"));
        List<String> kinds = fixtures.events().stream().map(e -> e.substring(0, e.indexOf(' '))).toList();
        assertEquals(List.of(
                "lockRequested", "superLockAcquired", "fieldRead", "fieldWritten", "lockAcquired", // lock()
                "lockReleasing", "fieldRead", "fieldWritten", "superUnlocking", // unlock()
                "superLockAcquired", "fieldRead", "fieldWritten", "lockAcquired", // tryLock()
                "lockReleasing", "fieldRead", "fieldWritten", "superUnlocking", // unlock()
                "lockRequested(timed)", "superLockAcquired", "fieldRead", "fieldWritten", "lockAcquired", // tryLock(time, unit)
                "lockReleasing", "fieldRead", "fieldWritten", "superUnlocking", // unlock()
                "fieldRead"), kinds);
    }

    @Test
    void anInheritedFieldAccessedThroughTheSubclassIsNamedByItsDeclaringClass() throws Throwable {
        assertEquals(4, fixtures.run("MemoryAccesses", "inheritedField"));
        assertEquals(List.of("fieldWritten MemoryAccesses$Base.inherited", "fieldRead MemoryAccesses$Base.inherited"),
                fixtures.events());
    }

    @Test
    void everyElementTypeIsReportedOnStoreAndLoadWithItsIndex() throws Throwable {
        assertEquals(45.0, fixtures.run("MemoryAccesses", "arrays"));
        List<String> types = List.of("int", "long", "float", "double", "Object", "byte", "char", "short", "boolean");
        List<String> expected = new ArrayList<>();
        types.forEach(t -> expected.add("arrayWritten " + t + "[1]"));
        types.forEach(t -> expected.add("arrayRead " + t + "[1]"));
        assertEquals(expected, fixtures.events());
    }

    @Test
    void eachAccessHasTheSiteOfItsLine() throws Throwable {
        fixtures.run("MemoryAccesses", "volatileFields");
        assertEquals("volatileFields", fixtures.siteOf("volatileWriting").method());
        assertEquals(fixtures.siteOf("volatileWriting").line() + 1, fixtures.siteOf("volatileRead").line());
    }

    @Test
    void onlyTheTopmostInstrumentedClassGetsTheShadowField() throws Exception {
        Class<?> base = fixtures.load("MemoryAccesses$Base");
        Class<?> derived = fixtures.load("MemoryAccesses$Derived");
        assertTrue(Shadowed.class.isAssignableFrom(base));
        assertTrue(Shadowed.class.isAssignableFrom(derived));
        Field shadow = base.getDeclaredField("weft$shadow");
        assertTrue(shadow.isSynthetic() && Modifier.isTransient(shadow.getModifiers()) && Modifier.isPrivate(shadow.getModifiers())
                && !Modifier.isVolatile(shadow.getModifiers()));
        assertFalse(Arrays.stream(derived.getDeclaredFields()).anyMatch(f -> f.getName().startsWith("weft$")));
        assertFalse(Arrays.asList(derived.getInterfaces()).contains(Shadowed.class));
    }

    @Test
    void theShadowFieldKeepsWhatIsSetInIt() throws Exception {
        Constructor<?> constructor = fixtures.load("MemoryAccesses$Derived").getDeclaredConstructor();
        constructor.setAccessible(true);
        Shadowed object = (Shadowed) constructor.newInstance();
        Object state = new Object();
        object.weft$shadow(state);
        assertEquals(state, object.weft$shadow());
        assertTrue(fixtures.warnings.isEmpty(), () -> "warnings: " + fixtures.warnings);
    }

    @Test
    void theShadowIsInstalledOnceByTheClassesOwnCompareAndSet() throws Throwable {
        Constructor<?> derived = fixtures.load("MemoryAccesses$Derived").getDeclaredConstructor(); // Base had no static initializer
        derived.setAccessible(true);
        Constructor<?> withInitializer = fixtures.load("MemoryAccesses").getDeclaredConstructor(int.class);
        withInitializer.setAccessible(true);
        for (Shadowed object : List.of((Shadowed) derived.newInstance(), (Shadowed) withInitializer.newInstance(1))) {
            Object first = new Object();
            Weft.install(fixtures.listener);
            try {
                assertTrue(object.weft$shadowIfNone(first));
                assertFalse(object.weft$shadowIfNone(new Object()), "a second installer finds the first shadow");
            } finally {
                Weft.install(null);
            }
            assertEquals(first, object.weft$shadow());
            assertEquals(List.of(), fixtures.events(), "weft's own compare-and-set is no hand-off of the program's");
        }
        assertEquals(1 + 10 + 1, fixtures.run("MemoryAccesses", "staticFields"), "the class's own static initializer ran as before");
        assertTrue(fixtures.warnings.isEmpty(), () -> "warnings: " + fixtures.warnings);
    }

    @Test
    void elementsReachedThroughReflectionBinarySearchesAndChecksumsAreReportedAsTheirElements() throws Throwable {
        assertEquals(5 + 1 - 3, fixtures.run("MemoryAccesses", "arraysThroughReflectionSearchesAndChecksums"));
        // the searched array never leaves the method (its stores need no hook), the checksum is fresh (its own state needs no check)
        assertEquals(List.of("arrayWritten int[1]", "arrayRead int[1]",
                "arrayElementsRead long[1..2)", "arrayElementsRead long[1..3)",
                "arrayWritten byte[0]", "arrayWritten byte[1]", "arrayElementsRead byte[0..2)"), fixtures.events());
    }
}
