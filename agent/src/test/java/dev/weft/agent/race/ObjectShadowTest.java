package dev.weft.agent.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.weft.analysis.race.SyncClock;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** One object's shadow: one slot per field or element, one clock per clock key, kept as they grow. */
class ObjectShadowTest {

    private final ObjectShadow shadow = new ObjectShadow();

    @Test
    void keepsOneSlotPerFieldAsTheTableGrows() {
        Set<Integer> slots = new HashSet<>();
        for (int field = 0; field < 100; field += 3) {
            slots.add(shadow.slot(field));
        }
        assertEquals(34, slots.size());
        for (int field = 0; field < 100; field += 3) {
            assertEquals(field, shadow.key(shadow.slot(field)));
        }
    }

    @Test
    void keepsTheClocksOfTheObjectApartFromEachOtherAndFromItsFields() {
        SyncClock lock = shadow.clock(ObjectShadow.LOCK);
        SyncClock readLock = shadow.clock(ObjectShadow.READ_LOCK);
        SyncClock handOff = shadow.clock(ObjectShadow.HAND_OFF);
        SyncClock volatileField = shadow.clock(7);
        int plain = shadow.slot(2);
        assertNotSame(lock, readLock);
        assertSame(lock, shadow.clock(ObjectShadow.LOCK));
        assertSame(readLock, shadow.clock(ObjectShadow.READ_LOCK));
        assertSame(handOff, shadow.clock(ObjectShadow.HAND_OFF));
        assertSame(volatileField, shadow.clock(7));
        assertEquals(plain, shadow.slot(2));
        assertEquals(0, plain, "the clocks take no slot of the table");
    }

    @Test
    void givesEachArrayElementItsOwnSlotKeyedByIndex() {
        int third = shadow.element(3);
        assertEquals(third, shadow.element(3));
        assertEquals(-1 - 3, shadow.key(third));
        assertNotEquals(third, shadow.element(4));
    }

    @Test
    void keepsOneSlotPerElementFromTheFirstFewToEveryElement() {
        int length = 100;
        int[] seen = new int[length];
        for (int step = 0; step < length; step++) {
            int index = (step * 37) % length; // every index once, out of order
            seen[index] = shadow.element(index);
            for (int earlier = 0; earlier <= step; earlier++) {
                int other = (earlier * 37) % length;
                assertEquals(seen[other], shadow.element(other), "element " + other + " after " + (step + 1));
                assertEquals(-1 - other, shadow.key(seen[other]));
            }
        }
    }

    @Test
    void tellsItsClassHowManyVariablesItCameToHold() {
        ObjectShadow.Sizing sizing = new ObjectShadow.Sizing();
        ObjectShadow first = new ObjectShadow();
        for (int field = 0; field < 5; field++) {
            sizing.slot(first, field);
        }
        ObjectShadow second = new ObjectShadow();
        sizing.slot(second, 0);

        assertEquals(5, sizing.slots, "the largest, not the last");
        assertEquals(0, sizing.slot(second, 0));
        assertEquals(1, sizing.slot(second, 9));
    }
}
