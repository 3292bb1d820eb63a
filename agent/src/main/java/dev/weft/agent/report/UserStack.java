package dev.weft.agent.report;

import dev.weft.trace.Site;
import java.util.ArrayList;
import java.util.List;

/** A thread's stack as the user wrote it, for a report. */
public final class UserStack {

    private static final String METHOD_HANDLES = "java.lang.invoke.";

    private UserStack() { }

    /**
     * The stack as the user wrote it: frames above weft's hook (the JDK's parking inside
     * {@code lock()}, weft's own code, the hook itself, and the {@code java.lang.invoke} frames of method
     * handles between the program's call and the hook), or with no hook above the program's first frame
     * the JDK's frames above it (a call whose hooks have returned, a {@code StampedLock}'s), are dropped, and
     * so are weft's own frames further down (the wrappers of tasks handed to an executor) and the frames of
     * the hidden classes that implement lambdas ({@code Foo$$Lambda$77/0x...run}), which point at no source, and
     * of the accessors {@code javac} made before Java 11 ({@code access$008}), which point at the class's declaration.
     */
    public static List<Site> of(StackTraceElement[] frames) {
        int start = 0; // past the JDK's frames and weft's own above the hook, or above the program's first frame
        while (start < frames.length && !isRuntime(frames[start].getClassName())
                && (isJdk(frames[start].getClassName()) || isWeft(frames[start].getClassName()))) {
            start++;
        }
        int hook = start;
        while (start < frames.length && isRuntime(frames[start].getClassName())) {
            start++; // the hook, and the runtime code that called it (CollectionContents...)
        }
        while (start > hook && start < frames.length && frames[start].getClassName().startsWith(METHOD_HANDLES)) {
            start++; // the method handles through which the program's call reached the hook (a modelled blocking call's)
        }
        if (start == frames.length) {
            start = 0;
        }
        List<Site> stack = new ArrayList<>(frames.length - start);
        for (int i = start; i < frames.length; i++) {
            String type = frames[i].getClassName();
            if (!type.contains("$$Lambda") && !isRuntime(type) && !frames[i].getMethodName().startsWith("access$")) {
                stack.add(Site.of(frames[i]));
            }
        }
        return stack;
    }

    /** Weft's own code behind the hooks: the listeners, the analyses, the report. */
    private static boolean isWeft(String className) {
        return className.startsWith("dev.weft.agent.") || className.startsWith("dev.weft.analysis.")
                || className.startsWith("dev.weft.report.");
    }

    private static boolean isRuntime(String className) {
        return className.startsWith("dev.weft.runtime.");
    }

    private static boolean isJdk(String className) {
        return className.startsWith("java.") || className.startsWith("jdk.") || className.startsWith("sun.");
    }
}
