package dev.weft.runtime;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * Application subclasses of the JDK's non-thread-safe lists, queues and maps whose calls are the JDK's own: the
 * subclass (and any application class between it and the JDK's) overrides none of the collection's public or
 * protected methods, but {@code removeEldestEntry} (the LRU cache's {@code new LinkedHashMap<>(16, 0.75f, true) {
 * protected boolean removeEldestEntry(..) }}), which the JDK calls inside {@code put} after the change is made. Every
 * call on such an object runs the JDK's code, with no lock of the subclass's inside it, so a check at the call is
 * as exact as for the JDK's class itself ({@link CollectionContents#tracked}); a subclass that overrides a method may
 * make it {@code synchronized}, and is not checked. Sets are left out: their contents are the map inside them
 * ({@link CollectionViews#insideSet}), found by their exact class.
 */
final class CollectionSubclasses {

    private static final Set<Class<?>> BASES = Set.of(HashMap.class, LinkedHashMap.class, ArrayList.class,
            LinkedList.class, ArrayDeque.class, TreeMap.class, PriorityQueue.class, IdentityHashMap.class);

    private static final ClassValue<Boolean> UNCHANGED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return extendsUnchanged(type);
            } catch (Throwable unreadable) { // a parameter type that cannot be loaded...: not checked
                return false;
            }
        }
    };

    private CollectionSubclasses() { }

    /** Whether objects of {@code type}, not itself one of the JDK's classes, are checked as the collection it extends. */
    static boolean tracked(Class<?> type) {
        return UNCHANGED.get(type);
    }

    private static boolean extendsUnchanged(Class<?> type) {
        if (type.isArray() || type.isInterface() || type.getClassLoader() == null) {
            return false; // the JDK's own classes: exactly those CollectionContents lists
        }
        Class<?> base = type;
        while (base != null && !BASES.contains(base)) {
            base = base.getSuperclass();
        }
        if (base == null) {
            return false;
        }
        for (Class<?> own = type; own != base; own = own.getSuperclass()) {
            for (Method method : own.getDeclaredMethods()) { // bridges too: an override's erased signature is its bridge's
                if (!Modifier.isStatic(method.getModifiers()) && !method.getName().equals("removeEldestEntry")
                        && overrides(base, method)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether {@code method} has the name and parameters of a public or protected instance method of {@code base}. */
    private static boolean overrides(Class<?> base, Method method) {
        try {
            base.getMethod(method.getName(), method.getParameterTypes()); // public, inherited or from an interface
            return true;
        } catch (NoSuchMethodException notPublic) {
            for (Class<?> c = base; c != null; c = c.getSuperclass()) {
                try {
                    Method declared = c.getDeclaredMethod(method.getName(), method.getParameterTypes());
                    int modifiers = declared.getModifiers();
                    if (!Modifier.isStatic(modifiers) && (Modifier.isProtected(modifiers) || Modifier.isPublic(modifiers))) {
                        return true;
                    }
                } catch (NoSuchMethodException absent) {
                    // not declared here
                }
            }
            return false;
        }
    }
}
