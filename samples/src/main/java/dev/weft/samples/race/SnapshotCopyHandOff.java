package dev.weft.samples.race;

import dev.weft.samples.Sample;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A monitor thread that reads events a recorder thread puts into concurrent collections only through
 * copies of them: {@code new ArrayList<>(queue)}, {@code new HashMap<>(map)}, {@code addAll}, and an
 * unmodifiable view of a {@link CopyOnWriteArrayList}.
 *
 * <p>{@code recorder} fills plain {@code Event}s and adds each to a {@code ConcurrentLinkedQueue}, a
 * {@code ConcurrentHashMap} and a {@code CopyOnWriteArrayList} that its owner exposes only as
 * {@code Collections.unmodifiableList(..)}. {@code monitor} copies each until the copy holds every event,
 * then reads the events. The copy constructors and {@code addAll} read the collections inside the JDK, and
 * the view forwards to the list: each is a read of a thread-safe collection, ordered after the additions
 * it sees.
 *
 * <p><b>What weft reports</b>: nothing. A detector that orders only the calls made directly on a
 * thread-safe collection would report races on {@code Event.kind} and {@code Event.at}.
 */
@Sample(
        shows = "A monitor thread reads events only through copies of concurrent collections (copy"
                + " constructors, addAll, an unmodifiable view of a CopyOnWriteArrayList): no race.",
        expect = "none",
        twin = "SnapshotOfMutatedEvent")
public final class SnapshotCopyHandOff {

    private static final int EVENTS = 10;

    private SnapshotCopyHandOff() {
    }

    /** An event, filled before it is recorded. */
    static final class Event {
        String kind;
        long at;
    }

    /** The recorder's history, exposed read-only. */
    static final class History {
        private final List<Event> events = new CopyOnWriteArrayList<>();

        void add(Event event) {
            events.add(event);
        }

        List<Event> events() {
            return Collections.unmodifiableList(events);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        ConcurrentLinkedQueue<Event> queue = new ConcurrentLinkedQueue<>();
        Map<String, Event> byKind = new ConcurrentHashMap<>();
        History history = new History();
        Thread recorder = new Thread(() -> {
            for (int i = 0; i < EVENTS; i++) {
                Event event = new Event();
                event.kind = "kind-" + i;
                event.at = i;
                queue.add(event);
                byKind.put(event.kind, event);
                history.add(event);
            }
        }, "recorder");
        Thread monitor = new Thread(() -> {
            List<Event> snapshot;
            do {
                snapshot = new ArrayList<>(queue);
            } while (snapshot.size() < EVENTS);
            Map<String, Event> copy;
            do {
                copy = new HashMap<>(byKind);
            } while (copy.size() < EVENTS);
            List<Event> all = new ArrayList<>();
            while (all.size() < EVENTS) {
                all.clear();
                all.addAll(history.events());
            }
            long sum = 0;
            for (Event event : snapshot) {
                sum += event.at;
            }
            for (Event event : copy.values()) {
                sum += event.kind.length();
            }
            for (Event event : history.events()) {
                sum += event.at;
            }
            System.out.println("sum " + sum + " over " + all.size() + " events");
        }, "monitor");
        recorder.start();
        monitor.start();
        recorder.join();
        monitor.join();
    }
}
