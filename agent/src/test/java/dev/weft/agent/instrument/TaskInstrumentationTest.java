package dev.weft.agent.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.agent.instrument.RecordingListener.Event;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class TaskInstrumentationTest {

    private final Fixtures fixtures = Fixtures.withHandOffs();

    private List<Event> all() {
        return fixtures.listener.events();
    }

    private List<Event> of(String thread) {
        return all().stream().filter(e -> e.thread().equals(thread)).toList();
    }

    private static String main() {
        return Thread.currentThread().getName();
    }

    /** The position of the first event that matches, failing when there is none. */
    private int indexOf(Predicate<Event> match) {
        List<Event> events = all();
        for (int i = 0; i < events.size(); i++) {
            if (match.test(events.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such event in " + events);
    }

    private int lastIndexOf(Predicate<Event> match) {
        List<Event> events = all();
        for (int i = events.size() - 1; i >= 0; i--) {
            if (match.test(events.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such event in " + events);
    }

    private static Predicate<Event> event(String thread, String kind, Object sync) {
        return e -> e.thread().equals(thread) && e.kind().equals(kind) && e.object() == sync;
    }

    private void assertAllOn(List<Event> events, Object sync) {
        events.forEach(e -> assertSame(sync, e.object(), e.toString()));
    }

    private static List<String> kinds(List<Event> events) {
        return events.stream().map(Event::toString).toList();
    }

    @Test
    void submittedTaskAcquiresItsOwnTokenAndGetAcquiresTheTasksEnd() throws Throwable {
        List<?> result = (List<?>) fixtures.run("Tasks", "submitThenGet");
        Object pool = result.get(0);
        assertEquals(42, result.get(2));
        Object token = of(main()).get(0).object();
        assertEquals("releasing Token", of(main()).get(0).toString());
        assertEquals(5, of(main()).size(), all().toString()); // submit, get, shutdown
        assertAllOn(of(main()).subList(0, 3), token);
        String executor = pool.getClass().getSimpleName();
        // and into the pool behind newSingleThreadExecutor's wrapper (DelegatingExecutors)
        assertEquals(List.of("acquired Token", "releasing Token", "releasing " + executor, "releasing ThreadPoolExecutor"),
                kinds(of("pool")));
        assertSame(token, of("pool").get(0).object());
        assertSame(pool, of("pool").get(2).object());
        assertTrue(indexOf(event(main(), "releasing", token)) < indexOf(event("pool", "acquired", token)));
        Event getReturned = of(main()).get(2);
        assertEquals("acquired", getReturned.kind());
        assertTrue(indexOf(event("pool", "releasing", token)) < indexOf(e -> e == getReturned));
    }

    @Test
    void tasksOfOneExecutorAreNotOrderedWithEachOther() throws Throwable {
        fixtures.run("Tasks", "invokeAll");
        List<Event> starts = of("pool").stream().filter(e -> e.kind().equals("acquired")).toList();
        assertEquals(2, starts.size());
        starts.forEach(start -> assertEquals("Token", start.target(), "a task begins by acquiring its own token only"));
        assertTrue(starts.get(0).object() != starts.get(1).object(), "each task of invokeAll has a token of its own");
    }
    @Test
    void wrappedTaskThrowsTheSameException() {
        ExecutionException failure = assertThrows(ExecutionException.class, () -> fixtures.run("Tasks", "failingTask"));
        assertInstanceOf(IOException.class, failure.getCause());
        assertEquals("disk full", failure.getCause().getMessage());
    }

    @Test
    void forkJoinTaskBodyThatThrowsStillReleasesWhatItDidIntoTheTask() throws Throwable {
        Object leaf = fixtures.run("Tasks", "failingForkJoinTask");
        List<String> onLeaf = of(main()).stream().filter(e -> e.object() == leaf).map(Event::kind).toList();
        // invoke() releases; the body acquires when it begins and releases when it throws; invoke() acquires
        assertEquals(List.of("releasing", "acquired", "releasing", "acquired"), onLeaf);
    }

    @Test
    void directForkJoinTaskExecIsABodyAndGetRawResultAcquiresWhatItReleased() throws Throwable {
        Object leaf = fixtures.run("Tasks", "directForkJoinTask");
        List<String> onLeaf = of(main()).stream().filter(e -> e.object() == leaf).map(Event::kind).toList();
        // invoke() releases; exec() acquires when it begins and releases when it ends; invoke() calls the bridge
        // getRawResult()Object, whose call of getRawResult()Long is a call on a task (release, acquire) and the
        // bracketed method acquires on entry; invoke() acquires after the call
        assertEquals(List.of("releasing", "acquired", "releasing", "releasing", "acquired", "acquired", "acquired"), onLeaf);
    }

    @Test
    void asyncTaskGivenNoExecutorReleasesIntoTheCommonPoolWhenThatRunsIt() throws Throwable {
        Object commonPool = fixtures.run("Tasks", "runAsyncOnTheDefaultExecutor");
        List<String> onPool = all().stream().filter(e -> e.object() == commonPool).map(Event::kind).toList();
        // awaitQuiescence, a call on the pool, then acquires what the task did; a task in a thread of its own is not waited for
        assertEquals(ForkJoinPool.getCommonPoolParallelism() > 1 ? List.of("releasing") : List.of(), onPool);
    }

    @Test
    void setRawResultReleasesWhatItStoredIntoTheTask() throws Throwable {
        Object leaf = fixtures.run("Tasks", "completedForkJoinTask");
        List<String> onLeaf = of(main()).stream().filter(e -> e.object() == leaf).map(Event::kind).toList();
        // complete() releases; the JDK calls setRawResult (through the bridge, which is not rewritten), whose
        // bracketed body releases before it returns, after what it stored; complete() acquires
        assertEquals(List.of("releasing", "releasing", "acquired"), onLeaf);
    }

    @Test
    void aPoolSubclassHooksSeeTheTaskGivenToExecuteNotItsWrapper() throws Throwable {
        List<?> tasks = (List<?>) fixtures.run("Tasks", "executedTaskSeenByThePoolHooks");
        assertSame(tasks.get(0), tasks.get(1), "beforeExecute");
        assertSame(tasks.get(0), tasks.get(2), "afterExecute");
    }

    @Test
    void aRejectionHandlerSeesTheTaskGivenToExecuteAndPutsBackItsWrapper() throws Throwable {
        List<?> tasks = (List<?>) fixtures.run("Tasks", "rejectedTaskSeenByTheHandler");
        assertSame(tasks.get(0), tasks.get(1), "the handler's task");
        Object queued = tasks.get(2);
        assertTrue(queued != tasks.get(0) && queued.getClass().getName().startsWith("dev.weft.runtime.HandedOffTask"),
                "the pool's queue holds weft's wrapper: " + queued);
        assertEquals(true, tasks.get(3), "the task put back ran");
    }

    @Test
    void anEmptySetRawResultIsBracketedAndVerifies() throws Throwable {
        Object sweep = fixtures.run("Tasks", "sweepWithAnEmptySetRawResult");
        List<String> onSweep = of(main()).stream().filter(e -> e.object() == sweep).map(Event::kind).toList();
        // invoke() as directForkJoinTask's (exec() a body, getRawResult() acquiring); then complete(null): its release,
        // the empty setRawResult's release (the class verified, its handler having the stack it needs), its acquire
        assertEquals(List.of("releasing", "acquired", "releasing", "releasing", "acquired", "acquired", "acquired",
                "releasing", "releasing", "acquired"), onSweep);
    }

    @Test
    void aPoolSubclassReleasesAfterExecuteAndTerminatedIntoThePoolWhichAwaitTerminationAcquires() throws Throwable {
        Object pool = fixtures.run("Tasks", "countingPoolTerminated");
        List<String> onPool = of("pool").stream().filter(e -> e.object() == pool).map(Event::kind).toList();
        // the task's end, afterExecute's end; terminated() begins and ends
        assertEquals(List.of("releasing", "releasing", "acquired", "releasing"), onPool);
        assertTrue(lastIndexOf(event("pool", "releasing", pool)) < lastIndexOf(event(main(), "acquired", pool)),
                "awaitTermination acquires after terminated() released");
    }

    @Test
    void awaitTerminationAcquiresWhatExecutedTasksReleased() throws Throwable {
        Object pool = fixtures.run("Tasks", "executeThenAwaitTermination");
        assertEquals(5, of(main()).size(), all().toString()); // execute, shutdown, awaitTermination
        assertAllOn(of(main()).subList(1, 5), pool);
        assertTrue(indexOf(event("pool", "releasing", pool)) < lastIndexOf(event(main(), "acquired", pool)));
    }

    @Test
    void executedFutureTaskReleasesItsTaskEndIntoWhatItsGetAcquires() throws Throwable {
        List<?> result = (List<?>) fixtures.run("Tasks", "futureTaskExecutedThenGot");
        assertEquals("done", result.get(1));
        // new FutureTask(..) wraps its callable: the future's sync object is the token the callable releases
        List<Object> released = all().stream().filter(e -> e.thread().equals("pool") && e.kind().equals("releasing"))
                .map(Event::object).toList();
        assertTrue(all().stream().anyMatch(e -> e.thread().equals(main()) && e.kind().equals("acquired")
                && released.contains(e.object())), all().toString());
    }

    @Test
    void invokeAllReturnsAfterEveryTaskReleased() throws Throwable {
        List<?> result = (List<?>) fixtures.run("Tasks", "invokeAll");
        assertEquals(3, result.get(1));
        // each task: its own token, then its end into the call's token, the executor and the pool behind its wrapper
        assertEquals(List.of("acquired", "releasing", "releasing", "releasing", "acquired", "releasing", "releasing", "releasing"),
                of("pool").stream().map(Event::kind).toList());
        Event returned = of(main()).stream().filter(e -> e.kind().equals("acquired")).findFirst().orElseThrow();
        Object token = returned.object();
        assertEquals(2, of("pool").stream().filter(e -> e.kind().equals("releasing") && e.object() == token).count(),
                "both tasks end into the call's token");
        assertTrue(lastIndexOf(event("pool", "releasing", token)) < indexOf(e -> e == returned));
    }

    @Test
    void scheduledCallableIsWrappedAndItsFutureSharesItsToken() throws Throwable {
        assertEquals("later", fixtures.run("Tasks", "scheduleCallable"));
        Object token = of(main()).get(0).object();
        assertEquals("Token", of(main()).get(0).target());
        assertAllOn(of(main()).subList(0, 3), token); // schedule, get
        assertEquals(4, of("pool").size()); // the token's acquire; the releases into the token, the wrapper, the pool behind it
        assertTrue(indexOf(event("pool", "releasing", token)) < lastIndexOf(event(main(), "acquired", token)));
    }

    @Test
    void stagesOfOneChainShareTheSupplierTokenAndJoinAcquiresIt() throws Throwable {
        List<?> result = (List<?>) fixtures.run("Tasks", "supplyAsyncThenApplyJoin");
        assertEquals(21, result.get(0));
        Object token = of(main()).get(0).object();
        assertEquals("Token", of(main()).get(0).target());
        assertAllOn(of(main()).subList(0, 5), token); // supplyAsync (which acquires nothing), thenApply, join
        Event supplierEnd = of("pool").stream().filter(e -> e.kind().equals("releasing")).findFirst().orElseThrow();
        assertSame(token, supplierEnd.object());
        int joined = lastIndexOf(event(main(), "acquired", token));
        assertTrue(lastIndexOf(e -> !e.thread().equals(main()) && e.kind().equals("releasing") && e.object() == token)
                < joined);
        assertTrue(indexOf(event("pool", "releasing", result.get(1))) > 0); // the supplier's end, into its executor
    }

    @Test
    void joinOfAComposedStageAcquiresTheInnerStagesEnd() throws Throwable {
        assertEquals(2, fixtures.run("Tasks", "thenComposeOnAnotherPool"));
        Event innerEnd = of("other").stream().filter(e -> e.kind().equals("releasing")).findFirst().orElseThrow();
        assertTrue(indexOf(e -> e == innerEnd) < lastIndexOf(event(main(), "acquired", innerEnd.object())));
    }

    @Test
    void joinOfAllOfAcquiresEveryStagesEnd() throws Throwable {
        assertEquals(3, fixtures.run("Tasks", "allOf"));
        List<Event> supplierEnds = of("pool").stream().filter(e -> e.kind().equals("releasing")
                && e.target().equals("Token")).toList();
        assertEquals(2, supplierEnds.size());
        for (Event end : supplierEnds) {
            assertTrue(indexOf(e -> e == end) < lastIndexOf(event(main(), "acquired", end.object())));
        }
    }

    @Test
    void failingStageCompletesWithTheSameException() throws Throwable {
        Object cause = fixtures.run("Tasks", "exceptionFromStage");
        assertInstanceOf(IllegalArgumentException.class, cause);
        assertEquals("no quote", ((Throwable) cause).getMessage());
    }

    @Test
    void aQueueSubclassPuttingBackARejectedTaskPutsBackItsWrapper() throws Throwable {
        List<?> tasks = (List<?>) fixtures.run("Tasks", "rejectedTaskPutBackByTheQueue");
        Object queued = tasks.get(1);
        assertTrue(queued != tasks.get(0) && queued.getClass().getName().startsWith("dev.weft.runtime.HandedOffTask"),
                "the pool's queue holds weft's wrapper: " + queued);
        assertEquals(true, tasks.get(2), "the task put back ran");
    }

    @Test
    void anAsyncStageOfASubclassEndsIntoWhatItsDefaultExecutorReturned() throws Throwable {
        List<?> result = (List<?>) fixtures.run("Tasks", "asyncStageOnASubclassDefaultExecutor");
        assertEquals(21, result.get(0));
        Object pool = result.get(1);
        assertTrue(indexOf(event("pool", "releasing", pool)) > 0, "the function's end, into the pool: " + all());
    }

    @Test
    void anAdaptedTaskEndsIntoThePoolWhoseWorkerRunsIt() throws Throwable {
        List<?> result = (List<?>) fixtures.run("Tasks", "adaptedTaskExecutedOnAForkJoinPool");
        assertEquals(1, result.get(0));
        Object pool = result.get(1);
        assertTrue(all().stream().anyMatch(e -> !e.thread().equals(main()) && e.kind().equals("releasing") && e.object() == pool),
                "the task's end, into the pool: " + all());
    }
}
