package example.apphunt;

import java.util.Spliterator;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The audit tail of {@code EventTailSpliterator}, racy: a service raises its first event's severity after its last
 * {@code add}, and the monitor, having seen every event through {@code size()}, reads that severity in the action of
 * its spliterator's {@code tryAdvance}, unordered with the change in any interleaving.
 */
// weft: expect race example.apphunt.EventTailSpliteratorLate$Event.severity threads=monitor,service
public final class EventTailSpliteratorLate {

    static final class Event {
        long at;
        int severity;
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentLinkedQueue<Event> events = new ConcurrentLinkedQueue<>();
        int count = 300;
        Thread service = new Thread(() -> {
            Event first = null;
            for (int i = 0; i < count; i++) {
                Event event = new Event();
                event.at = i;
                event.severity = i % 5;
                events.add(event);
                first = first == null ? event : first;
            }
            first.severity = 9; // weft: race
        }, "service");
        long[] seen = new long[1];
        Thread monitor = new Thread(() -> {
            while (events.size() < count) {
                Thread.onSpinWait();
            }
            Spliterator<Event> all = events.spliterator();
            while (all.tryAdvance(e -> seen[0] += e.at * e.severity)) { // weft: race
                seen[0]++;
            }
        }, "monitor");
        monitor.start();
        service.start();
        service.join();
        monitor.join();
        System.out.println(seen[0] > 0);
    }
}
