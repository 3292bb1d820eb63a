package dev.weft.agent.race;

import dev.weft.runtime.Shadowed;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;

/**
 * What the race detector keeps about one {@link Shadowed} class: the compare-and-exchange of the
 * {@code weft$shadow} field the instrumentation added to it (or to its topmost instrumented superclass),
 * a {@link VarHandle} access mode as a method handle typed for any object (so that each call is exact,
 * with no type adaptation), so that two threads creating one object's shadow at once agree on one with
 * no lock and no identity hash; and how many variables the shadows of the class came to hold
 * ({@link ObjectShadow.Sizing}).
 */
final class ShadowedClass {

    private static final String FIELD = "weft$shadow";

    final ObjectShadow.Sizing sizing = new ObjectShadow.Sizing();
    private static final MethodType CAS = MethodType.methodType(Object.class, Object.class, Object.class, Object.class);

    private final MethodHandle compareAndExchange; // (object, expected, shadow) -> witness; null: use a lock

    private ShadowedClass(MethodHandle compareAndExchange) {
        this.compareAndExchange = compareAndExchange;
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
                VarHandle field = MethodHandles.privateLookupIn(c, MethodHandles.lookup()).findVarHandle(c, FIELD, Object.class);
                return new ShadowedClass(field.toMethodHandle(VarHandle.AccessMode.COMPARE_AND_EXCHANGE).asType(CAS));
            } catch (ReflectiveOperationException | RuntimeException e) {
                break; // a class of a named module that does not open its package: set under a lock
            }
        }
        return new ShadowedClass(null);
    }

    /** The shadow of {@code object}, an object of this class whose shadow field was {@code null}: installed now, or the one another thread installed first. */
    ObjectShadow install(Shadowed object) {
        ObjectShadow shadow = new ObjectShadow(sizing);
        if (compareAndExchange != null) {
            Object first;
            try {
                first = (Object) compareAndExchange.invokeExact((Object) object, (Object) null, (Object) shadow);
            } catch (Throwable e) { // a compare-and-exchange of a field of the right type throws nothing
                throw new IllegalStateException(e);
            }
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
