package dev.weft.report.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.report.DeadlockFinding;
import dev.weft.report.ReportExamples;
import dev.weft.trace.Site;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRendererTest {

    private final TextRenderer renderer = new TextRenderer();

    private static void assertHasLine(String text, String line) {
        assertTrue(text.lines().anyMatch(line::equals), () -> "no line \"" + line + "\" in:\n" + text);
    }

    @Test
    void showsTheCycleFirstThenEachThreadsWaitAndHoldsWithTheirStacks() {
        String text = renderer.render(ReportExamples.transfers());

        assertEquals("""
                ==================
                WARNING: weft: deadlock (2 threads)
                  "transfer-1" (id 21) waits for java.lang.Object@4e25154f (monitor), held by "transfer-2" (id 22)
                  "transfer-2" (id 22) waits for java.lang.Object@1b6d3586 (monitor), held by "transfer-1" (id 21)

                  Thread "transfer-1" (id 21) waits for java.lang.Object@4e25154f (monitor):
                      at com.example.Bank.transfer(Bank.java:31)
                      at com.example.Bank.lambda$main$0(Bank.java:50)
                      at java.lang.Thread.run(Thread.java:833)
                    held by "transfer-2" (id 22), taken at com.example.Bank.transfer(Bank.java:30)
                  Thread "transfer-1" (id 21) holds java.lang.Object@1b6d3586 (monitor), wanted by "transfer-2" (id 22), taken at:
                      at com.example.Bank.transfer(Bank.java:30)
                      at com.example.Bank.lambda$main$0(Bank.java:50)
                      at java.lang.Thread.run(Thread.java:833)

                  Thread "transfer-2" (id 22) waits for java.lang.Object@1b6d3586 (monitor):
                      at com.example.Bank.transfer(Bank.java:31)
                      at com.example.Bank.lambda$main$1(Bank.java:51)
                      at java.lang.Thread.run(Thread.java:833)
                    held by "transfer-1" (id 21), taken at com.example.Bank.transfer(Bank.java:30)
                  Thread "transfer-2" (id 22) holds java.lang.Object@4e25154f (monitor), wanted by "transfer-1" (id 21), taken at:
                      at com.example.Bank.transfer(Bank.java:30)
                      at com.example.Bank.lambda$main$1(Bank.java:51)
                      at java.lang.Thread.run(Thread.java:833)

                SUMMARY: weft: deadlock in com.example.Bank.transfer(Bank.java:31) (%s)
                ==================
                """.formatted(ReportExamples.transfers().id()), text);
    }

    @Test
    void explainsWhyAThreadWaitsForItsOwnReadLock() {
        String text = renderer.render(ReportExamples.upgrade());

        assertHasLine(text, "WARNING: weft: deadlock (1 thread)");
        assertHasLine(text, "  \"cache-refresher\" (id 7) waits for java.util.concurrent.locks.ReentrantReadWriteLock@5e2de80c"
                + " (write lock), held by itself (read lock)");
        assertHasLine(text, "    held by itself (read lock), taken at com.example.Cache.refresh(Cache.java:20)");
        assertHasLine(text, "    a write lock waits until every read lock is released, this thread's own too");
    }

    @Test
    void aWaitForAFutureNobodyCompletesNamesNoHolder() {
        Site join = new Site("com.example.App", "main", "App.java", 10);
        String task = "com.example.App$One@1b6d3586";
        DeadlockFinding deadlock = new DeadlockFinding("deadlock:1", DeadlockFinding.DetectedBy.SCHEDULING_MODEL,
                List.of(new DeadlockFinding.BlockedThread("main", 1, task, "exclusive", join, List.of(join), List.of())),
                List.of(new DeadlockFinding.LockInfo(task, "com.example.App$One", 0x1b6d3586, "future", List.of(),
                        List.of("main"), List.of())), "run.schedule.json", null);

        String text = renderer.render(deadlock);

        assertHasLine(text, "  \"main\" (id 1) waits for com.example.App$One@1b6d3586 (future)");
        assertHasLine(text, "  Thread \"main\" (id 1) waits for com.example.App$One@1b6d3586 (future):");
        assertTrue(!text.contains("held by") && !text.contains("write lock"), text);
    }

    @Test
    void namesAJoinedThreadByItsName() {
        String text = renderer.render(ReportExamples.join());

        assertHasLine(text, "  \"main\" (id 1) joins \"worker\" (id 30)");
        assertHasLine(text, "  \"worker\" (id 30) waits for java.util.concurrent.locks.ReentrantLock@6d06d69c (lock),"
                + " held by \"main\" (id 1)");
        assertHasLine(text, "  Thread \"main\" (id 1) joins thread \"worker\" (id 30):");
        assertHasLine(text, "      at com.example.App.main(App.java:12)");
    }

    @Test
    void showsALockOrderInversionAsTheCycleThenEachEdgeWithBothStacks() {
        String text = renderer.render(ReportExamples.inversion());

        assertEquals("""
                ==================
                WARNING: weft: lock-order inversion (potential deadlock)
                  Cycle in lock order graph: M1 (java.lang.Object@1b6d3586) => M2 (java.lang.Object@4e25154f) => M1
                    M1 is java.lang.Object@1b6d3586 (monitor), field com.example.Account.lock
                    M2 is java.lang.Object@4e25154f (monitor)

                  Mutex M2 acquired here while holding mutex M1 in thread "transfer-1" (id 21):
                      at com.example.Bank.transfer(Bank.java:31)
                      at com.example.Bank.lambda$main$0(Bank.java:50)
                      at java.lang.Thread.run(Thread.java:833)
                  Mutex M1 previously acquired by the same thread here:
                      at com.example.Bank.transfer(Bank.java:30)
                      at com.example.Bank.lambda$main$0(Bank.java:50)
                      at java.lang.Thread.run(Thread.java:833)

                  Mutex M1 acquired here while holding mutex M2 in thread "transfer-2" (id 22):
                      at com.example.Bank.transfer(Bank.java:31)
                      at com.example.Bank.lambda$main$1(Bank.java:51)
                      at java.lang.Thread.run(Thread.java:833)
                  Mutex M2 previously acquired by the same thread here:
                      at com.example.Bank.transfer(Bank.java:30)
                      at com.example.Bank.lambda$main$1(Bank.java:51)
                      at java.lang.Thread.run(Thread.java:833)

                SUMMARY: weft: lock-order inversion (potential deadlock) in com.example.Bank.transfer(Bank.java:31) (%s)
                ==================
                """.formatted(ReportExamples.inversion().id()), text);
    }

    @Test
    void rendersEveryFindingOfAReportThenItsNotesAndACount() {
        List<String> lines = renderer.render(ReportExamples.report()).lines().toList();

        assertEquals(2, lines.stream().filter(l -> l.startsWith("WARNING: weft: deadlock")).count());
        assertEquals(List.of("weft: note: deadlock search stopped after 100 cycles; there are more",
                "weft: reported 4 findings"), lines.subList(lines.size() - 2, lines.size()));
    }

    @Test
    void showsARaceAsTheCurrentAccessThenThePreviousOneWithTheirLocks() {
        String text = renderer.render(ReportExamples.balanceRace());

        assertEquals("""
                ==================
                WARNING: weft: data race on com.example.Account.balance
                  Write by thread "teller-2" (id 22):
                      at com.example.Account.deposit(Account.java:14)
                    locks held: none

                  Previous read by thread "teller-1" (id 21):
                      at com.example.Account.balance(Account.java:20)
                    locks held: com.example.Account@1b6d3586

                SUMMARY: weft: data race com.example.Account.balance at Account.java:14 / Account.java:20 (%s)
                ==================
                """.formatted(ReportExamples.balanceRace().id()), text);
    }

    @Test
    void namesARaceOnAnArrayElementByTheArrayTypeAndIndex() {
        String text = renderer.render(ReportExamples.totalsRace());

        assertHasLine(text, "WARNING: weft: data race on long[] (index 3)");
        assertHasLine(text, "  Write by thread \"teller-2\" (id 22):");
        assertHasLine(text, "  Previous write by thread \"teller-1\" (id 21):");
        assertTrue(text.contains("SUMMARY: weft: data race long[] (index 3) at Account.java:30 / Account.java:30 (race:"));
    }

    @Test
    void namesARaceOnACollectionsContentsByItsClassAndFieldAndEachAccessByTheMethodItCalled() {
        Site put = new Site("com.example.Cache", "store", "Cache.java", 9);
        Site get = new Site("com.example.Cache", "lookup", "Cache.java", 7);
        String text = renderer.render(dev.weft.report.RaceFinding.of("com.example.Cache.entries", null, "java.util.HashMap",
                new dev.weft.report.RaceFinding.Access("writer", 12, "write", put, List.of(put), List.of(), "put"),
                new dev.weft.report.RaceFinding.Access("reader", 11, "read", get, List.of(get), List.of(), "get")));

        assertHasLine(text, "WARNING: weft: data race on the contents of a java.util.HashMap (held in com.example.Cache.entries)");
        assertHasLine(text, "  Write by thread \"writer\" (id 12), calling put:");
        assertHasLine(text, "  Previous read by thread \"reader\" (id 11), calling get:");
    }
}
