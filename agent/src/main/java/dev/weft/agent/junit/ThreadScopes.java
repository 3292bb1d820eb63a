package dev.weft.agent.junit;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * The {@link TestScope} of each thread: the runner's own while it runs a test, and for any other thread
 * the one its creator was in when it created it (an inheritable thread-local: threads a test starts,
 * directly or through an executor it creates, belong to that test).
 *
 * <p>Another thread's scope (for a deadlock, found by the watchdog) is read from that thread's inheritable
 * thread-locals by reflection, which needs {@code java.lang} opened to weft; when that fails the scope is
 * unknown ({@code null}).
 */
final class ThreadScopes {

    private final InheritableThreadLocal<TestScope> scopes = new InheritableThreadLocal<>();

    /** The calling thread's scope, or {@code null}. */
    TestScope current() {
        return scopes.get();
    }

    /** Sets the calling thread's scope. */
    void enter(TestScope scope) {
        scopes.set(scope);
    }

    /** The scope of {@code thread}, or {@code null} when it has none or it cannot be read. */
    TestScope of(Thread thread) {
        if (thread == Thread.currentThread()) {
            return current();
        }
        try {
            Field mapField = Thread.class.getDeclaredField("inheritableThreadLocals");
            mapField.setAccessible(true);
            Object map = mapField.get(thread);
            if (map == null) {
                return null;
            }
            Method getEntry = map.getClass().getDeclaredMethod("getEntry", ThreadLocal.class);
            getEntry.setAccessible(true);
            Object entry = getEntry.invoke(map, scopes);
            if (entry == null) {
                return null;
            }
            Field value = entry.getClass().getDeclaredField("value");
            value.setAccessible(true);
            return (TestScope) value.get(entry);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
