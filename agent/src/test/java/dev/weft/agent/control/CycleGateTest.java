package dev.weft.agent.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.report.LockOrderFinding;
import dev.weft.trace.Site;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which threads a run steered toward a lock cycle holds before the requests that took the cycle's first locks. */
class CycleGateTest {

    private static final Site FIRST = new Site("example.Shifts", "hand", "Shifts.java", 45);
    private static final Site SECOND = new Site("example.Shifts", "hand", "Shifts.java", 47);
    private static final String AT_FIRST = FIRST.toString();
    private static final String AT_SECOND = SECOND.toString();

    /** Three supervisors: the first closes the cycle with its first request, the others with their seventh. */
    private static Confirmation rotating(Integer... requests) {
        List<LockOrderFinding.Lock> locks = new ArrayList<>();
        List<LockOrderFinding.Edge> edges = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            locks.add(new LockOrderFinding.Lock("lock-" + i, "java.util.concurrent.locks.ReentrantLock", i, "lock", null));
            edges.add(new LockOrderFinding.Edge("lock-" + i, "exclusive", "lock-" + (i + 1) % 3, "exclusive",
                    "supervisor-" + i, 10 + i, FIRST, SECOND, List.of(FIRST), List.of(SECOND), requests[i]));
        }
        return new Confirmation("lock-order:1", LockOrderFinding.of(locks, edges));
    }

    /** Thread {@code tid} makes its requests, alternately at the first and second site, up to {@code count}. */
    private static List<Boolean> requests(CycleGate gate, int tid, String name, int count) {
        List<Boolean> held = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            held.add(gate.arrive(tid, name, true, i % 2 == 1 ? AT_FIRST : AT_SECOND));
        }
        return held;
    }

    @Test
    void holdsEachNamedThreadBeforeItsOwnRequestAndLetsAllGoOnceAllStandThere() {
        CycleGate gate = CycleGate.of(rotating(1, 7, 7));

        assertTrue(gate.arrive(1, "supervisor-0", true, AT_FIRST), "its first request takes its first lock");
        assertEquals(List.of(false, false, false, false, false, false, true), requests(gate, 2, "supervisor-1", 7),
                "its earlier rounds go on");
        assertEquals(List.of(), gate.opened(), "supervisor-2 is not there yet");
        assertFalse(gate.arrive(3, "supervisor-2", false, AT_FIRST), "not a lock request: not counted");
        assertEquals(List.of(false, false, false, false, false, false, true), requests(gate, 3, "supervisor-2", 7));

        assertEquals(List.of(1, 2, 3), gate.opened());
        assertTrue(gate.isOpen());
        assertEquals(List.of(), gate.opened(), "each let go once");
        assertFalse(gate.arrive(1, "supervisor-0", true, AT_FIRST), "open for the rest of the run");
    }

    @Test
    void aThreadThatGoesOnFromItsPositionBeforeTheOthersCameOpensTheGateForGood() {
        CycleGate gate = CycleGate.of(rotating(1, 1, 1));

        assertTrue(gate.arrive(2, "supervisor-1", true, AT_FIRST));
        assertTrue(gate.arrive(1, "supervisor-0", true, AT_FIRST));
        assertEquals(List.of(), gate.opened());
        assertFalse(gate.arrive(1, "supervisor-0", true, AT_SECOND), "chosen while held: it went on");
        assertTrue(gate.isOpen(), "the holds at the second sites take over");
        assertEquals(List.of(2), gate.opened(), "the thread still held is let go");
        assertEquals(List.of(), gate.opened());
        assertFalse(gate.arrive(3, "supervisor-2", true, AT_FIRST));
    }

    @Test
    void threadsNamedOtherwiseStandAtAnyFreePositionOfTheirSiteAndRequest() {
        CycleGate gate = CycleGate.of(rotating(1, 1, 7));

        assertTrue(gate.arrive(1, "Thread-0", true, AT_FIRST));
        assertTrue(gate.arrive(2, "Thread-1", true, AT_FIRST));
        assertEquals(List.of(false, false, false, false, false, false, true), requests(gate, 3, "Thread-2", 7),
                "the positions of request 1 are taken");
        assertEquals(List.of(1, 2, 3), gate.opened());
    }

    @Test
    void noGateWhenARequestIsNotKnown() {
        assertNull(CycleGate.of(rotating(1, null, 7)));
        assertNull(CycleGate.of(null));
    }
}
