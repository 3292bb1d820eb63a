package dev.weft.cli.junit;

import java.io.File;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one JUnit test method, {@code Class#method}, with the JUnit Platform launcher found on the class
 * path: the main class {@code weft explore --test} runs each iteration (it reaches the JVM inside the
 * agent jar, which {@code -javaagent} puts on the system class path). Exit status 0 when the test passed,
 * 1 when it failed (its exception on stderr), 2 when no such test was found, found before anything runs and said in one
 * line beginning {@link #NO_TEST_LINE} that names what is valid (the class's test methods). With several schedules per JVM,
 * weft's launcher calls {@link #run(String, ClassLoader, PrintStream)} once per schedule instead, the launcher
 * kept from one to the next.
 */
public final class TestMethodLauncher {

    /** The status of a run that found no such test. */
    public static final int NO_TEST = 2;
    /** How the line on standard error of a run that found no such test begins (callers tell it from a failure so). */
    public static final String NO_TEST_LINE = "weft: no test ";

    private static Launcher launcher; // kept warm between the schedules of a JVM

    private TestMethodLauncher() { }

    /** Runs the test method named by {@code args[0]} ({@code com.example.BankTest#transfer}). */
    public static void main(String[] args) {
        if (args.length != 1 || !args[0].contains("#")) {
            System.err.println("weft: TestMethodLauncher expects one argument, CLASS#METHOD (e.g. com.example.BankTest#transfer)");
            System.exit(2);
        }
        System.exit(run(args[0], ClassLoader.getSystemClassLoader(), System.err));
    }

    /**
     * Runs the test method {@code test} ({@code Class#method}) whose class {@code testClasses} loads, on the calling
     * thread; the test framework's own classes are those of the JVM's class path, loaded once.
     *
     * @return the exit status {@link #main} would give: 0 passed, 1 failed (its failure on {@code err}), {@link #NO_TEST}
     */
    public static int run(String test, ClassLoader testClasses, PrintStream err) {
        int hash = test.indexOf('#');
        String className = test.substring(0, hash);
        String method = test.substring(hash + 1);
        Class<?> testClass;
        try {
            testClass = Class.forName(className, false, testClasses);
        } catch (ClassNotFoundException | LinkageError e) {
            err.println(NO_TEST_LINE + "class " + className + " on the class path (is it compiled? the class path's directories: "
                    + directories() + ")");
            return NO_TEST;
        }
        TestPlan plan = discover(DiscoverySelectors.selectMethod(testClass, method));
        if (plan == null || methodsOf(plan, className).isEmpty()) {
            err.println(NO_TEST_LINE + "method '" + method + "' in " + className + (declares(testClass, method) ? " (" + method
                    + " is a method, but not a test without parameters)" : "") + ": " + testMethodsOf(testClass));
            return NO_TEST;
        }
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher().execute(plan, listener);
        TestExecutionSummary summary = listener.getSummary();
        if (summary.getTotalFailureCount() > 0) {
            summary.printFailuresTo(new PrintWriter(err, true), 20);
            return 1;
        }
        return 0;
    }

    /** The test plan of {@code selector}, or {@code null} when JUnit could not resolve it (an older JUnit throws so). */
    private static TestPlan discover(DiscoverySelector selector) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selector).build();
        try {
            return launcher().discover(request);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** "its test methods are a, b" (those {@code --test} can name: without parameters), or that it has none. */
    private static String testMethodsOf(Class<?> testClass) {
        TestPlan plan = discover(DiscoverySelectors.selectClass(testClass));
        Set<String> names = plan == null ? Set.of() : methodsOf(plan, testClass.getName());
        return names.isEmpty() ? "it has no test methods (@Test) JUnit can run" : "its test methods are " + String.join(", ", names);
    }

    /**
     * The names of the methods of {@code className} that are tests or make them ({@code @TestFactory}, {@code @RepeatedTest})
     * in {@code plan}, those without parameters ({@code --test} names no parameter types), sorted.
     */
    private static Set<String> methodsOf(TestPlan plan, String className) {
        Set<String> names = new TreeSet<>();
        for (TestIdentifier root : plan.getRoots()) {
            for (TestIdentifier id : plan.getDescendants(root)) {
                if (id.getSource().orElse(null) instanceof MethodSource source && source.getClassName().equals(className)
                        && source.getMethodParameterTypes().isEmpty()) {
                    names.add(source.getMethodName());
                }
            }
        }
        return names;
    }

    /** True when {@code type} or a supertype declares a method named {@code name}. */
    private static boolean declares(Class<?> type, String name) {
        try {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                if (Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> m.getName().equals(name))) {
                    return true;
                }
            }
            return Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(name));
        } catch (LinkageError e) {
            return false;
        }
    }

    /** The directories of the JVM's class path, where test classes usually are (jars are the libraries). */
    private static String directories() {
        List<String> dirs = Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
                .filter(entry -> new File(entry).isDirectory()).toList();
        return dirs.isEmpty() ? "none" : String.join(", ", dirs);
    }

    /** The JVM's launcher, made once with the class path's engines (not those a schedule's class loader would find). */
    private static synchronized Launcher launcher() {
        if (launcher == null) {
            Thread current = Thread.currentThread();
            ClassLoader context = current.getContextClassLoader();
            current.setContextClassLoader(TestMethodLauncher.class.getClassLoader());
            try {
                launcher = LauncherFactory.create();
            } finally {
                current.setContextClassLoader(context);
            }
        }
        return launcher;
    }
}
