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
}
