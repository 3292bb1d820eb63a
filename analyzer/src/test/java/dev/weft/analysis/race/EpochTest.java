package dev.weft.analysis.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EpochTest {

    @Test
    void packsThreadIndexAndClockAndUnpacksThem() {
        long epoch = Epoch.of(Epoch.MAX_THREAD_INDEX, Epoch.MAX_CLOCK);

        assertEquals(Epoch.MAX_THREAD_INDEX, Epoch.thread(epoch));
        assertEquals(Epoch.MAX_CLOCK, Epoch.clock(epoch));
        assertTrue(epoch > 0, "bit 63 stays clear, so no epoch equals SHARED");
        assertEquals("7@3", Epoch.toString(Epoch.of(3, 7)));
    }

    @Test
    void rejectsAThreadIndexOrClockThatDoesNotFit() {
        assertThrows(IllegalArgumentException.class, () -> Epoch.of(Epoch.MAX_THREAD_INDEX + 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Epoch.of(-1, 1));
        assertThrows(IllegalArgumentException.class, () -> Epoch.of(0, Epoch.MAX_CLOCK + 1));
    }

    @Test
    void readsAThreadIndexInRangeFromAnyLongSoATornEpochCannotIndexOutOfBounds() {
        for (long garbage : new long[] {-1L, Long.MIN_VALUE, Long.MAX_VALUE, 0x8000_0100_0000_0000L}) {
            int thread = Epoch.thread(garbage);
            assertTrue(thread >= 0 && thread <= Epoch.MAX_THREAD_INDEX, "thread " + thread + " of " + garbage);
        }
    }

    @Test
    void anEpochIsCoveredByAVectorClockWhenItsClockIsAtMostTheThreadsEntry() {
        VectorClock clock = new VectorClock();
        clock.set(2, 5);

        assertTrue(Epoch.leq(Epoch.of(2, 5), clock));
        assertFalse(Epoch.leq(Epoch.of(2, 6), clock));
        assertFalse(Epoch.leq(Epoch.of(9, 1), clock));
        assertTrue(Epoch.leq(Epoch.NONE, clock));
    }
}
