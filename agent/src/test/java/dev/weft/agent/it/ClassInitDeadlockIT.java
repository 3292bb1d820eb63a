package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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
        JsonNode findings = JSON.readTree(report.toFile()).path("findings");
        assertEquals(1, findings.size(), findings.toString());
        JsonNode deadlock = findings.get(0);
        assertEquals("deadlock", deadlock.path("kind").asText());
        assertEquals("wait-for-graph", deadlock.path("detectedBy").asText());
        String at = "example.app.TariffTableInitMet";
        String initialization = "the initialization of class " + at + "$Tariffs";
        Set<String> threads = new TreeSet<>();
        for (JsonNode thread : deadlock.path("threads")) {
            JsonNode hold = thread.path("holds").get(0);
            threads.add(thread.path("name").asText() + " waits for " + thread.path("waitsFor").asText().replaceAll("@.*", "")
                    + " at " + thread.path("waitSite").asText() + ", holds " + hold.path("lock").asText().replaceAll("@.*", "")
                    + " (" + hold.path("kind").asText() + ") taken at " + hold.path("site").asText());
        }
        assertEquals(Set.of(
                "biller waits for " + initialization + " at " + at + "$Billing.bill(TariffTableInitMet.java:32), holds java.lang.Object (monitor)"
                        + " taken at " + at + "$Billing.bill(TariffTableInitMet.java:28)",
                "loader waits for java.lang.Object at " + at + "$Billing.standardRate(TariffTableInitMet.java:22), holds " + initialization
                        + " (class-initialization) taken at " + at + ".lambda$main$0(TariffTableInitMet.java:52)"),
                threads);
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
}
