package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashMap;
import java.util.TreeMap;

/**
 * Whether an entry of a {@code HashMap} (or {@code LinkedHashMap}) or a {@code TreeMap}, which refers to no map, is one of a
 * given map's: the entry is looked for where the map keeps it, by identity, through the JDK's own fields (its bucket
 * by the hash the entry keeps, or the root its parents lead to), calling no code of the program ({@code hashCode},
 * {@code compareTo}). Used for the entries a stream of a map's entry set hands to the program ({@link CollectionViews}).
 * Needs {@code java.util} open to weft's runtime; without it, no entry is found.
 */
final class MapEntries {

    /** The most nodes a look-up walks: a longer bucket or a deeper tree is not searched (the entry is then not found). */
    private static final int MOST_STEPS = 128;

    private static final Class<?> HASH_NODE = classOrNull("java.util.HashMap$Node");
    private static final Class<?> TREE_ENTRY = classOrNull("java.util.TreeMap$Entry");
    private static final MethodHandle TABLE = getter(HashMap.class, "table", Object.class);
    private static final MethodHandle HASH = getter(HASH_NODE, "hash", int.class);
    private static final MethodHandle NEXT = getter(HASH_NODE, "next", Object.class);
    private static final MethodHandle ROOT = getter(TreeMap.class, "root", Object.class);
    private static final MethodHandle PARENT = getter(TREE_ENTRY, "parent", Object.class);

    private MapEntries() { }

    /** Whether {@code entry} is held by {@code map}, a {@code HashMap} (a subclass too) or a {@code TreeMap}; false when unknown. */
    static boolean holds(Object map, Object entry) {
        try {
            if (map instanceof HashMap && HASH_NODE != null && HASH_NODE.isInstance(entry) && TABLE != null && HASH != null && NEXT != null) {
                Object[] table = (Object[]) (Object) TABLE.invokeExact(map);
                if (table == null || table.length == 0) {
                    return false;
                }
                Object node = table[(table.length - 1) & (int) HASH.invokeExact(entry)];
                for (int step = 0; node != null && step < MOST_STEPS; step++, node = (Object) NEXT.invokeExact(node)) {
                    if (node == entry) {
                        return true;
                    }
                }
            } else if (map instanceof TreeMap && TREE_ENTRY != null && TREE_ENTRY.isInstance(entry) && ROOT != null && PARENT != null) {
                Object node = entry;
                for (int step = 0; step < MOST_STEPS; step++) {
                    Object parent = (Object) PARENT.invokeExact(node);
                    if (parent == null) {
                        return node == (Object) ROOT.invokeExact(map);
                    }
                    node = parent;
                }
            }
        } catch (Throwable unreadable) {
            // not found
        }
        return false;
    }

    private static Class<?> classOrNull(String name) {
        try {
            return Class.forName(name, false, null);
        } catch (ClassNotFoundException | LinkageError absent) {
            return null;
        }
    }

    /** A getter of field {@code name} of {@code type}, as {@code (Object)Object} or {@code (Object)int}; {@code null} when closed to weft. */
    private static MethodHandle getter(Class<?> type, String name, Class<?> result) {
        if (type == null) {
            return null;
        }
        try {
            java.lang.reflect.Field field = type.getDeclaredField(name);
            return MethodHandles.privateLookupIn(type, MethodHandles.lookup()).unreflectGetter(field)
                    .asType(MethodType.methodType(result, Object.class));
        } catch (ReflectiveOperationException | RuntimeException closed) {
            return null;
        }
    }
}
