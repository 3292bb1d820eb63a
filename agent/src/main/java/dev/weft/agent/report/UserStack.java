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
     * {@code lock()}, weft's own code, the hook itself, and the {@code java.lang.invoke} frames of method handles
     * between the program's call and the hook), or with no hook on the stack the JDK's frames above
     * the program's first, are dropped, and so are the frames of the
     * hidden classes that implement lambdas ({@code Foo$$Lambda$77/0x...run}), which point at no source.
     */
    public static List<Site> of(StackTraceElement[] frames) {
        int start = 0;
        for (int i = 0; i < frames.length; i++) {
            if (frames[i].getClassName().startsWith("dev.weft.runtime.")) {
                start = i + 1;
            }
        }
        while (start > 0 && start < frames.length && frames[start].getClassName().startsWith(METHOD_HANDLES)) {
            start++; // the method handles through which the program's call reached the hook (a modelled blocking call's)
        }
        if (start == 0) { // a call whose hooks have returned (a StampedLock's): its JDK frames down to the program's
            int program = 0;
            while (program < frames.length && isJdk(frames[program].getClassName())) {
                program++;
            }
            start = program < frames.length ? program : 0;
        }
        List<Site> stack = new ArrayList<>(frames.length - start);
        for (int i = start; i < frames.length; i++) {
            if (!frames[i].getClassName().contains("$$Lambda")) {
                stack.add(Site.of(frames[i]));
            }
        }
        return stack;
    }

    private static boolean isJdk(String className) {
        return className.startsWith("java.") || className.startsWith("jdk.") || className.startsWith("sun.");
    }
}
