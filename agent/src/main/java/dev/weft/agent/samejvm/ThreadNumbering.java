package dev.weft.agent.samejvm;

import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The JDK's numbering of unnamed threads ({@code Thread-0}, {@code Thread-1}...) and of the pools of
 * {@code Executors.defaultThreadFactory()} ({@code pool-1-thread-1}, {@code pool-2-thread-1}...), set back before each
 * schedule so that its threads are named as in a fresh JVM (the names are in its findings, its timeline and its
 * schedule file). The agent opens {@code java.lang} and, in a controlled run, {@code java.util.concurrent} to weft;
 * where a field is not found (another JDK), its names keep counting.
 */
final class ThreadNumbering {

    /** The default thread factory's count of pools, or {@code null} when not readable. */
    private static final AtomicInteger POOLS = poolCount();
    /** The count before the first schedule: what a fresh JVM's {@code main} starts with. */
    private static final int FIRST_POOL = POOLS == null ? 0 : POOLS.get();

    private ThreadNumbering() { }

    static void reset() {
        try {
            Field next;
            try {
                next = Thread.class.getDeclaredField("threadInitNumber"); // JDK 17
            } catch (NoSuchFieldException e) {
                next = Class.forName("java.lang.Thread$ThreadNumbering").getDeclaredField("next"); // JDK 21 and later
            }
            next.setAccessible(true);
            next.setInt(null, 0);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // the names keep counting: findings name other threads than a fresh JVM would
        }
        if (POOLS != null) {
            POOLS.set(FIRST_POOL);
        }
    }

    private static AtomicInteger poolCount() {
        try {
            Field count = Class.forName("java.util.concurrent.Executors$DefaultThreadFactory").getDeclaredField("poolNumber");
            count.setAccessible(true);
            return (AtomicInteger) count.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // the pools keep counting: pool-2-thread-1 where a fresh JVM has pool-1-thread-1
        }
    }
}
