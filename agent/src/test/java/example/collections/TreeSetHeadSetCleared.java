package example.collections;

import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * A timer wheel keeps deadlines in a {@code TreeSet}; the expirer takes the expired ones, latest first,
 * through a view of a {@code descendingSet} made before the threads start, while the scheduler adds new
 * deadlines: the view's {@code pollFirst} and the set's {@code add} write the same tree.
 */
// weft: expect race example.collections.TreeSetHeadSetCleared.deadlines threads=expirer,scheduler collection=java.util.TreeSet
public final class TreeSetHeadSetCleared {

    static final TreeSet<Long> deadlines = new TreeSet<>();

    public static void main(String[] args) throws InterruptedException {
        for (long t = 0; t < 100; t++) {
            deadlines.add(t * 10);
        }
        NavigableSet<Long> expired = deadlines.descendingSet().tailSet(500L, true); // the deadlines up to 500, made before the threads
        Runnable expirer = () -> {
            while (expired.pollFirst() != null) { // weft: race
                Thread.onSpinWait();
            }
        };
        Runnable scheduler = () -> {
            for (long t = 0; t < 100; t++) {
                deadlines.add(1000 + t); // weft: race
            }
        };
        Threads.runAll(new String[] {"expirer", "scheduler"}, expirer, scheduler);
    }
}
