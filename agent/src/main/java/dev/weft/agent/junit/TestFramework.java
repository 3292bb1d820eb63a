package dev.weft.agent.junit;

import java.util.ArrayList;
import java.util.List;

/**
 * The packages of the test framework (JUnit, its assertion errors' library, its API annotations): in a controlled
 * run weft does not instrument them, and with several schedules of a test per JVM their classes are loaded once
 * for all schedules while the test's own classes are loaded afresh for each.
 */
public final class TestFramework {

    /** Dotted package prefixes of the test framework. */
    public static final List<String> PACKAGES = List.of("org.junit.", "junit.", "org.opentest4j.", "org.apiguardian.");

    private TestFramework() { }

    /** True when the class of this dotted name belongs to the test framework. */
    public static boolean owns(String className) {
        for (String prefix : PACKAGES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** {@code prefixes} and the test framework's packages. */
    public static List<String> andPackages(List<String> prefixes) {
        List<String> all = new ArrayList<>(prefixes);
        all.addAll(PACKAGES);
        return all;
    }
}
