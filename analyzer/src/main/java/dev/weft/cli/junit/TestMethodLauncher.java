package dev.weft.cli.junit;

import java.io.PrintStream;
import java.io.PrintWriter;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs one JUnit test method, {@code Class#method}, with the JUnit Platform launcher found on the class
 * path: the main class {@code weft explore --test} runs each iteration (it reaches the JVM inside the
 * agent jar, which {@code -javaagent} puts on the system class path). Exit status 0 when the test passed,
 * 1 when it failed (its exception on stderr), 2 when no such test was found. With several schedules per JVM,
 * weft's launcher calls {@link #run(String, ClassLoader, PrintStream)} once per schedule instead, the launcher
 * kept from one to the next.
 */
public final class TestMethodLauncher {

    /** The status of a run that found no such test. */
    public static final int NO_TEST = 2;

    private static Launcher launcher; // kept warm between the schedules of a JVM

    private TestMethodLauncher() { }

    /** Runs the test method named by {@code args[0]} ({@code com.example.BankTest#transfer}). */
    public static void main(String[] args) {
        if (args.length != 1 || !args[0].contains("#")) {
            System.err.println("weft: TestMethodLauncher expects one argument, CLASS#METHOD (e.g. com.example.BankTest#transfer)");
            System.exit(2);
        }
        System.exit(execute(args[0], DiscoverySelectors.selectMethod(args[0]), System.err));
    }

    /**
     * Runs the test method {@code test} ({@code Class#method}) whose class {@code testClasses} loads, on the calling
     * thread; the test framework's own classes are those of the JVM's class path, loaded once.
     *
     * @return the exit status {@link #main} would give: 0 passed, 1 failed (its failure on {@code err}), {@link #NO_TEST}
     */
    public static int run(String test, ClassLoader testClasses, PrintStream err) {
        int hash = test.indexOf('#');
        Class<?> testClass;
        try {
            testClass = Class.forName(test.substring(0, hash), false, testClasses);
        } catch (ClassNotFoundException | LinkageError e) {
            err.println("weft: no test " + test + " on the class path (is the class compiled, the method a @Test?)");
            return NO_TEST;
        }
        return execute(test, DiscoverySelectors.selectMethod(testClass, test.substring(hash + 1)), err);
    }

    private static int execute(String test, DiscoverySelector selector, PrintStream err) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selector).build();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher().execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        if (summary.getTestsFoundCount() == 0) {
            err.println("weft: no test " + test + " on the class path (is the class compiled, the method a @Test?)");
            return NO_TEST;
        }
        if (summary.getTotalFailureCount() > 0) {
            summary.printFailuresTo(new PrintWriter(err, true), 20);
            return 1;
        }
        return 0;
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
