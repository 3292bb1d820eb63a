package dev.weft.analysis.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The slot layout of FastTrack's state: slots by key, sites and epochs per slot, read-shared per slot. */
class VarTableTest {

    /** A race as the listener heard it: "key: prior-kind@thread:site / kind@thread:site". */
    private final List<String> races = new ArrayList<>();
    private final FastTrack fastTrack = new FastTrack((var, priorEpoch, priorSite, priorKind, thread, site, kind) ->
            races.add(var + ": " + priorKind.label() + "@" + Epoch.thread(priorEpoch) + ":" + priorSite + " / " + kind.label() + "@" + thread + ":" + site));
    private final ThreadClocks clocks = new ThreadClocks();
    private final ThreadClock t0 = clocks.newThread();
    private final ThreadClock t1 = clocks.newThread();
    private final ThreadClock t2 = clocks.newThread();
    private final VarTable vars = new VarTable();

    private void order(ThreadClock from, ThreadClock to) {
        SyncClock m = new SyncClock();
        fastTrack.release(from, m);
        fastTrack.acquire(to, m);
    }

    @Test
    void givesEachKeyOneSlotThatStaysWhereItIsAsTheTableGrows() {
        List<Integer> keys = new ArrayList<>();
        for (int k = -500; k < 500; k += 7) {
            keys.add(k);
        }
        keys.add(0);
        keys.add(Integer.MIN_VALUE);
        keys.add(Integer.MAX_VALUE);
        List<Integer> first = new ArrayList<>();
        for (int key : keys) {
            first.add(vars.slot(key));
            for (int i = 0; i < first.size(); i++) {
                assertEquals(first.get(i), vars.slot(keys.get(i)), "key " + keys.get(i) + " after " + first.size());
            }
        }
        for (int i = 0; i < keys.size(); i++) {
            assertEquals(i, first.get(i), "slots in order of first look-up");
            assertEquals(keys.get(i), vars.key(i));
        }
    }

    @Test
    void keepsTheStateOfASlotAsTheTableGrows() {
        int x = vars.slot(3);
        fastTrack.write(t0, vars, x, 10);
        fastTrack.read(t1, vars, x, 11);
        for (int key = 100; key < 200; key++) {
            vars.slot(key);
        }
        assertEquals(List.of("3: write@0:10 / read@1:11"), races);
        assertEquals(t0.epoch(), vars.lastWrite(x));
        assertEquals(10, vars.lastWriteSite(x));
        assertEquals(t1.epoch(), vars.lastRead(x));
        assertEquals(11, vars.lastReadSiteOf(x, 1));
    }

    @Test
    void twoFieldsOfOneObjectAreIndependent() {
        int balance = vars.slot(1);
        int version = vars.slot(2);
        fastTrack.write(t0, vars, balance, 10);
        fastTrack.read(t0, vars, version, 11);
        order(t0, t1);
        fastTrack.write(t1, vars, version, 12);
        fastTrack.write(t2, vars, version, 13); // races with t1's write and t0's read of version
        fastTrack.read(t2, vars, balance, 14);  // races with t0's write of balance

        assertEquals(List.of("2: write@1:12 / write@2:13", "2: read@0:11 / write@2:13", "1: write@0:10 / read@2:14"), races);
        assertEquals(10, vars.lastWriteSite(balance));
        assertEquals(13, vars.lastWriteSite(version));
    }

    @Test
    void arrayElementsAreIndependent() {
        int[] elements = new int[20];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = vars.slot(-1 - i);
        }
        for (int i = 0; i < elements.length; i++) {
            fastTrack.write(i % 2 == 0 ? t0 : t1, vars, elements[i], 100 + i); // even by t0, odd by t1: no two on one
        }
        assertEquals(List.of(), races);

        fastTrack.read(t1, vars, elements[4], 200);

        assertEquals(List.of("-5: write@0:104 / read@1:200"), races);
    }

    @Test
    void keepsTheWriteSiteAndTheReadSiteApart() {
        int x = vars.slot(0);
        fastTrack.write(t0, vars, x, Integer.MAX_VALUE);
        fastTrack.read(t0, vars, x, 7);
        order(t0, t1);
        fastTrack.read(t1, vars, x, 8);

        assertEquals(Integer.MAX_VALUE, vars.lastWriteSite(x));
        assertEquals(8, vars.lastReadSiteOf(x, 1));
    }

    @Test
    void aReadSharedVariableReturnsToAnEpochAfterAWriteAndCanBeSharedAgain() {
        int x = vars.slot(5);
        fastTrack.read(t0, vars, x, 10);
        fastTrack.read(t1, vars, x, 11);
        assertEquals(Epoch.SHARED, vars.lastRead(x));
        order(t0, t2);
        order(t1, t2);
        fastTrack.write(t2, vars, x, 12);
        assertEquals(Epoch.NONE, vars.lastRead(x));

        fastTrack.read(t2, vars, x, 13);
        assertEquals(t2.epoch(), vars.lastRead(x), "read-exclusive again: one epoch");
        assertEquals(13, vars.lastReadSiteOf(x, 2));

        fastTrack.read(t0, vars, x, 14); // unordered with t2's read and write
        assertEquals(Epoch.SHARED, vars.lastRead(x));
        assertEquals(0, vars.lastReadClockOf(x, 1), "t1's read was superseded by the write");
        assertEquals(13, vars.lastReadSiteOf(x, 2));
        assertEquals(14, vars.lastReadSiteOf(x, 0));
        assertEquals(List.of("5: write@2:12 / read@0:14"), races);
    }

    @Test
    void aSharedVariableLeavesItsNeighboursExclusive() {
        int x = vars.slot(1);
        int y = vars.slot(2);
        fastTrack.read(t0, vars, x, 10);
        fastTrack.read(t1, vars, x, 11);
        fastTrack.read(t0, vars, y, 12);

        assertEquals(Epoch.SHARED, vars.lastRead(x));
        assertNotEquals(Epoch.SHARED, vars.lastRead(y));
        assertEquals(t0.epoch(), vars.lastRead(y));
    }

    /** Slot 0 is in the table's fields, the others in its array (through the index from slot 8 on): all alike. */
    @Test
    void theFirstSlotAndTheOthersKeepTheirOwnState() {
        int[] slots = new int[12];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = vars.slot(-1 - i);
        }
        assertEquals(12, vars.slots());
        for (int i : new int[] {0, 1, 11}) {
            fastTrack.write(t0, vars, slots[i], 10 + i);
            fastTrack.read(t1, vars, slots[i], 30 + i);
            fastTrack.read(t2, vars, slots[i], 50 + i);
            assertEquals(Epoch.SHARED, vars.lastRead(slots[i]), "slot " + i);
            assertEquals(10 + i, vars.lastWriteSite(slots[i]), "slot " + i);
            assertEquals(-1 - i, vars.key(slots[i]));
        }
        assertEquals(Epoch.NONE, vars.lastWrite(slots[2]));
        assertEquals(List.of("-1: write@0:10 / read@1:30", "-1: write@0:10 / read@2:50",
                "-2: write@0:11 / read@1:31", "-2: write@0:11 / read@2:51",
                "-12: write@0:21 / read@1:41", "-12: write@0:21 / read@2:61"), races);
    }

    @Test
    void keyZeroInTheFirstSlotIsNotAnEmptyTable() {
        assertEquals(-1, vars.slotIfAny(0));
        assertEquals(0, vars.slots());
        assertEquals(0, vars.slot(0));
        assertEquals(0, vars.slotIfAny(0));
        assertEquals(1, vars.slots());
        assertEquals(-1, vars.slotIfAny(1));
        assertEquals(1, vars.slot(1, 5), "the room asked for does not move slots");
        for (int key = 2; key < 12; key++) {
            assertEquals(key, vars.slot(key, 5));
        }
        assertEquals(0, vars.slot(0));
        assertEquals(12, vars.slots());
    }
    /** A table that carries something, as a shadow carries its clocks. */
    private static final class Carrier extends VarTable {
        synchronized void carry(Object what) {
            attach(what);
        }

        Object carried() {
            return attachment();
        }
    }

    /** The attachment sits in the table's rare field alone until an index or read-shared state comes, then moves along. */
    @Test
    void anAttachmentStaysAsTheTableGetsAnIndexAndReadSharedState() {
        Carrier table = new Carrier();
        assertEquals(null, table.carried());
        table.carry("clocks");
        assertEquals("clocks", table.carried());
        int x = table.slot(1);
        fastTrack.read(t0, table, x, 10);
        fastTrack.read(t1, table, x, 11);
        assertEquals(Epoch.SHARED, table.lastRead(x));
        assertEquals("clocks", table.carried());
        for (int key = 2; key < 12; key++) {
            table.slot(key);
        }
        assertEquals(10, table.slotIfAny(11), "found through the index");
        assertEquals("clocks", table.carried());
        table.carry("more clocks");
        assertEquals("more clocks", table.carried());
        assertEquals(Epoch.SHARED, table.lastRead(x));
        assertEquals(10, table.slotIfAny(11));
    }
}
