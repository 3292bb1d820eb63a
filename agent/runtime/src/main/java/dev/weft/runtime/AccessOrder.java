package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.LinkedHashMap;

/**
 * Whether a {@code get} on a {@code LinkedHashMap} changes it: in an access-ordered map ({@code new
 * LinkedHashMap<>(capacity, loadFactor, true)}) a key found is moved to the end. Reading the map's {@code accessOrder}
 * needs {@code java.util} open to weft's runtime, as {@link CollectionViews} does; where it is not, a {@code get}
 * counts as a read (a race may be missed, none is made up).
 */
final class AccessOrder {

    private static final MethodHandle ACCESS_ORDER = accessOrderGetter();

    private AccessOrder() { }

    /** Whether {@code map.get(key)} moves an entry: the map is checked, access-ordered and holds {@code key}. */
    static boolean moves(LinkedHashMap<?, ?> map, Object key) {
        if (ACCESS_ORDER == null || !CollectionContents.tracked(map.getClass())) {
            return false;
        }
        try {
            return (boolean) ACCESS_ORDER.invokeExact(map) && map.containsKey(key);
        } catch (Throwable changedMeanwhile) { // another thread changes the map now: the call's own race to report
            return false;
        }
    }

    private static MethodHandle accessOrderGetter() {
        try {
            return MethodHandles.privateLookupIn(LinkedHashMap.class, MethodHandles.lookup())
                    .findGetter(LinkedHashMap.class, "accessOrder", boolean.class)
                    .asType(MethodType.methodType(boolean.class, LinkedHashMap.class));
        } catch (ReflectiveOperationException | RuntimeException closed) {
            return null;
        }
    }
}
