package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the listener hears of the calls {@link CollectionContents} checks that need the JDK's collections
 * themselves: a {@code Collections.synchronized*} wrapper's calls (under its lock, but for iterating; not
 * checked when given to a JDK call, which may iterate it without the lock) and a
 * string concatenation's collection arguments ({@link HandOffCalls#concat}). The surefire configuration
 * opens {@code java.util}, as the agent does with race detection.
 */
class CollectionContentsTest {

    private final List<String> events = new ArrayList<>();

    @BeforeEach
    void listen() {
        Weft.install(new Listener() {
            @Override
            public void contentsAccessed(Object collection, Class<?> shownAs, boolean write, int site) {
                events.add((write ? "write " : "read ") + shownAs.getSimpleName() + " " + site);
            }

            @Override
            public void lockedContentsAccessed(Object lock, Object collection, Class<?> shownAs, boolean write, int site) {
                events.add("holding " + (Thread.holdsLock(lock) ? "its lock " : "nothing ") + (lock == SYNCHRONIZED ? "(the wrapper) " : "")
                        + (write ? "write " : "read ") + shownAs.getSimpleName() + " " + site);
            }
        });
    }

    @AfterEach
    void removeListener() {
        Weft.install(Listener.NOOP);
    }

    private static final List<Integer> SYNCHRONIZED = Collections.synchronizedList(new ArrayList<>());

    @Test
    void aSynchronizedWrappersCallsAreCheckedHoldingItsLockButForIteratingAndNotWhenGivenToTheJdk() {
        CollectionContents.writing(SYNCHRONIZED, 1);
        CollectionContents.reading(SYNCHRONIZED, 2);
        CollectionContents.iterating(SYNCHRONIZED, 3);
        CollectionContents.writing(Collections.unmodifiableList(SYNCHRONIZED), 4);
        CollectionContents.argumentRead(SYNCHRONIZED, 5); // Collections.max(list) iterates without the lock: weft takes none
        CollectionContents.argumentWritten(SYNCHRONIZED, 6);
        assertEquals(List.of("holding its lock (the wrapper) write ArrayList 1", "holding its lock (the wrapper) read ArrayList 2",
                "read ArrayList 3", "holding its lock (the wrapper) write ArrayList 4"), events);
    }

    @Test
    void theJdksOtherNonThreadSafeObjectsAreCheckedByExactClassAndADigestIsNamedAsOne() throws Exception {
        CollectionContents.objectWriting(new java.text.SimpleDateFormat("yyyy"), 1);
        CollectionContents.objectReading(java.util.regex.Pattern.compile("a").matcher("a"), 2);
        CollectionContents.objectWriting(java.security.MessageDigest.getInstance("SHA-256"), 3);
        CollectionContents.objectWriting(new java.util.zip.CRC32(), 4);
        CollectionContents.objectWriting(new java.util.zip.Deflater(), 5); // locks its stream inside the JDK
        CollectionContents.objectWriting(new java.text.SimpleDateFormat("yyyy") { }, 6); // an application subclass
        CollectionContents.writing(new java.util.zip.CRC32(), 7); // a collection's call site: not one of these
        assertEquals(true, NonThreadSafeJdkTypes.isStaticType(java.util.zip.Checksum.class));
        assertEquals(false, NonThreadSafeJdkTypes.isStaticType(java.util.List.class));
        assertEquals(List.of("write SimpleDateFormat 1", "read Matcher 2", "write MessageDigest 3", "write CRC32 4"), events);
    }

    @Test
    void everyBufferIsOneVariableNamedByItsBufferType() {
        CollectionContents.objectWriting(java.nio.ByteBuffer.allocate(8), 1);
        CollectionContents.objectReading(java.nio.ByteBuffer.allocateDirect(8), 2);
        CollectionContents.objectWriting(java.nio.ByteBuffer.allocate(8).asReadOnlyBuffer().asIntBuffer(), 3);
        CollectionContents.objectWriting(java.nio.CharBuffer.wrap("abc"), 4);
        assertEquals(true, NonThreadSafeJdkTypes.isStaticType(java.nio.Buffer.class));
        assertEquals(true, NonThreadSafeJdkTypes.isStaticType(java.nio.MappedByteBuffer.class));
        assertEquals(List.of("write ByteBuffer 1", "read ByteBuffer 2", "write IntBuffer 3", "write CharBuffer 4"), events);
    }

    @Test
    void anIteratorIsCheckedAsItselfOnlyWhenItIteratesACheckedCollection() {
        List<Integer> list = new ArrayList<>(List.of(1, 2));
        CollectionContents.iteratorCalled(list.iterator(), true, 1);
        CollectionContents.iteratorCalled(new java.util.HashMap<>(java.util.Map.of(1, 2)).keySet().iterator(), false, 2);
        CollectionContents.iteratorCalled(new java.util.concurrent.CopyOnWriteArrayList<>(list).iterator(), true, 3);
        CollectionContents.iteratorCalled(List.of(1).iterator(), true, 4);
        assertEquals(List.of("write Itr 1", "read KeyIterator 2"), events);
    }

    @Test
    void aStringConcatenationReadsItsCollectionArguments() throws Throwable {
        MethodType type = MethodType.methodType(String.class, Object.class, int.class, List.class, String.class);
        MethodHandle concat = HandOffCalls.concat(MethodHandles.lookup(), "makeConcatWithConstants", type, 9,
                "\u0001 \u0001 \u0001 \u0001").dynamicInvoker();
        List<Integer> list = new ArrayList<>(List.of(1));
        assertEquals("[1] 2 [1] x", (String) concat.invokeExact((Object) list, 2, list, "x"));
        assertEquals("a 2 [] x", (String) concat.invokeExact((Object) "a", 2, List.<Integer>of(), "x"));
        assertEquals(List.of("read ArrayList 9", "read ArrayList 9"), events);
    }
}
