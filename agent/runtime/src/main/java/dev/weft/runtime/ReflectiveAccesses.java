package dev.weft.runtime;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * The {@code invokedynamic} bootstrap of {@code Field.get*}/{@code set*} calls in instrumented code: the
 * field is read or written inside the JDK, where no access hook sees it, so the linked handle reports the
 * access as the program's own {@code getfield}/{@code putfield} of that field would: a write before the
 * call (a {@code volatile} one releases before it), a read after the call returned (a {@code volatile} one
 * acquires after it). The field's id is the one its direct accesses have ({@link FieldHandles#reflectedId}).
 *
 * <p>The call itself is the original one, linked from the caller's class, so its access checks are the
 * caller's. <b>Important</b>: a bootstrap never fails because of weft: if the adapted handle cannot be
 * built, the call site links to the original method alone. A call whose arguments make it throw (no
 * object for an instance field, an object of another class) reports nothing.
 */
public final class ReflectiveAccesses {

    private static final MethodHandle WRITING;
    private static final MethodHandle READ;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            WRITING = lookup.findVirtual(Site.class, "writing", MethodType.methodType(void.class, Field.class, Object.class));
            READ = lookup.findVirtual(Site.class, "read",
                    MethodType.methodType(Object.class, Throwable.class, Object.class, Field.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ReflectiveAccesses() { }

    /**
     * Links a call of {@code Field.get*(Object)} or {@code Field.set*(Object, value)}.
     *
     * @param caller the calling class's lookup
     * @param name   the method's name ({@code getInt}, {@code set}...)
     * @param type   the call's type, the {@code Field} first
     * @param target the original method
     * @param site   the call's site
     * @return the call site
     */
    public static CallSite call(MethodHandles.Lookup caller, String name, MethodType type, MethodHandle target, int site) {
        MethodHandle call = target.asType(type);
        try {
            Site hooks = new Site(site);
            if (name.startsWith("set") && type.parameterCount() == 3) {
                return new ConstantCallSite(MethodHandles.foldArguments(call, WRITING.bindTo(hooks)));
            }
            if (name.startsWith("get") && type.parameterCount() == 2 && type.returnType() != void.class) {
                MethodHandle read = READ.bindTo(hooks).asType(MethodType.methodType(type.returnType(), Throwable.class,
                        type.returnType(), Field.class, Object.class));
                return new ConstantCallSite(MethodHandles.tryFinally(call, read));
            }
            return new ConstantCallSite(call);
        } catch (RuntimeException | Error e) {
            return new ConstantCallSite(call);
        }
    }

    /** One call site: the last field it accessed and that field's id, so that a call costs an identity check. */
    static final class Site {
        private final int site;
        private Seen last = new Seen(null, -1, false, false); // racy on purpose: each Seen is immutable

        private record Seen(Field field, int id, boolean isStatic, boolean isVolatile) { }

        Site(int site) {
            this.site = site;
        }

        /** Before {@code field.set*(owner, ..)}. */
        void writing(Field field, Object owner) {
            Seen seen = seen(field, owner);
            if (seen != null) {
                if (seen.isVolatile()) {
                    Weft.volatileWrite(seen.isStatic() ? null : owner, seen.id(), site);
                } else {
                    Weft.write(seen.isStatic() ? null : owner, seen.id(), site);
                }
            }
        }

        /** After {@code field.get*(owner)} returned {@code value} (or threw {@code failure}): returns the value. */
        Object read(Throwable failure, Object value, Field field, Object owner) {
            Seen seen = failure == null ? seen(field, owner) : null;
            if (seen != null) {
                if (seen.isVolatile()) {
                    Weft.volatileRead(seen.isStatic() ? null : owner, seen.id(), site);
                } else {
                    Weft.read(seen.isStatic() ? null : owner, seen.id(), site);
                }
            }
            return value;
        }

        /** The field's facts when its access is checked and the call names a fitting object, else {@code null}. */
        private Seen seen(Field field, Object owner) {
            if (field == null) {
                return null;
            }
            Seen seen = last;
            if (seen.field() != field) {
                int modifiers = field.getModifiers();
                seen = new Seen(field, FieldHandles.reflectedId(field), Modifier.isStatic(modifiers), Modifier.isVolatile(modifiers));
                last = seen;
            }
            boolean fits = seen.isStatic() || field.getDeclaringClass().isInstance(owner);
            return seen.id() >= 0 && fits ? seen : null;
        }
    }
}
