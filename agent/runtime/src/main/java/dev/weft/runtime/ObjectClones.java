package dev.weft.runtime;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Object.clone()} copies an object's fields inside the JVM, where no access hook sees them: before a
 * call of it in instrumented code ({@link #cloning}), the reads of the object's checked fields are reported,
 * as the program's own {@code getfield}s would be. A call that reaches a {@code clone()} the application
 * overrides reports nothing: the override's own code (and its {@code super.clone()}) is instrumented, and may
 * take a lock first.
 *
 * <p>Each class's field ids are looked up once ({@link FieldHandles#reflectedId}: neither {@code final},
 * {@code volatile}, synthetic nor the JDK's own fields).
 */
public final class ObjectClones {

    /** What a class's {@code clone()} is: {@code Object}'s or an override; and its checked instance fields', its superclasses' too. */
    private record Shape(boolean clonesAsObject, int[] fieldIds) { }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(!DeclaredMethods.belowObject(type, "clone"), checkedFields(type));
        }
    };

    private ObjectClones() { }

    /**
     * Before a {@code clone()} call on an object that is not an array.
     *
     * @param object   the receiver ({@code null}: the call then throws, as it would)
     * @param resolved the class whose {@code clone()} the call reaches, a {@code super.clone()}'s owner; {@code null}
     *                 for a virtual call, which reaches the receiver's class's
     * @param site     the call's site
     */
    public static void cloning(Object object, Class<?> resolved, int site) {
        try {
            if (!(object instanceof Cloneable) || !SHAPES.get(resolved == null ? object.getClass() : resolved).clonesAsObject()) {
                return;
            }
            for (int id : SHAPES.get(object.getClass()).fieldIds()) {
                Weft.read(object, id, site);
            }
        } catch (RuntimeException | LinkageError e) {
            // the call goes on as it would
        }
    }

    private static int[] checkedFields(Class<?> type) {
        List<Integer> ids = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                int id = Modifier.isStatic(modifiers) || Modifier.isVolatile(modifiers) ? -1 : FieldHandles.reflectedId(field);
                if (id >= 0) {
                    ids.add(id);
                }
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }
}
