package dev.weft.agent.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.report.RaceFinding;
import dev.weft.trace.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The choice of which threads a run steered toward a race holds back, with no threads and no agent. */
class RaceSteeringTest {

    private static final int WRITE_SITE = 1;
    private static final int READ_SITE = 2;
    private static final int OTHER_SITE = 3;
    private static final int FIELD = 7;
    private static final int OTHER_FIELD = 8;
    private static final Map<Integer, String> SITES = Map.of(
            WRITE_SITE, "example.Cache.publish(Cache.java:10)",
            READ_SITE, "example.Cache.lookup(Cache.java:20)",
            OTHER_SITE, "example.Cache.other(Cache.java:30)");

    /** The holds applied, in order: "+tid" held back, "-tid" let go (changes only, as the model records them). */
    private final List<String> holds = new ArrayList<>();
    private final boolean[] held = new boolean[8];

    private void hold(int tid, boolean value) {
        if (held[tid] != value) {
            held[tid] = value;
            holds.add((value ? "+" : "-") + tid);
        }
    }

    /** The model's step count, as the test advances it. */
    private long step;

    /** The race as a report gives it: the read (current) found after the write (earlier). */
    private RaceSteering steering(boolean earlierFirst) {
        RaceFinding race = RaceFinding.of("example.Cache.value", null, access("read", READ_SITE), access("write", WRITE_SITE));
        return new RaceSteering(race, earlierFirst, SITES::get, id -> id == FIELD ? "example.Cache.value" : "example.Cache.other",
                () -> step, 100);
    }

    @Test
    void aThreadHeldWhileTheOthersTookTheBoundIsLetGoAsOneOfThemMaySpinUntilItMoves() {
        RaceSteering steering = steering(true);
        Object cache = new Object();
        steering.arrived(0, WRITE_SITE, true, new RaceSteering.Variable(cache, FIELD, false), this::hold);
        for (step = 1; step < 100; step++) { // main spins on another field until the writer has written
            steering.arrived(1, OTHER_SITE, false, new RaceSteering.Variable(cache, OTHER_FIELD, false), this::hold);
        }
        assertEquals(List.of("+0"), holds);
        steering.arrived(1, OTHER_SITE, false, new RaceSteering.Variable(cache, OTHER_FIELD, false), this::hold);
        assertEquals(List.of("+0", "-0"), holds, "held for 100 steps of the others: let go");
        assertFalse(steering.met());
    }

    @Test
    void theSecondOfAPairIsLetGoTooWhenTheFirstDoesNotComeBackWithinTheBound() {
        RaceSteering steering = steering(true);
        Object cache = new Object();
        steering.arrived(0, WRITE_SITE, true, new RaceSteering.Variable(cache, FIELD, false), this::hold);
        steering.arrived(1, READ_SITE, false, new RaceSteering.Variable(cache, FIELD, false), this::hold);
        assertEquals(List.of("+0", "-0", "+1"), holds);
        step = 100;
        steering.arrived(2, OTHER_SITE, false, new RaceSteering.Variable(cache, OTHER_FIELD, false), this::hold);
        assertEquals(List.of("+0", "-0", "+1", "-1"), holds);
    }

    private static RaceFinding.Access access(String op, int site) {
        return new RaceFinding.Access("t", 1, op, Site.parse(SITES.get(site)), List.of(), List.of());
    }

    @Test
    void aThreadAtOneAccessWaitsForAnotherAtTheOtherOnTheSameObjectThenTheEarlierGoesFirst() {
        RaceSteering steering = steering(true);
        Object cache = new Object();
        steering.arrived(0, WRITE_SITE, true, new RaceSteering.Variable(cache, FIELD, false), this::hold);
        assertEquals(List.of("+0"), holds);
        steering.arrived(1, OTHER_SITE, false, new RaceSteering.Variable(cache, FIELD, false), this::hold);
        steering.arrived(1, READ_SITE, false, new RaceSteering.Variable(cache, FIELD, false), this::hold);
        assertTrue(steering.met());
        assertEquals(List.of("+0", "-0", "+1"), holds, "the writer (the earlier access) goes, the reader waits for it");
        steering.arrived(0, 4, false, new RaceSteering.Variable(cache, FIELD, false), this::hold);
        assertEquals(List.of("+0", "-0", "+1", "-1"), holds, "once the writer made its access, the reader goes");
    }

    @Test
    void theOtherOrderLetsTheCurrentAccessGoFirst() {
        RaceSteering steering = steering(false);
        Object cache = new Object();
        steering.arrived(0, WRITE_SITE, true, new RaceSteering.Variable(cache, FIELD, false), this::hold);
        steering.arrived(1, READ_SITE, false, new RaceSteering.Variable(cache, FIELD, false), this::hold);
        assertEquals(List.of("+0"), holds, "the reader goes on at once, the writer stays held");
        steering.arrived(1, OTHER_SITE, false, new RaceSteering.Variable(cache, FIELD, false), this::hold);
        assertEquals(List.of("+0", "-0"), holds);
    }

    @Test
    void accessesToAnotherObjectAnotherFieldOrOfAnotherKindDoNotMeet() {
        RaceSteering steering = steering(true);
        Object cache = new Object();
        steering.arrived(0, WRITE_SITE, true, new RaceSteering.Variable(cache, FIELD, false), this::hold);
        steering.arrived(1, READ_SITE, false, new RaceSteering.Variable(new Object(), FIELD, false), this::hold);
        steering.arrived(2, READ_SITE, false, new RaceSteering.Variable(cache, OTHER_FIELD, false), this::hold);
        steering.arrived(3, READ_SITE, true, new RaceSteering.Variable(cache, FIELD, false), this::hold);
        steering.arrived(4, WRITE_SITE, true, new RaceSteering.Variable(cache, FIELD, false), this::hold);
        assertFalse(steering.met());
        assertEquals(List.of("+0", "+1", "+4"), holds, "another object's reader waits for its own writer; the rest are not at the race");
        steering.arrived(5, READ_SITE, false, new RaceSteering.Variable(cache, FIELD, false), this::hold);
        assertTrue(steering.met());
    }

    @Test
    void aThreadLetGoWithoutMeetingIsNoLongerAtTheRaceAndStaticFieldsAreOneVariable() {
        RaceSteering steering = steering(true);
        steering.arrived(0, WRITE_SITE, true, new RaceSteering.Variable(null, FIELD, false), this::hold);
        steering.arrived(0, OTHER_SITE, false, new RaceSteering.Variable(null, OTHER_FIELD, false), this::hold); // the model let it go
        steering.arrived(1, READ_SITE, false, new RaceSteering.Variable(null, FIELD, false), this::hold);
        assertFalse(steering.met());
        steering.arrived(2, WRITE_SITE, true, new RaceSteering.Variable(null, FIELD, false), this::hold);
        assertTrue(steering.met());
        assertEquals(List.of("+0", "-0", "+1"), holds, "the writer 2, the earlier access, goes on at once; the reader 1 stays held");
    }

    @Test
    void arrayElementsMeetOnTheSameArrayAndIndexOnly() {
        RaceFinding race = RaceFinding.of("long[]", 3, access("write", WRITE_SITE), access("read", READ_SITE));
        RaceSteering steering = new RaceSteering(race, true, SITES::get, id -> "?", () -> step, 100);
        long[] array = new long[8];
        steering.arrived(0, WRITE_SITE, true, new RaceSteering.Variable(array, 3, true), this::hold);
        steering.arrived(1, READ_SITE, false, new RaceSteering.Variable(array, 4, true), this::hold);
        steering.arrived(2, READ_SITE, false, new RaceSteering.Variable(new int[8], 3, true), this::hold);
        assertFalse(steering.met());
        steering.arrived(3, READ_SITE, false, new RaceSteering.Variable(array, 3, true), this::hold);
        assertTrue(steering.met());
    }
}
