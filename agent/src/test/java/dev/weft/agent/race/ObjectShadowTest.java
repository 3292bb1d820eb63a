package dev.weft.agent.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.weft.analysis.race.SyncClock;
import dev.weft.analysis.race.VarState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One object's shadow: one state per field and per clock key, kept as its table grows. */
class ObjectShadowTest {

    private final ObjectShadow shadow = new ObjectShadow();

    @Test
    void keepsOneStatePerFieldAsTheTableGrows() {
        List<VarState> first = new ArrayList<>();
        for (int field = 0; field < 100; field += 3) {
            first.add(shadow.var(field));
        }
        for (int field = 0, i = 0; field < 100; field += 3, i++) {
            assertSame(first.get(i), shadow.var(field));
            assertEquals(field, shadow.var(field).tag());
        }
    }

    @Test
    void keepsTheClocksOfTheObjectApartFromItsFields() {
        SyncClock lock = shadow.clock(ObjectShadow.LOCK);
        SyncClock readLock = shadow.clock(ObjectShadow.READ_LOCK);
        SyncClock handOff = shadow.clock(ObjectShadow.HAND_OFF);
        SyncClock volatileField = shadow.clock(7);
        VarState plain = shadow.var(2);
        assertNotSame(lock, readLock);
        assertSame(lock, shadow.clock(ObjectShadow.LOCK));
        assertSame(readLock, shadow.clock(ObjectShadow.READ_LOCK));
        assertSame(handOff, shadow.clock(ObjectShadow.HAND_OFF));
        assertSame(volatileField, shadow.clock(7));
        assertSame(plain, shadow.var(2));
    }

    @Test
    void aFieldSeenAsVolatileThenPlainKeepsTheLaterKind() {
        SyncClock asVolatile = shadow.clock(5);
        VarState asPlain = shadow.var(5);
        assertSame(asPlain, shadow.var(5));
        assertNotSame(asVolatile, shadow.clock(5), "the plain state replaced the clock");
    }

    @Test
    void givesEachArrayElementItsOwnStateTaggedByIndex() {
        VarState third = shadow.element(3, 10);
        assertSame(third, shadow.element(3, 10));
        assertEquals(-1 - 3, third.tag());
        assertNotSame(third, shadow.element(4, 10));
    }

    @Test
    void keepsOneStatePerElementFromTheFirstFewToEveryElement() {
        int length = 100;
        VarState[] seen = new VarState[length];
        for (int step = 0; step < length; step++) {
            int index = (step * 37) % length; // every index once, out of order
            seen[index] = shadow.element(index, length);
            for (int earlier = 0; earlier <= step; earlier++) {
                int other = (earlier * 37) % length;
                assertSame(seen[other], shadow.element(other, length), "element " + other + " after " + (step + 1));
                assertEquals(-1 - other, seen[other].tag());
            }
        }
    }

    @Test
    void aShortArrayGetsASlotPerElementAtOnce() {
        VarState last = shadow.element(2, 3);
        VarState first = shadow.element(0, 3);
        assertSame(last, shadow.element(2, 3));
        assertSame(first, shadow.element(0, 3));
        assertNotSame(first, shadow.element(1, 3));
    }
}
