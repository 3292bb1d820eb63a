package example.racehunt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Events of mutable objects collected through Collections.synchronizedList, iterated under the list's monitor. */
// weft: expect none
public final class SynchronizedListWrapper {

    static final class Event {
        String type;
        long at;
    }

    public static void main(String[] args) throws InterruptedException {
        List<Event> events = Collections.synchronizedList(new ArrayList<>());
        Runnable recorder = () -> {
            for (int i = 0; i < 50; i++) {
                Event event = new Event();
                event.type = Thread.currentThread().getName();
                event.at = i;
                events.add(event);
            }
        };
        Runnable auditor = () -> {
            long sum = 0;
            for (int round = 0; round < 20; round++) {
                synchronized (events) {
                    for (Event event : events) {
                        sum += event.at + event.type.length();
                    }
                }
            }
            System.out.println("audited " + sum);
        };
        Threads.runAll(new String[] {"recorder-1", "recorder-2", "auditor"}, recorder, recorder, auditor);
    }
}
