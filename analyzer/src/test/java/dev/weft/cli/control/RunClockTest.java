package dev.weft.cli.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunClockTest {

    private static final long SECOND = 1_000_000_000L;

    private long now;
    private final Map<String, Long> waits = new HashMap<>();

    private RunClock clock(long seconds) {
        return new RunClock(RunBound.of(Duration.ofSeconds(seconds)), () -> Map.copyOf(waits), () -> now);
    }

    /** A stuck run whose threads sleep (blocked, or waiting for one another) never waits for a CPU: its bound is wall time. */
    @Test
    void aRunThatNeverWaitsForACpuIsEndedAtItsBound() {
        RunClock clock = clock(10);
        now = 9 * SECOND;
        assertFalse(clock.passed());
        now = 10 * SECOND;
        assertTrue(clock.passed());
        assertEquals(Duration.ZERO, clock.starved());
    }

    /** A run whose thread waited for a CPU most of the time (a loaded machine) is given the time it could not run. */
    @Test
    void theTimeARunWaitedForACpuDoesNotCount() {
        RunClock clock = clock(10);
        for (int second = 1; second <= 30; second++) { // 0.8 s of each second waiting in the run queue: 6 s could run
            now = second * SECOND;
            waits.merge("main", 8 * SECOND / 10, Long::sum);
            waits.merge("C1 CompilerThread0", SECOND / 10, Long::sum);
            assertFalse(clock.passed(), "second " + second);
        }
        assertEquals(Duration.ofSeconds(24), clock.starved());
        for (int second = 31; second < 34; second++) { // the load goes: it runs the four seconds it still had
            now = second * SECOND;
            assertFalse(clock.passed(), "second " + second);
        }
        now = 34 * SECOND;
        assertTrue(clock.passed());
    }

    /** Several threads waiting at once count once: the starved time of an interval is at most the interval. */
    @Test
    void threadsWaitingTogetherCountOnce() {
        RunClock clock = clock(10);
        now = 2 * SECOND;
        waits.put("main", 2 * SECOND);
        waits.put("worker", 2 * SECOND);
        waits.put("GC Thread#0", SECOND);
        clock.passed();
        assertEquals(Duration.ofSeconds(2), clock.starved());
    }

    /** A run starved all along is still ended, at ten times its bound of wall time. */
    @Test
    void aRunStarvedAllAlongIsEndedAtTenTimesItsBound() {
        RunClock clock = clock(1);
        for (int tenth = 1; tenth < 100; tenth++) {
            now = tenth * SECOND / 10;
            waits.merge("main", SECOND / 10, Long::sum);
            assertFalse(clock.passed(), "tenth " + tenth);
        }
        now = 10 * SECOND;
        assertTrue(clock.passed());
    }

    /** A thread that ended takes its waits with it; a thread that started brings the waits of its short life. */
    @Test
    void threadsThatComeAndGoAreCountedFromWhatIsLeft() {
        waits.put("Thread-0", 5 * SECOND);
        RunClock clock = clock(10);
        now = SECOND;
        waits.remove("Thread-0");
        waits.put("Thread-1", SECOND / 2);
        clock.passed();
        assertEquals(Duration.ofMillis(500), clock.starved());
    }

    /** Where the kernel says how long threads waited (Linux), the clock of a live JVM reads it. */
    @Test
    void theCpuWaitsOfALiveProcessAreRead() throws Exception {
        RunClock clock = RunClock.of(ProcessHandle.current().pid(), RunBound.of(Duration.ofSeconds(60)));
        Thread.sleep(20);
        assertFalse(clock.passed());
        assertTrue(clock.nextWaitMillis() >= 1 && clock.nextWaitMillis() <= 500);
    }
}
