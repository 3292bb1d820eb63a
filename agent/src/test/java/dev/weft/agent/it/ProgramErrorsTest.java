package dev.weft.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramErrorsTest {

    private static final String SIZED = """
            weft-it: example.collections.SortedBook started
            Exception in thread "main" java.util.ConcurrentModificationException
            \tat java.base/java.util.TreeMap$PrivateEntryIterator.nextEntry(TreeMap.java:1486)
            \tat java.base/java.util.TreeSet.size(TreeSet.java:176)
            \tat dev.weft.runtime.CollectionContents.sizeIfTracked(CollectionContents.java:69)
            \tat example.collections.SortedBook.main(SortedBook.java:20)
            """;

    private static final String REJECTED = """
            weft-it: example.apphunt.Jobs started
            Exception in thread "main" java.util.concurrent.RejectedExecutionException: Task rejected
            \tat java.base/java.util.concurrent.ThreadPoolExecutor.reject(ThreadPoolExecutor.java:2065)
            \tat java.base/java.util.concurrent.ThreadPoolExecutor.execute(ThreadPoolExecutor.java:1357)
            \tat dev.weft.runtime.Submission.invoke(Submission.java:141)
            \tat example.apphunt.Jobs.main(Jobs.java:12)
            Exception in thread "worker-1" java.lang.IllegalStateException: unlucky
            \tat example.apphunt.Jobs.lambda$main$0(Jobs.java:9)
            \tat dev.weft.runtime.HandedOffTask$OfRunnable.run(HandedOffTask.java:132)
            \tat java.base/java.lang.Thread.run(Thread.java:840)
            """;

    @Test
    void blamesATraceWithACheckOfWeftsAboveTheProgram() {
        List<String> thrown = ProgramErrors.thrownByWeft(ProgramErrors.of(REJECTED + SIZED, "example.collections.SortedBook"));

        assertEquals(1, thrown.size(), thrown::toString);
        assertEquals(true, thrown.get(0).startsWith("Exception in thread \"main\" java.util.ConcurrentModificationException"), thrown::toString);
    }

    @Test
    void leavesWhatTheJdkThrewThroughACallWeftMadeForTheProgram() {
        assertEquals(List.of(), ProgramErrors.thrownByWeft(ProgramErrors.of(REJECTED + SIZED, "example.apphunt.Jobs")));
    }

    @Test
    void blamesAnInternalError() {
        String errors = "weft-it: example.A started\nweft: internal error, detection disabled for the rest of this run: java.lang.Error\n";

        assertEquals(List.of("weft: internal error, detection disabled for the rest of this run: java.lang.Error"),
                ProgramErrors.thrownByWeft(ProgramErrors.of(errors, "example.A")));
    }

    @Test
    void withoutStartsKeepsEverythingElse() {
        assertEquals("a\nb\n", ProgramErrors.withoutStarts("weft-it: example.A started\na\nweft-it: example.B started\nb\n"));
    }
}
