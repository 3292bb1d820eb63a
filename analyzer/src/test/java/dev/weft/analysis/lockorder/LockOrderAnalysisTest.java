package dev.weft.analysis.lockorder;

import static dev.weft.analysis.lockorder.LockOrderScript.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.analysis.cycle.CycleSearch;
import dev.weft.report.LockOrderFinding;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LockOrderAnalysisTest {

    private final LockOrderScript s = new LockOrderScript();

    private static List<String> lockNames(LockOrderFinding finding) {
        return finding.locks().stream().map(LockOrderFinding.Lock::name).toList();
    }

    private static List<String> threads(LockOrderFinding finding) {
        return finding.edges().stream().map(LockOrderFinding.Edge::thread).toList();
    }

    @Test
    void reportsInversionWhenTwoThreadsNestInOppositeOrder() {
        long a = s.monitor();
        long b = s.monitor();
        long t1 = s.thread("transfer-1");
        long t2 = s.thread("transfer-2");
        s.nest(t1, a, 30, b, 31).nest(t2, b, 40, a, 41);

        List<LockOrderFinding> findings = s.findings();

        assertEquals(1, findings.size());
        LockOrderFinding f = findings.get(0);
        assertEquals("lock-order", f.kind());
        assertTrue(f.id().startsWith("lock-order:"), f.id());
        assertEquals(List.of("java.lang.Object@1064", "java.lang.Object@1065"), lockNames(f));
        assertEquals(new LockOrderFinding.Lock("java.lang.Object@1064", "java.lang.Object", 0x1064, "monitor", null),
                f.locks().get(0));
        assertEquals(new LockOrderFinding.Edge("java.lang.Object@1064", "exclusive", "java.lang.Object@1065", "exclusive",
                "transfer-1", t1, at(30), at(31), List.of(at(30)), List.of(at(31)), 1), f.edges().get(0));
        assertEquals(new LockOrderFinding.Edge("java.lang.Object@1065", "exclusive", "java.lang.Object@1064", "exclusive",
                "transfer-2", t2, at(40), at(41), List.of(at(40)), List.of(at(41)), 1), f.edges().get(1));
    }

    @Test
    void anEdgeSaysWhichOfItsThreadsRequestsTookItsFirstLock() {
        long a = s.monitor();
        long b = s.reentrantLock();
        long c = s.monitor();
        long t1 = s.thread("shift-1");
        long t2 = s.thread("shift-2");
        // shift-1 takes b then c twice (requests 1 to 4), then a by its fifth request, then b
        s.nest(t1, b, 10, c, 11).nest(t1, b, 10, c, 11).nest(t1, a, 12, b, 13).nest(t2, b, 20, a, 21);

        List<LockOrderFinding> findings = s.findings();

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(List.of(5, 1), findings.get(0).edges().stream().map(LockOrderFinding.Edge::fromRequest).toList());
    }

    @Test
    void whichRequestTookALockTakenByATryLockIsNotKnown() {
        long a = s.monitor();
        long b = s.reentrantLock();
        long t1 = s.thread("shift-1");
        long t2 = s.thread("shift-2");
        s.nest(t1, a, 10, b, 11).tryLockAtMost(t2, b, 20).lock(t2, a, 21).unlock(t2, a).unlock(t2, b);

        List<LockOrderFinding> findings = s.findings();

        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Arrays.asList(1, null),
                findings.get(0).edges().stream().map(LockOrderFinding.Edge::fromRequest).toList());
    }

    @Test
    void reportsThreeLockCycleAcrossThreeThreads() {
        long a = s.monitor();
        long b = s.monitor();
        long c = s.monitor();
        long t1 = s.thread("T1");
        long t2 = s.thread("T2");
        long t3 = s.thread("T3");
        s.nest(t1, a, 10, b, 11).nest(t2, b, 20, c, 21).nest(t3, c, 30, a, 31);

        List<LockOrderFinding> findings = s.findings();

        assertEquals(1, findings.size());
        assertEquals(List.of("java.lang.Object@1064", "java.lang.Object@1065", "java.lang.Object@1066"),
                lockNames(findings.get(0)));
        assertEquals(List.of("T1", "T2", "T3"), threads(findings.get(0)));
    }

    @Test
    void staysSilentWhenOneThreadTakesBothOrders() {
        long a = s.monitor();
        long b = s.monitor();
        long t1 = s.thread("T1");
        s.nest(t1, a, 10, b, 11).nest(t1, b, 20, a, 21);

        assertEquals(List.of(), s.findings());
    }

    @Test
    void staysSilentWhenAGateLockGuardsBothOrders() {
        long gate = s.reentrantLock();
        long a = s.monitor();
        long b = s.monitor();
        long t1 = s.thread("T1");
        long t2 = s.thread("T2");
        s.lock(t1, gate, 9).nest(t1, a, 10, b, 11).unlock(t1, gate);
        s.lock(t2, gate, 19).nest(t2, b, 20, a, 21).unlock(t2, gate);

        assertEquals(List.of(), s.findings());
    }

    @Test
    void reportsInversionWhenBothThreadsHoldTheSameReadLockAsGate() {
        long gate = s.readWriteLock();
        long a = s.monitor();
        long b = s.monitor();
        long t1 = s.thread("T1");
        long t2 = s.thread("T2");
        s.readLock(t1, gate, 9).nest(t1, a, 10, b, 11).readUnlock(t1, gate);
        s.readLock(t2, gate, 19).nest(t2, b, 20, a, 21).readUnlock(t2, gate);

        assertEquals(1, s.findings().size(), "two readers can both be inside the read lock");
    }

    @Test
    void staysSilentWhenTheFirstThreadIsJoinedBeforeTheSecondStarts() {
        long a = s.monitor();
        long b = s.monitor();
        long main = s.thread("main");
        long t1 = s.thread("T1");
        long t2 = s.thread("T2");
        s.start(main, t1).nest(t1, a, 10, b, 11).join(main, t1);
        s.start(main, t2).nest(t2, b, 20, a, 21).join(main, t2);

        assertEquals(List.of(), s.findings());
    }

    @Test
    void staysSilentWhenTheParentTookTheLocksBeforeStartingTheChild() {
        long a = s.monitor();
        long b = s.monitor();
        long main = s.thread("main");
        long t1 = s.thread("T1");
        s.nest(main, a, 10, b, 11).start(main, t1).nest(t1, b, 20, a, 21);

        assertEquals(List.of(), s.findings());
    }

    @Test
    void reportsInversionBetweenThreadsStartedBeforeEitherIsJoined() {
        long a = s.monitor();
        long b = s.monitor();
        long main = s.thread("main");
        long t1 = s.thread("T1");
        long t2 = s.thread("T2");
        s.start(main, t1).start(main, t2).nest(t1, a, 10, b, 11).nest(t2, b, 20, a, 21).join(main, t1).join(main, t2);

        assertEquals(1, s.findings().size());
    }

    @Test
    void reportsInversionWithTheParentAfterItStartedTheChild() {
        long a = s.monitor();
        long b = s.monitor();
        long main = s.thread("main");
        long t1 = s.thread("T1");
        s.nest(main, a, 10, b, 11).start(main, t1).nest(t1, b, 20, a, 21).nest(main, a, 12, b, 13);

        List<LockOrderFinding> findings = s.findings();

        assertEquals(1, findings.size());
        assertEquals(at(13), findings.get(0).edges().get(0).toSite(), "the witness after the start, not the one before");
    }

    @Test
    void reentrantAcquisitionAddsNoEdge() {
        long a = s.monitor();
        long b = s.monitor();
        long t1 = s.thread("T1");
        long t2 = s.thread("T2");
        s.lock(t1, a, 10).lock(t1, b, 11).lock(t1, a, 12).unlock(t1, a).unlock(t1, b).unlock(t1, a);
        s.lock(t2, a, 20).lock(t2, b, 21).unlock(t2, b).unlock(t2, a);

        assertEquals(List.of(), s.findings(), "b then a again is reentrant: no b => a edge");
    }

    @Test
    void staysSilentWhenBothThreadsTakeTheSameReadWriteLockForReading() {
        long rw = s.readWriteLock();
        long m = s.monitor();
        long t1 = s.thread("T1");
        long t2 = s.thread("T2");
        s.readLock(t1, rw, 10).lock(t1, m, 11).unlock(t1, m).readUnlock(t1, rw);
        s.lock(t2, m, 20).readLock(t2, rw, 21).readUnlock(t2, rw).unlock(t2, m);

        assertEquals(List.of(), s.findings());
    }

    @Test
    void reportsInversionWhenOneThreadReadsAndTheOtherWritesTheReadWriteLock() {
        long rw = s.readWriteLock();
        long m = s.monitor();
        long t1 = s.thread("T1");
        long t2 = s.thread("T2");
        s.readLock(t1, rw, 10).lock(t1, m, 11).unlock(t1, m).readUnlock(t1, rw);
        s.lock(t2, m, 20).lock(t2, rw, 21).unlock(t2, rw).unlock(t2, m);

        List<LockOrderFinding> findings = s.findings();

        assertEquals(1, findings.size());
        LockOrderFinding.Edge first = findings.get(0).edges().get(0);
        assertEquals("read-write-lock", findings.get(0).locks().get(0).kind());
        assertEquals("shared", first.fromMode());
        assertEquals("exclusive", findings.get(0).edges().get(1).toMode());
    }

    @Test
    void reportsCycleOfAMonitorAndALock() {
        long m = s.monitor();
        long l = s.reentrantLock();
        long t1 = s.thread("T1");
        long t2 = s.thread("T2");
        s.nest(t1, m, 10, l, 11).nest(t2, l, 20, m, 21);

        List<LockOrderFinding> findings = s.findings();

        assertEquals(1, findings.size());
        assertEquals(List.of("monitor", "lock"), findings.get(0).locks().stream().map(LockOrderFinding.Lock::kind).toList());
    }

    @Test
    void staysSilentWhenTheInnerLockIsTakenByATimedTryLock() {
        long a = s.monitor();
        long b = s.reentrantLock();
        long t1 = s.thread("T1");
        long t2 = s.thread("T2");
        s.lock(t1, a, 10).tryLockAtMost(t1, b, 11).unlock(t1, b).unlock(t1, a);
        s.nest(t2, b, 20, a, 21);

        assertEquals(List.of(), s.findings());
    }

    @Test
    void doesNotRepeatACycleThatReallyDeadlocked() {
        long a = s.monitor();
        long b = s.monitor();
        long t1 = s.thread("T1");
        long t2 = s.thread("T2");
        s.lock(t1, a, 10).lock(t2, b, 20).request(t1, b, 11).request(t2, a, 21);

        assertEquals(List.of(), s.search(List.of(Set.of(a, b))).findings());
        assertEquals(1, s.search(List.of()).findings().size(), "without the real deadlock, the cycle is reported");
    }

    @Test
    void reportsTheSameCodeOnOtherLocksOnce() {
        long t1 = s.thread("T1");
        long t2 = s.thread("T2");
        for (int i = 0; i < 3; i++) {
            long a = s.monitor();
            long b = s.monitor();
            s.nest(t1, a, 30, b, 31).nest(t2, b, 30, a, 31);
        }

        assertEquals(1, s.findings().size());
    }

    @Test
    void ordersFindingsByIdTheSameWayEveryTime() {
        long t1 = s.thread("T1");
        long t2 = s.thread("T2");
        for (int line = 10; line < 60; line += 10) {
            long a = s.monitor();
            long b = s.monitor();
            s.nest(t1, a, line, b, line + 1).nest(t2, b, line + 2, a, line + 3);
        }

        List<LockOrderFinding> findings = s.findings();

        assertEquals(5, findings.size());
        List<String> ids = findings.stream().map(LockOrderFinding::id).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
        assertEquals(findings, s.findings());
    }

    @Test
    void saysWhenItSkipsLongerCyclesThanItsLimit() {
        ring(CycleSearch.SEARCHED_WHOLE + 1);

        LockOrderDetector.Result result = new LockOrderAnalysis(s)
                .withDetector(new LockOrderDetector(s).withMaxCycleLength(2)).search(s.events(), List.of());

        assertEquals(List.of(), result.findings());
        assertEquals(List.of("lock-order search looked for cycles of at most 2 locks; longer ones were not examined"),
                result.notes());
    }

    /** Five dining philosophers: a cycle longer than the length bound, among few enough locks to be searched whole. */
    @Test
    void findsACycleLongerThanItsLimitAmongFewLocks() {
        ring(5);

        LockOrderDetector.Result result = new LockOrderAnalysis(s).search(s.events(), List.of());

        assertEquals(1, result.findings().size(), result.findings().toString());
        assertEquals(5, result.findings().get(0).locks().size(), result.findings().toString());
        assertEquals(List.of(), result.notes());
    }

    /** {@code size} threads, the i-th taking lock i then lock i+1 (the last, the first): one cycle of {@code size} locks. */
    private void ring(int size) {
        long[] locks = new long[size];
        for (int i = 0; i < size; i++) {
            locks[i] = s.monitor();
        }
        for (int i = 0; i < size; i++) {
            s.nest(s.thread("T" + i), locks[i], 10 * (i + 1), locks[(i + 1) % size], 10 * (i + 1) + 1);
        }
    }

    @Test
    void namesWhereALockComesFromWhenKnown() {
        long a = s.monitor();
        long b = s.monitor();
        s.origin(a, "field com.example.Bank.ledger");
        s.nest(s.thread("T1"), a, 10, b, 11).nest(s.thread("T2"), b, 20, a, 21);

        LockOrderFinding f = s.findings().get(0);

        assertEquals("field com.example.Bank.ledger", f.locks().get(0).origin());
        assertNull(f.locks().get(1).origin());
    }
}
