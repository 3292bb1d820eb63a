package dev.weft.runtime;

import java.io.Externalizable;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ObjectOutputStream.writeObject(o)} reads {@code o}'s fields by reflection inside the JDK, where no access hook
 * sees them: before a call of it in instrumented code ({@link #writing}), the reads of the fields the JDK's default
 * serialization reads are reported, as the program's own {@code getfield}s would be, in the object and in the
 * application objects it reaches through them. Only what the JDK reads for certain: the non-{@code static},
 * non-{@code transient} fields of each {@code Serializable} class of the object's hierarchy that has no
 * {@code writeObject} method of its own and declares no {@code serialPersistentFields}; nothing of an object whose
 * class is {@code Externalizable} or has a {@code writeReplace} (their own code is instrumented, and may take a lock
 * first), nor of the JDK's objects and arrays the graph holds. As for {@code clone()} ({@link ObjectClones}),
 * {@code final} and {@code volatile} fields are not checked; the walk follows the references of every serialized field,
 * {@code final} ones too, up to {@link #MOST_OBJECTS} objects.
 */
public final class SerializedObjects {

    /** The most objects a call's walk visits: a large graph is checked in part rather than slowly. */
    static final int MOST_OBJECTS = 256;

    /**
     * What default serialization reads of a class's objects.
     *
     * @param fieldIds   the ids of the checked fields it reads
     * @param references the fields it reads that hold references, to walk on
     */
    private record Shape(int[] fieldIds, Field[] references) {
        static final Shape NOTHING = new Shape(new int[0], new Field[0]);
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return shapeOf(type);
        }
    };

    private SerializedObjects() { }

    /**
     * Before {@code writeObject(object)} or {@code writeUnshared(object)} on a JDK {@code ObjectOutputStream}.
     *
     * @param object the object given ({@code null}: nothing is read)
     * @param site   the call's site
     */
    public static void writing(Object object, int site) {
        try {
            if (object == null || SHAPES.get(object.getClass()) == Shape.NOTHING) {
                return;
            }
            Map<Object, Boolean> seen = new IdentityHashMap<>();
            ArrayDeque<Object> pending = new ArrayDeque<>();
            pending.add(object);
            seen.put(object, Boolean.TRUE);
            while (!pending.isEmpty() && seen.size() <= MOST_OBJECTS) {
                Object next = pending.poll();
                Shape shape = SHAPES.get(next.getClass());
                for (int id : shape.fieldIds()) {
                    Weft.read(next, id, site);
                }
                for (Field reference : shape.references()) {
                    Object value = reference.get(next);
                    if (value != null && SHAPES.get(value.getClass()) != Shape.NOTHING && seen.put(value, Boolean.TRUE) == null) {
                        pending.add(value);
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // the call goes on as it would
        }
    }

    private static Shape shapeOf(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        if (loader == null || loader == ClassLoader.getPlatformClassLoader() || type.isArray() || type.isEnum() || type.isRecord()
                || !Serializable.class.isAssignableFrom(type) || Externalizable.class.isAssignableFrom(type) || DeclaredMethods.belowObject(type, "writeReplace")) {
            return Shape.NOTHING;
        }
        List<Integer> ids = new ArrayList<>();
        List<Field> references = new ArrayList<>();
        for (Class<?> c = type; c != null && Serializable.class.isAssignableFrom(c); c = c.getSuperclass()) {
            if (declaresOwnSerialization(c)) {
                continue;
            }
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
                    continue;
                }
                int id = Modifier.isVolatile(modifiers) ? -1 : FieldHandles.reflectedId(field);
                if (id >= 0) {
                    ids.add(id);
                }
                if (!field.getType().isPrimitive() && field.trySetAccessible()) {
                    references.add(field);
                }
            }
        }
        return new Shape(ids.stream().mapToInt(Integer::intValue).toArray(), references.toArray(new Field[0]));
    }

    /** Whether {@code c} serializes its own fields: a {@code private void writeObject(ObjectOutputStream)} or {@code serialPersistentFields}. */
    private static boolean declaresOwnSerialization(Class<?> c) {
        try {
            c.getDeclaredField("serialPersistentFields");
            return true;
        } catch (NoSuchFieldException none) {
            // then its method decides
        }
        try {
            c.getDeclaredMethod("writeObject", ObjectOutputStream.class);
            return true;
        } catch (NoSuchMethodException none) {
            return false;
        }
    }
}
