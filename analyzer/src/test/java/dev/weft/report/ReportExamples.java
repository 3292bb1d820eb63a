package dev.weft.report;

import dev.weft.analysis.lockorder.LockOrderDetector;
import dev.weft.analysis.lockorder.LockOrderGraph;
import dev.weft.analysis.lockorder.LockingThread;
import dev.weft.analysis.race.RaceDetector;
import dev.weft.analysis.waitfor.DeadlockDetector;
import dev.weft.analysis.waitfor.Hold;
import dev.weft.analysis.waitfor.Mode;
import dev.weft.analysis.waitfor.Resource;
import dev.weft.analysis.waitfor.ThreadSnapshot;
import dev.weft.analysis.waitfor.Wait;
import dev.weft.trace.ArrayWritten;
import dev.weft.trace.Event;
import dev.weft.trace.FieldRead;
import dev.weft.trace.FieldWritten;
import dev.weft.trace.LockAcquired;
import dev.weft.trace.LockReleased;
import dev.weft.trace.Site;
import java.util.ArrayList;
import java.util.List;

/** Test-only findings of known content, made by the detectors from snapshots or events. */
public final class ReportExamples {

    private static final Resource FROM = new Resource(1, Resource.Kind.MONITOR, "java.lang.Object", 0x1b6d3586);
    private static final Resource TO = new Resource(2, Resource.Kind.MONITOR, "java.lang.Object", 0x4e25154f);
    private static final Site THREAD_RUN = new Site("java.lang.Thread", "run", "Thread.java", 833);

    private ReportExamples() { }

    public static Site bank(String method, int line) {
        return new Site("com.example.Bank", method, "Bank.java", line);
    }

    /** Two transfers in opposite directions, each holding one account's monitor and waiting for the other's. */
    public static DeadlockFinding transfers() {
        ThreadSnapshot first = new ThreadSnapshot(21, "transfer-1",
                List.of(new Hold(FROM, Mode.EXCLUSIVE, 1, bank("transfer", 30))),
                new Wait(TO, Mode.EXCLUSIVE, bank("transfer", 31), false),
                List.of(new Site("dev.weft.runtime.Weft", "beforeMonitorEnter", "Weft.java", 52),
                        bank("transfer", 31), bank("lambda$main$0", 50), THREAD_RUN));
        ThreadSnapshot second = new ThreadSnapshot(22, "transfer-2",
                List.of(new Hold(TO, Mode.EXCLUSIVE, 1, bank("transfer", 30))),
                new Wait(FROM, Mode.EXCLUSIVE, bank("transfer", 31), false),
                List.of(bank("transfer", 31), bank("lambda$main$1", 51), THREAD_RUN));
        return new DeadlockDetector().find(List.of(first, second)).get(0);
    }

    /** One thread that holds a read lock and asks for the write lock of the same read-write lock. */
    public static DeadlockFinding upgrade() {
        Resource rw = new Resource(3, Resource.Kind.READ_WRITE_LOCK,
                "java.util.concurrent.locks.ReentrantReadWriteLock", 0x5e2de80c);
        ThreadSnapshot upgrader = new ThreadSnapshot(7, "cache-refresher",
                List.of(new Hold(rw, Mode.SHARED, 1, new Site("com.example.Cache", "refresh", "Cache.java", 20))),
                new Wait(rw, Mode.EXCLUSIVE, new Site("com.example.Cache", "refresh", "Cache.java", 24), false),
                List.of());
        return new DeadlockDetector().find(List.of(upgrader)).get(0);
    }

    /** A main thread that holds a lock and joins a worker that waits for that lock. */
    public static DeadlockFinding join() {
        Resource config = new Resource(4, Resource.Kind.LOCK, "java.util.concurrent.locks.ReentrantLock", 0x6d06d69c);
        ThreadSnapshot main = new ThreadSnapshot(1, "main",
                List.of(new Hold(config, Mode.EXCLUSIVE, 1, new Site("com.example.App", "main", "App.java", 10))),
                new Wait(Resource.thread(30, 0x7852e922), Mode.EXCLUSIVE,
                        new Site("com.example.App", "main", "App.java", 12), false),
                List.of());
        ThreadSnapshot worker = new ThreadSnapshot(30, "worker", List.of(),
                new Wait(config, Mode.EXCLUSIVE, new Site("com.example.App", "work", "App.java", 20), false),
                List.of());
        return new DeadlockDetector().find(List.of(worker, main)).get(0);
    }

    /**
     * A teller reads an account's balance under the account's monitor, another deposits into it without:
     * a race on {@code com.example.Account.balance} between {@code deposit} (line 14) and {@code balance}
     * (line 20).
     */
    public static RaceFinding balanceRace() {
        return races(List.of(
                new LockAcquired(21, 7, 19, false),
                new FieldRead(21, 1, 1, 20),
                new LockReleased(21, 7, 21, false),
                new FieldWritten(22, 1, 1, 14))).get(0);
    }

    /** Two tellers add to the same slot of a {@code long[]} of totals. */
    public static RaceFinding totalsRace() {
        return races(List.of(new ArrayWritten(21, 2, 3, 30), new ArrayWritten(22, 2, 3, 30))).get(0);
    }

    private static List<RaceFinding> races(List<Event> events) {
        return new RaceDetector(new RaceDetector.Names() {
            @Override
            public String field(int field) {
                return "com.example.Account.balance";
            }

            @Override
            public String arrayType(long array) {
                return "long[]";
            }

            @Override
            public String lock(long lock) {
                return "com.example.Account@1b6d3586";
            }

            @Override
            public Site site(int site) {
                return new Site("com.example.Account", site == 14 ? "deposit" : site == 30 ? "addToTotal" : "balance",
                        "Account.java", site);
            }

            @Override
            public String threadName(long tid) {
                return "teller-" + (tid - 20);
            }
        }).find(events);
    }

    /**
     * Two transfers that nest two accounts' monitors in opposite orders, one after the other, so that they
     * did not deadlock in this run: each takes the first at {@code Bank.transfer} line 30 and asks for the
     * second at line 31. The first account's lock says where it comes from.
     */
    public static LockOrderFinding inversion() {
        List<Site> stack = new ArrayList<>();
        LockOrderGraph graph = new LockOrderGraph(LockOrderGraph.Limits.DEFAULT, () -> stack);
        LockingThread first = graph.newThread(21);
        LockingThread second = graph.newThread(22);
        first.acquired(FROM.id(), false, 30);
        stack.addAll(List.of(bank("transfer", 31), bank("lambda$main$0", 50), THREAD_RUN));
        graph.acquiring(first, TO.id(), false, 31);
        first.released(FROM.id(), false);
        second.acquired(TO.id(), false, 30);
        stack.clear();
        stack.addAll(List.of(bank("transfer", 31), bank("lambda$main$1", 51), THREAD_RUN));
        graph.acquiring(second, FROM.id(), false, 31);
        return new LockOrderDetector(new LockOrderDetector.Names() {
            @Override
            public Resource lock(long lock) {
                return lock == FROM.id() ? FROM : TO;
            }

            @Override
            public String origin(long lock) {
                return lock == FROM.id() ? "field com.example.Account.lock" : null;
            }

            @Override
            public Site site(int site) {
                return bank("transfer", site);
            }

            @Override
            public String threadName(long tid) {
                return "transfer-" + (tid - 20);
            }
        }).find(graph).get(0);
    }

    /** A report holding two deadlocks, a lock-order inversion, a race and a note. */
    public static Report report() {
        return Report.of("0.1.0-test").withRun("command", "com.example.Bank")
                .withFindings(List.of(transfers(), upgrade(), inversion(), balanceRace()))
                .withNotes(List.of("deadlock search stopped after 100 cycles; there are more"));
    }
}
