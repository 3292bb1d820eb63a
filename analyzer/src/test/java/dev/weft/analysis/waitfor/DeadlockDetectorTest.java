package dev.weft.analysis.waitfor;

import static dev.weft.analysis.waitfor.Scenario.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.report.DeadlockFinding;
import dev.weft.report.DeadlockFinding.BlockedThread;
import dev.weft.report.DeadlockFinding.DetectedBy;
import dev.weft.report.DeadlockFinding.HeldLock;
import dev.weft.report.DeadlockFinding.LockInfo;
import dev.weft.trace.Site;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlockDetectorTest {

    private final DeadlockDetector detector = new DeadlockDetector();

    /** The cycle's thread names, in cycle order. */
    private static List<String> cycle(DeadlockFinding finding) {
        return finding.threads().stream().map(BlockedThread::name).toList();
    }

    private static List<List<String>> cycles(List<DeadlockFinding> findings) {
        return findings.stream().map(DeadlockDetectorTest::cycle).toList();
    }

    private static Scenario twoThreadsInOppositeOrder() {
        Scenario s = new Scenario();
        Resource a = s.monitor(0x1b6d3586);
        Resource b = s.monitor(0x4e25154f);
        s.thread("T1").holds(a, at("Bank.transfer", 30)).waitsFor(b, at("Bank.transfer", 31));
        s.thread("T2").holds(b, at("Bank.transfer", 30)).waitsFor(a, at("Bank.transfer", 31));
        return s;
    }

    @Test
    void reportsCycleOfTwoThreadsEachWaitingForTheOthersMonitor() {
        List<DeadlockFinding> findings = detector.find(twoThreadsInOppositeOrder().snapshots());

        assertEquals(List.of(List.of("T1", "T2")), cycles(findings));
        DeadlockFinding d = findings.get(0);
        assertEquals(DetectedBy.WAIT_FOR_GRAPH, d.detectedBy());
        BlockedThread t1 = d.threads().get(0);
        assertEquals(21, t1.id());
        assertEquals("java.lang.Object@4e25154f", t1.waitsFor());
        assertEquals("exclusive", t1.waitMode());
        assertEquals(at("Bank.transfer", 31), t1.waitSite());
        assertEquals(List.of(new HeldLock("java.lang.Object@1b6d3586", "monitor", "exclusive",
                at("Bank.transfer", 30), List.of(at("Bank.transfer", 30)))), t1.holds());
        assertEquals(List.of(
                new LockInfo("java.lang.Object@4e25154f", "java.lang.Object", 0x4e25154f, "monitor",
                        List.of("T2"), List.of("T1"), List.of(at("Bank.transfer", 30))),
                new LockInfo("java.lang.Object@1b6d3586", "java.lang.Object", 0x1b6d3586, "monitor",
                        List.of("T1"), List.of("T2"), List.of(at("Bank.transfer", 30)))), d.locks());
        assertTrue(d.id().startsWith("deadlock:"), d.id());
    }

    @Test
    void reportsCycleOfThreeThreads() {
        Scenario s = new Scenario();
        Resource a = s.monitor();
        Resource b = s.reentrantLock();
        Resource c = s.monitor();
        s.thread("T1").holds(a, at("A.run", 1)).waitsFor(b, at("A.run", 2));
        s.thread("T2").holds(b, at("B.run", 1)).waitsFor(c, at("B.run", 2));
        s.thread("T3").holds(c, at("C.run", 1)).waitsFor(a, at("C.run", 2));

        List<DeadlockFinding> findings = detector.find(s.snapshots());

        assertEquals(List.of(List.of("T1", "T2", "T3")), cycles(findings));
        assertEquals("lock", findings.get(0).locks().get(0).kind());
    }

    @Test
    void reportsFiveDiningPhilosophersAsOneDeadlock() {
        Scenario s = new Scenario();
        List<Resource> forks = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            forks.add(s.monitor());
        }
        for (int i = 0; i < 5; i++) {
            s.thread("philosopher-" + i).holds(forks.get(i), at("Philosopher.eat", 10))
                    .waitsFor(forks.get((i + 1) % 5), at("Philosopher.eat", 11));
        }

        List<DeadlockFinding> findings = detector.find(s.snapshots());

        assertEquals(1, findings.size());
        assertEquals(List.of("philosopher-0", "philosopher-1", "philosopher-2", "philosopher-3", "philosopher-4"),
                cycle(findings.get(0)));
    }

    @Test
    void reportsNothingForAChainOfWaitsThatEndsInARunningThread() {
        Scenario s = new Scenario();
        Resource a = s.monitor();
        Resource b = s.monitor();
        s.thread("T1").waitsFor(a, at("A.run", 1));
        s.thread("T2").holds(a, at("B.run", 1)).waitsFor(b, at("B.run", 2));
        s.thread("T3").holds(b, at("C.run", 1));

        assertEquals(List.of(), detector.find(s.snapshots()));
    }

    @Test
    void timedWaitsNeverDeadlock() {
        Scenario s = new Scenario();
        Resource a = s.reentrantLock();
        Resource b = s.reentrantLock();
        s.thread("T1").holds(a, at("A.run", 1)).waitsAtMostFor(b, at("A.run", 2));
        s.thread("T2").holds(b, at("B.run", 1)).waitsFor(a, at("B.run", 2));

        assertEquals(List.of(), detector.find(s.snapshots()));
    }

    @Test
    void aReadLockRequestDoesNotWaitForOtherReaders() {
        Scenario s = new Scenario();
        Resource rw = s.readWriteLock();
        Resource m = s.monitor();
        s.thread("T1").holdsRead(rw, at("Cache.get", 1)).waitsFor(m, at("Cache.get", 2));
        s.thread("T2").holds(m, at("Cache.put", 1)).waitsForRead(rw, at("Cache.put", 2));

        assertEquals(List.of(), detector.find(s.snapshots()));
    }

    @Test
    void reportsWriterWaitingForReaderThatWaitsForWhatTheWriterHolds() {
        Scenario s = new Scenario();
        Resource rw = s.readWriteLock();
        Resource m = s.monitor();
        s.thread("reader").holdsRead(rw, at("Cache.get", 1)).waitsFor(m, at("Cache.get", 2));
        s.thread("writer").holds(m, at("Cache.put", 1)).waitsFor(rw, at("Cache.put", 2));

        List<DeadlockFinding> findings = detector.find(s.snapshots());

        assertEquals(List.of(List.of("reader", "writer")), cycles(findings));
        BlockedThread writer = findings.get(0).threads().get(1);
        assertEquals("exclusive", writer.waitMode());
        assertEquals("shared", findings.get(0).threads().get(0).holds().get(0).mode());
        assertEquals("read-write-lock", findings.get(0).locks().get(1).kind());
    }

    @Test
    void reportsThreadAskingForTheWriteLockWhileHoldingTheReadLockAsDeadlockOfOneThread() {
        Scenario s = new Scenario();
        Resource rw = s.readWriteLock();
        s.thread("upgrader").holdsRead(rw, at("Cache.refresh", 1)).waitsFor(rw, at("Cache.refresh", 2));

        List<DeadlockFinding> findings = detector.find(s.snapshots());

        assertEquals(List.of(List.of("upgrader")), cycles(findings));
        assertEquals(List.of("upgrader"), findings.get(0).locks().get(0).heldBy());
    }

    @Test
    void aThreadHoldingTheWriteLockMayTakeTheReadLock() {
        Scenario s = new Scenario();
        Resource rw = s.readWriteLock();
        s.thread("downgrader").holds(rw, at("Cache.refresh", 1)).waitsForRead(rw, at("Cache.refresh", 2));

        assertEquals(List.of(), detector.find(s.snapshots()));
    }

    @Test
    void reportsJoinOfAThreadThatWaitsForALockTheJoinerHolds() {
        Scenario s = new Scenario();
        Resource m = s.monitor();
        Scenario.ThreadBuilder main = s.thread("main");
        Scenario.ThreadBuilder worker = s.thread("worker").waitsFor(m, at("Worker.run", 7));
        main.holds(m, at("Main.main", 3)).joins(worker, at("Main.main", 4));

        List<DeadlockFinding> findings = detector.find(s.snapshots());

        assertEquals(List.of(List.of("main", "worker")), cycles(findings));
        DeadlockFinding d = findings.get(0);
        assertEquals("thread \"worker\" (id 22)", d.threads().get(0).waitsFor());
        LockInfo joined = d.locks().get(0);
        assertEquals("thread", joined.kind());
        assertEquals(List.of("worker"), joined.heldBy());
        assertEquals(List.of(), joined.acquiredAt());
    }

    @Test
    void reportsThreadJoiningItselfAsDeadlockOfOneThread() {
        Scenario s = new Scenario();
        Scenario.ThreadBuilder main = s.thread("main");
        main.joins(main, at("Main.main", 4));

        assertEquals(List.of(List.of("main")), cycles(detector.find(s.snapshots())));
    }

    @Test
    void aThreadAskingAgainForAMonitorItHoldsDoesNotWaitForItself() {
        Scenario s = new Scenario();
        Resource m = s.monitor();
        s.thread("T1").holds(m, Mode.EXCLUSIVE, 2, at("A.run", 1)).waitsFor(m, at("A.run", 3));

        assertEquals(List.of(), detector.find(s.snapshots()));
    }

    @Test
    void reportsCycleThroughLocksHeldReentrantly() {
        Scenario s = new Scenario();
        Resource a = s.monitor();
        Resource b = s.monitor();
        s.thread("T1").holds(a, Mode.EXCLUSIVE, 3, at("A.run", 1)).waitsFor(b, at("A.run", 2));
        s.thread("T2").holds(b, Mode.EXCLUSIVE, 2, at("B.run", 1)).waitsFor(a, at("B.run", 2));

        assertEquals(List.of(List.of("T1", "T2")), cycles(detector.find(s.snapshots())));
    }

    @Test
    void reportsACycleOnceWhicheverThreadItIsSeenFrom() {
        Scenario s = new Scenario();
        Resource a = s.monitor();
        Resource b = s.monitor();
        Resource c = s.monitor();
        s.thread("T1").holds(a, at("A.run", 1)).waitsFor(b, at("A.run", 2));
        s.thread("T2").holds(b, at("B.run", 1)).waitsFor(c, at("B.run", 2));
        s.thread("T3").holds(c, at("C.run", 1)).waitsFor(a, at("C.run", 2));
        List<ThreadSnapshot> reversed = new ArrayList<>(s.snapshots());
        Collections.reverse(reversed);

        List<DeadlockFinding> findings = detector.find(reversed);

        assertEquals(List.of(List.of("T1", "T2", "T3")), cycles(findings));
        assertEquals(detector.find(s.snapshots()), findings);
    }

    @Test
    void reportsSeparateDeadlocksInOrderOfTheirThreadIds() {
        Scenario s = new Scenario();
        Resource a = s.monitor();
        Resource b = s.monitor();
        Resource c = s.monitor();
        Resource d = s.monitor();
        s.thread("T1").holds(c, at("A.run", 1)).waitsFor(d, at("A.run", 2));
        s.thread("T2").holds(a, at("B.run", 1)).waitsFor(b, at("B.run", 2));
        s.thread("T3").holds(b, at("B.run", 1)).waitsFor(a, at("B.run", 2));
        s.thread("T4").holds(d, at("A.run", 1)).waitsFor(c, at("A.run", 2));

        assertEquals(List.of(List.of("T1", "T4"), List.of("T2", "T3")), cycles(detector.find(s.snapshots())));
    }

    @Test
    void givesTheSameDeadlockTheSameIdWhateverTheThreadIdsAndLockHashes() {
        Scenario other = new Scenario();
        other.thread("bystander");
        Resource a = other.monitor(0x11);
        Resource b = other.monitor(0x22);
        other.thread("X").holds(b, at("Bank.transfer", 30)).waitsFor(a, at("Bank.transfer", 31));
        other.thread("Y").holds(a, at("Bank.transfer", 30)).waitsFor(b, at("Bank.transfer", 31));

        String id = detector.find(twoThreadsInOppositeOrder().snapshots()).get(0).id();

        assertEquals(id, detector.find(other.snapshots()).get(0).id());
    }

    @Test
    void stopsAtTheCycleLimitAndSaysSo() {
        Scenario s = new Scenario();
        Resource rw = s.readWriteLock();
        for (int i = 0; i < 4; i++) {
            s.thread("upgrader-" + i).holdsRead(rw, at("Cache.refresh", 1)).waitsFor(rw, at("Cache.refresh", 2));
        }

        DeadlockDetector.Result all = detector.search(s.snapshots());
        DeadlockDetector.Result capped = detector.withMaxCycles(5).search(s.snapshots());

        assertEquals(4 + 6 + 8 + 6, all.findings().size()); // every simple cycle of 4 threads, self-loops included
        assertEquals(List.of(), all.notes());
        assertEquals(5, capped.findings().size());
        assertEquals(List.of("deadlock search stopped after 5 cycles; there are more"), capped.notes());
    }

    @Test
    void sameSnapshotsGiveTheSameFindingsInTheSameOrder() {
        Scenario s = new Scenario();
        Resource rw = s.readWriteLock();
        for (int i = 0; i < 3; i++) {
            s.thread("upgrader-" + i).holdsRead(rw, at("Cache.refresh", 1)).waitsFor(rw, at("Cache.refresh", 2));
        }

        assertEquals(detector.find(s.snapshots()), new DeadlockDetector().find(s.snapshots()));
    }

    @Test
    void derivesTheStackOfEachAcquisitionFromTheCurrentStackWithoutWeftFrames() {
        Scenario s = new Scenario();
        Resource a = s.monitor();
        Resource b = s.monitor();
        Resource c = s.monitor();
        Site threadRun = new Site("java.lang.Thread", "run", "Thread.java", 833);
        s.thread("T1")
                .holds(a, at("Bank.transfer", 30))
                .holds(c, at("Bank.audit", 12))
                .waitsFor(b, at("Bank.transfer", 31))
                .stack(new Site("dev.weft.runtime.Weft", "beforeMonitorEnter", "Weft.java", 50),
                        new Site("dev.weft.agent.Hooks", "enter", "Hooks.java", 9),
                        at("Bank.transfer", 31), at("Bank.transfer", 35), at("Bank.run", 50), threadRun);
        s.thread("T2").holds(b, at("Bank.transfer", 30)).waitsFor(a, at("Bank.transfer", 31));

        BlockedThread t1 = detector.find(s.snapshots()).get(0).threads().get(0);

        assertEquals(List.of(at("Bank.transfer", 31), at("Bank.transfer", 35), at("Bank.run", 50), threadRun),
                t1.stack());
        assertEquals(List.of(at("Bank.transfer", 30), at("Bank.transfer", 35), at("Bank.run", 50), threadRun),
                t1.holds().get(0).stack(), "innermost frame of the taking method, then the frames outside it");
        assertEquals(List.of(at("Bank.audit", 12)), t1.holds().get(1).stack(), "method no longer on the stack");
    }

    @Test
    void findingsSayTheyWereFoundByTheJvmWhenTheSnapshotsCameFromIt() {
        List<DeadlockFinding> findings = detector.withDetectedBy(DetectedBy.JVM)
                .find(twoThreadsInOppositeOrder().snapshots());

        assertEquals(DetectedBy.JVM, findings.get(0).detectedBy());
    }

    @Test
    void rejectsTwoSnapshotsOfOneThread() {
        ThreadSnapshot t = new ThreadSnapshot(5, "T", List.of(), null, List.of());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> detector.find(List.of(t, t)));
        assertEquals("thread 5 (\"T\") appears twice", e.getMessage());
    }

    // sem21: a semaphore used as a mutex

    @Test
    void reportsACycleOfASemaphoresPermitAndAMonitor() {
        Scenario s = new Scenario();
        Resource counter = s.semaphore();
        Resource queue = s.monitor();
        s.thread("clerk").holds(counter, at("Desk.serveNext", 31)).waitsFor(queue, at("Desk.serveNext", 38));
        s.thread("walk-in").holds(queue, at("Desk.walkIn", 48)).waitsFor(counter, at("Desk.serve", 22));

        List<DeadlockFinding> findings = detector.find(s.snapshots());

        assertEquals(List.of(List.of("clerk", "walk-in")), cycles(findings));
        LockInfo permit = findings.get(0).locks().stream().filter(l -> l.kind().equals("semaphore")).findFirst().orElseThrow();
        assertEquals(List.of("clerk"), permit.heldBy());
    }

    @Test
    void aThreadAskingForASemaphoresPermitItHoldsWaitsForItself() {
        Scenario s = new Scenario();
        Resource counter = s.semaphore();
        s.thread("clerk").holds(counter, at("Desk.serveNext", 31)).waitsFor(counter, at("Desk.serve", 22));

        List<DeadlockFinding> findings = detector.find(s.snapshots());

        assertEquals(List.of(List.of("clerk")), cycles(findings));
        assertEquals(List.of("clerk"), findings.get(0).locks().get(0).heldBy());
    }

    @Test
    void aThreadAskingAgainForALockItHoldsStillDoesNotWaitForItself() {
        Scenario s = new Scenario();
        Resource lock = s.reentrantLock();
        s.thread("clerk").holds(lock, at("Desk.serveNext", 31)).waitsFor(lock, at("Desk.serve", 22));

        assertEquals(List.of(), detector.find(s.snapshots()));
    }
}
