package dev.weft.runtime;

import static java.lang.invoke.MethodType.methodType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The phases of a parallel stream's pipeline ({@link SyncObjects.PipelinePhase}), as {@link Submission} makes them. */
class PipelinePhasesTest {

    /** What the predicate's runs acquired and released, from whichever threads. */
    private final Set<Object> acquired = ConcurrentHashMap.newKeySet();
    private final Set<Object> released = ConcurrentHashMap.newKeySet();

    @AfterEach
    void removeListener() {
        Weft.install(Listener.NOOP);
    }

    @Test
    void theFunctionsAfterAStatefulOperationAcquireThePhaseBeforeIt() throws Throwable {
        Stream<Integer> source = List.of(5, 3, 1, 4, 2).parallelStream();
        Object first = SyncObjects.phaseOf(source);
        @SuppressWarnings("unchecked")
        Stream<Integer> sorted = (Stream<Integer>) call("sorted", methodType(Stream.class), source);
        SyncObjects.PipelinePhase second = SyncObjects.phaseOf(sorted);
        assertSame(first, second.upstream);
        Weft.install(new Listener() {
            @Override
            public void acquired(Object sync, int site) {
                acquired.add(sync);
            }

            @Override
            public void releasing(Object sync, int site) {
                released.add(sync);
            }
        });
        Predicate<Integer> odd = n -> n % 2 == 1;
        @SuppressWarnings("unchecked")
        Stream<Integer> filtered = (Stream<Integer>) call("filter", methodType(Stream.class, Predicate.class), sorted, odd);
        assertSame(second, SyncObjects.phaseOf(filtered));
        acquired.clear();
        released.clear();
        assertEquals(List.of(1, 3, 5), filtered.toList());
        assertTrue(acquired.contains(first), "the filter acquires the phase before sorted()");
        assertFalse(acquired.contains(second), "nor the runs of its own phase");
        assertTrue(released.contains(second));
        assertFalse(released.contains(first));
    }

    @Test
    void aStatelessOperationStaysInItsPhase() throws Throwable {
        Stream<Integer> source = List.of(1, 2, 3).parallelStream();
        Object first = SyncObjects.phaseOf(source);
        Object mapped = call("map", methodType(Stream.class, Function.class), source,
                (Function<Integer, Integer>) n -> n + 1);
        assertSame(first, SyncObjects.phaseOf(mapped));
        Object limited = call("limit", methodType(Stream.class, long.class), mapped, 2L);
        assertNotSame(first, SyncObjects.phaseOf(limited));
    }

    /** {@code receiver.name(arguments)} on a {@code Stream} as the rewritten call site makes it, through a {@link Submission}. */
    private static Object call(String name, MethodType type, Object receiver, Object... arguments) throws Throwable {
        MethodHandle method = MethodHandles.publicLookup().findVirtual(Stream.class, name, type);
        MethodHandle spread = method.asType(method.type().generic()).asSpreader(Object[].class, arguments.length + 1);
        Class<?>[] parameters = method.type().parameterArray();
        Object[] all = new Object[arguments.length + 1];
        all[0] = receiver;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return new Submission(spread.asType(methodType(Object.class, Object[].class)), parameters, true, name, false, false, 0)
                .invoke(all);
    }
}
