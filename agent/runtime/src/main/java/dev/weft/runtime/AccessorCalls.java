package dev.weft.runtime;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The {@code invokedynamic} bootstrap of a call of a {@code javac} accessor ({@code Outer.access$008(outer)},
 * made before Java 11 for a nested class's access to a private field) in instrumented code, given the call's
 * site last: it calls the accessor's instrumented copy ({@code access$008$weft(site, outer)}), which reports the
 * access at the call's site rather than the accessor's, or the accessor itself when the owner has no copy (it
 * is not instrumented, or its accessor accesses no field).
 *
 * <p><b>Important</b>: a bootstrap never fails because of weft: when the accessor cannot be linked either, the
 * call throws the error the original call would have.
 */
public final class AccessorCalls {

    /** What a copy's name adds to its accessor's. */
    private static final String COPY = "$weft";

    private AccessorCalls() { }

    /**
     * @param caller the calling class's lookup
     * @param name   the accessor's name
     * @param type   the call's type: the accessor's, then the site
     * @param owner  the accessor's class
     * @return the call site
     */
    public static CallSite call(MethodHandles.Lookup caller, String name, MethodType type, Class<?> owner) {
        int site = type.parameterCount() - 1;
        MethodType accessor = type.dropParameterTypes(site, site + 1);
        try {
            MethodHandle copy = caller.findStatic(owner, name + COPY, accessor.insertParameterTypes(0, int.class));
            int[] order = new int[type.parameterCount()];
            order[0] = site;
            for (int i = 1; i < order.length; i++) {
                order[i] = i - 1;
            }
            return new ConstantCallSite(MethodHandles.permuteArguments(copy, type, order));
        } catch (ReflectiveOperationException | RuntimeException noCopy) {
            return new ConstantCallSite(MethodHandles.dropArguments(original(caller, name, accessor, owner), site, int.class));
        }
    }

    private static MethodHandle original(MethodHandles.Lookup caller, String name, MethodType accessor, Class<?> owner) {
        try {
            return caller.findStatic(owner, name, accessor);
        } catch (NoSuchMethodException e) {
            return throwing(accessor, new NoSuchMethodError(e.getMessage()));
        } catch (IllegalAccessException e) {
            return throwing(accessor, new IllegalAccessError(e.getMessage()));
        }
    }

    private static MethodHandle throwing(MethodType accessor, LinkageError error) {
        MethodHandle thrower = MethodHandles.throwException(accessor.returnType(), error.getClass()).bindTo(error);
        return MethodHandles.dropArguments(thrower, 0, accessor.parameterList());
    }
}
