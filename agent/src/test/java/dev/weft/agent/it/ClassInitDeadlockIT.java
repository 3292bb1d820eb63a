package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A deadlock of a class's initialization and a monitor in a plain run with {@code detect=deadlock}, in a child JVM:
 * reported by the watchdog, and nothing reported when a thread merely waits for an initialization.
 */
class ClassInitDeadlockIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ChildJvm.Result run(String program, Path report, String options) throws Exception {
        return ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=report=" + report + ",detect=deadlock" + options,
                "-cp", ChildJvm.TEST_CLASSES.toString(), program));
    }

    @Test
    void aBillerWaitingForTheTariffTablesInitializationWhichWaitsForItsMonitorIsADeadlock() throws Exception {
        Path report = ChildJvm.freshDir("class-init-deadlock").resolve("report.json");
        ChildJvm.Result result = run("example.app.TariffTableInitMet", report, ",onDeadlock=halt");
        assertEquals(66, result.exitStatus(), result.stderr());
        String at = "example.app.TariffTableInitMet";
        String initialization = "the initialization of class " + at + "$Tariffs";
        assertEquals(Set.of(
                "biller waits for " + initialization + " at " + at + "$Billing.bill(TariffTableInitMet.java:32), holds java.lang.Object (monitor)"
                        + " taken at " + at + "$Billing.bill(TariffTableInitMet.java:28)",
                "loader waits for java.lang.Object at " + at + "$Billing.standardRate(TariffTableInitMet.java:22), holds " + initialization
                        + " (class-initialization) taken at " + at + ".lambda$main$0(TariffTableInitMet.java:52)"),
                deadlockedThreads(report));
    }

    /** The one deadlock of {@code report}, found by the wait-for graph: each thread, what it waits for and its first hold. */
    static Set<String> deadlockedThreads(Path report) throws Exception {
        JsonNode findings = JSON.readTree(report.toFile()).path("findings");
        assertEquals(1, findings.size(), findings.toString());
        JsonNode deadlock = findings.get(0);
        assertEquals("deadlock", deadlock.path("kind").asText());
        assertEquals("wait-for-graph", deadlock.path("detectedBy").asText());
        Set<String> threads = new TreeSet<>();
        for (JsonNode thread : deadlock.path("threads")) {
            JsonNode hold = thread.path("holds").get(0);
            threads.add(thread.path("name").asText() + " waits for " + thread.path("waitsFor").asText().replaceAll("@.*", "")
                    + " at " + thread.path("waitSite").asText() + ", holds " + hold.path("lock").asText().replaceAll("@.*", "")
                    + " (" + hold.path("kind").asText() + ") taken at " + hold.path("site").asText());
        }
        return threads;
    }

    /**
     * A biller holding a monitor that waits 2.5 s for a slow initializer (which takes no lock) while an auditor waits
     * for the monitor; a biller that looks the tariff up before it takes the monitor: no cycle, nothing reported.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"example.app.TariffTableSlowInit", "example.explorehunt.TariffTableInitFirst"})
    void aThreadMerelyWaitingForAnInitializationIsNotReported(String program) throws Exception {
        Path report = ChildJvm.freshDir("class-init-none").resolve("report.json");
        ChildJvm.Result result = run(program, report, ",include=example.");
        assertEquals(0, result.exitStatus(), result.stderr());
        assertEquals(0, JSON.readTree(report.toFile()).path("findings").size(), result.stderr());
        assertTrue(result.stdout().contains("bill: "), result.stdout());
    }

    // deadlock19: a class's initialization reached through a subclass, reflection or an interface with a default method.

    /**
     * A biller holding the billing monitor makes the JVM initialize a class whose initializer, run by a loader, waits
     * for that monitor: through a subclass ({@code new}, an inherited static field), through the JDK
     * ({@code Class.forName} of the subclass's name, {@code Lookup.ensureInitialized}), or through an interface with a
     * default method that a class it creates implements.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "TariffTableSubclassInit, new, $Tariffs, $Billing.regionalRate, 41, $Billing.bill, 30, $Billing.standardRate, 24, 71",
        "TariffTableSubclassInit, field, $Tariffs, $Billing.regionalRate, 43, $Billing.bill, 30, $Billing.standardRate, 24, 71",
        "TariffTableSubclassInit, forName, $Tariffs, $Billing.regionalRate, 45, $Billing.bill, 30, $Billing.standardRate, 24, 71",
        "TariffTableSubclassInit, lookup, $Tariffs, $Billing.regionalRate, 48, $Billing.bill, 30, $Billing.standardRate, 24, 71",
        "TariffPlanInterfaceInit, new, $TariffPlan, .bill, 42, .bill, 38, $TariffPlan.loadStandard, 25, 48"})
    void aClassInitializationReachedThroughASubclassReflectionOrAnInterfaceInACycleIsADeadlock(String program, String way,
            String initializedClass, String billerWait, int billerWaitLine, String billerHold, int billerHoldLine,
            String loaderWait, int loaderWaitLine, int loaderStartLine) throws Exception {
        Path report = ChildJvm.freshDir("class-init-deadlock19").resolve("report.json");
        String at = "example.app." + program;
        ChildJvm.Result result = ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=report=" + report
                + ",detect=deadlock,onDeadlock=halt", "-cp", ChildJvm.TEST_CLASSES.toString(), at, way));
        assertEquals(66, result.exitStatus(), result.stderr());
        String initialization = "the initialization of class " + at + initializedClass;
        String file = "(" + program + ".java:";
        assertEquals(Set.of(
                "biller waits for " + initialization + " at " + at + billerWait + file + billerWaitLine + "), holds java.lang.Object"
                        + " (monitor) taken at " + at + billerHold + file + billerHoldLine + ")",
                "loader waits for java.lang.Object at " + at + loaderWait + file + loaderWaitLine + "), holds " + initialization
                        + " (class-initialization) taken at " + at + ".lambda$main$0" + file + loaderStartLine + ")"),
                deadlockedThreads(report));
    }

    /**
     * A biller holding the billing monitor waits for a slow initializer (which takes no lock), reached by {@code new}
     * of a subclass, by {@code Class.forName} or by reflection (deadlock20), while an auditor's static initializer waits
     * for the monitor: a thread in an initializer waits for the biller's lock, but the biller waits for another class.
     * Nothing reported.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"new", "forName", "constructor", "newInstance", "serviceLoader", "method", "reference"})
    void aThreadWaitingForAnotherClassThanTheInitializerWaitingForItsLockIsNotReported(String way) throws Exception {
        Path report = ChildJvm.freshDir("class-init-none19").resolve("report.json");
        ChildJvm.Result result = ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=report=" + report + ",detect=deadlock",
                "-cp", ChildJvm.TEST_CLASSES.toString(), "example.app.TariffTableSlowInitAudited", way));
        assertEquals(0, result.exitStatus(), result.stderr());
        assertEquals(0, JSON.readTree(report.toFile()).path("findings").size(), result.stderr());
        assertTrue(result.stdout().contains("bill: 3"), result.stdout());
    }

    // deadlock20: a class's initialization reached through reflection: Constructor.newInstance, Class.newInstance, a ServiceLoader.

    /**
     * A biller holding the billing monitor creates, by reflection, a subclass of the tariff table whose initializer, run
     * by a loader, waits for that monitor: by {@code Constructor.newInstance}, {@code Class.newInstance}, as a
     * {@code ServiceLoader}'s provider, or (order22) created by its static factory, called by {@code Method.invoke} or
     * through a method reference.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"constructor, 44", "newInstance, 46", "serviceLoader, 53", "method, 48", "reference, 51"})
    void aClassInitializationReachedThroughReflectiveInstantiationInACycleIsADeadlock(String way, int billerWaitLine) throws Exception {
        assertTheBillerAndTheLoaderDeadlock(ChildJvm.java(), way, billerWaitLine);
    }

    /** {@code TariffTableProviderInit way} run by {@code java}: the biller waits for the tariffs' initialization at its line. */
    private static void assertTheBillerAndTheLoaderDeadlock(Path java, String way, int billerWaitLine) throws Exception {
        Path report = ChildJvm.freshDir("class-init-deadlock20").resolve("report.json");
        String at = "example.app.TariffTableProviderInit";
        ChildJvm.Result result = ChildJvm.run(java, List.of("-javaagent:" + ChildJvm.AGENT + "=report=" + report
                + ",detect=deadlock,onDeadlock=halt", "-cp", ChildJvm.TEST_CLASSES.toString(), at, way));
        assertEquals(66, result.exitStatus(), result.stderr());
        String initialization = "the initialization of class " + at + "$Tariffs";
        assertEquals(Set.of(
                "biller waits for " + initialization + " at " + at + "$Billing.regionalTariffs(TariffTableProviderInit.java:" + billerWaitLine
                        + "), holds java.lang.Object (monitor) taken at " + at + "$Billing.bill(TariffTableProviderInit.java:32)",
                "loader waits for java.lang.Object at " + at + "$Billing.standardRate(TariffTableProviderInit.java:26), holds " + initialization
                        + " (class-initialization) taken at " + at + ".lambda$main$0(TariffTableProviderInit.java:87)"),
                deadlockedThreads(report));
    }

    // order22: Method.invoke and a method reference on the newest JDK, whose Thread.getStackTrace leaves the lambda's
    // proxy out (the watchdog reads the stack from ThreadInfo); skipped without a JDK 21 or newer.

    @ParameterizedTest(name = "{0}")
    @CsvSource({"method, 48", "reference, 51"})
    void onTheNewestJdkAClassInitializationReachedByMethodInvokeOrAMethodReferenceInACycleIsADeadlock(String way, int billerWaitLine)
            throws Exception {
        Optional<Path> jdk = NewerJdkIT.newestJdk();
        assumeTrue(jdk.isPresent(), "no JDK 21 or newer installed");
        assertTheBillerAndTheLoaderDeadlock(jdk.get().resolve("bin/java"), way, billerWaitLine);
    }
}
