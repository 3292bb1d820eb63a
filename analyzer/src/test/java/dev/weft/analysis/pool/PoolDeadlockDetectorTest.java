package dev.weft.analysis.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.report.DeadlockFinding;
import dev.weft.report.DeadlockFinding.BlockedThread;
import dev.weft.report.DeadlockFinding.LockInfo;
import dev.weft.trace.Site;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule of thread-pool deadlocks on moments written out by hand: threads, what each waits for, and the pools. */
class PoolDeadlockDetectorTest {

    private static final long POOL = 100;
    private static final Site MAIN_GET = new Site("app.Report", "main", "Report.java", 20);
    private static final Site WORKER_GET = new Site("app.Report", "lambda$main$1", "Report.java", 18);
    private static final Site SUBMIT = new Site("app.Report", "lambda$main$1", "Report.java", 17);

    private final PoolDeadlockDetector detector = new PoolDeadlockDetector();

    private static PoolThread waiting(long tid, String name, Awaited awaited, Site site) {
        return new PoolThread(tid, name, true, awaited, List.of(site));
    }

    private static Awaited queuedFuture(long id) {
        return new Awaited(id, "future", "java.util.concurrent.FutureTask", (int) id, -1, POOL, SUBMIT);
    }

    private static Awaited runningFuture(long id, long runner) {
        return new Awaited(id, "future", "java.util.concurrent.FutureTask", (int) id, runner, -1, null);
    }

    private static Pool pool(List<Long> workers, int busy, int queued) {
        return new Pool(POOL, "java.util.concurrent.ThreadPoolExecutor", 0xabc, workers, busy, queued, List.of(SUBMIT));
    }

    /** NestedTaskSinglePool: the only worker waits for a task queued behind it, main for the worker's task. */
    @Test
    void reportsTheOnlyWorkerWaitingForATaskQueuedBehindItAndTheSubmitterWaitingForIt() {
        List<DeadlockFinding> found = detector.find(List.of(
                waiting(1, "main", runningFuture(11, 15), MAIN_GET),
                waiting(15, "pool-1-thread-1", queuedFuture(12), WORKER_GET)), List.of(pool(List.of(15L), 1, 1)));

        assertEquals(1, found.size());
        DeadlockFinding finding = found.get(0);
        assertEquals(DeadlockFinding.DetectedBy.THREAD_POOLS, finding.detectedBy());
        assertEquals(List.of("pool-1-thread-1 waits for java.util.concurrent.FutureTask@c at " + WORKER_GET,
                "main waits for java.util.concurrent.FutureTask@b at " + MAIN_GET),
                finding.threads().stream().map(PoolDeadlockDetectorTest::line).toList());
        assertEquals(List.of(
                "java.util.concurrent.FutureTask@c queued-task held by [] waited for by [pool-1-thread-1] submitted at [" + SUBMIT + "]",
                "java.util.concurrent.FutureTask@b future held by [pool-1-thread-1] waited for by [main] submitted at []",
                "java.util.concurrent.ThreadPoolExecutor@abc thread-pool held by [pool-1-thread-1] waited for by [pool-1-thread-1] "
                        + "submitted at [" + SUBMIT + "]"),
                finding.locks().stream().map(PoolDeadlockDetectorTest::line).toList());
    }

    /** ReportSingleWorker's shape with an untimed flush: the worker waits on a latch, main for a queued task. */
    @Test
    void reportsAWorkerWaitingOnALatchWhileTasksWaitInItsQueue() {
        Awaited latch = Awaited.object(7, "latch", "java.util.concurrent.CountDownLatch$Sync", 7);
        List<DeadlockFinding> found = detector.find(List.of(
                waiting(1, "main", queuedFuture(12), MAIN_GET),
                waiting(15, "pool-1-thread-1", latch, WORKER_GET)), List.of(pool(List.of(15L), 1, 2)));

        assertEquals(List.of("pool-1-thread-1", "main"),
                found.get(0).threads().stream().map(BlockedThread::name).toList());
    }

    /** A timed get, a running thread, a sleeping one: any thread that can go on makes the moment no deadlock. */
    @Test
    void staysSilentWhenAnyThreadOfTheProgramCanGoOn() {
        List<PoolThread> stuck = List.of(
                waiting(1, "main", runningFuture(11, 15), MAIN_GET),
                waiting(15, "pool-1-thread-1", queuedFuture(12), WORKER_GET));
        assertEquals(1, detector.find(stuck, List.of(pool(List.of(15L), 1, 1))).size());

        assertTrue(detector.find(List.of(stuck.get(0), PoolThread.goingOn(15, "pool-1-thread-1")),
                List.of(pool(List.of(15L), 1, 1))).isEmpty(), "the worker's get is timed");
        assertTrue(detector.find(List.of(stuck.get(0), stuck.get(1), PoolThread.goingOn(20, "watcher")),
                List.of(pool(List.of(15L), 1, 1))).isEmpty(), "another thread may still cancel or run");
    }

    /** A pool with an idle thread, or an empty queue (a cached pool's), or a thread the caller did not list, is not full. */
    @Test
    void staysSilentWhenThePoolIsNotFull() {
        List<PoolThread> threads = List.of(
                waiting(1, "main", runningFuture(11, 15), MAIN_GET),
                waiting(15, "pool-1-thread-1", queuedFuture(12), WORKER_GET),
                waiting(16, "pool-1-thread-2", Awaited.object(9, "synchronizer", "Condition", 9), WORKER_GET));

        assertTrue(detector.find(threads, List.of(pool(List.of(15L, 16L), 1, 1))).isEmpty(), "thread 2 waits for a task");
        assertTrue(detector.find(threads, List.of(pool(List.of(15L, 16L), 2, 0))).isEmpty(), "nothing is queued");
        assertTrue(detector.find(threads, List.of(pool(List.of(15L, 17L), 2, 1))).isEmpty(), "thread 17 is not known");
    }

    /** Threads that wait for something unrelated to the pool are not part of its finding. */
    @Test
    void leavesOutThreadsThatDoNotWaitForThePool() {
        List<DeadlockFinding> found = detector.find(List.of(
                waiting(1, "main", runningFuture(11, 15), MAIN_GET),
                waiting(15, "pool-1-thread-1", queuedFuture(12), WORKER_GET),
                waiting(30, "listener", Awaited.object(40, "monitor", "java.lang.Object", 40), MAIN_GET)),
                List.of(pool(List.of(15L), 1, 1)));

        assertEquals(List.of("pool-1-thread-1", "main"), found.get(0).threads().stream().map(BlockedThread::name).toList());
    }

    /** A pool thread blocked on a monitor or a lock: the wait-for graph reports that deadlock, with the holders. */
    @Test
    void leavesAPoolWithAThreadWaitingForALockToTheLockDetectors() {
        for (String kind : List.of("monitor", "lock")) {
            assertTrue(detector.find(List.of(
                    waiting(1, "main", runningFuture(11, 15), MAIN_GET),
                    waiting(15, "pool-1-thread-1", Awaited.object(40, kind, "java.lang.Object", 40), WORKER_GET)),
                    List.of(pool(List.of(15L), 1, 1))).isEmpty(), kind);
        }
    }

    private static String line(BlockedThread thread) {
        return thread.name() + " waits for " + thread.waitsFor() + " at " + thread.waitSite();
    }

    private static String line(LockInfo lock) {
        return lock.name() + " " + lock.kind() + " held by " + lock.heldBy() + " waited for by " + lock.waitedForBy()
                + " submitted at " + lock.acquiredAt();
    }
}
