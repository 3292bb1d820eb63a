package example.collections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.List;

/**
 * An audit thread walks a {@code Collections.synchronizedList} without holding its lock (its Javadoc says
 * the caller must) while a recorder adds to it through the wrapper: the iteration races with the adds.
 */
// weft: expect race example.collections.SynchronizedListIteratedUnlocked.events threads=auditor,recorder collection=java.util.ArrayList
public final class SynchronizedListIteratedUnlocked {

    static final List<String> events = Collections.synchronizedList(new ArrayList<>());

    public static void main(String[] args) throws InterruptedException {
        Runnable recorder = () -> {
            for (int i = 0; i < 2000; i++) {
                events.add("event " + i); // weft: race
            }
        };
        Runnable auditor = () -> {
            int audits = 0;
            while (audits < 20) {
                try {
                    long errors = 0;
                    for (String event : events) { // weft: race
                        errors += event.endsWith("7") ? 1 : 0;
                    }
                    audits++;
                } catch (ConcurrentModificationException retry) {
                    Thread.onSpinWait();
                }
            }
        };
        Threads.runAll(new String[] {"recorder", "auditor"}, recorder, auditor);
        System.out.println(events.size());
    }
}
