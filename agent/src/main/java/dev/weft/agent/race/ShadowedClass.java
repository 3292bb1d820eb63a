package dev.weft.agent.race;

import dev.weft.runtime.Shadowed;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * What the race detector keeps about one {@link Shadowed} class: a {@link VarHandle} on the
 * {@code weft$shadow} field the instrumentation added to it (or to its topmost instrumented superclass),
 * so that two threads creating one object's shadow at once agree on one by a compare-and-set, with no
 * lock and no identity hash; and how many variables the shadows of the class came to hold
 * ({@link ObjectShadow.Sizing}).
 */
final class ShadowedClass {

    private static final String FIELD = "weft$shadow";

    final ObjectShadow.Sizing sizing = new ObjectShadow.Sizing();
    private final VarHandle field;

    private ShadowedClass(VarHandle field) {
        this.field = field;
    }

    /** The class {@code type}, whose objects are {@link Shadowed}. */
    static ShadowedClass of(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                c.getDeclaredField(FIELD);
            } catch (NoSuchFieldException e) {
                continue;
            }
            try {
                return new ShadowedClass(MethodHandles.privateLookupIn(c, MethodHandles.lookup())
                        .findVarHandle(c, FIELD, Object.class));
            } catch (ReflectiveOperationException | RuntimeException e) {
                break; // a class of a named module that does not open its package: set under a lock
            }
        }
        return new ShadowedClass(null);
    }

    /** The shadow of {@code object}, an object of this class whose shadow field was {@code null}: installed now, or the one another thread installed first. */
    ObjectShadow install(Shadowed object) {
        ObjectShadow shadow = new ObjectShadow(sizing);
        if (field != null) {
            Object first = field.compareAndExchange(object, (Object) null, (Object) shadow);
            return first == null ? shadow : (ObjectShadow) first;
        }
        synchronized (this) {
            Object first = object.weft$shadow();
            if (first != null) {
                return (ObjectShadow) first;
            }
            object.weft$shadow(shadow);
            return shadow;
        }
    }
}
