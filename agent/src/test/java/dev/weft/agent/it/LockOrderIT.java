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

/** Potential deadlocks predicted from a run that did not deadlock, in a child JVM under the agent. */
class LockOrderIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The line of {@code LockOrderInversion} that creates its two lock objects. */
    private static final int FIELDS_LINE = 7;

    private static JsonNode run(String app, String options) throws Exception {
        Path report = ChildJvm.freshDir("lock-order").resolve("report.json");
        ChildJvm.Result result = ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=report=" + report + options,
                "-cp", ChildJvm.TEST_CLASSES.toString(), "example.app." + app));
        assertTrue(result.stdout().contains("done"), "the program ran to its end: " + result.stderr());
        return JSON.readTree(report.toFile());
    }

    @Test
    void anInversionThatDidNotDeadlockIsPredictedWithItsThreadsLocksAndLines() throws Exception {
        JsonNode findings = run("LockOrderInversion", "").path("findings");
        assertEquals(1, findings.size(), findings.toString());
        JsonNode finding = findings.get(0);
        assertEquals("lock-order", finding.path("kind").asText());
        assertEquals(2, finding.path("locks").size());
        for (JsonNode lock : finding.path("locks")) {
            assertEquals("created at example.app.LockOrderInversion.<clinit>(LockOrderInversion.java:" + FIELDS_LINE + ")",
                    lock.path("origin").asText(), "which Object lock is meant");
        }
        Set<String> edges = new TreeSet<>();
        for (JsonNode edge : finding.path("edges")) {
            edges.add(edge.path("thread").asText() + ": " + edge.path("fromSite").asText() + " -> " + edge.path("toSite").asText());
        }
        assertEquals(Set.of(
                "auditor: example.app.LockOrderInversion.lambda$main$1(LockOrderInversion.java:12) -> example.app.LockOrderInversion.lambda$main$1(LockOrderInversion.java:12)",
                "teller: example.app.LockOrderInversion.lambda$main$0(LockOrderInversion.java:9) -> example.app.LockOrderInversion.lambda$main$0(LockOrderInversion.java:9)"),
                edges);
    }

    @Test
    void failOnLockOrderFailsTheRunWithTheReportOnDisk() throws Exception {
        Path report = ChildJvm.freshDir("lock-order-fail").resolve("report.json");
        ChildJvm.Result result = ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=report=" + report + ",failOn=lock-order",
                "-cp", ChildJvm.TEST_CLASSES.toString(), "example.app.LockOrderInversion"));
        assertEquals(66, result.exitStatus(), result.stderr());
        assertEquals("lock-order", JSON.readTree(report.toFile()).path("findings").get(0).path("kind").asText());
    }

    @Test
    void ordersSeparatedByStartAndJoinOrByACommonGateLockAreNotReported() throws Exception {
        assertEquals(0, run("NeverDeadlockingOrders", "").path("findings").size());
    }

    @Test
    void locksTakenThroughMethodReferencesFormACycleInDeadlockOnlyMode() throws Exception {
        JsonNode findings = run("BatchTransfers", ",detect=deadlock,lock-order").path("findings");
        assertEquals(1, findings.size(), findings.toString());
        JsonNode finding = findings.get(0);
        assertEquals("lock-order", finding.path("kind").asText());
        for (JsonNode lock : finding.path("locks")) {
            assertEquals("created at example.app.BatchTransfers.<clinit>(BatchTransfers.java:13)", lock.path("origin").asText());
        }
        Set<String> edges = new TreeSet<>();
        for (JsonNode edge : finding.path("edges")) {
            edges.add(edge.path("thread").asText() + ": " + edge.path("fromSite").asText() + " -> " + edge.path("toSite").asText());
        }
        String site = "example.app.BatchTransfers.transfer(BatchTransfers.java:17)";
        assertEquals(Set.of("evening: " + site + " -> " + site, "morning: " + site + " -> " + site), edges);
    }

    @Test
    void locksTakenThroughMethodReferencesInOneOrderAreNotReportedInDeadlockOnlyMode() throws Exception {
        assertEquals(0, run("BatchTransfersSorted", ",detect=deadlock,lock-order").path("findings").size());
    }

    /**
     * The mutexes of synchronized wrappers (two {@code synchronizedList}s; a {@code Hashtable} and a monitor), which a
     * plain run with race detection puts in the lock-order graph, taken in one order: nothing is reported. Their buggy
     * twins' cycles are predicted and confirmed in {@code ExploreHuntIT}.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"MirrorListsOrdered", "SessionAuditSnapshot"})
    void wrapperMutexesTakenInOneOrderAreNotReported(String program) throws Exception {
        Path report = ChildJvm.freshDir("lock-order-wrappers").resolve("report.json");
        ChildJvm.Result result = ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=report=" + report + ",include=example.explorehunt.",
                "-cp", ChildJvm.TEST_CLASSES.toString(), "example.explorehunt." + program));
        assertEquals(0, result.exitStatus(), result.stderr());
        assertEquals(0, JSON.readTree(report.toFile()).path("findings").size(), result.stderr());
    }

    // ---- deadlock18: synchronized wrappers' mutexes in deadlock-only mode --------------------------------------------

    /**
     * A monitor and a {@code synchronizedList}'s mutex taken in both orders, the wrapper's inside its {@code add}: the
     * cycle is predicted in deadlock-only mode, with the call's line as the site where the mutex is taken.
     */
    @Test
    void aCycleThroughAWrappersMutexIsPredictedInDeadlockOnlyMode() throws Exception {
        JsonNode findings = run("DispatchLogInversion", ",detect=deadlock,lock-order").path("findings");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("lock-order", findings.get(0).path("kind").asText());
        Set<String> edges = new TreeSet<>();
        for (JsonNode edge : findings.get(0).path("edges")) {
            edges.add(edge.path("thread").asText() + ": " + edge.path("fromSite").asText() + " -> " + edge.path("toSite").asText());
        }
        String dispatcher = "example.app.DispatchLogInversion.lambda$main$0(DispatchLogInversion.java:";
        String auditor = "example.app.DispatchLogInversion.lambda$main$1(DispatchLogInversion.java:";
        assertEquals(Set.of("auditor: " + auditor + "31) -> " + auditor + "33)", "dispatcher: " + dispatcher + "23) -> " + dispatcher + "25)"),
                edges);
    }

    @Test
    void aWrappersMutexTakenInTheSameOrderIsNotReportedInDeadlockOnlyMode() throws Exception {
        assertEquals(0, run("DispatchLogOrdered", ",detect=deadlock,lock-order").path("findings").size());
    }

    /**
     * The dispatcher, holding the depot's monitor, blocks inside the log's {@code add} on the mutex the auditor holds
     * while it waits for the depot: weft's own wait-for graph reports it (before, only the JVM's probe did, as
     * {@code detectedBy: jvm}), naming both threads, both locks and the lines that took and wait for them.
     */
    @Test
    void aDeadlockThroughAWrappersMutexIsReportedByTheWaitForGraph() throws Exception {
        Path report = ChildJvm.freshDir("lock-order-wrapper-deadlock").resolve("report.json");
        ChildJvm.Result result = ChildJvm.run(List.of("-javaagent:" + ChildJvm.AGENT + "=report=" + report + ",detect=deadlock,onDeadlock=halt",
                "-cp", ChildJvm.TEST_CLASSES.toString(), "example.app.DispatchLogDeadlock"));
        assertEquals(66, result.exitStatus(), result.stderr());
        JsonNode findings = JSON.readTree(report.toFile()).path("findings");
        assertEquals(1, findings.size(), findings.toString());
        JsonNode deadlock = findings.get(0);
        assertEquals("deadlock", deadlock.path("kind").asText());
        assertEquals("wait-for-graph", deadlock.path("detectedBy").asText());
        String at = "example.app.DispatchLogDeadlock.lambda$main$";
        Set<String> threads = new TreeSet<>();
        for (JsonNode thread : deadlock.path("threads")) {
            threads.add(thread.path("name").asText() + " waits for " + thread.path("waitsFor").asText().replaceAll("@.*", "")
                    + " at " + thread.path("waitSite").asText() + ", holds " + thread.path("holds").get(0).path("lock").asText().replaceAll("@.*", "")
                    + " taken at " + thread.path("holds").get(0).path("site").asText());
        }
        assertEquals(Set.of(
                "auditor waits for java.lang.Object at " + at + "1(DispatchLogDeadlock.java:30), holds java.util.Collections$SynchronizedRandomAccessList"
                        + " taken at " + at + "1(DispatchLogDeadlock.java:28)",
                "dispatcher waits for java.util.Collections$SynchronizedRandomAccessList at " + at + "0(DispatchLogDeadlock.java:24), holds java.lang.Object"
                        + " taken at " + at + "0(DispatchLogDeadlock.java:21)"),
                threads);
    }

    // ---- deadlock19: a wrapper's call in a method with no lock operation of its own, in deadlock-only mode ----------

    /**
     * A journal whose {@code record} only appends to its {@code synchronizedList}, called under the depot's monitor, and
     * an auditor holding the list's lock, then the depot's: the cycle is predicted in deadlock-only mode, the journal's
     * {@code add} line as the site where the mutex is taken; an auditor that lets the list go first gives no finding.
     */
    @Test
    void aCycleThroughAWrapperCalledInAMethodWithoutLocksIsPredictedInDeadlockOnlyMode() throws Exception {
        JsonNode findings = run("ShipmentJournalInversion", ",detect=deadlock,lock-order").path("findings");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("lock-order", findings.get(0).path("kind").asText());
        Set<String> edges = new TreeSet<>();
        for (JsonNode edge : findings.get(0).path("edges")) {
            edges.add(edge.path("thread").asText() + ": " + edge.path("fromSite").asText() + " -> " + edge.path("toSite").asText());
        }
        String at = "example.app.ShipmentJournalInversion";
        String auditor = at + ".lambda$main$1(ShipmentJournalInversion.java:";
        assertEquals(Set.of("auditor: " + auditor + "41) -> " + auditor + "43)", "dispatcher: " + at
                + ".lambda$main$0(ShipmentJournalInversion.java:33) -> " + at + "$Journal.record(ShipmentJournalInversion.java:22)"), edges);
        assertEquals(0, run("ShipmentJournalOrdered", ",detect=deadlock,lock-order").path("findings").size());
    }

    // order22: a wrapper made in one class and handed to another, whose lock-free method calls it (deadlock-only).

    /**
     * The shipping office makes a synchronized list and hands it to a ledger class that names no wrapper, whose
     * {@code record} (no lock operation of its own) the dispatcher calls under the depot's monitor; the auditor holds
     * the list's lock and takes the depot's. Predicted in a deadlock-only run, with the ledger's {@code add} line as the
     * site the list's mutex is taken at; the twin whose auditor lets the list go first is silent.
     */
    @Test
    void aWrapperHandedToAnotherClassAndCalledInItsLockFreeMethodIsInTheCycleInDeadlockOnlyMode() throws Exception {
        assertEquals(AUDIT_CYCLE, theCyclesEdges(run("ShipmentLedgerHandedOver", ",detect=deadlock,lock-order").path("findings")));
        assertEquals(0, run("ShipmentLedgerHandedOverOrdered", ",detect=deadlock,lock-order").path("findings").size());
    }

    /** The edges of {@code ShipmentAudit}'s cycle: the auditor's from the list's lock to the depot's, the dispatcher's the other way. */
    private static final Set<String> AUDIT_CYCLE = Set.of(
            "auditor: example.app.ShipmentAudit.lambda$run$1(ShipmentAudit.java:43) -> example.app.ShipmentAudit.lambda$run$1(ShipmentAudit.java:45)",
            "dispatcher: example.app.ShipmentAudit.lambda$run$0(ShipmentAudit.java:28) -> example.app.Ledger.record(Ledger.java:14)");

    /**
     * The same cycle when the office hands the list to books that hand it on to their ledger: the books' analysis, as a
     * class handed a wrapper, makes the ledger one too. The twin whose auditor lets the list go first is silent.
     */
    @Test
    void aWrapperHandedOnByTheClassItWasHandedToIsFollowedInDeadlockOnlyMode() throws Exception {
        assertEquals(AUDIT_CYCLE, theCyclesEdges(run("ShipmentBooksHandedOn", ",detect=deadlock,lock-order").path("findings")));
        assertEquals(0, run("ShipmentBooksHandedOnOrdered", ",detect=deadlock,lock-order").path("findings").size());
    }

    /** The edges of the one lock-order finding of {@code findings}: "thread: from site -> to site". */
    private static Set<String> theCyclesEdges(JsonNode findings) {
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("lock-order", findings.get(0).path("kind").asText());
        Set<String> edges = new TreeSet<>();
        for (JsonNode edge : findings.get(0).path("edges")) {
            edges.add(edge.path("thread").asText() + ": " + edge.path("fromSite").asText() + " -> " + edge.path("toSite").asText());
        }
        return edges;
    }
}
