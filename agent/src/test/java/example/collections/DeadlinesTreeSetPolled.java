package example.collections;

import java.util.NavigableSet;
import java.util.TreeSet;

/** A timer wheel keeps its deadlines in a {@code TreeSet}; two workers each take the earliest with {@code pollFirst}, with no lock. */
// weft: expect race example.collections.DeadlinesTreeSetPolled.DEADLINES threads=worker-1,worker-2 collection=java.util.TreeSet
public final class DeadlinesTreeSetPolled {

    static final NavigableSet<Long> DEADLINES = new TreeSet<>();

    static void fireNext() {
        Long due = DEADLINES.pollFirst(); // weft: race
        System.out.println("fired " + due);
    }

    public static void main(String[] args) throws InterruptedException {
        for (long t = 100; t < 110; t++) {
            DEADLINES.add(t);
        }
        Threads.runAll(new String[] {"worker-1", "worker-2"}, DeadlinesTreeSetPolled::fireNext, DeadlinesTreeSetPolled::fireNext);
    }
}
