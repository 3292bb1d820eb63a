package dev.weft.analysis.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine alone: thread clocks, sync clocks and variable shadows driven by hand. */
class FastTrackTest {

    /** A race as the listener heard it: "prior-kind@thread:site / kind@thread:site". */
    private final List<String> races = new ArrayList<>();
    private final FastTrack fastTrack = new FastTrack((var, priorEpoch, priorSite, priorKind, thread, site, kind) ->
            races.add(priorKind.label() + "@" + Epoch.thread(priorEpoch) + ":" + priorSite + " / " + kind.label() + "@" + thread + ":" + site));
    private final ThreadClocks clocks = new ThreadClocks();
    private final ThreadClock t0 = clocks.newThread();
    private final ThreadClock t1 = clocks.newThread();
    private final ThreadClock t2 = clocks.newThread();
    private final ThreadClock t3 = clocks.newThread();
    private final VarTable vars = new VarTable();
    private final int x = vars.slot(0);

    /** {@code from} releases a fresh sync clock that {@code to} then acquires. */
    private void order(ThreadClock from, ThreadClock to) {
        SyncClock m = new SyncClock();
        fastTrack.release(from, m);
        fastTrack.acquire(to, m);
    }

    @Test
    void handsOutThreadIndicesInOrderEachStartingAtClockOne() {
        assertEquals(List.of(0, 1, 2, 3), List.of(t0.index(), t1.index(), t2.index(), t3.index()));
        assertEquals(Epoch.of(2, 1), t2.epoch());
    }

    @Test
    void reportsTwoUnorderedWrites() {
        fastTrack.write(t0, vars, x, 10);
        fastTrack.write(t1, vars, x, 11);

        assertEquals(List.of("write@0:10 / write@1:11"), races);
    }

    @Test
    void aCheckedAccessIsReportedAgainstEarlierOnesButLeavesNoState() {
        fastTrack.write(t0, vars, x, 10);
        fastTrack.read(t1, vars, x, 11);
        races.clear();
        fastTrack.check(t2, vars, x, 12, true);
        assertEquals(List.of("write@0:10 / write@2:12", "read@1:11 / write@2:12"), races);

        races.clear();
        order(t0, t3);
        order(t1, t3);
        fastTrack.write(t3, vars, x, 13); // ordered after the recorded accesses, not after t2's checked one
        assertEquals(List.of(), races);
    }

    @Test
    void reportsAReadThenAnUnorderedWrite() {
        fastTrack.read(t0, vars, x, 10);
        fastTrack.write(t1, vars, x, 11);

        assertEquals(List.of("read@0:10 / write@1:11"), races);
    }

    @Test
    void reportsAWriteThenAnUnorderedRead() {
        fastTrack.write(t0, vars, x, 10);
        fastTrack.read(t1, vars, x, 11);

        assertEquals(List.of("write@0:10 / read@1:11"), races);
    }

    @Test
    void staysSilentWhenAReleaseAndAcquireOrderTheAccesses() {
        fastTrack.write(t0, vars, x, 10);
        order(t0, t1);
        fastTrack.read(t1, vars, x, 11);
        fastTrack.write(t1, vars, x, 12);

        assertEquals(List.of(), races);
    }

    @Test
    void staysSilentWhenStartAndJoinOrderTheAccesses() {
        ThreadClock child = clocks.newThread();
        fastTrack.write(t0, vars, x, 10);
        fastTrack.fork(t0, child);
        fastTrack.write(child, vars, x, 11);
        fastTrack.join(t0, child);
        fastTrack.write(t0, vars, x, 12);

        assertEquals(List.of(), races);
    }

    @Test
    void releaseStartsANewEpochOfTheReleasingThreadOnly() {
        long before = t0.epoch();
        SyncClock m = new SyncClock();

        fastTrack.release(t0, m);
        fastTrack.acquire(t1, m);

        assertEquals(before + 1, t0.epoch());
        assertEquals(Epoch.of(1, 1), t1.epoch());
    }

    @Test
    void aSecondReadOrWriteInTheSameEpochReturnsWithoutChangingTheShadow() {
        fastTrack.read(t0, vars, x, 10);
        fastTrack.write(t0, vars, x, 11);
        String after = vars.toString(x) + " " + vars.lastReadSiteOf(x, 0) + " " + vars.lastWriteSite(x);

        fastTrack.read(t0, vars, x, 20);
        fastTrack.write(t0, vars, x, 21);

        assertEquals(after, vars.toString(x) + " " + vars.lastReadSiteOf(x, 0) + " " + vars.lastWriteSite(x));
        assertEquals(10, vars.lastReadSiteOf(x, 0), "the first read of the epoch stays");
        assertEquals(List.of(), races);
    }

    @Test
    void aReadInTheSameEpochOfAReadSharedVariableReturnsWithoutChangingIt() {
        fastTrack.read(t0, vars, x, 10);
        fastTrack.read(t1, vars, x, 11);

        fastTrack.read(t1, vars, x, 12);

        assertEquals(11, vars.lastReadSiteOf(x, 1));
    }

    @Test
    void goesFromReadExclusiveToReadSharedAndBackToNoReadOnAnOrderedWrite() {
        fastTrack.read(t0, vars, x, 10);
        assertEquals(t0.epoch(), vars.lastRead(x), "read-exclusive: one epoch");

        fastTrack.read(t1, vars, x, 11);
        assertEquals(Epoch.SHARED, vars.lastRead(x), "unordered second reader: read-shared");
        assertEquals(1, vars.lastReadClockOf(x, 0));
        assertEquals(10, vars.lastReadSiteOf(x, 0));
        assertEquals(1, vars.lastReadClockOf(x, 1));
        assertEquals(11, vars.lastReadSiteOf(x, 1));

        order(t0, t2);
        order(t1, t2);
        fastTrack.write(t2, vars, x, 12);

        assertEquals(List.of(), races);
        assertEquals(Epoch.NONE, vars.lastRead(x), "a write after every read forgets the reads");
        assertEquals(t2.epoch(), vars.lastWrite(x));
    }

    @Test
    void anOrderedReadByAnotherThreadKeepsTheVariableReadExclusive() {
        fastTrack.read(t0, vars, x, 10);
        order(t0, t1);
        fastTrack.read(t1, vars, x, 11);

        assertEquals(t1.epoch(), vars.lastRead(x));
    }

    @Test
    void aWriteRacesWithEachReadSharedReaderItIsNotOrderedAfter() {
        fastTrack.read(t0, vars, x, 10);
        fastTrack.read(t1, vars, x, 11);
        fastTrack.read(t2, vars, x, 12);
        order(t1, t3);

        fastTrack.write(t3, vars, x, 13);

        assertEquals(List.of("read@0:10 / write@3:13", "read@2:12 / write@3:13"), races);
    }

    @Test
    void aWriteOrderedAfterEveryReadSharedReaderDoesNotRace() {
        fastTrack.read(t0, vars, x, 10);
        fastTrack.read(t1, vars, x, 11);
        fastTrack.read(t2, vars, x, 12);
        order(t0, t3);
        order(t1, t3);
        order(t2, t3);

        fastTrack.write(t3, vars, x, 13);

        assertEquals(List.of(), races);
    }

    @Test
    void becomesReadSharedAgainAfterAWriteWithoutAnyLeftoverReader() {
        fastTrack.read(t0, vars, x, 10);
        fastTrack.read(t1, vars, x, 11);
        order(t0, t2);
        order(t1, t2);
        fastTrack.write(t2, vars, x, 12);
        order(t2, t3);
        order(t2, t0);
        fastTrack.read(t3, vars, x, 13);
        fastTrack.read(t0, vars, x, 14);

        assertEquals(Epoch.SHARED, vars.lastRead(x));
        assertEquals(0, vars.lastReadClockOf(x, 1), "t1's read was superseded by the write");
        assertEquals(List.of(), races);
    }

    @Test
    void handsTheVariablesKeyToTheListener() {
        List<Integer> tags = new ArrayList<>();
        FastTrack tagging = new FastTrack((var, pt, ps, pk, t, s, k) -> tags.add(var));
        int tagged = vars.slot(42);

        tagging.write(t0, vars, tagged, 1);
        tagging.write(t1, vars, tagged, 2);

        assertEquals(List.of(42), tags);
        assertTrue(races.isEmpty());
    }

    @Test
    void anAcquireLearnsEveryReleaseItDoesNotKnowYet() {
        SyncClock m = new SyncClock();
        int y = vars.slot(1);
        fastTrack.write(t0, vars, y, 10);
        fastTrack.release(t0, m);
        fastTrack.release(t1, m); // t1 had not learned t0's release: m is now more than t1's clock
        order(t1, t2); // t2 learns t1's clock from another release, later than the one into m
        fastTrack.acquire(t2, m); // t2 knows t1's release into m, but must still learn t0's
        fastTrack.read(t2, vars, y, 12);

        assertEquals(List.of(), races);
    }

    @Test
    void anAcquireOfAClockItKnowsAlreadyChangesNothing() {
        SyncClock m = new SyncClock();
        fastTrack.write(t0, vars, x, 10);
        fastTrack.acquire(t0, m);
        fastTrack.release(t0, m); // a lock taken and let go by t0: m is exactly t0's clock
        fastTrack.acquire(t0, m); // t0 takes it again: nothing to learn
        fastTrack.release(t0, m);
        fastTrack.acquire(t1, m); // t1 learns it all
        fastTrack.write(t1, vars, x, 11);
        fastTrack.write(t2, vars, x, 12); // t2 never took m

        assertEquals(List.of("write@1:11 / write@2:12"), races);
    }

    @Test
    void aClockKeptAsItsReleasersEntriesOrdersWhatTheReleaserLearnedBefore() {
        SyncClock m = new SyncClock();
        fastTrack.write(t0, vars, x, 10);
        order(t0, t1); // t1 learns t0's write
        fastTrack.release(t1, m); // m is exactly t1's clock, kept as t1's entries
        fastTrack.acquire(t2, m);
        fastTrack.write(t2, vars, x, 12);

        assertEquals(List.of(), races);
    }

    @Test
    void aThreadsSharedEntriesAreRenewedAfterItLearnsSomething() {
        SyncClock first = new SyncClock();
        SyncClock second = new SyncClock();
        fastTrack.release(t0, first); // t0's entries made and shared
        fastTrack.write(t1, vars, x, 11);
        order(t1, t0); // t0 learns t1's write: its shared entries are out of date
        fastTrack.release(t0, second);
        fastTrack.acquire(t2, second);
        fastTrack.write(t2, vars, x, 12);

        assertEquals(List.of(), races);
    }

    @Test
    void aThreadsSharedEntriesAreRenewedAfterItJoinedAnother() {
        SyncClock first = new SyncClock();
        SyncClock second = new SyncClock();
        fastTrack.release(t0, first);
        fastTrack.write(t1, vars, x, 11);
        fastTrack.join(t0, t1); // t0 saw t1 end: its shared entries are out of date
        fastTrack.release(t0, second);
        fastTrack.acquire(t2, second);
        fastTrack.write(t2, vars, x, 12);

        assertEquals(List.of(), races);
    }

    @Test
    void aReleaseThatDoesNotCoverTheClockJoinsBothReleasers() {
        SyncClock m = new SyncClock();
        int y = vars.slot(1);
        fastTrack.write(t0, vars, x, 10);
        fastTrack.write(t1, vars, y, 11);
        fastTrack.release(t0, m); // exactly t0's clock
        fastTrack.release(t1, m); // t1 never learned it: m joins the two
        fastTrack.acquire(t2, m);
        fastTrack.write(t2, vars, x, 12);
        fastTrack.write(t2, vars, y, 12);

        assertEquals(List.of(), races);
    }

    @Test
    void aJoinTellsWhetherAnEntryChanged() {
        VectorClock mine = new VectorClock();
        VectorClock theirs = new VectorClock();
        mine.set(0, 2);
        theirs.set(0, 3);
        theirs.set(1, 1);
        assertTrue(mine.join(theirs));
        assertFalse(mine.join(theirs), "joined already");
        mine.set(2, 1);
        assertFalse(mine.join(theirs), "an entry beyond their width stays");
        assertEquals(1, mine.get(2));
    }
}
