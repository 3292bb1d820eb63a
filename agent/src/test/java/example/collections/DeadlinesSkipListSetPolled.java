package example.collections;

import java.util.NavigableSet;
import java.util.concurrent.ConcurrentSkipListSet;

/** The twin of {@link DeadlinesTreeSetPolled}: the deadlines are a {@code ConcurrentSkipListSet}. */
// weft: expect none
public final class DeadlinesSkipListSetPolled {

    static final NavigableSet<Long> DEADLINES = new ConcurrentSkipListSet<>();

    static void fireNext() {
        Long due = DEADLINES.pollFirst();
        System.out.println("fired " + due);
    }

    public static void main(String[] args) throws InterruptedException {
        for (long t = 100; t < 110; t++) {
            DEADLINES.add(t);
        }
        Threads.runAll(new String[] {"worker-1", "worker-2"}, DeadlinesSkipListSetPolled::fireNext, DeadlinesSkipListSetPolled::fireNext);
    }
}
