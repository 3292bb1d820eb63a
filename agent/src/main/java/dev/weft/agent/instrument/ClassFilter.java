package dev.weft.agent.instrument;

import java.util.List;

/**
 * Which classes weft instruments: the user's {@code include}/{@code exclude} prefixes, on top of the
 * classes weft never touches.
 *
 * <p>Prefixes are dotted package or class name prefixes ({@code com.example.}, {@code com.example.Foo}).
 * An empty include list means every class. Never instrumented, whatever the lists say: the JDK's classes
 * ({@code java.}, {@code javax.}, {@code jdk.}, {@code sun.}, {@code com.sun.}), weft's own
 * ({@code dev.weft.}, except the sample programs in {@code dev.weft.samples.}, the benchmark's bug programs
 * in {@code dev.weft.bench.bugs.} and its workload {@code dev.weft.bench.H2Workload}: weft sees them as it
 * sees any application), an application's copy of
 * Byte Buddy, and every class defined by the bootstrap or platform class loader.
 */
public final class ClassFilter {

    private static final List<String> NEVER = List.of(
            "java.", "javax.", "jdk.", "sun.", "com.sun.", "dev.weft.", "net.bytebuddy.");
    private static final List<String> USER_PROGRAMS_OF_WEFT = List.of(
            "dev.weft.samples.", "dev.weft.bench.bugs.", "dev.weft.bench.H2Workload");

    private final List<String> include;
    private final List<String> exclude;

    private ClassFilter(List<String> include, List<String> exclude) {
        this.include = List.copyOf(include);
        this.exclude = List.copyOf(exclude);
    }

    /** A filter that accepts every class weft may instrument. */
    public static ClassFilter all() {
        return new ClassFilter(List.of(), List.of());
    }

    /**
     * A filter with these prefixes.
     *
     * @param include prefixes of the classes to instrument; empty for all
     * @param exclude prefixes of the classes to skip, even when included
     * @return the filter
     */
    public static ClassFilter of(List<String> include, List<String> exclude) {
        return new ClassFilter(include, exclude);
    }

    /**
     * True when the class with this name, defined by this loader, is to be instrumented.
     *
     * @param className the class's binary name, with dots
     * @param loader    the defining loader; {@code null} for the bootstrap loader
     * @return whether to instrument it
     */
    public boolean accepts(String className, ClassLoader loader) {
        return loader != null
                && loader != ClassLoader.getPlatformClassLoader()
                && acceptsName(className);
    }

    private boolean acceptsName(String className) {
        boolean untouchable = startsWithAny(className, NEVER) && !startsWithAny(className, USER_PROGRAMS_OF_WEFT);
        return !untouchable
                && (include.isEmpty() || startsWithAny(className, include))
                && !startsWithAny(className, exclude);
    }

    private static boolean startsWithAny(String name, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
