package dev.weft.agent.samejvm;

import java.lang.reflect.Field;

/**
 * The JDK's numbering of unnamed threads ({@code Thread-0}, {@code Thread-1}...), set back to 0 before each schedule so
 * that its threads are named as in a fresh JVM (the names are in its findings and its schedule file). The agent opens
 * {@code java.lang} to weft; where the field is not found (another JDK), the names keep counting.
 */
final class ThreadNumbering {

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
    }
}
