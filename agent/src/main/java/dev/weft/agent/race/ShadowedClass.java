package dev.weft.agent.race;

import dev.weft.runtime.Shadowed;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;

/**
 * What the race detector keeps about one {@link Shadowed} class: how to install an object's shadow, and
 * how many variables the shadows of the class came to hold ({@link ObjectShadow.Sizing}).
 *
 * <p>A shadow is installed by a compare-and-exchange on the {@code weft$shadow} field that the
 * instrumentation added to the class or to its topmost instrumented superclass, so that two threads
 * creating one object's shadow at once agree on one, with no lock and no identity hash. The field's
 * {@link VarHandle} is kept as a method handle typed for any object, so that each call is exact (no type
 * adaptation per call). A class whose field weft cannot reach (in a named module that does not open its
 * package) installs under a lock of its own instead.
 */
final class ShadowedClass {

    private static final String FIELD = "weft$shadow";
    private static final MethodType CAS = MethodType.methodType(Object.class, Object.class, Object.class, Object.class);

    final ObjectShadow.Sizing sizing = new ObjectShadow.Sizing();
    private final MethodHandle compareAndExchange; // (object, expected, shadow) -> witness; null: use the lock

    private ShadowedClass(MethodHandle compareAndExchange) {
        this.compareAndExchange = compareAndExchange;
    }

    /** The class {@code type}, whose objects are {@link Shadowed}. */
    static ShadowedClass of(Class<?> type) {
        try {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                if (declaresField(c)) {
                    VarHandle field = MethodHandles.privateLookupIn(c, MethodHandles.lookup()).findVarHandle(c, FIELD, Object.class);
                    return new ShadowedClass(field.toMethodHandle(VarHandle.AccessMode.COMPARE_AND_EXCHANGE).asType(CAS));
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // the field is out of reach: install under the lock
        }
        return new ShadowedClass(null);
    }

    private static boolean declaresField(Class<?> c) {
        try {
            c.getDeclaredField(FIELD);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    /**
     * The shadow of {@code object}, an object of this class whose shadow field was {@code null}: installed
     * now, or the one another thread installed first.
     */
    ObjectShadow install(Shadowed object) {
        ObjectShadow shadow = new ObjectShadow(sizing);
        if (compareAndExchange != null) {
            Object first;
            try {
                first = (Object) compareAndExchange.invokeExact((Object) object, (Object) null, (Object) shadow);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) { // a compare-and-exchange declares nothing else
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
