package dev.weft.analysis.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VectorClockTest {

    private static VectorClock of(long... entries) {
        VectorClock clock = new VectorClock();
        for (int i = 0; i < entries.length; i++) {
            clock.set(i, entries[i]);
        }
        return clock;
    }

    @Test
    void joinTakesTheLargerEntryAndGrowsToTheWiderClock() {
        VectorClock clock = of(3, 0);

        clock.join(of(1, 4, 2));

        assertEquals(3, clock.get(0));
        assertEquals(4, clock.get(1));
        assertEquals(2, clock.get(2));
        assertTrue(clock.width() >= 3);
    }

    @Test
    void isLessOrEqualWhenNoEntryIsLarger() {
        assertTrue(of(1, 2).leq(of(1, 2, 5)));
        assertTrue(new VectorClock().leq(of(1)));
        assertFalse(of(1, 3).leq(of(1, 2, 5)));
        assertFalse(of(0, 0, 1).leq(of(4, 4)));
    }

    @Test
    void readsZeroForAThreadItHasNoEntryFor() {
        VectorClock clock = of(7);

        assertEquals(0, clock.get(1));
        assertEquals(0, clock.get(-1));
        assertEquals(0, clock.get(Integer.MAX_VALUE));
    }

    @Test
    void copiesAreIndependent() {
        VectorClock clock = of(1, 2);
        VectorClock copy = new VectorClock(clock);

        clock.increment(0);

        assertEquals(2, clock.get(0));
        assertEquals(1, copy.get(0));
    }

    @Test
    void incrementStopsAtTheLargestClockAndSaysSo() {
        VectorClock clock = of(Epoch.MAX_CLOCK - 1);

        assertTrue(clock.increment(0));
        assertFalse(clock.increment(0));
        assertEquals(Epoch.MAX_CLOCK, clock.get(0));
    }

    @Test
    void clearSetsEveryEntryToZero() {
        VectorClock clock = of(1, 2, 3);

        clock.clear();

        assertTrue(clock.leq(new VectorClock()));
    }

    @Test
    void clocksThatJoinBackAndForthGrowNoWiderThanTheWidest() {
        VectorClock thread = new VectorClock();
        thread.set(2, 1); // width 3
        VectorClock lock = new VectorClock();
        lock.set(1, 1); // width 2
        for (int i = 0; i < 100; i++) {
            lock.join(thread);
            thread.join(lock);
        }
        assertEquals(3, thread.width());
        assertEquals(3, lock.width());
    }

    @Test
    void aClockThatKnowsFewThreadsWithLargeIndicesStaysSmall() {
        VectorClock clock = new VectorClock();
        clock.set(0, 5);
        clock.set(100_000, 2);
        clock.set(50_000, 7);

        assertEquals(5, clock.get(0));
        assertEquals(7, clock.get(50_000));
        assertEquals(2, clock.get(100_000));
        assertEquals(0, clock.get(99_999));
        assertEquals(100_001, clock.width());
        assertEquals("{0=5, 50000=7, 100000=2}", clock.toString());
        assertEquals(50_000, clock.next(1));
        assertEquals(-1, clock.next(100_001));
    }

    @Test
    void sparseAndDenseClocksJoinCompareAndCopyAlike() {
        VectorClock sparse = new VectorClock();
        sparse.set(1, 3);
        sparse.set(10_000, 4);
        VectorClock dense = of(1, 2, 3);

        assertTrue(dense.join(sparse));
        assertEquals(3, dense.get(1));
        assertEquals(4, dense.get(10_000));
        assertTrue(sparse.leq(dense));
        assertFalse(dense.leq(sparse));
        VectorClock copy = new VectorClock(sparse);
        sparse.increment(10_000);
        assertEquals(4, copy.get(10_000));
        assertEquals(5, sparse.get(10_000));
        copy.assign(dense);
        assertTrue(copy.leq(dense) && dense.leq(copy));
        copy.clear();
        assertTrue(copy.leq(new VectorClock()));
    }

    @Test
    void aSparseClockTurnsDenseOnceOneEntryInFourIsSet() {
        VectorClock clock = new VectorClock();
        for (int i = 0; i < 1_000; i += 3) {
            clock.set(i * 10 + 10_000, i + 1); // sparse
        }
        for (int i = 0; i < 5_000; i++) {
            clock.raise(i, 1); // with the 334 above, one in four of its width of 19,991
        }

        assertTrue(clock.toString().startsWith("["), "dense");
        assertEquals(1, clock.get(4_999));
        assertEquals(4, clock.get(10_030));
    }

    @Test
    void aClockThatLearnsAFrozenOneWhileEmptySharesItsEntriesUntilItChanges() {
        VectorClock submitter = of(4, 0, 2);
        VectorClock frozen = submitter.frozen();
        VectorClock task = new VectorClock();

        assertTrue(task.join(frozen));
        VectorClock copy = new VectorClock(task);
        task.increment(1);
        task.set(0, 9);
        submitter.increment(0);

        assertEquals("[4, 0, 2]", frozen.toString());
        assertEquals("[4, 0, 2]", copy.toString());
        assertEquals("[9, 1, 2]", task.toString());
        assertEquals("[5, 0, 2]", submitter.toString());
        assertFalse(new VectorClock().join(new VectorClock().frozen()));
    }
}
