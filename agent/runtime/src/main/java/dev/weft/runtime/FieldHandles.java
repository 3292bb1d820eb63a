package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * The field behind a field updater ({@code AtomicIntegerFieldUpdater.newUpdater(..)}...) or a
 * {@code VarHandle} ({@code findVarHandle}, {@code findStaticVarHandle}, {@code unreflectVarHandle}). A call
 * through the handle of a {@code volatile} field is also a release and an acquire of the field, as a direct
 * read or write of it is: a program may write the field through its updater and read it directly, or the
 * reverse. A {@code VarHandle}'s plain {@code get} or {@code set} of a field that is not {@code volatile} is
 * a plain read or write of it, checked as a direct one ({@link Site#accessing}); so is a call of a getter or a
 * setter of a field ({@code findGetter}, {@code findStaticSetter}, {@code unreflectSetter}...; {@link Site#invoking}),
 * and of a handle made from one by {@code bindTo} or {@code asType} ({@link #derived}). A call of an array element getter or
 * setter ({@code MethodHandles.arrayElementGetter}/{@code arrayElementSetter}, {@link #elementHandleMade}) is a read or a
 * write of the element it is given ({@link Site#invokingElement}).
 *
 * <p>Handles are recorded when an instrumented call makes them ({@link #made}); each call site that uses
 * one keeps the last handle it saw and its field ({@link Site}), so a call costs a field read and an
 * identity check, and a map lookup only when the site sees another handle. The field's id is the one the
 * instrumentation gives its direct accesses, from the {@link FieldIds} the agent installs.
 */
public final class FieldHandles {

    /** Names fields by the ids their instrumented accesses report. */
    public interface FieldIds {
        /**
         * @param loader         the loader of the class that declares the field
         * @param declaringClass its binary name
         * @param field          the field's name
         * @return the field's id
         */
        int id(ClassLoader loader, String declaringClass, String field);
    }

    /**
     * The field of a handle: its id, whether it is static (the handle's calls then name no object), volatile,
     * whether the handle is a setter (a {@code MethodHandle} that returns nothing), and the object a getter or
     * setter was bound to ({@code bindTo}), or {@code null}: the handle holds that object, which stays reachable
     * as long as the handle is; or, when {@code element}, an array element getter or setter (then no field: {@code id} -1).
     */
    record HandledField(int id, boolean isStatic, boolean isVolatile, boolean setter, WeakReference<Object> bound, boolean element) {

        /** The object whose field a call of the handle with {@code owner} as its first argument accesses. */
        Object objectOf(Object owner) {
            return isStatic ? null : bound != null ? bound.get() : owner;
        }
    }

    private static volatile FieldIds ids;
    private static final WeakIdentityMap<HandledField> FIELDS = new WeakIdentityMap<>();

    private FieldHandles() { }

    /** Installs the field ids; until then, handles are not recorded. */
    public static void install(FieldIds fieldIds) {
        ids = fieldIds;
    }

    /**
     * Records the field of a handle just made by an instrumented call.
     *
     * @param handle    the updater or {@code VarHandle} the call returned
     * @param type      the class the call named ({@code null} when it named a {@link Field})
     * @param name      the field's name, or {@code null}
     * @param reflected the {@link Field} the call named, or {@code null}
     */
    static void made(Object handle, Class<?> type, String name, Field reflected) {
        FieldIds fieldIds = ids;
        if (handle == null || fieldIds == null) {
            return;
        }
        Field field = reflected != null ? reflected : declared(type, name);
        int id = field == null ? -1 : reflectedId(field);
        if (id >= 0) {
            int modifiers = field.getModifiers();
            boolean setter = handle instanceof MethodHandle method && method.type().returnType() == void.class;
            FIELDS.putIfAbsent(handle, new HandledField(id, Modifier.isStatic(modifiers), Modifier.isVolatile(modifiers), setter, null, false));
        }
    }

    /**
     * Records an array element getter or setter just made by an instrumented call ({@code MethodHandles.arrayElementGetter(type)},
     * {@code arrayElementSetter(type)}): a setter returns nothing.
     */
    static void elementHandleMade(Object handle) {
        if (handle instanceof MethodHandle method && ids != null) {
            FIELDS.putIfAbsent(handle, new HandledField(-1, false, false, method.type().returnType() == void.class, null, true));
        }
    }

    /**
     * Records a handle made from a recorded one by an instrumented call ({@code getter.bindTo(object)},
     * {@code setter.asType(type)}): it accesses the same field, of the bound object when {@code binds} binds
     * the receiver of a getter or setter of an instance field.
     *
     * @param handle   the handle the call returned
     * @param original the handle it was made from
     * @param binds    whether the call was {@code bindTo}
     * @param argument the object it bound, when it was
     */
    static void derived(Object handle, Object original, boolean binds, Object argument) {
        HandledField field = handle == null || original == null ? null : FIELDS.get(original);
        if (field != null && !(binds && field.element())) { // an element handle bound to its array: not followed
            boolean bindsOwner = binds && !field.isStatic() && field.bound() == null;
            FIELDS.putIfAbsent(handle, bindsOwner ? new HandledField(field.id(), false, field.isVolatile(), field.setter(),
                    new WeakReference<>(argument), false) : field);
        }
    }

    /**
     * The id of a field that {@code Field.get*}/{@code set*} access, as its instrumented accesses report
     * it; -1 when its accesses are not checked: a {@code final} or synthetic field, one of the JDK's
     * classes, or before the agent installed the ids.
     */
    static int reflectedId(Field field) {
        FieldIds fieldIds = ids;
        int modifiers = field.getModifiers();
        Class<?> declaring = field.getDeclaringClass();
        ClassLoader loader = declaring.getClassLoader();
        if (fieldIds == null || Modifier.isFinal(modifiers) || field.isSynthetic() || loader == null
                || loader == ClassLoader.getPlatformClassLoader()) {
            return -1;
        }
        return fieldIds.id(loader, declaring.getName(), field.getName());
    }

    /** The field named {@code name} that {@code type} declares or inherits, or {@code null}. */
    private static Field declared(Class<?> type, String name) {
        for (Class<?> c = type; c != null && name != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException notHere) {
                // a superclass's, then
            } catch (RuntimeException | LinkageError unreadable) {
                return null;
            }
        }
        return null;
    }

    /** One call site through field handles: the field of the last handle it saw. */
    static final class Site {
        private final int site;
        private Seen last = new Seen(null, null); // racy on purpose: each Seen is immutable

        private record Seen(Object handle, HandledField field) { }

        Site(int site) {
            this.site = site;
        }

        /** Before the call: a write of the handle's field of {@code owner}, if it has a {@code volatile} one. */
        void releasing(Object handle, Object owner) {
            HandledField field = fieldOf(handle);
            if (field != null && field.isVolatile()) {
                Weft.volatileWrite(field.objectOf(owner), field.id(), site);
            }
        }

        /** After the call: a read of the handle's field of {@code owner}, if it has a {@code volatile} one. */
        void acquired(Object handle, Object owner) {
            HandledField field = fieldOf(handle);
            if (field != null && field.isVolatile()) {
                Weft.volatileRead(field.objectOf(owner), field.id(), site);
            }
        }

        /**
         * Before a plain-mode call ({@code get}, {@code set}): a plain read or write of the handle's field of
         * {@code owner}, if it has one that is not {@code volatile} (a {@code volatile} field's plain-mode
         * access is not checked: its direct accesses are all synchronizing).
         */
        void accessing(Object handle, Object owner, boolean write) {
            HandledField field = fieldOf(handle);
            if (field != null && !field.isVolatile()) {
                Object object = field.objectOf(owner);
                if (write) {
                    Weft.write(object, field.id(), site);
                } else {
                    Weft.read(object, field.id(), site);
                }
            }
        }

        /**
         * Before a call of a {@code MethodHandle}: when it is a field's setter, a write of the field of {@code owner}
         * ({@code volatile} or plain); when it is a getter of a plain field, a read.
         */
        void invoking(Object handle, Object owner) {
            HandledField field = fieldOf(handle);
            if (field == null || field.element()) {
                return;
            }
            Object object = field.objectOf(owner);
            if (field.setter()) {
                if (field.isVolatile()) {
                    Weft.volatileWrite(object, field.id(), site);
                } else {
                    Weft.write(object, field.id(), site);
                }
            } else if (!field.isVolatile()) {
                Weft.read(object, field.id(), site);
            }
        }

        /** After a call of a {@code MethodHandle}: when it is a getter of a {@code volatile} field, a read of the field. */
        void invoked(Object handle, Object owner) {
            HandledField field = fieldOf(handle);
            if (field != null && !field.element() && !field.setter() && field.isVolatile()) {
                Weft.volatileRead(field.objectOf(owner), field.id(), site);
            }
        }

        /**
         * Before a call of a {@code MethodHandle} given an array and an index first: when it is an array element getter
         * or setter, a read or a write of that element (none when the call will throw: no array, an index out of bounds).
         */
        void invokingElement(Object handle, Object array, int index) {
            HandledField field = fieldOf(handle);
            if (field != null && field.element() && array != null && array.getClass().isArray()
                    && index >= 0 && index < java.lang.reflect.Array.getLength(array)) {
                if (field.setter()) {
                    Weft.arrayWrite(array, index, site);
                } else {
                    Weft.arrayRead(array, index, site);
                }
            }
        }

        private HandledField fieldOf(Object handle) {
            Seen seen = last;
            if (seen.handle() != handle) {
                seen = new Seen(handle, FIELDS.get(handle));
                last = seen;
            }
            return seen.field();
        }
    }
}
