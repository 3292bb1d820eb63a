package dev.weft.runtime;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which of the JDK's executors pass their tasks on, and to which executor ({@link DelegatingExecutors}). */
class DelegatingExecutorsTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(1);
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(1);

    @AfterEach
    void shutDown() {
        pool.shutdown();
        timers.shutdown();
    }

    @Test
    void aCompletionServiceRunsItsTasksOnItsExecutor() {
        assertSame(pool, DelegatingExecutors.behind(new ExecutorCompletionService<>(pool)));
    }

    @Test
    void anUnconfigurableViewPassesItsTasksToItsExecutor() {
        assertSame(pool, DelegatingExecutors.behind(Executors.unconfigurableExecutorService(pool)));
        assertSame(timers, DelegatingExecutors.behind(Executors.unconfigurableScheduledExecutorService(timers)));
    }

    @Test
    void aDelayedExecutorHandsItsTasksToItsExecutor() {
        assertSame(pool, DelegatingExecutors.behind(CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS, pool)));
    }

    @Test
    void aPoolPassesNothingOn() {
        assertNull(DelegatingExecutors.behind(pool));
        assertNull(DelegatingExecutors.behind(new Object()));
    }
}
