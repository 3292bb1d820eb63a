package example.apphunt;

import java.util.Spliterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.stream.StreamSupport;

/**
 * An audit tail: services append events (plain fields) to a {@code ConcurrentLinkedQueue} and a
 * {@code LinkedBlockingQueue}; a monitor reads them through the queues' spliterators, by
 * {@code StreamSupport.stream(events.spliterator(), false)} and by calling {@code tryAdvance} and
 * {@code forEachRemaining} itself. The spliterators are weakly consistent: they may meet events added after they
 * were made, and each add is ordered before that read.
 */
// weft: expect none
public final class EventTailSpliterator {

    static final class Event {
        String service;
        long at;
        int severity;
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentLinkedQueue<Event> events = new ConcurrentLinkedQueue<>();
        LinkedBlockingQueue<Event> alerts = new LinkedBlockingQueue<>();
        Thread[] services = new Thread[2];
        for (int s = 0; s < services.length; s++) {
            int service = s;
            services[s] = new Thread(() -> {
                for (int i = 0; i < 1500; i++) {
                    Event event = new Event();
                    event.service = "svc-" + service;
                    event.at = i;
                    event.severity = i % 5;
                    events.add(event);
                    if (event.severity == 4) {
                        alerts.add(event);
                    }
                    if (i % 10 == 0) {
                        Thread.yield(); // let the monitor's walks overlap the appends
                    }
                }
            }, "service-" + s);
        }
        long[] seen = new long[1];
        Thread monitor = new Thread(() -> {
            for (int pass = 0; pass < 150; pass++) {
                seen[0] += StreamSupport.stream(events.spliterator(), false).mapToLong(e -> e.at + e.service.length()).sum();
                Spliterator<Event> pending = alerts.spliterator();
                while (pending.tryAdvance(e -> seen[0] += e.severity + e.service.length())) {
                    seen[0]++;
                }
                events.spliterator().forEachRemaining(e -> seen[0] += e.severity);
            }
        }, "monitor");
        monitor.start();
        for (Thread service : services) {
            service.start();
        }
        for (Thread service : services) {
            service.join();
        }
        monitor.join();
        System.out.println(events.size() + " events, " + (seen[0] > 0));
    }
}
