package dev.weft.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * In a controlled run, the threads that a {@code Thread.Builder}'s {@code start(task)} or
 * {@code Thread.startVirtualThread(task)} starts inside the JDK (virtual threads, JDK 21 and later) are made
 * unstarted and started through {@link Weft#start}, as a {@code thread.start()} of the application: they join
 * the scheduling model in creation order, so that the run stays replayable.
 */
final class BuiltThreads {

    private static final MethodHandle UNSTARTED;
    private static final MethodHandle OF_VIRTUAL;
    private static final MethodHandle START;

    static {
        MethodHandle unstarted = null;
        MethodHandle ofVirtual = null;
        MethodHandle start = null;
        try {
            Class<?> builder = Class.forName("java.lang.Thread$Builder");
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            unstarted = MethodHandles.publicLookup().findVirtual(builder, "unstarted",
                    MethodType.methodType(Thread.class, Runnable.class)).asType(MethodType.methodType(Thread.class, Object.class, Runnable.class));
            ofVirtual = MethodHandles.publicLookup().findStatic(Thread.class, "ofVirtual",
                    MethodType.methodType(Class.forName("java.lang.Thread$Builder$OfVirtual"))).asType(MethodType.methodType(Object.class));
            start = lookup.findStatic(BuiltThreads.class, "start", MethodType.methodType(Thread.class, Object.class, Runnable.class, int.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a JDK without thread builders: there is nothing to start
        }
        UNSTARTED = unstarted;
        OF_VIRTUAL = ofVirtual;
        START = start;
    }

    private BuiltThreads() { }

    /**
     * {@code call} itself, unless it is a {@code Thread.Builder}'s {@code start(Runnable)} or
     * {@code Thread.startVirtualThread(Runnable)}: then a handle of the same type that starts the thread through
     * {@link Weft#start}.
     */
    static MethodHandle inModel(String name, MethodType type, MethodHandle call, int site) {
        if (START == null || type.returnType() != Thread.class || type.parameterType(type.parameterCount() - 1) != Runnable.class) {
            return call;
        }
        MethodHandle start = MethodHandles.insertArguments(START, 2, site);
        if (name.equals("start") && type.parameterCount() == 2 && type.parameterType(0).getName().startsWith("java.lang.Thread$Builder")) {
            return start.asType(type);
        }
        if (name.equals("startVirtualThread") && type.parameterCount() == 1) {
            return MethodHandles.foldArguments(start, OF_VIRTUAL).asType(type);
        }
        return call;
    }

    private static Thread start(Object builder, Runnable task, int site) throws Throwable {
        Thread thread = (Thread) UNSTARTED.invokeExact(builder, task);
        Weft.start(thread, site);
        return thread;
    }
}
