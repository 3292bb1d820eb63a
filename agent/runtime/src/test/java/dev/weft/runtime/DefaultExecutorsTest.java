package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Where the async stages of a {@code CompletableFuture} subclass's stage end ({@link DefaultExecutors}). */
class DefaultExecutorsTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(1);

    @AfterEach
    void shutDown() {
        pool.shutdown();
        DefaultExecutors.called(null);
    }

    @Test
    void theExecutorTheStagesOverrideReturnsIsWhereTheTasksEnd() {
        Object stage = new CompletableFuture<>();
        DefaultExecutors.Pending pending = DefaultExecutors.calling(stage);
        DefaultExecutors.chosen(stage, pool);
        assertArrayEquals(new Object[] {pool}, pending.syncs());
    }

    @Test
    void theExecutorBehindAnUnconfigurableViewIsToo() {
        Object stage = new CompletableFuture<>();
        ExecutorService view = Executors.unconfigurableExecutorService(pool);
        DefaultExecutors.Pending pending = DefaultExecutors.calling(stage);
        DefaultExecutors.chosen(stage, view);
        assertArrayEquals(new Object[] {view, pool}, pending.syncs());
    }

    @Test
    void anotherStagesDefaultExecutorChangesNothing() {
        Object stage = new CompletableFuture<>();
        DefaultExecutors.Pending pending = DefaultExecutors.calling(stage);
        Object[] before = pending.syncs();
        DefaultExecutors.chosen(new CompletableFuture<>(), pool);
        assertArrayEquals(before, pending.syncs());
    }

    @Test
    void withoutAnOverrideTheTasksEndIntoTheCommonPoolWhenItRunsThem() {
        DefaultExecutors.Pending pending = DefaultExecutors.calling(new CompletableFuture<>());
        Object[] expected = ForkJoinPool.getCommonPoolParallelism() > 1 ? new Object[] {ForkJoinPool.commonPool()} : new Object[0];
        assertArrayEquals(expected, pending.syncs());
    }

    @Test
    void aNestedCallGivesTheOuterOneBack() {
        DefaultExecutors.Pending outer = DefaultExecutors.calling(new CompletableFuture<>());
        DefaultExecutors.Pending saved = DefaultExecutors.current();
        DefaultExecutors.calling(new CompletableFuture<>());
        DefaultExecutors.called(saved);
        assertSame(outer, DefaultExecutors.current());
        DefaultExecutors.called(null);
        assertNull(DefaultExecutors.current());
    }
}
