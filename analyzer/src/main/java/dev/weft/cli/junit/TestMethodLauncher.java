package dev.weft.cli.junit;

import java.io.PrintWriter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * Runs one JUnit test method, {@code Class#method}, with the JUnit Platform launcher found on the class
 * path: the main class {@code weft explore --test} runs each iteration (it reaches the JVM inside the
 * agent jar, which {@code -javaagent} puts on the system class path). Exit status 0 when the test passed,
 * 1 when it failed (its exception on stderr), 2 when no such test was found.
 */
public final class TestMethodLauncher {

    private TestMethodLauncher() { }

    /** Runs the test method named by {@code args[0]} ({@code com.example.BankTest#transfer}). */
    public static void main(String[] args) {
        if (args.length != 1 || !args[0].contains("#")) {
            System.err.println("weft: TestMethodLauncher expects one argument, CLASS#METHOD (e.g. com.example.BankTest#transfer)");
            System.exit(2);
        }
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectMethod(args[0])).build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(request, listener);
        TestExecutionSummary summary = listener.getSummary();
        if (summary.getTestsFoundCount() == 0) {
            System.err.println("weft: no test " + args[0] + " on the class path (is the class compiled, the method a @Test?)");
            System.exit(2);
        }
        if (summary.getTotalFailureCount() > 0) {
            summary.printFailuresTo(new PrintWriter(System.err, true), 20);
            System.exit(1);
        }
        System.exit(0);
    }
}
