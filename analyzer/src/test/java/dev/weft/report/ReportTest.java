package dev.weft.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

    private static DeadlockFinding deadlock(String id) {
        return new DeadlockFinding(id, DeadlockFinding.DetectedBy.WAIT_FOR_GRAPH, List.of(), List.of());
    }

    @Test
    void keepsFindingsSortedAndEachIdOnce() {
        Report report = Report.of("1.0").withFindings(List.of(deadlock("deadlock:b"), deadlock("deadlock:a")))
                .withFindings(List.of(deadlock("deadlock:b")));

        assertEquals(List.of("deadlock:a", "deadlock:b"), report.findings().stream().map(Finding::id).toList());
        assertEquals("weft", report.tool());
    }

    @Test
    void keepsEachNoteOnceAndReplacesRunFactsByName() {
        Report report = Report.of("1.0").withNotes(List.of("n")).withNotes(List.of("n", "m"))
                .withRun("pid", "1").withRun("pid", "2");

        assertEquals(List.of("n", "m"), report.notes());
        assertEquals("2", report.run().get("pid"));
    }

    @Test
    void findingIdsDependOnKindAndSitesButNotOnTheirOrder() {
        String id = FindingId.of("deadlock", List.of("A.run(A.java:1)", "B.run(B.java:2)"));

        assertEquals(id, FindingId.of("deadlock", List.of("B.run(B.java:2)", "A.run(A.java:1)")));
        assertNotEquals(id, FindingId.of("lock-order", List.of("A.run(A.java:1)", "B.run(B.java:2)")));
        assertEquals("deadlock:".length() + 16, id.length());
    }
}
