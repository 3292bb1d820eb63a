package dev.weft.runtime;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The {@code invokedynamic} bootstrap of {@code Lookup.defineHiddenClass} and
 * {@code defineHiddenClassWithClassData} in instrumented code: the JVM hands no hidden class to a class file
 * transformer, so the call instead gives the class file's bytes to the agent's transformer ({@link #install})
 * before the lookup defines the class, and the hidden class's code reports its accesses as a loaded class's does.
 *
 * <p><b>Important</b>: a bootstrap never fails because of weft, and neither does the call: when the transformer
 * fails or declines the class, the original bytes are defined.
 */
public final class HiddenClasses {

    /** Rewrites a class file; {@code null} leaves it as it is. */
    public interface Transformer {
        /**
         * @param loader    the loader of the lookup's class, which the hidden class shares
         * @param classFile the class file's bytes
         * @return the rewritten bytes, or {@code null}
         */
        byte[] transform(ClassLoader loader, byte[] classFile);
    }

    private static final MethodHandle INSTRUMENTED;

    static {
        try {
            INSTRUMENTED = MethodHandles.lookup().findStatic(HiddenClasses.class, "instrumented",
                    MethodType.methodType(byte[].class, MethodHandles.Lookup.class, byte[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static volatile Transformer transformer;

    private HiddenClasses() { }

    /** Installs the transformer; until then, hidden classes are defined as they are given. */
    public static void install(Transformer classTransformer) {
        transformer = classTransformer;
    }

    /**
     * Links a call {@code lookup.defineHiddenClass(bytes, ...)}: the bytes, its second argument, are replaced by
     * the transformer's before the call.
     *
     * @param caller the calling class's lookup
     * @param name   the method's name
     * @param type   the call's type: the lookup, the bytes, then the method's other arguments
     * @param target the original method
     * @return the call site
     */
    public static CallSite define(MethodHandles.Lookup caller, String name, MethodType type, MethodHandle target) {
        MethodHandle call = target.asType(type);
        try {
            // (instrumented, lookup, bytes, rest...) -> call(lookup, instrumented, rest...)
            MethodType withResult = type.insertParameterTypes(0, byte[].class);
            int[] order = new int[type.parameterCount()];
            order[0] = 1;
            for (int i = 2; i < order.length; i++) {
                order[i] = i + 1;
            }
            MethodHandle withInstrumented = MethodHandles.permuteArguments(call, withResult, order);
            return new ConstantCallSite(MethodHandles.foldArguments(withInstrumented, INSTRUMENTED.asType(
                    MethodType.methodType(byte[].class, type.parameterType(0), type.parameterType(1)))));
        } catch (RuntimeException | Error e) {
            return new ConstantCallSite(call);
        }
    }

    private static byte[] instrumented(MethodHandles.Lookup lookup, byte[] classFile) {
        Transformer installed = transformer;
        if (installed == null || lookup == null || classFile == null) {
            return classFile;
        }
        try {
            byte[] rewritten = installed.transform(lookup.lookupClass().getClassLoader(), classFile);
            return rewritten == null ? classFile : rewritten;
        } catch (RuntimeException | LinkageError e) {
            return classFile;
        }
    }
}
