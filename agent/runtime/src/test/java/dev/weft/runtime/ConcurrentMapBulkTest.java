package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.ToIntFunction;
import java.util.function.ToLongBiFunction;
import org.junit.jupiter.api.Test;

/**
 * A {@code ConcurrentHashMap}'s parallel bulk operations as {@link ConcurrentMapBulk} makes them in a controlled
 * run, here without a scheduler: the JDK's results, in the model's threads and the caller, never a JDK pool's.
 */
class ConcurrentMapBulkTest {

    private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    private static MethodHandle bulk(String name, Class<?> returned, Class<?>... parameters) throws ReflectiveOperationException {
        MethodType type = MethodType.methodType(returned, parameters);
        MethodHandle jdk = LOOKUP.findVirtual(ConcurrentHashMap.class, name, type);
        MethodHandle inModel = ConcurrentMapBulk.inModel(name, type.insertParameterTypes(0, ConcurrentHashMap.class), jdk, 0);
        assertNotSame(jdk, inModel, name + type);
        return inModel;
    }

    private static ConcurrentHashMap<Integer, Integer> squares() {
        ConcurrentHashMap<Integer, Integer> map = new ConcurrentHashMap<>();
        for (int i = 0; i < 2000; i++) {
            map.put(i, i * i);
        }
        return map;
    }

    @Test
    void bulkOperationsOverTheirThresholdRunInTheModelWithTheJdksResults() throws Throwable {
        ConcurrentHashMap<Integer, Integer> map = squares();
        Set<Thread> ranIn = ConcurrentHashMap.newKeySet();
        AtomicLong sum = new AtomicLong();
        BiConsumer<Integer, Integer> add = (k, v) -> {
            ranIn.add(Thread.currentThread());
            sum.addAndGet(v);
        };
        bulk("forEach", void.class, long.class, BiConsumer.class).invoke(map, 1L, add);
        long expected = map.values().stream().mapToLong(Integer::longValue).sum();
        assertEquals(expected, sum.get());
        AtomicLong keys = new AtomicLong();
        bulk("forEachKey", void.class, long.class, Function.class, Consumer.class).invoke(map, 1L,
                (Function<Integer, Integer>) k -> k % 2 == 0 ? k : null, (Consumer<Integer>) keys::addAndGet);
        assertEquals(999_000L, keys.get());
        assertEquals(expected, (long) bulk("reduceToLong", long.class, long.class, ToLongBiFunction.class, long.class,
                LongBinaryOperator.class).invoke(map, 1L, (ToLongBiFunction<Integer, Integer>) (k, v) -> v, 0L,
                (LongBinaryOperator) Long::sum));
        assertEquals(2000, (int) bulk("reduceValuesToInt", int.class, long.class, ToIntFunction.class, int.class,
                IntBinaryOperator.class).invoke(map, 1L, (ToIntFunction<Integer>) v -> 1, 0, (IntBinaryOperator) Integer::sum));
        Object found = bulk("searchEntries", Object.class, long.class, Function.class).invoke(map, 1L,
                (Function<Map.Entry<Integer, Integer>, Object>) e -> e.getValue() == 1764 ? e.getKey() : null);
        assertEquals(42, found);
        assertEquals(null, bulk("search", Object.class, long.class, BiFunction.class).invoke(map, 1L,
                (BiFunction<Integer, Integer, Object>) (k, v) -> null));
        assertThrows(UnsupportedOperationException.class, () -> bulk("forEachEntry", void.class, long.class,
                Consumer.class).invoke(map, 1L, (Consumer<Map.Entry<Integer, Integer>>) e -> e.setValue(0)));
        assertTrue(ranIn.stream().noneMatch(t -> t instanceof ForkJoinWorkerThread), ranIn.toString());
    }

    @Test
    void underTheThresholdOrOnOtherOperationsTheJdksCallStays() throws Throwable {
        assertTrue(ConcurrentMapBulk.isParallel(squares(), 2000));
        assertTrue(!ConcurrentMapBulk.isParallel(squares(), 2001));
        assertTrue(!ConcurrentMapBulk.isParallel(squares(), Long.MAX_VALUE));
        MethodType type = MethodType.methodType(double.class, ConcurrentHashMap.class, long.class,
                java.util.function.ToDoubleBiFunction.class, double.class, java.util.function.DoubleBinaryOperator.class);
        MethodHandle jdk = LOOKUP.findVirtual(ConcurrentHashMap.class, "reduceToDouble", type.dropParameterTypes(0, 1));
        assertSame(jdk, ConcurrentMapBulk.inModel("reduceToDouble", type, jdk, 0));
    }
}
