package example.tests;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Arrays;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the test classes named in its arguments on the JUnit Platform launcher, as a build tool does, and
 * prints one line per test: {@code TEST <status> <class>#<method> <first line of the failure>}.
 */
public final class RunTests {

    public static void main(String[] args) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(Arrays.stream(args).map(name -> selectClass(name)).toList())
                .build();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest() && test.getSource().orElse(null) instanceof MethodSource method) {
                    String failure = result.getThrowable().map(t -> " " + String.valueOf(t.getMessage()).lines().findFirst().orElse("")).orElse("");
                    System.out.println("TEST " + result.getStatus() + " " + method.getClassName() + "#" + method.getMethodName() + failure);
                }
            }
        });
        System.out.println("RUN ENDED");
        System.exit(0); // as build tools do: threads a test left deadlocked must not keep the JVM alive
    }
}
