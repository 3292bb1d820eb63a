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
 * none are seen.
 */
final class ShutdownHooks {

    private ShutdownHooks() { }

    /** The registered hooks now (a copy), or an empty set when they cannot be read. */
    static Set<Thread> registered() {
        try {
            Class<?> hooks = Class.forName("java.lang.ApplicationShutdownHooks");
            Field field = hooks.getDeclaredField("hooks");
            field.setAccessible(true);
            synchronized (hooks) { // the JDK's own lock on the map
                Map<?, ?> map = (Map<?, ?>) field.get(null);
                Set<Thread> copy = Collections.newSetFromMap(new IdentityHashMap<>());
                if (map != null) {
                    map.keySet().forEach(hook -> copy.add((Thread) hook));
                }
                return copy;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Set.of();
        }
    }
}
