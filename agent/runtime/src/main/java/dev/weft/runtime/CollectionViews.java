package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.ref.WeakReference;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Spliterator;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The collection whose contents a call on a view or an iterator reads or writes: the JDK's views
 * ({@code map.keySet()}, {@code values()}, {@code entrySet()}, {@code list.subList(..)}, a
 * {@code TreeMap}'s {@code headMap}, {@code navigableKeySet}...), their iterators and list iterators, the
 * entries of a map's entry set, and the {@code Collections.unmodifiable*}, {@code checked*} and
 * {@code synchronized*} wrappers, and the views {@code reversed()} returns (JDK 21), all stand for the collection behind them. A {@code HashSet}'s,
 * {@code LinkedHashSet}'s or {@code TreeSet}'s iterators and views lead to the map inside the set, and so
 * does the set itself ({@link #insideSet}): its contents are the map's, which {@code headSet},
 * {@code descendingSet}... share.
 *
 * <p>That collection is found by following the JDK's own reference from each such object to the one
 * it came from ({@code this$0} of an iterator, {@code root} of a sub-list, {@code m} of a key set...),
 * read through a getter made once per class: no map, and no allocation but a weak reference per
 * iteration of a map's entries (see {@link #contentsOf}). A {@code Collections.synchronized*} wrapper's
 * calls take its lock, which a check at the call would be outside of: the walk stops at the wrapper, and
 * {@link CollectionContents} checks the collection behind it ({@link #behindWrapper}) holding its
 * {@link #mutexOf mutex}; but for the calls the wrapper does not lock ({@code iterator()}, {@code stream()}...),
 * which walk through it.
 *
 * <p><b>Important</b>: reading those fields needs {@code java.util} open to weft's runtime, which the
 * agent does with race detection; without it, no class has a getter and views are not checked.
 */
final class CollectionViews {

    /**
     * The names of the fields through which the JDK's views, iterators and wrappers refer to what they show,
     * in the order they are looked for.
     */
    private static final String[] BACKING_FIELDS = {"root", "m", "map", "c", "this$0", "this$1", "itr", "i", "base"};

    /**
     * The prefix of the names of the views that {@code reversed()} returns (JDK 21): of a list ({@code ReverseOrderListView},
     * and its {@code $Rand}), a deque, a sorted set or map; top-level classes of {@code java.util}, each with a field
     * {@code base}, which {@code LinkedHashMap}'s reversed view has too.
     */
    private static final String REVERSE_ORDER = "java.util.ReverseOrder";

    /** The names of the fields in which an entry iterator of a map keeps the entry its {@code next()} returned last. */
    private static final String[] RETURNED_FIELDS = {"current", "lastReturned"};

    /** The prefix of the names of the {@code Collections.synchronized*} wrappers' classes. */
    private static final String SYNCHRONIZED = "java.util.Collections$Synchronized";

    /** How many references a lookup follows at most (an iterator of a sub-map's key set: three). */
    private static final int DEPTH = 6;

    private static final MethodHandle NONE = MethodHandles.constant(Object.class, null);

    /**
     * What weft reads in the objects of one class.
     *
     * @param backing  the getter of the reference to the object behind it, as {@code (Object)Object}; {@link #NONE} for none
     * @param returned for an entry iterator of a map, the getter of the entry its {@code next()} returned last; else {@code null}
     * @param entry    whether the objects are entries of a map with no reference to it ({@code HashMap}'s, {@code TreeMap}'s)
     * @param mutex    for a {@code Collections.synchronized*} wrapper, the getter of the lock its calls take; else {@code null}
     * @param entrySet whether the objects are entry sets of a map ({@code HashMap$EntrySet}, {@code TreeMap$EntrySet}...)
     */
    private record Shape(MethodHandle backing, MethodHandle returned, boolean entry, MethodHandle mutex, boolean entrySet) { }

    private static final Shape UNRELATED = new Shape(NONE, null, false, null, false);

    /** The getters of the map inside a {@code HashSet} or {@code LinkedHashSet} and inside a {@code TreeSet}; {@code null} when {@code java.util} is closed. */
    private static final class SetMaps {
        static final MethodHandle HASH_SET = getterOrNull(HashSet.class, "map");
        static final MethodHandle TREE_SET = getterOrNull(TreeSet.class, "m");

        private static MethodHandle getterOrNull(Class<?> type, String name) {
            try {
                return getter(type, new String[] {name});
            } catch (ReflectiveOperationException | RuntimeException closed) {
                return null;
            }
        }
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return shapeOf(type);
        }
    };

    /**
     * The entry iterator each thread called last, which tells the map of an entry it returned; held weakly, so
     * that weft keeps no iterator (and no map) alive.
     */
    private static final ThreadLocal<WeakReference<Object>> ENTRY_ITERATOR = new ThreadLocal<>();

    /**
     * The map whose entry set each thread called last ({@code map.entrySet().stream()}, {@code forEach}...), whose entries
     * a stream or a callback may hand to the program; held weakly.
     */
    private static final ThreadLocal<WeakReference<Object>> ENTRY_SET = new ThreadLocal<>();

    private CollectionViews() { }

    /**
     * The collection whose contents a call on {@code object} accesses, when {@code object} is a view, an
     * iterator, a wrapper or an entry of one of the collections {@link CollectionContents} checks; else
     * {@code null}. An iterator's reads ({@code next()}) access nothing: the {@code iterator()} call that made
     * it read the collection, and checking each element would give a shadow to every list a method makes and
     * iterates. An entry of a {@code HashMap}, {@code LinkedHashMap}, {@code TreeMap} or
     * {@code WeakHashMap} refers to no map: its map is known when it is the one the thread's last entry
     * iterator returned last ({@code for (Map.Entry e : map.entrySet()) e.setValue(v)}), or when it is found in
     * ({@link MapEntries#holds}) the map whose entry set the thread called last
     * ({@code map.entrySet().stream().forEach(e -> e.setValue(v))}).
     */
    static Object contentsOf(Object object, boolean write) {
        return contentsOf(object, write, false);
    }

    /**
     * As {@link #contentsOf(Object, boolean)}, but the walk stops at a {@code Collections.synchronized*} wrapper
     * and returns it, unless {@code unlocked} (a call the wrapper does not lock: {@code iterator()}...).
     */
    static Object contentsOf(Object object, boolean write, boolean unlocked) {
        Shape shape = SHAPES.get(object.getClass());
        if (shape.returned != null) {
            WeakReference<Object> last = ENTRY_ITERATOR.get();
            if (last == null || last.get() != object) {
                ENTRY_ITERATOR.set(new WeakReference<>(object));
            }
        }
        if (!write && object instanceof Iterator) {
            return null; // the iterator() call that made it read the collection
        }
        if (shape.entry) {
            WeakReference<Object> last = ENTRY_ITERATOR.get();
            Object iterator = last == null ? null : last.get();
            if (iterator != null && get(SHAPES.get(iterator.getClass()).returned, iterator) == object) {
                return contentsOf(iterator, true);
            }
            WeakReference<Object> set = ENTRY_SET.get();
            Object map = set == null ? null : set.get();
            return map != null && MapEntries.holds(map, object) ? map : null;
        }
        Object behind = behind(object, shape, unlocked);
        if (shape.entrySet && behind != null) {
            WeakReference<Object> last = ENTRY_SET.get();
            if (last == null || last.get() != behind) {
                ENTRY_SET.set(new WeakReference<>(behind));
            }
        }
        return behind;
    }

    /** The collection, or the synchronized wrapper (but when {@code unlocked}), the references from {@code object} lead to. */
    private static Object behind(Object object, Shape shape, boolean unlocked) {
        Object o = object;
        for (int depth = 0; depth < DEPTH && shape.backing != NONE; depth++) {
            if (shape.mutex != null && !unlocked) {
                return o;
            }
            o = get(shape.backing, o);
            if (o == null) {
                return null;
            }
            if (CollectionContents.tracked(o.getClass())) {
                return o;
            }
            shape = SHAPES.get(o.getClass());
        }
        return null;
    }

    /**
     * Whether {@code object} is an iterator or a spliterator of one of the collections {@link CollectionContents} checks (of
     * a view or a wrapper of one): one of the JDK's, whose reference to what it iterates leads to such a collection.
     */
    static boolean iteratesChecked(Object object) {
        return (object instanceof Iterator || object instanceof Spliterator) && SHAPES.get(object.getClass()).backing != NONE
                && contentsOf(object, true, true) != null;
    }

    /** The lock the calls of {@code wrapper}, a {@code Collections.synchronized*} wrapper, take. */
    static Object mutexOf(Object wrapper) {
        MethodHandle mutex = SHAPES.get(wrapper.getClass()).mutex;
        return mutex == null ? null : get(mutex, wrapper);
    }

    /**
     * What the calls of {@code wrapper}, a {@code Collections.synchronized*} wrapper, access, holding its
     * lock: a tracked collection, another such wrapper, or {@code null}.
     */
    static Object behindWrapper(Object wrapper, boolean write) {
        Object o = get(SHAPES.get(wrapper.getClass()).backing, wrapper);
        return o == null || CollectionContents.tracked(o.getClass()) ? o : contentsOf(o, write, false);
    }

    /**
     * The map inside {@code collection} when it is a {@code HashSet}, a {@code LinkedHashSet} or a
     * {@code TreeSet} (for a {@code TreeSet} made by {@code headSet}, {@code descendingSet}..., the
     * {@code TreeMap} behind its sub-map), whose contents are the set's; else {@code collection}.
     */
    static Object insideSet(Object collection) {
        Class<?> type = collection.getClass();
        Object map;
        if (type == HashSet.class || type == LinkedHashSet.class) {
            map = SetMaps.HASH_SET == null ? null : get(SetMaps.HASH_SET, collection);
        } else if (type == TreeSet.class) {
            map = SetMaps.TREE_SET == null ? null : get(SetMaps.TREE_SET, collection);
            if (map != null && map.getClass() != TreeMap.class) {
                map = contentsOf(map, true); // a sub-map of the TreeMap
            }
        } else {
            return collection;
        }
        return map != null ? map : collection;
    }

    private static Object get(MethodHandle getter, Object object) {
        try {
            return (Object) getter.invokeExact(object);
        } catch (Throwable e) {
            return null;
        }
    }

    private static Shape shapeOf(Class<?> type) {
        String name = type.getName();
        boolean candidate = type.getClassLoader() == null && name.startsWith("java.util.")
                && (name.indexOf('$') >= 0 || name.startsWith(REVERSE_ORDER)) && name.indexOf('.', "java.util.".length()) < 0;
        if (!candidate) {
            return UNRELATED;
        }
        try {
            MethodHandle backing = getter(type, BACKING_FIELDS);
            MethodHandle returned = name.endsWith("EntryIterator") ? getter(type, RETURNED_FIELDS) : null;
            boolean entry = backing == null && Map.Entry.class.isAssignableFrom(type);
            MethodHandle mutex = name.startsWith(SYNCHRONIZED) ? getter(type, new String[] {"mutex"}) : null;
            return new Shape(backing == null ? NONE : backing, returned, entry, mutex, name.endsWith("EntrySet"));
        } catch (ReflectiveOperationException | RuntimeException closed) {
            return UNRELATED; // java.util is not open to weft
        }
    }

    /** The getter of the first instance reference field of one of these names, in the class or a superclass; else {@code null}. */
    private static MethodHandle getter(Class<?> type, String[] names) throws ReflectiveOperationException {
        for (String name : names) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                Field field;
                try {
                    field = c.getDeclaredField(name);
                } catch (NoSuchFieldException absent) {
                    continue;
                }
                if (!Modifier.isStatic(field.getModifiers()) && !field.getType().isPrimitive()) {
                    MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(c, MethodHandles.lookup());
                    return lookup.unreflectGetter(field).asType(MethodType.methodType(Object.class, Object.class));
                }
            }
        }
        return null;
    }
}
