package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * The collection whose contents a call on a view or an iterator reads or writes: the JDK's views
 * ({@code map.keySet()}, {@code values()}, {@code entrySet()}, {@code list.subList(..)}, a
 * {@code TreeMap}'s {@code headMap}, {@code navigableKeySet}...), their iterators and list iterators, the
 * entries of an {@code EnumMap} or {@code IdentityHashMap} iterator, and the
 * {@code Collections.unmodifiable*} and {@code checked*} wrappers all stand for the collection behind
 * them. A {@code HashSet}'s, {@code LinkedHashSet}'s or {@code TreeSet}'s iterators and views lead to the
 * map inside the set, whose contents are a variable of their own: a call through them and one on the set
 * are not compared.
 *
 * <p>That collection is found by following the JDK's own reference from each such object to the one
 * it came from ({@code this$0} of an iterator, {@code root} of a sub-list, {@code m} of a key set...),
 * read through a getter made once per class: no map, no allocation. The
 * {@code Collections.synchronized*} wrappers are not followed: their calls take their lock, which a
 * check at the call would be outside of.
 *
 * <p><b>Important</b>: reading those fields needs {@code java.util} open to weft's runtime, which the
 * agent does with race detection; without it, no class has a getter and views are not checked.
 */
final class CollectionViews {

    /**
     * The names of the fields through which the JDK's views, iterators and wrappers refer to what they show,
     * in the order they are looked for.
     */
    private static final String[] BACKING_FIELDS = {"root", "m", "map", "c", "this$0", "this$1", "itr", "i"};

    /** How many references a lookup follows at most (an iterator of a sub-map's key set: three). */
    private static final int DEPTH = 6;

    private static final MethodHandle NONE = MethodHandles.constant(Object.class, null);

    /** The getter of each class's reference to the object behind it, as {@code (Object)Object}; {@link #NONE} for none. */
    private static final ClassValue<MethodHandle> BACKING = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            return backingGetter(type);
        }
    };

    private CollectionViews() { }

    /**
     * The collection whose contents a call on {@code object} accesses, when {@code object} is a view, an
     * iterator or a wrapper of one of the collections {@link CollectionContents} checks; else {@code null}.
     */
    static Object contentsOf(Object object) {
        Object o = object;
        for (int depth = 0; depth < DEPTH && o != null; depth++) {
            MethodHandle backing = BACKING.get(o.getClass());
            if (backing == NONE) {
                return null;
            }
            try {
                o = (Object) backing.invokeExact(o);
            } catch (Throwable e) {
                return null;
            }
            if (o != null && CollectionContents.tracked(o.getClass())) {
                return o;
            }
        }
        return null;
    }

    private static MethodHandle backingGetter(Class<?> type) {
        boolean candidate = type.getClassLoader() == null && type.getName().startsWith("java.util.")
                && type.getName().indexOf('$') >= 0 && type.getName().indexOf('.', "java.util.".length()) < 0
                && !type.getName().startsWith("java.util.Collections$Synchronized");
        if (!candidate) {
            return NONE;
        }
        for (String name : BACKING_FIELDS) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                try {
                    Field field = c.getDeclaredField(name);
                    if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
                        continue;
                    }
                    MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(c, MethodHandles.lookup());
                    return lookup.unreflectGetter(field).asType(MethodType.methodType(Object.class, Object.class));
                } catch (NoSuchFieldException absent) {
                    // look further up, then for the next name
                } catch (ReflectiveOperationException | RuntimeException closed) {
                    return NONE; // java.util is not open to weft
                }
            }
        }
        return NONE;
    }
}
