package dev.weft.analysis.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Thread indices handed out again, only when everything the old occupant accessed happens before the new one. */
class ThreadClocksTest {

    /** A race as the listener heard it: "prior-kind by owner / kind@thread:site". */
    private final List<String> races = new ArrayList<>();
    private final ThreadClocks clocks = new ThreadClocks();
    private final FastTrack fastTrack = new FastTrack((var, priorEpoch, priorSite, priorKind, thread, site, kind) ->
            races.add(priorKind.label() + " by " + clocks.owner(Epoch.thread(priorEpoch), Epoch.clock(priorEpoch))
                    + " / " + kind.label() + "@" + thread + ":" + site));
    private final ThreadClock main = clocks.newThread("main");
    private final VarTable vars = new VarTable();
    private final int x = vars.slot(0);
    private final int y = vars.slot(1);
    private final int v = vars.slot(2);

    /** A thread that ends when the test says so. */
    private static final class Thread {
        final ThreadClock clock;
        boolean ended;

        Thread(ThreadClocks clocks, String name) {
            clock = clocks.newThread(() -> ended, name);
        }
    }

    @Test
    void threadsStartedAndJoinedOneAfterAnotherShareOneIndex() {
        Set<Integer> indices = new HashSet<>();
        for (int k = 0; k < 100; k++) {
            Thread child = new Thread(clocks, "child " + k);
            fastTrack.fork(main, child.clock);
            fastTrack.write(child.clock, vars, x, 10);
            indices.add(child.clock.index());
            child.ended = true;
            fastTrack.join(main, child.clock);
        }
        fastTrack.write(main, vars, x, 11);

        assertEquals(Set.of(1), indices);
        assertEquals(2, clocks.indices());
        assertEquals(List.of(), races);
    }

    @Test
    void aTaskTakesTheIndexOfOneWhoseLastAccessWasUnderTheLockItTakes() {
        SyncClock lock = new SyncClock();
        Set<Integer> indices = new HashSet<>();
        for (int k = 0; k < 100; k++) { // a task per submission: none is joined, each ends after the lock and its future
            Thread task = new Thread(clocks, "task " + k);
            fastTrack.acquire(task.clock, lock);
            fastTrack.read(task.clock, vars, x, 10);
            fastTrack.write(task.clock, vars, x, 11);
            fastTrack.release(task.clock, lock);
            fastTrack.release(task.clock, new SyncClock()); // its future, which no one waits for
            indices.add(task.clock.index());
            task.ended = true;
        }

        assertEquals(Set.of(1), indices);
        assertEquals(List.of(), races);
    }

    @Test
    void anIndexIsNotReusedByAThreadThatDoesNotKnowTheOldOccupantsLastAccessAndTheirRaceIsFound() {
        Thread first = new Thread(clocks, "first");
        fastTrack.fork(main, first.clock);
        fastTrack.write(first.clock, vars, x, 10);
        first.ended = true;
        Thread second = new Thread(clocks, "second");
        fastTrack.fork(main, second.clock);
        fastTrack.write(second.clock, vars, x, 11);

        assertNotEquals(first.clock.index(), second.clock.index());
        assertEquals(List.of("write by first / write@" + second.clock.index() + ":11"), races);
    }

    @Test
    void aRaceWithTheOldOccupantOfAReusedIndexIsFoundAndNamesIt() {
        SyncClock lock = new SyncClock();
        Thread old = new Thread(clocks, "old");
        fastTrack.acquire(old.clock, lock);
        fastTrack.write(old.clock, vars, x, 10);
        fastTrack.release(old.clock, lock);
        old.ended = true;
        Thread successor = new Thread(clocks, "successor");
        fastTrack.acquire(successor.clock, lock);
        fastTrack.write(successor.clock, vars, y, 11);
        Thread other = new Thread(clocks, "other"); // ordered with neither
        fastTrack.read(other.clock, vars, y, 12);
        fastTrack.read(other.clock, vars, x, 13);

        assertEquals(old.clock.index(), successor.clock.index());
        assertEquals(List.of("write by successor / read@" + other.clock.index() + ":12",
                "write by old / read@" + other.clock.index() + ":13"), races);
    }

    @Test
    void knowingTheSuccessorOfAReusedIndexIsNotKnowingAllTheOldOccupantKnew() {
        SyncClock lock = new SyncClock();
        SyncClock m = new SyncClock();
        SyncClock s = new SyncClock();
        SyncClock r = new SyncClock();
        Thread writer = new Thread(clocks, "writer");
        fastTrack.write(writer.clock, vars, v, 10);
        fastTrack.release(writer.clock, m);
        Thread old = new Thread(clocks, "old");
        fastTrack.acquire(old.clock, lock);
        fastTrack.write(old.clock, vars, x, 11);
        fastTrack.release(old.clock, lock);
        fastTrack.acquire(old.clock, m); // old now knows the writer's write of v ...
        fastTrack.release(old.clock, s); // ... and so does s, which is exactly old's clock
        old.ended = true;
        Thread successor = new Thread(clocks, "successor");
        fastTrack.acquire(successor.clock, lock); // knows old's access, not what old learned after
        fastTrack.write(successor.clock, vars, y, 12);
        fastTrack.release(successor.clock, r);
        Thread reader = new Thread(clocks, "reader");
        fastTrack.acquire(reader.clock, r);
        fastTrack.acquire(reader.clock, s); // must still join s: knowing old's epoch through successor is not enough
        fastTrack.read(reader.clock, vars, v, 13);

        assertEquals(old.clock.index(), successor.clock.index());
        assertEquals(List.of(), races);
    }

    @Test
    void tellsOnceWhenTheClocksOfTheThreadsAliveOutgrowTheBudget() {
        List<Integer> told = new ArrayList<>();
        ThreadClocks small = new ThreadClocks(100_000, told::add);
        FastTrack engine = new FastTrack((var, priorEpoch, priorSite, priorKind, thread, site, kind) -> { });
        SyncClock lock = new SyncClock();
        for (int k = 0; k < 1_000; k++) { // each knows all before it, and none ends
            ThreadClock t = small.newThread(() -> false, "t" + k);
            engine.acquire(t, lock);
            engine.release(t, lock);
        }

        assertEquals(1, told.size());
        assertTrue(told.get(0) > 50 && told.get(0) < 300, told::toString);
    }

    @Test
    void manyThreadsAliveThatKnowFewOthersStayWithinTheBudget() {
        List<Integer> told = new ArrayList<>();
        ThreadClocks small = new ThreadClocks(100_000, told::add);
        for (int k = 0; k < 1_000; k++) {
            small.newThread(() -> false, "t" + k).number(); // a sparse clock of itself only
        }

        assertEquals(List.of(), told);
    }

    @Test
    void threadsThatEndDoNotCountAgainstTheBudget() {
        List<Integer> told = new ArrayList<>();
        ThreadClocks small = new ThreadClocks(100_000, told::add);
        FastTrack engine = new FastTrack((var, priorEpoch, priorSite, priorKind, thread, site, kind) -> { });
        SyncClock lock = new SyncClock();
        for (int k = 0; k < 1_000; k++) { // each knows all before it, and ends: its index is taken again
            ThreadClock t = small.newThread(() -> true, "t" + k);
            engine.acquire(t, lock);
            engine.release(t, lock);
        }

        assertEquals(List.of(), told);
        assertTrue(small.indices() <= 2, () -> small.indices() + " indices");
    }
}
