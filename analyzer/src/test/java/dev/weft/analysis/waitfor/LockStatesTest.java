package dev.weft.analysis.waitfor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.weft.report.DeadlockFinding;
import dev.weft.report.DeadlockFinding.BlockedThread;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The detector on event sequences, through {@link LockStates}. */
class LockStatesTest {

    private final DeadlockDetector detector = new DeadlockDetector();
    private final EventScript script = new EventScript();
    private final long a = script.monitor();
    private final long b = script.monitor();
    private final long t1 = script.thread("T1");
    private final long t2 = script.thread("T2");

    private List<List<String>> cycles() {
        return detector.find(script.snapshots()).stream()
                .map(d -> d.threads().stream().map(BlockedThread::name).toList()).toList();
    }

    private ThreadSnapshot snapshot(long tid) {
        return script.snapshots().stream().filter(t -> t.tid() == tid).findFirst().orElseThrow();
    }

    @Test
    void reportsTwoThreadsTakingTwoMonitorsInOppositeOrder() {
        script.lock(t1, a, 30).lock(t2, b, 40).request(t1, b, 31).request(t2, a, 41);

        List<DeadlockFinding> findings = detector.find(script.snapshots());

        assertEquals(List.of(List.of("T1", "T2")), cycles());
        assertEquals(Scenario.at("Bank.transfer", 31), findings.get(0).threads().get(0).waitSite());
        assertEquals(Scenario.at("Bank.transfer", 30), findings.get(0).threads().get(0).holds().get(0).site());
    }

    @Test
    void reportsNothingOnceOneThreadReleasedItsLockInTime() {
        script.lock(t1, a, 30).lock(t2, b, 40).request(t1, b, 31).release(t2, b, 42).acquire(t1, b, 31)
                .request(t2, a, 41);

        assertEquals(List.of(), cycles());
    }

    @Test
    void aReentrantHoldLastsUntilAsManyReleases() {
        script.lock(t1, a, 30).lock(t1, a, 32).release(t1, a, 33).lock(t2, b, 40).request(t2, a, 41)
                .request(t1, b, 34);

        assertEquals(List.of(List.of("T1", "T2")), cycles());
        assertEquals(1, snapshot(t1).holds().get(0).count());
        assertEquals(Scenario.at("Bank.transfer", 30), snapshot(t1).holds().get(0).site(), "the first acquisition");

        script.release(t1, a, 35);

        assertEquals(List.of(), snapshot(t1).holds());
    }

    @Test
    void askingAgainForAHeldMonitorIsNotADeadlock() {
        script.lock(t1, a, 30).request(t1, a, 32);

        assertEquals(List.of(), cycles());
    }

    @Test
    void aMonitorWaitGivesUpTheMonitorUntilItEnds() {
        script.lock(t1, a, 30).lock(t1, a, 31).waitOn(t1, a, 32).lock(t2, a, 40);

        assertEquals(List.of(), snapshot(t1).holds());
        assertEquals(List.of(), cycles());

        script.release(t2, a, 41).wakeUp(t1, a, 32);

        assertEquals(2, snapshot(t1).holds().get(0).count());
        assertNull(snapshot(t1).waiting());
    }

    @Test
    void reportsAMonitorWaitWhoseMonitorIsHeldByAThreadWaitingForTheWaiter() {
        script.lock(t1, b, 29).lock(t1, a, 30).waitOn(t1, a, 32).lock(t2, a, 40).request(t2, b, 41);

        List<DeadlockFinding> findings = detector.find(script.snapshots());

        assertEquals(List.of(List.of("T1", "T2")), cycles());
        assertEquals(Scenario.at("Bank.transfer", 32), findings.get(0).threads().get(0).waitSite());
    }

    @Test
    void timedRequestsNeverDeadlock() {
        script.lock(t1, a, 30).lock(t2, b, 40).requestAtMost(t1, b, 31).request(t2, a, 41);

        assertEquals(List.of(), cycles());
    }

    @Test
    void aRequestThatGaveUpNoLongerWaits() {
        script.lock(t1, a, 30).lock(t2, b, 40).requestAtMost(t1, b, 31).giveUp(t1, b, 31).request(t2, a, 41);

        assertNull(snapshot(t1).waiting());
        assertEquals(List.of(), cycles());
    }

    @Test
    void readersDoNotBlockEachOtherButAWriterWaitsForThem() {
        long rw = script.readWriteLock();
        script.requestRead(t1, rw, 30).acquireRead(t1, rw, 30).lock(t2, a, 40).request(t1, a, 31)
                .requestRead(t2, rw, 41);

        assertEquals(List.of(), cycles());

        script.request(t2, rw, 42);

        assertEquals(List.of(List.of("T1", "T2")), cycles());
    }

    @Test
    void reportsAJoinOfAThreadThatWaitsForALockTheJoinerHolds() {
        script.lock(t1, a, 30).request(t2, a, 40).join(t1, t2, 31, false);

        assertEquals(List.of(List.of("T1", "T2")), cycles());

        script.joinEnded(t1, t2, 31);

        assertEquals(List.of(), cycles());
    }

    @Test
    void aTimedJoinNeverDeadlocks() {
        script.lock(t1, a, 30).request(t2, a, 40).join(t1, t2, 31, true);

        assertEquals(List.of(), cycles());
    }

    @Test
    void aReleaseOfALockNeverSeenTakenIsIgnored() {
        script.release(t1, a, 30);

        assertEquals(List.of(), snapshot(t1).holds());
    }
}
