package dev.weft.agent.samejvm;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The shutdown hooks the application registered ({@code Runtime.addShutdownHook}), read from the JDK's
 * {@code java.lang.ApplicationShutdownHooks} (the agent opens {@code java.lang} to weft). A schedule that registers
 * one ends its JVM: its hooks must run at that JVM's exit, as in a fresh JVM. Where the JDK keeps them elsewhere,
 * none are seen. The JDK's own hooks, threads of its own subclasses (the {@code LogManager}'s, registered at the first use of {@code java.util.logging},
 * as JUnit's launcher makes) are not counted: a fresh JVM registers them too, and they run at this JVM's exit as at
 * that one's.
 */
final class ShutdownHooks {

    private ShutdownHooks() { }

    /** The hooks the application registered now (a copy), or an empty set when they cannot be read. */
    static Set<Thread> registered() {
        try {
            Class<?> hooks = Class.forName("java.lang.ApplicationShutdownHooks");
            Field field = hooks.getDeclaredField("hooks");
            field.setAccessible(true);
            synchronized (hooks) { // the JDK's own lock on the map
                Map<?, ?> map = (Map<?, ?>) field.get(null);
                Set<Thread> copy = Collections.newSetFromMap(new IdentityHashMap<>());
                if (map != null) {
                    for (Object hook : map.keySet()) {
                        if (!ofTheJdk(hook)) {
                            copy.add((Thread) hook);
                        }
                    }
                }
                return copy;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Set.of();
        }
    }

    /** True for a hook of a subclass of {@code Thread} the JDK defines (a plain {@code Thread} runs the application's code). */
    private static boolean ofTheJdk(Object hook) {
        ClassLoader loader = hook.getClass().getClassLoader();
        return hook.getClass() != Thread.class && (loader == null || loader == ClassLoader.getPlatformClassLoader());
    }
}
