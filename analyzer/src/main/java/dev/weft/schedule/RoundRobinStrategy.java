package dev.weft.schedule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The textbook choices: the ready thread that has waited longest gets the CPU, the CPUs take turns, and a
 * notify wakes the longest waiter; a timed wait times out only when no thread can go on (a {@link Choice#TIMEOUT}'s
 * first option).
 */
public final class RoundRobinStrategy implements Strategy {

    private final Map<Integer, Long> lastRun = new HashMap<>();

    @Override
    public void stepped(long step, int tid) {
        lastRun.put(tid, step);
    }

    @Override
    public int pick(Choice choice, List<Integer> options, Pending pending) {
        if (choice != Choice.RUN) {
            return options.get(0);
        }
        int best = options.get(0);
        for (int tid : options) {
            if (lastRun.getOrDefault(tid, -1L) < lastRun.getOrDefault(best, -1L)) {
                best = tid;
            }
        }
        return best;
    }
}
